package event

import (
	"fmt"
	"slices"
	"time"

	"github.com/newsroom/timeline/timeline/article"
	"github.com/newsroom/timeline/timeline/timex"
)

// A report dated only coarsely ("to host the Oscars this year", "the
// March rally") is merged only with reports of the same coarse time,
// while the happening's other reports name its day ("announced
// Friday"). joinCoarse moves each such source into the day event of the
// same happening within its time: one event, dated by its day. It reads
// only merge's settled result, so a cached rebuild, whose merge equals a
// clean one's, joins alike; a day event gaining sources stays settled,
// and known to the merge memo, as it was.

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
// within its time moved into that event (a copy, settled as it was);
// what stays of a coarse event is a new one, settled afresh. Sources
// are compared by their merge candidates' words (candidateOf).
func joinCoarse(events []*Event, kinds map[string]bool, memo *MergeMemo) []*Event {
	memo.rotateCoarse()
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
	for i, e := range events {
		if e.Inferred || e.Relative || !dayGranular(e.Time) || e.Time.Start.Before(lo) || !e.Time.Start.Before(hi) {
			continue
		}
		if leadOnly(e) {
			continue // a lead alone dates a happening only roughly (dropLeadOnly)
		}
		days = append(days, i)
	}
	if len(days) == 0 {
		return events
	}
	slices.SortStableFunc(days, func(a, b int) int { return events[a].Time.Start.Compare(events[b].Time.Start) })
	// Each coarse event's window, the day events within its time (all its
	// sources give that time), in the events' order: what it is compared
	// with. An event whose window and sources are those of the last build
	// joins as it did (kept in the memo); only the others are compared.
	wins := make([][]int, len(coarse))
	outs := make([][]coarseOut, len(coarse))
	need := make([]bool, len(days)) // the day events some compared window holds
	missed := false
	// Coarse events of one time (every report of "in March") share one
	// window, made, checked against the memo and kept once.
	winOf := map[[2]int][]int{}
	checked := map[windowCheck]bool{}
	for n, i := range coarse {
		t := events[i].Time
		from, _ := slices.BinarySearchFunc(days, t.Start, func(id int, at time.Time) int { return events[id].Time.Start.Compare(at) })
		to, _ := slices.BinarySearchFunc(days, t.End, func(id int, at time.Time) int { return events[id].Time.Start.Compare(at) })
		w, ok := winOf[[2]int{from, to}]
		if !ok {
			w = slices.Sorted(slices.Values(days[from:to]))
			winOf[[2]int{from, to}] = w
		}
		wins[n] = w
		if j, ok := memo.coarseJoin(events, i, wins[n], checked); ok {
			outs[n] = j.out
			memo.coarseKept++
			continue
		}
		missed = true
		for k := from; k < to; k++ {
			need[k] = true
		}
	}
	if missed {
		compareCoarse(events, coarse, days, need, wins, outs, kinds, memo)
	}
	into := map[int][]*Source{} // a day event: the sources it gains
	note := map[*Source]string{}
	rest := map[int][]*Source{} // a coarse event some of whose sources left: those that stay
	for n, i := range coarse {
		var stay []*Source
		for k, s := range events[i].Sources {
			o := outs[n][k]
			if o.day < 0 {
				stay = append(stay, s)
				continue
			}
			t := wins[n][o.day]
			into[t] = append(into[t], s)
			note[s] = o.why
		}
		if len(stay) < len(events[i].Sources) {
			rest[i] = stay
		}
	}
	return regroup(events, rest, into, func(e *Event, add []*Source) *Event {
		// Settled as it was: a report dating the happening only by its
		// month or year says nothing of its day, nor of whether it took
		// place on it. The added sources go after e's own, which keep
		// their places, and it keeps what the merge memo keeps of e: what
		// the memo finds from its sources (its id's source, the sentence
		// telling it, a dispute warning) leaves coarse ones out
		// (coarseOf), so a rebuild takes it over as for e (at 10,000
		// articles, choosing the sentences of the joined events afresh
		// made a one-article rebuild 3 times slower).
		j := &Event{Title: e.Title, Time: e.Time, Status: e.Status, PlannedFor: e.PlannedFor, Disputed: e.Disputed, Relative: e.Relative, Inferred: e.Inferred, Evidence: slices.Clone(e.Evidence), kept: e.kept}
		slices.SortStableFunc(add, mergeOrder)
		j.Sources = append(slices.Clone(e.Sources), add...)
		for _, s := range add {
			if len(j.Evidence) < maxEvidence {
				j.Evidence = append(j.Evidence, note[s])
			}
		}
		return j
	})
}

