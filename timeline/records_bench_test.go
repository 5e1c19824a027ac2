package timeline

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/newsroom/timeline/timeline/article"
)

// BenchmarkRecordsProcess runs the build as two processes, as a cluster
// would run its stages: `timeline extract` (paths on stdin, records on
// stdout, into a file) then `timeline render --records`. It reports each
// stage's time and peak resident memory, and the records' size; compare
// with BenchmarkBuildProcess on the same collections.
func BenchmarkRecordsProcess(b *testing.B) {
	bin := timelineBinary(b)
	for _, n := range []int{1000, 10000} {
		dir := corpusDir(b, n)
		found, err := article.Discover(os.DirFS(dir))
		if err != nil {
			b.Fatal(err)
		}
		paths := make([]string, len(found.Files))
		for i, f := range found.Files {
			paths[i] = filepath.Join(dir, f)
		}
		b.Run(fmt.Sprintf("articles=%d", n), func(b *testing.B) {
			tmp := b.TempDir()
			recs, out := filepath.Join(tmp, "records.jsonl"), filepath.Join(tmp, "public")
			var exRSS, reRSS int64
			var exTime, reTime time.Duration
			for b.Loop() {
				f, err := os.Create(recs)
				if err != nil {
					b.Fatal(err)
				}
				var stderr strings.Builder
				ex := exec.Command(bin, "extract", "-s", dir)
				ex.Stdin, ex.Stdout, ex.Stderr = strings.NewReader(strings.Join(paths, "\n")), f, &stderr
				start := time.Now()
				if err := ex.Run(); err != nil {
					b.Fatalf("extract: %v %s", err, stderr.String())
				}
				exTime += time.Since(start)
				f.Close()
				re := exec.Command(bin, "render", "-q", "--records", recs, "-o", out)
				start = time.Now()
				if o, err := re.CombinedOutput(); err != nil {
					b.Fatalf("render: %v %s", err, o)
				}
				reTime += time.Since(start)
				exRSS = max(exRSS, ex.ProcessState.SysUsage().(*syscall.Rusage).Maxrss)
				reRSS = max(reRSS, re.ProcessState.SysUsage().(*syscall.Rusage).Maxrss)
			}
			info, _ := os.Stat(recs)
			b.ReportMetric(exTime.Seconds()/float64(b.N), "extract-s")
			b.ReportMetric(reTime.Seconds()/float64(b.N), "render-s")
			b.ReportMetric(float64(exRSS)/1024, "extract-peak-RSS-MB")
			b.ReportMetric(float64(reRSS)/1024, "render-peak-RSS-MB")
			b.ReportMetric(float64(info.Size())/(1<<20), "records-MB")
		})
	}
}
