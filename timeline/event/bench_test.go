package event

import (
	"context"
	"fmt"
	"os"
	"runtime"
	"runtime/pprof"
	"testing"
	"time"

	"github.com/newsroom/timeline/timeline/article"
	"github.com/newsroom/timeline/timeline/corpus"
	"github.com/newsroom/timeline/timeline/temporal"
)

// GeneratedDocs reads and tags a generated collection of n articles.
func generatedDocs(b testing.TB, n int) []*Doc {
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
		docs[i] = &Doc{Article: a, Mentions: tg.Tag(a.TagText(), a.Anchor.Time)}
	}
	return docs
}

// BenchmarkBuildEvents is event building alone: extraction, merging,
// ordering, key dates.
func BenchmarkBuildEvents(b *testing.B) {
	for _, n := range []int{1000} {
		docs := generatedDocs(b, n)
		b.Run(fmt.Sprintf("articles=%d", n), func(b *testing.B) { benchBuild(b, docs) })
	}
}

// BenchmarkDenseArticle is one long article naming a date in every
// sentence (a chronology, a listings page), at two sizes: the cost per
// date must stay flat. (Titling once lowered the rest of the article for
// every pair of dates; a 4x longer chronology cost 16x.)
func BenchmarkDenseArticle(b *testing.B) {
	tg := temporal.MustNew()
	for _, n := range []int{500, 2000} {
		var text []byte
		for i := range n {
			text = fmt.Appendf(text, "The council met on March %d, 2014 and approved item %d. ", i%28+1, i)
		}
		a, err := article.NewReader(nil).Parse("dense.md", append([]byte("---\ntitle: Dense\ndate: 2014-12-17\n---\n"), text...))
		if err != nil {
			b.Fatal(err)
		}
		mentions := tg.Tag(a.TagText(), a.Anchor.Time)
		b.Run(fmt.Sprintf("dates=%d", n), func(b *testing.B) {
			for b.Loop() {
				NewBuilder(Options{}).Build(context.Background(), []*Doc{{Article: a, Mentions: mentions}})
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*n), "ns/date")
		})
	}
}

// BenchmarkRebuildEvents is serve's event building after one article of
// a collection is edited (a sentence added, then taken out): every other
// article hands back its extraction and the merge memo replays what did
// not change.
func BenchmarkRebuildEvents(b *testing.B) {
	for _, n := range []int{10000} {
		docs := generatedDocs(b, n)
		b.Run(fmt.Sprintf("articles=%d", n), func(b *testing.B) {
			tg := temporal.MustNew()
			opt := Options{KeepExtracted: true, Merge: NewMergeMemo()}
			NewBuilder(opt).Build(context.Background(), docs)
			i := n / 2
			orig := docs[i].Article
			edited := *orig
			edited.Body += "\nThe council met again on Friday to approve the budget.\n"
			versions := []*Doc{
				{Article: &edited, Mentions: tg.Tag(edited.TagText(), edited.Anchor.Time)},
				{Article: orig, Mentions: docs[i].Mentions},
			}
			var cpu time.Duration // of the whole process, the rebuilds only
			for k := 0; b.Loop(); k++ {
				d := *versions[k%2] // extracted afresh, as an edited article is
				docs[i] = &d
				// The label sets the rebuilds apart from the first build in
				// a profile (pprof -tagfocus rebuild=edit).
				cpu0 := cpuTime()
				pprof.Do(context.Background(), pprof.Labels("rebuild", "edit"), func(ctx context.Context) {
					NewBuilder(opt).Build(ctx, docs)
				})
				cpu += cpuTime() - cpu0
				// serve collects garbage between edits (server.rebuild):
				// each rebuild's CPU is then its own, steadier than its
				// time on a busy machine.
				b.StopTimer()
				runtime.GC()
				b.StartTimer()
			}
			b.ReportMetric(float64(cpu.Microseconds())/1000/float64(b.N), "cpu-ms/op")
		})
	}
}

// BenchmarkOneHappening is one happening told by 10,000 articles in a
// few wordings (synonyms, on one day and on days counted from it): the
// cost per source must not grow with the event (two sizes), and the result must be
// few events.
func BenchmarkOneHappening(b *testing.B) {
	tg := temporal.MustNew()
	wordings := []string{
		"Sony Pictures called off the Christmas release of The Interview on Wednesday.",
		"On Wednesday Sony Pictures scrapped the Christmas release of The Interview.",
		"Sony Pictures canceled the release of The Interview on Wednesday, a day after the hackers threatened theaters.",
		"Sony Pictures pulled The Interview from its Christmas release on Dec. 17.",
	}
	rd := article.NewReader(nil)
	for _, n := range []int{2500, 10000} {
		var docs []*Doc
		for i := range n {
			src := fmt.Appendf(nil, "---\ntitle: Report %d\ndate: 2014-12-%d\noutlet: Outlet %d\n---\n\n%s\n", i, 17+i%3, i%50, wordings[i%len(wordings)])
			a, err := rd.Parse(fmt.Sprintf("r%05d.md", i), src)
			if err != nil {
				b.Fatal(err)
			}
			docs = append(docs, &Doc{Article: a, Mentions: tg.Tag(a.TagText(), a.Anchor.Time)})
		}
		b.Run(fmt.Sprintf("sources=%d", n), func(b *testing.B) {
			benchBuild(b, docs)
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*len(docs)), "ns/source")
		})
	}
}

// benchBuild builds docs afresh in a loop and reports the events made.
func benchBuild(b *testing.B, docs []*Doc) {
	b.ReportAllocs()
	var events int
	for b.Loop() {
		tl, _ := NewBuilder(Options{}).Build(context.Background(), docs)
		events = len(tl.Events)
	}
	b.ReportMetric(float64(events), "events")
}
