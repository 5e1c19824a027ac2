package site_test

import (
	"archive/zip"
	"bytes"
	"context"
	"encoding/json"
	"encoding/xml"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/newsroom/timeline/static"
	"github.com/newsroom/timeline/templates"
	"github.com/newsroom/timeline/timeline/article"
	"github.com/newsroom/timeline/timeline/event"
	"github.com/newsroom/timeline/timeline/site"
	"github.com/newsroom/timeline/timeline/temporal"
	"github.com/newsroom/timeline/timeline/timeml"
	"golang.org/x/net/html"
)

var update = flag.Bool("update", false, "rewrite testdata/golden")

// memWriter collects a rendered site.
type memWriter struct {
	mu    sync.Mutex
	files map[string][]byte
}

func (m *memWriter) WriteFile(name string, data []byte) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	m.files[name] = data
	return nil
}

// render builds and renders a fixture site from name → file contents.
func render(t *testing.T, files map[string]string) map[string][]byte {
	t.Helper()
	return renderWith(t, site.Config{Title: "Fixture <Timeline>", Version: "test"}, files)
}

func renderWith(t *testing.T, cfg site.Config, files map[string]string) map[string][]byte {
	t.Helper()
	tg := temporal.MustNew()
	rd := article.NewReader(time.UTC)
	var names []string
	for n := range files {
		names = append(names, n)
	}
	sort.Strings(names)
	var docs []*event.Doc
	for _, n := range names {
		a, err := rd.Parse(n, []byte(files[n]))
		if err != nil {
			t.Fatal(err)
		}
		docs = append(docs, &event.Doc{Article: a, Mentions: tg.Tag(a.TagText(), a.Anchor.Time)})
	}
	tl, _ := event.NewBuilder(event.Options{Tag: tg.Tag}).Build(context.Background(), docs)
	s, err := site.New(cfg, templates.FS, static.FS)
	if err != nil {
		t.Fatal(err)
	}
	w := &memWriter{files: map[string][]byte{}}
	if err := s.Render(context.Background(), tl, w); err != nil {
		t.Fatal(err)
	}
	return w.files
}

var fixture = map[string]string{
	"ledger/pull.md": `---
title: Studio pulls its comedy
date: 2014-12-17 21:40 -05:00
outlet: The Ledger
url: https://example.org/pull
---

The studio **canceled** the film's release on Wednesday, a week before Christmas Day.
Theater chains had dropped it on Tuesday.
`,
	"wire/report.txt": `icon menu icon search icon close icon share
Dec. 18, 2014 6:05 a.m. ET
Officials link the attack to North Korea

On Wednesday the studio canceled the release of the comedy, officials said.
Investigators will brief Congress on Friday.

READ MORE: Another story
`,
}

// TestGolden compares the pages of a small fixture site with
// testdata/golden; run with -update to accept a change.
func TestGolden(t *testing.T) {
	files := render(t, fixture)
	for _, name := range []string{"index.html", "sources.html", "articles/ledger-pull.html", "articles/wire-report.html", "events.json", "feed.json"} {
		got, ok := files[name]
		if !ok {
			t.Errorf("%s not rendered; have %v", name, keys(files))
			continue
		}
		golden := filepath.Join("testdata", "golden", strings.ReplaceAll(name, "/", "_"))
		if strings.HasSuffix(name, ".json") {
			// JSON is written compact; the golden copy is indented to be read.
			var b bytes.Buffer
			if err := json.Indent(&b, got, "", "  "); err != nil {
				t.Fatalf("%s: %v", name, err)
			}
			if bytes.Count(got, []byte("\n")) != 1 {
				t.Errorf("%s is not one line of compact JSON", name)
			}
			got = b.Bytes()
		}
		if *update {
			os.WriteFile(golden, got, 0o644)
			continue
		}
		want, err := os.ReadFile(golden)
		if err != nil {
			t.Fatalf("%v (run go test -update to create it)", err)
		}
		if string(got) != string(want) {
			t.Errorf("%s differs from %s (go test -update to accept):\n%s", name, golden, firstDiff(string(want), string(got)))
		}
	}
	// Deterministic: a second render is byte-identical.
	again := render(t, fixture)
	for name, b := range files {
		if string(again[name]) != string(b) {
			t.Errorf("%s differs between two renders", name)
		}
	}
}

