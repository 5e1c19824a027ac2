package site

import (
	"context"
	"fmt"
	"html/template"
	"slices"
	"sort"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/newsroom/timeline/timeline/article"
	"github.com/newsroom/timeline/timeline/event"
	"github.com/newsroom/timeline/timeline/internal/parallel"
	"github.com/newsroom/timeline/timeline/timex"
)

// View models: plain data the templates read, built once per render.

type siteView struct {
	Title, Description, Language, Version string
	BaseURL                               string
	ArticleCount                          int
	LiveReload                            bool
}

type page struct {
	Site      siteView
	Root      string // relative path to the site root: "" or "../../"
	Canonical string // the page's address under baseURL, "" without one
	Image     string // the picture a share of the page shows: an article's lead image
}

type badgeView struct{ Label, Class, Explain string }

type sourceView struct {
	Outlet, Headline, URL, Sentence string
	Dateline, DatelineISO           string
	ArticleHref, MarkID             string
	Inferred                        bool
	Beforehand                      bool // told before it happened (event.Event.Beforehand)
	Expr, Value                     string
}

// quotedSources is how many sources an event card quotes in full.
const quotedSources = 4

type eventView struct {
	ID, Title, DateLabel, DateTime string
	Start                          string // first day, for ordering checks and scripts
	Badges                         []badgeView
	Media                          *mediaView // a source page's lead image, if any
	Sources                        []sourceView
	More                           []sourceView // cited, not quoted
	Disputed, Planned              bool
	SourceDates                    []string
	Evidence                       []string
	OutletKeys                     string
	Href                           string // from the site root, on article pages
	// Card is the event drawn with the "event" template, once for every
	// page that shows it (see Site.drawCard).
	Card template.HTML
	// key, set when the card came through the memo, identifies all of the
	// above but Href (monthKey hashes it instead of the fields).
	key viewKey
	// cite, when set, is the event whose quotes and citations are made
	// only as the card is drawn, for a page citeDepth levels down
	// (renderer.card).
	cite      *event.Event
	citeDepth int
}

// mediaView is the image a card shows: a source page's lead image,
// referenced where the page keeps it (never fetched), with its credit.
type mediaView struct {
	URL, Alt, Credit string
	Width, Height    int // 0 when unknown; the stylesheet holds the shape either way
}

// mediaOf is the lead image of the first of e's sources whose page has
// one.
func mediaOf(e *event.Event) *mediaView {
	for _, s := range e.Sources {
		a := s.Doc.Article
		if u := safeURL(a.Image.URL); u != "" {
			return &mediaView{URL: u, Alt: a.Image.Alt, Credit: a.Outlet, Width: a.Image.Width, Height: a.Image.Height}
		}
	}
	return nil
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
	Lines                                 []summaryLineView // the day's summary (event.KeyDate.Summary)
	Event                                 eventView
	Others                                int
	Rank                                  int // 1 for the day the articles say most about
}

// summaryLineView is a sentence of a key date's summary and where it is
// from: the card it tells, or the article it quotes (Outlet names it).
type summaryLineView struct {
	Text, Href, Outlet string
}

type outletView struct {
	Key, Name, URL string // URL: the outlet's home page, from _outlets.yaml
	Articles       []articleListView
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
	// Overview is the picture of the whole timeline (overview.go), and
	// OverviewCaption says it in words.
	Overview        template.HTML
	OverviewCaption string
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
	Readings                                              []readingView // drawn from the marks and the body
	Events                                                []eventView
	Removed                                               []article.Removed
	Warnings                                              []string
}

// readingView is a time expression with the technical account of how it
// was read (TIMEX3 value, anchor, rule).
type readingView struct{ ID, Text, Detail string }

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

// dateline is an article's dateline as a list shows it, and as ISO 8601.
type dateline struct{ label, iso string }

func datelineOf(a *article.Article) dateline {
	label, iso := datelineLabel(a)
	return dateline{label, iso}
}

