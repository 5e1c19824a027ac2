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
// (TestQuestions). Those that also open an inverted condition (should,
// were, had) count here when a comma stands before the time.
type questionOpener struct {
	word    string
	example string
}

var questionOpeners = []questionOpener{
	{"is", "Is the harbor really safe after the storm of [last week]?"},
	{"are", "Are we living in the [21st century]?"},
	{"was", "Was your grandmother born in [1825]?"},
	{"were", "Were the ferries, as the port said, running on [Tuesday]?"},
	{"do", "Do you think the vote will go ahead on [Friday]?"},
	{"does", "Does the mayor still plan to reopen the pier on [Friday]?"},
	{"did", "Did the council vote on [Monday] after all?"},
	{"has", "Has the ferry sailed since [Tuesday]?"},
	{"have", "Have the talks resumed since [Monday]?"},
	{"had", "Had anyone, in the end, seen the letter before [Friday]?"},
	{"will", "Will the vote go ahead on [Friday]?"},
	{"would", "Would the studio release the film on [Christmas Day]?"},
	{"can", "Can the port reopen by [Monday]?"},
	{"could", "Could the strike end on [Friday]?"},
	{"should", "Should the pier, after all, reopen on [Monday]?"},
}

// givenQuestions open a question that tells what it asks about as known:
// "Did you know the museum opened in 1902?" keeps its card
// (TestQuestions).
var givenQuestions = []struct{ opens, example string }{
	{"did you know", "Did you know the museum opened in [1902]?"},
	{"do you know that", "Do you know that the pier burned in [1998]?"},
}

// questionClosers may follow a question mark at a sentence's end.
const questionClosers = " \t\n\"'”’)]"

// inQuestion reports whether m stands in a sentence that is a yes-no
// question: its first word is an opener and it ends with a question mark.
func inQuestion(body string, sent article.Sentence, m temporal.Mention) bool {
	w, ok := firstWord(body, sent, m)
	if !ok {
		return false
	}
	text := strings.TrimRight(body[sent.Start:sent.End], questionClosers)
	if r, _ := utf8.DecodeLastRuneInString(text); r != '?' && r != '？' {
		return false
	}
	lead := strings.ToLower(strings.TrimLeft(text, openingMarks))
	for _, g := range givenQuestions {
		if strings.HasPrefix(lead, g.opens+" ") {
			return false
		}
	}
	for _, q := range questionOpeners {
		if strings.EqualFold(w, q.word) {
			return true
		}
	}
	return false
}
