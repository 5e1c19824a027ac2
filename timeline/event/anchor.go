package event

import (
	"fmt"
	"slices"
	"time"
)

// A time counted from a happening the article dates nowhere ("rescue
// efforts were declared over 11 days after the earthquake") falls back to
// the dateline (relativeSources), approximate. Another article of the
// collection may date that happening firmly ("the earthquake struck on
// Tuesday"): anchorElsewhere then moves the fallback's source into that
// event, on its day, naming the day and the article. It reads only
// merge's settled result, so a cached rebuild, whose merge equals a clean
// one's, anchors alike; the events it changes are new ones, settled
// afresh.

// relativeSlack is how many days before the dateline fallback of a
// count of days the happening's firm day may lie: the fallback counts
// from the dateline, while the writer counted from the day written about
// (often the day before) and rounds ("11 days after" told on the 12th
// day); a count of weeks rounds more, a day more per fortnight ("two
// weeks after" for 12 to 16 days). Wider would reach the other happening
// of a kind a story may tell (an aftershock a week later). Not fitted:
// on Timeline17 dev the fallbacks of "11 days after the earthquake" lie
// 0 and 1 day from its firm day; on ECB+ dev no merge figure moves.
func relativeSlack(days int) int { return 2 + days/14 }

// roundUp is how far after the fallback the happening may lie: none for
// a count of days (the writer's day is the dateline or before it, so the
// happening is the fallback's day or earlier), one for a count of weeks
// ("a week after" said of six days).
func roundUp(days int) int64 {
	if days >= 7 {
		return 1
	}
	return 0
}

// recallDays is how far before a fallback's slack bestFirm looks for a
// happening of the kind told more: "the earthquake" told on its own
// means the one the story is about. An aftershock within the slack of a
// fallback that missed the main quake by ten days ("amputated four days
// after the earthquake", written weeks on) is not it. A month: the reach
// of a story's "the" (a bound on the work, too).
const recallDays = 30

// anchorElsewhere returns events with each one told only by dateline
// fallbacks of relative times joined to the firm event of the same
// happening within relativeSlack of its day (as copies: the events it
// changes are new ones, settled afresh, unknown to the merge memo).
// Sources are compared by their merge candidates' words (candidateOf).
func anchorElsewhere(events []*Event, kinds map[string]bool) []*Event {
	var orphans []int
	for i, e := range events {
		if !slices.ContainsFunc(e.Sources, func(s *Source) bool { return !isRelative(s) || s.Time.Qualifier != Approximate }) {
			orphans = append(orphans, i)
		}
	}
	if len(orphans) == 0 {
		return events
	}
	// Firm events by day, only on the days an orphan may reach.
	reach := map[int64]bool{}
	for _, i := range orphans {
		for _, s := range events[i].Sources {
			day, slack := dayNumber(s.Time.Start), int64(relativeSlack(fallbackDays(s)))
			for d := day - slack - recallDays; d <= day+slack; d++ {
				reach[d] = true
			}
		}
	}
	firm := map[int64][]int{}
	for i, e := range events {
		if e.Relative || e.Inferred || e.Time.Qualifier != Exact || !dayGranular(e.Time) || undone(e.Status) || !reach[dayNumber(e.Time.Start)] {
			continue
		}
		firm[dayNumber(e.Time.Start)] = append(firm[dayNumber(e.Time.Start)], i)
	}
	if len(firm) == 0 {
		return events
	}
	// The firm events by day and predicate kind a member tells: an
	// orphan is compared only with those telling its kind.
	byKind := map[dayKind][]int{}
	for d, ids := range firm {
		for _, id := range ids {
			for _, s := range events[id].Sources[:min(len(events[id].Sources), joinMembers)] {
				if m := candidateOf(s); m != nil {
					for _, w := range kindsOf(m, kinds) {
						k := dayKind{d, w}
						if l := byKind[k]; len(l) == 0 || l[len(l)-1] != id {
							byKind[k] = append(l, id)
						}
					}
				}
			}
		}
	}
	into := map[int][]*Source{} // a firm event's id: the sources it gains
	rest := map[int][]*Source{} // an orphan some of whose sources left: those that stay
	for _, i := range orphans {
		var stay []*Source
		for _, s := range events[i].Sources {
			c := candidateOf(s)
			t := -1
			if c != nil {
				t = bestFirm(c, events, byKind, kinds)
			}
			if t < 0 {
				stay = append(stay, s)
				continue
			}
			into[t] = append(into[t], anchoredAt(s, events[t]))
		}
		if len(stay) < len(events[i].Sources) {
			rest[i] = stay
		}
	}
	return regroup(events, rest, into, func(e *Event, add []*Source) *Event {
		return joinNoted(e, add, func(s *Source) string {
			return fmt.Sprintf("%s joins on %s: its relative time is counted from this happening, as %s dates it", s.Doc.Article.Path, e.Time.Value, canonical(e).Doc.Article.Path)
		})
	})
}

// dayKind names the firm events of a day telling a predicate kind.
type dayKind struct {
	day  int64
	kind string
}

