package temporal

import (
	"time"

	"github.com/newsroom/timeline/timeline/timex"
)

// Stage two: anchor a partial value. The anchor is the document date, or
// for anaphoric expressions the last mentioned time of a compatible
// granularity. Direction comes from the text (last/next, ago/later), else
// from the tense around the expression.

// anchoring is the state resolution needs: the document date and the last
// calendar time the text mentioned.
type anchoring struct {
	dct     time.Time // civil date of the document, UTC midnight
	last    timex.Value
	lastAt  time.Time
	hasLast bool
	// period is the last quarter or half the text told of: a results
	// story's "the 1988 period", set against it, is that quarter of 1988.
	period    timex.Value
	hasPeriod bool
	// heading is the year or month a paragraph of its own named ("June
	// 2015" over a chronology): days named after it without a year are
	// near it.
	heading    timex.Value
	headingAt  time.Time
	hasHeading bool
	// prev is the expression before, an end of a range the next may close.
	prev    rangeEnd
	hasPrev bool
	// anchor is the last mention's anchor, which the next shares when it
	// is the same time.
	anchor *timex.Value
}

// resolved is a value with the anchor it was computed from.
type resolved struct {
	v         timex.Value
	anchor    timex.Value
	anaphoric bool
	dir       int
	fromTense bool
	// derived values ("a year earlier" as 1988-Q3) are not referred back
	// to, so a chain of them does not drift a year at each step.
	derived bool
	// none: the expression names no day there is ("on the 31st" counted
	// back into February); it is no mention.
	none bool
}

