package timeline

import (
	"context"
	"encoding/json"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/newsroom/timeline/timeline/temporal"
)

// readTree returns every file under dir.
func readTree(t *testing.T, dir string) map[string]string {
	t.Helper()
	out := map[string]string{}
	filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			b, _ := os.ReadFile(p)
			rel, _ := filepath.Rel(dir, p)
			out[rel] = string(b)
		}
		return nil
	})
	return out
}

// TestCacheEquivalence: rebuilds that reuse cached articles, drawn pages
// and the files already written, after edits, additions and removals,
// leave exactly the site a clean build writes; files whose bytes did not
// change are not written again.
func TestCacheEquivalence(t *testing.T) {
	dir := t.TempDir()
	content := filepath.Join(dir, "content")
	writeContent(t, content, map[string]string{
		"a.md":       okArticle,
		"b.md":       "---\ntitle: B\ndate: 2014-12-18\noutlet: Courier\n---\nOn Wednesday the studio canceled the release of the comedy. Hackers threatened theaters on Tuesday.\n",
		"c.txt":      "Studio drops comedy\n\nOn Wednesday the studio canceled the release of its comedy, and on Tuesday hackers threatened theaters.\n",
		"gone.md":    "---\ntitle: Gone\ndate: 2014-12-16\n---\nA road closed on Monday.\n",
		"wire/d.txt": "icon a icon b icon c icon d\nDec. 18, 2014\nWire\n\nTheaters dropped the film on Tuesday.\n",
	})
	cache := NewCache()
	readies := 0
	cfg := Config{Source: content, Output: filepath.Join(dir, "cached"), Cache: cache, Ready: func() { readies++ }}
	cfg.Site.SplitEvents = 2 // month pages too, so their memo is tried
	if _, err := Build(context.Background(), cfg); err != nil {
		t.Fatal(err)
	}
	type step struct {
		name    string
		edit    func()
		same    string // a page the step must not rewrite
		wantN   int
		changed []string // Config.Changed: what serve's watcher would name
	}
	steps := []step{
		{"edit one article, same size", func() {
			writeContent(t, content, map[string]string{"a.md": okArticle[:len(okArticle)-10] + "Thursday.\n"})
			// (a.md's sentence, now with no time, is its lead, which joins
			// wire/d's "dropped the film": gone.md is what it does not touch.)
		}, "articles/gone.html", 5, []string{"a.md"}},
		{"retitle one", func() {
			writeContent(t, content, map[string]string{"b.md": "---\ntitle: B, retitled\ndate: 2014-12-18\noutlet: Courier\n---\nOn Wednesday the studio canceled the release of the comedy. Hackers threatened theaters on Tuesday.\n"})
		}, "articles/wire-d.html", 5, []string{"b.md"}},
		{"add one, remove one", func() {
			writeContent(t, content, map[string]string{"new.md": "---\ntitle: New\ndate: 2014-12-19\noutlet: Gazette\n---\nThe FBI named North Korea on Friday.\n"})
			os.Remove(filepath.Join(content, "gone.md"))
		}, "static/style.css", 5, []string{"new.md", "gone.md"}},
		{"a folder added", func() {
			writeContent(t, content, map[string]string{"more/e.md": "---\ntitle: E\ndate: 2014-12-20\n---\nThe film opened online on Wednesday.\n"})
		}, "static/style.css", 6, []string{"more"}},
		{"a draft folder and a stray file", func() {
			writeContent(t, content, map[string]string{"_drafts/f.md": "---\ntitle: F\ndate: 2014-12-21\n---\nNot yet.\n", "notes.csv": "a,b\n"})
		}, "static/style.css", 6, []string{"_drafts", "_drafts/f.md", "notes.csv"}},
		{"a folder removed", func() {
			os.RemoveAll(filepath.Join(content, "more"))
		}, "static/style.css", 5, []string{"more"}},
	}
	// Editorial overrides change events after merging: a pinned date and a
	// new title must reach the cards, exports and month pages the memo keeps.
	steps = append(steps, step{"overrides added", func() {
		var doc struct {
			Events []struct{ ID string } `json:"events"`
		}
		b, err := os.ReadFile(filepath.Join(cfg.Output, "events.json"))
		if err != nil || json.Unmarshal(b, &doc) != nil || len(doc.Events) < 2 {
			t.Fatalf("events.json: %v", err)
		}
		ov := fmt.Sprintf("events:\n  %s:\n    date: 2014-12-01\n    title: Pinned and retitled\n  %s:\n    hide: true\n", doc.Events[0].ID, doc.Events[1].ID)
		writeContent(t, content, map[string]string{OverridesFile: ov})
	}, "static/style.css", 5, []string{OverridesFile}})
	// The outlets map names outlets of articles already read: every card
	// and page citing them must follow, then follow its edit.
	steps = append(steps, step{"outlets map added", func() {
		writeContent(t, content, map[string]string{"_outlets.yaml": "- files: wire/\n  outlet: Metro Wire\n  url: https://wire.example\n- files: \"*.txt\"\n  outlet: Harbor Post\n"})
	}, "static/style.css", 5, []string{"_outlets.yaml"}})
	steps = append(steps, step{"outlets map edited", func() {
		writeContent(t, content, map[string]string{"_outlets.yaml": "- files: \"*.txt\"\n  outlet: Harbor Daily\n"})
	}, "static/style.css", 5, []string{"_outlets.yaml"}})
	// A `timeline build` into the same folder between two rebuilds swaps in
	// a site of its own (no live-reload script, say): the next rebuild must
	// not trust what it wrote before.
	steps = append(steps, step{"another build swapped in", func() {
		other := cfg
		other.Cache, other.Ready = nil, nil
		other.Site.Title = "Someone else's build"
		other.Site.SplitEvents = 0
		if _, err := Build(context.Background(), other); err != nil {
			t.Fatal(err)
		}
	}, "", 5, nil})
	// A front page of few events splits by the sources they cite: the
	// month pages come and go with an edit's sources, as in a clean build.
	steps = append(steps, step{"one page", func() {
		cfg.Site.SplitEvents, cfg.Site.SplitSources = 100, 100
	}, "", 5, []string{"b.md"}}, step{"split by sources", func() {
		cfg.Site.SplitSources = 1
	}, "", 5, []string{"b.md"}}, step{"an edit in a split month", func() {
		writeContent(t, content, map[string]string{"b.md": "---\ntitle: B\ndate: 2014-12-18\noutlet: Courier\n---\nOn Wednesday the studio canceled the release of the comedy. Hackers threatened theaters on Tuesday. The FBI named North Korea on Friday.\n"})
	}, "static/style.css", 5, []string{"b.md"}})
	for i, st := range steps {
		time.Sleep(10 * time.Millisecond) // an edit that keeps the size shows only in the time
		before, _ := os.Stat(filepath.Join(cfg.Output, st.same))
		st.edit()
		cfg.Changed = st.changed
		res, err := Build(context.Background(), cfg)
		if err != nil {
			t.Fatal(err)
		}
		clean := Config{Source: content, Output: filepath.Join(dir, fmt.Sprint("clean", i)), Site: cfg.Site}
		cres, err := Build(context.Background(), clean)
		if err != nil {
			t.Fatal(err)
		}
		if !slices.Equal(res.Warnings, cres.Warnings) {
			t.Errorf("%s: cached build warns %q, clean build %q", st.name, res.Warnings, cres.Warnings)
		}
		a, b := readTree(t, cfg.Output), readTree(t, clean.Output)
		if len(a) != len(b) {
			t.Errorf("%s: cached build has %d files, clean build %d", st.name, len(a), len(b))
		}
		for name, body := range b {
			if a[name] != body {
				t.Errorf("%s: %s differs between the cached and the clean build", st.name, name)
			}
		}
		if after, err := os.Stat(filepath.Join(cfg.Output, st.same)); st.same != "" && (err != nil || !os.SameFile(before, after)) {
			t.Errorf("%s: %s was written again though it did not change", st.name, st.same)
		}
		if readies != i+2 {
			t.Errorf("%s: Ready called %d times in %d builds", st.name, readies, i+2)
		}
		if len(cache.entries) != st.wantN || res.Articles != st.wantN {
			t.Errorf("%s: cache holds %d entries, build %d articles, want %d", st.name, len(cache.entries), res.Articles, st.wantN)
		}
	}
	if _, err := os.Stat(filepath.Join(cfg.Output, "search.json")); err != nil {
		t.Error("the last steps' site is not split by the sources its events cite")
	}
	if b, _ := os.ReadFile(filepath.Join(cfg.Output, "events.json")); !strings.Contains(string(b), "Pinned and retitled") {
		t.Error("the overrides never reached the site")
	}
	if b, _ := os.ReadFile(filepath.Join(cfg.Output, "sources.html")); !strings.Contains(string(b), "Harbor Daily") || strings.Contains(string(b), "Harbor Post") {
		t.Error("the outlets map's edit never reached the sources page")
	}
}

