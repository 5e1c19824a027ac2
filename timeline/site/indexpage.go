package site

import (
	"context"
	"sort"
	"time"

	"github.com/newsroom/timeline/timeline/event"
	"github.com/newsroom/timeline/timeline/internal/parallel"
	"github.com/newsroom/timeline/timeline/timex"
)

// The front page and, for a long timeline, the month pages.

// views are the cards of events, for a page depth levels down, made on
// every core: at 10,000 articles making them one by one was 7% of a
// build, with the other core idle.
func (r *renderer) views(ctx context.Context, events []*event.Event, depth int) []eventView {
	out := make([]eventView, len(events))
	parallel.Do(ctx, len(events), func(i int) { out[i] = r.card(events[i], depth) })
	return out
}

// months groups the story's events by month (by year for events known
// only to the year), for a page depth levels down.
func (r *renderer) months(ctx context.Context, tl *event.Timeline, depth int) []monthView {
	story := tl.Story()
	views := r.views(ctx, story, depth)
	byMonth := map[string]*monthView{}
	var keys []string
	// Events come in time order, most sharing the time of the one before:
	// keys and labels are formatted again only when the time changes (at
	// 10,000 articles formatting them for every event cost more than the
	// rest of this).
	var last event.Time
	var m *monthView
	var gk string
	for i, e := range story {
		start := e.Time.Start
		coarse := e.Time.Value.Gran < timex.Month
		if i == 0 || !start.Equal(last.Start) || coarse != (last.Value.Gran < timex.Month) {
			mk, label := start.Format("2006-01"), start.Format("January 2006")
			if coarse {
				mk, label = start.Format("2006"), start.Format("2006")
			}
			var ok bool
			if m, ok = byMonth[mk]; !ok {
				m = &monthView{Key: mk, Label: label}
				byMonth[mk] = m
				keys = append(keys, mk)
			}
		}
		if i == 0 || !start.Equal(last.Start) || !e.Time.End.Equal(last.End) {
			gk = start.Format(time.DateOnly) + "-" + e.Time.End.Format(time.DateOnly)
		}
		if n := len(m.Groups); n == 0 || m.Groups[n-1].Key != gk {
			m.Groups = append(m.Groups, groupView{Key: gk, ISO: DateTimeAttr(groupValue(e.Time)), Label: groupLabel(e.Time)})
		}
		last = e.Time
		g := &m.Groups[len(m.Groups)-1]
		g.Events = append(g.Events, views[i])
		views[i] = eventView{} // held by its group now
		m.Count++
	}
	out := make([]monthView, len(keys))
	for i, k := range keys {
		out[i] = *byMonth[k]
	}
	return out
}

// MonthPath is where a month's page is when the timeline is split.
func MonthPath(key string) string { return "months/" + key + ".html" }

// BackgroundPath is the page of background events when the timeline is split.
const BackgroundPath = "background.html"

