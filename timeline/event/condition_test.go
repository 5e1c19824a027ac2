package event

import (
	"strings"
	"testing"
)

// TestConditions runs each condition's own example: the expression in
// the condition gives no card, and the main clause still gives its own.
func TestConditions(t *testing.T) {
	for _, c := range conditions {
		i, j := strings.Index(c.example, "["), strings.Index(c.example, "]")
		text := c.example[:i] + c.example[i+1:j] + c.example[j+1:]
		tl, _ := buildFiles(t, map[string][]byte{"a.md": md("2014-12-17", "Ledger", text+" The port reopened on Tuesday.")})
		if len(tl.Events) != 1 || tl.Events[0].Time.Value.String() != "2014-12-16" {
			t.Errorf("%q: events %q, want only Tuesday's", c.opener, titles(tl))
		}
	}
}
