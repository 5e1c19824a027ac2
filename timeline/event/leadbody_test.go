package event

import (
	"slices"
	"testing"
)

// titled is an article whose headline opens its body, as a scraped page's does.
func titled(date, outlet, title, body string) []byte {
	return []byte("---\ntitle: \"" + title + "\"\ndate: " + date + "\noutlet: " + outlet + "\n---\n\n" + title + "\n\n" + body + "\n")
}

// A headline takes the day its own body dates its happening when that
// is days before the dateline; otherwise it keeps the dateline's day.
func TestLeadTakesItsBodysDay(t *testing.T) {
	for _, tc := range []struct {
		name, date, title, body, want string
	}{
		{"a death told four days on", "2004-07-28", "Former aide Fred Larkin dies at 75",
			"The coroner said Larkin died Saturday of natural causes.", "2004-07-24"},
		{"an arrest told three days on", "2009-02-04", "Chargers lineman Dale Hume arrested",
			"Hume was arrested early Sunday on a highway north of the city.", "2009-02-01"},
		{"another kind of happening", "2004-07-28", "Former aide Fred Larkin dies at 75",
			"Larkin was arrested Saturday after a quarrel at the club.", "2004-07-28"},
		{"no name nor words shared", "2004-07-28", "Former aide Fred Larkin dies at 75",
			"A fisherman died Saturday off the coast near the harbour.", "2004-07-28"},
		{"the day before: leadDay's", "2004-07-28", "Former aide Fred Larkin dies at 75",
			"The coroner said Larkin died Tuesday of natural causes.", "2004-07-28"},
		{"more than a week before", "2004-07-28", "Former aide Fred Larkin dies at 75",
			"The coroner said Larkin died on July 12 of natural causes.", "2004-07-28"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			tl, _ := buildFiles(t, map[string][]byte{"a.md": titled(tc.date, "Ledger", tc.title, tc.body)})
			var got []string
			for _, e := range slices.Concat(tl.Events, tl.leads) {
				for _, s := range e.Sources {
					if s.Mention.Rule == RuleLead {
						got = append(got, s.Time.Value.String())
					}
				}
			}
			if len(got) != 1 || got[0] != "~"+tc.want && got[0] != tc.want {
				t.Errorf("lead dated %q, want %s", got, tc.want)
			}
		})
	}
}