func keys(m map[string][]byte) []string {
	var out []string
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

func firstDiff(a, b string) string {
	al, bl := strings.Split(a, "\n"), strings.Split(b, "\n")
	for i := 0; i < len(al) && i < len(bl); i++ {
		if al[i] != bl[i] {
			return "line " + itoa(i+1) + ":\n- " + al[i] + "\n+ " + bl[i]
		}
	}
	return "lengths differ"
}

func itoa(n int) string { return strings.TrimSpace(strings.Repeat(" ", 0) + jsonNum(n)) }

func jsonNum(n int) string { b, _ := json.Marshal(n); return string(b) }

// checkICS validates the RFC 5545 framing: CRLF line ends, lines of at
// most 75 octets, continuation lines starting with a space, balanced
// BEGIN/END, all-day dates on every event.
func checkICS(s string) error {
	if !strings.HasSuffix(s, "\r\n") {
		return fmt.Errorf("does not end with CRLF")
	}
	var unfolded []string
	for i, l := range strings.Split(strings.TrimSuffix(s, "\r\n"), "\r\n") {
		if strings.Contains(l, "\n") {
			return fmt.Errorf("line %d: bare LF", i+1)
		}
		if len(l) > 75 {
			return fmt.Errorf("line %d: %d octets", i+1, len(l))
		}
		if !utf8.ValidString(l) {
			return fmt.Errorf("line %d: folded inside a UTF-8 sequence", i+1)
		}
		if strings.HasPrefix(l, " ") {
			unfolded[len(unfolded)-1] += l[1:]
			continue
		}
		unfolded = append(unfolded, l)
	}
	depth, events := 0, 0
	for _, l := range unfolded {
		switch {
		case strings.HasPrefix(l, "BEGIN:"):
			depth++
			if l == "BEGIN:VEVENT" {
				events++
			}
		case strings.HasPrefix(l, "END:"):
			depth--
		case strings.HasPrefix(l, "DTSTART"):
			if !regexp.MustCompile(`^DTSTART;VALUE=DATE:\d{8}$`).MatchString(l) {
				return fmt.Errorf("bad %q", l)
			}
		}
		if !strings.Contains(l, ":") {
			return fmt.Errorf("not a content line: %q", l)
		}
	}
	if depth != 0 || events == 0 || unfolded[0] != "BEGIN:VCALENDAR" {
		return fmt.Errorf("unbalanced calendar (depth %d, %d events)", depth, events)
	}
	return nil
}

func wellFormedXML(b []byte) error {
	d := xml.NewDecoder(bytes.NewReader(b))
	for {
		if _, err := d.Token(); err == io.EOF {
			return nil
		} else if err != nil {
			return err
		}
	}
}

func TestExports(t *testing.T) {
	files := render(t, fixture)
	if err := checkICS(string(files["timeline.ics"])); err != nil {
		t.Errorf("timeline.ics: %v", err)
	}
	if !strings.Contains(string(files["timeline.ics"]), "DTSTART;VALUE=DATE:20141216") {
		t.Error("timeline.ics has no all-day event on Dec. 16")
	}
	// The release called off on Dec. 17 is no calendar entry; the plan
	// still to come says it is one.
	if ics := string(files["timeline.ics"]); strings.Contains(ics, "DTSTART;VALUE=DATE:20141217") || !strings.Contains(ics, "SUMMARY:planned: Investigators") {
		t.Errorf("timeline.ics: a calendar entry for a called-off release, or a plan not marked:\n%s", ics)
	}
	// TimelineJS3: a title slide and events with start_date.year, text.headline.
	var tjs struct {
		Title  struct{ Text struct{ Headline string } }
		Events []struct {
			StartDate map[string]string `json:"start_date"`
			Text      struct{ Headline, Text string }
			UniqueID  string `json:"unique_id"`
		}
	}
	if err := json.Unmarshal(files["timelinejs.json"], &tjs); err != nil || len(tjs.Events) == 0 || tjs.Title.Text.Headline == "" {
		t.Fatalf("timelinejs.json: %v %+v", err, tjs)
	}
	for _, e := range tjs.Events {
		if e.StartDate["year"] == "" || e.Text.Headline == "" || e.UniqueID == "" {
			t.Errorf("TimelineJS event %+v lacks a year, headline or id", e)
		}
	}
	// Every article's TimeML is in the zip, and reads back with its
	// expressions.
	zr, err := zip.NewReader(bytes.NewReader(files[site.TimeMLPath]), int64(len(files[site.TimeMLPath])))
	if err != nil || len(zr.File) != 2 || zr.File[0].Name != "ledger-pull.tml" || zr.File[1].Name != "wire-report.tml" {
		t.Fatalf("%s: %v %+v", site.TimeMLPath, err, zr)
	}
	rc, err := zr.File[0].Open()
	if err != nil {
		t.Fatal(err)
	}
	tml, err := io.ReadAll(rc) // also checks the entry's checksum
	if err != nil {
		t.Fatal(err)
	}
	tdoc, err := timeml.Parse("ledger-pull.tml", tml)
	if err != nil || len(tdoc.Timexes) < 2 || tdoc.DCTValue != "2014-12-17" {
		t.Fatalf("per-article TimeML: %v %+v", err, tdoc)
	}
	var doc struct {
		Schema   int `json:"schema"`
		Articles []struct {
			ID     string
			Anchor *struct{ Value, Source string }
		}
		Events []struct {
			ID      string
			Time    struct{ Value, Start, End, Granularity, Qualifier string }
			Sources []struct {
				Article, Expression, Value string
				Start, End                 int
			}
		}
		KeyDates []struct {
			Date   string
			Events []string
		} `json:"keyDates"`
	}
	if err := json.Unmarshal(files["events.json"], &doc); err != nil {
		t.Fatal(err)
	}
	if doc.Schema != 1 || len(doc.Articles) != 2 || len(doc.Events) == 0 || len(doc.KeyDates) == 0 {
		t.Fatalf("events.json: %+v", doc)
	}
	if a := doc.Articles[1]; a.ID != "wire-report" || a.Anchor.Source != "dateline" || a.Anchor.Value != "2014-12-18T06:05:00-05:00" {
		t.Errorf("article %+v", a)
	}
	ids := map[string]bool{}
	for _, e := range doc.Events {
		ids[e.ID] = true
		if e.Time.Start > e.Time.End || !regexp.MustCompile(`^\d{4}-\d\d-\d\d$`).MatchString(e.Time.Start) {
			t.Errorf("event %s time %+v", e.ID, e.Time)
		}
		for _, s := range e.Sources {
			if s.End <= s.Start || s.Expression == "" {
				t.Errorf("source %+v", s)
			}
		}
	}
	for _, k := range doc.KeyDates {
		for _, id := range k.Events {
			if !ids[id] {
				t.Errorf("key date %s names unknown event %s", k.Date, id)
			}
		}
	}
	var feed struct {
		Version string
		Items   []struct{ ID, URL, Title string }
	}
	if err := json.Unmarshal(files["feed.json"], &feed); err != nil || feed.Version != "https://jsonfeed.org/version/1.1" || len(feed.Items) == 0 {
		t.Errorf("feed.json: %v %+v", err, feed)
	}
}

// TestSummaryLines: a key date's summary in events.json gives its
// sentences in order, a card's by its id (and the day's events are led by
// those cards) and a report's sentence that no card tells by its article;
// such a line is no event (not listed in events).
func TestSummaryLines(t *testing.T) {
	files := render(t, map[string]string{
		"courier/surge.md": `---
date: 2014-12-16 20:00
outlet: The Courier
---

Kelby is a fishing town of four thousand people on the north coast.
A storm surge broke through the harbour wall at Kelby, flooding the old town and forcing hundreds from their homes.
The wall failed on Tuesday evening, the harbour board said.
`,
		"ledger/surge.md": `---
date: 2014-12-17 08:00
outlet: The Ledger
---

Kelby is used to storms, but not to this.
Hundreds of people in Kelby were forced from their homes after a storm surge broke through the harbour wall and flooded the old town.
The harbour board said the wall failed on Tuesday evening as the tide rose.
`,
	})
	var doc struct {
		Events []struct {
			ID, Sentence string
		}
		KeyDates []struct {
			Date    string
			Events  []string
			Summary []struct{ Sentence, Event, Article string }
		} `json:"keyDates"`
	}
	if err := json.Unmarshal(files["events.json"], &doc); err != nil {
		t.Fatal(err)
	}
	cards := map[string]string{}
	for _, e := range doc.Events {
		cards[e.ID] = e.Sentence
	}
	var dec16 []struct{ Sentence, Event, Article string }
	for _, k := range doc.KeyDates {
		if k.Date == "2014-12-16" {
			dec16 = k.Summary
		}
		// The summary's cards lead the day's events, in its order.
		var led []string
		for _, l := range k.Summary {
			if l.Event != "" {
				led = append(led, l.Event)
			}
		}
		if len(k.Events) < len(led) || !slices.Equal(k.Events[:len(led)], led) {
			t.Errorf("%s: events %v not led by the summary's cards %v", k.Date, k.Events, led)
		}
	}
	if len(dec16) == 0 || dec16[0].Event != "" {
		t.Fatalf("Dec 16 is not led by a summary line: %+v", doc.KeyDates)
	}
	lines := 0
	for _, l := range dec16 {
		switch {
		case l.Event != "":
			if cards[l.Event] != l.Sentence {
				t.Errorf("summary card %s: %q, the card tells %q", l.Event, l.Sentence, cards[l.Event])
			}
		case l.Sentence == "" || (l.Article != "courier-surge" && l.Article != "ledger-surge"):
			t.Errorf("summary line %+v", l)
		default:
			lines++
			for id, text := range cards {
				if text == l.Sentence {
					t.Errorf("summary line %q listed as event %s", l.Sentence, id)
				}
			}
		}
	}
	if lines == 0 {
		t.Errorf("Dec 16's summary has no line of its own: %+v", dec16)
	}
}

// TestHostileInput feeds script tags, event handlers, javascript: and
// data: URLs, entities and template syntax through both input forms, and
// checks every output file.
func TestHostileInput(t *testing.T) {
	files := render(t, map[string]string{
		"evil.md": `---
title: "<script>alert('title')</script> {{.Site}}"
date: 2014-12-17
outlet: "<b onmouseover=alert(1)>Outlet</b>"
url: "javascript:alert('url')"
---

Hello <img src=x onerror=alert('img')> on Tuesday. <script>alert('body')</script>
[click](javascript:alert('link')) and [data](data:text/html;base64,PHNjcmlwdD4=) on Wednesday.
Entities &lt;script&gt; and {{ .Site.Title }} and </textarea> on Monday.
`,
		"evil-scraped.txt": `<script>alert('headline')</script>
Dec. 17, 2014
<img src=x onerror=alert('txt')> happened on Tuesday, "quoted" & more.
{{template "layout" .}} on Wednesday.
`,
	})
	for name, b := range files {
		switch {
		case strings.HasPrefix(name, "static/"):
		case strings.HasSuffix(name, ".json"):
			var v any
			if err := json.Unmarshal(b, &v); err != nil {
				t.Errorf("%s is not valid JSON: %v", name, err)
			}
			for _, u := range urlFields(v) {
				if !strings.HasPrefix(u, "https://") && !strings.HasPrefix(u, "http://") && !strings.HasPrefix(u, "index.html") && u != "" {
					t.Errorf("%s: unsafe URL %q", name, u)
				}
			}
		case strings.HasSuffix(name, ".ics"):
			if err := checkICS(string(b)); err != nil {
				t.Errorf("%s: %v", name, err)
			}
			if strings.ContainsAny(string(b), "<>") {
				t.Errorf("%s: raw angle brackets in the calendar", name)
			}
		case strings.HasSuffix(name, ".tml"):
			if err := wellFormedXML(b); err != nil {
				t.Errorf("%s: %v", name, err)
			}
		default:
			for _, p := range runnable(t, b) {
				t.Errorf("%s: %s", name, p)
			}
		}
	}
	idx := string(files["index.html"])
	if !strings.Contains(idx, "&lt;script&gt;alert(&#39;title&#39;)&lt;/script&gt;") && !strings.Contains(string(files["sources.html"]), "&lt;script&gt;alert(&#39;title&#39;)&lt;/script&gt;") {
		t.Error("the hostile title is not shown escaped")
	}
	if !strings.Contains(string(files["articles/evil.html"]), "{{ .Site.Title }}") {
		t.Error("template syntax in an article was not kept as text")
	}
}

// runnable parses an HTML page and lists what in it could run script:
// event-handler attributes, javascript: or data: URLs, and script elements
// other than the site's own.
func runnable(t *testing.T, page []byte) []string {
	doc, err := html.Parse(bytes.NewReader(page))
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode {
			for _, a := range n.Attr {
				v := strings.ToLower(strings.TrimSpace(a.Val))
				switch {
				case strings.HasPrefix(a.Key, "on"):
					out = append(out, "event handler "+a.Key+" on <"+n.Data+">")
				case (a.Key == "href" || a.Key == "src" || a.Key == "action") && (strings.HasPrefix(v, "javascript:") || strings.HasPrefix(v, "data:")):
					out = append(out, a.Key+"="+a.Val)
				}
			}
			if n.Data == "script" {
				src := ""
				for _, a := range n.Attr {
					if a.Key == "src" {
						src = a.Val
					}
				}
				if !strings.HasSuffix(src, "static/app.js") && src != "/_timeline/live.js" {
					out = append(out, "script element "+src)
				}
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)
	return out
}

// urlFields collects the values of "url" and "home_page_url" keys in a
// decoded JSON document.
func urlFields(v any) []string {
	var out []string
	switch x := v.(type) {
	case map[string]any:
		for k, val := range x {
			if s, ok := val.(string); ok && (k == "url" || k == "home_page_url") {
				out = append(out, s)
			}
			out = append(out, urlFields(val)...)
		}
	case []any:
		for _, val := range x {
			out = append(out, urlFields(val)...)
		}
	}
	return out
}

// TestStampExplained: a page's own stamp is highlighted like any time
// expression, and its explanation says why it dates no event; the story's
// dates say nothing of the kind.
func TestStampExplained(t *testing.T) {
	files := render(t, map[string]string{"stamped.md": "---\ntitle: T\ndate: 2011-09-28\n---\n\n" +
		"Page last updated at 10:12 GMT, Wednesday, 28 September 2011 The jury heard from a nurse on Tuesday.\n"})
	page := string(files["articles/stamped.html"])
	explains := regexp.MustCompile(`(?s)<mark[^>]*>([^<]*)<span class="explain"[^>]*>([^<]*)</span></mark>`).FindAllStringSubmatch(page, -1)
	got := map[string]bool{}
	for _, m := range explains {
		got[m[1]] = strings.Contains(m[2], "dates no event")
	}
	want := map[string]bool{"10:12 GMT, Wednesday": true, "28 September 2011": true, "Tuesday": false}
	for text, stamp := range want {
		if s, ok := got[text]; !ok || s != stamp {
			t.Errorf("%q: highlighted %v, explained as a stamp %v; want %v (all: %v)", text, ok, s, stamp, got)
		}
	}
}