func datelineLabel(a *article.Article) (label, iso string) {
	if a.Anchor.IsZero() {
		return "", ""
	}
	t := a.Anchor.Time
	label = apDay(t)
	iso = t.Format(time.DateOnly)
	if a.Anchor.HasClock {
		label += ", " + clock(t.Hour(), t.Minute())
		iso = t.Format("2006-01-02T15:04")
		if a.Anchor.HasZone {
			label += " " + zoneName(t)
			iso = t.Format(time.RFC3339)
		}
	}
	return label, iso
}

func (r *renderer) eventView(e *event.Event, depth int) eventView {
	v := eventHead(e)
	r.citeSources(&v, e, distinctSources(e), depth)
	return v
}

// card is e's card as a page of cards takes it. With no memo to keep
// cards in, it is only the head (what the page and the search index read
// besides the card): the quotes and citations, most of a card's bytes,
// are made as the card is drawn and dropped after (fillCard, dropCard).
// At 10,000 articles every card made up front held 90 MB of a build's
// 270 MB peak.
func (r *renderer) card(e *event.Event, depth int) eventView {
	if r.cfg.Memo != nil || r.wholeCards {
		return r.view(e, depth)
	}
	v := eventHead(e)
	v.cite, v.citeDepth = e, depth
	return v
}

// fillCard makes v's quotes and citations, if card left them to be
// made, and reports whether it did.
func (r *renderer) fillCard(v *eventView) bool {
	if v.cite == nil {
		return false
	}
	r.citeSources(v, v.cite, distinctSources(v.cite), v.citeDepth)
	return true
}

// readsCitations reports whether a page's templates, but its card
// ("event"), name a field fillCard makes: a site's own page may show
// them outside the card.
func readsCitations(t *template.Template) bool {
	for _, x := range t.Templates() {
		if x.Name() == "event" || x.Tree == nil || x.Tree.Root == nil {
			continue
		}
		text := x.Tree.Root.String()
		for _, f := range []string{".Sources", ".More", ".Evidence", ".SourceDates"} {
			if strings.Contains(text, f) {
				return true
			}
		}
	}
	return false
}

// dropCard lets go of what fillCard made, once the card is drawn.
func (v *eventView) dropCard() {
	v.Sources, v.More, v.Evidence, v.SourceDates = nil, nil, nil, nil
}

// distinctSources are e's sources, one per article: a story that
// mentions the happening twice is one source (events.json keeps every
// mention).
func distinctSources(e *event.Event) []*event.Source {
	var srcs []*event.Source
	shown := map[*article.Article]bool{}
	for _, s := range e.Sources {
		if !shown[s.Doc.Article] {
			shown[s.Doc.Article] = true
			srcs = append(srcs, s)
		}
	}
	return srcs
}

// eventHead is e's card but its quotes and citations (citeSources). What
// it reads of the sources is their articles' (dateline, outlet): an
// article's second mention changes nothing, so no distinctSources.
func eventHead(e *event.Event) eventView {
	v := eventView{ID: e.ID, Title: e.Title, DateLabel: EventLabel(e), DateTime: DateTimeAttr(e.Time.Value), Start: e.Time.Start.Format(time.DateOnly),
		Disputed: e.Disputed, Planned: e.Status == event.StatusPlanned, Media: mediaOf(e)}
	if e.Time.Qualifier == event.Approximate {
		v.Badges = append(v.Badges, badgeView{"approximate", "approx", "The text gives this time only roughly."})
	}
	if e.Relative {
		v.Badges = append(v.Badges, badgeView{"relative", "relative", "Dated from another time: the article says how long before or after."})
	}
	if b, ok := statusBadge(e); ok {
		v.Badges = append(v.Badges, b)
	}
	if e.Disputed {
		v.Badges = append(v.Badges, badgeView{"disputed", "disputed", "The sources give different dates."})
	}
	// An inferred dateline is its source's (each source says so in its
	// line); the event is badged only when every source's date is.
	if e.Inferred && allInferred(e.Sources) {
		v.Badges = append(v.Badges, badgeView{"inferred", "inferred", "No source gave a dateline; the date was inferred from other reports."})
	}
	names := map[string]bool{} // each outlet's name once: its key is a slug
	for _, s := range e.Sources {
		names[s.Doc.Article.Outlet] = true
	}
	keys := make([]string, 0, len(names))
	for n := range names {
		keys = append(keys, outletKey(n))
	}
	slices.Sort(keys)
	keys = slices.Compact(keys) // two names may slug alike
	v.OutletKeys = strings.Join(keys, " ")
	return v
}

