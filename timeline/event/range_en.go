package event

// English ranges: two times written as one stretch ("between 1450 and
// 1600", "from 2001 to 2003", "May 3-7"). The stretch dates one
// happening, told once: a card at each end would tell it twice, each
// title cut at the other end ("closed the bridge from 2003"). The first
// source takes the stretch as its time (Time.End at the second's end:
// "2001 to 2003" on its card) and the second gives no card. A move is
// no range ("moved the vote from Monday to Friday"): the old day and the
// new (a move a status cue reads, "postponed from Monday to Friday", is
// folded into one source first: status.go). Each entry carries examples,
// read as written on Wed. Dec. 17, 2014 (cueExampleDay) by
// TestRangeExamples.

// RangeCue is one way of writing a stretch: the word right before its
// first time, and what stands between the two.
type RangeCue struct {
	Before string // the word right before the first time; "" for any
	Joiner string // what stands between the times, "|" between choices
	// Unless are words that, among the rangeBack words before the first
	// time, make the two times a move's old and new day.
	Unless   string
	Examples []RangeExample
}

// RangeExample is a sentence with two time expressions each between [
// and ], and whether they are read as one stretch.
type RangeExample struct {
	In     string
	Joined bool
}

func englishRanges() []RangeCue {
	return []RangeCue{
		{Before: "between", Joiner: "and|&", Examples: []RangeExample{
			{"The exhibition covers trade between [1450] and [1600].", true},
			{"The boat sank sometime between [Monday] and [Tuesday].", true},
			// Without "between" it is a list: two happenings.
			{"The river flooded in [1998] and [2004].", false},
		}},
		{Before: "from", Joiner: "to|until|till|through|thru|-|–|—", Unless: moveWords, Examples: []RangeExample{
			{"The bridge was closed from [2001] to [2003].", true},
			{"She served as mayor from [1998]-[2004].", true},
			{"The plant was shut from [March 2] until [March 9].", true},
			{"The vote was moved from [Monday] to [Friday].", false},
			{"The club switched the match from [Saturday] to [Sunday].", false},
		}},
		{Before: "", Joiner: "-|–|—|through|thru|to", Unless: moveWords, Examples: []RangeExample{
			{"The festival runs [May 3]-[7].", true},
			{"Talks ran [Monday] through [Wednesday].", true},
			{"The ferry ran a reduced service [Monday 20] to [Friday 24 September].", true},
			// Times of another granularity are two happenings.
			{"The strike began in [November] and ended on [Dec. 2].", false},
			{"The board moved the meeting [Monday] to [Friday].", false},
			// Backwards is no stretch.
			{"Sales in [2012] to [2010] levels.", false},
		}},
	}
}

// moveWords change a time: with one, "from Monday to Friday" is the old
// day and the new.
const moveWords = "moved|moves|move|shifted|shifts|shift|switched|switches|switch|changed|changes|change|brought|brings|bring|forward|pushed|pushes|push|postponed|postpones|postpone|delayed|delays|delay|rescheduled|reschedules|reschedule|extended|extends|extend|advanced|advances|advance"
