package event

import (
	"cmp"
	"fmt"
	"slices"

	"github.com/newsroom/timeline/timeline/article"
)

// Merging in time order is greedy: a candidate joins the one event it
// matches best, so a happening whose first reports matched nothing yet
// (one article's headline and its own lead sentence, which must be
// near-identical to merge) starts two events, and every later report
// picks one of them. joinSplit undoes that afterwards: two events of one
// time whose representatives, from different articles, would have merged
// are one event (single link over the representatives, as a candidate
// arriving between them would have made them).
//
// It reads only merge's result, so a cached rebuild, whose merge equals a
// clean one's, joins the same events; the events it joins are new ones
// and the merge memo keeps its own.

// joinSim is the overlap two representatives need to join their events:
// lower than mergeSim, for both have already gathered what matched
// them. Chosen on ECB+ dev in two folds (odd and even topics), each
// giving the same order (merge F1 odd/even, with joinMembers 64): 0.5 →
// 0.633/0.595; 0.4 → 0.650/0.607; 0.35 → 0.679/0.615; 0.3 →
// 0.706/0.638; 0.25 → 0.705/0.632, and merges across two happenings of
// a kind pass 1% of merged pairs on the even fold (0.026; 0.007 at 0.3).
const joinSim = 0.3

// joinMembers bounds the representatives of an event a join compares
// (merge keeps fewer, maxMembers, for each candidate it places): a
// happening told by hundreds of articles costs no more to join than one
// told by a few dozen. (On ECB+ dev, merge's own 6 gave F1 0.643 and
// 64 gives 0.677: its stories of a few dozen sources are compared whole.)
const joinMembers = 64

// joinSplit returns merge's events (all, with reps, each one's first
// joinMembers candidates) with those of one time that the same happening
// split joined into new events; the others are all's own. joined tells
// the new events the merge memo does not know, which merge settles
// afresh (one it knows, an unchanged time's, is settled as it was).
func joinSplit(all []*Event, reps [][]*candidate, kinds map[string]bool) (events []*Event, joined []bool) {
	n := len(all)
	parent := make([]int, n)
	for i := range parent {
		parent[i] = i
	}
	find := func(i int) int {
		for parent[i] != i {
			parent[i] = parent[parent[i]]
			i = parent[i]
		}
		return i
	}
	why := make([]string, n) // the note left where event i was joined
	// Events of one time (buckets apart: the order they are visited in
	// changes nothing), then, within it, by word.
	byTime := map[dayKey][]int{}
	for id, e := range all {
		k := dayKey{e.Time.Start, e.Time.End}
		byTime[k] = append(byTime[k], id)
	}
	// An event holding a source whose article's anchor was inferred (from
	// the events it shares with dated articles) joins none: its time
	// already leans on the likeness a join would count again, and a wrong
	// inference would carry a happening of another year along.
	weak := make([]bool, n)
	counts := make([]int32, n)
	joinKept := make([]*joinedEvent, n) // what the memo keeps of the event each root heads
	for _, ids := range byTime {
		if len(ids) < 2 || joinedAsBefore(all, ids, parent, why, joinKept) {
			continue
		}
		for _, id := range ids {
			weak[id] = slices.ContainsFunc(all[id].Sources, func(s *Source) bool { return s.Doc.Article.Anchor.Source == article.FromInferred })
		}
		byWord := map[uint32][]int{}
		for _, id := range ids {
			if weak[id] {
				continue
			}
			for _, m := range reps[id] {
				for _, w := range m.ids {
					if l := byWord[w]; len(l) == 0 || l[len(l)-1] != id {
						byWord[w] = append(l, id)
					}
				}
			}
		}
		var touched []int
		for _, id := range ids {
			if weak[id] {
				continue
			}
			touched = touched[:0]
			for _, m := range reps[id] {
				for _, w := range m.ids {
					l := byWord[w]
					if len(l) > commonWords {
						continue
					}
					for _, o := range l {
						if o <= id {
							continue
						}
						if counts[o] == 0 {
							touched = append(touched, o)
						}
						counts[o]++
					}
				}
			}
			slices.Sort(touched)
			for _, o := range touched {
				if counts[o] >= minShared && find(o) != find(id) {
					if m, p, sim, ok := linked(reps[id], reps[o], kinds); ok {
						a, b := find(id), find(o)
						if b < a {
							a, b = b, a
						}
						parent[b] = a
						if why[o] == "" {
							why[o] = joinNote(m, p, sim)
						}
					}
				}
				counts[o] = 0
			}
		}
		keepJoined(all, ids, find, why, joinKept)
	}
	groups := map[int][]int{}
	for id := range n {
		if r := find(id); r != id {
			groups[r] = append(groups[r], id)
		}
	}
	joined = make([]bool, 0, n)
	for id, e := range all {
		r := find(id)
		if r != id {
			continue // in its root's new event
		}
		g := groups[r]
		if len(g) == 0 {
			events, joined = append(events, e), append(joined, false)
			continue
		}
		j := &Event{Title: e.Title, Time: e.Time}
		k := joinKept[r]
		for _, id := range append([]int{r}, g...) {
			x := all[id]
			j.Sources = append(j.Sources, x.Sources...)
			if why[id] != "" && len(j.Evidence) < maxEvidence {
				j.Evidence = append(j.Evidence, why[id])
			}
			j.Evidence = append(j.Evidence, x.Evidence...)
		}
		if len(j.Evidence) > maxEvidence+1 {
			j.Evidence = append(j.Evidence[:maxEvidence], "… and more sources on the same evidence")
		}
		if k == nil {
			slices.SortStableFunc(j.Sources, mergeOrder)
		} else {
			j.kept = &k.kept
			j.Sources = k.sort(j.Sources)
		}
		events, joined = append(events, j), append(joined, j.kept == nil)
	}
	return events, joined
}

