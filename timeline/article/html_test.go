package article

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"golang.org/x/net/html"
)

// TestHTMLPages reads pages written to mimic real publishers' markup
// (testdata/html, our own stories and outlets) and checks the dateline,
// its source, the outlet, the first sentence and the boilerplate left
// out.
func TestHTMLPages(t *testing.T) {
	for _, c := range []struct {
		file, rel     string
		dateline      string // the anchor, RFC 3339 or a day
		field         string // where it came from
		outlet, title string
		url, image    string
		imageAlt      string
		modified      string
		first         string   // the body's first sentence starts so
		absent        []string // boilerplate that must not be in the body
		warn          string   // a warning that must be given
	}{
		{file: "wordpress.html", dateline: "2014-12-17T18:05:00Z", field: "JSON-LD datePublished",
			outlet: "The Lantern Quay Courier", title: "Harbour ferry crews walk out over rosters",
			url:      "https://lanternquay.example/2014/12/17/harbour-ferry-crews-walk-out/",
			image:    "https://lanternquay.example/wp-content/uploads/2014/12/ferry-pier.jpg",
			imageAlt: "An empty ferry pier at dusk", modified: "2014-12-18T07:30:00+00:00",
			first:  "Ferry crews on the Lantern Quay crossing stopped work on Wednesday afternoon",
			absent: []string{"Share on Facebook", "Related Posts", "Trending Now", "Typical management", "Leave a Reply", "Subscribe today", "Powered by WordPress"}},
		{file: "amp.html", dateline: "2014-12-17T21:40:00-05:00", field: "JSON-LD datePublished",
			outlet: "Northgate Evening Wire", title: "Observatory finds comet brighter than forecast",
			url:      "https://www.northgatewire.example/science/observatory-comet-brighter-20141217.html",
			image:    "https://cdn.northgatewire.example/2014/12/comet-ridge.jpg",
			imageAlt: "Observatory finds comet brighter than forecast", modified: "2014-12-17T23:02:00-05:00",
			first:  "Astronomers at the Northgate hill observatory said on Wednesday",
			absent: []string{"Puzzles and games", "More from Science", "Why the moss", "Photo: Wire staff", "Media Group", "Evening Wire app"}},
		{file: "nextjs.html", dateline: "2014-12-16T23:15:00Z", field: "JSON-LD datePublished",
			outlet: "Meridian Daily Record", title: "City council freezes bus fares for 2015",
			url:      "https://www.meridianrecord.example/local/2014/12/16/council-freezes-bus-fares/",
			image:    "https://www.meridianrecord.example/resizer/v2/BUS-DEPOT.jpg?auth=8c1e&width=1440&height=810",
			imageAlt: "City council freezes bus fares for 2015", modified: "2014-12-17T02:48:31.512Z",
			first:  "Meridian's city council voted on Tuesday night to freeze bus fares",
			absent: []string{"99¢ a week", "Most Read", "Snow plows", "Privacy Policy", "Kestrel Road depot. (Meridian", "The Morning Record", "Sign up for our free newsletter"}},
		{file: "disagree.html", dateline: "2014-12-18T17:30:00-06:00", field: "JSON-LD datePublished",
			outlet: "The Valley Post", title: "Mill owners agree sale of riverside site",
			url:      "https://valleypost.example/business/2014/12/18/mill-sale",
			image:    "https://valleypost.example/media/2014/12/mill-weir.jpg",
			imageAlt: "The weir below the old mill", modified: "2014-12-19T09:12:00-06:00",
			first:  "The family that has owned the Oxbow wool mill for four generations",
			absent: []string{"Log in", "Popular this week", "Cookie settings"}},
		{file: "nometa.html", rel: "county-bulletin/nometa.html", dateline: "2014-12-15", field: "text dateline",
			outlet: "County Bulletin", title: "Library hours cut at two branches",
			first:  "The county library board voted on Monday",
			absent: []string{"Contact us", "December 15, 2014"}},
		{file: "liveblog.html", dateline: "2014-12-10T06:45:00Z", field: "JSON-LD datePublished",
			outlet: "Fenwick Gazette", title: "Storm Imogen live: gales close coast road as power cuts spread",
			url:      "https://fenwickgazette.example/news/live/storm-imogen-coast-road",
			image:    "https://i.fenwickgazette.example/img/storm-sea-wall.jpg",
			imageAlt: "Waves breaking over the sea wall", modified: "2014-12-10T13:20:00+00:00",
			first:  "The Met Office has extended its amber warning",
			absent: []string{"What's On", "Copy link", "Registered in England"}},
		{file: "urldate.html", dateline: "2014-12-11", field: "URL date",
			outlet: "saltmarshherald.example", title: "Dockside crane removed after forty years",
			url:    "https://www.saltmarshherald.example/2014/12/11/dockside-crane-removed/",
			first:  "Workers took down the last of the old dockside cranes on Thursday",
			absent: []string{"Front page", "About the Herald", "all rights reserved"}},
	} {
		t.Run(c.file, func(t *testing.T) {
			src, err := os.ReadFile(filepath.Join("testdata", "html", c.file))
			if err != nil {
				t.Fatal(err)
			}
			rel := c.rel
			if rel == "" {
				rel = c.file
			}
			a, err := NewReader(nil).Parse(rel, src)
			if err != nil {
				t.Fatal(err)
			}
			if a.Format != HTML {
				t.Errorf("format %q", a.Format)
			}
			if got := AnchorISO(a.Anchor); got != c.dateline || a.Anchor.Field != c.field {
				t.Errorf("anchor %s from %q, want %s from %q", got, a.Anchor.Field, c.dateline, c.field)
			}
			if a.Outlet != c.outlet || a.Title != c.title || a.URL != c.url {
				t.Errorf("outlet %q title %q url %q\nwant   %q       %q     %q", a.Outlet, a.Title, a.URL, c.outlet, c.title, c.url)
			}
			if a.Image.URL != c.image || (c.image != "" && a.Image.Alt != c.imageAlt) {
				t.Errorf("image %+v, want %s (alt %q)", a.Image, c.image, c.imageAlt)
			}
			if a.Modified != c.modified {
				t.Errorf("modified %q, want %q", a.Modified, c.modified)
			}
			if len(a.Sentences) == 0 {
				t.Fatalf("no sentences in body %q", a.Body)
			}
			if first := a.Body[a.Sentences[0].Start:a.Sentences[0].End]; !strings.HasPrefix(first, c.first) {
				t.Errorf("first sentence %q, want it to start %q", first, c.first)
			}
			for _, junk := range c.absent {
				if strings.Contains(a.Body, junk) {
					t.Errorf("body keeps boilerplate %q:\n%s", junk, a.Body)
				}
			}
			if strings.Contains(a.Body, c.title) {
				t.Errorf("body repeats the headline:\n%s", a.Body)
			}
			for _, w := range a.Warnings {
				t.Errorf("unexpected warning: %s", w)
			}
		})
	}
}

