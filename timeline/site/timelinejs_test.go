package site_test

import (
	"context"
	"net/http/httptest"
	"os"
	"path/filepath"
	"testing"

	"github.com/chromedp/chromedp"
	"github.com/newsroom/timeline/timeline"
	"github.com/newsroom/timeline/timeline/internal/browsertest"
	"github.com/newsroom/timeline/timeline/server"
	"github.com/newsroom/timeline/timeline/site"
)

// timelinejs.json is read by the TimelineJS widget, which sets each
// slide's headline, text and date with innerHTML. Markup an article
// carries (in its title, outlet or sentences) or the site's settings
// carry must not run there: the test loads the export in chromium and
// assigns every text field as the widget does.
func TestTimelineJSRunsNoMarkup(t *testing.T) {
	ctx := browsertest.Start(t)
	dir := t.TempDir()
	content := filepath.Join(dir, "content")
	os.MkdirAll(content, 0o755)
	hostile := map[string]string{
		"a.md": "---\ntitle: Studio <svg onload=window.pwned=1> cancels\ndate: 2014-12-17\noutlet: <img src=x onerror=window.pwned=2>\n---\n" +
			"The studio <img src=x onerror=window.pwned=3> canceled the film on Wednesday.\n\n" +
			"On Tuesday <a href=\"javascript:window.pwned=4\">theaters</a> dropped it <iframe src=\"javascript:parent.pwned=5\"></iframe> at once.\n",
		"b.txt": "Theaters <svg/onload=window.pwned=6> balk\n\nDec. 18, 2014\n\nTheater chains <img src=x onerror=window.pwned=7> dropped the film on Tuesday.\n",
	}
	for name, body := range hostile {
		if err := os.WriteFile(filepath.Join(content, name), []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	out := filepath.Join(dir, "public")
	cfg := timeline.Config{Source: content, Output: out, Site: site.Config{Title: "Hack <img src=x onerror=window.pwned=8>", Description: "<svg onload=window.pwned=9>"}}
	if _, err := timeline.Build(context.Background(), cfg); err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(server.New(server.Config{Dir: out}))
	t.Cleanup(srv.Close)
	do(t, ctx, chromedp.Navigate(srv.URL+"/"))
	// The fields TimelineJS writes with innerHTML, each into an element
	// of the page; then a moment for load and error handlers to fire.
	got, err := chromedp.Run(ctx, chromedp.Evaluate[map[string]any](`fetch("timelinejs.json").then(r => r.json()).then(tl => {
		const fields = [tl.title.text.headline, tl.title.text.text];
		for (const e of tl.events) {
			fields.push(e.text.headline, e.text.text, e.start_date.display_date);
			if (e.end_date) fields.push(e.end_date.display_date);
			if (e.media) fields.push(e.media.credit || "", e.media.caption || "");
		}
		for (const f of fields) {
			const el = document.createElement("div");
			el.innerHTML = f;
			document.body.appendChild(el);
		}
		return new Promise(done => setTimeout(() => done({
			pwned: window.pwned || 0,
			events: tl.events.length,
			elements: [...document.querySelectorAll("body > div *")].map(n => n.tagName.toLowerCase()).filter((v, i, a) => a.indexOf(v) === i).sort().join(","),
			text: tl.events.map(e => e.text.text).join("|"),
		}), 500));
	})`, chromedp.EvalAwaitPromise))
	if err != nil {
		t.Fatal(err)
	}
	if got["pwned"] != float64(0) {
		t.Errorf("markup from the export ran (window.pwned = %v)", got["pwned"])
	}
	if got["events"] == float64(0) {
		t.Fatal("no events in timelinejs.json: the test tested nothing")
	}
	// Only the markup the export makes itself: paragraphs and the outlet
	// in bold.
	if els := got["elements"].(string); els != "p,strong" {
		t.Errorf("elements made by the export's text: %q, want p,strong", els)
	}
	t.Logf("text fields: %v", got["text"])
}
