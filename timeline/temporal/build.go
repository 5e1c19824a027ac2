package temporal

import (
	"strings"

	"github.com/newsroom/timeline/timeline/timex"
)

// Stage one of two: a rule's builder turns a match into a partial value,
// saying what the text fixed and what still has to come from an anchor.
// Only resolve.go does calendar arithmetic. Here are the partial value and
// the builders of dates and times of day; periods.go holds those of
// quarters, halves and weeks, durations.go those of durations and sets.

type partialKind uint8

const (
	kindFixed      partialKind = iota // the value is complete
	kindFillYear                      // month (and day) or quarter or season known; year from the anchor
	kindWeekday                       // weekday known (in v.Day); the week from the anchor
	kindShift                         // the anchor moved by n units, at v.Gran
	kindHoliday                       // holiday n; year from the anchor
	kindWeekOf                        // the week holding month v.N, day v.Day
	kindDayOfMonth                    // day v.Day of the anchor's month, or the one before or after
	kindSameDay                       // the anchor's day n units on ("this time last year")
	kindPeriodOf                      // year v.Year's quarter or half told of ("the 1988 period"), else the year
)

type partial struct {
	v    timex.Value
	kind partialKind
	n    int        // shift count, or holiday index
	unit timex.Gran // shift unit
	// dir is the direction the text itself gives (last/next, ago/later);
	// 0 leaves it to tense.
	dir int
	// strict excludes the anchor's own unit ("last Friday" said on a Friday
	// is a week back).
	strict bool
	// anaphoric anchors to the last mentioned time, not the document date.
	anaphoric bool
	// orN replaces n when an anaphoric value finds nothing to refer to.
	orN int
	// sameGran: "a year ago" right after a quarter means that quarter a
	// year back (1988-Q3), as results stories compare periods.
	sameGran bool
	// yearShift fixes the year relative to the anchor's ("last year's
	// third quarter") for kindFillYear.
	yearShift *int
	// yearsBack moves a filled year back: "the year-ago third quarter" is
	// the last third quarter, a year before.
	yearsBack int
	// plausible: a four-digit number alone, with no word of time before
	// it, is a year only near the anchor's (resolve.go's plausibleYear).
	plausible bool
	// likeLast: the value is the time the text last told of, whole ("at
	// the time", "that period"), or PAST_REF when it told of none.
	likeLast bool
	// samePeriod: the period the text last told of (a month, quarter or
	// half), moved by n years ("the same period last year").
	samePeriod bool
	// reported: "this quarter's results" said early in a quarter are the
	// quarter just ended.
	reported bool
	// past: with no tense around it, the day is on or before the anchor
	// (a chronology's entry, "the March 3 derailment").
	past bool
	// goneIfPast: "this weekend" told in the past tense before this
	// week's weekend came is the one just gone ("came to light this
	// weekend", said on a Monday).
	goneIfPast bool
	// attributive: the past day is named before a noun ("the March 3
	// derailment"); only well ahead of the anchor does it go back a
	// year, and not when a verb of a plan acts on it (tagger.go's emit).
	attributive bool
	// era: with no tense around it, the expression is the present era
	// (PRESENT_REF), not a day ("Today, most readers ...").
	era bool
	// weekday, when not 0, is the weekday the text gives a month and day
	// ("Monday 7 September"): of the years near the one chosen, the one
	// where the day falls on it.
	weekday uint8
}

type builder func(m *match) (partial, bool)

// unitGran maps a duration unit onto the calendar granularity it names.
func unitGran(u timex.Unit) timex.Gran {
	switch u {
	case timex.Years:
		return timex.Year
	case timex.Months:
		return timex.Month
	case timex.Weeks:
		return timex.Week
	case timex.Days:
		return timex.Day
	case timex.Quarters:
		return timex.Quarter
	case timex.Decades:
		return timex.Decade
	case timex.Centuries:
		return timex.Century
	case timex.Hours:
		return timex.Hour
	case timex.Minutes:
		return timex.Minute
	case timex.Seconds:
		return timex.Second
	}
	return timex.GranNone
}

