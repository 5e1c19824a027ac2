package timeline

import (
	"context"
	"io/fs"
	"os"
	"path/filepath"
	"testing"
	"time"
)

// readTree returns every file under dir.
func readTree(t *testing.T, dir string) map[string]string {
	t.Helper()
	out := map[string]string{}
	filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			b, _ := os.ReadFile(p)
			rel, _ := filepath.Rel(dir, p)
			out[rel] = string(b)
		}
		return nil
	})
	return out
}

// TestCacheEquivalence: a rebuild that reuses cached articles after edits,
// additions and removals writes exactly the site a clean build writes.
func TestCacheEquivalence(t *testing.T) {
	dir := t.TempDir()
	content := filepath.Join(dir, "content")
	writeContent(t, content, map[string]string{
		"a.md":       okArticle,
		"b.md":       "---\ntitle: B\ndate: 2014-12-18\noutlet: Courier\n---\nOn Wednesday the studio canceled the release of the comedy. Hackers threatened theaters on Tuesday.\n",
		"c.txt":      "Studio drops comedy\n\nOn Wednesday the studio canceled the release of its comedy, and on Tuesday hackers threatened theaters.\n",
		"gone.md":    "---\ntitle: Gone\ndate: 2014-12-16\n---\nA road closed on Monday.\n",
		"wire/d.txt": "icon a icon b icon c icon d\nDec. 18, 2014\nWire\n\nTheaters dropped the film on Tuesday.\n",
	})
	cache := NewCache()
	cfg := Config{Source: content, Output: filepath.Join(dir, "cached"), Cache: cache}
	if _, err := Build(context.Background(), cfg); err != nil {
		t.Fatal(err)
	}
	// Edit one, add one, remove one; the edit keeps the file's size so
	// only the time tells it apart.
	time.Sleep(10 * time.Millisecond)
	writeContent(t, content, map[string]string{
		"a.md":   okArticle[:len(okArticle)-10] + "Thursday.\n",
		"new.md": "---\ntitle: New\ndate: 2014-12-19\noutlet: Gazette\n---\nThe FBI named North Korea on Friday.\n",
	})
	os.Remove(filepath.Join(content, "gone.md"))
	res, err := Build(context.Background(), cfg)
	if err != nil {
		t.Fatal(err)
	}
	clean := Config{Source: content, Output: filepath.Join(dir, "clean")}
	if _, err := Build(context.Background(), clean); err != nil {
		t.Fatal(err)
	}
	a, b := readTree(t, cfg.Output), readTree(t, clean.Output)
	if len(a) != len(b) {
		t.Errorf("cached build wrote %d files, clean build %d", len(a), len(b))
	}
	for name, body := range b {
		if a[name] != body {
			t.Errorf("%s differs between the cached and the clean build", name)
		}
	}
	if len(cache.entries) != 5 {
		t.Errorf("cache holds %d entries, want the 5 files there are", len(cache.entries))
	}
	if res.Articles != 5 {
		t.Errorf("%d articles", res.Articles)
	}
}
