package event

import (
	"strings"
	"testing"
)

// TestConditions runs each condition's own example: the expression in
// the condition gives no card, and the main clause still gives its own.
func TestConditions(t *testing.T) {
	for _, c := range conditions {
		text, _ := unbracket(c.example)
		onlyCard(t, c.opener, text+" The port reopened on Tuesday.", "2014-12-16")
	}
}

// unbracket returns an example without its [ and ], and the expression
// between them.
func unbracket(s string) (text, expr string) {
	i, j := strings.Index(s, "["), strings.Index(s, "]")
	return s[:i] + s[i+1:j] + s[j+1:], s[i+1 : j]
}

// onlyCard builds text as one article written on Wed. Dec. 17, 2014 and
// fails the test named name unless it gives one card, of value want.
func onlyCard(t *testing.T, name, text, want string) {
	t.Helper()
	tl, _ := buildFiles(t, map[string][]byte{"a.md": md("2014-12-17", "Ledger", text)})
	if len(tl.Events) != 1 || tl.Events[0].Time.Value.String() != want {
		t.Errorf("%q: events %q, want only %s's", name, titles(tl), want)
	}
}