// calendar reads whatever calendar fields a match captured (year, month,
// day, weekday, season, decade, part of day, clock) and says what is left
// to anchor. Most date rules use it.
func calendar() builder {
	leads, preps, plans, wishers := monthLeads(), monthPreps(), planNouns(), optativeSubjects()
	return func(m *match) (partial, bool) {
		v := timex.Value{Type: timex.Date, Year: timex.X, Mod: m.mod()}
		p := partial{v: v}
		year, hasYear := m.get("year")
		if yy, ok := m.get("yy"); ok && !hasYear {
			year, hasYear = 1900+yy, true
			if yy < 30 {
				year = 2000 + yy
			}
		}
		if d, ok := m.get("dir"); ok {
			p.dir, p.strict = d, d != 0
		}
		month, hasMonth := m.get("month")
		day, hasDay := m.get("day")
		switch {
		case hasMonth:
			p.v.N, p.v.Gran = int32(month), timex.Month
			if !hasDay && !hasYear && m.abbreviatedMonth() {
				return p, false // "Jan" alone is more often a name than January
			}
			if !hasDay && !hasYear && len(m.toks) == 1 && (m.surname(leads) || m.firstName(preps)) {
				return p, false // "Theresa May", "June Barrie": a name
			}
			if !hasDay && !hasYear && m.optative(wishers) {
				return p, false // "May God bless them": a wish
			}
			if hasDay {
				if day > daysIn(month) {
					return p, false
				}
				p.v.Day, p.v.Gran = int32(day), timex.Day
				wd, _ := m.get("weekday") // "Monday 7 September": the year whose 7 September is a Monday
				p.weekday = uint8(wd)
			}
		case m.has("season"):
			s, _ := m.get("season")
			p.v.N, p.v.Gran = int32(s), timex.Season
		case m.has("decade") || m.has("decadeword"):
			d, ok := m.get("decade")
			if !ok {
				d, _ = m.get("decadeword")
				d += 1900
			}
			p.v.Year, p.v.Gran = int32(d), timex.Decade
			if d%100 == 0 && d < 2000 {
				p.v.Gran = timex.Century // "the 1800s" is the 19th century ("the 2000s" a decade)
			}
			return p, true
		case m.has("weekday"):
			if len(m.toks) == 1 && m.before != nil && m.before.lower == "the" && m.capitalizedAfter() {
				return p, false // "the Sunday Mirror", "the Sunday Times": a name
			}
			if m.toks[0].lower == "following" && m.after != nil && m.after.lower == "'" {
				return p, false // "following Wednesday's agreement": "following" is "after"
			}
			wd, _ := m.get("weekday")
			p.v.Day, p.v.Gran, p.kind = int32(wd), timex.Day, kindWeekday
			// "the following Monday", "the previous Friday" count from the
			// day the text is telling of, not from the dateline.
			// ("next Monday" is the dateline's.)
			p.anaphoric, p.unit = m.hasWord("following", "previous", "preceding"), timex.Day
		case hasYear:
			p.v.Gran = timex.Year
		default:
			return p, false
		}
		if pod, ok := m.get("pod"); ok {
			p.v.Type, p.v.Part, p.v.Gran = timex.Time, timex.Part(pod), timex.PartOfDay
		}
		if hasYear {
			p.v.Year = int32(year)
			if p.kind == kindWeekday {
				return p, false // "Friday 1998" is not a date we can place
			}
			return p, true
		}
		if p.kind != kindWeekday {
			p.kind = kindFillYear
			// "March 14 - Governor tours the towns" in a chronology, "the
			// March 3 derailment": a day told of as done.
			if p.v.Gran == timex.Day {
				p.attributive = m.attributive(plans)
				p.past = p.attributive || m.chronologyEntry()
			}
		}
		return p, true
	}
}

