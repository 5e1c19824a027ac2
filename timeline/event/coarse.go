package event

import (
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/newsroom/timeline/timeline/article"
)

// A report dated only coarsely ("to host the Oscars this year", "the
// March rally") is merged only with reports of the same coarse time,
// while the happening's other reports name its day ("announced
// Friday"). joinCoarse moves each such source into the day event of the
// same happening within its time: one event, dated by its day. It reads
// only merge's settled result, so a cached rebuild, whose merge equals a
// clean one's, joins alike; the events it changes are new ones, settled
// afresh (as anchorElsewhere's).

// coarseSim is the overlap a coarse source needs with a member of the
// day event, from another article, sharing minShared+1 words (as a merge
// across different times does). Chosen on ECB+ dev in two folds (merge
// F1 odd/even): 0.25 → 0.719/0.697; 0.3 → 0.722/0.697; 0.4 →
// 0.720/0.690; 0.5 → 0.720/0.686 (with minShared words only, 0.3 →
// 0.720/0.703, but on Timeline17 dev joins of a week or a year on two
// common words, "flu" and "works", move key dates).
const coarseSim = 0.3

// coarseDays bounds the coarse times that join a day within them: a
// week, a month, a season, a year. A decade holds too many happenings
// of a kind for a few shared words to pick one.
const coarseDays = 366

// coarseQualifiers are the qualifiers of a coarse time that place the
// happening within it ("early March" is in March; "by March" is not).
var coarseQualifiers = map[Qualifier]bool{Exact: true, Planned: true, Start: true, Mid: true, End: true}

// coarseSource reports whether s is dated by a coarse time that places
// its happening within it.
func coarseSource(s *Source) bool {
	t := s.Time
	return !dayGranular(t) && t.End.Sub(t.Start) <= coarseDays*24*time.Hour && coarseQualifiers[t.Qualifier] && !isRelative(s)
}

// joinCoarse returns events with each source of a coarse event (every
// source coarse: coarseSource) that tells the happening of a day event
// within its time moved into that event (as copies: the events it
// changes are new ones, settled afresh, the day event keeping its day).
// cands are the merge's candidates: their words are what happenings
// are compared by.
func joinCoarse(events []*Event, cands []*candidate) []*Event {
	var coarse []int
	for i, e := range events {
		if !e.Inferred && !dayGranular(e.Time) && !slices.ContainsFunc(e.Sources, func(s *Source) bool { return !coarseSource(s) }) {
			coarse = append(coarse, i)
		}
	}
	if len(coarse) == 0 {
		return events
	}
	// The day events within some coarse time, by day.
	var lo, hi time.Time
	for n, i := range coarse {
		if t := events[i].Time; n == 0 || t.Start.Before(lo) {
			lo = t.Start
		}
		if t := events[i].Time; n == 0 || t.End.After(hi) {
			hi = t.End
		}
	}
	var days []int
	want := map[*Source]bool{}
	for i, e := range events {
		if e.Inferred || e.Relative || !dayGranular(e.Time) || e.Time.Start.Before(lo) || !e.Time.Start.Before(hi) {
			continue
		}
		if !slices.ContainsFunc(e.Sources, func(s *Source) bool { return s.Mention.Rule != RuleLead }) {
			continue // a lead alone dates a happening only roughly (dropLeadOnly)
		}
		days = append(days, i)
		for _, s := range e.Sources[:min(len(e.Sources), joinMembers)] {
			want[s] = true
		}
	}
	if len(days) == 0 {
		return events
	}
	for _, i := range coarse {
		for _, s := range events[i].Sources {
			want[s] = true
		}
	}
	of := map[*Source]*candidate{}
	for _, c := range cands {
		if want[c.src] {
			of[c.src] = c
		}
	}
	slices.SortStableFunc(days, func(a, b int) int { return events[a].Time.Start.Compare(events[b].Time.Start) })
	// Each word's day events, in time order: a coarse source counts
	// shared words only over those within its time.
	byWord := map[uint32][]int{}
	for _, id := range days {
		for _, s := range events[id].Sources[:min(len(events[id].Sources), joinMembers)] {
			if m := of[s]; m != nil {
				for _, w := range m.ids {
					if l := byWord[w]; len(l) == 0 || l[len(l)-1] != id {
						byWord[w] = append(l, id)
					}
				}
			}
		}
	}
	kinds := map[string]bool{}
	for _, p := range englishPredicates() {
		kinds[p.kind] = true
	}
	counts := map[int]int{}
	into := map[int][]*Source{} // a day event: the sources it gains
	note := map[*Source]string{}
	rest := map[int][]*Source{} // a coarse event some of whose sources left: those that stay
	for _, i := range coarse {
		var stay []*Source
		for _, s := range events[i].Sources {
			c := of[s]
			t := -1
			var why string
			if c != nil && s.Doc.Article.Anchor.Source != article.FromInferred {
				clear(counts)
				for _, w := range c.ids {
					l := byWord[w]
					from, _ := slices.BinarySearchFunc(l, s.Time.Start, func(id int, t time.Time) int { return events[id].Time.Start.Compare(t) })
					to, _ := slices.BinarySearchFunc(l, s.Time.End, func(id int, t time.Time) int { return events[id].Time.Start.Compare(t) })
					if to-from > commonWords {
						continue
					}
					for _, id := range l[from:to] {
						counts[id]++
					}
				}
				t, why = bestDay(c, events, counts, of, kinds)
			}
			if t < 0 {
				stay = append(stay, s)
				continue
			}
			into[t] = append(into[t], s)
			note[s] = why
		}
		if len(stay) < len(events[i].Sources) {
			rest[i] = stay
		}
	}
	if len(into) == 0 {
		return events
	}
	out := make([]*Event, 0, len(events))
	for i, e := range events {
		if stay, ok := rest[i]; ok {
			if len(stay) > 0 { // what stays is a new event
				j := &Event{Title: e.Title, Time: e.Time, Sources: stay}
				settle(j)
				out = append(out, j)
			}
			continue
		}
		add := into[i]
		if len(add) == 0 {
			out = append(out, e)
			continue
		}
		// Settled as it was: a report dating the happening only by its
		// month or year says nothing of its day, nor of whether it took
		// place on it.
		j := &Event{Title: e.Title, Time: e.Time, Status: e.Status, PlannedFor: e.PlannedFor, Disputed: e.Disputed, Relative: e.Relative, Inferred: e.Inferred, Evidence: slices.Clone(e.Evidence)}
		j.Sources = append(slices.Clone(e.Sources), add...)
		slices.SortStableFunc(j.Sources, mergeOrder)
		for _, s := range add {
			if len(j.Evidence) < maxEvidence {
				j.Evidence = append(j.Evidence, note[s])
			}
		}
		out = append(out, j)
	}
	return out
}

