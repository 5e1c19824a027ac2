package event

import (
	"strings"
	"testing"
)

// A report dated only by a month or a year joins the day event of its
// happening within that time, which keeps its day and its sentence; one of another
// happening (another kind: predicates_en.go), or whose time does not hold the day, stays apart.
func TestJoinCoarse(t *testing.T) {
	const day = "The Harlow Players announced on Friday that Dara Quist will host the Brenner drama awards gala."
	for _, tc := range []struct {
		name   string
		coarse string // the second outlet's report
		date   string // its dateline
		joined bool   // whether it joins the day event
	}{
		{"a year holding the day", "Dara Quist will host the Brenner drama awards gala this year.", "2021-03-12", true},
		{"a month holding the day", "Dara Quist hosts the Brenner drama awards gala in March, the Harlow Players said.", "2021-03-12", true},
		{"a year not holding the day", "Dara Quist hosted the Brenner drama awards gala in 2019.", "2021-03-13", false},
		{"another happening in the year", "The Harlow Players cancelled the Brenner drama awards gala this year.", "2021-03-13", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			tl, _ := buildFiles(t, map[string][]byte{
				"a.md": md("2021-03-13", "Ledger", day),
				"b.md": md(tc.date, "Courier", tc.coarse),
			})
			var withDay, both int
			for _, e := range tl.Events {
				var a, b bool
				for _, s := range e.Sources {
					a = a || strings.Contains(s.Text, "on Friday")
					b = b || s.Text == tc.coarse
				}
				if a {
					withDay++
					if e.Time.Value.String() != "2021-03-12" {
						t.Errorf("the day event is dated %s, want 2021-03-12", e.Time.Value)
					}
				}
				if a && b {
					both++
					// The day's sentence tells it, though the coarse
					// report was published first.
					if got := e.Telling().Text; !strings.Contains(got, "on Friday") {
						t.Errorf("the joined event is told by %q, want the day's sentence", got)
					}
				}
			}
			if withDay != 1 || (both == 1) != tc.joined {
				t.Errorf("want joined %v, got %d events with the day, %d with both: %q", tc.joined, withDay, both, titles(tl))
			}
		})
	}
}
