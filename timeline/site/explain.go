package site

import (
	"fmt"
	"strings"
	"time"

	"github.com/newsroom/timeline/timeline/article"
	"github.com/newsroom/timeline/timeline/temporal"
	"github.com/newsroom/timeline/timeline/timex"
)

// How a highlighted time expression was read, in words a reader reads:
// "Tuesday → Tue. Dec. 16, 2014: the Tuesday before this article's
// dateline (Wed. Dec. 17, 2014), because the verb is in the past tense".
// The TIMEX3 value and the rule stay on the page, in a details element
// (technical).

// modWords say a TIMEX3 modifier in words, before the date.
var modWords = map[timex.Mod]string{
	timex.Approx: "about", timex.Start: "early in", timex.Mid: "the middle of", timex.End: "late in",
	timex.Before: "before", timex.After: "after", timex.OnOrBefore: "on or before", timex.OnOrAfter: "on or after",
	timex.LessThan: "less than", timex.MoreThan: "more than", timex.EqualOrLess: "at most", timex.EqualOrMore: "at least",
}

// unitWords name duration units, singular and plural.
var unitWords = map[timex.Unit][2]string{
	timex.Years: {"year", "years"}, timex.Months: {"month", "months"}, timex.Weeks: {"week", "weeks"},
	timex.Days: {"day", "days"}, timex.Hours: {"hour", "hours"}, timex.Minutes: {"minute", "minutes"},
	timex.Seconds: {"second", "seconds"}, timex.Quarters: {"quarter", "quarters"}, timex.Decades: {"decade", "decades"},
	timex.Centuries: {"century", "centuries"}, timex.Millennia: {"millennium", "millennia"},
}

// readerExplain is the plain account of m in a.
func readerExplain(a *article.Article, m temporal.Mention) string {
	v := m.Value
	head := m.Text + " → "
	if !v.IsCalendar() {
		return head + otherKind(v)
	}
	label := ValueLabel(v)
	if w := modWords[v.Mod]; w != "" {
		label = w + " " + label
	}
	s := head + label
	switch {
	case m.AnchorValue().IsZero():
		return s + ": the date as written"
	case m.Anaphoric:
		return s + ": counted from a date mentioned earlier (" + ValueLabel(m.AnchorValue()) + ")"
	}
	rel := relation(m, v)
	s += ": " + rel + " " + anchorName(a) + " (" + ValueLabel(m.AnchorValue()) + ")"
	switch {
	case strings.HasPrefix(rel, "the same"):
	case m.FromTense && m.Dir < 0:
		s += ", because the verb is in the past tense"
	case m.FromTense && m.Dir > 0:
		s += ", because the verb is in the future tense"
	}
	return s
}

// relation says where v lies from the mention's anchor: "the Tuesday
// before", "2 days after", "the same day as".
func relation(m temporal.Mention, v timex.Value) string {
	vs, ve, ok1 := v.Interval()
	as, ae, ok2 := m.AnchorValue().Interval()
	if !ok1 || !ok2 {
		return "read against"
	}
	switch {
	case !ve.After(as) && v.Gran == timex.Day && isWeekdayName(m.Text):
		return "the " + vs.Weekday().String() + " before"
	case !vs.Before(ae) && v.Gran == timex.Day && isWeekdayName(m.Text):
		return "the " + vs.Weekday().String() + " after"
	case !ve.After(as):
		if d := days(vs, as); v.Gran == timex.Day && d > 0 && d <= 14 {
			return plural(d, "day", "days") + " before"
		}
		return "before"
	case !vs.Before(ae):
		if d := days(as, vs); v.Gran == timex.Day && d > 0 && d <= 14 {
			return plural(d, "day", "days") + " after"
		}
		return "after"
	}
	return "the same " + granName(v.Gran) + " as"
}

// granName names the stretch of time a value of g spans.
func granName(g timex.Gran) string {
	switch g {
	case timex.Day, timex.WeekDay:
		return "day"
	case timex.Week:
		return "week"
	case timex.Month:
		return "month"
	case timex.Year:
		return "year"
	}
	return "time"
}

func days(from, to time.Time) int {
	return int(to.Sub(from).Round(time.Hour).Hours() / 24)
}

func isWeekdayName(s string) bool {
	for _, w := range strings.Fields(strings.ToLower(s)) {
		w = strings.Trim(w, ".,'’s")
		for d := time.Sunday; d <= time.Saturday; d++ {
			name := strings.ToLower(d.String())
			if w == name || len(w) >= 3 && strings.HasPrefix(name, w) {
				return true
			}
		}
	}
	return false
}

// anchorName says what a date was read against.
func anchorName(a *article.Article) string {
	switch a.Anchor.Source {
	case article.FromFrontMatter:
		return "this article's date"
	case article.FromDateline:
		return "this article's dateline"
	case article.FromFlag:
		return "the date given with --dct"
	case article.FromInferred:
		return "this article's inferred date"
	}
	return "this article's date"
}

// otherKind says what a duration, a set or an undated reference is.
func otherKind(v timex.Value) string {
	switch v.Type {
	case timex.Duration:
		return "a length of time, " + durWords(v.Dur) + ", not a date"
	case timex.Set:
		return "a repeated time, not one date"
	}
	switch v.Ref {
	case timex.PresentRef:
		return "the present, not one date"
	case timex.PastRef:
		return "some time in the past, not one date"
	case timex.FutureRef:
		return "some time in the future, not one date"
	}
	return "a time the text does not pin to the calendar"
}

// durWords says a duration: "2 days", "several weeks", "1 year and 6 months".
func durWords(d timex.Dur) string {
	var parts []string
	for _, p := range d.Parts {
		w, ok := unitWords[p.Unit]
		if !ok {
			break
		}
		switch {
		case p.N == timex.X:
			parts = append(parts, "some "+w[1])
		case p.N == 1:
			parts = append(parts, "1 "+w[0])
		default:
			parts = append(parts, fmt.Sprintf("%d %s", p.N, w[1]))
		}
	}
	if len(parts) == 0 {
		return "unspecified"
	}
	return joinAnd(parts)
}

// technical is the TIMEX3 account of m, for the details element.
func technical(a *article.Article, m temporal.Mention) string {
	var b strings.Builder
	b.WriteString(m.Value.Type.String() + " " + m.Value.String())
	if m.Value.Mod != timex.NoMod {
		b.WriteString(" mod=" + m.Value.Mod.String())
	}
	if !m.AnchorValue().IsZero() {
		if m.Anaphoric {
			b.WriteString("; anchor " + m.AnchorValue().String() + " (an earlier mention)")
		} else {
			b.WriteString("; anchor " + m.AnchorValue().String() + " from " + string(a.Anchor.Source))
		}
		if m.FromTense {
			fmt.Fprintf(&b, "; direction %+d from tense", m.Dir)
		}
	}
	b.WriteString("; rule " + m.Rule)
	return b.String()
}
