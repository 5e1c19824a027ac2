package temporal

import (
	"time"

	"github.com/newsroom/timeline/timeline/timex"
)

// Ranges: "from November to February", "between March and May", "Monday
// through Wednesday". Each end is its own expression, as TimeML marks
// them, but they are read together: the second end falls on or after the
// first. Resolved one at a time by tense, "Between March and May, the
// river flooded" (said in March) gave 2013-03 and 2012-05. In the past
// the later end is placed by tense and the earlier one counted back from
// it; otherwise the earlier end is placed and the later counted on.

// rangeWords join two ends of a range; between marks the "and" of
// "between X and Y", which alone is only a list.
var rangeWords = map[string]bool{"to": true, "through": true, "thru": true, "until": true, "till": true, "-": true, "–": true}

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
func joined(toks []token, prev rangeEnd, i int) bool {
	if i != prev.end+1 {
		return false
	}
	switch w := toks[prev.end].lower; {
	case rangeWords[w]:
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
			return place(first, weekdayFrom(s2, p1.v.Day, -1, false, false)), second
		}
		return first, place(second, weekdayFrom(s1, p2.v.Day, 1, false, false))
	}
	// A month, or a day of a month: the year.
	order := func(v timex.Value) int { return v.N*100 + v.Day }
	if tense < 0 {
		y := s2.Year()
		if order(p1.v) > order(p2.v) {
			y--
		}
		first.Year = y
		return first, second
	}
	y := s1.Year()
	if order(p2.v) < order(p1.v) {
		y++
	}
	second.Year = y
	return first, second
}

// rangeStart is the time a value starts, for anchoring what follows.
func rangeStart(v timex.Value) (time.Time, bool) {
	s, _, ok := v.Interval()
	return s, ok
}
