package timeline

import (
	"context"
	"path/filepath"
	"sync"
	"testing"
)

// recorder keeps what a build told its progress.Reporter.
type recorder struct {
	mu     sync.Mutex
	stages []recorded
}

type recorded struct {
	name        string
	total, done int
}

func (r *recorder) Stage(name string, total int) {
	r.mu.Lock()
	r.stages = append(r.stages, recorded{name: name, total: total})
	r.mu.Unlock()
}

func (r *recorder) Add(n int) {
	r.mu.Lock()
	r.stages[len(r.stages)-1].done += n
	r.mu.Unlock()
}

// TestBuildReportsProgress: every stage of a build says how many items
// it works on and counts them all done, with and without a cache.
func TestBuildReportsProgress(t *testing.T) {
	dir := t.TempDir()
	src := filepath.Join(dir, "content")
	writeContent(t, src, map[string]string{
		"a.md":        okArticle,
		"b.md":        "---\ntitle: B\ndate: 2014-12-18\noutlet: Courier\n---\nTheaters dropped the film on Tuesday. The studio canceled the film on Wednesday.\n",
		"wire/c.txt":  "Dec. 19, 2014\nWire copy\n\nThe president spoke about the film on Friday.\n",
		"notes.docx":  "ignored, and not counted",
		"_draft/x.md": "skipped",
	})
	for _, cache := range []*Cache{nil, NewCache()} {
		rec := &recorder{}
		res, err := Build(context.Background(), Config{Source: src, Output: filepath.Join(dir, "public"), Progress: rec, Cache: cache})
		if err != nil {
			t.Fatal(err)
		}
		cands := 0
		for _, e := range res.Timeline.Events {
			cands += len(e.Sources)
		}
		want := []recorded{
			{"finding articles", 0, 0},
			{"reading articles", 3, 3},
			{"resolving time expressions", 3, 3},
			{"extracting events", 3, 3},
			{"merging events", cands, cands},
			{"writing the site", 5, -1}, // 3 article pages, index, sources; then static files and exports
		}
		if len(rec.stages) != len(want) {
			t.Fatalf("cache %v: stages %+v, want %+v", cache != nil, rec.stages, want)
		}
		for i, w := range want {
			g := rec.stages[i]
			if g.name != w.name || g.total != w.total || (w.done >= 0 && g.done != w.done) || (w.done < 0 && g.done <= g.total) {
				t.Errorf("cache %v: stage %d = %+v, want %+v", cache != nil, i, g, w)
			}
		}
		if len(res.Stages) != len(want) {
			t.Errorf("res.Stages has %d stages, want the %d reported", len(res.Stages), len(want))
		}
	}
}
