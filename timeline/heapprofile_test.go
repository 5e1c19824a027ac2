package timeline

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"runtime/metrics"
	"runtime/pprof"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/newsroom/timeline/timeline/temporal"
)

// stageHook is a progress.Reporter calling at with each stage's number
// as it starts, and with -1 when every item of merging is done (before
// what follows the merge loop: joins, settling).
type stageHook struct {
	at           func(n int)
	stage, total int
	done         atomic.Int64
}

func (h *stageHook) Stage(name string, total int) {
	h.stage, h.total = stageCount(name), total
	h.done.Store(0)
	h.at(h.stage)
}

func (h *stageHook) Add(n int) {
	if h.done.Add(int64(n)) == int64(h.total) && h.stage == 4 {
		h.at(-1)
	}
}

// stageCount numbers the stages a build goes through.
func stageCount(name string) int {
	for i, s := range []string{"finding articles", "reading articles", "resolving time expressions", "extracting events", "merging events", "writing the site"} {
		if s == name {
			return i
		}
	}
	return -1
}

// TestHeapAtPeak builds the collection in TIMELINE_HEAP_SOURCE and writes
// the heap profile of its largest live heap to TIMELINE_HEAP_PROFILE
// (what holds memory when a build peaks, issue #24), with one taken
// between merging and drawing the site beside it (.loaded), one as
// each stage starts (.stage-N) and one at the end (.end). A tool for
// looking, not a check: it skips unless both are set.
func TestHeapAtPeak(t *testing.T) {
	src, prof := os.Getenv("TIMELINE_HEAP_SOURCE"), os.Getenv("TIMELINE_HEAP_PROFILE")
	if src == "" || prof == "" {
		t.Skip("set TIMELINE_HEAP_SOURCE (a folder of articles) and TIMELINE_HEAP_PROFILE (a file) to profile a build's heap at its peak")
	}
	var mu sync.Mutex
	var peak uint64
	// A heap profile tells the heap as of the last collection, so the
	// live heap is read as often as a collection may end.
	sample := []metrics.Sample{{Name: "/gc/heap/live:bytes"}}
	snapshot := func(name string) {
		f, err := os.Create(name)
		if err != nil {
			t.Error(err)
			return
		}
		defer f.Close()
		if err := pprof.Lookup("heap").WriteTo(f, 0); err != nil {
			t.Error(err)
		}
	}
	done := make(chan struct{})
	var wg sync.WaitGroup
	wg.Go(func() {
		tick := time.NewTicker(50 * time.Millisecond)
		defer tick.Stop()
		for {
			select {
			case <-done:
				return
			case <-tick.C:
			}
			metrics.Read(sample)
			mu.Lock()
			if live := sample[0].Value.Uint64(); live > peak*21/20 {
				peak = live
				snapshot(prof)
			}
			mu.Unlock()
		}
	})
	cfg := Config{Source: src, Output: filepath.Join(t.TempDir(), "public")}
	// And at the start of each stage, after a collection: what the stage
	// starts from, without the garbage of the one before (.stage-N).
	cfg.Progress = &stageHook{at: func(n int) {
		runtime.GC()
		snapshot(fmt.Sprintf("%s.stage-%d", prof, n))
		var ms runtime.MemStats
		runtime.ReadMemStats(&ms)
		t.Logf("stage %d starts on a live heap of %.1f MB, %.0f MB allocated so far", n, float64(ms.HeapAlloc)/(1<<20), float64(ms.TotalAlloc)/(1<<20))
	}}
	tagger, err := temporal.New()
	if err != nil {
		t.Fatal(err)
	}
	res, err := Load(context.Background(), cfg, tagger)
	if err == nil {
		runtime.GC()
		snapshot(prof + ".loaded")
		res, err = render(context.Background(), cfg, res)
	}
	close(done)
	wg.Wait()
	if err != nil {
		t.Fatal(err)
	}
	snapshot(prof + ".end") // beside .stage-5: what writing the site allocated
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	t.Logf("%d articles, peak live heap %d MB, %.0f MB allocated", res.Articles, peak>>20, float64(ms.TotalAlloc)/(1<<20))
}
