package event

import (
	"slices"
	"strings"
	"testing"
	"unicode"
)

// The fast paths for ASCII text (oneSpaced, asciiWords) and wordCount must
// read every text as the general ones do.
var spacedSeeds = []string{
	"",
	"The council met on Tuesday and approved the plan.",
	" leading and trailing ",
	"two  spaces",
	"tab\tand\nline",
	"Officials' statement: 9 dead, O'Brien's team",
	"non\u00a0breaking space",
	"caf\u00e9 \u2019quoted\u2019",
	"a\vb\fc",
	"DEL\x7fbyte",
}

func FuzzOneSpaced(f *testing.F) {
	for _, s := range spacedSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		fields := strings.Fields(s)
		want := strings.Join(fields, " ")
		if got, n := oneSpaced(s); got != want || n != len(fields) {
			t.Errorf("oneSpaced(%q) = %q, %d; want %q, %d", s, got, n, want, len(fields))
		}
	})
}

func FuzzPoolWordsASCII(f *testing.F) {
	for _, s := range spacedSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		lower, ok := asciiLower(s)
		if !ok {
			return
		}
		if lower != strings.ToLower(s) {
			t.Fatalf("asciiLower(%q) = %q", s, lower)
		}
		want := strings.FieldsFunc(lower, func(r rune) bool {
			return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '\'' && r != '’'
		})
		if got := asciiWords(lower); !slices.Equal(got, want) {
			t.Errorf("asciiWords(%q) = %q, want %q", lower, got, want)
		}
	})
}

func FuzzWordCount(f *testing.F) {
	for _, s := range spacedSeeds {
		f.Add(s)
	}
	f.Add("\xff\xfe broken \u2003 em space")
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := wordCount(s), len(strings.Fields(s)); got != want {
			t.Errorf("wordCount(%q) = %d, want %d", s, got, want)
		}
	})
}

// poolWords reads an ASCII sentence's words in place as it would read
// them from the sentence lower-cased (asciiLower, asciiWords), asked once
// or again (the stem cache then holds them).
func FuzzPoolWords(f *testing.F) {
	for _, s := range spacedSeeds {
		f.Add(s)
	}
	f.Add("The THE the 'Officials' OFFICIALS' it's IT'S Obama'S O'BRIEN''S")
	f.Add("bell\x07s \x15\x19 ring SUPERCALIFRAGILISTICEXPIALIDOCIOUSLY-long Words")
	s := &summarizer{stop: map[string]bool{}, stems: new(stemCache)}
	for _, w := range stopwords() {
		s.stop[w] = true
	}
	f.Fuzz(func(t *testing.T, text string) {
		toks, _ := lowerWords(text)
		want := []string{}
		for _, w := range toks {
			w = strings.TrimSuffix(strings.TrimSuffix(strings.Trim(w, "'’"), "'s"), "’s")
			if len(w) >= 3 && !s.stop[w] {
				want = append(want, stem(w))
			}
		}
		slices.Sort(want)
		want = slices.Compact(want)
		for range 2 {
			if got := s.poolWords(text); !slices.Equal(got, want) {
				t.Fatalf("poolWords(%q) = %q, want %q", text, got, want)
			}
		}
	})
}