// dayOfMonth is "on the 12th": a day of the month the article is in,
// written by itself where a preposition of time leads to it and nothing
// that it could count follows ("on the 12th floor").
func dayOfMonth() builder {
	leads, follows := dayOfMonthLeads(), dayFollowers()
	return func(m *match) (partial, bool) {
		if m.before == nil || !leads[m.before.lower] || m.after != nil && m.after.kind != tokPunct && !follows[m.after.lower] {
			return partial{}, false
		}
		d, _ := m.get("day")
		return partial{v: timex.Value{Type: timex.Date, Gran: timex.Day, Year: timex.X, N: timex.X, Day: int32(d)}, kind: kindDayOfMonth}, true
	}
}

// year is calendar for a year. A four-digit number with no preposition
// before it may be something else: a count ("1000 orphaned children"), a
// live page's entry time ("1040 Hundreds are feared dead"); it is kept as
// a year only when that year is near the anchor's.
func year() builder {
	cal, leads := calendar(), yearLeads()
	return func(m *match) (partial, bool) {
		p, ok := cal(m)
		if ok && len(m.toks) == 1 && (m.before == nil || !leads[m.before.lower]) {
			p.plausible = true
		}
		if ok && len(m.toks) == 1 && len(m.rest) > 1 && decimalMark(m.toks[0], m.rest[0], m.rest[1]) {
			return p, false // "to 2613.73", "2013,50": a number with decimals
		}
		if ok && len(m.toks) == 1 && m.before != nil && m.before.lower == "-" && m.before.end == m.toks[0].start && len(m.prev) > 1 {
			// "555-1234", "1-800-860-2442": a number joined to one of three
			// digits is a phone number ("1918-1919" is a range, "4-3-1867"
			// a date, "H1N1-2009" a year).
			if n := m.prev[len(m.prev)-2]; n.kind == tokNum && n.end == m.before.start && n.ndigits == 3 {
				return p, false
			}
		}
		return p, ok
	}
}

// seasonAlone is calendar for a season named without a year, which is a
// time only where a preposition of time leads to it.
func seasonAlone() builder {
	cal, leads, blocks := calendar(), seasonLeads(), seasonBlocks()
	return func(m *match) (partial, bool) {
		if m.before == nil || !leads[m.before.lower] || (m.after != nil && blocks[m.after.lower]) {
			return partial{}, false
		}
		return cal(m)
	}
}

func daysIn(month int) int {
	switch month {
	case 2:
		return 29
	case 4, 6, 9, 11:
		return 30
	}
	return 31
}

// famous is a well-known dated reference ("9/11"), from famousDates.
func famous() builder {
	table := famousDates()
	return func(m *match) (partial, bool) {
		i, _ := m.get("famous")
		return partial{v: timex.MustParse(table[i].value)}, true
	}
}

func century() builder {
	return func(m *match) (partial, bool) {
		n, _ := m.get("ord")
		if n < 1 || n > 30 {
			return partial{}, false
		}
		return partial{v: timex.Value{Type: timex.Date, Gran: timex.Century, Year: int32((n - 1) * 100)}}, true
	}
}

// deictic is today, yesterday, tomorrow: a shift in days from the anchor.
func deictic() builder {
	return func(m *match) (partial, bool) {
		if m.before != nil && m.before.lower == "the" && m.toks[0].lower != "the" {
			return partial{}, false // "the Today programme": a name
		}
		n, _ := m.get("deictic")
		p := partial{v: timex.Value{Type: timex.Date, Gran: timex.Day, Mod: m.mod()}, kind: kindShift, n: n, unit: timex.Day}
		if pod, ok := m.get("pod"); ok {
			p.v.Type, p.v.Part, p.v.Gran = timex.Time, timex.Part(pod), timex.PartOfDay
			return p, true
		}
		// "Today, most readers get their news online": "Today," opening a
		// sentence with no tense after it (tense.go's timeless) is the
		// present era, not the day.
		p.era = n == 0 && len(m.toks) == 1 && m.after != nil && m.after.lower == "," && m.clauseOpens() && m.sentenceOpens()
		return p, true
	}
}

