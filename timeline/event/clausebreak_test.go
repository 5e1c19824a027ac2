package event

import (
	"reflect"
	"regexp"
	"strings"
	"testing"
)

// clauseBreakRe is what clauseBreaks finds, as an expression made of the
// same word lists.
var clauseBreakRe = regexp.MustCompile(`(?i)(;|,\s+(?:` + strings.Join(breaksAfterComma, "|") + `)\s+|\s+(?:` +
	strings.Join(breaksAfterSpace, "|") + `)\s+|,\s+(?:` + strings.Join(leadsAfterComma, "|") + `)\s+)`)

// TestClauseBreaks checks the scan against the expression on sentences
// around its edges: words in capitals or run into others, white space
// of every kind, breaks next to each other and at the ends.
func TestClauseBreaks(t *testing.T) {
	for _, s := range []string{
		"The talks resumed on Monday, and the strike ended on Friday",
		"The talks resumed on Monday; the strike ended on Friday",
		"Police arrived on Tuesday  WHEN\tthe crowd had gone, saying it was calm",
		"He left on Sunday, which was his birthday, as planned",
		"He left on Sunday,when it rained, andrew said, whenever, aſ before",
		"They met on Monday after\nthe vote, before  the recess,  while others waited",
		"; ,  and ",
		"Rain fell on Friday , as",
		"Rain fell on Friday, AS \r\f it did",
		"Ｗhen, ſaying ",
		"He said sales rose in 2003 and that  as of October AND THAT it grew, and thatch",
		"",
	} {
		if got, want := clauseBreaks(s), clauseBreakRe.FindAllStringIndex(s, -1); !reflect.DeepEqual(got, want) {
			t.Errorf("clauseBreaks(%q) = %v, want %v", s, got, want)
		}
	}
}

// FuzzClauseBreaks checks the scan against the expression on any text.
func FuzzClauseBreaks(f *testing.F) {
	f.Add("The talks resumed on Monday, and the strike ended on Friday; rain fell")
	f.Add("He left on Sunday,  saying WHEN\tit rained aſ it did")
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := clauseBreaks(s), clauseBreakRe.FindAllStringIndex(s, -1); !reflect.DeepEqual(got, want) {
			t.Errorf("clauseBreaks(%q) = %v, want %v", s, got, want)
		}
	})
}
