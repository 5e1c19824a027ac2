package event

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"github.com/newsroom/timeline/timeline/article"
	"github.com/newsroom/timeline/timeline/temporal"
)

func md(date, outlet, body string) []byte {
	return []byte("---\ntitle: T\ndate: " + date + "\noutlet: " + outlet + "\n---\n\n" + body + "\n")
}

func find(tl *Timeline, words ...string) []*Event {
	var out []*Event
	for _, e := range tl.Events {
		ok := true
		for _, w := range words {
			if !strings.Contains(strings.ToLower(e.Title), strings.ToLower(w)) {
				ok = false
			}
		}
		if ok {
			out = append(out, e)
		}
	}
	return out
}

func TestMergeAcrossOutlets(t *testing.T) {
	tl, _ := buildFiles(t, map[string][]byte{
		"a.md": md("2014-12-17", "Ledger", "The studio canceled the film's release on Wednesday after theater chains balked."),
		"b.md": md("2014-12-18", "Courier", "On Wednesday the studio canceled the release of the comedy."),
	})
	evs := find(tl, "cancel")
	if len(evs) != 1 || len(evs[0].Sources) != 2 {
		t.Fatalf("want one event citing both outlets, got %d: %+v", len(evs), titles(tl))
	}
	e := evs[0]
	if e.Time.Value.String() != "2014-12-17" || e.Disputed || len(e.Evidence) != 1 || !strings.Contains(e.Evidence[0], "cancel") {
		t.Errorf("event %s disputed=%v evidence=%q", e.Time.Value, e.Disputed, e.Evidence)
	}
}

func TestNoMergeOfDifferentSameDayEvents(t *testing.T) {
	tl, _ := buildFiles(t, map[string][]byte{
		"a.md": md("2014-12-17", "Ledger", "The studio canceled the film's release on Wednesday."),
		"b.md": md("2014-12-17", "Courier", "Investigators traced the attack to servers abroad on Wednesday."),
	})
	if n := len(find(tl)); n != 2 {
		t.Errorf("want 2 events, got %d: %q", n, titles(tl))
	}
}

func TestDispute(t *testing.T) {
	tl, _ := buildFiles(t, map[string][]byte{
		"a.md": md("2014-12-17", "Ledger", "Carmike Cinemas dropped the film from its theaters on Tuesday."),
		"b.md": md("2014-12-18", "Courier", "Carmike Cinemas dropped the film from its theaters on Wednesday, a spokesman said."),
	})
	evs := find(tl, "carmike")
	if len(evs) != 1 || !evs[0].Disputed || len(evs[0].Sources) != 2 {
		t.Fatalf("want one disputed event, got %q", titles(tl))
	}
	found := false
	for _, w := range tl.Warnings {
		if strings.Contains(w, "disputed") && strings.Contains(w, "a.md says 2014-12-16") && strings.Contains(w, "b.md says 2014-12-17") {
			found = true
		}
	}
	if !found {
		t.Errorf("no dispute warning naming both files: %q", tl.Warnings)
	}
}

// TestDisputeNeedsMoreThanAnOutlier: one report giving another day than
// four others give is an outlier (its source keeps its day), not a
// dispute; two reports giving it are.
func TestDisputeNeedsMoreThanAnOutlier(t *testing.T) {
	for _, c := range []struct {
		name        string
		dissenting  int
		wantDispute bool
	}{
		{"one against four", 1, false},
		{"two against four", 2, true},
	} {
		files := map[string][]byte{}
		for i := range 4 {
			files[fmt.Sprintf("t%d.md", i)] = md("2014-12-17", "Ledger", "Carmike Cinemas dropped the film from its theaters on Tuesday.")
		}
		for i := range c.dissenting {
			files[fmt.Sprintf("w%d.md", i)] = md("2014-12-18", "Courier", "Carmike Cinemas dropped the film from its theaters on Wednesday.")
		}
		tl, _ := buildFiles(t, files)
		evs := find(tl, "carmike")
		if len(evs) != 1 || evs[0].Disputed != c.wantDispute || evs[0].Time.Value.String() != "2014-12-16" {
			t.Errorf("%s: events %q, disputed %v; want one on 2014-12-16, disputed %v", c.name, titles(tl), len(evs) == 1 && evs[0].Disputed, c.wantDispute)
		}
	}
}

