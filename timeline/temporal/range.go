package temporal

import (
	"strings"

	"github.com/newsroom/timeline/timeline/timex"
)

// Ranges: "from November to February", "between March and May", "Monday
// through Wednesday". Each end is its own expression, as TimeML marks
// them, but they are read together: the second end falls on or after the
// first. Resolved one at a time by tense, "Between March and May, the
// river flooded" (said in March) gave 2013-03 and 2012-05. In the past
// the later end is placed by tense and the earlier one counted back from
// it; otherwise the earlier end is placed and the later counted on.

// rangeLex holds the words of ranges (lexicon.go).
type rangeLex struct {
	joins, dayFollowers, weekdays map[string]bool
	nums                          map[string]int // number words of one token ("three"), for elided.go
}

func newRangeLex() rangeLex {
	l := rangeLex{joins: rangeJoins(), dayFollowers: dayFollowers(), weekdays: map[string]bool{}, nums: map[string]int{}}
	for _, w := range weekdays() {
		l.weekdays[w.phrase] = true
	}
	for _, n := range numberWords() {
		if n.val > 0 && !strings.ContainsAny(n.phrase, " -") && n.phrase != "a" && n.phrase != "an" {
			l.nums[n.phrase] = n.val
		}
	}
	return l
}

// rangeEnd is the previous expression, kept to pair it with the next.
type rangeEnd struct {
	p          partial
	start, end int // token range
	at         int // index in the mentions
}

// pairable reports whether p is an end whose year (or week) only the
// other end can settle: a month, a day of a month or a weekday named
// without a year or a direction of its own.
func pairable(p partial) bool {
	if p.dir != 0 || p.strict || p.anaphoric {
		return false
	}
	switch p.kind {
	case kindWeekday:
		return p.v.Gran == timex.Day
	case kindFillYear:
		return p.yearShift == nil && (p.v.Gran == timex.Month || p.v.Gran == timex.Day)
	}
	return false
}

// joined reports whether the expression at toks[i:] is the second end of
// a range opened by prev.
func (l rangeLex) joined(toks []token, prev rangeEnd, i int) bool {
	if i != prev.end+1 {
		return false
	}
	switch w := toks[prev.end].lower; {
	case l.joins[w]:
		return true
	case w == "and":
		return prev.start > 0 && toks[prev.start-1].lower == "between"
	}
	return false
}

// pair places the two ends of a range, first and second (both resolved
// alone), against each other. It returns them unchanged when they are not
// of one kind.
func pair(p1, p2 partial, first, second timex.Value, tense int) (timex.Value, timex.Value) {
	if p1.kind != p2.kind || p1.v.Gran != p2.v.Gran {
		return first, second
	}
	s1, _, ok1 := first.Interval()
	s2, _, ok2 := second.Interval()
	if !ok1 || !ok2 {
		return first, second
	}
	if p1.kind == kindWeekday {
		if tense < 0 {
			return place(first, weekdayFrom(s2, int(p1.v.Day), -1, false, false)), second
		}
		return first, place(second, weekdayFrom(s1, int(p2.v.Day), 1, false, false))
	}
	// A month, or a day of a month: the year.
	order := func(v timex.Value) int { return int(v.N*100 + v.Day) }
	if tense < 0 {
		y := s2.Year()
		if order(p1.v) > order(p2.v) {
			y--
		}
		first.Year = int32(y)
		return first, second
	}
	y := s1.Year()
	if order(p2.v) < order(p1.v) {
		y++
	}
	second.Year = int32(y)
	return first, second
}

// A range of days within one month writes the month once: "March 5-7",
// "April 24 and 25", "Jan. 10-12, 2014". TimeML marks the second day as an
// expression of its own ("25" is 1999-04-25), and a year written after
// the second day is the first's too.

// dayTail is the second day of such a range after the date toks[:end]
// ends with: its token range, its day and any year written after it.
type dayTail struct {
	start, end int
	day, year  int // year 0: none written
}

func (l rangeLex) dayTail(toks []token, end int, first timex.Value) (dayTail, bool) {
	// The first date must end with its day ("March 5", not "3 May, 2009"
	// nor "5 March"), and the number after the dash be no clock ("- 09:15").
	if first.Gran != timex.Day || first.InWeek || end+1 >= len(toks) || toks[end-1].kind != tokNum || toks[end-1].ndigits > 2 {
		return dayTail{}, false
	}
	if end+2 < len(toks) && (toks[end+2].lower == ":" || toks[end+2].lower == ".") && end+3 < len(toks) && toks[end+3].kind == tokNum {
		return dayTail{}, false
	}
	if w := toks[end].lower; !l.joins[w] && w != "and" {
		return dayTail{}, false
	}
	d := toks[end+1]
	if d.kind != tokNum || d.ndigits > 2 || d.ord || d.plural || d.num <= int(first.Day) || d.num > daysIn(int(first.N)) || d.brk {
		return dayTail{}, false
	}
	t := dayTail{start: end + 1, end: end + 2, day: d.num}
	if k := end + 2; k+1 < len(toks) && toks[k].lower == "," && toks[k+1].kind == tokNum && toks[k+1].ndigits == 4 {
		t.year, t.end = toks[k+1].num, k+2
	}
	if t.end < len(toks) {
		// "on May 3 and 12 lawmakers left": a number before a noun counts
		// something. A day is followed by punctuation or a small word.
		if n := toks[t.end]; n.kind != tokPunct && !l.dayFollowers[n.lower] {
			return dayTail{}, false
		}
	}
	return t, true
}

