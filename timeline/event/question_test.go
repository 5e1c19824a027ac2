package event

import (
	"strings"
	"testing"
)

// TestQuestions runs each opener's own example: the expression in the
// question gives no card, and the statement beside it still gives its
// own. A wh-question and a statement ending in a question keep theirs.
func TestQuestions(t *testing.T) {
	for _, q := range questionOpeners {
		i, j := strings.Index(q.example, "["), strings.Index(q.example, "]")
		text := q.example[:i] + q.example[i+1:j] + q.example[j+1:]
		tl, _ := buildFiles(t, map[string][]byte{"a.md": md("2014-12-17", "Ledger", text+" The port reopened on Tuesday.")})
		if len(tl.Events) != 1 || tl.Events[0].Time.Value.String() != "2014-12-16" {
			t.Errorf("%q: events %q, want only Tuesday's", q.word, titles(tl))
		}
	}
	for _, g := range givenQuestions {
		i, j := strings.Index(g.example, "["), strings.Index(g.example, "]")
		text, want := g.example[:i]+g.example[i+1:j]+g.example[j+1:], g.example[i+1:j]
		tl, _ := buildFiles(t, map[string][]byte{"a.md": md("2014-12-17", "Ledger", text)})
		if len(tl.Events) != 1 || tl.Events[0].Time.Value.String() != want {
			t.Errorf("%q: events %q, want %s's", g.opens, titles(tl), want)
		}
	}
	for _, s := range []string{
		"Why did the studio pull the film on Tuesday?",
		"The studio pulled the film on Tuesday, so what comes next?",
		"The studio pulled the film on Tuesday.",
	} {
		tl, _ := buildFiles(t, map[string][]byte{"a.md": md("2014-12-17", "Ledger", s)})
		if len(tl.Events) != 1 || tl.Events[0].Time.Value.String() != "2014-12-16" {
			t.Errorf("%q: events %q, want Tuesday's", s, titles(tl))
		}
	}
}
