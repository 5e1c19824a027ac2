package temporal

import "time"

// holiday is a day named in the calendar: fixed ("Christmas Day"), the nth
// weekday of a month ("Thanksgiving"), or a day counted from Easter.
type holiday struct {
	names    []string
	month    time.Month
	day      int          // fixed day of the month
	nth      int          // nth weekday of month; -1 = the last
	weekday  time.Weekday // with nth
	easter   int          // days after Easter Sunday
	isEaster bool
}

// holidays is the table the {holiday} class is built from. US federal
// holidays and the widely reported religious and civic days; adding one is
// one line here plus one example in the rule table's holiday rule.
func holidays() []holiday {
	return []holiday{
		{names: []string{"christmas day", "christmas", "xmas"}, month: time.December, day: 25},
		{names: []string{"christmas eve"}, month: time.December, day: 24},
		{names: []string{"boxing day"}, month: time.December, day: 26},
		{names: []string{"new year's eve", "new years eve"}, month: time.December, day: 31},
		{names: []string{"new year's day", "new years day", "new year's"}, month: time.January, day: 1},
		{names: []string{"independence day", "the fourth of july", "fourth of july", "july fourth", "july 4th"}, month: time.July, day: 4},
		{names: []string{"halloween"}, month: time.October, day: 31},
		{names: []string{"valentine's day", "valentines day"}, month: time.February, day: 14},
		{names: []string{"veterans day", "veterans' day", "armistice day"}, month: time.November, day: 11},
		{names: []string{"st. patrick's day", "saint patrick's day", "st patrick's day"}, month: time.March, day: 17},
		{names: []string{"bastille day"}, month: time.July, day: 14},
		{names: []string{"may day"}, month: time.May, day: 1},
		{names: []string{"thanksgiving day", "thanksgiving"}, month: time.November, nth: 4, weekday: time.Thursday},
		{names: []string{"black friday"}, month: time.November, nth: 4, weekday: time.Thursday, easter: 1},
		{names: []string{"memorial day"}, month: time.May, nth: -1, weekday: time.Monday},
		{names: []string{"labor day", "labour day"}, month: time.September, nth: 1, weekday: time.Monday},
		{names: []string{"martin luther king day", "martin luther king jr. day", "mlk day"}, month: time.January, nth: 3, weekday: time.Monday},
		{names: []string{"presidents' day", "presidents day", "washington's birthday"}, month: time.February, nth: 3, weekday: time.Monday},
		{names: []string{"columbus day"}, month: time.October, nth: 2, weekday: time.Monday},
		{names: []string{"mother's day", "mothers day"}, month: time.May, nth: 2, weekday: time.Sunday},
		{names: []string{"father's day", "fathers day"}, month: time.June, nth: 3, weekday: time.Sunday},
		{names: []string{"election day"}, month: time.November, nth: 1, weekday: time.Monday, easter: 1},
		{names: []string{"easter sunday", "easter"}, isEaster: true},
		{names: []string{"good friday"}, isEaster: true, easter: -2},
		{names: []string{"easter monday"}, isEaster: true, easter: 1},
		{names: []string{"palm sunday"}, isEaster: true, easter: -7},
		{names: []string{"ash wednesday"}, isEaster: true, easter: -46},
		{names: []string{"pentecost"}, isEaster: true, easter: 49},
	}
}

func holidayItems() []lexItem {
	return namedItems(holidays(), func(h holiday) []string { return h.names })
}

// namedItems makes a lexicon of a table whose rows have names: each name
// stands for its row's index.
func namedItems[T any](table []T, names func(T) []string) []lexItem {
	var out []lexItem
	for i, row := range table {
		for _, n := range names(row) {
			out = append(out, lexItem{n, i})
		}
	}
	return out
}

// date returns the holiday's day in year y. For nth-weekday holidays, easter
// counts extra days after it (Black Friday is the day after Thanksgiving;
// Election Day the Tuesday after the first Monday).
func (h holiday) date(y int) time.Time {
	switch {
	case h.isEaster:
		return easterSunday(y).AddDate(0, 0, h.easter)
	case h.nth != 0:
		return nthWeekday(y, h.month, h.nth, h.weekday).AddDate(0, 0, h.easter)
	}
	return time.Date(y, h.month, h.day, 0, 0, 0, 0, time.UTC)
}

func nthWeekday(y int, m time.Month, nth int, wd time.Weekday) time.Time {
	if nth < 0 {
		last := time.Date(y, m+1, 0, 0, 0, 0, 0, time.UTC)
		return last.AddDate(0, 0, -((int(last.Weekday()) - int(wd) + 7) % 7))
	}
	first := time.Date(y, m, 1, 0, 0, 0, 0, time.UTC)
	return first.AddDate(0, 0, (int(wd)-int(first.Weekday())+7)%7+7*(nth-1))
}

// easterSunday uses the anonymous Gregorian algorithm (Meeus/Jones/Butcher).
func easterSunday(y int) time.Time {
	a, b, c := y%19, y/100, y%100
	d, e := b/4, b%4
	f := (b + 8) / 25
	g := (b - f + 1) / 3
	h := (19*a + b - d - g + 15) % 30
	i, k := c/4, c%4
	l := (32 + 2*e + 2*i - h - k) % 7
	m := (a + 11*h + 22*l) / 451
	month := (h + l - 7*m + 114) / 31
	day := (h+l-7*m+114)%31 + 1
	return time.Date(y, time.Month(month), day, 0, 0, 0, 0, time.UTC)
}

// famousDate is a happening news names by its date: "9/11".
type famousDate struct {
	names []string
	value string
}

func famousDates() []famousDate {
	return []famousDate{
		{[]string{"9/11", "9-11", "the 9/11 attacks", "the september 11 attacks", "the sept. 11 attacks", "september 11 attacks", "sept. 11 attacks"}, "2001-09-11"},
		{[]string{"the 7/7 bombings", "7/7"}, "2005-07-07"},
		{[]string{"d-day"}, "1944-06-06"},
		{[]string{"pearl harbor day"}, "1941-12-07"},
	}
}

func famousItems() []lexItem {
	return namedItems(famousDates(), func(f famousDate) []string { return f.names })
}
