package event

import "testing"

// TestJoinBackground: an article recalling one past day in two sentences
// gives one background card; two articles' references to it stay two,
// as merging left them, and the story's own days are untouched.
func TestJoinBackground(t *testing.T) {
	tl, _ := buildFiles(t, map[string][]byte{
		"a.md": md("2014-12-17", "Ledger", "The hackers recalled the September 11 attacks in their message. "+
			"\"Remember the 11th of September 2001,\" they wrote. The studio pulled the film on Wednesday."),
		"b.md": md("2014-12-18", "Courier", "Theaters feared a repeat of the horror of September 11, 2001, a manager said."),
	})
	bySource := map[int]int{} // cards of Sept. 11, 2001 by their number of sources
	for _, e := range tl.Context() {
		if e.Time.Value.String() == "2001-09-11" {
			bySource[len(e.Sources)]++
		}
	}
	if bySource[2] != 1 || bySource[1] != 1 || len(bySource) != 2 {
		t.Errorf("Sept. 11, 2001: cards by sources %v, want one of 2 (article a) and one of 1 (article b); events %q", bySource, titles(tl))
	}
	if len(find(tl, "pulled the film")) != 1 {
		t.Errorf("the story's own event is missing: %q", titles(tl))
	}
}
