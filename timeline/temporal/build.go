package temporal

import (
	"strings"

	"github.com/newsroom/timeline/timeline/timex"
)

// Stage one of two: a rule's builder turns a match into a partial value,
// saying what the text fixed and what still has to come from an anchor.
// Only resolve.go does calendar arithmetic.

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
}

type builder func(m *match) (partial, bool)

// match is what a rule matched: its tokens and the values its classes
// captured.
type match struct {
	toks   []token
	caps   captures
	names  []string // capture names by id
	after  *token   // the token after the match, if any
	before *token   // the token before it, if any
	prev   []token  // all the tokens before it
}

// follows reports whether the words before the match end with words.
func (m *match) follows(words ...string) bool {
	if len(m.prev) < len(words) {
		return false
	}
	for i, w := range words {
		if m.prev[len(m.prev)-len(words)+i].lower != w {
			return false
		}
	}
	return true
}

func (m *match) get(name string) (int, bool) {
	for i := 0; i < int(m.caps.n); i++ {
		if m.names[m.caps.c[i].id] == name {
			return int(m.caps.c[i].val), true
		}
	}
	return 0, false
}

// surname reports whether the match follows a capitalized word inside a
// sentence that is none of leads ("Theresa May", not "In May" or "Since
// May"): the month's name is then a person's.
func (m *match) surname(leads map[string]bool) bool {
	b := m.before
	return b != nil && b.kind == tokWord && b.upper && !m.toks[0].brk && !leads[b.lower]
}

// firstName reports whether the match stands before a capitalized word
// inside a sentence and after none of preps ("as Colette, and June Barrie
// as Mrs Etchells", not "in June Congress passed"): it is a first name.
func (m *match) firstName(preps map[string]bool) bool {
	return m.capitalizedAfter() && (m.before == nil || !preps[m.before.lower])
}

// capitalizedAfter reports whether a capitalized word follows the match
// inside its sentence.
func (m *match) capitalizedAfter() bool {
	a := m.after
	return a != nil && a.kind == tokWord && a.upper && !a.brk
}

// sequel is the step an anaphoric expression takes from the time the
// text is telling of: 1 for "the next", "the following", -1 for "the
// previous", "the preceding", 0 for "that" or "the same".
func (m *match) sequel() int {
	switch {
	case m.hasWord("following", "next"):
		return 1
	case m.hasWord("previous", "preceding"):
		return -1
	}
	return 0
}

// abbreviatedMonth reports whether the match's month is written short
// ("Jan", "Sept") with no period after it. (The month's own tokens, from
// its capture: a match may go on past it, as "June of that year" does.)
func (m *match) abbreviatedMonth() bool {
	off := int32(len(m.prev)) // the match's first token, counted in the text
	for i := 0; i < int(m.caps.n); i++ {
		c := m.caps.c[i]
		if m.names[c.id] != "month" {
			continue
		}
		month := m.toks[c.end-off-1]
		if month.kind != tokWord || len(month.lower) > 4 || month.lower == "may" || month.lower == "june" || month.lower == "july" {
			return false
		}
		next := m.after
		if k := int(c.end - off); k < len(m.toks) {
			next = &m.toks[k]
		}
		return next == nil || next.lower != "."
	}
	return false
}

func (m *match) has(name string) bool { _, ok := m.get(name); return ok }

// unit is the unit the match names, and how many of it one such word is
// (2 for "fortnight", else 1).
func (m *match) unit() (timex.Unit, int) {
	v, _ := m.get("unit")
	return timex.Unit(v & (1<<unitTimesShift - 1)), max(1, v>>unitTimesShift)
}

func (m *match) hasWord(words ...string) bool {
	for _, t := range m.toks {
		for _, w := range words {
			if t.lower == w {
				return true
			}
		}
	}
	return false
}

