package timeline

import (
	"context"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/newsroom/timeline/timeline/internal/parallel"
	"github.com/newsroom/timeline/timeline/temporal"
)

func TestZZWrite(t *testing.T) {
	cfg := Config{Source: "/tmp/corp10k"}
	res, err := Load(context.Background(), cfg, temporal.MustNew())
	if err != nil {
		t.Fatal(err)
	}
	sc, _ := NewSite(cfg)
	for k := 0; k < 2; k++ {
		mem := &memWriter{files: map[string][]byte{}}
		t0 := time.Now()
		sc.Render(context.Background(), res.Timeline, mem)
		t.Logf("render to memory %v (%d files)", time.Since(t0), len(mem.files))
		var names []string
		var total int
		for n, b := range mem.files {
			names = append(names, n)
			total += len(b)
		}
		t.Logf("bytes %d MB", total>>20)
		for _, workers := range []int{0, 1} {
			dir := t.TempDir()
			os.MkdirAll(filepath.Join(dir, "articles"), 0o755)
			os.MkdirAll(filepath.Join(dir, "months"), 0o755)
			os.MkdirAll(filepath.Join(dir, "static"), 0o755)
			t0 = time.Now()
			if workers == 0 {
				for _, n := range names {
					os.WriteFile(filepath.Join(dir, n), mem.files[n], 0o644)
				}
			} else {
				parallel.Do(context.Background(), len(names), func(i int) {
					os.WriteFile(filepath.Join(dir, names[i]), mem.files[names[i]], 0o644)
				})
			}
			t.Logf("write (parallel=%d) %v", workers, time.Since(t0))
			t0 = time.Now()
			os.RemoveAll(dir)
			t.Logf("remove %v", time.Since(t0))
		}
	}
}
