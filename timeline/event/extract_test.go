package event

import (
	"slices"
	"testing"
)

func TestTrimLeadWords(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"The studio canceled the premiere on", "The studio canceled the premiere "},
		{"Talks resumed late on", "Talks resumed "},
		{"The rate stood at 5% as of", "The rate stood at 5% "},
		{"It was known as", "It was known as"},
		{"Upon", "Upon"},
		{"on", ""},
		{"", ""},
		{"Prices rose for", "Prices rose "},
		{"The plan, announced", "The plan, announced"},
	} {
		if got := trimLeadWords(c.in); got != c.want {
			t.Errorf("trimLeadWords(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestOverlap(t *testing.T) {
	s := newSimilarity()
	a := s.words("Sony canceled the release of the film after threats")
	b := s.words("The film's release was cancelled by Sony")
	sim, n := overlap(s.numbers(a), s.numbers(b))
	if want := []string{"cancel", "film", "release", "sony"}; !slices.Equal(sharedWords(a, b), want) || n != len(want) {
		t.Errorf("shared %v (%d), want %v", sharedWords(a, b), n, want)
	}
	if sim != 1 { // every content word of the shorter text is shared
		t.Errorf("similarity %.2f, want 1", sim)
	}
	if sim, n := overlap(s.numbers(a), nil); sim != 0 || n != 0 {
		t.Errorf("overlap with nothing = %.2f, %d", sim, n)
	}
}
