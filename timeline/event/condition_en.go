// Conditions: a condition set before its main clause by inversion
// ("Should the strike go ahead on Friday, …") names the time of a
// happening that may never come. It gives no card of its own, and a
// title starts past it.

package event

import (
	"strings"

	"github.com/newsroom/timeline/timeline/article"
	"github.com/newsroom/timeline/timeline/temporal"
)

// A condition is an opener of an inverted condition, with a sentence
// whose expression between [ and ] gives no card (TestConditions).
type condition struct {
	opener  string
	example string
}

var conditions = []condition{
	{"should", "Should the strike go ahead as planned on [Friday], the port will close."},
	{"were", "Were the talks to collapse on [Monday], prices would soar."},
	{"had", "Had the dam burst on [Sunday], the valley would have flooded."},
}

// conditionOpeners is the regexp alternation of the openers.
func conditionOpeners() string {
	ws := make([]string, len(conditions))
	for i, c := range conditions {
		ws[i] = c.opener
	}
	return strings.Join(ws, "|")
}

// inCondition reports whether m stands in an inverted condition that
// opens its sentence: the sentence's first word is an opener, and no
// comma closes the condition before m ends.
func inCondition(body string, sent article.Sentence, m temporal.Mention) bool {
	w, ok := firstWord(body, sent, m)
	if !ok || strings.ContainsAny(body[sent.Start:m.End], ",;:") {
		return false
	}
	for _, c := range conditions {
		if strings.EqualFold(w, c.opener) {
			return true
		}
	}
	return false
}

// openingMarks may open a sentence before its first word (markup is \x00).
const openingMarks = " \t\n\x00\"“'‘("

// firstWord is the first word of sent, past opening quotes and
// brackets, when m stands in sent and a word follows it.
func firstWord(body string, sent article.Sentence, m temporal.Mention) (string, bool) {
	if m.Start < sent.Start || m.End > sent.End {
		return "", false
	}
	lead := strings.TrimLeft(body[sent.Start:m.Start], openingMarks)
	w, _, ok := strings.Cut(lead, " ")
	return w, ok
}