// fallbackDays is the count of days a dateline fallback was counted by:
// the days between its day and its article's dateline.
func fallbackDays(s *Source) int {
	a := s.Doc.Article.Anchor.Time
	return daysApart(time.Date(a.Year(), a.Month(), a.Day(), 0, 0, 0, 0, time.UTC), s.Time.Start)
}

// bestFirm returns the firm event c's happening is, or -1. Of the firm
// events from recallDays before c's slack to its end, those with a member
// telling every predicate kind c tells (at least one) and sharing
// minShared of its words (all of them when c has fewer), whatever its
// sentence's status (the happening counted from is not what the sentence
// tells of it), it takes the one most sources tell (the happening others
// count from is the one the collection tells most), then the nearest,
// then the first; and only when that one lies within the slack.
func bestFirm(c *candidate, events []*Event, byKind map[dayKind][]int, kinds map[string]bool) int {
	toldIDs := kindIDs(c, kinds)
	if len(toldIDs) == 0 {
		return -1
	}
	told := c.sim.namesOf(nil, toldIDs)
	slices.Sort(told) // the first kind's events are looked up, as c's words list them
	need := min(minShared, len(c.ids))
	n := fallbackDays(c.src)
	day, slack := dayNumber(c.src.Time.Start), int64(relativeSlack(n))
	best, bestN, bestD := -1, 0, int64(0)
	bestDay := int64(0)
	for d := day - slack - recallDays; d <= day+roundUp(n); d++ {
		for _, id := range byKind[dayKind{d, told[0]}] {
			e := events[id]
			if !slices.ContainsFunc(e.Sources[:min(len(e.Sources), joinMembers)], func(s *Source) bool {
				m := candidateOf(s)
				return m != nil && m.src.Doc != c.src.Doc && tellsAll(m.ids, toldIDs) && sharedCount(c.ids, m.ids) >= need
			}) {
				continue
			}
			dist := max(d-day, day-d)
			if n := len(e.Sources); best < 0 || n > bestN || n == bestN && dist < bestD {
				best, bestN, bestD, bestDay = id, n, dist, d
			}
		}
	}
	if best >= 0 && bestDay < day-slack {
		return -1 // the happening of the kind most told lies before the slack: the fallback missed it
	}
	return best
}

// tellsAll reports whether the sorted word numbers hold every one of want.
func tellsAll(ids, want []uint32) bool {
	for _, w := range want {
		if _, ok := slices.BinarySearch(ids, w); !ok {
			return false
		}
	}
	return true
}

// anchoredAt is a copy of the fallback source s on the day of e, the
// firm event of the happening it was counted from, its rule naming that
// day and the article that dates it. (A copy: s is the candidate's, kept
// between builds.)
func anchoredAt(s *Source, e *Event) *Source {
	a := *s
	a.Time = Time{Value: e.Time.Value, Start: e.Time.Start, End: e.Time.End}
	// Its status was its sentence's ("rescue was declared over 11 days
	// after the earthquake"); the happening counted from is the event's.
	a.Status = e.Status
	m := *s.Mention
	m.Value = e.Time.Value
	anchor := e.Time.Value
	m.Anchor = &anchor
	m.Rule += fmt.Sprintf(", counted from %s as %s dates it", e.Time.Value, canonical(e).Doc.Article.Path)
	a.Mention = &m
	return &a
}

// regroup moves sources between events: event i keeps rest[i] when it
// lost some (a new event of them; none when none stay) and gains into[i]
// through join, which makes the event of e and the sources it gains;
// the others are as they were, in their order.
func regroup(events []*Event, rest, into map[int][]*Source, join func(e *Event, add []*Source) *Event) []*Event {
	if len(into) == 0 {
		return events
	}
	out := make([]*Event, 0, len(events))
	for i, e := range events {
		if stay, ok := rest[i]; ok {
			if add := into[i]; len(add) > 0 { // loses some, gains others
				out = append(out, join(&Event{Title: e.Title, Time: e.Time, Sources: stay, Evidence: e.Evidence}, add))
				continue
			}
			if len(stay) > 0 { // what stays is a new event
				j := &Event{Title: e.Title, Time: e.Time, Sources: stay}
				settle(j)
				out = append(out, j)
			}
			continue
		}
		if add := into[i]; len(add) > 0 {
			out = append(out, join(e, add))
		} else {
			out = append(out, e)
		}
	}
	return out
}

// joinNoted is a new event of e's sources and add, in merge order, with a
// merge note (note) for each source added, settled.
func joinNoted(e *Event, add []*Source, note func(*Source) string) *Event {
	j := &Event{Title: e.Title, Time: e.Time, Evidence: slices.Clone(e.Evidence)}
	j.Sources = append(slices.Clone(e.Sources), add...)
	slices.SortStableFunc(j.Sources, mergeOrder)
	for _, s := range add {
		if len(j.Evidence) < maxEvidence {
			j.Evidence = append(j.Evidence, note(s))
		}
	}
	settle(j)
	return j
}

// sharedCount is how many word numbers two sorted lists share.
func sharedCount(a, b []uint32) int { _, n := overlap(a, b); return n }
