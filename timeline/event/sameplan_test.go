package event

import (
	"strings"
	"testing"
)

// Two outlets calling off (or putting off) the plan for one day, told on
// the same day in their own words, sharing the kind and a name, are one
// happening, however little else their sentences share (samePlan). Plans
// for different days, or different names, stay apart.
func TestSamePlanMerges(t *testing.T) {
	const long = "Halvorsen Festival organisers on Wednesday called off the April 4 concert in the harbour park, " +
		"citing a storm forecast that had worsened through the week and a shortage of trained stewards."
	for _, tc := range []struct {
		name   string
		a, b   string
		status Status
		events int // events of that status
	}{
		{"same plan, other words", long,
			"Halvorsen scrapped its April 4th show on Wednesday after the city withdrew its permit for the stage.", StatusCancelled, 1},
		{"same plan, put off", "Kestrel Airways on Wednesday postponed the April 2 maiden flight of its new jet, " +
			"blaming late parts from a supplier in the north and a pilots' roster still unsigned.",
			"Kestrel delayed its April 2nd inaugural service on Wednesday after an engine test failed at the hangar.", StatusPostponed, 1},
		{"plans for other days", long,
			"Halvorsen scrapped the April 11 show on Wednesday after the city withdrew its permit for the stage.", StatusCancelled, 2},
		{"other names", long,
			"Brightwater scrapped its April 4th show on Wednesday after the city withdrew its permit for the stage.", StatusCancelled, 2},
	} {
		t.Run(tc.name, func(t *testing.T) {
			tl, _ := buildFiles(t, map[string][]byte{
				"a.md": md("2021-03-10", "Ledger", tc.a),
				"b.md": md("2021-03-11", "Courier", tc.b),
			})
			var evs []*Event
			for _, e := range tl.Events {
				if e.Status == tc.status {
					evs = append(evs, e)
				}
			}
			if len(evs) != tc.events {
				t.Fatalf("want %d %s events, got %d: %q", tc.events, tc.status, len(evs), titles(tl))
			}
			if tc.events == 1 {
				e := evs[0]
				if len(e.Sources) != 2 {
					t.Fatalf("want both sources on %q, got %d", e.Title, len(e.Sources))
				}
				if len(e.Evidence) != 1 || !strings.Contains(e.Evidence[0], "the plan for") {
					t.Errorf("want the plan's day as the evidence, got %q", e.Evidence)
				}
			}
		})
	}
}
