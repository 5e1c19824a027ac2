package temporal

import (
	"strings"

	"github.com/newsroom/timeline/timeline/timex"
)

// Builders of durations and sets: "two days", "several weeks", "every
// Tuesday", "twice a year".

// duration is "two days", "the past three months", "a couple of days".
func duration() builder {
	aux, secondFollowers := auxiliaries(), secondFollowers()
	return func(m *match) (partial, bool) {
		if m.toks[0].lower == "last" && m.before != nil && (aux[m.before.lower] || len(m.before.lower) > 4 && strings.HasSuffix(m.before.lower, "ly")) {
			return partial{}, false // "the strike will last [48 hours]", "epidemics generally last a few weeks": a verb
		}
		if m.overDuring() {
			return partial{}, false // "rose over five years": the expression is "five years"
		}
		unit, times := m.unit()
		n, ok := m.get("num")
		if !ok {
			n = timex.X
		}
		if n == 0 && m.hasWord("half") {
			return partial{}, false
		}
		if n != timex.X {
			n *= times
		}
		d := durOf(n, unit)
		if (m.hasWord("and") && m.hasWord("half") || m.hasWord("/")) && n != timex.X && times == 1 {
			d = halfMore(n, unit)
		}
		if m.hasWord("old") && !m.hasWord("long") {
			return partial{}, false // "a 30-year-old man" is an age, not a time
		}
		if m.toks[0].lower == "the" && m.hasWord("-") {
			return partial{}, false // "the 14-day review": the adjective alone is the expression
		}
		if m.after != nil && m.after.lower == "-" && m.after.start == m.toks[len(m.toks)-1].end {
			return partial{}, false // "a year-earlier loss": the compound goes on (a spaced dash ends it)
		}
		if len(m.toks) == 2 && m.toks[1].lower == "second" && m.after != nil && m.after.kind == tokWord && !secondFollowers[m.after.lower] {
			return partial{}, false // "a second one", "a second person": an ordinal
		}
		if n >= 1800 && n <= 2100 && unit != timex.Years {
			return partial{}, false // "the 1988 second quarter": a year, not 1988 seconds
		}
		if unit == timex.Quarters && (n != timex.X && n <= 3 && !m.hasWord("the", "first", "last", "next", "past") && fraction(m.rest) || m.hasWord("some") && len(m.toks) == 2) {
			return partial{}, false // "a quarter of the dealers", "three quarters of them": a share; "in some quarters": circles
		}
		return partial{v: timex.Value{Type: timex.Duration, Dur: d, Mod: m.mod()}}, true
	}
}

// fraction reports whether the words after "a quarter" or "three
// quarters" make it a share of something: "of" and no unit of time nor a
// year ("a quarter of the vote", not "a quarter of an hour", "a quarter
// of a century" nor "the first two quarters of 1990").
func fraction(rest []token) bool {
	if len(rest) < 2 || rest[0].lower != "of" || rest[1].kind == tokNum || rest[1].lower == "fiscal" {
		return false
	}
	if rest[1].lower == "the" && len(rest) > 2 && (rest[2].lower == "year" || rest[2].lower == "fiscal") {
		return false
	}
	k := 1
	if rest[k].lower == "a" || rest[k].lower == "an" {
		k++
	}
	return k >= len(rest) || !unitWord(rest[k].lower)
}

// unitWord reports whether w names a unit of time (lexicon.go's units).
func unitWord(w string) bool {
	switch strings.TrimSuffix(w, "s") {
	case "second", "minute", "hour", "day", "week", "fortnight", "month", "quarter", "year", "decade", "century", "centurie", "millennium", "millennia":
		return true
	}
	return false
}

// halfMore renders "n and a half units" in the next smaller unit.
func halfMore(n int, u timex.Unit) timex.Dur {
	switch u {
	case timex.Years:
		return timex.Dur{Parts: [3]timex.DurPart{timex.DurOf(n, timex.Years), {N: 6, Unit: timex.Months}}}
	case timex.Hours:
		return timex.Dur{Parts: [3]timex.DurPart{timex.DurOf(n, timex.Hours), {N: 30, Unit: timex.Minutes}}}
	case timex.Days:
		return timex.Dur{Parts: [3]timex.DurPart{timex.DurOf(n, timex.Days), {N: 12, Unit: timex.Hours}}}
	case timex.Minutes:
		return timex.Dur{Parts: [3]timex.DurPart{timex.DurOf(n, timex.Minutes), {N: 30, Unit: timex.Seconds}}}
	}
	return timex.D(n, u)
}

