package site

import (
	"fmt"
	"html/template"
	"slices"
	"sort"
	"strings"
	"time"

	"github.com/newsroom/timeline/timeline/article"
	"github.com/newsroom/timeline/timeline/event"
	"github.com/newsroom/timeline/timeline/temporal"
	"github.com/newsroom/timeline/timeline/timex"
)

// View models: plain data the templates read, built once per render.

type siteView struct {
	Title, Description, Language, Version string
	ArticleCount                          int
	LiveReload                            bool
}

type page struct {
	Site siteView
	Root string // relative path to the site root: "" or "../../"
}

type badgeView struct{ Label, Class, Explain string }

type sourceView struct {
	Outlet, Headline, URL, Sentence string
	Dateline, DatelineISO           string
	ArticleHref, MarkID             string
	Inferred                        bool
	Expr, Value                     string
}

// quotedSources is how many sources an event card quotes in full.
const quotedSources = 4

type eventView struct {
	ID, Title, DateLabel, DateTime string
	Start                          string // first day, for ordering checks and scripts
	Badges                         []badgeView
	Sources                        []sourceView
	More                           []sourceView // cited, not quoted
	Disputed, Planned              bool
	SourceDates                    []string
	Evidence                       []string
	OutletKeys, SearchText         string
	Href                           string // from the site root, on article pages
}

// groupView is a run of events sharing one stretch of time: a day, a
// week, a whole month. Days and weeks get their own heading.
type groupView struct {
	Key, ISO, Label string
	Events          []eventView
}

type monthView struct {
	Key, Label string
	Groups     []groupView
	Count      int
}

type monthLink struct {
	Key, Label, Href string
	Events           int
}

// keyDateView is a key date; on a split front page it carries its first
// event's card and how many more events the day has.
type keyDateView struct {
	ISO, Label, Summary, FirstEvent, Href string
	Event                                 eventView
	Others                                int
}

type outletView struct {
	Key, Name string
	Articles  []articleListView
}

type articleListView struct {
	ID, Title, Dateline, DatelineISO string
	EventCount                       int
	Inferred                         bool
}

type indexPage struct {
	page
	Months       []monthView // empty when Split
	Split        bool        // months are on pages of their own
	MonthLinks   []monthLink
	Latest       *monthLink  // the last month, when Split
	Context      []eventView // empty when Split
	ContextCount int
	KeyDates     []keyDateView
	Outlets      []outletView
	Filter       filterView
	EventCount   int // story events; Context holds the rest
	Span         string
	Problems     []string
}

// monthPage is one month of a split timeline, or (Background set) the
// background events.
type monthPage struct {
	page
	Month      monthView
	Background []eventView
	Prev, Next *monthLink
	Filter     filterView
}

// filterView is the search and outlet filter of a page; Index names the
// search index when the page searches more than itself.
type filterView struct {
	Label, Index string
	Outlets      []outletView
}

type articleView struct {
	Title, Outlet, URL, Dateline, DatelineISO, AnchorFrom string
	Inferred                                              bool
	Body                                                  template.HTML
	MentionCount                                          int
	Events                                                []eventView
	Removed                                               []article.Removed
	Warnings                                              []string
}

type articlePage struct {
	page
	Article articleView
}

type sourcesPage struct {
	page
	Outlets []outletView
}

// outletKey is a stable, URL- and class-safe key for an outlet name.
func outletKey(name string) string {
	if name == "" {
		return "unknown"
	}
	return article.Slug(name)
}

func datelineLabel(a *article.Article) (label, iso string) {
	if a.Anchor.IsZero() {
		return "", ""
	}
	t := a.Anchor.Time
	label = fmt.Sprintf("%s %s %d, %d", apWeekday(t.Weekday()), apMonth(t.Month()), t.Day(), t.Year())
	iso = t.Format(time.DateOnly)
	if a.Anchor.HasClock {
		label += ", " + clock(t.Hour(), t.Minute())
		iso = t.Format("2006-01-02T15:04")
		if a.Anchor.HasZone {
			zone := t.Format("MST")
			if zone[0] == '+' || zone[0] == '-' {
				zone = "UTC" + t.Format("-07:00")
			}
			label += " " + zone
			iso = t.Format(time.RFC3339)
		}
	}
	return label, iso
}

