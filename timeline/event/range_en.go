package event

// English ranges: two times written as one stretch ("between 1450 and
// 1600", "from 2001 to 2003", "May 3-7"). The stretch dates one
// happening, told once: a card at each end would tell it twice, each
// title cut at the other end ("closed the bridge from 2003"). The first
// source takes the stretch as its time (Time.End at the second's end:
// "2001 to 2003" on its card) and the second gives no card. A move is
// no stretch ("moved the vote from Monday to Friday"): the second day is
// the plan's new one, postponed from the first, which gives no card (a
// move a status cue reads, "postponed from Monday to Friday", is folded
// into one source first: status.go). Each entry carries examples, read
// as written on Wed. Dec. 17, 2014 (cueExampleDay) by TestRangeExamples.

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
// and ], and what they are read as: one stretch, a move, or two times.
type RangeExample struct {
	In   string
	Want pairing
}

func englishRanges() []RangeCue {
	return []RangeCue{
		{Before: "between", Joiner: "and|&", Examples: []RangeExample{
			{"The exhibition covers trade between [1450] and [1600].", stretch},
			{"The boat sank sometime between [Monday] and [Tuesday].", stretch},
			// Without "between" it is a list: two happenings.
			{"The river flooded in [1998] and [2004].", twoTimes},
		}},
		{Before: "from", Joiner: "to|until|till|through|thru|-|–|—", Unless: moveWords, Examples: []RangeExample{
			{"The bridge was closed from [2001] to [2003].", stretch},
			{"She served as mayor from [1998]-[2004].", stretch},
			{"The plant was shut from [March 2] until [March 9].", stretch},
			{"The vote was moved from [Monday] to [Friday].", move},
			{"The club switched the match from [Saturday] to [Sunday].", move},
			// Begun, a stretch has begun however far ahead it runs.
			{"The exhibition runs from [2013] to [2016].", stretch},
			// The move's word must stand near "from": families move too.
			{"The family moved around the region from [1998] to [2004].", stretch},
		}},
		{Before: "", Joiner: "-|–|—|through|thru|to", Examples: []RangeExample{
			{"The festival runs [May 3]-[7].", stretch},
			{"Talks ran [Monday] through [Wednesday].", stretch},
			{"The ferry ran a reduced service [Monday 20] to [Friday 24 September].", stretch},
			// Times of another granularity are two happenings.
			{"The strike began in [November] and ended on [Dec. 2].", twoTimes},
			// A move's words make a move only with "from": people move too.
			{"A family moved to the town around [1650]-[1700].", stretch},
			// Backwards is no stretch.
			{"Sales in [2012] to [2010] levels.", twoTimes},
		}},
	}
}

// moveWords change a time: with one, "from Monday to Friday" is the old
// day and the new. (A cue the statuses read, "postponed", "delayed",
// folds its move before; moving a plan earlier, "brought forward", would
// need a status of its own: a later day is read as postponed.)
const moveWords = "moved|moves|move|shifted|shifts|shift|switched|switches|switch|changed|changes|change|pushed|pushes|push|extended|extends|extend"
