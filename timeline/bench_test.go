package timeline

import (
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"runtime/pprof"
	"slices"
	"syscall"
	"testing"
	"time"

	"github.com/newsroom/timeline/timeline/corpus"
)

// corpusDir generates (once per run) a collection of n articles.
func corpusDir(b *testing.B, n int) string { return corpusDirOf(b, n, 0) }

// corpusDirOf generates (once per run) a collection of n articles of
// sentences sentences each (0: the generator's default, 9 to 15).
func corpusDirOf(b *testing.B, n, sentences int) string {
	b.Helper()
	name := fmt.Sprintf("timeline-bench-corpus-%d", n)
	if sentences > 0 {
		name += fmt.Sprintf("x%d", sentences)
	}
	dir := filepath.Join(os.TempDir(), name)
	if _, err := os.Stat(filepath.Join(dir, ".done")); err == nil {
		return dir
	}
	os.RemoveAll(dir)
	if err := corpus.Generate(dir, corpus.Options{Articles: n, Seed: 1, Sentences: sentences}); err != nil {
		b.Fatal(err)
	}
	os.WriteFile(filepath.Join(dir, ".done"), nil, 0o644)
	return dir
}

// BenchmarkBuild is the end-to-end `timeline build` in process: read,
// tag, build events, render, publish.
func BenchmarkBuild(b *testing.B) {
	for _, n := range []int{100, 1000, 10000} {
		dir := corpusDir(b, n)
		b.Run(fmt.Sprintf("articles=%d", n), func(b *testing.B) {
			out := filepath.Join(b.TempDir(), "public")
			for b.Loop() {
				if _, err := Build(context.Background(), Config{Source: dir, Output: out}); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(n)*float64(b.N)/b.Elapsed().Seconds(), "articles/s")
		})
	}
}

// timelineBinary builds cmd/timeline for benchmarks that run it as users do.
func timelineBinary(b *testing.B) string {
	b.Helper()
	bin := filepath.Join(b.TempDir(), "timeline")
	if out, err := exec.Command("go", "build", "-o", bin, "../cmd/timeline").CombinedOutput(); err != nil {
		b.Fatalf("%v %s", err, out)
	}
	return bin
}

// BenchmarkBuildProcess runs the real binary on 1,000 and 10,000
// articles and reports its peak resident memory and CPU time.
func BenchmarkBuildProcess(b *testing.B) {
	bin := timelineBinary(b)
	for _, n := range []int{1000, 10000} {
		buildProcess(b, bin, n, 0)
	}
}

// BenchmarkBuildProcessLarge is BenchmarkBuildProcess on issue #24's
// large collections: 50,000 articles of 25 sentences (targets: 1.2 GB
// peak RSS) and 100,000 articles (2 GB). Each build takes minutes and
// its collection gigabytes of disk, so it runs only when
// TIMELINE_BENCH_LARGE is set: `make bench` still finishes on a small
// machine.
func BenchmarkBuildProcessLarge(b *testing.B) {
	if os.Getenv("TIMELINE_BENCH_LARGE") == "" {
		b.Skip("set TIMELINE_BENCH_LARGE=1 to build 50,000 and 100,000 generated articles (minutes each)")
	}
	bin := timelineBinary(b)
	buildProcess(b, bin, 50000, 25)
	buildProcess(b, bin, 100000, 0)
}

// buildProcess times `timeline build` of n generated articles (of
// sentences sentences each, 0 the default) as a sub-benchmark.
func buildProcess(b *testing.B, bin string, n, sentences int) {
	dir := corpusDirOf(b, n, sentences)
	name := fmt.Sprintf("articles=%d", n)
	if sentences > 0 {
		name += fmt.Sprintf("/sentences=%d", sentences)
	}
	b.Run(name, func(b *testing.B) {
		out := filepath.Join(b.TempDir(), "public")
		var rss int64
		var cpu time.Duration
		for b.Loop() {
			cmd := exec.Command(bin, "build", "-q", "-s", dir, "-o", out)
			if o, err := cmd.CombinedOutput(); err != nil {
				b.Fatalf("%v %s", err, o)
			}
			rss = max(rss, cmd.ProcessState.SysUsage().(*syscall.Rusage).Maxrss)
			cpu += cmd.ProcessState.UserTime() + cmd.ProcessState.SystemTime()
		}
		b.ReportMetric(float64(rss)/1024, "peak-RSS-MB")
		b.ReportMetric(cpu.Seconds()/float64(b.N), "cpu-s/op")
		b.ReportMetric(float64(n)*float64(b.N)/b.Elapsed().Seconds(), "articles/s")
	})
}