// TestReadyBeforeExports: a cached rebuild into the folder it wrote last
// calls Ready once the changed pages are in place and before the exports
// are written; when Build returns, those are written too.
func TestReadyBeforeExports(t *testing.T) {
	dir := t.TempDir()
	content := filepath.Join(dir, "content")
	writeContent(t, content, map[string]string{
		"a.md": okArticle,
		"b.md": "---\ntitle: B\ndate: 2014-12-18\noutlet: Courier\n---\nOn Wednesday the studio canceled the release of the comedy.\n",
	})
	out := filepath.Join(dir, "public")
	var atReady map[string]string
	cfg := Config{Source: content, Output: out, Cache: NewCache(), Ready: func() { atReady = readTree(t, out) }}
	if _, err := Build(context.Background(), cfg); err != nil {
		t.Fatal(err)
	}
	first := readTree(t, out)
	if atReady["index.html"] != first["index.html"] || atReady["events.json"] != first["events.json"] {
		t.Error("a first build called Ready before the site was published")
	}
	writeContent(t, content, map[string]string{
		"b.md": "---\ntitle: B\ndate: 2014-12-18\noutlet: Courier\n---\nOn Wednesday the studio canceled the release of the comedy. The chains dropped it on Tuesday.\n",
	})
	atReady = nil
	if _, err := Build(context.Background(), cfg); err != nil {
		t.Fatal(err)
	}
	final := readTree(t, out)
	page := "articles/b.html"
	if atReady == nil || atReady[page] != final[page] || atReady[page] == first[page] {
		t.Errorf("at Ready, %s was not yet the new page", page)
	}
	if atReady["events.json"] != first["events.json"] || final["events.json"] == first["events.json"] {
		t.Error("events.json was not written after Ready, or did not change")
	}
}

