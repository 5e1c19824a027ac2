package event

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/newsroom/timeline/timeline/article"
	"github.com/newsroom/timeline/timeline/corpus"
	"github.com/newsroom/timeline/timeline/temporal"
)

// dumpEvents writes down everything merging decides about each event.
func dumpEvents(tl *Timeline) string {
	var b strings.Builder
	for _, e := range tl.Events {
		told := e.Telling()
		fmt.Fprintf(&b, "%s %s %q disputed=%v bg=%v relative=%v inferred=%v told=%s@%d\n", e.ID, e.Time.Value, e.Title, e.Disputed, e.Background, e.Relative, e.Inferred, told.Doc.Article.Path, told.Mention.Start)
		for _, s := range e.Sources {
			fmt.Fprintf(&b, "  %s@%d %s\n", s.Doc.Article.Path, s.Mention.Start, s.Time.Value)
		}
		for _, ev := range e.Evidence {
			fmt.Fprintf(&b, "  ~ %s\n", ev)
		}
	}
	for _, k := range tl.KeyDates {
		fmt.Fprintf(&b, "key %s %.3f %d\n", k.Date.Format("2006-01-02"), k.Score, len(k.Events))
	}
	// Each article's events (PerDoc, which a rebuild reads from what the
	// memo keeps of each event).
	for i, de := range tl.PerDoc() {
		fmt.Fprintf(&b, "doc %s %d", tl.Docs[i].Article.Path, de.Sources)
		for _, e := range de.Events {
			fmt.Fprintf(&b, " %s", e.ID)
		}
		b.WriteString("\n")
	}
	for _, w := range tl.Warnings {
		fmt.Fprintf(&b, "warning %s\n", w)
	}
	return b.String()
}

// A merge that reuses the last build's decisions gives the same timeline
// as one from scratch, through edits of every kind: a sentence added, an
// article removed and put back, a dateline moved, a new article that
// retells others' happenings, several edits at once.
func TestRemergeEquivalence(t *testing.T) {
	dir := t.TempDir()
	if err := corpus.Generate(dir, corpus.Options{Articles: 300, Seed: 7}); err != nil {
		t.Fatal(err)
	}
	for _, same := range []bool{false, true} {
		t.Run(fmt.Sprintf("sameDocs=%v", same), func(t *testing.T) { remergeScenario(t, dir, same) })
	}
}

// The same on real news: one Timeline17 topic, whose vocabulary is far
// wider than the generator's.
func TestRemergeEquivalenceRealNews(t *testing.T) {
	dir := "../../../shared/corpora/t17-dev/H1N1/content"
	if _, err := os.Stat(dir); err != nil {
		t.Skipf("Timeline17 topics not found at %s; skipping remerging on real news", dir)
	}
	for _, same := range []bool{false, true} {
		t.Run(fmt.Sprintf("sameDocs=%v", same), func(t *testing.T) { remergeScenario(t, dir, same) })
	}
}