// deicticPart is "this morning", "tonight", "last night", "late yesterday".
func deicticPart() builder {
	return func(m *match) (partial, bool) {
		p := partial{v: timex.Value{Type: timex.Time, Gran: timex.PartOfDay, Mod: m.mod()}, kind: kindShift, unit: timex.Day}
		p.n, _ = m.get("deictic")
		switch {
		case m.hasWord("tonight"):
			p.v.Part = timex.Night
		case m.hasWord("last"):
			p.v.Part, p.n = timex.Night, -1
		default:
			pod, ok := m.get("pod")
			if !ok {
				p.v.Type, p.v.Gran = timex.Date, timex.Day
			}
			p.v.Part = timex.Part(pod)
		}
		return p, true
	}
}

// inUnit is "the day" in "later in the day", "the week" in "earlier in
// the week": the day or week the text is telling of (as "earlier this
// week" is marked as "this week").
func inUnit() builder {
	leads, stops := dayLeads(), dayStops()
	return func(m *match) (partial, bool) {
		u, times := m.unit()
		g := unitGran(u)
		if times > 1 || (g != timex.Day && g != timex.Week) {
			return partial{}, false
		}
		if !m.follows("earlier", "in") && !m.follows("later", "in") {
			// "rose on Monday to end the day at 9,500", "for the day": the
			// day told of. ("the day of the vote", "the day when" are
			// another's; "the day's trading" names it by its trading.)
			if g != timex.Day || m.before == nil || !leads[m.before.lower] || m.after != nil && (stops[m.after.lower] || m.after.lower == "'" || m.after.upper) ||
				m.toks[1].upper || m.follows("thought", "for") {
				// ("Thought for the Day" is a programme.)
				return partial{}, false
			}
		}
		return partial{v: timex.Value{Type: timex.Date, Gran: g}, kind: kindShift, unit: g, anaphoric: true}, true
	}
}

// theTime is "at the time", "that period", "the same period": the time
// the text last told of, whole, or a time gone by (PAST_REF) when it told
// of none. "at the time of its founding", "at the time the plant opened"
// join a time of their own, and are none of these.
func theTime() builder {
	return func(m *match) (partial, bool) {
		if m.hasWord("time") {
			if m.before == nil || m.before.lower != "at" || !clauseBreak(m.after) {
				return partial{}, false
			}
		} else if m.after != nil && (m.after.lower == "of" || m.after.lower == "when" || m.after.lower == "in") {
			return partial{}, false // "the same period of the year", "that period in history"
		}
		return partial{v: timex.Value{Type: timex.Date, Ref: timex.PastRef}, likeLast: true}, true
	}
}

// clauseBreak reports whether t ends the phrase before it: punctuation,
// the end of the text, or a pronoun opening a clause ("at the time he was
// willing").
func clauseBreak(t *token) bool {
	if t == nil || t.kind == tokPunct {
		return true
	}
	switch t.lower {
	case "he", "she", "it", "they", "we", "i", "you", "there", "and", "but":
		return true
	}
	return false
}

// unitAround is "the year before", "the day after", "the week earlier":
// one unit from the time the text last told of, when punctuation ends it
// ("the day before the crash", "the day before he died" lead on to a time
// of their own).
func unitAround() builder {
	return func(m *match) (partial, bool) {
		g, ok := m.calendarUnit()
		if !ok || isPlural(m.toks[1].lower) || m.after != nil && m.after.kind != tokPunct {
			return partial{}, false // "the day before he died", "the days before": "before" leads to a time of its own
		}
		n := 1
		if m.hasWord("before", "earlier") {
			n = -1
		}
		return partial{v: timex.Value{Type: timex.Date, Gran: g}, kind: kindShift, n: n, unit: g, anaphoric: true}, true
	}
}