// BenchmarkPeerHugo times Hugo and timeline's binary on the same articles
// (the 843 of Timeline17): Hugo renders them as plain pages, timeline does
// its whole pipeline. The two are alternated in every iteration, so both
// see the same machine, and ratio is timeline's time over Hugo's. There
// are two cases because on some disks making a file costs more than
// drawing it: output=new builds into a folder that does not exist yet (a
// first build), output=same into the folder the previous build wrote (a
// rebuild: Hugo overwrites its files, timeline links the unchanged ones
// from the site it replaces).
func BenchmarkPeerHugo(b *testing.B) {
	hugo, err := exec.LookPath("hugo")
	if err != nil {
		b.Skip("hugo not installed (make bench installs Debian's hugo); skipping the peer comparison")
	}
	topics, _ := filepath.Glob(filepath.Join(t17Dir, "*", "content"))
	if len(topics) == 0 {
		b.Skipf("Timeline17 topics not found at %s; skipping the peer comparison", t17Dir)
	}
	site := b.TempDir()
	content := filepath.Join(site, "content")
	copyTopics(topics, content)
	os.WriteFile(filepath.Join(site, "hugo.toml"), []byte("baseURL = 'http://example.org/'\ntitle = 'peer'\ndisableKinds = ['taxonomy', 'term', 'RSS', 'sitemap', 'robotsTXT', '404']\n"), 0o644)
	layouts := filepath.Join(site, "layouts", "_default")
	os.MkdirAll(layouts, 0o755)
	os.WriteFile(filepath.Join(layouts, "single.html"), []byte("<!doctype html><title>{{ .Title }}</title><main>{{ .Content }}</main>\n"), 0o644)
	os.WriteFile(filepath.Join(layouts, "list.html"), []byte("<!doctype html><ul>{{ range .Pages }}<li><a href=\"{{ .RelPermalink }}\">{{ .Title }}</a></li>{{ end }}</ul>\n"), 0o644)
	bin := timelineBinary(b)
	run := func(name string, args ...string) time.Duration {
		start := time.Now()
		if out, err := exec.Command(name, args...).CombinedOutput(); err != nil {
			b.Fatalf("%s: %v %s", name, err, out)
		}
		return time.Since(start)
	}
	for _, output := range []string{"new", "same"} {
		b.Run("output="+output, func(b *testing.B) {
			work := b.TempDir()
			hugoOut := func(i int) string { return filepath.Join(work, fmt.Sprint("hugo-", i)) }
			ourOut := func(i int) string { return filepath.Join(work, fmt.Sprint("timeline-", i)) }
			if output == "same" {
				// The build each timed one replaces.
				run(hugo, "--quiet", "--source", site, "--destination", hugoOut(0))
				run(bin, "build", "-q", "-s", content, "-o", ourOut(0))
			}
			var hugoTime, ourTime time.Duration
			i := 0
			for b.Loop() {
				if output == "new" {
					i++
				}
				hugoTime += run(hugo, "--quiet", "--source", site, "--destination", hugoOut(i), "--cleanDestinationDir")
				ourTime += run(bin, "build", "-q", "-s", content, "-o", ourOut(i))
			}
			b.ReportMetric(hugoTime.Seconds()/float64(b.N), "hugo-s/op")
			b.ReportMetric(ourTime.Seconds()/float64(b.N), "timeline-s/op")
			b.ReportMetric(float64(ourTime)/float64(hugoTime), "ratio")
		})
	}
}

