package temporal

import "github.com/newsroom/timeline/timeline/timex"

// Builders of the periods results stories and schedules count in:
// quarters, halves, weeks, weekends, "year-end", "the year-ago period".

// quarter is "the third quarter", "the 1988 second quarter", "the 1988
// period".
func quarter() builder {
	games, accounts := gameWords(), accountWords() // made once per tagger, not per match
	return func(m *match) (partial, bool) {
		q, ok := m.get("quarter")
		if d, hasDir := m.get("dir"); hasDir && q >= 1 && q <= 4 {
			return partial{v: timex.Value{Type: timex.Date, Gran: timex.Quarter, N: int32(q), Year: timex.X}, kind: kindFillYear, yearShift: &d}, true
		}
		if y, hasYear := m.get("year"); !ok && hasYear {
			// "the 1988 period": that year's quarter (or half) the text tells
			// of, else the year.
			return partial{v: timex.Value{Type: timex.Date, Gran: timex.Year, Year: int32(y)}, kind: kindPeriodOf}, true
		}
		if q < 1 || q > 4 {
			return partial{}, false
		}
		if !m.has("year") && m.sentenceHas(games) && !m.sentenceHas(accounts) {
			return partial{}, false // "a touchdown late in the fourth quarter": a game's, no time of year
		}
		p := partial{v: timex.Value{Type: timex.Date, Gran: timex.Quarter, N: int32(q), Year: timex.X, Mod: m.mod()}, kind: kindFillYear}
		if y, ok := m.get("year"); ok {
			p.v.Year, p.kind = int32(y), kindFixed
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
		p := partial{v: timex.Value{Type: timex.Date, Gran: timex.Half, N: int32(n), Year: timex.X}, kind: kindFillYear}
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
			return partial{v: timex.Value{Type: timex.Date, Gran: timex.Decade, Year: int32(d), Mod: mod}}, true
		}
		if y, ok := m.get("year"); ok {
			p.v.Year, p.kind = int32(y), kindFixed
		}
		return p, true
	}
}

// restOf is "the rest of the month": the anchor's unit, from the anchor on.
func restOf() builder {
	return func(m *match) (partial, bool) {
		g, ok := m.calendarUnit()
		if !ok {
			return partial{}, false
		}
		return partial{v: timex.Value{Type: timex.Date, Gran: g, Mod: timex.End}, kind: kindShift, unit: g}, true
	}
}

func weekend() builder {
	return func(m *match) (partial, bool) {
		d, ok := m.get("dir")
		p := partial{v: timex.Value{Type: timex.Date, Gran: timex.Weekend}, kind: kindShift, n: d, unit: timex.Week}
		switch {
		case !ok:
			p.kind = kindWeekday // "the weekend": the nearest one, by tense
			p.v.Day = 6
		case d == 0 && m.hasWord("this"):
			p.goneIfPast = true
		}
		return p, true
	}
}

// unitEnd is "the end of the year", "year-end": the anchor's unit, with
// the mod the position word gives (END unless said otherwise).
func unitEnd() builder {
	return func(m *match) (partial, bool) {
		g, ok := m.calendarUnit()
		if !ok {
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
		return partial{v: timex.Value{Type: timex.Date, Gran: timex.Week, Year: timex.X, N: int32(month), Day: int32(day)}, kind: kindWeekOf}, true
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
		p := partial{v: timex.Value{Type: timex.Date, Gran: timex.Week, Year: timex.X, N: int32(month), Day: int32(day)}, kind: kindWeekOf}
		if y, ok := m.get("year"); ok {
			p.v.Year = int32(y)
		}
		return p, true
	}
}

// thisTime is "this time last year": the anchor's day, a unit back or on.
func thisTime() builder {
	return func(m *match) (partial, bool) {
		d, _ := m.get("dir")
		g, ok := m.calendarUnit()
		if d == 0 || !ok {
			return partial{}, false
		}
		return partial{v: timex.Value{Type: timex.Date, Gran: timex.Day}, kind: kindSameDay, unit: g, n: d, strict: true}, true
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
			return partial{v: timex.Value{Type: timex.Date, Gran: timex.Quarter, N: int32(q), Year: int32(y)}}, true
		}
		h, _ := m.get("half")
		return partial{v: timex.Value{Type: timex.Date, Gran: timex.Half, N: int32(h), Year: int32(y)}}, true
	}
}

// yearAgo is "the year-earlier quarter", "year-ago": the period last
// mentioned (or the anchor's year) a year back.
// samePeriod is "the same period last year", "the corresponding period a
// year earlier": the period the text last told of (a month, quarter or
// half), a year back.
func samePeriod() builder {
	return func(m *match) (partial, bool) {
		return partial{v: timex.Value{Type: timex.Date, Gran: timex.Year}, kind: kindShift, n: -1, unit: timex.Year, samePeriod: true}, true
	}
}

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
			p.kind, p.v.N, p.v.Year = kindFillYear, int32(q), timex.X
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
