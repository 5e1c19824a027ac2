package event

import (
	"iter"
	"slices"
)

// Two cards with one title on two days read as a mistake ("The
// pandemic" on 1918 and on 1957, "He died" in 1901 and in 1950). After
// merging, the events whose title an event of another day also has are
// titled again, each from its own sentences: the first of its fuller
// titles (the clause with its own time in place, then the titles its
// other sources give) that no event of another day has. Never a cut, a
// pasted date or a counter: every title is a clause of a source's
// sentence.

// retitle tells apart the events of different days that share a title.
func (x *extractor) retitle(events []*Event) {
	days := map[string]map[string]bool{} // of each title, the days that have it
	for _, e := range events {
		if days[e.Title] == nil {
			days[e.Title] = map[string]bool{}
		}
		days[e.Title][dayOf(e)] = true
	}
	var colliding []*Event
	// The titles kept, with how many events of each day have them (a
	// count, so that one event giving a title back frees it only when no
	// other of that day holds it).
	taken := map[string]map[string]int{}
	take := func(t, day string) {
		if taken[t] == nil {
			taken[t] = map[string]int{}
		}
		taken[t][day]++
	}
	release := func(t, day string) {
		if taken[t][day]--; taken[t][day] <= 0 {
			delete(taken[t], day)
		}
	}
	for _, e := range events {
		if len(days[e.Title]) > 1 {
			colliding = append(colliding, e)
			continue
		}
		take(e.Title, dayOf(e))
	}
	free := func(t, day string) bool {
		for d := range taken[t] {
			if d != day {
				return false
			}
		}
		return t != ""
	}
	was := make([]string, len(colliding))
	for i, e := range colliding {
		was[i] = e.Title
		day := dayOf(e)
		for t := range x.fullerTitles(e) {
			if free(t, day) {
				e.Title = t
				break
			}
		}
		take(e.Title, day)
	}
	// A title the others left free goes back to the first that had it
	// (of "He died" on three days, one card keeps it), unless its sentence
	// dates the title on other days too: each of those says its own time.
	// Each one's telling source, found once: sharedSentence compares every
	// pair (finding them pair by pair was 5% of a build of 10,000
	// articles).
	tells := make([]*Source, len(colliding))
	for i, e := range colliding {
		tells[i] = e.Telling()
	}
	for i, e := range colliding {
		if day := dayOf(e); e.Title != was[i] && free(was[i], day) && !sharedSentence(colliding, tells, was, i) {
			release(e.Title, day)
			e.Title = was[i]
			take(e.Title, day)
		}
	}
}

// sharedSentence reports whether the sentence that tells colliding[i]
// (tells[i]) also tells another of them, on another day, under the same
// title was.
func sharedSentence(colliding []*Event, tells []*Source, was []string, i int) bool {
	s := tells[i]
	for j, o := range colliding {
		if t := tells[j]; j != i && was[j] == was[i] && t.Doc == s.Doc && t.Sentence == s.Sentence && dayOf(o) != dayOf(colliding[i]) {
			return true
		}
	}
	return false
}

// fullerTitles are the titles e may take, best first: each source's
// clause with its time in place (the sentence that tells it first), then
// the same ended at the time, then the sources' own headlines, then a
// clause that opens with its time, then the title it has. Each is made
// only when asked for: most events take the first.
func (x *extractor) fullerTitles(e *Event) iter.Seq[string] {
	return func(yield func(string) bool) {
		told := e.Telling()
		if !yield(x.inPlaceTitle(told, maxKeptTail, false)) {
			return
		}
		srcs := make([]*Source, 0, len(e.Sources))
		for _, s := range e.Sources {
			if s != told {
				srcs = append(srcs, s)
			}
		}
		slices.SortStableFunc(srcs, func(a, b *Source) int {
			switch {
			case before(a, b):
				return -1
			case before(b, a):
				return 1
			}
			return 0
		})
		for _, s := range srcs {
			if !yield(x.inPlaceTitle(s, maxKeptTail, false)) {
				return
			}
		}
		// Ended at its time: a phrase after it may be another date's.
		for _, s := range append([]*Source{told}, srcs...) {
			if !yield(x.inPlaceTitle(s, 0, false)) {
				return
			}
		}
		for _, s := range append([]*Source{told}, srcs...) {
			if t, _ := x.title(s, map[int][][]int{}); !yield(t) {
				return
			}
		}
		// Last, a clause that opens with its time ("Late Wednesday the
		// studio went further").
		for _, s := range append([]*Source{told}, srcs...) {
			if !yield(x.inPlaceTitle(s, maxKeptTail, true)) {
				return
			}
		}
		yield(e.Title)
	}
}

// dayOf is the time an event is shown on, as the title lint reads it.
func dayOf(e *Event) string { return e.Time.Value.String() }