// A range written day first ("10-14 July", "from 10 to 14 July", "12 and
// 13 June") writes the month once too, after the second day: the first
// day is the number before the join, an expression of its own.

// dayHead is the first day of such a range before the date toks[start:]
// opens with, when there is one: its tokens [from, day] ("19", or
// "Monday 19" before "to Friday 23 October").
type dayHead struct{ from, day int }

func (l rangeLex) dayHead(toks []token, start int, second timex.Value) (dayHead, bool) {
	// The date must open with its day ("14 July", or "Friday 23 October"),
	// and the first day be a smaller number right before the join, in the
	// same sentence.
	if second.Gran != timex.Day || second.InWeek || toks[start].brk {
		return dayHead{}, false
	}
	day := start
	if l.weekdays[toks[start].lower] && start+1 < len(toks) {
		day++
	}
	if start < 2 || toks[day].kind != tokNum {
		return dayHead{}, false
	}
	if w := toks[start-1].lower; !l.joins[w] && w != "and" || toks[start-1].brk {
		return dayHead{}, false
	}
	d := toks[start-2]
	if d.kind != tokNum || d.ndigits > 2 || d.plural || d.num < 1 || d.num >= int(second.Day) {
		return dayHead{}, false
	}
	h := dayHead{from: start - 2, day: start - 2}
	if start >= 3 {
		// "3.10 - 14 July", "£10 to 14 July", "aged 10 to 14": the number is
		// part of something else.
		switch p := toks[start-3]; {
		case l.weekdays[p.lower]:
			h.from = start - 3
		case p.lower == "." || p.lower == ":" || p.lower == "," || p.kind == tokNum || p.kind == tokPunct && p.lower != "(" && p.lower != "-":
			return dayHead{}, false
		}
	}
	return h, true
}

// emitDayHead puts the first day before the second, the last mention.
func emitDayHead(out []Mention, text string, toks []token, head dayHead) []Mention {
	second := out[len(out)-1]
	v := second.Value
	v.Day = int32(toks[head.day].num)
	start, end := toks[head.from].start, toks[head.day].end
	first := Mention{Start: start, End: end, Text: text[start:end], Value: v, Rule: "day-range",
		Anchor: second.Anchor, Anaphoric: second.Anaphoric, Dir: second.Dir, FromTense: second.FromTense}
	return append(out[:len(out)-1], first, second)
}

// emitDayTail adds the second day after the first (the last mention),
// giving the first the year written after the second when its own was
// filled in.
func emitDayTail(out []Mention, text string, toks []token, tail dayTail, filled bool) []Mention {
	first := &out[len(out)-1]
	if tail.year != 0 && filled {
		first.Value.Year = int32(tail.year)
	}
	v := first.Value
	v.Day = int32(tail.day)
	start, end := toks[tail.start].start, toks[tail.end-1].end
	return append(out, Mention{Start: start, End: end, Text: text[start:end], Value: v, Rule: "day-range",
		Anchor: first.Anchor, Anaphoric: first.Anaphoric, Dir: first.Dir, FromTense: first.FromTense})
}

// Two months or days joined, the year written after the second only, share
// it: "in March and April of 2008", "from December to February 2010",
// "May 3 or June 7, 2009".

// sharesYear reports whether p, the expression at toks[i:], closes such a
// pair opened by prev.
func (l rangeLex) sharesYear(toks []token, prev rangeEnd, i int, p partial) bool {
	if p.kind != kindFixed || p.v.Gran != prev.p.v.Gran || prev.p.kind != kindFillYear || i != prev.end+1 {
		return false
	}
	w := toks[prev.end].lower
	return l.joins[w] || w == "and" || w == "or"
}

// yearOf gives first, resolved alone, the year of second, or the year
// before when first comes later in the calendar ("December and January
// 2009": December 2008).
func yearOf(p1, p2 partial, first timex.Value) timex.Value {
	first.Year = p2.v.Year
	if p1.v.N*100+p1.v.Day > p2.v.N*100+p2.v.Day {
		first.Year--
	}
	return first
}