// citeSources makes v's quotes, citations, merge lines and, for a
// disputed event, its sources' dates: srcs are e's distinctSources.
func (r *renderer) citeSources(v *eventView, e *event.Event, srcs []*event.Source, depth int) {
	// A happening told by dozens of articles quotes a few, one outlet
	// each before any outlet twice, and lists the rest: the card stays
	// readable and shows who reported it.
	quoted := map[*event.Source]bool{}
	var picks []*event.Source
	for pass := 0; pass < 2 && len(picks) < quotedSources; pass++ {
		seen := map[string]bool{}
		for _, s := range srcs {
			if len(picks) == quotedSources {
				break
			}
			if k := outletKey(s.Doc.Article.Outlet); !quoted[s] && (pass == 1 || !seen[k]) {
				quoted[s], seen[k] = true, true
				picks = append(picks, s)
			}
		}
	}
	for _, s := range picks {
		sv := r.sourceView(s, depth)
		sv.Beforehand = e.Beforehand(s)
		if sameText(sv.Sentence, v.Title) {
			sv.Sentence = "" // the title says it all: not twice
		}
		v.Sources = append(v.Sources, sv)
	}
	v.Evidence = whyLines(e, srcs)
	if n := len(srcs) - len(picks); n > 0 {
		// At its length: a large archive's card lists hundreds, and grown
		// by doubling they were a tenth of what drawing the site allocates.
		v.More = make([]sourceView, 0, n)
	}
	for _, s := range srcs {
		if !quoted[s] {
			v.More = append(v.More, r.sourceView(s, depth))
		}
	}
	if e.Disputed {
		v.SourceDates = sourceDates(srcs)
	}
}

func (r *renderer) sourceView(s *event.Source, depth int) sourceView {
	a := s.Doc.Article
	dl, iso := datelineLabel(a)
	return sourceView{
		Outlet: a.Outlet, Headline: headlineOf(a), URL: safeURL(a.URL), Sentence: s.Text, Dateline: dl, DatelineISO: iso,
		ArticleHref: r.root(depth) + ArticlePath(a.ID), MarkID: markID(*s.Mention),
		Inferred: a.Anchor.Source == article.FromInferred, Expr: s.Mention.Text, Value: s.Mention.Value.String(),
	}
}

// headlineOf is an article's headline as a citation links it: an
// article with none is still a link a reader can see.
func headlineOf(a *article.Article) string {
	if strings.TrimSpace(a.Title) == "" {
		return "the article"
	}
	return a.Title
}

// sameText reports whether a sentence says no more than a title: equal
// but for case, spaces and the closing full stop.
func sameText(sentence, title string) bool {
	// Word by word and rune by rune, lower-cased as strings.ToLower does:
	// the normal forms, made for every quoted source, were garbage.
	s, t := strings.TrimRight(sentence, " ."), strings.TrimRight(title, " .")
	for {
		var a, b string
		a, s = cutField(s)
		b, t = cutField(t)
		if a == "" || b == "" {
			return a == b
		}
		if !sameLower(a, b) {
			return false
		}
	}
}

// cutField is s's first word as strings.Fields splits it, and the rest
// after it; "" when there is none.
func cutField(s string) (string, string) {
	i := 0
	for i < len(s) {
		r, n := utf8.DecodeRuneInString(s[i:])
		if !unicode.IsSpace(r) {
			break
		}
		i += n
	}
	j := i
	for j < len(s) {
		r, n := utf8.DecodeRuneInString(s[j:])
		if unicode.IsSpace(r) {
			break
		}
		j += n
	}
	return s[i:j], s[j:]
}

