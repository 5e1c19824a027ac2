package site_test

import (
	"context"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/chromedp"
	"github.com/newsroom/timeline/timeline"
	"github.com/newsroom/timeline/timeline/internal/browsertest"
	"github.com/newsroom/timeline/timeline/server"
)

// TestBrowserOverviewAndWhy: the overview picture links every bar to a
// heading on the page, marks the key dates, reads in dark mode and has
// words beside it; "Why these sources are one event" names outlets, not
// files or scores, each once.
func TestBrowserOverviewAndWhy(t *testing.T) {
	ctx := browsertest.Start(t)
	url, _ := demoSite(t)
	do(t, ctx, chromedp.EmulateViewport(1280, 900), chromedp.Navigate(url), chromedp.WaitVisible("figure.overview svg"))

	bars := eval[int](t, ctx, `document.querySelectorAll("figure.overview svg a").length`)
	broken := eval[[]string](t, ctx, `[...document.querySelectorAll("figure.overview svg a")].map(a => a.getAttribute("href")).filter(h => !h.startsWith("#") || !document.getElementById(h.slice(1)))`)
	if bars < 3 || len(broken) > 0 {
		t.Errorf("overview: %d linked bars, links to nothing: %v", bars, broken)
	}
	keys := eval[int](t, ctx, `document.querySelectorAll(".key-dates li").length`)
	if marks := eval[int](t, ctx, `document.querySelectorAll("figure.overview .ov-key").length`); keys == 0 || marks == 0 || marks > keys {
		t.Errorf("overview marks %d key dates, the page lists %d", marks, keys)
	}
	// Each key date is told by its summary, each sentence cited: a card
	// on this page or an article's page.
	summaries := eval[int](t, ctx, `document.querySelectorAll(".key-dates li .day-summary").length`)
	cites := eval[[]string](t, ctx, `[...document.querySelectorAll(".key-dates .day-summary a.cite")].map(a => a.getAttribute("href"))`)
	if summaries != keys || len(cites) < keys {
		t.Errorf("%d of %d key dates have a summary, %d citations", summaries, keys, len(cites))
	}
	for _, h := range cites {
		if id, ok := strings.CutPrefix(h, "index.html#"); ok {
			if !eval[bool](t, ctx, `!!document.getElementById(`+strconv.Quote(id)+`)`) {
				t.Errorf("summary cites %s, not on the page", h)
			}
		} else if !strings.HasPrefix(h, "articles/") {
			t.Errorf("summary cites %q, neither a card nor an article", h)
		}
	}
	if c := eval[string](t, ctx, `document.querySelector("figure.overview figcaption").textContent`); !strings.Contains(c, "busiest") {
		t.Errorf("overview caption %q", c)
	}
	if h := eval[float64](t, ctx, `document.querySelector("figure.overview svg").getBoundingClientRect().height`); h < 80 {
		t.Errorf("overview drawn %.0f px high", h)
	}
	light := eval[string](t, ctx, `getComputedStyle(document.querySelector(".ov-ev")).fill`)
	scheme(t, ctx, "dark")
	dark := eval[string](t, ctx, `getComputedStyle(document.querySelector(".ov-ev")).fill`)
	bg := eval[string](t, ctx, `getComputedStyle(document.body).backgroundColor`)
	if dark == light || dark == bg {
		t.Errorf("overview bars in dark mode: %s (light %s, page %s)", dark, light, bg)
	}
	screenshot(t, ctx, "overview-dark.png")
	scheme(t, ctx, "light")

	lines := eval[[]string](t, ctx, `[...document.querySelectorAll("details.evidence li")].map(l => l.textContent)`)
	if len(lines) == 0 {
		t.Fatal("no event explains its merge")
	}
	for _, l := range lines {
		for _, bad := range []string{".md", ".txt", "similarity", "joins on"} {
			if strings.Contains(l, bad) {
				t.Errorf("why-merged line %q says %q", l, bad)
			}
		}
	}
	dups := eval[int](t, ctx, `[...document.querySelectorAll("details.evidence ul")].filter(u => { const t = [...u.children].map(l => l.textContent.split(" tell")[0]); return new Set(t).size != t.length }).length`)
	if dups > 0 {
		t.Errorf("%d why-merged lists name an outlet twice", dups)
	}
}

func scheme(t *testing.T, ctx context.Context, s string) {
	t.Helper()
	if _, err := chromedp.Call(ctx, emulation.SetEmulatedMedia, emulation.SetEmulatedMediaParams{
		Features: []*emulation.MediaFeature{{Name: "prefers-color-scheme", Value: s}}}); err != nil {
		t.Fatal(err)
	}
}

// TestBrowserInferredBadge: on the seeds (one article with no dateline),
// an inferred date is badged on that article's citation, and an event
// is badged inferred only when every source's date was.
func TestBrowserInferredBadge(t *testing.T) {
	const seeds = "../../../shared/seeds"
	if _, err := os.Stat(seeds); err != nil {
		t.Skipf("seeds not found at %s; skipping the inferred-badge check", seeds)
	}
	ctx := browsertest.Start(t)
	out := filepath.Join(t.TempDir(), "public")
	if _, err := timeline.Build(context.Background(), timeline.Config{Source: seeds, Output: out}); err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(server.New(server.Config{Dir: out}))
	t.Cleanup(srv.Close)
	do(t, ctx, chromedp.Navigate(srv.URL+"/"), chromedp.WaitVisible("article.event"))
	cited := eval[int](t, ctx, `document.querySelectorAll(".cite .badge-inferred").length`)
	wrong := eval[int](t, ctx, `[...document.querySelectorAll("article.event")].filter(e => e.querySelector(".event-date .badge-inferred") && [...e.querySelectorAll(".sources > li")].some(li => !li.querySelector(".badge-inferred"))).length`)
	if cited == 0 || wrong > 0 {
		t.Errorf("%d citations badged inferred; %d events badged inferred with a source that was not", cited, wrong)
	}
}
