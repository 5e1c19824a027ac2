package site

import (
	"context"
	"io/fs"
	"os"
	"strings"
	"testing"
	"testing/fstest"
	"time"

	"github.com/newsroom/timeline/static"
	"github.com/newsroom/timeline/templates"
	"github.com/newsroom/timeline/timeline/article"
	"github.com/newsroom/timeline/timeline/event"
	"github.com/newsroom/timeline/timeline/temporal"
)

func builtinSite(t testing.TB) *Site {
	t.Helper()
	s, err := New(Config{Title: "cards"}, templates.FS, static.FS)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// templateCard draws v with the "event" template, as a site that
// overrides the card would.
func templateCard(t testing.TB, s *Site, v *eventView) string {
	t.Helper()
	var b strings.Builder
	if err := s.pages["index.html"].ExecuteTemplate(&b, "event", v); err != nil {
		t.Fatal(err)
	}
	return b.String()
}

func goCard(v *eventView) string {
	var b strings.Builder
	writeCard(&b, v)
	return b.String()
}

// The built-in card is drawn by Go code only while the template is the
// one that code was written from.
func TestBuiltinCard(t *testing.T) {
	s := builtinSite(t)
	if !s.builtinCard["index.html"] || !s.builtinCard["month.html"] {
		t.Fatalf("templates/event.html's card is not the one writeCard draws: make writeCard draw it "+
			"(TestCardMatchesTemplate), then set builtinCard to %q", cardTree(s.pages["index.html"]))
	}
	// A site whose event.html draws its own card.
	fsys := fstest.MapFS{}
	files, _ := fs.Glob(templates.FS, "*.html")
	for _, f := range files {
		b, _ := fs.ReadFile(templates.FS, f)
		fsys[f] = &fstest.MapFile{Data: b}
	}
	fsys["event.html"] = &fstest.MapFile{Data: []byte(`{{define "event"}}<p>{{.Title}}</p>{{end}}{{define "days"}}{{end}}`)}
	o, err := New(Config{}, fsys, static.FS)
	if err != nil {
		t.Fatal(err)
	}
	if o.builtinCard["month.html"] {
		t.Error("a site's own card template is drawn as the built-in card")
	}
	// A site whose month page alone has its own card.
	fsys["event.html"] = &fstest.MapFile{Data: mustRead(t, "event.html")}
	fsys["month.html"] = &fstest.MapFile{Data: append(mustRead(t, "month.html"), `{{define "event"}}<p>{{.Title}}</p>{{end}}`...)}
	if o, err = New(Config{}, fsys, static.FS); err != nil {
		t.Fatal(err)
	}
	if !o.builtinCard["index.html"] || o.builtinCard["month.html"] {
		t.Errorf("cards drawn by Go code per page: %v", o.builtinCard)
	}
}

// Cards are made whole up front only when a page of cards reads their
// quotes or citations outside the card, as a site's own page may.
func TestWholeCards(t *testing.T) {
	if s := builtinSite(t); s.wholeCards {
		t.Error("the built-in pages of cards read a card's citations outside it: each would be made up front")
	}
	fsys := fstest.MapFS{}
	files, _ := fs.Glob(templates.FS, "*.html")
	for _, f := range files {
		fsys[f] = &fstest.MapFile{Data: mustRead(t, f)}
	}
	fsys["month.html"] = &fstest.MapFile{Data: append(mustRead(t, "month.html"), `{{define "cited"}}{{range .Sources}}{{.Outlet}}{{end}}{{end}}`...)}
	o, err := New(Config{}, fsys, static.FS)
	if err != nil {
		t.Fatal(err)
	}
	if !o.wholeCards {
		t.Error("a month page reading .Sources outside the card gets cards whose citations are made only as the card is drawn")
	}
}

func mustRead(t *testing.T, name string) []byte {
	b, err := fs.ReadFile(templates.FS, name)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// hostile is text that every escaper treats differently.
const hostile = "a b+c'\"<>&\x00é\xff%2F%zz%2 javascript:x/y?q=1&r=2#f @[]\ufdd0"

// TestCardMatchesTemplate compares writeCard with the template on cards
// of every shape: from the demo site's timeline, and with text that
// every escaper treats differently in every field.
func TestCardMatchesTemplate(t *testing.T) {
	s := builtinSite(t)
	views := demoViews(t)
	for _, text := range []string{"", hostile, "javascript:alert(1)", "HTTP://example.com/a?b=c&d=e", "../articles/x.html", "mailto:a@b", "/a:b"} {
		views = append(views, filledView(text))
	}
	t.Logf("%d cards compared", len(views))
	for i := range views {
		v := &views[i]
		if got, want := goCard(v), templateCard(t, s, v); got != want {
			t.Errorf("card %q differs from the template's:\n got %q\nwant %q", v.ID, got, want)
		}
	}
}

func FuzzCard(f *testing.F) {
	for _, s := range []string{"", hostile, "javascript:alert(1)", "%41%zz", "mailto:x", "\xff\xfe"} {
		f.Add(s, true)
	}
	s := builtinSite(f)
	f.Fuzz(func(t *testing.T, text string, flags bool) {
		v := filledView(text)
		v.Disputed, v.Planned = flags, !flags
		if got, want := goCard(&v), templateCard(t, s, &v); got != want {
			t.Fatalf("card differs from the template's:\n got %q\nwant %q", got, want)
		}
	})
}

// filledView has text in every field the card shows.
func filledView(text string) eventView {
	src := sourceView{Outlet: text, Headline: text, URL: text, Sentence: text, Dateline: text, DatelineISO: text,
		ArticleHref: text, MarkID: text, Inferred: true, Beforehand: true}
	return eventView{ID: text, Title: text, DateLabel: text, DateTime: text, Start: text,
		Media:   &mediaView{URL: text, Alt: text, Credit: text, Width: len(text), Height: 9},
		Badges:  []badgeView{{Label: text, Class: text, Explain: text}, {}},
		Sources: []sourceView{src, {}}, More: []sourceView{src, {Dateline: text}},
		Disputed: true, Planned: true, SourceDates: []string{text, text}, Evidence: []string{text, ""}, OutletKeys: text}
}

// demoViews are the cards of the demo site (content/), at both depths.
func demoViews(t *testing.T) []eventView {
	tl := demoTimeline(t)
	r := &renderer{cfg: Config{}, keys: map[*event.Event]eventKeys{}}
	var views []eventView
	for _, e := range tl.Events {
		views = append(views, r.eventView(e, 0), r.eventView(e, 1))
	}
	return views
}

// demoTimeline is the demo site's (content/) timeline.
func demoTimeline(t *testing.T) *event.Timeline {
	const dir = "../../content"
	if _, err := os.Stat(dir); err != nil {
		t.Skipf("demo content not found at %s", dir)
	}
	fsys := os.DirFS(dir)
	found, err := article.Discover(fsys)
	if err != nil {
		t.Fatal(err)
	}
	arts, _ := article.NewReader(time.UTC).ReadAll(context.Background(), fsys, found.Files)
	tg := temporal.MustNew()
	var docs []*event.Doc
	for _, a := range arts {
		docs = append(docs, &event.Doc{Article: a, Mentions: tg.Tag(a.TagText(), a.Anchor.Time)})
	}
	tl, _ := event.NewBuilder(event.Options{Tag: tg.Tag}).Build(context.Background(), docs)
	if len(tl.Events) == 0 {
		t.Fatal("the demo site has no events")
	}
	return tl
}
