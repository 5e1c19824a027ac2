package timeline

import (
	"bytes"
	"context"
	"errors"
	"io"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/newsroom/timeline/timeline/site"
)

func writeContent(t *testing.T, dir string, files map[string]string) {
	t.Helper()
	for name, body := range files {
		p := filepath.Join(dir, name)
		os.MkdirAll(filepath.Dir(p), 0o755)
		if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

const okArticle = "---\ntitle: A\ndate: 2014-12-17\noutlet: Ledger\n---\nThe studio canceled the film on Wednesday.\n"

func TestPublishFailureLeavesOldSite(t *testing.T) {
	dir := t.TempDir()
	out := filepath.Join(dir, "public")
	if err := Publish(context.Background(), out, func(w site.Writer) error { return w.WriteFile("index.html", []byte("old")) }); err != nil {
		t.Fatal(err)
	}
	boom := errors.New("render failed")
	err := Publish(context.Background(), out, func(w site.Writer) error {
		w.WriteFile("index.html", []byte("half"))
		return boom
	})
	if !errors.Is(err, boom) {
		t.Fatalf("err = %v", err)
	}
	if b, _ := os.ReadFile(filepath.Join(out, "index.html")); string(b) != "old" {
		t.Errorf("index.html = %q after a failed build, want the old site", b)
	}
	if left, _ := filepath.Glob(filepath.Join(dir, ".timeline-*")); len(left) != 0 {
		t.Errorf("temporary folders left: %v", left)
	}
	// Writes cannot leave the site.
	err = Publish(context.Background(), out, func(w site.Writer) error { return w.WriteFile("../escape.html", []byte("x")) })
	if err == nil || !strings.Contains(err.Error(), "outside the site") {
		t.Errorf("escape: %v", err)
	}
}

func TestPublishRecoversFromAKilledSwap(t *testing.T) {
	dir := t.TempDir()
	out := filepath.Join(dir, "public")
	// A build killed between its two renames leaves the old site aside and
	// no public/; a stale temporary folder lies beside it.
	old := filepath.Join(dir, ".timeline-old-public-123")
	writeContent(t, old, map[string]string{"index.html": "old", ".timeline-site": ""})
	writeContent(t, filepath.Join(dir, ".timeline-build-public-456"), map[string]string{"index.html": "partial"})
	recoverInterrupted(out)
	if b, _ := os.ReadFile(filepath.Join(out, "index.html")); string(b) != "old" {
		t.Fatalf("old site not put back: %q", b)
	}
	if err := Publish(context.Background(), out, func(w site.Writer) error { return w.WriteFile("index.html", []byte("new")) }); err != nil {
		t.Fatal(err)
	}
	if left, _ := filepath.Glob(filepath.Join(dir, ".timeline-*")); len(left) != 0 {
		t.Errorf("stale folders not cleaned: %v", left)
	}
}

// TestKillMidBuild kills `timeline build` at random moments: afterwards
// public/ is always a whole site, the old one or the new one.
func TestKillMidBuild(t *testing.T) {
	if testing.Short() {
		t.Skip("-short: skipping the kill test")
	}
	bin := filepath.Join(t.TempDir(), "timeline")
	if out, err := exec.Command("go", "build", "-o", bin, "../cmd/timeline").CombinedOutput(); err != nil {
		t.Fatalf("building the binary: %v\n%s", err, out)
	}
	dir := t.TempDir()
	content := filepath.Join(dir, "content")
	files := map[string]string{}
	for i := range 150 {
		files[filepath.Join("c", string(rune('a'+i%26))+strings.Repeat("x", i/26)+".md")] = okArticle + strings.Repeat("Theaters balked on Tuesday and officials spoke on Monday. ", 40)
	}
	writeContent(t, content, files)
	out := filepath.Join(dir, "public")
	if b, err := exec.Command(bin, "build", "-q", "-s", content, "-o", out).CombinedOutput(); err != nil {
		t.Fatalf("first build: %v %s", err, b)
	}
	rng := rand.New(rand.NewPCG(1, 2))
	const runs = 20
	killed := 0
	for i := range runs {
		cmd := exec.Command(bin, "build", "-q", "-s", content, "-o", out)
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		time.Sleep(time.Duration(rng.IntN(120)) * time.Millisecond)
		if cmd.Process.Signal(syscall.SIGKILL) == nil {
			killed++
		}
		cmd.Wait()
		index, err := os.ReadFile(filepath.Join(out, "index.html"))
		if err != nil || !strings.Contains(string(index), "</html>") {
			t.Fatalf("run %d: public/index.html broken after a kill: %v", i, err)
		}
		if _, err := os.Stat(filepath.Join(out, "events.json")); err != nil {
			t.Fatalf("run %d: events.json missing after a kill", i)
		}
	}
	// The next build cleans up whatever the kills left.
	if b, err := exec.Command(bin, "build", "-q", "-s", content, "-o", out).CombinedOutput(); err != nil {
		t.Fatalf("build after kills: %v %s", err, b)
	}
	if left, _ := filepath.Glob(filepath.Join(dir, ".timeline-*")); len(left) != 0 {
		t.Errorf("left behind after %d kills: %v", killed, left)
	}
	t.Logf("%d builds killed at random moments; public/ was whole after each", killed)
}

// TestSameOutputInAnyZone: the machine's time zone changes nothing.
func TestSameOutputInAnyZone(t *testing.T) {
	dir := t.TempDir()
	writeContent(t, filepath.Join(dir, "content"), map[string]string{
		"a.md":  "---\ntitle: A\ndate: 2014-12-17 23:29 -05:00\n---\nLate Wednesday the studio canceled the film; on Tuesday theaters balked.\n",
		"b.txt": "B\n\n17 Dec, 2014 23:29\n\nOn Wednesday night officials spoke.\n",
	})
	var outputs []string
	for _, tz := range []string{"UTC", "Pacific/Kiritimati", "America/Los_Angeles"} {
		out := filepath.Join(dir, "public-"+strings.ReplaceAll(tz, "/", "-"))
		cmd := exec.Command("go", "run", "../cmd/timeline", "build", "-q", "-s", filepath.Join(dir, "content"), "-o", out)
		cmd.Env = append(os.Environ(), "TZ="+tz)
		if b, err := cmd.CombinedOutput(); err != nil {
			t.Fatalf("TZ=%s: %v %s", tz, err, b)
		}
		b, _ := os.ReadFile(filepath.Join(out, "events.json"))
		outputs = append(outputs, string(b))
	}
	if outputs[0] != outputs[1] || outputs[0] != outputs[2] {
		t.Error("events.json differs between time zones")
	}
	if !strings.Contains(outputs[0], `"value":"2014-12-17"`) {
		t.Error("late Wednesday in New York moved off its day")
	}
}

// A rebuild links the files whose bytes did not change from the site it
// replaces and writes the others afresh; a reader holding a file of the
// old site open still reads the old bytes.
func TestRebuildLinksUnchangedFiles(t *testing.T) {
	dir := t.TempDir()
	content := filepath.Join(dir, "content")
	writeContent(t, content, map[string]string{
		"a.md": okArticle,
		"b.md": "---\ntitle: B\ndate: 2014-12-18\noutlet: Courier\n---\nTheaters dropped the film on Tuesday.\n",
	})
	cfg := Config{Source: content, Output: filepath.Join(dir, "public")}
	if _, err := Build(context.Background(), cfg); err != nil {
		t.Fatal(err)
	}
	stat := func(name string) os.FileInfo {
		info, err := os.Stat(filepath.Join(cfg.Output, name))
		if err != nil {
			t.Fatal(err)
		}
		return info
	}
	style, page := stat("static/style.css"), stat("articles/b.html")
	old, err := os.Open(filepath.Join(cfg.Output, "articles", "a.html"))
	if err != nil {
		t.Fatal(err)
	}
	defer old.Close()
	before, _ := os.ReadFile(filepath.Join(cfg.Output, "articles", "a.html"))
	writeContent(t, content, map[string]string{"a.md": okArticle + "Officials will speak on Friday.\n"})
	if _, err := Build(context.Background(), cfg); err != nil {
		t.Fatal(err)
	}
	if !os.SameFile(style, stat("static/style.css")) || !os.SameFile(page, stat("articles/b.html")) {
		t.Error("unchanged files were written again instead of linked")
	}
	now, _ := os.ReadFile(filepath.Join(cfg.Output, "articles", "a.html"))
	if bytes.Equal(now, before) || !strings.Contains(string(now), "Friday") {
		t.Error("the edited article's page did not change")
	}
	if got, _ := io.ReadAll(old); !bytes.Equal(got, before) {
		t.Error("a reader of the old site saw its file change")
	}
	if marker := stat(".timeline-site"); marker == nil {
		t.Error("no marker")
	}
}