// partOfDate is "the morning of June 25", "the early hours of Sunday":
// a date, and a part of it (the early hours are the night's, unless a
// part is named: "the early hours of Thursday morning").
func partOfDate() builder {
	date := calendar()
	return func(m *match) (partial, bool) {
		p, ok := date(m)
		if _, part := m.get("pod"); ok && !part && m.hasWord("hours") {
			p.v.Type, p.v.Part, p.v.Gran = timex.Time, timex.Night, timex.PartOfDay
		}
		return p, ok
	}
}

// ofYear is a month, a day or a season of a year named by its place:
// "June of that year", "March 3 of the following year" (anaphoric: the
// year the text is telling of, or the one after or before it), "July
// last year", "the summer of next year", "1 April this year" (from the
// anchor's year).
func ofYear(anaphoric bool) builder {
	return func(m *match) (partial, bool) {
		p := partial{v: timex.Value{Type: timex.Date, Mod: m.mod()}}
		if s, ok := m.get("season"); ok {
			p.v.N, p.v.Gran = int32(s), timex.Season
		} else {
			month, _ := m.get("month")
			p.v.N, p.v.Gran = int32(month), timex.Month
			if day, ok := m.get("day"); ok {
				if day > daysIn(month) {
					return p, false
				}
				p.v.Day, p.v.Gran = int32(day), timex.Day
			}
		}
		shift, _ := m.get("dir")
		if anaphoric {
			shift = m.sequel()
		}
		p.kind, p.yearShift, p.anaphoric, p.unit, p.v.Year = kindFillYear, &shift, anaphoric, timex.Year, timex.X
		return p, true
	}
}

// samePart is "that night", "the next morning", "the small hours": a
// part of the day the text is telling of, or of the one after or before
// it.
func samePart() builder {
	return func(m *match) (partial, bool) {
		if m.toks[0].lower == "that" && m.hasWord("overnight") {
			return partial{}, false // "said that overnight the river rose": "that" opens a clause
		}
		pod, ok := m.get("pod")
		if !ok { // "the small hours"
			pod = int(timex.Night)
		}
		return partial{v: timex.Value{Type: timex.Time, Gran: timex.PartOfDay, Part: timex.Part(pod)}, kind: kindShift, n: m.sequel(), unit: timex.Day, anaphoric: true}, true
	}
}

// partTold is "late afternoon", "mid-morning": a part of the day the text
// is telling of, or of the day named after it ("mid-afternoon yesterday").
func partTold() builder {
	leads := partLeads()
	return func(m *match) (partial, bool) {
		_, named := m.get("deictic")
		if !named && (m.before == nil || !leads[m.before.lower]) || strings.HasSuffix(m.toks[len(m.toks)-1].lower, "s") {
			return partial{}, false // "an early-morning session", "early nights": no time told of
		}
		pod, ok := m.get("pod")
		mod := m.mod()
		switch {
		case ok:
		case m.hasWord("midmorning"):
			pod, mod = int(timex.Morning), timex.Mid
		default:
			pod, mod = int(timex.Afternoon), timex.Mid
		}
		p := partial{v: timex.Value{Type: timex.Time, Gran: timex.PartOfDay, Part: timex.Part(pod), Mod: mod}, kind: kindShift, unit: timex.Day, anaphoric: true}
		if n, ok := m.get("deictic"); ok {
			p.n, p.anaphoric = n, false
		}
		return p, true
	}
}

