package server

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"
	"testing/synctest"
	"time"
)

func site(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	out := filepath.Join(dir, "public")
	for name, body := range map[string]string{
		"index.html":                   "<h1>home</h1>",
		"articles/a/index.html":        "<h1>a</h1>",
		"static/style.css":             "body{}",
		"events.json":                  "{}",
		"articles/b/not-an-index.html": "x",
	} {
		p := filepath.Join(out, name)
		os.MkdirAll(filepath.Dir(p), 0o755)
		os.WriteFile(p, []byte(body), 0o644)
	}
	os.WriteFile(filepath.Join(dir, "secret.txt"), []byte("secret"), 0o644)
	os.Symlink(filepath.Join(dir, "secret.txt"), filepath.Join(out, "link.txt"))
	return out
}

func TestServesOnlyTheSite(t *testing.T) {
	s := New(Config{Dir: site(t)})
	tests := []struct {
		path, rawPath string
		code          int
		ctype, body   string
	}{
		{"/", "", 200, "text/html; charset=utf-8", "<h1>home</h1>"},
		{"/index.html", "", 200, "text/html; charset=utf-8", "<h1>home</h1>"},
		{"/articles/a/", "", 200, "text/html; charset=utf-8", "<h1>a</h1>"},
		{"/articles/a", "", 301, "", ""},
		{"/static/style.css", "", 200, "text/css; charset=utf-8", "body{}"},
		{"/events.json", "", 200, "application/json", "{}"},
		{"/articles/", "", 404, "", ""},   // no listing of a folder without index.html
		{"/articles/b/", "", 404, "", ""}, // likewise
		{"/../secret.txt", "", 404, "", ""},
		{"/articles/../../secret.txt", "", 404, "", ""},
		{"/articles/..%2f..%2fsecret.txt", "/articles/..%2f..%2fsecret.txt", 404, "", ""},
		{"/link.txt", "", 404, "", ""}, // a symlink out of the site
		{"/nope.html", "", 404, "", ""},
		{"/_timeline/live.js", "", 200, "text/javascript; charset=utf-8", "EventSource"},
	}
	for _, tt := range tests {
		r := httptest.NewRequest("GET", "http://127.0.0.1/", nil)
		r.URL.Path, r.URL.RawPath = tt.path, tt.rawPath
		w := httptest.NewRecorder()
		s.ServeHTTP(w, r)
		if w.Code != tt.code {
			t.Errorf("GET %s: %d, want %d", tt.path, w.Code, tt.code)
			continue
		}
		if w.Header().Get("X-Content-Type-Options") != "nosniff" {
			t.Errorf("GET %s: no nosniff header", tt.path)
		}
		if tt.ctype != "" && w.Header().Get("Content-Type") != tt.ctype {
			t.Errorf("GET %s: Content-Type %q, want %q", tt.path, w.Header().Get("Content-Type"), tt.ctype)
		}
		if tt.body != "" && !strings.Contains(w.Body.String(), tt.body) {
			t.Errorf("GET %s: body %q", tt.path, w.Body.String())
		}
		if strings.Contains(w.Body.String(), "secret") {
			t.Errorf("GET %s leaked a file outside the site", tt.path)
		}
	}
	// A page rebuilt within the same second is never answered 304.
	r := httptest.NewRequest("GET", "http://127.0.0.1/index.html", nil)
	r.Header.Set("If-Modified-Since", time.Now().Add(time.Hour).UTC().Format(http.TimeFormat))
	w := httptest.NewRecorder()
	s.ServeHTTP(w, r)
	if w.Code != 200 || w.Header().Get("Last-Modified") != "" || w.Header().Get("Cache-Control") != "no-store" {
		t.Errorf("revalidation: %d, Last-Modified %q, Cache-Control %q", w.Code, w.Header().Get("Last-Modified"), w.Header().Get("Cache-Control"))
	}
	r = httptest.NewRequest("POST", "http://127.0.0.1/", nil)
	w = httptest.NewRecorder()
	s.ServeHTTP(w, r)
	if w.Code != http.StatusMethodNotAllowed {
		t.Errorf("POST: %d", w.Code)
	}
}