// bestDay returns the day event (of those counts found sharing words
// with c) whose member from another article tells c's happening best,
// and the note the join leaves, or -1. A member tells it when it shares
// minShared words, coarseSim of the smaller set, names no other kind of
// happening and no plan for another day; of two, the more alike, then
// the one more sources tell, then the first. None when events more than
// disputeWindow days apart tell it.
func bestDay(c *candidate, events []*Event, counts map[int]int, of map[*Source]*candidate, kinds map[string]bool) (int, string) {
	best, bestSim := -1, 0.0
	var bestM *candidate
	var first, last time.Time // the days of the events that tell it
	ids := make([]int, 0, len(counts))
	for id, n := range counts {
		if n >= minShared {
			ids = append(ids, id)
		}
	}
	slices.Sort(ids)
	for _, id := range ids {
		e := events[id]
		for _, s := range e.Sources[:min(len(e.Sources), joinMembers)] {
			m := of[s]
			if m == nil || m.src.Doc == c.src.Doc {
				continue
			}
			sim, shared := overlap(c.ids, m.ids)
			if shared < minShared+1 || sim < coarseSim || otherPlans(c.src, m.src) || otherKinds(c, m, kinds) {
				continue
			}
			if first.IsZero() || e.Time.Start.Before(first) {
				first = e.Time.Start
			}
			if e.Time.Start.After(last) {
				last = e.Time.Start
			}
			if best < 0 || sim > bestSim || sim == bestSim && len(e.Sources) > len(events[best].Sources) {
				best, bestSim, bestM = id, sim, m
			}
		}
	}
	if best < 0 || daysApart(first, last) > disputeWindow {
		// Days apart within the coarse time tell it alike: it names one
		// of several happenings of its kind (a year of flu outbreaks),
		// and its words cannot say which.
		return -1, ""
	}
	shared := strings.Join(asWritten(sharedWords(c.words, bestM.words), c.title), ", ")
	return best, fmt.Sprintf("%s joins on %s, within its %s: shared words %s with %s (similarity %.2f)",
		c.src.Doc.Article.Path, events[best].Time.Value, c.src.Time.Value, shared, bestM.src.Doc.Article.Path, bestSim)
}
