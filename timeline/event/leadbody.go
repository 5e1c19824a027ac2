package event

import (
	"fmt"
	"slices"
	"time"

	"github.com/newsroom/timeline/timeline/article"
)

// A headline is dated by its dateline (lead.go), but a story is often
// published days after its happening, which the body dates: "Watergate
// figure dies at 75" over "he died Saturday". Other outlets' reports of
// that happening are on the body's day, and the headline, dated days
// later, joins none of them (leadDay allows the day before only). A
// lead that names the same kind of happening (predicates_en.go) as a
// sentence of its own article dated a few days before the dateline, and
// shares enough of its words, tells that sentence's happening: it takes
// that sentence's day, still approximate. The sentence must tell it as
// the lead does (of one status): "did not die on Saturday" dates no
// death. And it must tell it best: a sentence of the dateline's day or
// the day before that the lead matches more closely tells the lead's
// happening ("Saints place Hume on injured reserve" over "placed Hume on
// injured reserve on Wednesday", not "Hume was injured on Sunday").

// Thresholds for taking the body's day: the overlap coefficient of the
// lead's and the body sentence's words, unless both write one name
// ("LaRue": a headline's few words share little else with one clause),
// and how many days before the dateline the body's day may be. A body
// day one before the dateline is left alone: leadDay already joins it.
const (
	leadBodySim  = 0.4
	leadBodyDays = 7
)

// leadsToBody re-dates the lead candidates of one article (cands, in
// the article's order) by the body sentences that tell their happening.
// kinds is the set of predicate kinds.
func leadsToBody(cands []*candidate, kinds map[string]bool) {
	if len(cands) == 0 || cands[0].src.Doc.Article.Anchor.Source == article.FromInferred {
		return // an inferred dateline (or one tried) counts no days back
	}
	for _, l := range cands {
		if l.src.Mention.Rule != RuleLead { // not a lead, or one re-dated
			continue
		}
		var best *candidate
		var bestSim float64
		for _, c := range cands {
			if isLead(c.src) || !dayGranular(c.src.Time) || c.src.Time.Qualifier == Approximate || c.src.Status != l.src.Status {
				continue
			}
			back := l.src.Time.Start.Sub(c.src.Time.Start).Hours() / 24
			if back < 0 || back > leadBodyDays {
				continue
			}
			sim, shared := overlap(l.ids, c.ids)
			kind := sharedKind(l, c, kinds)
			if kind != "" && back >= 2 {
				switch b := int8(back); l.src.bodyBack {
				case 0:
					l.src.bodyBack = b
				case b:
				default:
					l.src.bodyBack = bodyDays
				}
			}
			if shared < minShared || sim <= bestSim || kind == "" || (sim < leadBodySim && sharedName(l, c, kind) == "") {
				continue
			}
			best, bestSim = c, sim
		}
		if best == nil || l.src.Time.Start.Sub(best.src.Time.Start).Hours()/24 < 2 {
			continue // what tells it best is of the dateline's days
		}
		t := approxDay(best.src.Time.Start)
		m := *l.src.Mention // shared with the lead's making: copied to change
		m.Value = t.Value
		m.Rule = ruleLeadBody
		l.src.Mention = &m
		l.src.Time = t
		l.value = internValue(t.Value) // as every candidate's (Builder.candidates)
	}
}

// sharedKind is a predicate kind two sorted word sets share, or "".
func sharedKind(a, b *candidate, kinds map[string]bool) string {
	best := ""
	a.sim.mu.Lock()
	defer a.sim.mu.Unlock()
	forShared(a.ids, b.ids, func(id uint32) {
		if w := a.sim.names[id]; kinds[w] && (best == "" || w < best) {
			best = w
		}
	})
	return best
}

// kindIDs are the numbers of c's words that are predicate kinds, in
// order (no words made: c keeps numbers alone).
func kindIDs(c *candidate, kinds map[string]bool) []uint32 {
	var out []uint32
	c.sim.mu.Lock()
	defer c.sim.mu.Unlock()
	for _, id := range c.ids {
		if kinds[c.sim.names[id]] {
			out = append(out, id)
		}
	}
	return out
}

// kindsOf are c's words that are predicate kinds, in its numbers' order.
func kindsOf(c *candidate, kinds map[string]bool) []string {
	return c.sim.namesOf(nil, kindIDs(c, kinds))
}

// A headline its own body did not re-date (too few words shared) keeps
// its dateline, while other outlets' headlines telling the happening in
// its words were dated by their bodies to the happening's day ("Fred
// Larkin dies at 75" in the papers of the day the death is reported,
// some saying it was Saturday). joinLateLeads moves such a lead into the
// event holding re-dated leads of other articles (leadsToBody) that it
// matches, when that event's day is 2 to leadBodyDays days before the
// lead's: the other outlets' bodies date its happening. Not when its
// own body dates a happening of its kind days back on another day: it
// tells that one, or one of several.