func TestHostHeaderChecked(t *testing.T) {
	s := New(Config{Addr: "127.0.0.1:0", Dir: site(t)})
	if err := s.Listen(); err != nil {
		t.Fatal(err)
	}
	defer s.ln.Close()
	port := s.ln.Addr().(interface{ String() string }).String()
	port = port[strings.LastIndex(port, ":")+1:]
	for host, want := range map[string]int{
		"127.0.0.1:" + port:    200,
		"localhost:" + port:    200,
		"[::1]:" + port:        200,
		"evil.example:" + port: 403, // DNS rebinding: a remote name resolving to 127.0.0.1
		"127.0.0.1:1":          403,
		"attacker.test":        403,
	} {
		r := httptest.NewRequest("GET", "/", nil)
		r.Host = host
		w := httptest.NewRecorder()
		s.ServeHTTP(w, r)
		if w.Code != want {
			t.Errorf("Host %s: %d, want %d", host, w.Code, want)
		}
	}
	if !strings.HasPrefix(s.URL(), "http://127.0.0.1:") {
		t.Errorf("URL = %s", s.URL())
	}
}

// readEvent reads one server-sent event.
func readEvent(t *testing.T, r *bufio.Reader) (kind, data string) {
	t.Helper()
	for {
		line, err := r.ReadString('\n')
		if err != nil {
			t.Fatalf("reading events: %v", err)
		}
		line = strings.TrimRight(line, "\n")
		switch {
		case strings.HasPrefix(line, "event: "):
			kind = line[7:]
		case strings.HasPrefix(line, "data: "):
			data += line[6:]
		case line == "" && kind != "":
			return kind, data
		}
	}
}

// TestRebuildAndReload edits a watched file: a good build sends "reload",
// a bad one "error" with its message, and fixing the file reloads again.
func TestRebuildAndReload(t *testing.T) {
	content := t.TempDir()
	os.WriteFile(filepath.Join(content, "a.md"), []byte("good"), 0o644)
	var builds atomic.Int32
	s := New(Config{
		Addr: "127.0.0.1:0", Dir: site(t), Watch: []string{content}, Quiet: 20 * time.Millisecond,
		Build: func(ctx context.Context, changed []string, _ func()) error {
			builds.Add(1)
			b, _ := os.ReadFile(filepath.Join(content, "a.md"))
			if strings.Contains(string(b), "bad") {
				return errors.New("a.md:3: front matter: something is wrong")
			}
			return nil
		},
	})
	if err := s.Listen(); err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error)
	go func() { done <- s.Run(ctx) }()
	defer func() {
		cancel()
		if err := <-done; err != nil {
			t.Error(err)
		}
	}()
	client := &http.Client{Timeout: 10 * time.Second} // bounds every read below
	resp, err := client.Get(s.URL() + "_timeline/events")
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	if ct := resp.Header.Get("Content-Type"); ct != "text/event-stream" {
		t.Fatalf("Content-Type %q", ct)
	}
	events := bufio.NewReader(resp.Body)
	time.Sleep(50 * time.Millisecond) // let the watcher settle

	os.WriteFile(filepath.Join(content, "a.md"), []byte("bad"), 0o644)
	if kind, data := readEvent(t, events); kind != "error" || !strings.Contains(data, "a.md:3: front matter") {
		t.Fatalf("after a bad edit: %s %q", kind, data)
	}
	if s.LastError() == nil {
		t.Error("LastError is nil after a failed build")
	}
	// A page opened now learns about the error at once.
	resp2, err := client.Get(s.URL() + "_timeline/events")
	if err != nil {
		t.Fatal(err)
	}
	if kind, _ := readEvent(t, bufio.NewReader(resp2.Body)); kind != "error" {
		t.Errorf("a new page was told %q, want the current error", kind)
	}
	resp2.Body.Close()

	// Files created in a new folder are seen too.
	os.MkdirAll(filepath.Join(content, "sub"), 0o755)
	time.Sleep(50 * time.Millisecond)
	os.WriteFile(filepath.Join(content, "a.md"), []byte("good again"), 0o644)
	// The new folder may have caused one more (failing) build first.
	kind, _ := readEvent(t, events)
	if kind == "error" {
		kind, _ = readEvent(t, events)
	}
	if kind != "reload" {
		t.Fatalf("after the fix: %s", kind)
	}
	if s.LastError() != nil {
		t.Errorf("LastError = %v after a good build", s.LastError())
	}
	n := builds.Load()
	os.WriteFile(filepath.Join(content, "sub", "b.md"), []byte("new"), 0o644)
	if kind, _ := readEvent(t, events); kind != "reload" || builds.Load() <= n {
		t.Fatalf("a file in a new folder: %s, builds %d", kind, builds.Load())
	}
	// Editor droppings do not rebuild.
	if !ignoredName(filepath.Join(content, ".a.md.swp")) || !ignoredName("x~") || ignoredName("a.md") {
		t.Error("ignoredName")
	}
}

