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

// newsText is news-like prose with a realistic density of time
// expressions, written for this benchmark.
const newsText = `The studio said on Wednesday that it had canceled the December 25th release of the comedy,
a couple of days after the FBI said there was no evidence linking the attack to any government.
Theater chains dropped the film late Tuesday, and officials will brief lawmakers on Thursday.
Shares fell 3 percent last week and have lost nearly a fifth of their value since November 2014.
The company reported third-quarter results in October, and analysts expect a loss for the year.
Executives met for several hours on Monday night; they plan to meet again next month.
Investigators have been working for two weeks and expect to finish soon, perhaps by the end of the year.
`

func BenchmarkTag(b *testing.B) {
	tg := temporal.MustNew()
	dct := time.Date(2014, 12, 17, 0, 0, 0, 0, time.UTC)
	for _, size := range []int{1 << 10, 100 << 10, 10 << 20} {
		text := strings.Repeat(newsText, size/len(newsText)+1)[:size]
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
