package event

import (
	"strings"
	"testing"
)

// TestModelYears runs each noun's own example: the year naming the
// product gives no card, and the sentence's day still gives its own.
func TestModelYears(t *testing.T) {
	for _, n := range modelNouns {
		i, j := strings.Index(n.example, "["), strings.Index(n.example, "]")
		text := n.example[:i] + n.example[i+1:j] + n.example[j+1:]
		tl, _ := buildFiles(t, map[string][]byte{"a.md": md("2014-12-17", "Ledger", text)})
		if len(tl.Events) != 1 || tl.Events[0].Time.Value.String() != "2014-12-16" {
			t.Errorf("%q: events %q, want only Tuesday's", n.noun, titles(tl))
		}
	}
	// A year before another noun is the happening's ("the 2011 floods"),
	// as is one after a preposition or of an edition.
	for _, s := range append([]string{"The town rebuilt after the [2011] floods.", "Froome won the [2015] edition of the Tour."}, notModel...) {
		i, j := strings.Index(s, "["), strings.Index(s, "]")
		text, want := s[:i]+s[i+1:j]+s[j+1:], s[i+1:j]
		tl, _ := buildFiles(t, map[string][]byte{"a.md": md("2014-12-17", "Ledger", text)})
		if len(tl.Events) != 1 || tl.Events[0].Time.Value.String() != want {
			t.Errorf("%q: events %q, want %s's", text, titles(tl), want)
		}
	}
}
