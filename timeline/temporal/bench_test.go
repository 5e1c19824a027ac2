package temporal_test

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/newsroom/timeline/timeline/temporal"
)

func BenchmarkTag(b *testing.B) {
	tg := temporal.MustNew()
	dct := time.Date(2014, 12, 17, 0, 0, 0, 0, time.UTC)
	for _, size := range []int{1 << 10, 100 << 10, 10 << 20} {
		text := strings.Repeat(temporal.NewsText, size/len(temporal.NewsText)+1)[:size]
		b.Run(fmt.Sprintf("%dKB", size>>10), func(b *testing.B) {
			b.SetBytes(int64(len(text)))
			b.ReportAllocs()
			for b.Loop() {
				tg.Tag(text, dct)
			}
		})
	}
}

// BenchmarkTagRealNews tags the 843 articles of the Timeline17 development
// topics (real agency and newspaper copy) against their own dates: the
// throughput on news as it is written, at its own density of dates.
func BenchmarkTagRealNews(b *testing.B) {
	var texts []string
	var total int
	files, _ := filepath.Glob("../../../shared/corpora/t17-dev/*/content/*.md")
	for _, f := range files {
		src, err := os.ReadFile(f)
		if err != nil {
			continue
		}
		texts = append(texts, string(src))
		total += len(src)
	}
	if len(texts) == 0 {
		b.Skip("Timeline17 topics not found in ../shared/corpora/t17-dev; skipping the real-news throughput")
	}
	tg := temporal.MustNew()
	dct := time.Date(2009, 6, 1, 0, 0, 0, 0, time.UTC)
	b.SetBytes(int64(total))
	b.ReportAllocs()
	for b.Loop() {
		for _, t := range texts {
			tg.Tag(t, dct)
		}
	}
	b.ReportMetric(float64(len(texts)), "articles")
}
