package event

import (
	"fmt"
	"slices"
)

// joinBackground makes one card of an article's background references to
// one day: an article recalling a day long past in two sentences ("recalling
// the September 11 attacks", "Remember the 11th of September 2001") tells
// one happening of it, in words too few and too unlike to merge. Only
// within one article and one whole day: two articles' references, or a
// day and a year, stay apart as merging left them.
func joinBackground(events []*Event) []*Event {
	type key struct {
		doc        *Doc
		start, end int64
	}
	first := map[key]int{}
	into := map[int][]*Source{}
	rest := map[int][]*Source{}
	for i, e := range events {
		if !e.Background || e.Hidden || !dayGranular(e.Time) || !oneArticle(e) {
			continue
		}
		k := key{e.Sources[0].Doc, e.Time.Start.Unix(), e.Time.End.Unix()}
		if j, ok := first[k]; ok {
			into[j] = append(into[j], e.Sources...)
			rest[i] = nil // nothing stays
			continue
		}
		first[k] = i
	}
	return regroup(events, rest, into, func(e *Event, add []*Source) *Event {
		j := &Event{Title: e.Title, Sources: append(slices.Clone(e.Sources), add...), Evidence: slices.Clone(e.Evidence)}
		slices.SortStableFunc(j.Sources, mergeOrder)
		if len(j.Evidence) < maxEvidence {
			j.Evidence = append(j.Evidence, fmt.Sprintf("%s recalls %s in %d sentences: one happening of its background", e.Sources[0].Doc.Article.Path, e.Time.Value, len(j.Sources)))
		}
		settle(j)
		j.Background = true
		return j
	})
}

// oneArticle reports whether all of e's sources come from one article.
func oneArticle(e *Event) bool {
	for _, s := range e.Sources[1:] {
		if s.Doc != e.Sources[0].Doc {
			return false
		}
	}
	return true
}