// A dispute among many sources names two files per date and counts the rest.
func TestDisputeWarningIsShort(t *testing.T) {
	files := map[string][]byte{}
	for i := range 6 {
		files[fmt.Sprintf("t%d.md", i)] = md("2014-12-17", "Ledger", "Carmike Cinemas dropped the film from its theaters on Tuesday.")
		files[fmt.Sprintf("w%d.md", i)] = md("2014-12-18", "Courier", "Carmike Cinemas dropped the film from its theaters on Wednesday.")
	}
	tl, _ := buildFiles(t, files)
	var got []string
	for _, w := range tl.Warnings {
		if strings.Contains(w, "disputed") {
			got = append(got, w)
		}
	}
	if len(got) != 1 || !strings.Contains(got[0], "t0.md, t1.md and 4 more say 2014-12-16") ||
		!strings.Contains(got[0], "w0.md, w1.md and 4 more say 2014-12-17") || strings.Contains(got[0], "t2.md") {
		t.Errorf("dispute warnings: %q", got)
	}
}

// A source that dates the happening only roughly ("a couple of days
// after") joins the firm one without making a dispute or moving its day.
func TestRoughSourceIsNoDispute(t *testing.T) {
	tl, _ := buildFiles(t, map[string][]byte{
		"a.md": md("2014-12-17", "Ledger", "Carmike Cinemas dropped the film from its theaters on Tuesday."),
		"b.md": md("2014-12-19", "Courier", "The studio retreated a couple of days after Carmike Cinemas dropped the film from its theaters."),
	})
	evs := find(tl, "carmike")
	if len(evs) != 1 || len(evs[0].Sources) != 2 {
		t.Fatalf("want one event with both sources, got %q", titles(tl))
	}
	if e := evs[0]; e.Disputed || e.Relative || e.Time.Value.String() != "2014-12-16" {
		t.Errorf("disputed %v, relative %v, time %s; want the firm source's 2014-12-16, undisputed", e.Disputed, e.Relative, e.Time.Value)
	}
}

func TestRelativeEvent(t *testing.T) {
	tl, _ := buildFiles(t, map[string][]byte{
		"a.md": md("2014-12-17", "Ledger", "The decision comes a couple of days after the FBI said it had found no link."),
	})
	evs := find(tl, "FBI said")
	if len(evs) != 1 {
		t.Fatalf("no relative event: %q", titles(tl))
	}
	e := evs[0]
	if e.Time.Value.String() != "2014-12-15" || e.Time.Qualifier != Approximate || !e.Relative {
		t.Errorf("relative event at %s %q relative=%v", e.Time.Value, e.Time.Qualifier, e.Relative)
	}
}

func TestBackgroundEvent(t *testing.T) {
	tl, _ := buildFiles(t, map[string][]byte{
		"a.md": md("2014-12-17", "Ledger", "The threat recalled the attacks of September 11, 2001. Theaters dropped the film on Tuesday."),
	})
	if len(tl.Context()) != 1 || tl.Context()[0].Time.Value.String() != "2001-09-11" {
		t.Errorf("background: %q", titles(tl))
	}
	for _, e := range tl.Story() {
		if e.Time.Start.Year() < 2014 {
			t.Errorf("background event %q in the main run", e.Title)
		}
	}
}

func TestPlannedAndQualifiers(t *testing.T) {
	tl, _ := buildFiles(t, map[string][]byte{
		"a.md": md("2014-12-17", "Ledger", "Officials will detail their findings on Thursday. The film had been due out on Christmas Day."),
	})
	for _, e := range tl.Events {
		if e.Time.Qualifier != Planned {
			t.Errorf("%q at %s is %q, want planned", e.Title, e.Time.Value, e.Time.Qualifier)
		}
	}
	if len(tl.Events) != 2 {
		t.Errorf("events %q", titles(tl))
	}
}

func TestInferredAnchor(t *testing.T) {
	tl, unanchored := buildFiles(t, map[string][]byte{
		"dated.md": md("2014-12-17", "Ledger", "The studio canceled the film's release on Wednesday. Hackers threatened theaters on Tuesday."),
		"undated.txt": []byte("Studio drops comedy\n\nOn Wednesday the studio canceled the release of its comedy. " +
			"A day earlier, on Tuesday, hackers threatened theaters that planned to show it.\n"),
	})
	if len(unanchored) != 0 {
		t.Fatal("the undated article got no anchor")
	}
	var doc *Doc
	for _, d := range tl.Docs {
		if d.Article.Path == "undated.txt" {
			doc = d
		}
	}
	if got := doc.Article.Anchor.Time.Format("2006-01-02"); got != "2014-12-17" || doc.Article.Anchor.Source != "inferred" {
		t.Errorf("inferred anchor %s from %q", got, doc.Article.Anchor.Source)
	}
	if len(tl.Warnings) == 0 || !strings.Contains(tl.Warnings[0], "undated.txt: no date or dateline; anchor 2014-12-17 inferred") {
		t.Errorf("warnings %q", tl.Warnings)
	}
	for _, e := range find(tl, "cancel") {
		if !e.Inferred || len(e.Sources) != 2 {
			t.Errorf("merged event %q: inferred=%v sources=%d", e.Title, e.Inferred, len(e.Sources))
		}
	}
}