// lateLeadSim is the overlap a lead needs with a re-dated lead of
// another article (sharing a predicate kind and minShared words) to
// join its event. Chosen on ECB+ dev in two folds (merge F1 odd/even,
// with lateLeadDocs 2; 0.723/0.721 without the join): 0.4 →
// 0.715/0.744; 0.5 → 0.715/0.743; 0.6 → 0.723/0.742; 0.7 →
// 0.723/0.728 (below 0.6 headlines of a second death of a kind, the day
// after, joined the first).
const lateLeadSim = 0.6

// bodyDays is Source.bodyBack when the body dates the lead's kind on
// several days.
const bodyDays = -1

// lateLeadDocs is how many articles' re-dated leads a lead must match in
// an event to join it: one article's body may date an earlier happening
// of the kind (on ECB+ dev, odd/even: 1 → 0.709/0.743; 2 →
// 0.723/0.742; 3 → 0.723/0.735).
const lateLeadDocs = 2

// redated reports whether s is a lead that leadsToBody dated by its body.
func redated(s *Source) bool {
	return s.Mention.Rule == ruleLeadBody
}

// joinLateLeads returns events with each lead that matches a re-dated
// lead of an event days before it moved into that event. The events it
// changes are new (the merge memo keeps none of them), settled afresh; it
// reads only the events given, so a cached rebuild joins alike.
func joinLateLeads(events []*Event, kinds map[string]bool) []*Event {
	type target struct {
		event int
		c     *candidate
	}
	byDay := map[time.Time][]target{}
	// An event with no lead among its sources (most) is passed over
	// by what is kept of it (Event.sourceFacts), its sources unread.
	var withLeads []int
	var buf []*Doc
	for i, e := range events {
		if e.Inferred || !dayGranular(e.Time) || !e.sourceFacts(&buf).leads {
			continue
		}
		withLeads = append(withLeads, i)
		for _, s := range e.Sources {
			if c := candidateOf(s); c != nil && redated(s) {
				byDay[e.Time.Start] = append(byDay[e.Time.Start], target{i, c})
			}
		}
	}
	if len(byDay) == 0 {
		return events
	}
	into := map[int][]*Source{}
	rest := map[int][]*Source{}
	for _, i := range withLeads {
		e := events[i]
		var moved []*Source // of e's sources, those that join another event
		for _, s := range e.Sources {
			l := candidateOf(s)
			if l == nil || s.Mention.Rule != RuleLead || s.Doc.Article.Anchor.Source == article.FromInferred || s.bodyBack == bodyDays {
				continue
			}
			// The events whose re-dated leads it matches, by how many
			// articles' leads it matches there and how well (made only
			// when one does: most leads match none).
			var docs map[int]map[*Doc]bool
			var sims map[int]float64
			for back := 2; back <= leadBodyDays; back++ {
				for _, t := range byDay[s.Time.Start.AddDate(0, 0, -back)] {
					if t.event == i || t.c.src.Doc == s.Doc || s.bodyBack != 0 && dayNumber(events[t.event].Time.Start) != dayNumber(s.Time.Start)-int64(s.bodyBack) {
						continue // its own body dates its kind another day
					}
					sim, shared := overlap(l.ids, t.c.ids)
					if shared >= minShared && sim >= lateLeadSim && sharedKind(l, t.c, kinds) != "" {
						if docs == nil {
							docs, sims = map[int]map[*Doc]bool{}, map[int]float64{}
						}
						if docs[t.event] == nil {
							docs[t.event] = map[*Doc]bool{}
						}
						docs[t.event][t.c.src.Doc] = true
						sims[t.event] = max(sims[t.event], sim)
					}
				}
			}
			best, bestN, bestSim := -1, 0, 0.0
			for id, ds := range docs {
				n := len(ds)
				if n < lateLeadDocs {
					continue
				}
				if n > bestN || n == bestN && (sims[id] > bestSim || sims[id] == bestSim && id < best) {
					best, bestN, bestSim = id, n, sims[id]
				}
			}
			if best >= 0 {
				into[best] = append(into[best], s)
				moved = append(moved, s)
			}
		}
		if len(moved) > 0 {
			rest[i] = slices.DeleteFunc(slices.Clone(e.Sources), func(s *Source) bool { return slices.Contains(moved, s) })
		}
	}
	return regroup(events, rest, into, func(e *Event, add []*Source) *Event {
		return joinNoted(e, add, func(s *Source) string {
			return fmt.Sprintf("%s joins on %s: its headline tells the happening in the words of headlines dated so by their articles", s.Doc.Article.Path, e.Time.Value)
		})
	})
}
