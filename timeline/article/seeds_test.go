package article

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

const seedsDir = "../../../shared/seeds"

func readSeed(t *testing.T, prefix string) *Article {
	t.Helper()
	m, _ := filepath.Glob(filepath.Join(seedsDir, prefix+"*.txt"))
	if len(m) == 0 {
		t.Skipf("seed articles not found at %s; skipping", seedsDir)
	}
	src, err := os.ReadFile(m[0])
	if err != nil {
		t.Fatal(err)
	}
	a, err := NewReader(nil).Parse(filepath.Base(m[0]), src)
	if err != nil {
		t.Fatal(err)
	}
	return a
}

func TestSeedWithDateline(t *testing.T) {
	a := readSeed(t, "001_")
	if a.Title != "US investigators link North Korea to Sony hack - officials" {
		t.Errorf("title = %q", a.Title)
	}
	if got := a.Anchor.Time.Format("2006-01-02T15:04"); got != "2014-12-17T23:29" || a.Anchor.Source != FromDateline || !a.Anchor.HasClock {
		t.Errorf("anchor = %s from %q (clock %v)", got, a.Anchor.Source, a.Anchor.HasClock)
	}
	reasons := map[string]int{}
	for _, r := range a.Removed {
		reasons[r.Reason]++
	}
	if reasons["icon names from the page's icon font"] != 1 || reasons["related-story teaser"] != 3 || reasons["headline repeated"] != 1 || reasons["dateline"] != 1 {
		t.Errorf("removed: %v", a.Removed)
	}
	for _, junk := range []string{"READ MORE", "iconbookmark", "icon bookmark", "17 Dec, 2014"} {
		if strings.Contains(a.Body, junk) {
			t.Errorf("body still holds %q", junk)
		}
	}
	if !strings.Contains(a.Body, "will detail their findings on Thursday") {
		t.Error("a sentence of the story was removed")
	}
}

func TestSeedWithoutDateline(t *testing.T) {
	a := readSeed(t, "000_")
	if !strings.HasPrefix(a.Title, "U.S. Officials Reportedly Tie North Korea") {
		t.Errorf("title = %q", a.Title)
	}
	if !a.Anchor.IsZero() {
		t.Errorf("anchor = %+v, want none: the article has no dateline", a.Anchor)
	}
	if strings.Contains(a.Body, "Skip to footer") {
		t.Error("'Skip to footer' kept")
	}
	if len(a.Sentences) < 25 {
		t.Errorf("%d sentences, want at least 25", len(a.Sentences))
	}
}
