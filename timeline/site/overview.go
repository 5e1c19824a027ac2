package site

import (
	"fmt"
	"html"
	"html/template"
	"sort"
	"strings"
	"time"

	"github.com/newsroom/timeline/timeline/event"
	"github.com/newsroom/timeline/timeline/timex"
)

// The overview at the top of the front page: a static SVG, drawn at
// build time (no script), of events (above the axis) and articles (below)
// per day, week or month, the key dates marked with their rank, each bar
// a link to its day (or, on a split timeline, its month's page). Colours
// come from the stylesheet (currentColor and --accent), so it reads in
// dark mode and in print; a caption says the same in words.

// Overview geometry, in SVG units.
const (
	ovWidth, ovHeight = 720, 185
	ovLeft, ovRight   = 8, 8
	ovAxis            = 115 // the axis's y: events above, articles below
	ovEventsHigh      = 78
	ovArticlesDeep    = 40
	// Bins: days up to ovMaxDays of story, else weeks up to ovMaxWeeks,
	// else months.
	ovMaxDays, ovMaxWeeks = 120, 156
)

type ovBin struct {
	start, end       time.Time
	events, articles int
	href, label      string
	rank             int // the best key-date rank in the bin, 0 for none
}

// overview draws the picture for the front page; "" when there is too
// little to draw (fewer than two days of events).
func (r *renderer) overview(tl *event.Timeline, months []monthView, split bool, keyDates []keyDateView) (template.HTML, string) {
	var days []time.Time
	for _, e := range tl.Story() {
		if e.Time.End.Sub(e.Time.Start) <= 24*time.Hour {
			days = append(days, dayStart(e.Time.Start))
		}
	}
	if len(days) == 0 {
		return "", ""
	}
	sort.Slice(days, func(i, j int) bool { return days[i].Before(days[j]) })
	first, last := days[0], days[len(days)-1]
	if !last.After(first) {
		return "", ""
	}
	unit := "day"
	switch span := int(last.Sub(first).Hours()/24) + 1; {
	case span > ovMaxWeeks*7:
		unit = "month"
	case span > ovMaxDays:
		unit = "week"
	}
	binOf := func(t time.Time) time.Time {
		t = dayStart(t)
		switch unit {
		case "week":
			return t.AddDate(0, 0, -((int(t.Weekday()) + 6) % 7)) // Monday
		case "month":
			return time.Date(t.Year(), t.Month(), 1, 0, 0, 0, 0, time.UTC)
		}
		return t
	}
	next := func(t time.Time) time.Time {
		switch unit {
		case "week":
			return t.AddDate(0, 0, 7)
		case "month":
			return t.AddDate(0, 1, 0)
		}
		return t.AddDate(0, 0, 1)
	}
	var bins []ovBin
	index := map[time.Time]int{}
	for t := binOf(first); !t.After(last); t = next(t) {
		index[t] = len(bins)
		bins = append(bins, ovBin{start: t, end: next(t)})
	}
	for _, d := range days {
		bins[index[binOf(d)]].events++
	}
	for _, d := range tl.Docs {
		if d.Article.Anchor.IsZero() {
			continue
		}
		if i, ok := index[binOf(d.Article.Anchor.Time)]; ok {
			bins[i].articles++
		}
	}
	// Each bin links to its first day heading (split: on its month's page).
	for _, m := range months {
		for _, g := range m.Groups {
			day, err := time.Parse(time.DateOnly, g.Key[:min(len(g.Key), 10)])
			if err != nil {
				continue
			}
			i, ok := index[binOf(day)]
			if !ok || bins[i].href != "" {
				continue
			}
			bins[i].href = "#d-" + g.Key
			if split {
				bins[i].href = MonthPath(m.Key) + "#d-" + g.Key
			}
		}
	}
	for _, k := range keyDates {
		day, err := time.Parse(time.DateOnly, k.ISO)
		if err != nil {
			continue
		}
		if i, ok := index[binOf(day)]; ok && (bins[i].rank == 0 || k.Rank < bins[i].rank) {
			bins[i].rank = k.Rank
		}
	}
	maxEv, maxArt, busiest := 1, 1, 0
	for i, b := range bins {
		maxEv, maxArt = max(maxEv, b.events), max(maxArt, b.articles)
		if b.events > bins[busiest].events {
			busiest = i
		}
	}
	for i := range bins {
		bins[i].label = binLabel(unit, bins[i].start)
	}
	return drawOverview(bins, unit, maxEv, maxArt), overviewCaption(bins, unit, busiest, len(keyDates))
}

func dayStart(t time.Time) time.Time {
	return time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, time.UTC)
}

func binLabel(unit string, t time.Time) string {
	switch unit {
	case "week":
		return "week of " + ValueLabel(timex.DayOf(t))
	case "month":
		return t.Format("January 2006")
	}
	return ValueLabel(timex.DayOf(t))
}

