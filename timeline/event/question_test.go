package event

import "testing"

// TestQuestions runs each opener's own example: the expression in the
// question gives no card, and the statement beside it still gives its
// own. A question that takes its happening as given, a wh-question and
// a statement ending in a question keep theirs.
func TestQuestions(t *testing.T) {
	for _, q := range questionOpeners {
		text, _ := unbracket(q.example)
		onlyCard(t, q.word, text+" The port reopened on Tuesday.", "2014-12-16")
	}
	for _, g := range givenQuestions {
		text, expr := unbracket(g.example)
		onlyCard(t, g.opens, text, expr)
	}
	for _, s := range []string{
		"Why did the studio pull the film on Tuesday?",
		"The studio pulled the film on Tuesday, so what comes next?",
		"The studio pulled the film on Tuesday.",
	} {
		onlyCard(t, s, s, "2014-12-16")
	}
}