// TestDocSerials: a cached article keeps its serial from build to build;
// an edited one gets a new one, never given before; a one-off build gives
// none.
func TestDocSerials(t *testing.T) {
	dir := t.TempDir()
	content := filepath.Join(dir, "content")
	b := "---\ntitle: B\ndate: 2014-12-18\n---\nOn Wednesday the studio canceled the release.\n"
	writeContent(t, content, map[string]string{"a.md": okArticle, "b.md": b})
	serials := func(cfg Config) map[string]uint64 {
		t.Helper()
		res, err := Load(context.Background(), cfg, temporal.MustNew())
		if err != nil {
			t.Fatal(err)
		}
		out := map[string]uint64{}
		for _, d := range res.Timeline.Docs {
			out[d.Article.Path] = d.Serial
		}
		return out
	}
	if s := serials(Config{Source: content}); s["a.md"] != 0 || s["b.md"] != 0 {
		t.Errorf("an uncached build gave serials %v", s)
	}
	cfg := Config{Source: content, Cache: NewCache()}
	first := serials(cfg)
	if first["a.md"] == 0 || first["b.md"] == 0 || first["a.md"] == first["b.md"] {
		t.Fatalf("serials %v: want two, different and nonzero", first)
	}
	if again := serials(cfg); again["a.md"] != first["a.md"] || again["b.md"] != first["b.md"] {
		t.Errorf("unchanged articles changed serials: %v, then %v", first, again)
	}
	time.Sleep(10 * time.Millisecond)
	writeContent(t, content, map[string]string{"b.md": b + "It said so on Thursday.\n"})
	after := serials(cfg)
	if after["a.md"] != first["a.md"] || after["b.md"] == first["b.md"] || after["b.md"] == first["a.md"] {
		t.Errorf("after editing b.md: serials %v, before %v", after, first)
	}
}