// remergeScenario builds the articles in dir, then edits them in memory
// step by step, comparing a remerged timeline with a fresh one each time.
// With sameDocs an unchanged article with its own date is handed back as
// the very Doc of the last build, as serve's cache does (its candidates
// and sources are then the same objects); else as a new Doc holding its
// kept extraction.
func remergeScenario(t *testing.T, dir string, sameDocs bool) {
	found, err := article.Discover(os.DirFS(dir))
	if err != nil {
		t.Fatal(err)
	}
	tg := temporal.MustNew()
	rd := article.NewReader(nil)
	src := map[string][]byte{}
	for _, f := range found.Files {
		b, err := os.ReadFile(filepath.Join(dir, f))
		if err != nil {
			t.Fatal(err)
		}
		src[f] = b
	}
	kept := map[string]*Doc{} // what serve's cache holds between builds
	docOf := func(path string) *Doc {
		if d := kept[path]; d != nil {
			if sameDocs && d.Extracted != nil && !d.Article.Anchor.IsZero() && d.Article.Anchor.Source != article.FromInferred {
				return d
			}
			return &Doc{Article: d.Article, Mentions: d.Mentions, Extracted: d.Extracted}
		}
		a, err := rd.Parse(path, src[path])
		if err != nil {
			t.Fatal(err)
		}
		return &Doc{Article: a, Mentions: tg.Tag(a.TagText(), a.Anchor.Time)}
	}
	const sixthEdited = "a sixth of the articles edited"
	memo := NewMergeMemo()
	var ov *Overrides // the editor's, for both builds
	var last *Timeline
	build := func(step string) {
		t.Helper()
		var docs, fresh []*Doc
		for _, f := range found.Files {
			if src[f] == nil {
				continue
			}
			d := docOf(f)
			docs = append(docs, d)
			fresh = append(fresh, &Doc{Article: d.Article, Mentions: d.Mentions})
		}
		got, _ := NewBuilder(Options{Tag: tg.Tag, KeepExtracted: true, Merge: memo, Overrides: ov}).Build(context.Background(), docs)
		last = got
		for _, d := range docs {
			kept[d.Article.Path] = d
		}
		want, _ := NewBuilder(Options{Tag: tg.Tag, Overrides: ov}).Build(context.Background(), fresh)
		if g, w := dumpEvents(got), dumpEvents(want); g != w {
			gl, wl := strings.Split(g, "\n"), strings.Split(w, "\n")
			for i := range min(len(gl), len(wl)) {
				if gl[i] != wl[i] {
					t.Fatalf("%s: remerged timeline differs from a fresh one at line %d:\n got %s\nwant %s", step, i+1, gl[i], wl[i])
				}
			}
			t.Fatalf("%s: remerged timeline has %d lines, a fresh one %d", step, len(gl), len(wl))
		}
		reused, decided := memo.Stats()
		t.Logf("%s: %d decisions reused, %d made; %d coarse events joined as kept", step, reused, decided, memo.coarseKept)
		// The first build, and one that edits a sixth of the articles,
		// decide most things afresh.
		wide := step == "first build" || step == sixthEdited
		if sameDocs && !wide && memo.coarseKept == 0 {
			t.Errorf("%s: no coarse event joined as kept: the coarse memo is not tried", step)
		}
		if !wide && reused < decided {
			t.Errorf("%s: only %d decisions reused, %d made afresh: the memo is not doing its job", step, reused, decided)
		}
	}
	edit := func(path string, f func(string) string) {
		src[path] = []byte(f(string(src[path])))
		delete(kept, path)
	}
	files := found.Files
	build("first build")

	edit(files[10], func(s string) string { return s + "\nThe council met again on Friday and approved the plan.\n" })
	build("sentence added")

	removed := src[files[20]]
	src[files[20]] = nil
	delete(kept, files[20])
	build("article removed")
	src[files[20]] = removed
	build("article put back")

	// The generator writes dates as front matter or datelines; moving the
	// year moves every happening the article dates.
	edit(files[30], func(s string) string { return strings.Replace(s, "20", "19", 1) })
	build("date moved")

	// A new article retelling the happenings of two others.
	extra := "zz-retold.md"
	files = append(files, extra)
	found.Files = files
	a, _ := rd.Parse(files[40], src[files[40]])
	b, _ := rd.Parse(files[41], src[files[41]])
	src[extra] = []byte(fmt.Sprintf("---\ntitle: Retold\ndate: %s\n---\n\n%s\n\n%s\n", a.Anchor.Time.Format("2006-01-02"), a.Body, b.Body))
	build("article retelling others added")

	for _, i := range []int{5, 50, 150, 250} {
		edit(files[i], func(s string) string {
			return strings.Replace(s, ".", ". Officials said on Tuesday the talks had stalled.", 1)
		})
	}
	build("four articles edited")

	// An editor merges two disputed events and retitles a third: what the
	// memo keeps of them (how they settled, their warnings) must not
	// outlive the change, in this build or the next.
	var disputed []string
	for _, e := range last.Events {
		if e.Disputed && len(disputed) < 3 {
			disputed = append(disputed, e.ID)
		}
	}
	if len(disputed) < 3 {
		t.Fatalf("only %d disputed events to correct", len(disputed))
	}
	ov = &Overrides{Merge: [][]string{{disputed[0], disputed[1]}}, Events: map[string]EventOverride{disputed[2]: {Title: "Retitled by the editor"}}}
	build("overrides added")
	build("overrides kept")
	ov = nil
	build("overrides removed")

	// Edits to a sixth of the articles make more candidates anew than
	// the memo lets stand outside its layout: the candidates are laid
	// out again in merging order (compact), and the rebuilds that follow
	// replay from the new layout.
	for i := 0; i < len(files); i += 6 {
		edit(files[i], func(s string) string { return s + "\nThe newsroom added this line.\n" })
	}
	build(sixthEdited)
	if memo.loose != 0 {
		t.Errorf("%d candidates made anew since the last layout, of %d: not laid out again", memo.loose, memo.laidOut)
	}
	edit(files[7], func(s string) string { return s + "\nThe council met again on Friday and approved the plan.\n" })
	build("an edit after laying out again")
}