// coarseOut is where joinCoarse moves a coarse source: day, the place
// in its event's window of the day event it joins (-1: it stays), and
// why, the note it leaves.
type coarseOut struct {
	day int
	why string
}

// compareCoarse fills outs for the coarse events (coarse, by place) whose
// window is marked in need: the day events' members, in time order, and
// each word's members; a coarse source counts the words it shares with
// each member within its time (counting is comparing: no member is
// compared in full). Only the coarse sources' words are indexed, and only
// the members of the windows compared. What it finds is kept in memo.
func compareCoarse(events []*Event, coarse, days []int, need []bool, wins [][]int, outs [][]coarseOut, kinds map[string]bool, memo *MergeMemo) {
	kept := map[*int]*coarseWindow{} // the windows kept in the memo, made once
	byWord := map[uint32][]int32{}
	for n, i := range coarse {
		if outs[n] != nil {
			continue
		}
		for _, s := range events[i].Sources {
			if c := candidateOf(s); c != nil {
				for _, w := range c.ids {
					byWord[w] = nil
				}
			}
		}
	}
	var members []dayMember
	for k, id := range days {
		if !need[k] {
			continue
		}
		for _, s := range events[id].Sources[:min(len(events[id].Sources), joinMembers)] {
			if m := candidateOf(s); m != nil {
				k := int32(len(members))
				members = append(members, dayMember{id, m})
				for _, w := range m.ids {
					if l, ok := byWord[w]; ok {
						byWord[w] = append(l, k)
					}
				}
			}
		}
	}
	counts := make([]int32, len(members))
	var touched []int32
	startOf := func(k int32, t time.Time) int { return events[members[k].event].Time.Start.Compare(t) }
	for n, i := range coarse {
		if outs[n] != nil {
			continue
		}
		out := make([]coarseOut, len(events[i].Sources))
		for k, s := range events[i].Sources {
			c := candidateOf(s)
			t := -1
			var why string
			if c != nil && s.Doc.Article.Anchor.Source != article.FromInferred {
				touched = touched[:0]
				for _, w := range c.ids {
					l := byWord[w]
					from, _ := slices.BinarySearchFunc(l, s.Time.Start, startOf)
					to, _ := slices.BinarySearchFunc(l, s.Time.End, startOf)
					if to-from > commonWords {
						continue
					}
					for _, k := range l[from:to] {
						if counts[k] == 0 {
							touched = append(touched, k)
						}
						counts[k]++
					}
				}
				t, why = bestDay(c, events, members, counts, touched, kinds)
				for _, k := range touched {
					counts[k] = 0
				}
			}
			out[k] = coarseOut{day: -1}
			if t >= 0 {
				out[k] = coarseOut{day: slices.Index(wins[n], t), why: why}
			}
		}
		outs[n] = out
		memo.keepCoarse(events, i, wins[n], out, kept)
	}
}

// coarseJoin is what the memo keeps of how a coarse event joined: its
// sources, its window's day events as compared and where each source
// went. bestDay reads nothing else, so a build that finds them all the
// same finds what it found. (Kept by the event's first source: the
// sources held keep their addresses from being taken by new ones.)
type coarseJoin struct {
	sources []*Source
	days    *coarseWindow // shared by the coarse events of one window
	out     []coarseOut
}

// coarseWindow is a window's day events as compared: their sources'
// count, the first joinMembers of them, their day and value.
type coarseWindow struct{ days []coarseDay }

type coarseDay struct {
	start   time.Time
	value   timex.Value
	n       int
	members []*Source
}

// same reports whether the day events win are as w kept them.
func (w *coarseWindow) same(events []*Event, win []int) bool {
	if len(w.days) != len(win) {
		return false
	}
	for k, id := range win {
		d, o := &w.days[k], events[id]
		if d.n != len(o.Sources) || !d.start.Equal(o.Time.Start) || d.value != o.Time.Value || !slices.Equal(d.members, o.Sources[:min(len(o.Sources), joinMembers)]) {
			return false
		}
	}
	return true
}