// TestChangedOnly: with Config.Changed, a cached rebuild looks again only
// at the paths named (serve names what its watcher saw); a change named
// later is taken in then, and so is one named to a build that was
// cancelled before it read it.
func TestChangedOnly(t *testing.T) {
	dir := t.TempDir()
	content := filepath.Join(dir, "content")
	title := func(s string) string {
		return "---\ntitle: " + s + "\ndate: 2014-12-18\n---\nOn Wednesday the studio canceled the release.\n"
	}
	writeContent(t, content, map[string]string{"a.md": title("A"), "b.md": title("B")})
	cfg := Config{Source: content, Output: filepath.Join(dir, "public"), Cache: NewCache()}
	build := func(ctx context.Context, changed ...string) {
		t.Helper()
		cfg.Changed = changed
		if _, err := Build(ctx, cfg); err != nil && ctx.Err() == nil {
			t.Fatal(err)
		}
	}
	titleOn := func(page string) string {
		b, _ := os.ReadFile(filepath.Join(cfg.Output, page))
		for _, s := range []string{"A2", "B2", "C1", "A", "B"} {
			if strings.Contains(string(b), "<h1>"+s+"</h1>") || strings.Contains(string(b), ">"+s+"</h1>") {
				return s
			}
		}
		return "?"
	}
	build(context.Background())
	writeContent(t, content, map[string]string{"a.md": title("A2"), "b.md": title("B2")})
	build(context.Background(), "a.md")
	if got := titleOn("articles/a.html") + titleOn("articles/b.html"); got != "A2B" {
		t.Fatalf("after naming a.md: titles %s, want A2B (b.md was not named, so not read)", got)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	build(ctx, "c.md") // cancelled before it read anything
	writeContent(t, content, map[string]string{"c.md": title("C1")})
	build(context.Background(), "b.md")
	if got := titleOn("articles/b.html") + titleOn("articles/c.html"); got != "B2C1" {
		t.Errorf("after naming b.md (c.md named to a cancelled build): titles %s, want B2C1", got)
	}
}

// ChangedPaths names watched changes under the content folder, or gives
// up (nil: check every file) for anything else.
func TestChangedPaths(t *testing.T) {
	dir := t.TempDir()
	wd, _ := os.Getwd()
	defer os.Chdir(wd)
	os.Chdir(dir)
	for _, tc := range []struct {
		name     string
		reported []string
		want     []string
	}{
		{"first build", nil, nil},
		{"relative", []string{"content/a.md", "content/wire/b.txt"}, []string{"a.md", "wire/b.txt"}},
		{"absolute", []string{filepath.Join(dir, "content", "a.md")}, []string{"a.md"}},
		{"the folder itself", []string{"content"}, []string{"."}},
		{"a template", []string{"content/a.md", "templates/layout.html"}, nil},
		{"a sibling with the same prefix", []string{"content2/a.md"}, nil},
		{"unknown", []string{"content/a.md", ""}, nil},
		{"nothing named", []string{}, []string{}},
	} {
		got := ChangedPaths("content", tc.reported)
		if (got == nil) != (tc.want == nil) || !slices.Equal(got, tc.want) {
			t.Errorf("%s: ChangedPaths(content, %q) = %q, want %q", tc.name, tc.reported, got, tc.want)
		}
	}
}

// A page deleted by hand from the folder serve writes is written again
// by the next rebuild, though its bytes did not change: the writer
// checks that the files it believes are there still are.
func TestRebuildRestoresDeletedPages(t *testing.T) {
	dir := t.TempDir()
	content := filepath.Join(dir, "content")
	writeContent(t, content, map[string]string{
		"a.md": okArticle,
		"b.md": "---\ntitle: B\ndate: 2014-12-18\noutlet: Courier\n---\nTheaters dropped the film on Tuesday.\n",
	})
	out := filepath.Join(dir, "public")
	cfg := Config{Source: content, Output: out, Cache: NewCache(), Ready: func() {}}
	if _, err := Build(context.Background(), cfg); err != nil {
		t.Fatal(err)
	}
	want := readTree(t, out)
	for _, name := range []string{"articles/a.html", "static/style.css", "events.json"} {
		if err := os.Remove(filepath.Join(out, filepath.FromSlash(name))); err != nil {
			t.Fatal(err)
		}
	}
	writeContent(t, content, map[string]string{"b.md": "---\ntitle: B\ndate: 2014-12-18\noutlet: Courier\n---\nTheaters dropped the film on Tuesday. Officials spoke.\n"})
	cfg.Changed = []string{"b.md"}
	if _, err := Build(context.Background(), cfg); err != nil {
		t.Fatal(err)
	}
	got := readTree(t, out)
	for _, name := range []string{"articles/a.html", "static/style.css", "events.json"} {
		if _, ok := got[name]; !ok {
			t.Errorf("%s deleted by hand is still missing after a rebuild", name)
		}
	}
	if got["articles/a.html"] != want["articles/a.html"] {
		t.Errorf("articles/a.html came back different: %.300q", got["articles/a.html"])
	}
}

// TestCacheInferredAnchorMoves: an undated article's anchor is inferred
// from the others, so it moves when they do while its file, and its read,
// stay the same; the pages and exports keyed by that read (its page, its
// events' cards) must follow, as in a clean build.
func TestCacheInferredAnchorMoves(t *testing.T) {
	dir := t.TempDir()
	content := filepath.Join(dir, "content")
	dated := func(date string) string {
		return "---\ntitle: A\ndate: " + date + "\noutlet: Ledger\n---\nThe studio canceled the film's release on Wednesday. Hackers threatened theaters on Tuesday.\n"
	}
	writeContent(t, content, map[string]string{
		"a.md":             dated("2014-12-17"),
		"wire/undated.txt": "Studio drops comedy\n\nOn Wednesday the studio canceled the release of its comedy. A day earlier, on Tuesday, hackers threatened theaters that planned to show it.\n",
	})
	cfg := Config{Source: content, Output: filepath.Join(dir, "cached"), Cache: NewCache()}
	if _, err := Build(context.Background(), cfg); err != nil {
		t.Fatal(err)
	}
	writeContent(t, content, map[string]string{"a.md": dated("2014-12-24")})
	cfg.Changed = []string{"a.md"}
	res, err := Build(context.Background(), cfg)
	if err != nil {
		t.Fatal(err)
	}
	if !slices.ContainsFunc(res.Warnings, func(w string) bool { return strings.Contains(w, "anchor 2014-12-24 inferred") }) {
		t.Fatalf("the inferred anchor did not move: %q", res.Warnings)
	}
	clean := Config{Source: content, Output: filepath.Join(dir, "clean")}
	if _, err := Build(context.Background(), clean); err != nil {
		t.Fatal(err)
	}
	a, b := readTree(t, cfg.Output), readTree(t, clean.Output)
	if len(a) != len(b) {
		t.Errorf("cached build has %d files, clean build %d", len(a), len(b))
	}
	for name, body := range b {
		if a[name] != body {
			t.Errorf("%s differs between the cached and the clean build", name)
		}
	}
}