// TestDebounce: a burst of changes makes one build, after the quiet time.
func TestDebounce(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		changes := make(chan string)
		var batches [][]string
		done := make(chan struct{})
		go func() {
			debounce(context.Background(), changes, 100*time.Millisecond, func(b []string) { batches = append(batches, b) })
			close(done)
		}()
		for _, p := range []string{"a", "b", "c"} {
			changes <- p
			time.Sleep(30 * time.Millisecond)
		}
		synctest.Wait()
		if len(batches) != 0 {
			t.Fatalf("fired during the burst: %v", batches)
		}
		time.Sleep(100 * time.Millisecond)
		synctest.Wait()
		if len(batches) != 1 || strings.Join(batches[0], ",") != "a,b,c" {
			t.Fatalf("batches = %v, want one of a,b,c", batches)
		}
		changes <- "d"
		time.Sleep(150 * time.Millisecond)
		synctest.Wait()
		close(changes)
		<-done
		if len(batches) != 2 {
			t.Fatalf("batches = %v", batches)
		}
	})
}

func TestPollWatcher(t *testing.T) {
	dir := t.TempDir()
	w := NewPollWatcher([]string{dir}, nil, 10*time.Millisecond)
	defer w.Close()
	time.Sleep(30 * time.Millisecond)
	os.WriteFile(filepath.Join(dir, "x.md"), []byte("x"), 0o644)
	select {
	case p := <-w.Changes():
		if filepath.Base(p) != "x.md" {
			t.Errorf("changed %s", p)
		}
	case <-time.After(2 * time.Second):
		t.Fatal("no change seen")
	}
}

// TestWatcherDropsNothing: changes made while nobody reads are all
// delivered once reading starts (a rebuild reads again only the files it
// is told of, so a dropped change would never be rebuilt).
func TestWatcherDropsNothing(t *testing.T) {
	dir := t.TempDir()
	w, err := NewFSWatcher([]string{dir}, nil)
	if err != nil {
		t.Skipf("no file system events here: %v", err)
	}
	defer w.Close()
	const n = 300 // several times the channel's room
	want := map[string]bool{}
	for i := range n {
		p := filepath.Join(dir, fmt.Sprintf("a%03d.md", i))
		if err := os.WriteFile(p, []byte("x"), 0o644); err != nil {
			t.Fatal(err)
		}
		want[p] = true
	}
	deadline := time.After(5 * time.Second)
	for len(want) > 0 {
		select {
		case p := <-w.Changes():
			if p == Unknown {
				return // the system's queue overflowed, and that was said
			}
			delete(want, p)
		case <-deadline:
			t.Fatalf("%d of %d changes never delivered", len(want), n)
		}
	}
}

