package corpus

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	"github.com/newsroom/timeline/timeline/article"
)

func TestGenerateIsDeterministicAndReadable(t *testing.T) {
	a, b := t.TempDir(), t.TempDir()
	for _, d := range []string{a, b} {
		if err := Generate(d, Options{Articles: 60, Seed: 7}); err != nil {
			t.Fatal(err)
		}
	}
	found, err := article.Discover(os.DirFS(a))
	if err != nil || len(found.Files) != 60 {
		t.Fatalf("%d files, %v", len(found.Files), err)
	}
	for _, f := range found.Files {
		x, _ := os.ReadFile(filepath.Join(a, f))
		y, _ := os.ReadFile(filepath.Join(b, f))
		if string(x) != string(y) {
			t.Fatalf("%s differs between two runs with one seed", f)
		}
	}
	arts, errs := article.NewReader(nil).ReadAll(context.Background(), os.DirFS(a), found.Files)
	if len(errs) != 0 || len(arts) != 60 {
		t.Fatalf("%d articles, errors %v", len(arts), errs)
	}
	text, md := 0, 0
	for _, x := range arts {
		if x.Anchor.IsZero() {
			t.Errorf("%s has no anchor", x.Path)
		}
		if x.Format == article.Text {
			text++
			if len(x.Removed) < 3 {
				t.Errorf("%s: boilerplate not removed: %v", x.Path, x.Removed)
			}
		} else {
			md++
		}
	}
	if text == 0 || md == 0 {
		t.Errorf("both input forms wanted: %d text, %d markdown", text, md)
	}
}

// TestGenerateSentences checks that Options.Sentences sets how many
// sentences every article's body has.
func TestGenerateSentences(t *testing.T) {
	for _, n := range []int{2, 3, 10, 25} {
		dir := t.TempDir()
		if err := Generate(dir, Options{Articles: 12, Seed: 3, Sentences: n}); err != nil {
			t.Fatal(err)
		}
		found, err := article.Discover(os.DirFS(dir))
		if err != nil {
			t.Fatal(err)
		}
		arts, errs := article.NewReader(nil).ReadAll(context.Background(), os.DirFS(dir), found.Files)
		if len(errs) != 0 || len(arts) != 12 {
			t.Fatalf("%d articles, errors %v", len(arts), errs)
		}
		for _, a := range arts {
			if got := len(a.Sentences); got != n {
				t.Errorf("Sentences %d: %s has %d sentences", n, a.Path, got)
			}
		}
	}
}