// cpuTime is the CPU time the process has used, user and system: on a
// shared machine it says what a rebuild costs when the wall clock waits
// for other work.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if syscall.Getrusage(syscall.RUSAGE_SELF, &ru) != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// BenchmarkRebuildAfterEdit is serve's rebuild after one article is
// edited (a sentence added, then taken out), with serve's cache (articles,
// drawn pages, files written, and the edited file named as its watcher
// names it) and without it, side by side. ns/op is the
// whole rebuild; reload-ms is how long until serve reloads the browser
// (Config.Ready: the pages are written, the exports not yet), the mean
// of the edits, and median-reload-ms their median (issue #24's figure:
// one edit that meets a collection cycle does not move it); cpu-ms/op
// is the CPU time the rebuild used, on every core, and reload-cpu-ms/op
// the part used until the reload (steadier than the times when other
// work shares the machine). The cached
// runs collect garbage between edits, untimed, as serve does.
func BenchmarkRebuildAfterEdit(b *testing.B) {
	for _, n := range []int{1000, 10000} {
		src := corpusDir(b, n)
		files, _ := filepath.Glob(filepath.Join(src, "*", "*.md"))
		for _, cached := range []bool{false, true} {
			b.Run(fmt.Sprintf("articles=%d/cache=%v", n, cached), func(b *testing.B) {
				var start time.Time
				var toReload, reloaded time.Duration
				var cpuAtReady time.Duration
				cfg := Config{Source: src, Output: filepath.Join(b.TempDir(), "public"), Ready: func() { reloaded, cpuAtReady = time.Since(start), cpuTime() }}
				if cached {
					cfg.Cache = NewCache()
				}
				name := files[len(files)/2]
				rel, _ := filepath.Rel(src, name)
				if _, err := Build(context.Background(), cfg); err != nil {
					b.Fatal(err)
				}
				orig, err := os.ReadFile(name)
				if err != nil {
					b.Fatal(err)
				}
				defer os.WriteFile(name, orig, 0o644)
				if cached {
					cfg.Changed = []string{filepath.ToSlash(rel)} // as serve's watcher names it
				}
				toReload = 0
				var reloads []time.Duration // of each edit: issue #24 asks for their median
				var cpu time.Duration       // of the whole process, the edits' builds only
				var reloadCPU time.Duration // of those, until the reload
				for i := 0; b.Loop(); i++ {
					edit := orig
					if i%2 == 0 {
						edit = append(append([]byte{}, orig...), "\nThe newsroom added this line.\n"...)
					}
					os.WriteFile(name, edit, 0o644)
					cpu0 := cpuTime()
					start = time.Now()
					// The label sets the edits apart from the first build
					// in a profile (pprof -tagfocus rebuild=edit).
					pprof.Do(context.Background(), pprof.Labels("rebuild", "edit"), func(ctx context.Context) {
						if _, err := Build(ctx, cfg); err != nil {
							b.Fatal(err)
						}
					})
					cpu += cpuTime() - cpu0
					reloadCPU += cpuAtReady - cpu0
					toReload += reloaded
					reloads = append(reloads, reloaded)
					if cached {
						// serve collects garbage between edits (server.rebuild)
						b.StopTimer()
						runtime.GC()
						b.StartTimer()
					}
				}
				b.ReportMetric(float64(toReload.Microseconds())/1000/float64(b.N), "reload-ms")
				slices.Sort(reloads)
				b.ReportMetric(float64(reloads[len(reloads)/2].Microseconds())/1000, "median-reload-ms")
				b.ReportMetric(float64(cpu.Milliseconds())/float64(b.N), "cpu-ms/op")
				b.ReportMetric(float64(reloadCPU.Milliseconds())/float64(b.N), "reload-cpu-ms/op")
			})
		}
	}
}

// copyTopics copies each Timeline17 topic's content folder's articles
// into a folder of dst named after the topic.
func copyTopics(topics []string, dst string) {
	for _, t := range topics {
		files, _ := filepath.Glob(filepath.Join(t, "*.md"))
		for _, f := range files {
			data, _ := os.ReadFile(f)
			to := filepath.Join(dst, filepath.Base(filepath.Dir(t)), filepath.Base(f))
			os.MkdirAll(filepath.Dir(to), 0o755)
			os.WriteFile(to, data, 0o644)
		}
	}
}

// BenchmarkBuildT17 is the first build of the three Timeline17 topics'
// 843 articles in process (as BenchmarkPeerHugo builds them, without
// Hugo): run it with -cpuprofile to see where a clean build's CPU goes.
func BenchmarkBuildT17(b *testing.B) {
	topics, _ := filepath.Glob(filepath.Join(t17Dir, "*", "content"))
	if len(topics) == 0 {
		b.Skipf("Timeline17 topics not found at %s", t17Dir)
	}
	content := filepath.Join(b.TempDir(), "content")
	copyTopics(topics, content)
	work := b.TempDir()
	i := 0
	for b.Loop() {
		i++
		out := filepath.Join(work, fmt.Sprint("public-", i))
		if _, err := Build(context.Background(), Config{Source: content, Output: out}); err != nil {
			b.Fatal(err)
		}
	}
}
