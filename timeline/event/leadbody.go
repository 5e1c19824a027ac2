package event

import (
	"slices"

	"github.com/newsroom/timeline/timeline/article"
	"github.com/newsroom/timeline/timeline/timex"
)

// A headline is dated by its dateline (lead.go), but a story is often
// published days after its happening, which the body dates: "Watergate
// figure dies at 75" over "he died Saturday". Other outlets' reports of
// that happening are on the body's day, and the headline, dated days
// later, joins none of them (leadDay allows the day before only). A
// lead that names the same kind of happening (predicates_en.go) as a
// sentence of its own article dated a few days before the dateline, and
// shares enough of its words, tells that sentence's happening: it takes
// that sentence's day, still approximate.

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
		if l.src.Mention.Rule != RuleLead {
			continue
		}
		var best *candidate
		var bestSim float64
		for _, c := range cands {
			if c.src.Mention.Rule == RuleLead || !dayGranular(c.src.Time) || c.src.Time.Qualifier == Approximate {
				continue
			}
			back := l.src.Time.Start.Sub(c.src.Time.Start).Hours() / 24
			if back < 2 || back > leadBodyDays {
				continue
			}
			sim, shared := overlap(l.ids, c.ids)
			kind := sharedKind(l.words, c.words, kinds)
			if shared < minShared || sim <= bestSim || kind == "" || (sim < leadBodySim && sharedName(l, c, kind) == "") {
				continue
			}
			best, bestSim = c, sim
		}
		if best == nil {
			continue
		}
		t := best.src.Time.Start
		day := timex.Civil(t.Year(), t.Month(), t.Day())
		val := timex.DayOf(day)
		val.Mod = timex.Approx
		m := *l.src.Mention // shared with the lead's making: copied to change
		m.Value = val
		l.src.Mention = &m
		l.src.Time = Time{Value: val, Start: day, End: day.AddDate(0, 0, 1), Qualifier: Approximate}
		l.value = val.String()
	}
}

// sharedKind is a predicate kind two sorted word sets share, or "".
func sharedKind(a, b []string, kinds map[string]bool) string {
	for _, w := range a {
		if kinds[w] {
			if _, ok := slices.BinarySearch(b, w); ok {
				return w
			}
		}
	}
	return ""
}
