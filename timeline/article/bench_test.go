package article_test

import (
	"context"
	"fmt"
	"os"
	"testing"

	"github.com/newsroom/timeline/timeline/article"
	"github.com/newsroom/timeline/timeline/corpus"
)

// BenchmarkReadAll is reading alone: front matter, datelines, boilerplate,
// sentences, for generated collections in both input forms.
func BenchmarkReadAll(b *testing.B) {
	for _, n := range []int{1000, 10000} {
		dir := b.TempDir()
		if err := corpus.Generate(dir, corpus.Options{Articles: n, Seed: 1}); err != nil {
			b.Fatal(err)
		}
		fsys := os.DirFS(dir)
		found, err := article.Discover(fsys)
		if err != nil {
			b.Fatal(err)
		}
		var size int64
		for _, f := range found.Files {
			if info, err := os.Stat(dir + "/" + f); err == nil {
				size += info.Size()
			}
		}
		b.Run(fmt.Sprintf("articles=%d", n), func(b *testing.B) {
			b.SetBytes(size)
			b.ReportAllocs()
			rd := article.NewReader(nil)
			for b.Loop() {
				if _, errs := rd.ReadAll(context.Background(), fsys, found.Files); len(errs) > 0 {
					b.Fatal(errs[0])
				}
			}
			b.ReportMetric(float64(n)*float64(b.N)/b.Elapsed().Seconds(), "articles/s")
		})
	}
}