// TestWatchFiles: a watched single file (the settings file) is reported
// when it is created, written or replaced by a rename, as editors save;
// other files in its folder are not; the tree beside it still is.
func TestWatchFiles(t *testing.T) {
	for _, kind := range []string{"events", "poll"} {
		t.Run(kind, func(t *testing.T) {
			// Relative paths, as serve gives them: timeline.yaml in the
			// working folder.
			t.Chdir(t.TempDir())
			dir, content, settings := ".", "content", "timeline.yaml"
			os.MkdirAll(content, 0o755)
			var w Watcher
			if kind == "poll" {
				w = NewPollWatcher([]string{content}, []string{settings}, 10*time.Millisecond)
			} else {
				var err error
				if w, err = NewFSWatcher([]string{content}, []string{settings}); err != nil {
					t.Skipf("no file system events here: %v", err)
				}
			}
			defer w.Close()
			time.Sleep(30 * time.Millisecond)
			next := func(what string) string {
				t.Helper()
				select {
				case p := <-w.Changes():
					return filepath.Clean(p)
				case <-time.After(2 * time.Second):
					t.Fatalf("%s: no change seen", what)
					return ""
				}
			}
			// A sibling first: were it reported, it would come before what follows.
			os.WriteFile(filepath.Join(dir, "notes.txt"), []byte("x"), 0o644)
			os.Mkdir(filepath.Join(dir, ".timeline-build-public-1"), 0o755)
			os.WriteFile(settings, []byte("title: A\n"), 0o644)
			if p := next("created"); p != settings {
				t.Errorf("created: reported %q, want %q", p, settings)
			}
			drain(w, 50*time.Millisecond)
			tmp := filepath.Join(dir, ".timeline.yaml.new")
			os.WriteFile(tmp, []byte("title: Longer title\n"), 0o644)
			os.Rename(tmp, settings)
			if p := next("replaced"); p != settings {
				t.Errorf("replaced: reported %q, want %q", p, settings)
			}
			drain(w, 50*time.Millisecond)
			os.WriteFile(filepath.Join(content, "a.md"), []byte("x"), 0o644)
			if p := next("article"); p != filepath.Join(content, "a.md") {
				t.Errorf("article: reported %q", p)
			}
		})
	}
}

// drain reads what a watcher reports until it has been still for quiet.
func drain(w Watcher, quiet time.Duration) {
	for {
		select {
		case <-w.Changes():
		case <-time.After(quiet):
			return
		}
	}
}

// A watched folder deleted and put back (a checkout switched, a folder
// restored from a backup) is watched again: its return is reported, and
// so are changes inside it afterwards.
func TestWatcherRearmsWhenFolderReturns(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "content")
	os.Mkdir(dir, 0o755)
	w, err := NewFSWatcher([]string{dir}, nil)
	if err != nil {
		t.Skipf("no file system events here: %v", err)
	}
	defer w.Close()
	wait := func(what string, ok func(p string) bool) {
		t.Helper()
		deadline := time.After(5 * time.Second)
		for {
			select {
			case p := <-w.Changes():
				if ok(p) {
					return
				}
			case <-deadline:
				t.Fatalf("never told of %s", what)
			}
		}
	}
	if err := os.RemoveAll(dir); err != nil {
		t.Fatal(err)
	}
	wait("the folder's removal", func(p string) bool { return p == dir })
	time.Sleep(100 * time.Millisecond)
	os.Mkdir(dir, 0o755)
	wait("the folder's return", func(p string) bool { return p == dir })
	p := filepath.Join(dir, "a.md")
	os.WriteFile(p, []byte("x"), 0o644)
	wait("a file written in the returned folder", func(got string) bool { return got == p })
}