// mod reads the position and approximation words into a TIMEX3 mod.
func (m *match) mod() timex.Mod {
	if v, ok := m.get("position"); ok {
		return timex.Mod(v)
	}
	if v, ok := m.get("approx"); ok {
		return timex.Mod(v)
	}
	if v, ok := m.get("bound"); ok {
		return timex.Mod(v)
	}
	if m.before != nil && m.before.lower == "about" {
		return timex.Approx
	}
	return timex.NoMod
}

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
	leads, preps := monthLeads(), monthPreps()
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
			p.v.N, p.v.Gran = month, timex.Month
			if !hasDay && !hasYear && m.abbreviatedMonth() {
				return p, false // "Jan" alone is more often a name than January
			}
			if !hasDay && !hasYear && len(m.toks) == 1 && (m.surname(leads) || m.firstName(preps)) {
				return p, false // "Theresa May", "June Barrie": a name
			}
			if hasDay {
				if day > daysIn(month) {
					return p, false
				}
				p.v.Day, p.v.Gran = day, timex.Day
			}
		case m.has("season"):
			s, _ := m.get("season")
			p.v.N, p.v.Gran = s, timex.Season
		case m.has("decade") || m.has("decadeword"):
			d, ok := m.get("decade")
			if !ok {
				d, _ = m.get("decadeword")
				d += 1900
			}
			p.v.Year, p.v.Gran = d, timex.Decade
			if d%100 == 0 && d < 2000 {
				p.v.Gran = timex.Century // "the 1800s" is the 19th century ("the 2000s" a decade)
			}
			return p, true
		case m.has("weekday"):
			if len(m.toks) == 1 && m.before != nil && m.before.lower == "the" && m.capitalizedAfter() {
				return p, false // "the Sunday Mirror", "the Sunday Times": a name
			}
			wd, _ := m.get("weekday")
			p.v.Day, p.v.Gran, p.kind = wd, timex.Day, kindWeekday
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
			p.v.Year = year
			if p.kind == kindWeekday {
				return p, false // "Friday 1998" is not a date we can place
			}
			return p, true
		}
		if p.kind != kindWeekday {
			p.kind = kindFillYear
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
		return partial{v: timex.Value{Type: timex.Date, Gran: timex.Day, Year: timex.X, N: timex.X, Day: d}, kind: kindDayOfMonth}, true
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
		return partial{v: timex.Value{Type: timex.Date, Gran: timex.Century, Year: (n - 1) * 100}}, true
	}
}

func quarter() builder {
	return func(m *match) (partial, bool) {
		q, ok := m.get("quarter")
		if d, hasDir := m.get("dir"); hasDir && q >= 1 && q <= 4 {
			return partial{v: timex.Value{Type: timex.Date, Gran: timex.Quarter, N: q, Year: timex.X}, kind: kindFillYear, yearShift: &d}, true
		}
		if y, hasYear := m.get("year"); !ok && hasYear {
			// "the 1988 period": that year's quarter (or half) the text tells
			// of, else the year.
			return partial{v: timex.Value{Type: timex.Date, Gran: timex.Year, Year: y}, kind: kindPeriodOf}, true
		}
		if q < 1 || q > 4 {
			return partial{}, false
		}
		p := partial{v: timex.Value{Type: timex.Date, Gran: timex.Quarter, N: q, Year: timex.X, Mod: m.mod()}, kind: kindFillYear}
		if y, ok := m.get("year"); ok {
			p.v.Year, p.kind = y, kindFixed
		}
		return p, true
	}
}

