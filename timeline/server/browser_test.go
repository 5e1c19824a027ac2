package server_test

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/newsroom/timeline/timeline"
	"github.com/newsroom/timeline/timeline/internal/browsertest"
	"github.com/newsroom/timeline/timeline/server"
)

// TestLiveReloadInBrowser: an open page reloads when an article changes,
// shows a build error when one breaks, and recovers when it is fixed.
func TestLiveReloadInBrowser(t *testing.T) {
	ctx := browsertest.Start(t)
	dir := t.TempDir()
	content, out := filepath.Join(dir, "content"), filepath.Join(dir, "public")
	article := filepath.Join(content, "a.md")
	os.MkdirAll(content, 0o755)
	write := func(body string) {
		if err := os.WriteFile(article, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("---\ntitle: A\ndate: 2014-12-17\n---\nTheaters dropped the film on Tuesday.\n")
	// As serve builds: with a cache, looking only at the files the
	// watcher names.
	cfg := timeline.Config{Source: content, Output: out, Cache: timeline.NewCache()}
	cfg.Site.LiveReload = true
	srv := server.New(server.Config{
		Addr: "127.0.0.1:0", Dir: out, Watch: []string{content}, Quiet: 50 * time.Millisecond,
		Build: func(ctx context.Context, changed []string, ready func()) error {
			c := cfg
			c.Ready = ready
			c.Changed = timeline.ChangedPaths(content, changed)
			_, err := timeline.Build(ctx, c)
			return err
		},
	})
	if err := srv.Listen(); err != nil {
		t.Fatal(err)
	}
	sctx, stop := context.WithCancel(context.Background())
	done := make(chan error)
	go func() { done <- srv.Run(sctx) }()
	defer func() { stop(); <-done }()

	if err := chromedp.Do(ctx, chromedp.Navigate(srv.URL()), chromedp.WaitVisible("article.event")); err != nil {
		t.Fatal(err)
	}
	waitText := func(sel, want string) {
		t.Helper()
		deadline := time.Now().Add(20 * time.Second)
		for time.Now().Before(deadline) {
			// Reads can fail while the page reloads; try again.
			got, err := chromedp.Run(ctx, chromedp.Evaluate[string](`(document.querySelector("`+sel+`")||{}).textContent||""`))
			if err == nil && strings.Contains(got, want) {
				return
			}
			time.Sleep(100 * time.Millisecond)
		}
		got, _ := chromedp.Run(ctx, chromedp.Evaluate[string](`document.body.textContent`))
		t.Fatalf("%s never showed %q (last build error: %v); page: %.300s", sel, want, srv.LastError(), strings.Join(strings.Fields(got), " "))
	}
	time.Sleep(300 * time.Millisecond) // the page has subscribed to reloads
	write("---\ntitle: A\ndate: 2014-12-17\n---\nThe chain pulled the comedy on Monday.\n")
	waitText("main", "pulled the comedy")

	write("---\ntitle: [broken\n---\nx\n")
	waitText("#timeline-build-error", "a.md:2")
	if got, _ := chromedp.Run(ctx, chromedp.Evaluate[string](`document.querySelector("main").textContent`)); !strings.Contains(got, "pulled the comedy") {
		t.Error("the last good build is not shown under the error")
	}

	write("---\ntitle: A\ndate: 2014-12-17\n---\nFixed: the studio spoke on Wednesday.\n")
	waitText("main", "Fixed: the studio spoke")
	if n, _ := chromedp.Run(ctx, chromedp.Evaluate[int](`document.querySelectorAll("#timeline-build-error").length`)); n != 0 {
		t.Error("the error banner stayed after the fix")
	}

	// An article in a new folder: the watcher names the folder, and the
	// rebuild looks at everything.
	os.MkdirAll(filepath.Join(content, "wire"), 0o755)
	if err := os.WriteFile(filepath.Join(content, "wire", "b.md"), []byte("---\ntitle: B\ndate: 2014-12-18\n---\nThe wire reported the release on Thursday.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	waitText("main", "The wire reported the release")
}