// clock is a time of day, on the anchor's day unless a day is named.
func clock() builder {
	leads := clockLeads()
	return func(m *match) (partial, bool) {
		h, hasHour := m.get("hour")
		min, hasMinute := m.get("minute")
		if hhmm, ok := m.get("hhmm"); ok { // "2153 GMT"
			if h, min, ok = clockDigits(hhmm); !ok {
				return partial{}, false
			}
			if z, ok := m.get("zone"); ok && z < zoneKnown && m.toks[0].entry && m.after != nil && m.after.upper {
				// A live page's entry time before an entry opening with
				// "UK" or "ET" ("1528 UK Prime Minister Gordon Brown
				// says"): the word is the entry's, the time the page's.
				return partial{}, false
			}
			hasHour, hasMinute = true, true
		}
		switch {
		case m.hasWord("noon", "midday"):
			h, hasHour = 12, true
		case m.hasWord("midnight"):
			h, hasHour = 24, true
		}
		if !hasHour {
			return partial{}, false
		}
		if _, ok := m.get("ampm"); !ok && gameClock(m.rest) {
			return partial{}, false // "with 4:11 left": a game clock, no time of day
		}
		if pod, ok := m.get("pod"); ok || m.hasWord("night") {
			// "4 in the morning", "9 in the evening", "11 at night".
			if h < 1 || h > 12 || m.before == nil || !leads[m.before.lower] {
				return partial{}, false
			}
			if h %= 12; ok && timex.Part(pod) != timex.Morning || !ok {
				h += 12
			}
		} else if ap, ok := m.get("ampm"); ok {
			// "00:59 am" is how some sites print the hour after midnight.
			if (h < 1 || h > 12) && !(h == 0 && ap == 0 && hasMinute) {
				return partial{}, false
			}
			h = h%12 + ap
		} else if !hasMinute && !m.hasWord("noon", "midday", "midnight") {
			return partial{}, false
		}
		p := partial{v: timex.Value{Type: timex.Time, Gran: timex.Minute, Hour: int32(h), Minute: int32(min), Mod: m.mod()}, kind: kindShift, unit: timex.Day}
		if z, ok := m.get("zone"); ok && z != 0 {
			p.v.Zoned, p.v.Zone = true, int16(z-zoneKnown)
		}
		if wd, ok := m.get("weekday"); ok {
			p.kind, p.v.Day = kindWeekday, int32(wd)
		}
		if month, ok := m.get("month"); ok {
			// "5 p.m. EST Nov. 9": the clock on that date.
			day, _ := m.get("day")
			if day > daysIn(month) {
				return partial{}, false
			}
			p.kind, p.v.N, p.v.Day, p.v.Year = kindFillYear, int32(month), int32(day), timex.X
			if y, ok := m.get("year"); ok {
				p.kind, p.v.Year = kindFixed, int32(y)
			}
			return p, true
		}
		if d, ok := m.get("deictic"); ok {
			p.n = d
		} else if p.kind == kindShift {
			// A bare clock time is on the day the text last spoke of
			// ("struck on Oct. 23 ... at 10 p.m."), or the anchor's.
			p.anaphoric = true
		}
		return p, true
	}
}

// gameClock reports whether the words after a clock time make it the
// time left in a game ("with 4:11 left", "4:11 remaining", "2:30 to
// play").
func gameClock(rest []token) bool {
	if len(rest) == 0 {
		return false
	}
	switch rest[0].lower {
	case "left", "remaining", "gone":
		return true
	case "to":
		return len(rest) > 1 && (rest[1].lower == "go" || rest[1].lower == "play")
	}
	return false
}

func holidayDate() builder {
	return func(m *match) (partial, bool) {
		h, _ := m.get("holiday")
		if m.before != nil && m.before.lower == "father" {
			return partial{}, false // "Father Christmas": a name
		}
		p := partial{v: timex.Value{Type: timex.Date, Gran: timex.Day, Year: timex.X}, kind: kindHoliday, n: h}
		if y, ok := m.get("year"); ok {
			p.v.Year = int32(y)
		}
		return p, true
	}
}