// Two coarse times share a window while every day event lies in both
// ("in the first quarter of 2013", "in 2013"); an article adding a June
// event widens the year's alone: a rebuild with the merge memo must
// compare each kept window with its own, as a clean build joins.
func TestRemergeCoarseWindowsPartWays(t *testing.T) {
	tg := temporal.MustNew()
	rd := article.NewReader(nil)
	src := map[string]string{
		"a.md": "---\ntitle: Wall\ndate: 2013-03-12\n---\n\nThe harbour council approved the new sea wall plan on Monday, March 11, 2013, after a long debate.\n",
		"b.md": "---\ntitle: Q1\ndate: 2013-04-20\n---\n\nThe harbour council approved the new sea wall plan in the first quarter of 2013 after a long debate.\n",
		"c.md": "---\ntitle: Year\ndate: 2014-02-20\n---\n\nThe harbour council approved the new sea wall plan in 2013 after a long debate over the cost.\n",
	}
	extra := "---\ntitle: June\ndate: 2013-06-06\n---\n\nThe harbour council approved the new sea wall plan on Wednesday, June 5, 2013, after a long debate over the cost.\n"
	docs := map[string]*Doc{}
	mk := func(p, s string) *Doc {
		a, err := rd.Parse(p, []byte(s))
		if err != nil {
			t.Fatal(err)
		}
		return &Doc{Article: a, Mentions: tg.Tag(a.TagText(), a.Anchor.Time)}
	}
	memo := NewMergeMemo()
	build := func(step string, paths []string) {
		var ds, fresh []*Doc
		for _, p := range paths {
			d := docs[p]
			ds = append(ds, d)
			fresh = append(fresh, &Doc{Article: d.Article, Mentions: d.Mentions})
		}
		got, _ := NewBuilder(Options{Tag: tg.Tag, KeepExtracted: true, Merge: memo}).Build(context.Background(), ds)
		want, _ := NewBuilder(Options{Tag: tg.Tag}).Build(context.Background(), fresh)
		g, w := dumpEvents(got), dumpEvents(want)
		if g != w {
			t.Errorf("%s differs:\n got %s\nwant %s", step, g, w)
		}
	}
	for p, s := range src {
		docs[p] = mk(p, s)
	}
	build("first", []string{"a.md", "b.md", "c.md"})
	docs["d.md"] = mk("d.md", extra)
	build("second", []string{"a.md", "b.md", "c.md", "d.md"})
}