// vagueDuration is "years", "recent months", "the coming weeks".
func vagueDuration() builder {
	rooms := quarterRooms()
	return func(m *match) (partial, bool) {
		u, _ := m.unit()
		if !isPlural(m.toks[len(m.toks)-1].lower) {
			return partial{}, false // a bare "day" or "year" is too often not a time
		}
		if len(m.toks) == 1 && m.before != nil && m.before.lower == "-" {
			return partial{}, false // "after-hours trading", "off-hours": a word of its own
		}
		if len(m.toks) == 1 && u == timex.Quarters && (m.before != nil && rooms[m.before.lower] || fraction(m.rest)) {
			return partial{}, false // "living quarters", "in some quarters": rooms and circles
		}
		if m.after != nil && m.after.lower == "old" {
			return partial{}, false // "52 years old" is an age
		}
		if (m.toks[0].lower == "recent" || len(m.toks) == 2 && m.toks[0].lower == "past") && (u == timex.Years || u >= timex.Decades) {
			// "in recent years", "in past years": an era gone by, with no
			// length or place of its own. ("recent weeks" and "recent
			// months" are annotated as stretches, PXW and PXM.)
			return partial{v: timex.Value{Type: timex.Date, Ref: timex.PastRef}}, true
		}
		return partial{v: timex.Value{Type: timex.Duration, Dur: durOf(timex.X, u)}}, true
	}
}

func isPlural(w string) bool {
	return w[len(w)-1] == 's' || w == "centuries" || w == "millennia"
}

// durOf writes decades and centuries in years (P10Y, P100Y), as TimeML
// annotators mostly do.
func durOf(n int, u timex.Unit) timex.Dur {
	switch {
	case u == timex.Decades && n != timex.X:
		return timex.D(10*n, timex.Years)
	case u == timex.Centuries && n != timex.X:
		return timex.D(100*n, timex.Years)
	case u == timex.Decades:
		return timex.D(timex.X, timex.Years)
	}
	return timex.D(n, u)
}

func setFreq() builder {
	return func(m *match) (partial, bool) {
		u, _ := m.get("freq")
		if m.toks[0].upper && (m.capitalizedAfter() || m.surname(nil)) {
			return partial{}, false // "the Daily Mail", "Caicos Weekly News", "China Daily": a name
		}
		return partial{v: timex.Value{Type: timex.Set, Dur: timex.D(1, timex.Unit(u))}}, true
	}
}

func setEvery() builder {
	return func(m *match) (partial, bool) {
		v := timex.Value{Type: timex.Set, Quant: timex.Every}
		other := m.hasWord("other")
		if other {
			v.Quant = timex.EveryOther
		}
		switch {
		case m.has("weekday"):
			wd, _ := m.get("weekday")
			v.Gran, v.Year, v.N, v.Day, v.InWeek = timex.WeekDay, timex.X, timex.X, int32(wd), true
		case m.has("pod"):
			pod, _ := m.get("pod")
			v.Gran, v.Year, v.N, v.Day, v.Part = timex.PartOfDay, timex.X, timex.X, timex.X, timex.Part(pod)
		case m.has("month"):
			mo, _ := m.get("month")
			v.Gran, v.Year, v.N = timex.Month, timex.X, int32(mo)
		default:
			u, times := m.unit()
			n, ok := m.get("num")
			if !ok {
				n = 1
			}
			if other {
				n *= 2
			}
			v.Dur = timex.D(n*times, u)
		}
		return partial{v: v}, true
	}
}

// rate is "per week", or "a day" after a quantity (afterQuantity): how
// often or how much per unit, a set, not a stretch of time.
func rate(afterQuantity bool) builder {
	leads := rateLeads()
	return func(m *match) (partial, bool) {
		if afterQuantity && (m.before == nil || m.before.kind != tokNum && !leads[m.before.lower]) {
			return partial{}, false
		}
		u, times := m.unit()
		if unitGran(u) == timex.GranNone || isPlural(m.toks[len(m.toks)-1].lower) {
			return partial{}, false
		}
		return partial{v: timex.Value{Type: timex.Set, Dur: timex.D(times, u)}}, true
	}
}

func setTimes() builder {
	return func(m *match) (partial, bool) {
		u, per := m.unit()
		n, _ := m.get("times")
		v := timex.Value{Type: timex.Set, Dur: timex.D(per, u)}
		if n != timex.X {
			v.Freq = timex.Freq(n)
		}
		return partial{v: v}, true
	}
}

func setWeekdays() builder {
	return func(m *match) (partial, bool) {
		wd, _ := m.get("weekdays")
		v := timex.Value{Type: timex.Set, Gran: timex.WeekDay, Year: timex.X, N: timex.X, Day: int32(wd), InWeek: true}
		if pod, ok := m.get("pod"); ok {
			v.Gran, v.Part = timex.PartOfDay, timex.Part(pod)
		}
		return partial{v: v}, true
	}
}
