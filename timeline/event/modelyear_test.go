package event

import "testing"

// TestModelYears runs each noun's own example: the year naming the
// product gives no card, and the sentence's day still gives its own. A
// year before another noun is the happening's ("the 2011 floods"), as is
// one after a preposition (notModel) or of an edition.
func TestModelYears(t *testing.T) {
	for _, n := range modelNouns {
		text, _ := unbracket(n.example)
		onlyCard(t, n.noun, text, "2014-12-16")
	}
	for _, s := range append([]string{"The town rebuilt after the [2011] floods.", "Froome won the [2015] edition of the Tour."}, notModel...) {
		text, expr := unbracket(s)
		onlyCard(t, text, text, expr)
	}
}