// sameLower reports whether strings.ToLower(a) == strings.ToLower(b).
func sameLower(a, b string) bool {
	for a != "" && b != "" {
		ra, na := utf8.DecodeRuneInString(a)
		rb, nb := utf8.DecodeRuneInString(b)
		if ra != rb && unicode.ToLower(ra) != unicode.ToLower(rb) {
			return false
		}
		a, b = a[na:], b[nb:]
	}
	return a == "" && b == ""
}

func allInferred(srcs []*event.Source) bool {
	for _, s := range srcs {
		if s.Doc.Article.Anchor.Source != article.FromInferred {
			return false
		}
	}
	return true
}

// maxSourceDates is how many of the dates a disputed event's sources give
// its card names; the rest are counted.
const maxSourceDates = 4

// sourceDates says which dates a disputed event's sources give: by day,
// with the outlets that give each when there are few sources, else with
// how many sources give it, the commonest first.
func sourceDates(srcs []*event.Source) []string {
	var days []string
	outlets := map[string][]string{}
	count := map[string]int{}
	for _, s := range srcs {
		t := s.Time
		if t.End.Sub(t.Start) <= 24*time.Hour {
			t = event.Time{Value: timex.DayOf(t.Start), Start: t.Start, End: t.End} // "early"/"late" of a day is that day
		}
		d := TimeLabel(t)
		if count[d] == 0 {
			days = append(days, d)
		}
		count[d]++
		if o := s.Doc.Article.Outlet; !slices.Contains(outlets[d], o) {
			outlets[d] = append(outlets[d], o)
		}
	}
	var out []string
	if len(srcs) <= 2*maxSourceDates {
		for _, d := range days {
			out = append(out, d+" ("+strings.Join(outlets[d], ", ")+")")
		}
		return out
	}
	sort.SliceStable(days, func(i, j int) bool { return count[days[i]] > count[days[j]] })
	for i, d := range days {
		if i == maxSourceDates {
			out = append(out, fmt.Sprintf("%d more dates", len(days)-i))
			break
		}
		n := fmt.Sprintf("%d sources", count[d])
		if count[d] == 1 {
			n = "1 source"
		}
		out = append(out, d+" ("+n+")")
	}
	return out
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

func (r *renderer) outlets(tl *event.Timeline, perDoc []event.DocEvents) []outletView {
	// Datelines are formatted on every core (10,000 of them took longer
	// than the rest of the list), or taken from the memo's hashes, which
	// keep them.
	lines := make([]dateline, len(tl.Docs))
	if r.cfg.Memo != nil {
		for i, d := range tl.Docs {
			lines[i] = r.hashes(d).dateline
		}
	} else {
		parallel.Do(context.Background(), len(lines), func(i int) { lines[i] = datelineOf(tl.Docs[i].Article) })
	}
	byKey := map[string]*outletView{}
	keyOf := map[string]string{} // outlet name → key, made once per name
	var keys []string
	for i, d := range tl.Docs {
		a := d.Article
		k, ok := keyOf[a.Outlet]
		if !ok {
			k = outletKey(a.Outlet)
			keyOf[a.Outlet] = k
		}
		o, ok := byKey[k]
		if !ok {
			name := a.Outlet
			if name == "" {
				name = "Unknown outlet"
			}
			o = &outletView{Key: k, Name: name, URL: safeURL(a.OutletURL)}
			byKey[k] = o
			keys = append(keys, k)
		}
		dl, iso := lines[i].label, lines[i].iso
		o.Articles = append(o.Articles, articleListView{ID: a.ID, Title: a.Title, Dateline: dl, DatelineISO: iso,
			EventCount: perDoc[i].Sources, Inferred: a.Anchor.Source == article.FromInferred})
	}
	sort.Strings(keys)
	out := make([]outletView, len(keys))
	for i, k := range keys {
		out[i] = *byKey[k]
	}
	return out
}
