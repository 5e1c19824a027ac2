package event

import (
	"context"
	"fmt"
	"os"
	"testing"

	"github.com/newsroom/timeline/timeline/article"
	"github.com/newsroom/timeline/timeline/corpus"
	"github.com/newsroom/timeline/timeline/temporal"
)

// GeneratedDocs reads and tags a generated collection of n articles.
func generatedDocs(b *testing.B, n int) []*Doc {
	b.Helper()
	dir := b.TempDir()
	if err := corpus.Generate(dir, corpus.Options{Articles: n, Seed: 1}); err != nil {
		b.Fatal(err)
	}
	found, _ := article.Discover(os.DirFS(dir))
	arts, errs := article.NewReader(nil).ReadAll(context.Background(), os.DirFS(dir), found.Files)
	if len(errs) > 0 {
		b.Fatal(errs[0])
	}
	tg := temporal.MustNew()
	docs := make([]*Doc, len(arts))
	for i, a := range arts {
		docs[i] = &Doc{Article: a, Mentions: tg.Tag(a.Body, a.Anchor.Time)}
	}
	return docs
}

// BenchmarkBuildEvents is event building alone: extraction, merging,
// ordering, key dates.
func BenchmarkBuildEvents(b *testing.B) {
	for _, n := range []int{1000} {
		docs := generatedDocs(b, n)
		b.Run(fmt.Sprintf("articles=%d", n), func(b *testing.B) {
			b.ReportAllocs()
			var events int
			for b.Loop() {
				tl, _ := NewBuilder(Options{}).Build(docs)
				events = len(tl.Events)
			}
			b.ReportMetric(float64(events), "events")
		})
	}
}
