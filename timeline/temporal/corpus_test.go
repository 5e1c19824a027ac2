package temporal_test

import (
	"flag"
	"fmt"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/newsroom/timeline/timeline/temporal"
	"github.com/newsroom/timeline/timeline/timeml"
)

var showErrors = flag.Bool("errors", false, "list the corpus errors of TestTBAQ")

// tbaqDir is where DEVELOPERS.md puts the TempEval-3 training data.
const tbaqDir = "../../../shared/corpora/tbaq"

func loadTBAQ(t testing.TB) []*timeml.Doc {
	t.Helper()
	docs, err := timeml.ReadAll(filepath.Join(tbaqDir, "*", "*.tml"))
	if err != nil {
		t.Fatal(err)
	}
	if len(docs) == 0 {
		t.Skipf("TBAQ corpus not found at %s; skipping the corpus score", tbaqDir)
	}
	return docs
}

// SystemTimexes tags a document's text against its DCT.
func systemTimexes(tg *temporal.Tagger, d *timeml.Doc) []timeml.Timex {
	var out []timeml.Timex
	for _, m := range tg.Tag(d.Text, d.DCT) {
		out = append(out, timeml.Timex{Start: m.Start, End: m.End, Type: m.Value.Type.String(), Value: m.Value.String(), Text: m.Text})
	}
	return out
}

// TestTBAQ scores the resolver on TempEval-3's training data and holds
// the line: the floors are the figures reached so far, less a hair.
func TestTBAQ(t *testing.T) {
	docs := loadTBAQ(t)
	tg := temporal.MustNew()
	var total timeml.Scores
	var lines []string
	for _, d := range docs {
		s, probs := timeml.Compare(d.Timexes, systemTimexes(tg, d))
		total.Add(s)
		for _, p := range probs {
			lines = append(lines, fmt.Sprintf("%-8s %-40q %-14s %-40q %-14s %s", p.Kind, p.Gold.Text, p.Gold.Value, p.System.Text, p.System.Value, filepath.Base(d.Name)))
		}
	}
	var b strings.Builder
	total.Report(&b)
	t.Logf("TBAQ, %d documents:\n%s", len(docs), b.String())
	if *showErrors {
		sort.Strings(lines)
		t.Logf("problems:\n%s", strings.Join(lines, "\n"))
	}
	_, _, sf := total.Strict()
	_, _, rf := total.Relaxed()
	for _, c := range []struct {
		name       string
		got, floor float64
	}{{"strict F1", sf, 0.862}, {"relaxed F1", rf, 0.930}, {"value F1", total.ValueF1(), 0.785}} {
		if c.got < c.floor {
			t.Errorf("%s %.3f fell below %.3f", c.name, c.got, c.floor)
		}
	}
}
