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

// Pathological inputs: each must finish, keep spans sane, and cost no
// more per byte than ordinary text (checked against a budget relative to
// the news text, so a slow machine does not fail it).
func TestPathologicalInput(t *testing.T) {
	tg := temporal.MustNew()
	dct := time.Date(2014, 12, 17, 0, 0, 0, 0, time.UTC)
	cases := map[string]string{
		"1 MB single line":         strings.Repeat("word ", 200_000),
		"100,000 date words":       strings.Repeat("Tuesday ", 100_000),
		"month and number storm":   strings.Repeat("December 25 2014 , ", 20_000),
		"digits and slashes":       strings.Repeat("12/17/2014/12/17/", 30_000),
		"only digits":              strings.Repeat("1234567890", 50_000),
		"right-to-left text":       strings.Repeat("يوم الثلاثاء \u202e Tuesday \u202c ", 10_000),
		"zero-width inside words":  strings.Repeat("Wed\u200bnesday and Thurs\u200dday ", 10_000),
		"mixed encodings":          strings.Repeat("caf\xe9 on Tuesday \xff\xfe ", 10_000),
		"nested optional patterns": strings.Repeat("the the the last last next ", 20_000),
		"punctuation storm":        strings.Repeat(".,;:-/'\"()[]", 50_000),
	}
	start := time.Now()
	tg.Tag(strings.Repeat(newsText, 1000), dct)
	perByte := time.Since(start) / time.Duration(len(newsText)*1000)
	for name, in := range cases {
		start := time.Now()
		ms := tg.Tag(in, dct)
		took := time.Since(start)
		last := 0
		for _, m := range ms {
			if m.Start < last || m.End <= m.Start || m.End > len(in) || in[m.Start:m.End] != m.Text {
				t.Fatalf("%s: bad span %d-%d after %d", name, m.Start, m.End, last)
			}
			last = m.End
		}
		// Generous: 20 times the news rate, plus a fixed allowance.
		if budget := 20*perByte*time.Duration(len(in)) + 200*time.Millisecond; took > budget {
			t.Errorf("%s: %v for %d bytes, over the budget of %v", name, took, len(in), budget)
		}
		t.Logf("%-26s %8d bytes %6d mentions %v", name, len(in), len(ms), took.Round(time.Millisecond))
	}
	// The zero-width case still finds its weekdays.
	if ms := tg.Tag("They met on Wed\u200bnesday.", dct); len(ms) != 1 || ms[0].Value.String() != "2014-12-17" {
		t.Errorf("Wed\u200bnesday: %v", ms)
	}
}

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
	for _, s := range []string{newsText, "Wed\u200bnesday", "9/11", "the 11th of September 2001", "\xff\xfeTuesday", "12/17/2014 11:29 p.m. EST"} {
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