// An edit must reach the decisions after it that it changes, however
// many unchanged candidates lie between: here the article that founded a
// happening's event stops telling it, and the reports after it, none of
// them edited, must now join the next one's event (its founder, and so
// every later decision's, is another), with unrelated reports of the
// same day between them in merging order. It guards a shortcut the
// replay does not take yet: one that took a run of unchanged candidates
// whole, without the state entering the run, would keep the gone
// founder.
func TestRemergeEditReachesLaterUnchangedRuns(t *testing.T) {
	tg := temporal.MustNew()
	rd := article.NewReader(nil)
	const wall = "The harbour council approved the new sea wall plan on Monday, May 4, 2015, after a long debate."
	src := map[string]string{
		"a.md": "---\ntitle: A\ndate: 2015-05-05\n---\n\n" + wall + "\n",
		"c.md": "---\ntitle: C\ndate: 2015-05-05\n---\n\nThe harbour council approved the sea wall plan on Monday, May 4, 2015, after a debate.\n",
		"e.md": "---\ntitle: E\ndate: 2015-05-06\n---\n\nThe harbour council approved the new sea wall plan on Monday, May 4, 2015.\n",
	}
	// Unrelated reports of the same day, between the others by path.
	for _, p := range []string{"b.md", "d.md", "f.md"} {
		src[p] = "---\ntitle: Other\ndate: 2015-05-05\n---\n\nThe city museum opened a new wing for " + p + " on Monday, May 4, 2015.\n"
	}
	paths := []string{"a.md", "b.md", "c.md", "d.md", "e.md", "f.md"}
	docs := map[string]*Doc{}
	mk := func(p string) *Doc {
		a, err := rd.Parse(p, []byte(src[p]))
		if err != nil {
			t.Fatal(err)
		}
		return &Doc{Article: a, Mentions: tg.Tag(a.TagText(), a.Anchor.Time)}
	}
	memo := NewMergeMemo()
	build := func(step string) *Timeline {
		t.Helper()
		var ds, fresh []*Doc
		for _, p := range paths {
			if docs[p] == nil {
				docs[p] = mk(p)
			}
			ds = append(ds, docs[p])
			fresh = append(fresh, &Doc{Article: docs[p].Article, Mentions: docs[p].Mentions})
		}
		got, _ := NewBuilder(Options{Tag: tg.Tag, KeepExtracted: true, Merge: memo}).Build(context.Background(), ds)
		want, _ := NewBuilder(Options{Tag: tg.Tag}).Build(context.Background(), fresh)
		if g, w := dumpEvents(got), dumpEvents(want); g != w {
			t.Fatalf("%s: remerged timeline differs from a fresh one:\n got %s\nwant %s", step, g, w)
		}
		return got
	}
	// founderOf is the article of the first source of the event c.md's
	// happening is in.
	founderOf := func(tl *Timeline) string {
		for _, e := range tl.Events {
			for _, s := range e.Sources {
				if s.Doc.Article.Path == "c.md" && strings.Contains(e.Title, "sea wall") {
					return e.Sources[0].Doc.Article.Path
				}
			}
		}
		return ""
	}
	if f := founderOf(build("first")); f != "a.md" {
		t.Fatalf("the happening's event is founded by %q, want a.md: the test no longer sets up what it means to", f)
	}
	src["a.md"] = "---\ntitle: A\ndate: 2015-05-05\n---\n\nThe city library closed its old reading room on Monday, May 4, 2015.\n"
	docs["a.md"] = nil
	if f := founderOf(build("founder's article edited")); f != "c.md" {
		t.Errorf("after the edit the happening's event is founded by %q, want c.md", f)
	}
	if reused, _ := memo.Stats(); reused == 0 {
		t.Errorf("no decision reused: the memo is not tried")
	}
	src["a.md"] = "---\ntitle: A\ndate: 2015-05-05\n---\n\n" + wall + "\n"
	docs["a.md"] = nil
	if f := founderOf(build("founder's article put back")); f != "a.md" {
		t.Errorf("after putting it back the happening's event is founded by %q, want a.md", f)
	}
}
