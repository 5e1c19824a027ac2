package event

import (
	"slices"
	"strings"
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
		{"another status: a denial", "2004-07-28", "Former aide Fred Larkin dies at 75",
			"Larkin did not die on Saturday, the coroner said, but on Monday night.", "2004-07-28"},
		{"told better on the dateline's day", "2011-01-05", "Saints place Dale Hume on injured reserve",
			"The Saints placed running back Dale Hume on injured reserve on Wednesday, the team said.\n\nHume was injured in the game on Sunday.", "2011-01-05"},
		{"told only days back", "2011-01-05", "Saints place Dale Hume on injured reserve",
			"The team said on Wednesday that it had signed a kicker.\n\nHume was injured in the game on Sunday.", "2011-01-02"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			tl, _ := buildFiles(t, map[string][]byte{"a.md": titled(tc.date, "Ledger", tc.title, tc.body)})
			var got []string
			for _, e := range slices.Concat(tl.Events, tl.leads) {
				for _, s := range e.Sources {
					if isLead(s) {
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

// A headline told days after its happening, whose own body does not
// date it, joins the happening that other outlets' headlines, in its
// words, were dated to by their bodies: when two articles' do, and its
// own body dates no happening of its kind on another day.
func TestLateLeadJoinsRedatedLeads(t *testing.T) {
	a := titled("2004-07-28", "Ledger", "Former aide Fred Larkin dies at 75", "The coroner said Larkin died Saturday of natural causes.")
	b := titled("2004-07-28", "Courier", "Fred Larkin, former aide, dies at 75", "Larkin died Saturday at his home, the coroner said.")
	for _, tc := range []struct {
		name  string
		files map[string][]byte
		want  string // the day of the event holding c.md's lead
	}{
		{"two articles date it", map[string][]byte{"a.md": a, "b.md": b,
			"c.md": titled("2004-07-29", "Herald", "Former aide Fred Larkin dies at 75", "His body was found by a maid in his hotel room.")}, "2004-07-24"},
		{"one article dates it", map[string][]byte{"a.md": a,
			"c.md": titled("2004-07-29", "Herald", "Former aide Fred Larkin dies at 75", "His body was found by a maid in his hotel room.")}, "2004-07-29"},
		{"its body dates another of its kind", map[string][]byte{"a.md": a, "b.md": b,
			"c.md": titled("2004-07-29", "Herald", "Former aide Fred Larkin dies at 75", "A neighbour died on Monday in a fall.")}, "2004-07-29"},
		{"its body dates its kind that day, in other words", map[string][]byte{"a.md": a, "b.md": b,
			"c.md": titled("2004-07-29", "Herald", "Former aide Fred Larkin dies at 75", "The coroner believes the death occurred on Saturday.")}, "2004-07-24"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			tl, _ := buildFiles(t, tc.files)
			var got []string
			for _, e := range slices.Concat(tl.Events, tl.leads) {
				for _, s := range e.Sources {
					if isLead(s) && s.Doc.Article.Path == "c.md" {
						got = append(got, e.Time.Value.String())
					}
				}
			}
			if len(got) != 1 || strings.TrimPrefix(got[0], "~") != tc.want {
				t.Errorf("c.md's lead in events of %q, want %s", got, tc.want)
			}
		})
	}
}

// A headline whose only time is in a relative clause set off by commas,
// or a year naming a thing ("2014 Emmys"), tells its own happening
// undated: a lead on the dateline's day. One whose main clause the time
// dates is no lead.
func TestAsideTimesLeaveTheLeadUndated(t *testing.T) {
	for _, tc := range []struct {
		name, title string
		lead        bool
	}{
		{"a relative clause's decade", "Ann Lark, who swam to fame in the 1940s, dies at 91", true},
		{"a relative clause's year, which", "The old mill, which burned in 1921, is torn down by the city", true},
		{"the main clause's day", "Ann Lark dies on Thursday at her home at 91", false},
		{"a time outside the aside", "Ann Lark, who swam to fame, died on Thursday at 91", false},
		{"a year naming a thing", "Comedian Ann Lark picked to host 2014 Emmys", true},
		{"a year before a noun phrase", "Driver charged in 2012 car crash on the bridge", true},
		{"a year dating the clause", "Ann Lark retires in 2014 after a long career", false},
		{"a year before a preposition", "Ann Lark named host for 2014 at the gala", false},
		{"a year's edition of a thing", "Ann Lark to host next year's Emmys at the gala", true},
		{"a day's happening", "Senate passes the budget in Friday's vote", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			tl, _ := buildFiles(t, map[string][]byte{"a.md": titled("2013-06-07", "Ledger", tc.title, "Friends gathered at the pool to remember her.")})
			lead := false
			for _, e := range slices.Concat(tl.Events, tl.leads) {
				for _, s := range e.Sources {
					lead = lead || s.Mention.Rule == RuleLead
				}
			}
			if lead != tc.lead {
				t.Errorf("lead %v, want %v", lead, tc.lead)
			}
		})
	}
}
