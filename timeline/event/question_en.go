// Questions: a yes-no question ("Was your grandmother born in 1825?",
// "Will the vote go ahead on Friday?") asks whether something happened;
// it tells nothing that did. Its times give no card. A wh-question
// ("Why did the studio pull the film on Wednesday?") takes its
// happening as given and keeps it.

package event

import (
	"strings"
	"unicode/utf8"

	"github.com/newsroom/timeline/timeline/article"
	"github.com/newsroom/timeline/timeline/temporal"
)

// A questionOpener is a word that opens a yes-no question, with a
// sentence whose expression between [ and ] gives no card
// (TestQuestions).
type questionOpener struct {
	word    string
	example string
}

var questionOpeners = []questionOpener{
	{"is", "Is the harbor really safe after the storm of [last week]?"},
	{"are", "Are we living in the [21st century]?"},
	{"was", "Was your grandmother born in [1825]?"},
	{"were", "Were the ferries running on [Tuesday]?"},
	{"do", "Do you remember where you were on [Sept. 11, 2001]?"},
	{"does", "Does the mayor still plan to reopen the pier on [Friday]?"},
	{"did", "Did the council vote on [Monday] after all?"},
	{"has", "Has the ferry sailed since [Tuesday]?"},
	{"have", "Have the talks resumed since [Monday]?"},
	{"had", "Had anyone seen the letter before [Friday]?"},
	{"will", "Will the vote go ahead on [Friday]?"},
	{"would", "Would the studio release the film on [Christmas Day]?"},
	{"can", "Can the port reopen by [Monday]?"},
	{"could", "Could the strike end on [Friday]?"},
	{"should", "Should the pier reopen on [Monday]?"},
}

// questionClosers may follow a question mark at a sentence's end.
const questionClosers = " \t\n\"'”’)]"

// inQuestion reports whether m stands in a sentence that is a yes-no
// question: its first word is an opener and it ends with a question mark.
func inQuestion(body string, sent article.Sentence, m temporal.Mention) bool {
	if m.Start < sent.Start || m.End > sent.End {
		return false
	}
	text := strings.TrimRight(body[sent.Start:sent.End], questionClosers)
	if r, _ := utf8.DecodeLastRuneInString(text); r != '?' && r != '？' {
		return false
	}
	lead := strings.TrimLeft(text, " \t\n\x00\"“'‘(")
	w, _, _ := strings.Cut(lead, " ")
	for _, q := range questionOpeners {
		if strings.EqualFold(w, q.word) {
			return true
		}
	}
	return false
}
