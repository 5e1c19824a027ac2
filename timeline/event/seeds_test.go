package event

import (
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/newsroom/timeline/timeline/article"
	"github.com/newsroom/timeline/timeline/temporal"
)

const seedsDir = "../../../shared/seeds"

// buildDir reads, tags and builds every article in a folder of files.
func buildFiles(t *testing.T, files map[string][]byte) (*Timeline, []*Doc) {
	t.Helper()
	tg := temporal.MustNew()
	r := article.NewReader(nil)
	var names []string
	for n := range files {
		names = append(names, n)
	}
	sort.Strings(names)
	var docs []*Doc
	for _, n := range names {
		a, err := r.Parse(n, files[n])
		if err != nil {
			t.Fatal(err)
		}
		d := &Doc{Article: a}
		if !a.Anchor.IsZero() {
			d.Mentions = tg.Tag(a.Body, a.Anchor.Time)
		}
		docs = append(docs, d)
	}
	return NewBuilder(Options{Tag: tg.Tag}).Build(docs)
}

func seedFiles(t *testing.T) map[string][]byte {
	m, _ := filepath.Glob(filepath.Join(seedsDir, "*.txt"))
	if len(m) < 2 {
		t.Skipf("seed articles not found at %s; skipping", seedsDir)
	}
	files := map[string][]byte{}
	for _, f := range m {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		files[filepath.Base(f)] = b
	}
	return files
}

func TestSeeds(t *testing.T) {
	tl, unanchored := buildFiles(t, seedFiles(t))
	if len(unanchored) != 0 {
		t.Errorf("unanchored: %v", unanchored[0].Article.Path)
	}
	var b strings.Builder
	for _, e := range tl.Events {
		var srcs []string
		for _, s := range e.Sources {
			srcs = append(srcs, s.Doc.Article.Path[:3]+":"+s.Mention.Text)
		}
		b.WriteString(e.Time.Value.String() + " " + string(e.Time.Qualifier) + " bg=" + map[bool]string{true: "y", false: "n"}[e.Background] + " | " + e.Title + " | " + strings.Join(srcs, ", ") + "\n")
	}
	t.Logf("warnings: %q\nevents:\n%s", tl.Warnings, b.String())
	_ = time.UTC
}
