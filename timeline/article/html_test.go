package article

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
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
			absent: []string{"Puzzles and games", "More from Science", "Why the moss", "Photo: Wire staff", "Media Group"}},
		{file: "nextjs.html", dateline: "2014-12-16T23:15:00Z", field: "JSON-LD datePublished",
			outlet: "Meridian Daily Record", title: "City council freezes bus fares for 2015",
			url:      "https://www.meridianrecord.example/local/2014/12/16/council-freezes-bus-fares/",
			image:    "https://www.meridianrecord.example/resizer/v2/BUS-DEPOT.jpg?auth=8c1e&width=1440&height=810",
			imageAlt: "City council freezes bus fares for 2015", modified: "2014-12-17T02:48:31.512Z",
			first:  "Meridian's city council voted on Tuesday night to freeze bus fares",
			absent: []string{"99¢ a week", "Most Read", "Snow plows", "Privacy Policy", "Kestrel Road depot. (Meridian"}},
		{file: "disagree.html", dateline: "2014-12-18T17:30:00-06:00", field: "JSON-LD datePublished",
			outlet: "The Valley Post", title: "Mill owners agree sale of riverside site",
			url:      "https://valleypost.example/business/2014/12/18/mill-sale",
			image:    "https://valleypost.example/media/2014/12/mill-weir.jpg",
			imageAlt: "The weir below the old mill", modified: "2014-12-19T09:12:00-06:00",
			first:  "The family that has owned the Oxbow wool mill for four generations",
			absent: []string{"Log in", "Popular this week", "Cookie settings"}},
		{file: "nometa.html", rel: "county-bulletin/nometa.html", dateline: "2014-12-15", field: "the text's dateline",
			outlet: "County Bulletin", title: "Library hours cut at two branches",
			first:  "The county library board voted on Monday",
			absent: []string{"Contact us", "December 15, 2014"}},
		{file: "liveblog.html", dateline: "2014-12-10T06:45:00Z", field: "JSON-LD datePublished",
			outlet: "Fenwick Gazette", title: "Storm Imogen live: gales close coast road as power cuts spread",
			url:      "https://fenwickgazette.example/news/live/storm-imogen-coast-road",
			image:    "https://i.fenwickgazette.example/img/storm-sea-wall.jpg",
			imageAlt: "Waves breaking over the sea wall", modified: "2014-12-10T13:20:00+00:00",
			first:  "13:20",
			absent: []string{"What's On", "Copy link", "Registered in England"}},
		{file: "urldate.html", dateline: "2014-12-11", field: "the URL's date",
			outlet: "saltmarshherald.example", title: "Dockside crane removed after forty years",
			url:    "https://www.saltmarshherald.example/2014/12/11/dockside-crane-removed/",
			first:  "Workers took down the last of the old dockside cranes on Thursday",
			absent: []string{"Front page", "About the Herald"}},
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