func half() builder {
	return func(m *match) (partial, bool) {
		n := 1
		for i, t := range m.toks {
			if t.lower == "half" && i > 0 && (m.toks[i-1].lower == "second" || m.toks[i-1].lower == "last" || m.toks[i-1].lower == "latter") {
				n = 2 // "the last half of 1989" is its second (and "of last year" names the year)
			}
		}
		p := partial{v: timex.Value{Type: timex.Date, Gran: timex.Half, N: n, Year: timex.X}, kind: kindFillYear}
		if d, ok := m.get("dir"); ok {
			p.yearShift = &d
		}
		if m.has("decade") || m.has("decadeword") { // half a decade: the decade's start or end
			d, ok := m.get("decade")
			if !ok {
				d, _ = m.get("decadeword")
				d += 1900
			}
			mod := timex.Start
			if n == 2 {
				mod = timex.End
			}
			return partial{v: timex.Value{Type: timex.Date, Gran: timex.Decade, Year: d, Mod: mod}}, true
		}
		if y, ok := m.get("year"); ok {
			p.v.Year, p.kind = y, kindFixed
		}
		return p, true
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
		}
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
	return func(m *match) (partial, bool) {
		u, times := m.unit()
		g := unitGran(u)
		if times > 1 || (g != timex.Day && g != timex.Week) || !m.follows("earlier", "in") && !m.follows("later", "in") {
			return partial{}, false
		}
		return partial{v: timex.Value{Type: timex.Date, Gran: g}, kind: kindShift, unit: g, anaphoric: true}, true
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
			p.v.N, p.v.Gran = s, timex.Season
		} else {
			month, _ := m.get("month")
			p.v.N, p.v.Gran = month, timex.Month
			if day, ok := m.get("day"); ok {
				if day > daysIn(month) {
					return p, false
				}
				p.v.Day, p.v.Gran = day, timex.Day
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
		p := partial{v: timex.Value{Type: timex.Time, Gran: timex.Minute, Hour: h, Minute: min, Mod: m.mod()}, kind: kindShift, unit: timex.Day}
		if wd, ok := m.get("weekday"); ok {
			p.kind, p.v.Day = kindWeekday, wd
		}
		if month, ok := m.get("month"); ok {
			// "5 p.m. EST Nov. 9": the clock on that date.
			day, _ := m.get("day")
			if day > daysIn(month) {
				return partial{}, false
			}
			p.kind, p.v.N, p.v.Day, p.v.Year = kindFillYear, month, day, timex.X
			if y, ok := m.get("year"); ok {
				p.kind, p.v.Year = kindFixed, y
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

func holidayDate() builder {
	return func(m *match) (partial, bool) {
		h, _ := m.get("holiday")
		if m.before != nil && m.before.lower == "father" {
			return partial{}, false // "Father Christmas": a name
		}
		p := partial{v: timex.Value{Type: timex.Date, Gran: timex.Day, Year: timex.X}, kind: kindHoliday, n: h}
		if y, ok := m.get("year"); ok {
			p.v.Year = y
		}
		return p, true
	}
}

// clauseOpens reports whether the match opens a sentence or clause, an
// "at" or "at the" before it aside.
func (m *match) clauseOpens() bool {
	if len(m.prev) == 0 {
		return true
	}
	// prev is the text's tokens up to the match: one more is the match's
	// first, so sentenceEnd can look past prev's end.
	toks := m.prev[:len(m.prev)+1]
	k := len(m.prev) - 1
	if k >= 0 && toks[k].lower == "the" {
		k--
	}
	if k >= 0 && toks[k].lower == "at" {
		k--
	}
	if k < 0 || toks[k+1].brk || sentenceEnd(toks, k) {
		return true
	}
	switch toks[k].lower {
	case ",", ";", ":", `"`, "but", "and", "so":
		return true
	}
	return false
}

// dirUnit is "last year", "next month", "this week", "the past year".
func dirUnit() builder {
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
		p := partial{v: timex.Value{Type: timex.Date, Gran: g, Mod: m.mod()}, kind: kindShift, n: d, unit: g}
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
		u, times := m.unit()
		g := unitGran(u)
		if g == timex.GranNone || g > timex.Day || times > 1 {
			return partial{}, false
		}
		return partial{v: timex.Value{Type: timex.Date, Gran: g}, kind: kindShift, n: m.sequel(), unit: g, anaphoric: true}, true
	}
}

// ago is "two days ago" (from the document date) and "two days later"
// (from the last mentioned time).
func ago() builder {
	return func(m *match) (partial, bool) {
		u, times := m.unit()
		off, _ := m.get("offset")
		g := unitGran(u)
		n, ok := m.get("num")
		if !ok || g == timex.GranNone || g > timex.Day {
			return partial{v: timex.Value{Type: timex.Date, Ref: timex.PastRef}}, off < 0 && !m.hasWord("earlier", "before")
		}
		p := partial{v: timex.Value{Type: timex.Date, Gran: g, Mod: m.mod()}, kind: kindShift, n: n * times * off, unit: g}
		p.anaphoric = !m.hasWord("ago", "back", "hence", "now")
		p.sameGran = g == timex.Year
		return p, true
	}
}

// duration is "two days", "the past three months", "a couple of days".
func duration() builder {
	aux, secondFollowers := auxiliaries(), secondFollowers()
	return func(m *match) (partial, bool) {
		if m.toks[0].lower == "last" && m.before != nil && (aux[m.before.lower] || len(m.before.lower) > 4 && strings.HasSuffix(m.before.lower, "ly")) {
			return partial{}, false // "the strike will last [48 hours]", "epidemics generally last a few weeks": a verb
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
		return partial{v: timex.Value{Type: timex.Duration, Dur: d, Mod: m.mod()}}, true
	}
}

// halfMore renders "n and a half units" in the next smaller unit.
func halfMore(n int, u timex.Unit) timex.Dur {
	switch u {
	case timex.Years:
		return timex.Dur{Parts: [3]timex.DurPart{{N: n, Unit: timex.Years}, {N: 6, Unit: timex.Months}}}
	case timex.Hours:
		return timex.Dur{Parts: [3]timex.DurPart{{N: n, Unit: timex.Hours}, {N: 30, Unit: timex.Minutes}}}
	case timex.Days:
		return timex.Dur{Parts: [3]timex.DurPart{{N: n, Unit: timex.Days}, {N: 12, Unit: timex.Hours}}}
	case timex.Minutes:
		return timex.Dur{Parts: [3]timex.DurPart{{N: n, Unit: timex.Minutes}, {N: 30, Unit: timex.Seconds}}}
	}
	return timex.D(n, u)
}

// vagueDuration is "years", "recent months", "the coming weeks".
func vagueDuration() builder {
	return func(m *match) (partial, bool) {
		u, _ := m.unit()
		if !isPlural(m.toks[len(m.toks)-1].lower) {
			return partial{}, false // a bare "day" or "year" is too often not a time
		}
		if len(m.toks) == 1 && m.before != nil && m.before.lower == "-" {
			return partial{}, false // "after-hours trading", "off-hours": a word of its own
		}
		if m.after != nil && m.after.lower == "old" {
			return partial{}, false // "52 years old" is an age
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
		if m.toks[0].upper && m.capitalizedAfter() {
			return partial{}, false // "the Daily Mail", "Caicos Weekly News": a name
		}
		return partial{v: timex.Value{Type: timex.Set, Dur: timex.D(1, timex.Unit(u))}}, true
	}
}

func setEvery() builder {
	return func(m *match) (partial, bool) {
		v := timex.Value{Type: timex.Set, Quant: "EVERY"}
		other := m.hasWord("other")
		if other {
			v.Quant = "EVERY OTHER"
		}
		switch {
		case m.has("weekday"):
			wd, _ := m.get("weekday")
			v.Gran, v.Year, v.N, v.Day, v.InWeek = timex.WeekDay, timex.X, timex.X, wd, true
		case m.has("pod"):
			pod, _ := m.get("pod")
			v.Gran, v.Year, v.N, v.Day, v.Part = timex.PartOfDay, timex.X, timex.X, timex.X, timex.Part(pod)
		case m.has("month"):
			mo, _ := m.get("month")
			v.Gran, v.Year, v.N = timex.Month, timex.X, mo
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
			v.Freq = itoa(n) + "X"
		}
		return partial{v: v}, true
	}
}

func setWeekdays() builder {
	return func(m *match) (partial, bool) {
		wd, _ := m.get("weekdays")
		v := timex.Value{Type: timex.Set, Gran: timex.WeekDay, Year: timex.X, N: timex.X, Day: wd, InWeek: true}
		if pod, ok := m.get("pod"); ok {
			v.Gran, v.Part = timex.PartOfDay, timex.Part(pod)
		}
		return partial{v: v}, true
	}
}

func reference() builder {
	follows := clauseWords()
	return func(m *match) (partial, bool) {
		r, _ := m.get("ref")
		if m.hasWord("term") && m.after != nil && m.after.kind == tokWord && !follows[m.after.lower] {
			return partial{}, false // "the short term trend": an adjective
		}
		// "as soon as they land" and "soon after the attack" join two
		// happenings; they name no time of their own.
		if m.hasWord("soon") && (m.before != nil && m.before.lower == "as" || m.after != nil && (m.after.lower == "as" || m.after.lower == "after")) {
			return partial{}, false
		}
		return partial{v: timex.Value{Type: timex.Date, Ref: timex.Ref(r)}}, true
	}
}

// restOf is "the rest of the month": the anchor's unit, from the anchor on.
func restOf() builder {
	return func(m *match) (partial, bool) {
		u, times := m.unit()
		g := unitGran(u)
		if g == timex.GranNone || g > timex.Day || times > 1 {
			return partial{}, false
		}
		return partial{v: timex.Value{Type: timex.Date, Gran: g, Mod: timex.End}, kind: kindShift, unit: g}, true
	}
}

func weekend() builder {
	return func(m *match) (partial, bool) {
		d, ok := m.get("dir")
		p := partial{v: timex.Value{Type: timex.Date, Gran: timex.Weekend}, kind: kindShift, n: d, unit: timex.Week}
		if !ok {
			p.kind = kindWeekday // "the weekend": the nearest one, by tense
			p.v.Day = 6
		}
		return p, true
	}
}

func itoa(n int) string {
	if n < 0 {
		return "-" + itoa(-n)
	}
	if n < 10 {
		return string(rune('0' + n))
	}
	return itoa(n/10) + string(rune('0'+n%10))
}

// unitEnd is "the end of the year", "year-end": the anchor's unit, with
// the mod the position word gives (END unless said otherwise).
func unitEnd() builder {
	return func(m *match) (partial, bool) {
		u, times := m.unit()
		g := unitGran(u)
		if g == timex.GranNone || g > timex.Day || times > 1 {
			return partial{}, false
		}
		if g == timex.Day && m.hasWord("end") && !m.hasWord("this") && m.clauseOpens() {
			return partial{}, false // "At the end of the day, we must act": an idiom, no time
		}
		mod := m.mod()
		if mod == timex.NoMod {
			mod = timex.End
		}
		return partial{v: timex.Value{Type: timex.Date, Gran: g, Mod: mod}, kind: kindShift, unit: g}, true
	}
}

// theQuarter is "the quarter" in a results story: the quarter last
// mentioned, else the one just ended.
func theQuarter() builder {
	return func(m *match) (partial, bool) {
		return partial{v: timex.Value{Type: timex.Date, Gran: timex.Quarter}, kind: kindShift, unit: timex.Quarter, anaphoric: true, n: 0, orN: -1}, true
	}
}

// latestQuarter is "the latest quarter": the last one completed before
// the anchor.
func latestQuarter() builder {
	return func(m *match) (partial, bool) {
		return partial{v: timex.Value{Type: timex.Date, Gran: timex.Quarter}, kind: kindShift, unit: timex.Quarter, n: -1}, true
	}
}

// weekOf is "the week of March 6": the ISO week holding that day.
func weekOf() builder {
	return func(m *match) (partial, bool) {
		month, _ := m.get("month")
		day, _ := m.get("day")
		if day > daysIn(month) {
			return partial{}, false
		}
		return partial{v: timex.Value{Type: timex.Date, Gran: timex.Week, Year: timex.X, N: month, Day: day}, kind: kindWeekOf}, true
	}
}

// weekOfMonth is "the first week of July", "the last week of June": the
// ISO week holding the middle day of that seven-day stretch.
func weekOfMonth() builder {
	return func(m *match) (partial, bool) {
		month, _ := m.get("month")
		day := daysIn(month) - 3 // the last week
		if n, ok := m.get("n"); ok {
			if n < 1 || n > 4 {
				return partial{}, false
			}
			day = 7*n - 3
		}
		p := partial{v: timex.Value{Type: timex.Date, Gran: timex.Week, Year: timex.X, N: month, Day: day}, kind: kindWeekOf}
		if y, ok := m.get("year"); ok {
			p.v.Year = y
		}
		return p, true
	}
}

// thisTime is "this time last year": the anchor's day, a unit back or on.
func thisTime() builder {
	return func(m *match) (partial, bool) {
		d, _ := m.get("dir")
		u, times := m.unit()
		g := unitGran(u)
		if d == 0 || times > 1 || g == timex.GranNone || g > timex.Day {
			return partial{}, false
		}
		return partial{v: timex.Value{Type: timex.Date, Gran: timex.Day}, kind: kindSameDay, unit: g, n: d, strict: true}, true
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

// periodCode is "Q3 2009", "H1 2010".
func periodCode() builder {
	return func(m *match) (partial, bool) {
		for i, t := range m.toks {
			next := m.after
			if i+1 < len(m.toks) {
				next = &m.toks[i+1]
			}
			if t.kind == tokNum && next != nil && next.start == t.end && next.kind != tokPunct {
				return partial{}, false // "the 1918 H1N1 strain": a virus, not a half
			}
		}
		y, _ := m.get("year")
		if q, ok := m.get("quarter"); ok {
			return partial{v: timex.Value{Type: timex.Date, Gran: timex.Quarter, N: q, Year: y}}, true
		}
		h, _ := m.get("half")
		return partial{v: timex.Value{Type: timex.Date, Gran: timex.Half, N: h, Year: y}}, true
	}
}

// yearAgo is "the year-earlier quarter", "year-ago": the period last
// mentioned (or the anchor's year) a year back.
func yearAgo() builder {
	return func(m *match) (partial, bool) {
		if m.toks[0].lower == "the" && !m.hasWord("quarter", "period", "months") {
			return partial{}, false // "the year-earlier net": "the" is the net's, the expression "year-earlier"
		}
		g := timex.Year
		if m.hasWord("quarter") || m.has("quarter") {
			g = timex.Quarter
		}
		p := partial{v: timex.Value{Type: timex.Date, Gran: g}, kind: kindShift, n: -1, unit: timex.Year, sameGran: true}
		if q, ok := m.get("quarter"); ok {
			p.kind, p.v.N, p.v.Year = kindFillYear, q, timex.X
			p.dir, p.yearsBack = -1, 1
		}
		return p, true
	}
}

// theYear is "the year" of a results story: "the year ended Sept. 30" is a
// twelve-month period (P1Y); "for the year", "of the year" is the
// anchor's year. Elsewhere "the year" is too often not a time.
func theYear() builder {
	return func(m *match) (partial, bool) {
		if m.after != nil && (m.after.lower == "ended" || m.after.lower == "ending") {
			return partial{v: timex.Value{Type: timex.Duration, Dur: timex.D(1, timex.Years)}}, true
		}
		if m.hasWord("full", "current", "calendar") || m.before != nil && (m.before.lower == "for" || m.before.lower == "of") {
			return partial{v: timex.Value{Type: timex.Date, Gran: timex.Year}, kind: kindShift, unit: timex.Year}, true
		}
		return partial{}, false
	}
}
