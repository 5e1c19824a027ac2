package site_test

import (
	"context"
	"fmt"
	"sync/atomic"
	"testing"
	"time"

	"github.com/newsroom/timeline/static"
	"github.com/newsroom/timeline/templates"
	"github.com/newsroom/timeline/timeline/article"
	"github.com/newsroom/timeline/timeline/event"
	"github.com/newsroom/timeline/timeline/site"
	"github.com/newsroom/timeline/timeline/temporal"
)

type countWriter struct{ bytes atomic.Int64 }

func (c *countWriter) WriteFile(_ string, b []byte) error { c.bytes.Add(int64(len(b))); return nil }

// BenchmarkRender renders whole sites in memory (no disk) with 1,000 and
// 10,000 events: one article per event, each on its own day.
func BenchmarkRender(b *testing.B) {
	tg := temporal.MustNew()
	r := article.NewReader(nil)
	for _, n := range []int{1000, 10000} {
		var docs []*event.Doc
		day := time.Date(2001, 1, 1, 0, 0, 0, 0, time.UTC)
		for i := range n {
			d := day.AddDate(0, 0, i)
			src := fmt.Sprintf("---\ntitle: Report %d\ndate: %s\noutlet: Outlet %d\n---\nCommittee%d approved measure%d on %s, officials said.\n",
				i, d.AddDate(0, 0, 1).Format("2006-01-02"), i%7, i, i, d.Format("January 2, 2006"))
			a, err := r.Parse(fmt.Sprintf("r%05d.md", i), []byte(src))
			if err != nil {
				b.Fatal(err)
			}
			docs = append(docs, &event.Doc{Article: a, Mentions: tg.Tag(a.TagText(), a.Anchor.Time)})
		}
		tl, _ := event.NewBuilder(event.Options{}).Build(context.Background(), docs)
		s, err := site.New(site.Config{Title: "bench"}, templates.FS, static.FS)
		if err != nil {
			b.Fatal(err)
		}
		b.Run(fmt.Sprintf("events=%d", len(tl.Events)), func(b *testing.B) {
			w := &countWriter{}
			for b.Loop() {
				if err := s.Render(context.Background(), tl, w); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(w.bytes.Load())/float64(b.N)/(1<<20), "MB-written")
		})
	}
}