func (a *anchoring) resolve(p partial, tense int) resolved {
	if p.likeLast {
		if !a.hasLast {
			return resolved{v: p.v}
		}
		v := a.last
		v.Mod = timex.NoMod
		return resolved{v: v, anchor: a.last, anaphoric: true, derived: true}
	}
	if p.kind == kindFixed {
		if p.plausible && !plausibleYear(int(p.v.Year), a.dct) {
			return resolved{none: true}
		}
		return resolved{v: p.v}
	}
	if p.era {
		return resolved{v: timex.Value{Type: timex.Date, Ref: timex.PresentRef}}
	}
	base := a.dct
	r := resolved{anchor: timex.DayOf(a.dct)}
	if p.anaphoric && a.hasLast && a.last.Gran >= p.unit {
		base, r.anchor, r.anaphoric = a.lastAt, a.last, true
	} else if p.anaphoric {
		p.n = p.orN
	}
	dir, sure := p.dir, false
	if dir == 0 && !p.strict {
		dir, r.fromTense, sure = max(-1, min(1, tense)), tense != 0, tense == strong || tense == -strong
	}
	r.dir = dir
	v := p.v
	switch p.kind {
	case kindShift:
		if last, at, ok := a.lastPeriod(); p.samePeriod && ok {
			// "Sales fell in March from the same period last year": that March.
			r.anchor, r.anaphoric, r.derived = last, true, true
			r.v = place(timex.Value{Type: timex.Date, Gran: last.Gran}, addUnits(at, p.unit, p.n))
			break
		}
		if wd := a.dct.Weekday(); p.goneIfPast && tense < 0 && wd != time.Saturday && wd != time.Sunday {
			p.n = -1
		}
		if qs, _, ok := timex.At(a.dct, timex.Quarter).Interval(); p.reported && tense <= 0 && ok && a.dct.Sub(qs) < quarterReporting {
			p.n = -1
		}
		if p.sameGran && a.hasLast && (a.last.Gran == timex.Quarter || a.last.Gran == timex.Half) {
			at := a.lastAt
			r.anchor, r.anaphoric = a.last, true
			if at.After(a.dct) {
				// A period still to come is a forecast, not the one a
				// year-ago figure is set against ("losses into the third
				// quarter of 1990 ... in the year-ago period"): the one
				// just reported is.
				at = addUnits(a.dct, a.last.Gran, -1)
				r.anchor, r.anaphoric = timex.DayOf(a.dct), false
			}
			r.v = place(timex.Value{Type: timex.Date, Gran: a.last.Gran, Mod: v.Mod}, addUnits(at, p.unit, p.n))
			r.derived = true
			break
		}
		if p.sameGran && v.Gran == timex.Quarter {
			// No quarter to refer to: the last one completed, a year back.
			r.v = place(v, addUnits(addUnits(a.dct, timex.Quarter, -1), p.unit, p.n))
			r.derived = true
			break
		}
		t := addUnits(base, p.unit, p.n)
		if t.Year() < 1 {
			// "2,500 years ago": before the era TIMEX3 years count from.
			return resolved{v: timex.Value{Type: timex.Date, Ref: timex.PastRef}}
		}
		r.v = place(v, t)
	case kindWeekday:
		t := weekdayFrom(base, int(v.Day), dir, p.strict, p.dir != 0 || p.strict)
		r.v = place(v, t)
	case kindFillYear:
		r.v = v
		if p.yearShift != nil {
			r.v.Year = int32(base.Year() + *p.yearShift)
			break
		}
		if a.hasHeading && p.dir == 0 && !p.strict && (v.Gran == timex.Day || v.Gran == timex.Month) {
			// "June 2015" heading a section, then "12 July": the day is
			// the one nearest the heading's time, whatever the tense.
			r.anchor, r.anaphoric = a.heading, true
			r.v.Year = int32(nearestYear(a.headingAt, v))
			break
		}
		switch {
		case p.past && p.attributive && dir <= 0:
			r.v.Year = int32(pastYear(base, v, attributiveAhead))
		case p.past && dir <= 0:
			r.v.Year = int32(pastYear(base, v, 0))
		case v.Gran >= timex.Day:
			r.v.Year = int32(dayYear(base, v, dir, p.strict, sure))
		case sure && !p.strict && (v.Gran == timex.Month || v.Gran == timex.Season):
			r.v.Year = int32(biasedYear(base, v, dir, sureBias))
		default:
			r.v.Year = int32(yearFor(base, v, dir, p.strict))
		}
		r.v.Year -= int32(p.yearsBack)
		if p.weekday != 0 && v.Gran == timex.Day {
			r.v.Year = int32(weekdayYear(r.v, int(p.weekday)))
		}
	case kindPeriodOf:
		r.v = v
		if a.hasPeriod && v.Year >= a.period.Year-1 && v.Year <= a.period.Year {
			r.v.Gran, r.v.N = a.period.Gran, a.period.N
			r.anchor, r.anaphoric, r.derived = a.period, true, true
		}
	case kindSameDay:
		r.v = place(v, sameDay(base, p.unit, p.n))
	case kindWeekOf:
		day := v
		day.Gran = timex.Day
		if v.Year == timex.X {
			day.Year = int32(dayYear(base, day, dir, false, sure))
		}
		s, _, ok := day.Interval()
		if !ok {
			return resolved{none: true}
		}
		r.v = place(timex.Value{Type: timex.Date, Gran: timex.Week, Mod: v.Mod}, s)
	case kindDayOfMonth:
		// In the anchor's month, unless that puts it on the wrong side of
		// the anchor for the tense: then the month before (or after).
		step := 0
		switch t := timex.Civil(base.Year(), base.Month(), v.Day); {
		case dir > 0 && t.Before(base):
			step = 1
		case dir <= 0 && t.After(base):
			step = -1
		}
		first := timex.Civil(base.Year(), base.Month()+time.Month(step), 1)
		day := first.AddDate(0, 0, int(v.Day)-1)
		if day.Month() != first.Month() {
			return resolved{none: true} // no such day in that month
		}
		r.v = place(v, day)
	case kindHoliday:
		h := holidays()[p.n]
		y := base.Year()
		if v.Year != timex.X {
			y = int(v.Year)
		} else {
			// As with months: tense moves the year only when the holiday's
			// month lies on the wrong side of the anchor's month.
			switch m := h.date(y).Month(); {
			case dir < 0 && m > base.Month():
				y--
			case dir > 0 && m < base.Month():
				y++
			}
		}
		r.v = place(v, h.date(y))
	}
	return r
}

// lastPeriod is the period the text last told of: a month, or the quarter
// or half a results story reports on ("the third quarter ended Sept. 30").
func (a *anchoring) lastPeriod() (timex.Value, time.Time, bool) {
	if a.hasLast && a.last.Gran >= timex.Half && a.last.Gran <= timex.Month {
		return a.last, a.lastAt, true
	}
	if a.hasPeriod {
		s, _, ok := a.period.Interval()
		return a.period, s, ok
	}
	return timex.Value{}, time.Time{}, false
}

// quarterReporting is how long into a quarter companies report the one
// before: "this quarter's results", said then in the past, are of it.
const quarterReporting = 45 * 24 * time.Hour

