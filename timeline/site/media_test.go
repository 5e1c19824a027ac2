package site_test

import (
	"context"
	"encoding/json"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
	"github.com/newsroom/timeline/timeline"
	"github.com/newsroom/timeline/timeline/internal/browsertest"
	"github.com/newsroom/timeline/timeline/server"
)

// TestPageMedia: a web page's lead image is the figure on the cards of
// the events it dates (lazy, with its alt text and its size) and their
// media in timelinejs.json; its article page says where the dateline
// came from, shows dateModified and links the original.
func TestPageMedia(t *testing.T) {
	src, err := os.ReadFile("../article/testdata/html/amp.html")
	if err != nil {
		t.Fatal(err)
	}
	files := render(t, map[string]string{"wire/comet.html": string(src), "ledger/pull.md": fixture["ledger/pull.md"]})
	index := string(files["index.html"])
	const img = "https://cdn.northgatewire.example/2014/12/comet-ridge.jpg"
	fig := `<figure class="event-media"><img src="` + img + `" alt="Observatory finds comet brighter than forecast" loading="lazy" decoding="async" width="1600" height="900"><figcaption>Image: Northgate Evening Wire</figcaption></figure>`
	if !strings.Contains(index, fig) {
		t.Errorf("no figure %s on the front page:\n%s", fig, index)
	}
	if n := strings.Count(index, `<figure class="event-media"`); n != strings.Count(index, "Northgate Evening Wire</cite>") {
		t.Errorf("%d figures for %d cards quoting the page: a card without the page's source has its image", n, strings.Count(index, "Northgate Evening Wire</cite>"))
	}
	var tj struct {
		Events []struct {
			Media *struct{ URL, Alt, Credit string } `json:"media"`
			Text  struct{ Text string }              `json:"text"`
		} `json:"events"`
	}
	if err := json.Unmarshal(files["timelinejs.json"], &tj); err != nil {
		t.Fatal(err)
	}
	withMedia := 0
	for _, e := range tj.Events {
		fromPage := strings.Contains(e.Text.Text, "<strong>Northgate Evening Wire</strong>:")
		if fromPage != (e.Media != nil) {
			t.Errorf("event %q: media %+v", e.Text.Text, e.Media)
		}
		if e.Media != nil {
			withMedia++
			if e.Media.URL != img || e.Media.Credit != "Northgate Evening Wire" || e.Media.Alt == "" {
				t.Errorf("media %+v", e.Media)
			}
		}
	}
	if withMedia == 0 {
		t.Error("no event in timelinejs.json has the page's image")
	}
	var ej struct {
		Articles []struct {
			ID, Image, Format string
			Anchor            struct{ Source, Field, Value string }
		}
	}
	if err := json.Unmarshal(files["events.json"], &ej); err != nil {
		t.Fatal(err)
	}
	for _, a := range ej.Articles {
		if a.ID == "wire-comet" && (a.Image != img || a.Format != "html" || a.Anchor.Source != "page metadata" ||
			a.Anchor.Field != "JSON-LD datePublished" || a.Anchor.Value != "2014-12-17T21:40:00-05:00") {
			t.Errorf("events.json article %+v", a)
		}
	}
	page := string(files["articles/wire-comet.html"])
	for _, want := range []string{
		`anchor from the page&#39;s JSON-LD datePublished &#34;2014-12-17T21:40:00-05:00&#34;; the page was modified 2014-12-17T23:02:00-05:00 (JSON-LD dateModified), which dates nothing`,
		`<a href="https://www.northgatewire.example/science/observatory-comet-brighter-20141217.html" rel="nofollow noopener">Original article</a>`,
		`Northgate Evening Wire</p>`,
	} {
		if !strings.Contains(page, want) {
			t.Errorf("article page lacks %s:\n%s", want, page)
		}
	}
}

// TestBrowserPageMedia: in Chromium, a card's figure holds its 16:9 box
// before its image loads (it never does here: the address is not
// served), so nothing below it moves, and the image is lazy.
func TestBrowserPageMedia(t *testing.T) {
	ctx := browsertest.Start(t)
	// The AMP page gives its image's size; the live blog's does not.
	content := t.TempDir()
	for _, f := range []string{"amp.html", "liveblog.html"} {
		src, err := os.ReadFile("../article/testdata/html/" + f)
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(content, f), src, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	out := filepath.Join(t.TempDir(), "public")
	if _, err := timeline.Build(context.Background(), timeline.Config{Source: content, Output: out}); err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(server.New(server.Config{Dir: out}))
	t.Cleanup(srv.Close)
	do(t, ctx, chromedp.EmulateViewport(1280, 900))
	if err := chromedp.Do(ctx, chromedp.Navigate(srv.URL+"/"), chromedp.WaitVisible(".event-media img")); err != nil {
		t.Fatal(err)
	}
	type img struct {
		Src, Alt, Loading string
		W, H              float64
		Sized             bool
	}
	imgs := eval[[]img](t, ctx, `[...document.querySelectorAll(".event-media img")].map(i => { const r = i.getBoundingClientRect();
		return {Src: i.getAttribute("src"), Alt: i.alt, Loading: i.loading, W: r.width, H: r.height, Sized: i.hasAttribute("width")}; })`)
	sized := map[bool]bool{}
	for _, i := range imgs {
		sized[i.Sized] = true
		if i.W < 100 || i.H < i.W*9/16-1 || i.H > i.W*9/16+1 || i.Loading != "lazy" || i.Alt == "" {
			t.Errorf("image %s: box %.0fx%.0f before loading (want 16:9), loading=%q alt=%q", i.Src, i.W, i.H, i.Loading, i.Alt)
		}
	}
	if !sized[true] || !sized[false] {
		t.Errorf("want cards with an image of known and of unknown size: %+v", imgs)
	}
}