// dirUnit is "last year", "next month", "this week", "the past year".
func dirUnit() builder {
	stretch, resultNouns := stretchLeads(), resultNouns()
	return func(m *match) (partial, bool) {
		u, times := m.unit()
		d, _ := m.get("dir")
		if times > 1 { // "the past fortnight" is two weeks, not a calendar unit
			if d == 0 || isPlural(m.toks[len(m.toks)-1].lower) || m.hasWord("earlier", "later") {
				return partial{}, false
			}
			return partial{v: timex.Value{Type: timex.Duration, Dur: timex.D(times, u)}}, true
		}
		g := unitGran(u)
		if g == timex.GranNone || g > timex.Day || isPlural(m.toks[len(m.toks)-1].lower) {
			return partial{}, false // "the coming years" is a vague duration
		}
		if m.hasWord("earlier", "later") && g > timex.Month {
			return partial{}, false // "earlier this week" is marked as "this week"; "later in the day" as "the day" (inUnit)
		}
		if d < 0 && m.toks[0].lower == "the" && m.before != nil && stretch[m.before.lower] && !m.hasWord("previous", "preceding", "prior") {
			// "doubled over the past year": the year up to now, a stretch.
			return partial{v: timex.Value{Type: timex.Duration, Dur: durOf(1, u)}}, true
		}
		p := partial{v: timex.Value{Type: timex.Date, Gran: g, Mod: m.mod()}, kind: kindShift, n: d, unit: g}
		// "This quarter's results beat forecasts": the results of the
		// quarter just reported, when said early in the next.
		p.reported = g == timex.Quarter && d == 0 && m.possessive() && len(m.rest) > 2 && resultNouns[m.rest[2].lower]
		if m.hasWord("following", "previous", "preceding", "prior") {
			p.anaphoric = true
		}
		return p, true
	}
}

// sameUnit is "the same day", "that week", "the next day": the last
// mentioned time, or one unit from it.
func sameUnit() builder {
	return func(m *match) (partial, bool) {
		g, ok := m.calendarUnit()
		if !ok {
			return partial{}, false
		}
		return partial{v: timex.Value{Type: timex.Date, Gran: g}, kind: kindShift, n: m.sequel(), unit: g, anaphoric: true}, true
	}
}

// ago is "two days ago" (from the document date) and "two days later"
// (from the last mentioned time).
func ago() builder {
	onFollowers := words("from", "since", "after")
	return func(m *match) (partial, bool) {
		u, times := m.unit()
		off, _ := m.get("offset")
		g := unitGran(u)
		n, ok := m.get("num")
		if m.toks[len(m.toks)-1].lower == "on" && m.after != nil && m.after.kind != tokPunct && !onFollowers[m.after.lower] {
			return partial{}, false // "its best run in five years on Friday": "on" leads to the day, it is no "later"
		}
		if m.overDuring() {
			return partial{}, false
		}
		if m.after != nil && m.after.lower == "than" {
			return partial{}, false // "three days later than planned": how late, not when
		}
		if !ok || g == timex.GranNone || g > timex.Day {
			return partial{v: timex.Value{Type: timex.Date, Ref: timex.PastRef}}, off < 0 && !m.hasWord("earlier", "before")
		}
		p := partial{v: timex.Value{Type: timex.Date, Gran: g, Mod: m.mod()}, kind: kindShift, n: n * times * off, unit: g}
		p.anaphoric = !m.hasWord("ago", "back", "hence", "now")
		p.sameGran = g == timex.Year
		return p, true
	}
}

func reference() builder {
	follows := clauseWords()
	return func(m *match) (partial, bool) {
		r, _ := m.get("ref")
		if m.hasWord("term") && m.after != nil && m.after.kind == tokWord && !follows[m.after.lower] {
			return partial{}, false // "the short term trend": an adjective
		}
		return partial{v: timex.Value{Type: timex.Date, Ref: timex.Ref(r)}}, true
	}
}

// hoursOf is "the early hours of this morning", "the small hours of
// yesterday": the night that opens that day.
func hoursOf() builder {
	return func(m *match) (partial, bool) {
		n, _ := m.get("deictic")
		return partial{v: timex.Value{Type: timex.Time, Gran: timex.PartOfDay, Part: timex.Night}, kind: kindShift, unit: timex.Day, n: n}, true
	}
}