// coarseJoin returns how coarse event i joined last time, if its sources
// and its window (win) are as they were then; checked holds the kept
// and current windows this build has compared already (windowCheck).
func (m *MergeMemo) coarseJoin(events []*Event, i int, win []int, checked map[windowCheck]bool) (*coarseJoin, bool) {
	if m == nil {
		return nil, false
	}
	e := events[i]
	j, ok := m.coarse.Get(e.Sources[0])
	if !ok || !slices.Equal(j.sources, e.Sources) {
		return nil, false
	}
	k := windowCheck{kept: j.days}
	if len(win) > 0 {
		k.win = &win[0]
	}
	same, ok := checked[k]
	if !ok {
		same = j.days.same(events, win)
		checked[k] = same
	}
	return j, same
}

// windowCheck is a kept window compared with one of this build's (by
// its first element): two coarse times may share a window one build
// ("in Q1 2013" and "in 2013" while every day event is in March) and
// not the next (a June event widens the year's), so a check is of the
// pair, not of the kept window alone.
type windowCheck struct {
	kept *coarseWindow
	win  *int
}

// keepCoarse keeps how coarse event i joined, with its window win, made
// once a build for all its coarse events (kept, by win's first element).
func (m *MergeMemo) keepCoarse(events []*Event, i int, win []int, out []coarseOut, kept map[*int]*coarseWindow) {
	if m == nil {
		return
	}
	var key *int
	if len(win) > 0 {
		key = &win[0]
	}
	w := kept[key]
	if w == nil {
		w = &coarseWindow{days: make([]coarseDay, len(win))}
		for k, id := range win {
			o := events[id]
			w.days[k] = coarseDay{start: o.Time.Start, value: o.Time.Value, n: len(o.Sources), members: slices.Clone(o.Sources[:min(len(o.Sources), joinMembers)])}
		}
		kept[key] = w
	}
	m.coarse.Put(events[i].Sources[0], &coarseJoin{sources: slices.Clone(events[i].Sources), days: w, out: out})
}

// rotateCoarse starts a build's use of the coarse joins kept: what the
// last build used is what this one may find.
func (m *MergeMemo) rotateCoarse() {
	if m != nil {
		m.coarse.Rotate()
		m.coarseKept = 0
	}
}

// dayMember is a member of a day event joinCoarse compares with.
type dayMember struct {
	event int
	m     *candidate
}

// bestDay returns the day event whose member from another article tells
// c's happening best, of the members touched (counts: the words each
// shares with c), and the note the join leaves, or -1. A member tells it
// when it shares minShared+1 words, coarseSim of the smaller set, names
// no other kind of happening and no plan for another day; of two, the
// more alike, then the event more sources tell, then the first. None
// when events more than disputeWindow days apart tell it.
func bestDay(c *candidate, events []*Event, members []dayMember, counts []int32, touched []int32, kinds map[string]bool) (int, string) {
	best, bestSim := -1, 0.0
	var bestM *candidate
	var first, last time.Time // the days of the events that tell it
	slices.Sort(touched)      // members in time order, each event's together
	for _, k := range touched {
		shared := int(counts[k])
		if shared < minShared+1 {
			continue
		}
		id, m := members[k].event, members[k].m
		if m.src.Doc == c.src.Doc {
			continue
		}
		sim := float64(shared) / float64(min(len(c.ids), len(m.ids)))
		if sim < coarseSim || otherPlans(c.src, m.src) || otherKinds(c, m, kinds) {
			continue
		}
		e := events[id]
		if first.IsZero() || e.Time.Start.Before(first) {
			first = e.Time.Start
		}
		if e.Time.Start.After(last) {
			last = e.Time.Start
		}
		if best < 0 || sim > bestSim || sim == bestSim && (len(e.Sources) > len(events[best].Sources) || len(e.Sources) == len(events[best].Sources) && id < best) {
			best, bestSim, bestM = id, sim, m
		}
	}
	if best < 0 || daysApart(first, last) > disputeWindow {
		// Days apart within the coarse time tell it alike: it names one
		// of several happenings of its kind (a year of flu outbreaks),
		// and its words cannot say which.
		return -1, ""
	}
	shared := sharedWritten(c, bestM)
	return best, fmt.Sprintf("%s joins on %s, within its %s: shared words %s with %s (similarity %.2f)",
		c.src.Doc.Article.Path, events[best].Time.Value, c.src.Time.Value, shared, bestM.src.Doc.Article.Path, bestSim)
}

// candidateOf is s's merge candidate, or nil (a copy of a source has
// none). At 10,000 articles an index of every candidate by its source,
// made for each build, was most of joinCoarse's time.
func candidateOf(s *Source) *candidate {
	if c := s.cand; c != nil && c.src == s {
		return c
	}
	return nil
}
