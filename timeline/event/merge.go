package event

import (
	"fmt"
	"github.com/newsroom/timeline/timeline/article"
	"sort"
	"strings"
	"time"
	"unicode"
)

// Merging: the same happening reported by several articles becomes one
// event. Sources merge only on evidence that can be shown — overlapping
// time and shared content words — and conservatively: showing one event
// twice is better than merging two.

// Thresholds for merging, as the overlap coefficient of content words
// (shared words over the smaller set): outlets word the same happening
// very differently, and one usually says more than the other.
const (
	mergeSim      = 0.5 // across articles, same time
	sameDocSim    = 0.7 // within one article (the same happening told twice)
	disputeSim    = 0.6 // across articles, times a day or two apart
	minShared     = 2   // shared content words, at least
	disputeWindow = 2   // days apart that can still be one disputed event
)

func stopwords() []string {
	return strings.Fields(`a an the and or but of to in on at by for from with as is are was were be been being has have had
		do does did will would could should may might must can that this these those it its it's he she they them his her their
		we our you your i me my not no yes so if than then there here which who whom whose what when where why how all any
		each some such more most other into over under about after before during since until also just still even only very
		said says say told according reported report reports officials official people one two three new last first
		monday tuesday wednesday thursday friday saturday sunday today yesterday tomorrow week month year day night late early`)
}

type similarity struct{ stop map[string]bool }

func newSimilarity() *similarity {
	s := &similarity{stop: map[string]bool{}}
	for _, w := range stopwords() {
		s.stop[w] = true
	}
	return s
}

// words returns the content-word stems of a text.
func (s *similarity) words(text string) map[string]bool {
	out := map[string]bool{}
	for _, w := range strings.FieldsFunc(strings.ToLower(text), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '\''
	}) {
		w = strings.Trim(w, "'")
		w = strings.TrimSuffix(w, "'s")
		if len(w) < 3 || s.stop[w] {
			continue
		}
		out[stem(w)] = true
	}
	return out
}

// stem strips the commonest English endings, enough to match "canceled",
// "cancelled", "cancels" and "cancel".
func stem(w string) string {
	for _, suf := range []string{"ations", "ation", "ings", "ing", "ed", "es", "s"} {
		if len(w) > len(suf)+3 && strings.HasSuffix(w, suf) {
			w = w[:len(w)-len(suf)]
			if n := len(w); (suf == "ed" || suf == "ing") && n > 3 && w[n-1] == w[n-2] && !strings.ContainsRune("aeiou", rune(w[n-1])) {
				w = w[:n-1] // "cancell" → "cancel", "stopp" → "stop"
			}
			return w
		}
	}
	return w
}

func overlap(a, b map[string]bool) (float64, []string) {
	var shared []string
	for w := range a {
		if b[w] {
			shared = append(shared, w)
		}
	}
	small := min(len(a), len(b))
	if small == 0 {
		return 0, nil
	}
	sort.Strings(shared)
	return float64(len(shared)) / float64(small), shared
}

type candidate struct {
	src   *Source
	title string
	words map[string]bool
}

// merge groups candidates into events.
func merge(cands []*candidate) []*Event {
	sort.SliceStable(cands, func(i, j int) bool { return sourceLess(cands[i].src, cands[j].src) })
	var events []*Event
	var members [][]*candidate
	for _, c := range cands {
		best, bestSim := -1, 0.0
		var bestShared []string
		var bestDispute bool
		for i := range events {
			for _, m := range members[i] {
				sim, shared, dispute, ok := mergeable(c, m)
				if ok && sim > bestSim {
					best, bestSim, bestShared, bestDispute = i, sim, shared, dispute
				}
			}
		}
		if best < 0 {
			events = append(events, &Event{Title: c.title, Sources: []*Source{c.src}, Time: c.src.Time})
			members = append(members, []*candidate{c})
			continue
		}
		e := events[best]
		e.Sources = append(e.Sources, c.src)
		members[best] = append(members[best], c)
		ev := fmt.Sprintf("%s joins on %s: shared words %s (similarity %.2f)", c.src.Doc.Article.Path, c.src.Time.Value, strings.Join(bestShared, ", "), bestSim)
		if bestDispute {
			ev = fmt.Sprintf("%s dates it %s, not %s: shared words %s (similarity %.2f)", c.src.Doc.Article.Path, c.src.Time.Value, e.Time.Value, strings.Join(bestShared, ", "), bestSim)
		}
		e.Evidence = append(e.Evidence, ev)
	}
	for _, e := range events {
		settle(e)
	}
	return events
}

// mergeable decides whether two candidates are one happening.
func mergeable(a, b *candidate) (sim float64, shared []string, dispute, ok bool) {
	sim, shared = overlap(a.words, b.words)
	if len(shared) < minShared {
		return 0, nil, false, false
	}
	if dispute := !sameTimeOf(a, b); dispute && len(shared) < minShared+1 {
		return 0, nil, false, false
	}
	sameDoc := a.src.Doc == b.src.Doc
	sameTime := sameTimeOf(a, b)
	switch {
	case sameTime && sameDoc:
		return sim, shared, false, sim >= sameDocSim
	case sameTime:
		return sim, shared, false, sim >= mergeSim
	case !sameDoc && dayGranular(a.src.Time) && dayGranular(b.src.Time) && daysApart(a.src.Time.Start, b.src.Time.Start) <= disputeWindow:
		return sim, shared, true, sim >= disputeSim
	}
	return 0, nil, false, false
}

func dayGranular(t Time) bool { return t.End.Sub(t.Start) <= 24*time.Hour }

func daysApart(a, b time.Time) int {
	d := int(a.Sub(b).Hours() / 24)
	if d < 0 {
		d = -d
	}
	return d
}

// settle picks an event's time: the value most sources give (the earliest
// source breaks a tie); differing day values make the event disputed.
func settle(e *Event) {
	count := map[string]int{}
	for _, s := range e.Sources {
		count[s.Time.Value.String()]++
	}
	best := e.Sources[0]
	for _, s := range e.Sources {
		if count[s.Time.Value.String()] > count[best.Time.Value.String()] {
			best = s
		}
	}
	e.Time = best.Time
	days := map[string]bool{}
	for _, s := range e.Sources {
		days[s.Time.Start.Format(time.DateOnly)] = true
		if s.Doc.Article.Anchor.Source == article.FromInferred {
			e.Inferred = true
		}
		if isRelative(s) {
			e.Relative = true
		}
	}
	e.Disputed = len(days) > 1
}

func isRelative(s *Source) bool { return strings.HasPrefix(s.Mention.Rule, "relative: ") }

// sourceLess orders sources by time, then article path, then position.
func sourceLess(a, b *Source) bool {
	if !a.Time.Start.Equal(b.Time.Start) {
		return a.Time.Start.Before(b.Time.Start)
	}
	if a.Doc.Article.Path != b.Doc.Article.Path {
		return a.Doc.Article.Path < b.Doc.Article.Path
	}
	return a.Mention.Start < b.Mention.Start
}

func sameTimeOf(a, b *candidate) bool {
	return a.src.Time.Value.String() == b.src.Time.Value.String() ||
		(a.src.Time.Start.Equal(b.src.Time.Start) && a.src.Time.End.Equal(b.src.Time.End))
}
