package event

import (
	"strings"
	"testing"
)

// Greedy merging can split one happening: an article telling it twice in
// sentences too unlike to merge within the article starts two events, and
// the other outlets' reports each join one. joinSplit makes them one; it
// never joins reports of different days, of different kinds of
// happening, nor two plans for different days called off.
func TestJoinSplit(t *testing.T) {
	const (
		first  = "Marisol Okafor won the Brenner mayoral race on Thursday by four thousand votes."
		second = "On Thursday the city's first female mayor, Okafor, thanked volunteers at a rally in Brenner."
	)
	for _, tc := range []struct {
		name   string
		files  map[string][]byte
		want   int    // events holding a word of key
		key    string // a word of the happening's sentences
		inBoth int    // sources of the largest such event
	}{
		{"one article told it twice, another once", map[string][]byte{
			"a.md": md("2021-03-12", "Ledger", first+" "+second),
			"b.md": md("2021-03-12", "Courier", "Okafor won the Brenner mayoral election on Thursday, the first woman to lead the city."),
		}, 1, "okafor", 3},
		{"the same words a week apart", map[string][]byte{
			"a.md": md("2021-03-12", "Ledger", first+" "+second),
			"b.md": md("2021-03-19", "Courier", "Okafor won the Brenner mayoral election on Thursday, the first woman to lead the city."),
		}, 3, "okafor", 1},
		{"other kinds of happening, the same words else", map[string][]byte{
			"a.md": md("2021-03-12", "Ledger", "The council cancelled the harbour festival parade on Thursday, blaming a shortage of volunteers, stewards, medics, marshals and barriers."),
			"b.md": md("2021-03-12", "Courier", "The council announced the harbour festival parade on Thursday with a route along the quay, brass bands, lanterns and fireworks over the marina."),
		}, 2, "harbour", 1},
		{"one article alone keeps its two tellings apart", map[string][]byte{
			"a.md": md("2021-03-12", "Ledger", first+" "+second),
		}, 2, "okafor", 1},
	} {
		t.Run(tc.name, func(t *testing.T) {
			tl, _ := buildFiles(t, tc.files)
			var got, most int
			for _, e := range tl.Events {
				if strings.Contains(strings.ToLower(e.Sources[0].Text), tc.key) {
					got++
					most = max(most, len(e.Sources))
				}
			}
			if got != tc.want || most != tc.inBoth {
				t.Errorf("want %d events (largest %d sources), got %d (largest %d): %q", tc.want, tc.inBoth, got, most, titles(tl))
			}
		})
	}
}
