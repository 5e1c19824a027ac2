package site

import (
	"bytes"
	"strings"
	"testing"
)

// TestOneNewline checks that a page written in pieces ends with exactly
// one newline, as the whole page trimmed did, wherever the pieces break.
func TestOneNewline(t *testing.T) {
	for _, c := range []struct {
		pieces []string
		want   string
	}{
		{[]string{"<p>a</p>\n\n"}, "<p>a</p>\n"},
		{[]string{"<p>a</p>", "\n", "\n"}, "<p>a</p>\n"},
		{[]string{"a\n", "\n", "b\n\n"}, "a\n\nb\n"},
		{[]string{"a\n\n", "", "\nb"}, "a\n\n\nb\n"},
		{[]string{"\n\n"}, "\n"},
		{nil, "\n"},
		{[]string{"é\n", "ü"}, "é\nü\n"},
	} {
		var b bytes.Buffer
		w := &oneNewline{w: &b}
		for _, p := range c.pieces {
			if _, err := w.Write([]byte(p)); err != nil {
				t.Fatal(err)
			}
		}
		if err := w.end(); err != nil {
			t.Fatal(err)
		}
		whole := strings.TrimRight(strings.Join(c.pieces, ""), "\n") + "\n"
		if b.String() != c.want || whole != c.want {
			t.Errorf("%q: got %q, want %q (whole page trimmed: %q)", c.pieces, b.String(), c.want, whole)
		}
	}
}
