package timex

import "time"

// Civil dates are carried as time.Time at midnight UTC: the calendar day
// as written, never converted between zones (a "late Wednesday" in New York
// must not become Thursday).

// Civil returns the calendar day y-m-d as a time.Time at UTC midnight.
func Civil[Y, D int | int32](y Y, m time.Month, d D) time.Time {
	return time.Date(int(y), m, int(d), 0, 0, 0, 0, time.UTC)
}

// Day returns the day value for t's calendar date (in t's own zone).
func DayOf(t time.Time) Value {
	return Value{Type: Date, Gran: Day, Year: int32(t.Year()), N: int32(t.Month()), Day: int32(t.Day())}
}

// isoWeek is t.ISOWeek as a Value holds it.
func isoWeek(t time.Time) (year, week int32) {
	y, w := t.ISOWeek()
	return int32(y), int32(w)
}

// At returns a value of granularity g containing t's calendar date.
func At(t time.Time, g Gran) Value {
	v := DayOf(t)
	v.Gran = g
	switch g {
	case Century:
		v.Year = int32(t.Year() / 100 * 100)
	case Decade:
		v.Year = int32(t.Year() / 10 * 10)
	case Half:
		v.N = (int32(t.Month())-1)/6 + 1
	case Quarter:
		v.N = (int32(t.Month())-1)/3 + 1
	case Season:
		v.N = int32(seasonOf(t.Month()))
		if t.Month() == time.January || t.Month() == time.February {
			v.Year-- // winter is named after the year it starts in
		}
	case Week, Weekend:
		v.Year, v.N = isoWeek(t)
	case WeekDay:
		v.Year, v.N = isoWeek(t)
		v.Day, v.InWeek = int32(isoWeekday(t)), true
	case Hour, Minute, Second:
		v.Type = Time
		v.Hour, v.Minute, v.Second = int32(t.Hour()), int32(t.Minute()), int32(t.Second())
	}
	if g < Day {
		v.Day = 0
	}
	if g <= Year {
		v.N = 0
	}
	return v
}

func isoWeekday(t time.Time) int {
	if t.Weekday() == time.Sunday {
		return 7
	}
	return int(t.Weekday())
}

func seasonOf(m time.Month) int {
	switch m {
	case time.March, time.April, time.May:
		return Spring
	case time.June, time.July, time.August:
		return Summer
	case time.September, time.October, time.November:
		return Fall
	}
	return Winter
}

// isoWeekStart is the Monday of ISO week w of year y.
func isoWeekStart(y, w int) time.Time {
	jan4 := Civil(y, time.January, 4)
	mon := jan4.AddDate(0, 0, 1-isoWeekday(jan4))
	return mon.AddDate(0, 0, 7*(w-1))
}

// Interval returns the calendar days v covers, as [start, end) at UTC
// midnight. ok is false for values with no fixed place on the calendar
// (durations, references, anything with an X).
func (v Value) Interval() (start, end time.Time, ok bool) {
	if !v.IsCalendar() || v.Year == X || v.N == X || v.Day == X {
		return time.Time{}, time.Time{}, false
	}
	y := v.Year
	switch v.Gran {
	case Century:
		return Civil(y, 1, 1), Civil(y+100, 1, 1), true
	case Decade:
		return Civil(y, 1, 1), Civil(y+10, 1, 1), true
	case Year:
		return Civil(y, 1, 1), Civil(y+1, 1, 1), true
	case Half:
		s := Civil(y, time.Month(6*(v.N-1)+1), 1)
		return s, s.AddDate(0, 6, 0), true
	case Quarter:
		s := Civil(y, time.Month(3*(v.N-1)+1), 1)
		return s, s.AddDate(0, 3, 0), true
	case Season:
		s := Civil(y, time.Month(3*v.N), 1) // SP=March … WI=December
		return s, s.AddDate(0, 3, 0), true
	case Month:
		s := Civil(y, time.Month(v.N), 1)
		return s, s.AddDate(0, 1, 0), true
	case Week:
		s := isoWeekStart(int(y), int(v.N))
		return s, s.AddDate(0, 0, 7), true
	case Weekend:
		s := isoWeekStart(int(y), int(v.N)).AddDate(0, 0, 5)
		return s, s.AddDate(0, 0, 2), true
	}
	if v.InWeek {
		s := isoWeekStart(int(y), int(v.N)).AddDate(0, 0, int(v.Day)-1)
		return s, s.AddDate(0, 0, 1), true
	}
	s := Civil(y, time.Month(v.N), v.Day)
	return s, s.AddDate(0, 0, 1), true
}
