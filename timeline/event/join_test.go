package event

import (
	"slices"
	"strings"
	"testing"

	"github.com/newsroom/timeline/timeline/article"
	"github.com/newsroom/timeline/timeline/temporal"
	"github.com/newsroom/timeline/timeline/timex"
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

// A rebuild joins the events of a time as the last build did when the
// merge memo kept every one of them (no source joined or left), without
// comparing them again; when one of them changed, the time is compared
// afresh. The events are made by hand: two reports of a by-election, from
// two papers, that share their words, and a third of another happening.
func TestJoinSplitKept(t *testing.T) {
	v := timex.MustParse("2021-03-11")
	start, end, _ := v.Interval()
	sim := newSimilarity()
	sim.numbers(strings.Fields("by election won seat poll vote count ward mayor council")) // the words numbered 0 to 9
	event := func(path string, ids ...uint32) (*Event, []*candidate) {
		d := &Doc{Article: &article.Article{Path: path, ID: path}}
		src := &Source{Doc: d, Mention: &temporal.Mention{}, Time: Time{Value: v, Start: start, End: end}}
		c := &candidate{src: src, title: "t", ids: ids, sim: sim}
		return &Event{Title: path, Time: src.Time, Sources: []*Source{src}, kept: &keptEvent{}}, []*candidate{c}
	}
	var all []*Event
	var reps [][]*candidate
	for _, e := range []struct {
		path string
		ids  []uint32
	}{{"ledger.md", []uint32{1, 2, 3, 4}}, {"courier.md", []uint32{1, 2, 3, 5}}, {"gazette.md", []uint32{7, 8, 9}}} {
		ev, r := event(e.path, e.ids...)
		all, reps = append(all, ev), append(reps, r)
	}
	// count is the events made of two, and checks that joined names the
	// new events the memo does not know (settled afresh) and no other.
	count := func(events []*Event, joined []bool) (n int) {
		t.Helper()
		for i, e := range events {
			if len(e.Sources) > 1 {
				n++
			}
			if joined[i] != (len(e.Sources) > 1 && e.kept == nil) {
				t.Errorf("event %d (%d sources, kept %v) is said new: %v", i, len(e.Sources), e.kept != nil, joined[i])
			}
		}
		return n
	}
	first, joined := joinSplit(all, reps, predicateKinds())
	if len(first) != 2 || count(first, joined) != 1 {
		t.Fatalf("first build: want the two reports joined beside the third, got %d events, %d joined", len(first), count(first, joined))
	}
	// Without representatives nothing could be compared: a join now is
	// the one kept.
	again, joined := joinSplit(all, make([][]*candidate, len(all)), predicateKinds())
	if len(again) != 2 || count(again, joined) != 1 || again[0].Evidence[0] != first[0].Evidence[0] {
		t.Errorf("same events: want the kept join (%q), got %d events, %d joined", first[0].Evidence, len(again), count(again, joined))
	} else if again[0].kept == nil || again[0].kept != first[0].kept {
		t.Errorf("same events: the joined event is not the one the memo kept (how it is told, its id's source)")
	} else if p := again[0].Sources[0].Doc.Article.Path; p != "courier.md" || !slices.Equal(again[0].Sources, first[0].Sources) {
		t.Errorf("same events: the joined event's sources are not in merge order (courier.md first), got %s first", p)
	}
	all[2].kept = &keptEvent{} // the memo no longer knows the third
	fresh, joined := joinSplit(all, make([][]*candidate, len(all)), predicateKinds())
	if len(fresh) != 3 || count(fresh, joined) != 0 {
		t.Errorf("an event changed: want the time compared afresh (nothing to compare: 3 events), got %d events, %d joined", len(fresh), count(fresh, joined))
	}
}