// AnchorISO writes an anchor as the test tables do: RFC 3339 with a zone,
// else the day.
func AnchorISO(a Anchor) string {
	if a.HasZone {
		return a.Time.Format(time.RFC3339Nano)
	}
	if a.HasClock {
		return a.Time.Format("2006-01-02T15:04")
	}
	return a.Time.Format(time.DateOnly)
}

// storyPage is a small page around a story of our own, with extra head
// markup.
func storyPage(head, bodyPrefix string) string {
	return "<!DOCTYPE html><html><head><title>Pier reopens after repairs</title>" + head + "</head><body>" +
		"<nav><a href='/'>Home</a> <a href='/news'>News</a></nav>" + bodyPrefix +
		"<h1>Pier reopens after repairs</h1><div class='story'>" +
		"<p>The old pleasure pier reopened to walkers on Saturday morning after eight months of repairs to its storm-damaged deck.</p>" +
		"<p>The town council said the work had cost less than feared because volunteers had salvaged most of the original railings over the summer.</p>" +
		"<p>A café at the far end will open in the spring, once its new kitchen has passed inspection.</p></div></body></html>"
}

// TestHTMLBadInput: each bad page gives a clear message naming the file,
// a warning where the rest of the page is usable, an error where not.
func TestHTMLBadInput(t *testing.T) {
	deep := strings.Repeat("<div>", 100000)
	for _, c := range []struct {
		name, src string
		err       string // the error, "" when the page is read
		warn      string // a warning the page must carry
		anchor    string // the anchor then, when read
		noAnchor  bool   // the page gives none
	}{
		{name: "JSON-LD that is not JSON", src: storyPage(`<script type="application/ld+json">{"@type": "NewsArticle", "datePublished": 2014-12-13</script><meta property="article:published_time" content="2014-12-13T09:00:00+00:00">`, ""),
			warn: "JSON-LD block 1 is not JSON", anchor: "2014-12-13T09:00:00Z"},
		{name: "year 0", src: storyPage(`<script type="application/ld+json">{"@type": "NewsArticle", "datePublished": "0000-12-13"}</script><meta property="article:published_time" content="2014-12-13">`, ""),
			warn: `JSON-LD datePublished "0000-12-13" is not a usable date (year 0 out of range)`, anchor: "2014-12-13"},
		{name: "year 99999, then the time by the headline", src: strings.Replace(storyPage(`<script type="application/ld+json">{"@type": "NewsArticle", "datePublished": "99999-12-13T10:00:00Z"}</script>`, `<time datetime="2014-11-02">an older story</time>`),
			"</h1>", `</h1><p class="byline">By Ana Ruiz, <time datetime="2014-12-13T10:00:00+01:00">13 Dec 2014</time></p>`, 1),
			warn: `JSON-LD datePublished "99999-12-13T10:00:00Z" is not a usable date`, anchor: "2014-12-13T10:00:00+01:00"},
		{name: "text dateline disagrees", src: strings.Replace(storyPage(`<script type="application/ld+json">{"@type": "NewsArticle", "datePublished": "2014-12-13T08:00:00Z"}</script>`, ""), "<div class='story'>", "<div class='story'><p>December 20, 2014</p>", 1),
			warn: `the text's dateline "December 20, 2014" gives 2014-12-20, the page's JSON-LD datePublished 2014-12-13; the page's is used`, anchor: "2014-12-13T08:00:00Z"},
		{name: "dateModified alone dates nothing", src: storyPage(`<script type="application/ld+json">{"@type": "NewsArticle", "dateModified": "2014-12-13T08:00:00Z"}</script><meta property="article:modified_time" content="2014-12-13T08:00:00Z">`, ""),
			noAnchor: true},
		{name: "CDATA-wrapped JSON-LD", src: storyPage("<script type=\"application/ld+json\">//<![CDATA[\n{\"@type\": \"NewsArticle\", \"datePublished\": \"2014-12-13\"}\n//]]></script>", ""),
			anchor: "2014-12-13"},
		{name: "deeply nested tags", src: storyPage("", deep+"<p>Pier opens.</p>"),
			warn: "tags nested more than 256 deep were dropped"},
		{name: "malformed markup", src: storyPage("", strings.Repeat("</span></em>", 8)+"<div><section><article>"),
			warn: "the markup is malformed (16 stray end tags, 3 elements never closed)"},
		{name: "all navigation", src: "<html><body><nav><ul><li><a href='/a'>News</a></li><li><a href='/b'>Sport</a></li><li><a href='/c'>Weather</a></li></ul></nav><footer>About us</footer></body></html>",
			err: "page.html: no story text found in the page"},
		{name: "empty page", src: "<html><head></head><body></body></html>", err: "page.html: no story text found"},
		{name: "50 MB page", src: "<html><body><p>" + strings.Repeat("word ", 10<<20) + "</p></body></html>",
			err: "page.html: file is 52428833 bytes, over the limit of 16777216 bytes (16 MB) for an article"},
		{name: "too many elements", src: "<html><body>" + strings.Repeat("<br>", maxElements+1) + "</body></html>",
			err: "page.html: the page has over 250000 elements"},
	} {
		t.Run(c.name, func(t *testing.T) {
			a, err := NewReader(nil).Parse("page.html", []byte(c.src))
			if c.err != "" {
				if err == nil || !strings.HasPrefix(err.Error(), c.err) {
					t.Fatalf("error %v, want %q", err, c.err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if !strings.Contains(a.Body, "pleasure pier reopened") {
				t.Errorf("story lost: %q", a.Body)
			}
			if c.warn != "" && !strings.Contains(strings.Join(a.Warnings, "\n"), c.warn) {
				t.Errorf("warnings %q, want one with %q", a.Warnings, c.warn)
			}
			if c.noAnchor && !a.Anchor.IsZero() {
				t.Errorf("anchor %s from %s, want none", AnchorISO(a.Anchor), a.Anchor.Field)
			}
			if c.anchor != "" && AnchorISO(a.Anchor) != c.anchor {
				t.Errorf("anchor %s (%s), want %s", AnchorISO(a.Anchor), a.Anchor.Field, c.anchor)
			}
		})
	}
}

// TestWithin: a page past its time bound is refused, and a panic in the
// extractor is that page's error.
func TestWithin(t *testing.T) {
	block := make(chan struct{})
	defer close(block)
	_, err := within(context.Background(), time.Millisecond, func() (int, error) { <-block; return 1, nil })
	if err == nil || !strings.Contains(err.Error(), "took over 1ms") {
		t.Errorf("slow page: %v", err)
	}
	_, err = within(context.Background(), time.Minute, func() (int, error) { panic("boom") })
	if err == nil || !strings.Contains(err.Error(), "extractor failed on this page: boom") {
		t.Errorf("panic: %v", err)
	}
	if v, err := within(context.Background(), time.Minute, func() (int, error) { return 7, nil }); v != 7 || err != nil {
		t.Errorf("quick page: %v %v", v, err)
	}
}

// TestMetaKeys reads each meta tag's example and finds its field.
func TestMetaKeys(t *testing.T) {
	keys := metaKeys()
	seen := map[string]bool{}
	for _, k := range keys {
		if seen[k.key] {
			t.Errorf("%s listed twice", k.key)
		}
		seen[k.key] = true
		doc, err := html.Parse(strings.NewReader("<html><head>" + k.example + "</head></html>"))
		if err != nil {
			t.Fatal(err)
		}
		pm := readPageMeta(doc)
		if got, v := pm.metaValue(keys, k.field); got != k.key || v == "" {
			t.Errorf("%s: example %s read as %q=%q", k.key, k.example, got, v)
		}
	}
}

// TestURLDates runs each address pattern's example, and addresses that
// hold no date.
func TestURLDates(t *testing.T) {
	pats := urlDatePatterns()
	for _, p := range pats {
		if got := urlDate([]urlDatePattern{p}, p.example); got != p.want {
			t.Errorf("%s: %q, want %q", p.example, got, p.want)
		}
	}
	for _, u := range []string{"https://paper.example/news/20141/ferry", "https://paper.example/2014/13/01/x/", "https://paper.example/story/123456789", "https://paper.example/tags/2014"} {
		if got := urlDate(pats, u); got != "" {
			t.Errorf("%s: %q, want none", u, got)
		}
	}
}

// TestLeadImage: string, object and list forms, resolved against the
// canonical address; only http(s) kept.
func TestLeadImage(t *testing.T) {
	for _, c := range []struct{ head, want string }{
		{`<script type="application/ld+json">{"@type":"NewsArticle","url":"https://p.example/a/b.html","image":"../img/x.jpg"}</script>`, "https://p.example/img/x.jpg"},
		{`<script type="application/ld+json">{"@type":"NewsArticle","image":{"@type":"ImageObject","contentUrl":"https://p.example/y.jpg"}}</script>`, "https://p.example/y.jpg"},
		{`<script type="application/ld+json">{"@type":"NewsArticle","image":[{"caption":"none"},"https://p.example/z.jpg"]}</script>`, "https://p.example/z.jpg"},
		{`<link rel="canonical" href="https://p.example/story/"><meta property="og:image" content="/og.png">`, "https://p.example/og.png"},
		{`<meta property="og:image" content="/og.png">`, ""}, // relative, and nothing to resolve it against
		{`<meta property="og:image" content="javascript:alert(1)">`, ""},
		{`<meta property="og:image" content="data:image/png;base64,AAAA">`, ""},
	} {
		doc, _ := html.Parse(strings.NewReader("<html><head>" + c.head + "</head></html>"))
		f := readPageMeta(doc).facts(metaKeys(), urlDatePatterns())
		if f.Image.URL != c.want {
			t.Errorf("%s: image %q, want %q", c.head, f.Image.URL, c.want)
		}
	}
}

// FuzzPageMeta: the metadata reader never panics, and what it keeps of
// an image is an absolute http(s) address.
func FuzzPageMeta(f *testing.F) {
	files, _ := filepath.Glob(filepath.Join("testdata", "html", "*.html"))
	for _, p := range files {
		if b, err := os.ReadFile(p); err == nil {
			f.Add(string(b))
		}
	}
	f.Add(`<script type="application/ld+json">[{"@graph":[{"@id":"x"},{"@type":["NewsArticle"],"publisher":{"@id":"x"},"image":{"@id":"x"}}]}]</script>`)
	f.Add(`<script type="application/ld+json">{"@type":"Article","image":{"width":{"value":"12px"}},"author":[[{"name":1}]]}</script>`)
	f.Fuzz(func(t *testing.T, src string) {
		doc, err := html.Parse(strings.NewReader(src))
		if err != nil {
			return
		}
		fs := readPageMeta(doc).facts(metaKeys(), urlDatePatterns())
		if fs.Image.URL != "" && absoluteHTTP(fs.Image.URL) == "" {
			t.Errorf("image %q is not an absolute http(s) address", fs.Image.URL)
		}
	})
}

// TestLegacyCharset: a page saved in the encoding its meta tag declares
// is read as that, not as broken UTF-8.
func TestLegacyCharset(t *testing.T) {
	page := strings.Replace(storyPage(`<meta charset="windows-1252">`, ""), "A café", "A caf\xe9 \x93with a view\x94", 1)
	a, err := NewReader(nil).Parse("page.html", []byte(page))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(a.Body, "A café “with a view”") || len(a.Warnings) > 0 {
		t.Errorf("body %q, warnings %q", a.Body, a.Warnings)
	}
}

// TestPageJunkRules: a web page's block of a clock time alone is a live
// page's entry time; a sentence with a time stays.
func TestPageJunkRules(t *testing.T) {
	rules := pageJunkRules()
	for _, c := range []struct{ line, want string }{
		{"13:20", "a live page's entry time"},
		{"9.05", "a live page's entry time"},
		{"1:20pm", "a live page's entry time"},
		{"10:40 GMT", "a live page's entry time"},
		{"11 a.m. ET", "a live page's entry time"},
		{"At 13:20 the road was shut.", ""},
		{"13:20 Police shut the road.", ""},
		{"2014", ""},
	} {
		if got := classifyJunk(rules, c.line); got != c.want {
			t.Errorf("%q: %q, want %q", c.line, got, c.want)
		}
	}
}

// TestChromeClasses: each chrome element's example is removed from
// inside a story, and the story stays; a class that only contains a
// chrome word, and a long wrapper, are kept.
func TestChromeClasses(t *testing.T) {
	const story = "<p>The ferry resumed its crossings on Friday morning after a week of talks.</p>"
	words := chromeWords()
	check := func(name, inner, gone string, removed bool) {
		t.Helper()
		doc, _ := html.Parse(strings.NewReader("<html><body><div class='entry-content'>" + story + inner + "</div></body></html>"))
		pruneChrome(doc, words)
		text := squash(textOf(doc))
		if !strings.Contains(text, "ferry resumed") {
			t.Errorf("%s: the story went too: %q", name, text)
		}
		if strings.Contains(text, gone) == removed {
			t.Errorf("%s: %q removed=%v, want %v", name, gone, !strings.Contains(text, gone), removed)
		}
	}
	for _, c := range chromeClasses() {
		doc, _ := html.Parse(strings.NewReader(c.example))
		check(c.word, c.example, squash(textOf(doc)), true)
	}
	check("shareholders", `<p class="shareholders-note">Shareholders meet in March.</p>`, "Shareholders meet", false)
	long := strings.Repeat("The crossing has run since 1921 and carries commuters daily. ", 30)
	check("long wrapper", `<div class="share-story-body"><p>`+long+`</p></div>`, "carries commuters", false)
}

// FuzzHTMLPage: reading any page ends in an article or an error that
// names the file, never a panic; offsets stay inside the body.
func FuzzHTMLPage(f *testing.F) {
	files, _ := filepath.Glob(filepath.Join("testdata", "html", "*.html"))
	for _, p := range files {
		if b, err := os.ReadFile(p); err == nil {
			f.Add(string(b))
		}
	}
	f.Add(storyPage("", strings.Repeat("<div><span>", 300)))
	f.Add("<table><tr><td><p>one<li>two</table></b></i></p>")
	rd := NewReader(nil)
	f.Fuzz(func(t *testing.T, src string) {
		a, err := rd.Parse("page.html", []byte(src))
		if err != nil {
			if !strings.HasPrefix(err.Error(), "page.html") {
				t.Fatalf("error does not name the file: %v", err)
			}
			return
		}
		for _, s := range a.Sentences {
			if s.Start < 0 || s.End > len(a.Body) || s.Start > s.End {
				t.Fatalf("sentence %v outside the body (%d bytes)", s, len(a.Body))
			}
		}
	})
}

// TestDeepScriptDropped: a script past the nesting limit loses its tag,
// and its code goes with it rather than becoming text.
func TestDeepScriptDropped(t *testing.T) {
	src := strings.Repeat("<div>", 300) + "<script>var tracker = 'x';</script><style>.a{color:red}</style><p>Story text stays.</p>" + strings.Repeat("</div>", 300)
	out, _, err := guardNesting(src)
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(out, "tracker") || strings.Contains(out, "color:red") || !strings.Contains(out, "Story text stays.") {
		t.Errorf("guarded page: %q", out[strings.LastIndex(out, "<div>")+5:])
	}
}