func anchorFrom(a *article.Article) string {
	switch a.Anchor.Source {
	case article.FromFrontMatter:
		return "the front matter date (line " + fmt.Sprint(a.Anchor.Line) + ")"
	case article.FromDateline:
		return fmt.Sprintf("the dateline %q (line %d)", a.Anchor.Text, a.Anchor.Line)
	case article.FromFlag:
		return "the --dct flag"
	case article.FromInferred:
		return "events shared with dated articles (inferred)"
	}
	return "nowhere: no date"
}

// ArticlePath is where an article's page is, relative to the site root.
// Pages are files, not folders, so that a large site costs one file per
// article to write.
func ArticlePath(id string) string { return "articles/" + id + ".html" }

// markID names the highlight of a mention on its article page.
func markID(m temporal.Mention) string { return fmt.Sprintf("t%d", m.Start) }

func (r *renderer) eventView(e *event.Event, depth int) eventView {
	v := eventView{ID: e.ID, Title: e.Title, DateLabel: TimeLabel(e.Time), DateTime: DateTimeAttr(e.Time.Value), Start: e.Time.Start.Format(time.DateOnly),
		Disputed: e.Disputed, Planned: e.Time.Qualifier == event.Planned, Evidence: e.Evidence}
	if e.Time.Qualifier == event.Approximate {
		v.Badges = append(v.Badges, badgeView{"approximate", "approx", "The text gives this time only roughly."})
	}
	if e.Relative {
		v.Badges = append(v.Badges, badgeView{"relative", "relative", "Dated from another time: the article says how long before or after."})
	}
	if v.Planned {
		v.Badges = append(v.Badges, badgeView{"planned", "planned", "Later than the article's date: planned or expected, not yet happened."})
	}
	if e.Disputed {
		v.Badges = append(v.Badges, badgeView{"disputed", "disputed", "The sources give different dates."})
	}
	if e.Inferred {
		v.Badges = append(v.Badges, badgeView{"inferred", "inferred", "A source had no date; its date was inferred."})
	}
	outlets := map[string]bool{}
	// Each date the sources give, with the outlets that give it, in
	// source order: "Mon. Dec. 8, 2014 (Metro Wire, Northern Star)".
	var dates []string
	dateOutlets := map[string][]string{}
	var search []string
	search = append(search, e.Title)
	shown := map[*article.Article]bool{}
	for _, s := range e.Sources {
		a := s.Doc.Article
		// One quote per article: a story that mentions the happening
		// twice is one source (events.json keeps every mention).
		if shown[a] {
			continue
		}
		shown[a] = true
		dl, iso := datelineLabel(a)
		sv := sourceView{
			Outlet: a.Outlet, Headline: a.Title, URL: safeURL(a.URL), Sentence: s.Text, Dateline: dl, DatelineISO: iso,
			ArticleHref: r.root(depth) + ArticlePath(a.ID), MarkID: markID(s.Mention),
			Inferred: a.Anchor.Source == article.FromInferred, Expr: s.Mention.Text, Value: s.Mention.Value.String(),
		}
		// A happening told by dozens of articles quotes the first few and
		// lists the rest: the card stays readable and the page small.
		if len(v.Sources) < quotedSources {
			v.Sources = append(v.Sources, sv)
			search = append(search, s.Text)
		} else {
			v.More = append(v.More, sv)
		}
		if k := outletKey(a.Outlet); !outlets[k] {
			outlets[k] = true
			search = append(search, a.Outlet)
		}
		d := TimeLabel(s.Time)
		if _, ok := dateOutlets[d]; !ok {
			dates = append(dates, d)
		}
		if !slices.Contains(dateOutlets[d], a.Outlet) {
			dateOutlets[d] = append(dateOutlets[d], a.Outlet)
		}
	}
	for _, d := range dates {
		v.SourceDates = append(v.SourceDates, d+" ("+strings.Join(dateOutlets[d], ", ")+")")
	}
	var keys []string
	for k := range outlets {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	v.OutletKeys = strings.Join(keys, " ")
	v.SearchText = strings.ToLower(strings.Join(search, " "))
	return v
}

// root is the path back to the site root from a page depth levels down.
func (r *renderer) root(depth int) string { return strings.Repeat("../", depth) }

// safeURL keeps http(s) links only; anything else (javascript:, data:) is
// dropped. html/template would neutralize them too; this keeps them out of
// the exports as well.
func safeURL(u string) string {
	l := strings.ToLower(strings.TrimSpace(u))
	if strings.HasPrefix(l, "http://") || strings.HasPrefix(l, "https://") {
		return strings.TrimSpace(u)
	}
	return ""
}

// months groups the story's events by month (by year for events known
// only to the year), for a page depth levels down.
func (r *renderer) months(tl *event.Timeline, depth int) []monthView {
	byMonth := map[string]*monthView{}
	var keys []string
	for _, e := range tl.Story() {
		start := e.Time.Start
		mk, label := start.Format("2006-01"), start.Format("January 2006")
		if e.Time.Value.Gran < timex.Month {
			mk, label = start.Format("2006"), start.Format("2006")
		}
		m, ok := byMonth[mk]
		if !ok {
			m = &monthView{Key: mk, Label: label}
			byMonth[mk] = m
			keys = append(keys, mk)
		}
		gk := start.Format(time.DateOnly) + "-" + e.Time.End.Format(time.DateOnly)
		if n := len(m.Groups); n == 0 || m.Groups[n-1].Key != gk {
			m.Groups = append(m.Groups, groupView{Key: gk, ISO: DateTimeAttr(groupValue(e.Time)), Label: groupLabel(e.Time)})
		}
		g := &m.Groups[len(m.Groups)-1]
		g.Events = append(g.Events, r.eventView(e, depth))
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

// indexPage is the front page. A timeline longer than cfg.SplitEvents
// shows its key dates and a list of months there, each month on a page
// of its own (a 10,000-article archive would otherwise be one page of
// tens of megabytes); pages then gives those month pages.
func (r *renderer) indexPage(tl *event.Timeline, outlets []outletView) (p indexPage, pages []monthPage) {
	p = indexPage{page: r.page(0)}
	p.EventCount = len(tl.Story())
	p.Split = p.EventCount > r.cfg.SplitEvents
	depth := 0
	if p.Split {
		depth = 1
	}
	months := r.months(tl, depth)
	r.eventPage = map[string]string{}
	if p.Split {
		for i, m := range months {
			mp := monthPage{page: r.page(1), Month: m, Filter: filterView{Label: "Search this page", Outlets: outlets}}
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
	for _, e := range tl.Context() {
		p.Context = append(p.Context, r.eventView(e, 0))
		p.ContextCount++
		if p.Split {
			r.eventPage[e.ID] = BackgroundPath
		}
	}
	if p.Split && len(p.Context) > 0 {
		pages = append(pages, monthPage{page: r.page(0), Background: p.Context, Filter: filterView{Label: "Search this page", Outlets: outlets}})
		p.Context = nil
	}
	for _, k := range tl.KeyDates {
		if len(k.Events) == 0 {
			continue
		}
		first := k.Events[0]
		kv := keyDateView{
			ISO: k.Date.Format(time.DateOnly), Label: ValueLabel(timex.DayOf(k.Date)),
			Summary: first.Title, FirstEvent: first.ID, Href: r.link(first.ID),
		}
		if p.Split {
			kv.Event = r.eventView(first, 0)
			kv.Others = len(k.Events) - 1
		}
		p.KeyDates = append(p.KeyDates, kv)
	}
	if len(p.KeyDates) < 2 || len(p.KeyDates) > r.cfg.KeyDatesShown {
		if len(p.KeyDates) > r.cfg.KeyDatesShown {
			p.KeyDates = p.KeyDates[:r.cfg.KeyDatesShown]
		} else if !p.Split {
			p.KeyDates = nil
		}
	}
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
	v := groupValue(t)
	switch v.Gran {
	case timex.Day:
		return t.Start.Format("Monday, January 2")
	case timex.Month:
		return "During " + t.Start.Format("January")
	}
	return ValueLabel(v)
}

func (r *renderer) outlets(tl *event.Timeline) []outletView {
	counts := map[*article.Article]int{}
	for _, e := range tl.Events {
		for _, s := range e.Sources {
			counts[s.Doc.Article]++
		}
	}
	byKey := map[string]*outletView{}
	var keys []string
	for _, d := range tl.Docs {
		a := d.Article
		k := outletKey(a.Outlet)
		o, ok := byKey[k]
		if !ok {
			name := a.Outlet
			if name == "" {
				name = "Unknown outlet"
			}
			o = &outletView{Key: k, Name: name}
			byKey[k] = o
			keys = append(keys, k)
		}
		dl, iso := datelineLabel(a)
		o.Articles = append(o.Articles, articleListView{ID: a.ID, Title: a.Title, Dateline: dl, DatelineISO: iso,
			EventCount: counts[a], Inferred: a.Anchor.Source == article.FromInferred})
	}
	sort.Strings(keys)
	out := make([]outletView, len(keys))
	for i, k := range keys {
		out[i] = *byKey[k]
	}
	return out
}

// articlePage is an article's page without its body, and the marks the
// body will carry: everything the page shows, cheaply (the body, the
// costly part, is drawn by articleBody).
func (r *renderer) articlePage(d *event.Doc, evs []*event.Event) (articlePage, []Mark) {
	a := d.Article
	var marks []Mark
	for _, m := range d.Mentions {
		marks = append(marks, Mark{Start: m.Start, End: m.End, ID: markID(m), Value: m.Value.String(), Explain: explain(a, m)})
	}
	dl, iso := datelineLabel(a)
	v := articleView{Title: a.Title, Outlet: a.Outlet, URL: safeURL(a.URL), Dateline: dl, DatelineISO: iso,
		AnchorFrom: anchorFrom(a), Inferred: a.Anchor.Source == article.FromInferred,
		MentionCount: len(d.Mentions), Removed: a.Removed, Warnings: a.Warnings}
	for _, e := range evs {
		v.Events = append(v.Events, eventView{ID: e.ID, Title: e.Title, DateLabel: TimeLabel(e.Time), DateTime: DateTimeAttr(e.Time.Value), Href: r.link(e.ID)})
	}
	return articlePage{page: r.page(1), Article: v}, marks
}

// articleBody draws an article's text with its time expressions marked.
func articleBody(a *article.Article, marks []Mark) (template.HTML, error) {
	if a.Format != article.Markdown {
		return textHTML(a.Body, marks), nil
	}
	body, err := markdownHTML(a.Body, marks)
	if err != nil {
		return "", fmt.Errorf("%s: rendering Markdown: %w", a.Path, err)
	}
	return body, nil
}

// explain says what a time expression resolved to and how.
func explain(a *article.Article, m temporal.Mention) string {
	var b strings.Builder
	b.WriteString(m.Value.Type.String() + " " + m.Value.String())
	if m.Value.IsCalendar() {
		b.WriteString(" (" + ValueLabel(m.Value) + ")")
	}
	if m.Value.Mod != timex.NoMod {
		b.WriteString(", " + strings.ToLower(m.Value.Mod.String()))
	}
	if !m.Anchor.IsZero() {
		if m.Anaphoric {
			b.WriteString("; counted from the earlier mention " + m.Anchor.String())
		} else {
			b.WriteString("; resolved against " + m.Anchor.String() + ", from " + string(a.Anchor.Source))
		}
		switch {
		case m.FromTense && m.Dir < 0:
			b.WriteString(", looking back (past tense)")
		case m.FromTense && m.Dir > 0:
			b.WriteString(", looking ahead (future tense)")
		}
	}
	b.WriteString("; rule " + m.Rule)
	return b.String()
}