// place puts a calendar day into v at v's granularity, keeping v's clock,
// part of day and mod.
func place(v timex.Value, t time.Time) timex.Value {
	out := v
	switch v.Gran {
	case timex.PartOfDay, timex.Hour, timex.Minute, timex.Second:
		d := timex.DayOf(t)
		out.Year, out.N, out.Day = d.Year, d.N, d.Day
		return out
	}
	at := timex.At(t, v.Gran)
	at.Type, at.Mod, at.Part = v.Type, v.Mod, v.Part
	return at
}

// sameDay is t's day n units on: unlike addUnits, a month or a year keeps
// the day ("this time last year" said on March 31 is last March 31).
func sameDay(t time.Time, g timex.Gran, n int) time.Time {
	var first time.Time
	switch g {
	case timex.Year:
		first = timex.Civil(t.Year()+n, t.Month(), 1)
	case timex.Month:
		first = timex.Civil(t.Year(), t.Month()+time.Month(n), 1)
	default:
		return addUnits(t, g, n)
	}
	// March 31 a month back is February's last day, not March 3.
	last := first.AddDate(0, 1, -1).Day()
	return first.AddDate(0, 0, min(t.Day(), last)-1)
}

func addUnits(t time.Time, g timex.Gran, n int) time.Time {
	switch g {
	case timex.Day, timex.PartOfDay, timex.Hour, timex.Minute, timex.Second:
		return t.AddDate(0, 0, n)
	case timex.Week, timex.Weekend:
		return t.AddDate(0, 0, 7*n)
	}
	// Month-based shifts start from the first of the month, so that
	// "last month" said on March 31 is February, not March 3.
	first := timex.Civil(t.Year(), t.Month(), 1)
	switch g {
	case timex.Month:
		return first.AddDate(0, n, 0)
	case timex.Quarter:
		return first.AddDate(0, 3*n, 0)
	case timex.Half:
		return first.AddDate(0, 6*n, 0)
	case timex.Season:
		return first.AddDate(0, 3*n, 0)
	case timex.Year:
		return first.AddDate(n, 0, 0)
	case timex.Decade:
		return first.AddDate(10*n, 0, 0)
	case timex.Century:
		return first.AddDate(100*n, 0, 0)
	}
	return t
}

// weekdayFrom finds weekday wd (1 = Monday) relative to base. With an
// explicit word ("last", "next") the base day itself is excluded; "this"
// (dir 0, strict) stays in base's week; from tense, the base day counts.
func weekdayFrom(base time.Time, wd, dir int, strict, explicit bool) time.Time {
	bwd := int(base.Weekday())
	if bwd == 0 {
		bwd = 7
	}
	switch {
	case strict && dir == 0:
		return base.AddDate(0, 0, wd-bwd)
	case dir > 0:
		d := (wd - bwd + 7) % 7
		if d == 0 && explicit {
			d = 7
		}
		return base.AddDate(0, 0, d)
	default:
		d := (bwd - wd + 7) % 7
		if d == 0 && explicit && dir < 0 {
			d = 7
		}
		return base.AddDate(0, 0, -d)
	}
}

// yearFor picks the year of a month, quarter, half or season named without
// one. Tense moves it only when the named part lies on the wrong side of
// the anchor's own part (so "its December 25th release", said in the past
// tense on December 17, stays in the same December).
func yearFor(base time.Time, v timex.Value, dir int, strict bool) int {
	y := base.Year()
	cur, named := partIndex(base, v.Gran), int(v.N)
	if v.Gran == timex.Season && base.Month() <= time.February {
		y-- // January's winter began the year before: "last fall" said then is that year's
	}
	switch {
	// "last February" said in March means a year back: the month just
	// ended would be "last month".
	case strict && dir < 0 && (named >= cur || (v.Gran == timex.Month && named == cur-1)):
		return y - 1
	case strict && dir > 0 && (named <= cur || (v.Gran == timex.Month && named == cur+1)):
		return y + 1
	// The quarter just ended is "expected" or "will be reported" in the
	// future tense; it is still this year's (or, in January, last year's).
	case !strict && dir > 0 && v.Gran == timex.Quarter && (named == cur-1 || (cur == 1 && named == 4)):
		if cur == 1 {
			return y - 1
		}
		return y
	case !strict && (v.Gran == timex.Month || v.Gran == timex.Season) && dir != 0:
		return biasedYear(base, v, dir, tenseBias)
	case !strict && dir < 0 && named > cur:
		return y - 1
	case !strict && dir > 0 && named < cur:
		return y + 1
	case !strict && dir == 0:
		return nearestYear(base, v)
	}
	return y
}

// tenseBias is how much farther a month may be on the tense's side of the
// anchor than on the other side and still be chosen: tense read from
// nearby words is a hint, not proof ("said the contract expires in
// January", written in November, means the coming January).
const tenseBias = 3

