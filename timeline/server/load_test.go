package server_test

import (
	"context"
	"fmt"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/newsroom/timeline/timeline"
	"github.com/newsroom/timeline/timeline/server"
)

// TestLoadDuringRebuilds: clients hammer the preview on loopback for a
// few seconds while articles change and the site rebuilds: no request
// fails, and every page is whole and from one build.
func TestLoadDuringRebuilds(t *testing.T) {
	if testing.Short() {
		t.Skip("-short: skipping the load test")
	}
	dir := t.TempDir()
	content, out := filepath.Join(dir, "content"), filepath.Join(dir, "public")
	os.MkdirAll(content, 0o755)
	write := func(v int) {
		for i := range 20 {
			body := fmt.Sprintf("---\ntitle: Article %d version %d\ndate: 2014-12-17\n---\nVersion %d: the studio canceled the film on Wednesday and theaters balked on Tuesday.\n", i, v, v)
			os.WriteFile(filepath.Join(content, fmt.Sprintf("a%02d.md", i)), []byte(body), 0o644)
		}
	}
	write(0)
	cfg := timeline.Config{Source: content, Output: out}
	srv := server.New(server.Config{
		Addr: "127.0.0.1:0", Dir: out, Watch: []string{content}, Quiet: 20 * time.Millisecond,
		Build: func(ctx context.Context, _ []string, ready func()) error {
			c := cfg
			c.Ready = ready
			_, err := timeline.Build(ctx, c)
			return err
		},
	})
	if err := srv.Listen(); err != nil {
		t.Fatal(err)
	}
	ctx, stop := context.WithCancel(context.Background())
	done := make(chan error)
	go func() { done <- srv.Run(ctx) }()
	defer func() { stop(); <-done }()
	time.Sleep(200 * time.Millisecond)

	var requests, failures, torn atomic.Int64
	deadline := time.Now().Add(3 * time.Second)
	version := regexp.MustCompile(`version (\d+)`)
	var wg sync.WaitGroup
	client := &http.Client{Timeout: 5 * time.Second}
	for w := range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; time.Now().Before(deadline); i++ {
				path := []string{"", "articles/a03.html", "sources.html", "events.json"}[(i+w)%4]
				resp, err := client.Get(srv.URL() + path)
				requests.Add(1)
				if err != nil {
					failures.Add(1)
					continue
				}
				b, err := io.ReadAll(resp.Body)
				resp.Body.Close()
				if err != nil || resp.StatusCode != 200 {
					failures.Add(1)
					continue
				}
				// Whole: a page ends as the template ends it; the one
				// article page names a single version of its article.
				page := string(b)
				whole := strings.HasSuffix(page, "</html>\n") || (path == "events.json" && strings.HasSuffix(page, "}\n"))
				seen := map[string]bool{}
				if path == "articles/a03.html" {
					for _, m := range version.FindAllStringSubmatch(page, -1) {
						seen[m[1]] = true
					}
				}
				if !whole || len(seen) > 1 {
					torn.Add(1)
				}
			}
		}()
	}
	builds := 0
	for v := 1; time.Now().Before(deadline); v++ {
		write(v)
		builds++
		time.Sleep(150 * time.Millisecond)
	}
	wg.Wait()
	t.Logf("%d requests in 3 s with 4 clients during %d rebuild triggers: %d failed, %d torn", requests.Load(), builds, failures.Load(), torn.Load())
	if failures.Load() != 0 || torn.Load() != 0 || requests.Load() < 100 {
		t.Errorf("%d requests, %d failed, %d torn", requests.Load(), failures.Load(), torn.Load())
	}
}