// indexPage is the front page. A timeline longer than cfg.SplitEvents,
// or whose events cite more than cfg.SplitSources sources, shows its key
// dates and a list of months there, each month on a page of its own (a
// 10,000-article archive would otherwise be one page of tens of
// megabytes); pages then gives those month pages.
func (r *renderer) indexPage(ctx context.Context, tl *event.Timeline, outlets []outletView) (p indexPage, pages []monthPage) {
	p = indexPage{page: r.pageAt("index.html")}
	p.EventCount = len(tl.Story())
	p.Split = p.EventCount > r.cfg.SplitEvents || citedMore(tl, r.cfg.SplitSources)
	depth := 0
	if p.Split {
		depth = 1
	}
	months := r.months(ctx, tl, depth)
	r.eventPage = make(map[string]string, len(tl.Events))
	if p.Split {
		for i, m := range months {
			mp := monthPage{page: r.pageAt(MonthPath(m.Key)), Month: m, Filter: filterView{Label: "Search this page", Outlets: outlets}}
			if i > 0 {
				mp.Prev = &monthLink{Key: months[i-1].Key, Label: months[i-1].Label, Href: "../" + MonthPath(months[i-1].Key)}
			}
			if i+1 < len(months) {
				mp.Next = &monthLink{Key: months[i+1].Key, Label: months[i+1].Label, Href: "../" + MonthPath(months[i+1].Key)}
			}
			pages = append(pages, mp)
			p.MonthLinks = append(p.MonthLinks, monthLink{Key: m.Key, Label: m.Label, Href: MonthPath(m.Key), Events: m.Count})
			for _, g := range m.Groups {
				for _, e := range g.Events {
					r.eventPage[e.ID] = MonthPath(m.Key)
				}
			}
		}
		if n := len(p.MonthLinks); n > 0 {
			p.Latest = &p.MonthLinks[n-1]
		}
	} else {
		p.Months = months
	}
	background := tl.Context()
	for i, v := range r.views(ctx, background, 0) {
		e := background[i]
		p.Context = append(p.Context, v)
		p.ContextCount++
		if p.Split {
			r.eventPage[e.ID] = BackgroundPath
		}
	}
	if p.Split && len(p.Context) > 0 {
		pages = append(pages, monthPage{page: r.pageAt(BackgroundPath), Background: p.Context, Filter: filterView{Label: "Search this page", Outlets: outlets}})
		p.Context = nil
	}
	for _, k := range tl.KeyDates {
		if len(p.KeyDates) == r.cfg.KeyDatesShown {
			break // the rest are not shown: no views drawn for them
		}
		if len(k.Events) == 0 {
			continue
		}
		first := k.Events[0]
		kv := keyDateView{
			ISO: k.Date.Format(time.DateOnly), Label: ValueLabel(timex.DayOf(k.Date)),
			Summary: first.Title, FirstEvent: first.ID, Href: r.link(first.ID),
		}
		if p.Split {
			kv.Event = r.card(first, 0)
			kv.Others = len(k.Events) - 1
		}
		for _, l := range k.Summary {
			v := summaryLineView{Text: l.Text, Href: ArticlePath(l.Source().Article.ID), Outlet: outletName(l.Source().Article.Outlet)}
			if l.Event != nil {
				v.Href = r.link(l.Event.ID)
			}
			kv.Lines = append(kv.Lines, v)
		}
		p.KeyDates = append(p.KeyDates, kv)
	}
	if len(p.KeyDates) < 2 && !p.Split {
		p.KeyDates = nil // the loop above keeps at most KeyDatesShown
	}
	// The key dates come ranked; they are shown in date order, each with
	// its rank, so a reader follows the story and still sees which days
	// matter most.
	for i := range p.KeyDates {
		p.KeyDates[i].Rank = i + 1
	}
	sort.SliceStable(p.KeyDates, func(i, j int) bool { return p.KeyDates[i].ISO < p.KeyDates[j].ISO })
	p.Overview, p.OverviewCaption = r.overview(tl, months, p.Split, p.KeyDates)
	p.Outlets = outlets
	p.Filter = filterView{Label: "Search events", Outlets: outlets}
	if p.Split {
		p.Filter.Index = SearchPath
	}
	if n := len(months); n > 0 {
		p.Span = "from " + months[0].Label + " to " + months[n-1].Label
		if n == 1 {
			p.Span = months[0].Label
		}
	}
	p.Problems = r.cfg.Problems
	return p, pages
}

// citedMore reports whether the events of the front page (the story's and
// the background) cite more than n sources between them.
func citedMore(tl *event.Timeline, n int) bool {
	for _, e := range tl.Events {
		if !e.Hidden {
			if n -= len(e.Sources); n < 0 {
				return true
			}
		}
	}
	return false
}

// cards are the event cards the front page shows.
func (p *indexPage) cards() []*eventView {
	var out []*eventView
	for _, m := range p.Months {
		out = groupCards(out, m.Groups)
	}
	out = listCards(out, p.Context)
	for i := range p.KeyDates {
		if p.KeyDates[i].Event.ID != "" {
			out = append(out, &p.KeyDates[i].Event)
		}
	}
	return out
}

// cards are the event cards a month page (or the background page) shows.
func (p *monthPage) cards() []*eventView {
	return listCards(groupCards(nil, p.Month.Groups), p.Background)
}

func groupCards(out []*eventView, groups []groupView) []*eventView {
	for i := range groups {
		out = listCards(out, groups[i].Events)
	}
	return out
}

func listCards(out []*eventView, evs []eventView) []*eventView {
	for i := range evs {
		out = append(out, &evs[i])
	}
	return out
}

// groupValue is the stretch a group heading names: the event's own
// interval, without its clock.
func groupValue(t event.Time) timex.Value {
	v := t.Value
	if v.Gran >= timex.PartOfDay {
		v = timex.DayOf(t.Start)
	}
	v.Mod = timex.NoMod
	return v
}

func groupLabel(t event.Time) string {
	if _, ok := t.Until(); ok {
		return TimeLabel(event.Time{Value: groupValue(t), Start: t.Start, End: t.End})
	}
	v := groupValue(t)
	switch v.Gran {
	case timex.Day:
		return t.Start.Format("Monday, January 2")
	case timex.Month:
		return "During " + t.Start.Format("January")
	}
	return ValueLabel(v)
}