func drawOverview(bins []ovBin, unit string, maxEv, maxArt int) template.HTML {
	var b strings.Builder
	fmt.Fprintf(&b, `<svg class="overview-chart" viewBox="0 0 %d %d" width="100%%" aria-labelledby="overview-caption" focusable="false">`, ovWidth, ovHeight)
	step := float64(ovWidth-ovLeft-ovRight) / float64(len(bins))
	barW := max(step*0.8, 0.8)
	fmt.Fprintf(&b, `<line class="ov-axis" x1="%d" y1="%d" x2="%d" y2="%d"/>`, ovLeft, ovAxis, ovWidth-ovRight, ovAxis)
	lastTick, lastX := "", -100.0
	var marks strings.Builder // the key dates' circles
	for i, bin := range bins {
		x := float64(ovLeft) + float64(i)*step + (step-barW)/2
		eh := float64(ovEventsHigh) * float64(bin.events) / float64(maxEv)
		ah := float64(ovArticlesDeep) * float64(bin.articles) / float64(maxArt)
		what := fmt.Sprintf("%s: %s, %s", bin.label, plural(bin.events, "event", "events"), plural(bin.articles, "article", "articles"))
		if bin.rank > 0 {
			what += fmt.Sprintf(", key date (rank %d)", bin.rank)
		}
		open, closing := "<g>", "</g>"
		if bin.href != "" {
			open, closing = `<a href="`+html.EscapeString(bin.href)+`" aria-label="`+html.EscapeString(what)+`">`, "</a>"
		}
		b.WriteString(open)
		fmt.Fprintf(&b, `<title>%s</title>`, html.EscapeString(what))
		// A transparent hit area spans the bin, so small bars are easy to click.
		fmt.Fprintf(&b, `<rect class="ov-hit" x="%.1f" y="0" width="%.1f" height="%d"/>`, float64(ovLeft)+float64(i)*step, step, ovAxis+ovArticlesDeep)
		if bin.events > 0 {
			fmt.Fprintf(&b, `<rect class="ov-ev" x="%.1f" y="%.1f" width="%.1f" height="%.1f"/>`, x, float64(ovAxis)-eh, barW, eh)
		}
		if bin.articles > 0 {
			fmt.Fprintf(&b, `<rect class="ov-art" x="%.1f" y="%d" width="%.1f" height="%.1f"/>`, x, ovAxis+1, barW, ah)
		}
		if bin.rank > 0 {
			// Drawn outside the link: its name already says the rank.
			cx := x + barW/2
			fmt.Fprintf(&marks, `<circle class="ov-key" cx="%.1f" cy="%.1f" r="6"/><text class="ov-rank" x="%.1f" y="%.1f" text-anchor="middle">%d</text>`,
				cx, float64(ovAxis)-eh-9, cx, float64(ovAxis)-eh-5.5, bin.rank)
		}
		b.WriteString(closing)
		// Month names along the bottom (years for a chart by month),
		// where there is room for them.
		tick := bin.start.Format("Jan 2006")
		if unit == "month" {
			tick = bin.start.Format("2006")
		}
		if x0 := float64(ovLeft) + float64(i)*step; tick != lastTick && x0-lastX >= 56 {
			fmt.Fprintf(&b, `<text class="ov-tick" x="%.1f" y="%d">%s</text>`, x0, ovHeight-6, html.EscapeString(tick))
			lastTick, lastX = tick, x0
		}
	}
	if marks.Len() > 0 {
		b.WriteString(`<g aria-hidden="true">` + marks.String() + `</g>`)
	}
	fmt.Fprintf(&b, `<text class="ov-legend" x="%d" y="12">Above the line: events per %s (most: %d)</text>`, ovLeft, unit, maxEv)
	fmt.Fprintf(&b, `<text class="ov-legend" x="%d" y="12" text-anchor="end">below: articles (most: %d)</text>`, ovWidth-ovRight, maxArt)
	b.WriteString(`</svg>`)
	return template.HTML(b.String())
}

// overviewCaption says what the picture shows, for every reader.
func overviewCaption(bins []ovBin, unit string, busiest, keys int) string {
	events, articles := 0, 0
	for _, b := range bins {
		events += b.events
		articles += b.articles
	}
	s := fmt.Sprintf("%s and %s by %s, from %s to %s. The busiest %s is %s, with %s.",
		plural(events, "event", "events"), plural(articles, "article", "articles"), unit, bins[0].label, bins[len(bins)-1].label,
		unit, bins[busiest].label, plural(bins[busiest].events, "event", "events"))
	if keys > 0 {
		s += " Circled numbers mark the key dates by rank."
	}
	return s + " Each bar links to its " + unit + "."
}
