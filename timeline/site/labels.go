package site

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/newsroom/timeline/timeline/event"
	"github.com/newsroom/timeline/timeline/timex"
)

// Dates are written the way an editor would, and no more precisely than
// the text gave them: "Tue., Dec. 16, 2014", "December 2014", "about Dec.
// 15, 2014", "planned: Dec. 25, 2014".

// apMonth is the AP-style month: short forms with periods for the long
// months, full names for the short ones.
func apMonth(m time.Month) string {
	return [...]string{"", "Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."}[m]
}

func apWeekday(d time.Weekday) string {
	return [...]string{"Sun.", "Mon.", "Tue.", "Wed.", "Thu.", "Fri.", "Sat."}[d]
}

var partWords = map[timex.Part]string{
	timex.Morning: "morning", timex.Midday: "midday", timex.Afternoon: "afternoon",
	timex.Evening: "evening", timex.Night: "night", timex.Daytime: "daytime",
}

// apDay is a day as readers read it ("Wed. Dec. 17, 2014"): fmt's
// "%s %s %d, %d" without its reflection, for every mark and citation.
func apDay(t time.Time) string {
	return apWeekday(t.Weekday()) + " " + apMonth(t.Month()) + " " + strconv.Itoa(t.Day()) + ", " + strconv.Itoa(t.Year())
}

// ValueLabel writes a calendar value for readers.
func ValueLabel(v timex.Value) string {
	start, _, ok := v.Interval()
	if !ok {
		return v.String()
	}
	switch v.Gran {
	case timex.Century:
		return fmt.Sprintf("%s century", ordinal(int(v.Year/100+1)))
	case timex.Decade:
		return fmt.Sprintf("the %ds", v.Year)
	case timex.Year:
		return fmt.Sprint(v.Year)
	case timex.Half:
		return fmt.Sprintf("%s half of %d", ordinal(int(v.N)), v.Year)
	case timex.Quarter:
		return fmt.Sprintf("Q%d %d", v.N, v.Year)
	case timex.Season:
		return fmt.Sprintf("%s %d", [...]string{"", "spring", "summer", "fall", "winter"}[v.N], v.Year)
	case timex.Month:
		return start.Format("January 2006")
	case timex.Week:
		return "week of " + apDay(start)
	case timex.Weekend:
		return "weekend of " + apDay(start)
	case timex.PartOfDay:
		return apDay(start) + ", " + partWords[v.Part]
	case timex.Hour, timex.Minute, timex.Second:
		return apDay(start) + ", " + clock(int(v.Hour), int(v.Minute))
	}
	return apDay(start)
}

func clock(h, m int) string {
	switch {
	case h == 12 && m == 0:
		return "noon"
	case h == 0 && m == 0, h == 24:
		return "midnight"
	}
	suffix := "a.m."
	if h >= 12 {
		suffix = "p.m."
	}
	h12 := h % 12
	if h12 == 0 {
		h12 = 12
	}
	switch { // fmt's "%d %s" and "%d:%02d %s", without its reflection
	case m == 0:
		return strconv.Itoa(h12) + " " + suffix
	case m > 0 && m < 10:
		return strconv.Itoa(h12) + ":0" + strconv.Itoa(m) + " " + suffix
	}
	return strconv.Itoa(h12) + ":" + strconv.Itoa(m) + " " + suffix
}

func ordinal(n int) string {
	suf := "th"
	switch {
	case n%100 >= 11 && n%100 <= 13:
	case n%10 == 1:
		suf = "st"
	case n%10 == 2:
		suf = "nd"
	case n%10 == 3:
		suf = "rd"
	}
	return fmt.Sprintf("%d%s", n, suf)
}

// TimeLabel writes an event time with its qualifier, and where a
// stretch ends ("2001 to 2003").
func TimeLabel(t event.Time) string {
	l := ValueLabel(t.Value)
	if until, ok := t.Until(); ok {
		// One year is written once: "Tue. March 2 to Tue. March 9, 2010".
		u := ValueLabel(until)
		if y := ", " + strconv.Itoa(int(until.Year)); strings.HasSuffix(l, y) && strings.HasSuffix(u, y) {
			l = strings.TrimSuffix(l, y)
		}
		l += " to " + u
	}
	switch t.Qualifier {
	case event.Approximate:
		return "about " + l
	case event.Before:
		return "before " + l
	case event.By:
		return "by " + l
	case event.After:
		return "after " + l
	case event.Planned:
		return "planned: " + l
	case event.Start:
		return "early " + l
	case event.Mid:
		return "mid-" + l
	case event.End:
		return "late " + l
	}
	return l
}

// EventLabel is an event's time as its card shows it: TimeLabel, with
// the time zone when the time has a part of the day or a clock and its
// source's dateline (or time zone setting) gives a zone: "Wed. Dec. 17,
// 2014, night EST".
func EventLabel(e *event.Event) string {
	l := TimeLabel(e.Time)
	if e.Time.Value.Gran < timex.PartOfDay || len(e.Sources) == 0 {
		return l
	}
	a := e.Canonical().Doc.Article.Anchor
	if a.IsZero() || !a.HasZone && a.Time.Location() == time.UTC {
		return l
	}
	return l + " " + zoneName(a.Time)
}

// zoneName is t's zone as a dateline prints it: "EST", or "UTC-05:00"
// for a zone known only by its offset.
func zoneName(t time.Time) string {
	zone := t.Format("MST")
	if zone[0] == '+' || zone[0] == '-' {
		zone = "UTC" + t.Format("-07:00")
	}
	return zone
}

// DateTimeAttr is the value of a <time datetime> attribute for v: an ISO
// date at v's precision (2014-12, 2014-W51, 2014-12-17T23:29).
func DateTimeAttr(v timex.Value) string {
	start, _, ok := v.Interval()
	if !ok {
		return ""
	}
	switch v.Gran {
	case timex.Century, timex.Decade, timex.Half, timex.Quarter, timex.Season:
		return fmt.Sprint(start.Year())
	case timex.Year:
		return fmt.Sprint(v.Year)
	case timex.Month:
		return start.Format("2006-01")
	case timex.Week, timex.Weekend:
		y, w := start.ISOWeek()
		return fmt.Sprintf("%d-W%02d", y, w)
	case timex.Hour, timex.Minute, timex.Second:
		return fmt.Sprintf("%sT%02d:%02d", start.Format(time.DateOnly), v.Hour%24, v.Minute)
	}
	return start.Format(time.DateOnly)
}
