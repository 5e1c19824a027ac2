package temporal_test

import (
	"fmt"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/newsroom/timeline/timeline/temporal"
	"github.com/newsroom/timeline/timeline/timex"
)

// BenchmarkTagGrowth: time per byte stays flat as inputs grow, for text
// that makes the matcher work hardest.
func BenchmarkTagGrowth(b *testing.B) {
	tg := temporal.MustNew()
	dct := time.Date(2014, 12, 17, 0, 0, 0, 0, time.UTC)
	for _, n := range []int{1_000, 10_000, 100_000} {
		in := strings.Repeat("late last Tuesday the 3rd of December 2014 ", n/40)
		b.Run(fmt.Sprintf("bytes=%d", len(in)), func(b *testing.B) {
			b.SetBytes(int64(len(in)))
			for b.Loop() {
				tg.Tag(in, dct)
			}
		})
	}
}

func FuzzTag(f *testing.F) {
	for _, s := range []string{temporal.NewsText, "Wed\u200bnesday", "9/11", "the 11th of September 2001", "\xff\xfeTuesday", "12/17/2014 11:29 p.m. EST", "The pandemic of 1918-1919", "January-March 2009", "10:12 GMT, Wednesday, 28 September 2011", "He left on the 31st. It runs March 5-7, 2014 - 09:15", "between March and May, every other Sunday", "from 10 to 14 July; 12 and 13 June, 3.10 - 14 July"} {
		f.Add(s)
	}
	tg := temporal.MustNew()
	dct := time.Date(2014, 12, 17, 0, 0, 0, 0, time.UTC)
	f.Fuzz(func(t *testing.T, in string) {
		last := 0
		for _, m := range tg.Tag(in, dct) {
			if m.Start < last || m.End <= m.Start || m.End > len(in) {
				t.Fatalf("bad span %d-%d after %d in %q", m.Start, m.End, last, in)
			}
			if !utf8Boundary(in, m.Start) || !utf8Boundary(in, m.End) {
				t.Fatalf("span %d-%d splits a UTF-8 sequence in %q", m.Start, m.End, in)
			}
			// An expression neither starts nor ends with a space or a
			// separator ("1918[-1919]" was one).
			if x := in[m.Start:m.End]; strings.ContainsAny(x[:1], " \t\n,;:-") || strings.ContainsAny(x[len(x)-1:], " \t\n,;:-") {
				t.Fatalf("span %q of %q starts or ends with a separator", x, in)
			}
			if v, err := parseBack(m.Value.String()); err != nil || v != m.Value.String() {
				t.Fatalf("value %q does not round-trip: %v", m.Value, err)
			}
			last = m.End
		}
	})
}

// utf8Boundary reports whether i does not fall inside a valid UTF-8
// sequence (a stray byte of invalid input is its own unit).
func utf8Boundary(s string, i int) bool {
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		if utf8.RuneStart(s[k]) {
			r, size := utf8.DecodeRuneInString(s[k:])
			return (r == utf8.RuneError && size == 1) || k+size <= i
		}
	}
	return true
}

func parseBack(s string) (string, error) {
	v, err := timex.Parse(s)
	if err != nil {
		return "", err
	}
	return v.String(), nil
}
