package site

import (
	"bytes"
	"io/fs"
	"reflect"
	"strings"
	"testing"
	"testing/fstest"
	"time"

	"github.com/newsroom/timeline/static"
	"github.com/newsroom/timeline/templates"
	"github.com/newsroom/timeline/timeline/article"
	"github.com/newsroom/timeline/timeline/event"
	"github.com/newsroom/timeline/timeline/temporal"
	"github.com/newsroom/timeline/timeline/timex"
)

// articleKey (and docKey, from the article itself) list the fields of the
// article view by hand; a field added to the view must be added to the
// keys too, or the memo would hand out pages that lack it. This test
// fails until they agree.
func TestArticleKeyCoversTheView(t *testing.T) {
	for _, c := range []struct {
		v    any
		want int
	}{
		{articleView{}, 13},
		{articlePage{}, 2},
		{page{}, 4},
		{siteView{}, 7},
		{Mark{}, 6},
		// monthKey's; a card (eventView, sourceView, badgeView) is keyed by
		// its event's content and depth (viewKey): a field drawn from
		// anything else must go into viewKey (Card is drawn from the other
		// fields, with the templates: cardKey)
		{monthPage{}, 6},
		{monthView{}, 4},
		{groupView{}, 4},
		{eventView{}, 19}, // Media: from the sources' articles (docFacts); cite and citeDepth are set only with no memo (renderer.card)
		{sourceView{}, 12},
		{badgeView{}, 3},
		{monthLink{}, 4},
		{filterView{}, 3},
		// sourcesKey's
		{sourcesPage{}, 2},
		{outletView{}, 4},
		{articleListView{}, 6},
	} {
		if n := reflect.TypeOf(c.v).NumField(); n != c.want {
			t.Errorf("%T has %d fields, the memo keys know %d: update articleKey and docKey, monthKey or sourcesKey, then this test", c.v, n, c.want)
		}
	}
	// Events on an article page show these fields of eventView.
	s := &Site{}
	a := articlePage{Article: articleView{Events: []eventView{{ID: "e-1", Title: "x", DateLabel: "Dec. 1", DateTime: "2014-12-01", Href: "index.html#e-1"}}}}
	b := a
	b.Article.Events = []eventView{{ID: "e-1", Title: "x", DateLabel: "Dec. 1", DateTime: "2014-12-01", Href: "months/2014-12.html#e-1"}}
	if s.articleKey(a, nil, &articleForKey) == s.articleKey(b, nil, &articleForKey) {
		t.Error("an event moving to another page does not change the key")
	}
}

var articleForKey = article.Article{Body: "On Monday."}