func TestNoInferenceOnWeakEvidence(t *testing.T) {
	_, unanchored := buildFiles(t, map[string][]byte{
		"dated.md":    md("2014-12-17", "Ledger", "The studio canceled the film's release on Wednesday."),
		"undated.txt": []byte("Unrelated\n\nA bakery opened on Main Street on Friday.\n"),
	})
	if len(unanchored) != 1 {
		t.Errorf("an article sharing nothing got an anchor")
	}
}

func TestIDsStable(t *testing.T) {
	files := map[string][]byte{
		"a.md": md("2014-12-17", "Ledger", "The studio canceled the film's release on Wednesday. Hackers threatened theaters on Tuesday."),
	}
	before, _ := buildFiles(t, files)
	files["b.md"] = md("2014-12-19", "Courier", "The FBI named North Korea on Friday.")
	files["c.md"] = md("2014-12-16", "Gazette", "A bakery opened on Monday.")
	after, _ := buildFiles(t, files)
	ids := map[string]bool{}
	for _, e := range after.Events {
		ids[e.ID] = true
	}
	for _, e := range before.Events {
		if !ids[e.ID] {
			t.Errorf("event %q changed id %s after articles were added", e.Title, e.ID)
		}
	}
	seen := map[string]bool{}
	for _, e := range after.Events {
		if seen[e.ID] {
			t.Errorf("duplicate id %s", e.ID)
		}
		seen[e.ID] = true
	}
}

func TestOrdering(t *testing.T) {
	tl, _ := buildFiles(t, map[string][]byte{
		"a.md": md("2014-12-17", "Ledger", "Sales slumped in December. The studio canceled the release on Wednesday. Theaters balked on Tuesday. The chain reported results in the week before."),
	})
	for i := 1; i < len(tl.Events); i++ {
		a, b := tl.Events[i-1].Time, tl.Events[i].Time
		if b.Start.Before(a.Start) || (b.Start.Equal(a.Start) && b.End.Before(a.End)) {
			t.Errorf("out of order: %s before %s", a.Value, b.Value)
		}
	}
	// Within the same start, the finer span comes first: Dec 1 before December.
}

func titles(tl *Timeline) []string {
	var out []string
	for _, e := range tl.Events {
		out = append(out, e.Time.Value.String()+" "+e.Title)
	}
	return out
}

// FuzzBuild: no article text can crash extraction, titling or merging.
func FuzzBuild(f *testing.F) {
	for _, s := range []string{
		"On Tuesday, the FBI warned theaters. The studio canceled on Wednesday.",
		"It comes a couple of days after the FBI said so.",
		"City officials settled plans in an interview on May. 1, 2015.",
		"Although it rained, on Monday.\n\nLate Wednesday, according to the Times, it ended.",
	} {
		f.Add(s)
	}
	tg := temporal.MustNew()
	r := article.NewReader(nil)
	f.Fuzz(func(t *testing.T, body string) {
		a, err := r.Parse("f.md", []byte("---\ndate: 2014-12-17\n---\n"+body))
		if err != nil {
			return
		}
		d := &Doc{Article: a, Mentions: tg.Tag(a.TagText(), a.Anchor.Time)}
		tl, _ := NewBuilder(Options{Tag: tg.Tag}).Build(context.Background(), []*Doc{d})
		for _, e := range tl.Events {
			if e.ID == "" || len(e.Sources) == 0 {
				t.Fatalf("event without id or source: %+v", e)
			}
		}
	})
}

// A kept extraction gives the same timeline as extracting afresh.
func TestReuseExtraction(t *testing.T) {
	files := map[string][]byte{
		"a.md": md("2014-12-17", "Ledger", "On Wednesday, Sony canceled its December 25th release. Theaters dropped the film on Tuesday."),
		"b.md": md("2014-12-18", "Courier", "Theaters dropped the film on Tuesday, the chain said. The FBI will speak on Friday."),
	}
	first, _ := buildFilesWith(t, files, Options{KeepExtracted: true})
	docs := first.Docs
	again := make([]*Doc, len(docs))
	for i, d := range docs {
		if d.Extracted == nil {
			t.Fatalf("%s: Build kept no extraction", d.Article.Path)
		}
		again[i] = &Doc{Article: d.Article, Mentions: d.Mentions, Extracted: d.Extracted}
	}
	second, _ := NewBuilder(Options{}).Build(context.Background(), again)
	if a, b := strings.Join(titles(first), "\n"), strings.Join(titles(second), "\n"); a != b {
		t.Errorf("reused extraction gives\n%s\nnot\n%s", b, a)
	}
	for i := range first.Events {
		if first.Events[i].ID != second.Events[i].ID || len(first.Events[i].Sources) != len(second.Events[i].Sources) {
			t.Errorf("event %d differs: %s vs %s", i, first.Events[i].ID, second.Events[i].ID)
		}
	}
}
