package event

import (
	"strings"
	"testing"
)

// TestRetitle: events of different days that would share a title are
// told apart from their own sentences, never by a cut, a pasted date or
// a counter, and no title is left on two days. Of different sentences,
// the first keeps the title; each date of one sentence says its own.
func TestRetitle(t *testing.T) {
	for _, c := range []struct {
		name  string
		files map[string]string // file → its body, dated 2014-12-17
		want  map[string]string // day → title
	}{
		{"a noun dated by its year", map[string]string{
			"a.md": "Engineers still study the 1906 earthquake.",
			"b.md": "Engineers still study the 1989 earthquake.",
		}, map[string]string{"1906": "The 1906 earthquake", "1989": "The 1989 earthquake"}},
		{"one clause on two days, in two articles", map[string]string{
			"a.md": "The old lighthouse keeper retired in 1961.",
			"b.md": "The old lighthouse keeper retired in 1974, officials said.",
		}, map[string]string{"1961": "The old lighthouse keeper retired", "1974": "The old lighthouse keeper retired in 1974"}},
		{"one sentence, two days", map[string]string{
			"a.md": "The ferry will sail on Friday or Saturday, the port said.",
		}, map[string]string{"2014-12-19": "The ferry will sail on Friday", "2014-12-20": "The ferry will sail on Saturday"}},
		{"a list of years in one sentence", map[string]string{
			"a.md": "Floods reached the market square in 1998, 2004 and 2010.",
		}, map[string]string{"1998": "Floods reached the market square in 1998", "2004": "Floods reached the market square in 2004", "2010": "Floods reached the market square in 2010"}},
		{"a time that opens the clause", map[string]string{
			"a.md": "Late Monday the council went further and told residents it would reopen the old pier to anglers on March 1.",
		}, map[string]string{"2014-12-15": "The council went further", "2015-03-01": "The council went further and told residents it would reopen the old pier to anglers on March 1"}},
		{"years in asides", map[string]string{
			"a.md": "The mill passed to her sons, Tom (1921) and Ned (1924), who ran it for decades.",
		}, map[string]string{"1921": "The mill passed to her sons, Tom (1921)", "1924": "The mill passed to her sons, Tom and Ned (1924)"}},
		// A run up to the time too long for a title and unpunctuated: the
		// phrase after the last clause opener before it.
		{"a long unpunctuated sentence naming several years", map[string]string{
			"a.md": "I am still trying to trace the family of a miller from the upper valley who I think came over the hills from the coast with his three brothers some time around the turn of that century who married a weaver's daughter in 1786 and died in 1821 near the old ford.",
		}, map[string]string{"1786": "Married a weaver's daughter in 1786", "1821": "Died in 1821 near the old ford"}},
	} {
		files := map[string][]byte{}
		for name, body := range c.files {
			files[name] = md("2014-12-17", "Ledger "+name, body)
		}
		tl, _ := buildFiles(t, files)
		days := map[string]map[string]bool{}
		got := map[string]string{}
		for _, e := range tl.Events {
			day := e.Time.Value.String()
			if days[e.Title] == nil {
				days[e.Title] = map[string]bool{}
			}
			days[e.Title][day] = true
			if _, ok := c.want[day]; ok {
				got[day] = e.Title
			}
			if strings.HasSuffix(e.Title, "…") || strings.HasSuffix(e.Title, ")") && strings.Contains(e.Title, " ("+day+")") && !strings.Contains(c.files["a.md"], "("+day+")") {
				t.Errorf("%s: %q is cut or has its date pasted on", c.name, e.Title)
			}
		}
		for title, ds := range days {
			if len(ds) > 1 {
				t.Errorf("%s: %q on %d days", c.name, title, len(ds))
			}
		}
		for day, want := range c.want {
			if got[day] != want {
				t.Errorf("%s: on %s %q, want %q (all: %q)", c.name, day, got[day], want, titles(tl))
			}
		}
	}
}