// eventKey stands for an event's card and its events.json entry in the
// memo: changing anything either shows must change it.
func TestEventKeyCoversCardAndExport(t *testing.T) {
	mk := func() *event.Event {
		a := &article.Article{ID: "a", Path: "a.md", Title: "Headline", Outlet: "Ledger", URL: "https://example.com/a",
			Anchor: article.Anchor{Time: time.Date(2014, 12, 17, 0, 0, 0, 0, time.UTC), Source: article.FromFrontMatter}}
		day := timex.DayOf(time.Date(2014, 12, 16, 0, 0, 0, 0, time.UTC))
		tm := event.Time{Value: day, Start: time.Date(2014, 12, 16, 0, 0, 0, 0, time.UTC), End: time.Date(2014, 12, 17, 0, 0, 0, 0, time.UTC)}
		a.Body = "Sony canceled the release on Tuesday."
		src := &event.Source{Doc: &event.Doc{Article: a}, Sentence: article.Sentence{Start: 0, End: len(a.Body)}, Text: a.Body,
			Mention: &temporal.Mention{Start: 30, End: 37, Text: "Tuesday", Value: day, Rule: "weekday", Anchor: anchorOf(a)}, Time: tm}
		return &event.Event{ID: "e-1", Time: tm, Title: "Sony canceled the release", Sources: []*event.Source{src}, Evidence: []string{"x"}}
	}
	m := NewMemo()
	base := m.eventKey(mk(), nil)
	if again := m.eventKey(mk(), nil); again != base {
		t.Fatal("the same event gives two keys")
	}
	for name, change := range map[string]func(e *event.Event){
		"title": func(e *event.Event) { e.Title = "Sony pulled the film" },
		"mention anchor": func(e *event.Event) {
			v := timex.DayOf(time.Date(2014, 12, 18, 0, 0, 0, 0, time.UTC))
			e.Sources[0].Mention.Anchor = &v
		},
		"time":     func(e *event.Event) { e.Time.Qualifier = event.Approximate },
		"disputed": func(e *event.Event) { e.Disputed = true },
		"score":    func(e *event.Event) { e.Score = 2 },
		"evidence": func(e *event.Event) { e.Evidence = []string{"y"} },
		"sentence": func(e *event.Event) {
			s := e.Sources[0]
			s.Doc.Article.Body = "Sony canceled it on Tuesday."
			s.Sentence.End = len(s.Doc.Article.Body)
			s.Text = s.Doc.Article.Body
		},
		"sentence bounds": func(e *event.Event) { e.Sources[0].Sentence.Start = 5 },
		"mention value":   func(e *event.Event) { e.Sources[0].Mention.Value.Day = 9 },
		"mention rule":    func(e *event.Event) { e.Sources[0].Mention.Rule = "other" },
		"source time":     func(e *event.Event) { e.Sources[0].Time.Qualifier = event.Before },
		"headline":        func(e *event.Event) { e.Sources[0].Doc.Article.Title = "Other" },
		"outlet":          func(e *event.Event) { e.Sources[0].Doc.Article.Outlet = "Courier" },
		"url":             func(e *event.Event) { e.Sources[0].Doc.Article.URL = "https://example.com/b" },
		"image":           func(e *event.Event) { e.Sources[0].Doc.Article.Image.URL = "https://example.com/b.jpg" },
		"image alt":       func(e *event.Event) { e.Sources[0].Doc.Article.Image.Alt = "A pier" },
		"image size":      func(e *event.Event) { e.Sources[0].Doc.Article.Image.Width = 640 },
		"dateline":        func(e *event.Event) { e.Sources[0].Doc.Article.Anchor.Source = article.FromInferred },
		"another source":  func(e *event.Event) { e.Sources = append(e.Sources, e.Sources[0]) },
		"article id":      func(e *event.Event) { e.Sources[0].Doc.Article.ID = "b" },
		"source status":   func(e *event.Event) { e.Sources[0].Status = event.StatusPlanned },
		"dateline clock": func(e *event.Event) {
			a := e.Sources[0].Doc.Article
			a.Anchor.Time, a.Anchor.HasClock = a.Anchor.Time.Add(21*time.Hour), true
		},
		"dateline zone": func(e *event.Event) {
			a := e.Sources[0].Doc.Article
			a.Anchor.Time = time.Date(2014, 12, 17, 0, 0, 0, 0, time.FixedZone("", -5*3600))
		},
	} {
		e := mk()
		change(e)
		if m.eventKey(e, nil) == base {
			t.Errorf("changing the event's %s leaves its memo key as it was", name)
		}
	}
	// A card shows what its sources say, not which read of their articles
	// they come from: an article read again (another serial, its dateline's
	// zone made anew) with a sentence added that no event cites keys the
	// same, so the month pages showing its events are not drawn again.
	zoned := func(serial uint64, body string) *event.Event {
		e := mk()
		a := e.Sources[0].Doc.Article
		a.Anchor.Time = time.Date(2014, 12, 17, 21, 40, 0, 0, time.FixedZone("", -5*3600))
		a.Body += body
		e.Sources[0].Doc.Serial = serial
		return e
	}
	first := m.eventKey(zoned(1, ""), nil)
	if again := m.eventKey(zoned(2, " The newsroom added this line."), nil); again != first {
		t.Error("an article read again, the same but for a sentence no event cites, changes its events' keys")
	}
}

// anchorOf is a mention's anchor as the tagger makes it for each read: a
// new pointer to the article's day (equal values, other addresses).
func anchorOf(a *article.Article) *timex.Value {
	v := timex.DayOf(a.Anchor.Time)
	return &v
}

// A memo hands a render the templates the last one parsed only when they
// are the same files: a template changed between renders (serve watches
// them) is parsed again, and a page shows it.
func TestMemoParsesChangedTemplates(t *testing.T) {
	files := fstest.MapFS{}
	fs.WalkDir(templates.FS, ".", func(p string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			b, _ := fs.ReadFile(templates.FS, p)
			files[p] = &fstest.MapFile{Data: b}
		}
		return nil
	})
	m := NewMemo()
	first, err := New(Config{Memo: m}, files, static.FS)
	if err != nil {
		t.Fatal(err)
	}
	again, err := New(Config{Memo: m}, files, static.FS)
	if err != nil {
		t.Fatal(err)
	}
	if again.pages["data.html"] != first.pages["data.html"] {
		t.Error("the same templates were parsed again")
	}
	data := files["data.html"].Data
	files["data.html"] = &fstest.MapFile{Data: bytes.Replace(data, []byte("<h1>Data</h1>"), []byte("<h1>Data</h1><p>changed-template-mark</p>"), 1)}
	if bytes.Equal(files["data.html"].Data, data) {
		t.Fatal("data.html has no <h1>Data</h1> to mark")
	}
	changed, err := New(Config{Memo: m}, files, static.FS)
	if err != nil {
		t.Fatal(err)
	}
	if changed.pages["data.html"] == first.pages["data.html"] || changed.fingerprint == first.fingerprint {
		t.Fatal("a changed template was taken from the memo")
	}
	var b strings.Builder
	if err := changed.pages["data.html"].ExecuteTemplate(&b, "data.html", dataPage{page: page{Root: "./"}}); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(b.String(), "changed-template-mark") {
		t.Error("the page is not drawn with the changed template")
	}
}