// sureBias is tenseBias for a strong cue: the month is on the tense's side
// unless the other side is very much nearer. (12 read "In November, …
// ruled", said on October 8, as the coming November; 16 is the least that
// does not, and TBAQ is unchanged from 12 to 16; 24 loses "early March"
// said in February of a past March.)
const sureBias = 16

// biasedYear picks, among last year, this year and next, the one that
// puts v closest to base, counting distance against the tense's direction
// (dir) bias times; dir 0 counts all distance alike.
func biasedYear(base time.Time, v timex.Value, dir, bias int) int {
	best, bestCost := base.Year(), time.Duration(1<<62)
	for y := base.Year() - 1; y <= base.Year()+1; y++ {
		c := v
		c.Year = int32(y)
		s, e, ok := c.Interval()
		if !ok {
			return base.Year()
		}
		var cost time.Duration
		switch {
		case base.Before(s): // ahead of the anchor
			cost = s.Sub(base)
			if dir < 0 {
				cost *= time.Duration(bias)
			}
		case !base.Before(e): // behind it
			cost = base.Sub(e)
			if dir > 0 {
				cost *= time.Duration(bias)
			}
		}
		if cost < bestCost {
			best, bestCost = y, cost
		}
	}
	return best
}

// Days named without a year close after a past-tense anchor are mostly
// dates already set ("declared a dividend payable Dec. 15"), and close
// before a future-tense one mostly recent: within these windows tense
// does not move the year.
const (
	pastTenseAhead    = 62 * 24 * time.Hour
	futureTenseBehind = 31 * 24 * time.Hour
)

// dayYear picks the year of a month and day named without one.
func dayYear(base time.Time, v timex.Value, dir int, strict, sure bool) int {
	if strict || dir == 0 || v.N == timex.X || v.Day == timex.X {
		return yearFor(base, v, dir, strict)
	}
	y := base.Year()
	d := timex.Civil(y, time.Month(v.N), min(v.Day, 28))
	switch {
	case dir < 0 && !sure && d.After(base) && d.Sub(base) > pastTenseAhead:
		// A weak cue ("has announced a concert on 8 October", said in
		// July) dates the telling: the day is on its side only if not
		// much nearer on the other.
		return biasedYear(base, v, dir, tenseBias)
	case dir < 0 && d.After(base) && d.Sub(base) > pastTenseAhead:
		return y - 1
	case dir > 0 && d.Before(base) && base.Sub(d) > futureTenseBehind:
		return y + 1
	}
	return y
}

// weekdayYear is v's year, or the year before or after when only there
// does v's day fall on weekday wd (1 = Monday).
func weekdayYear(v timex.Value, wd int) int {
	for _, y := range []int{int(v.Year), int(v.Year - 1), int(v.Year + 1)} {
		d := timex.Civil(y, time.Month(v.N), v.Day)
		if d.Month() == time.Month(v.N) && (int(d.Weekday())+6)%7+1 == wd {
			return y
		}
	}
	return int(v.Year)
}

// pastYear is the running year, or the year before when the running
// year's day v lies more than ahead after base.
func pastYear(base time.Time, v timex.Value, ahead time.Duration) int {
	y := base.Year()
	if timex.Civil(y, time.Month(v.N), min(v.Day, 28)).Sub(base) > ahead {
		y--
	}
	return y
}

// attributiveAhead is how far after the anchor a day named before a noun
// may lie and still be the running year's though told in the past: news
// tells of the coming days in past verbs ("fans queued for the Dec. 20
// concert", written on the 18th), and of a day a year back with its
// year. ("The March 3 derailment", written on Feb. 10, is 22 days ahead
// and last year's.)
const attributiveAhead = 14 * 24 * time.Hour

// partIndex is base's month, quarter, half or season number.
func partIndex(base time.Time, g timex.Gran) int {
	at := timex.At(base, g)
	if g == timex.Day || g == timex.PartOfDay || g >= timex.Hour {
		return int(base.Month())
	}
	return int(at.N)
}

// nearestYear is the year that puts v closest to base, for a month or
// quarter named with no tense to go by ("January", said in December, is
// next month).
func nearestYear(base time.Time, v timex.Value) int { return biasedYear(base, v, 0, 1) }

// plausibleYear reports whether a four-digit number standing alone can be
// a year in news written at dct: from 1500 to twenty years on.
func plausibleYear(y int, dct time.Time) bool { return y >= 1500 && y <= dct.Year()+20 }