// joinedTime is how joinSplit found the events of one time: the events
// (by what the merge memo keeps of each), and of each the place among
// them of the event it went into (its own when it joined none), the note
// left where it was joined, and, for one heading a join, what the memo
// keeps of the new event. The join of a time reads only its events, so a
// rebuild that has the same ones, in the same order (the memo kept every
// one: no source joined or left them), joins them alike without
// comparing, into the same events: at 10,000 articles comparing every
// time's events again, and choosing the sentence of the joined ones
// (told by the most sources), was half a rebuild after a one-article edit.
type joinedTime struct {
	events []*keptEvent
	root   []int32
	why    []string
	joined []*joinedEvent
}

// joinedEvent is what the memo keeps of an event a join made: what it
// keeps of any event, and the order of its sources (merge order) by
// their places in its parts' sources, one after the other.
type joinedEvent struct {
	kept  keptEvent
	order []int32
}

// sort puts the sources of the joined event's parts in merge order, as
// they were last time (the parts are the same sources), or sorts them
// and keeps their order.
func (k *joinedEvent) sort(srcs []*Source) []*Source {
	if len(k.order) == len(srcs) {
		out := make([]*Source, len(srcs))
		for i, p := range k.order {
			out[i] = srcs[p]
		}
		return out
	}
	at := make([]int32, len(srcs))
	for i := range at {
		at[i] = int32(i)
	}
	slices.SortStableFunc(at, func(a, b int32) int { return mergeOrder(srcs[a], srcs[b]) })
	k.order = at
	return k.sort(srcs)
}

// joinedAsBefore joins the events ids (of one time, in order) as the last
// build did when they are the same events, reporting whether they were.
func joinedAsBefore(all []*Event, ids []int, parent []int, why []string, joinKept []*joinedEvent) bool {
	k := all[ids[0]].kept
	if k == nil || k.join == nil || len(k.join.events) != len(ids) {
		return false
	}
	j := k.join
	for p, id := range ids {
		if all[id].kept != j.events[p] {
			return false
		}
	}
	for p, id := range ids {
		parent[id], why[id], joinKept[id] = ids[j.root[p]], j.why[p], j.joined[p]
	}
	return true
}

// keepJoined keeps how the events ids (of one time, in order) were
// joined, when the merge memo keeps each of them.
func keepJoined(all []*Event, ids []int, find func(int) int, why []string, joinKept []*joinedEvent) {
	j := &joinedTime{events: make([]*keptEvent, len(ids)), root: make([]int32, len(ids)), why: make([]string, len(ids)), joined: make([]*joinedEvent, len(ids))}
	for p, id := range ids {
		if j.events[p] = all[id].kept; j.events[p] == nil {
			return
		}
		r, _ := slices.BinarySearch(ids, find(id))
		j.root[p], j.why[p] = int32(r), why[id]
		if r != p && j.joined[r] == nil {
			j.joined[r] = &joinedEvent{}
		}
	}
	for p, k := range j.events {
		k.join, joinKept[ids[p]] = j, j.joined[p]
	}
}

// linked finds two representatives, one of each event and of different
// articles, that would have merged: the best pair.
func linked(a, b []*candidate, kinds map[string]bool) (m, p *candidate, sim float64, ok bool) {
	for _, x := range a {
		for _, y := range b {
			if x.src.Doc == y.src.Doc {
				continue
			}
			s, shared := overlap(x.ids, y.ids)
			if shared >= minShared && s >= joinSim && s > sim && !otherPlans(x.src, y.src) && !otherKinds(x, y, kinds) {
				m, p, sim, ok = x, y, s, true
			}
		}
	}
	return m, p, sim, ok
}

// otherPlans reports whether two sources call off or move plans for
// different days ("the April 4 concert", "the April 11 show"): two
// happenings, however alike their words.
func otherPlans(a, b *Source) bool {
	return !a.WasTime().Start.IsZero() && !b.WasTime().Start.IsZero() && incompatible(*a.Was, *b.Was)
}

// otherKinds reports whether two candidates name kinds of happening
// (predicates_en.go) and none in common: "cancelled the hearing" and
// "announced the hearing" are two happenings, however alike their other
// words.
func otherKinds(a, b *candidate, kinds map[string]bool) bool {
	return len(kindIDs(a, kinds)) > 0 && len(kindIDs(b, kinds)) > 0 && sharedKind(a, b, kinds) == ""
}

// joinNote is the evidence left where two split events were joined.
func joinNote(m, p *candidate, sim float64) string {
	shared := sharedWritten(m, p)
	return fmt.Sprintf("%s and %s tell one happening on %s: shared words %s (similarity %.2f)",
		m.src.Doc.Article.Path, p.src.Doc.Article.Path, m.src.Time.Value, shared, sim)
}

// mergeOrder is the order merge takes sources in (sortCandidates): time,
// article, place in it (sourceCompare), then its place among the
// article's sources.
func mergeOrder(a, b *Source) int {
	return cmp.Or(sourceCompare(a, b), cmp.Compare(a.Seq, b.Seq))
}
