package event

import (
	"cmp"
	"context"
	"fmt"
	"runtime"
	"slices"
	"sort"
	"strings"
	"sync"
	"time"
	"unicode"

	"github.com/kljensen/snowball/english"

	"github.com/newsroom/timeline/timeline/article"
	"github.com/newsroom/timeline/timeline/internal/parallel"
	"github.com/newsroom/timeline/timeline/progress"
	"github.com/newsroom/timeline/timeline/timex"
)

// Merging: the same happening reported by several articles becomes one
// event. Sources merge only on evidence that can be shown — overlapping
// time and shared content words — and conservatively: showing one event
// twice is better than merging two.

// Thresholds for merging, as the overlap coefficient of content words
// (shared words over the smaller set): outlets word the same happening
// very differently, and one usually says more than the other. mergeSim
// was chosen on ECB+ dev in two folds (odd and even topics), each
// giving the same order: 0.5 → P 0.99/0.86, R 0.22/0.16; 0.4 → P
// 0.98/0.92, R 0.27/0.29; 0.3 → P 0.90/0.89, R 0.33/0.33. Below 0.4,
// merges across two happenings of a kind pass 1% of merged pairs.
const (
	mergeSim      = 0.4 // across articles, same time
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
		said says say told came come comes according reported report reports officials official people one two three new last first
		monday tuesday wednesday thursday friday saturday sunday today yesterday tomorrow week month year day night late early`)
}

// similarity holds the stopwords, the predicate table (predicates_en.go)
// read as stems and, for one build, a number for each content word:
// candidates are compared as sorted numbers, which is several times
// cheaper than comparing the strings.
type similarity struct {
	stop map[string]bool
	// kinds maps a predicate's stemmed word or phrase (words joined by
	// one space) to its kind.
	kinds map[string]string
	// heads maps the first stem of each predicate word or phrase to the
	// most words of one starting with it: a token that starts none (most
	// of them) is looked up once, not once for each length.
	heads map[string]int
	// kindSet holds the kinds themselves (merge's joins, leadsToBody).
	kindSet map[string]bool
	mu      sync.Mutex
	ids     map[string]uint32
	// names is each number's word: a candidate keeps its words as
	// numbers alone (candidate.words).
	names []string
	// stems caches stem by word: stemming was a third of extraction,
	// and news repeats its words.
	stems stemCache
}

// stem is the Snowball stem of w, cached.
func (s *similarity) stem(w string) string { return s.stems.stem(w) }

func newSimilarity() *similarity {
	s := &similarity{stop: map[string]bool{}, ids: map[string]uint32{}, kinds: map[string]string{}, heads: map[string]int{}, kindSet: predicateKinds()}
	for _, w := range stopwords() {
		s.stop[w] = true
	}
	for _, p := range englishPredicates() {
		for _, w := range p.words {
			stems := strings.Fields(w)
			for i, t := range stems {
				stems[i] = stem(t)
			}
			s.kinds[strings.Join(stems, " ")] = p.kind
			s.heads[stems[0]] = max(s.heads[stems[0]], len(stems))
		}
	}
	return s
}

// words returns the content-word stems of a text, a predicate's words
// read as its kind, sorted and distinct (a sorted slice: comparing two
// is one linear pass, no hashing).
func (s *similarity) words(text string) []string {
	toks, ascii := lowerWords(joinNames(blankClocks(text))) // an ASCII text holds no ’ to replace
	both := make([]string, 2*len(toks))                     // stems, then out: one allocation
	stems, out := both[:len(toks)], both[len(toks):len(toks)]
	for i, w := range toks {
		if !ascii {
			w = strings.ReplaceAll(w, "’", "'")
		}
		w = strings.TrimSuffix(strings.Trim(w, "'"), "'s")
		toks[i] = w
		if !s.stop[w] {
			stems[i] = s.stem(w)
		}
	}
	for i := 0; i < len(toks); i++ {
		if n, kind := s.predicateAt(toks, stems, i); n > 0 {
			out = append(out, kind)
			i += n - 1
			continue
		}
		if (len(toks[i]) < 3 && !twoDigits(toks[i])) || s.stop[toks[i]] {
			continue
		}
		out = append(out, stems[i])
	}
	if len(out) == 0 {
		return nil
	}
	slices.Sort(out)
	// At its own length: a candidate keeps its words through the merge.
	return slices.Clone(slices.Compact(out))
}

// lowerWords splits text into its lower-case words (letters, digits and
// apostrophes), and says whether it is ASCII. Most sentences are: their
// words split without a function call at every rune.
func lowerWords(text string) (words []string, ascii bool) {
	if lower, ascii := asciiLower(text); ascii {
		return asciiWords(lower), true
	}
	return strings.FieldsFunc(strings.ToLower(text), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '\'' && r != '’'
	}), false
}

// joinNames drops the hyphens inside a capitalized name, so that
// "Port-au-Prince" is one word, not "port" and "prince" shared by every
// report from the city (ECB+ dev merge F1 0.751 -> 0.752; odd topics
// 0.729 -> 0.731, even 0.777 unchanged; Timeline17 unchanged).
func joinNames(text string) string {
	if !strings.Contains(text, "-") {
		return text
	}
	var b []byte
	for i := 1; i+1 < len(text); i++ {
		if text[i] != '-' || !isASCIILetter(text[i-1]) || !isASCIILetter(text[i+1]) {
			continue
		}
		j := i - 1 // the name's start, over its letters and hyphens
		for j > 0 && (isASCIILetter(text[j-1]) || text[j-1] == '-') {
			j--
		}
		if text[j] < 'A' || text[j] > 'Z' {
			continue
		}
		if b == nil {
			b = []byte(text)
		}
		b[i] = 0 // marked; dropped below
	}
	if b == nil {
		return text
	}
	return strings.ReplaceAll(string(b), "\x00", "")
}

func isASCIILetter(c byte) bool { return c|0x20 >= 'a' && c|0x20 <= 'z' }

// blankClocks blanks the digits of clock times and decimals ("10.40
// am", "1:30"): a time is compared as a time, not as words, and a
// two-digit part of one is no number of the happening (twoDigits).
func blankClocks(text string) string {
	var b []byte
	for i := 1; i+1 < len(text); i++ {
		if (text[i] == ':' || text[i] == '.') && isDigit(text[i-1]) && isDigit(text[i+1]) {
			if b == nil {
				b = []byte(text)
			}
			for k := i - 1; k >= 0 && isDigit(b[k]); k-- {
				b[k] = ' '
			}
			for k := i + 1; k < len(b) && isDigit(b[k]); k++ {
				b[k] = ' '
			}
		}
	}
	if b == nil {
		return text
	}
	return string(b)
}

// twoDigits reports whether w is a number of two digits: short, but as
// telling as any word ("aged 91", "won 65-53", "killed 26").
func twoDigits(w string) bool {
	return len(w) == 2 && isDigit(w[0]) && isDigit(w[1])
}

// predicateAt finds the longest predicate word or phrase starting at
// token i: how many tokens it spans, and its kind. A phrase may hold
// stopwords ("take into custody"), which are matched as written.
func (s *similarity) predicateAt(toks, stems []string, i int) (int, string) {
	first := stems[i]
	if first == "" {
		first = toks[i]
	}
	longest, ok := s.heads[first]
	if !ok {
		return 0, ""
	}
	var buf [64]byte
	for n := min(longest, len(toks)-i); n >= 1; n-- {
		key := buf[:0]
		for k := range n {
			part := stems[i+k]
			if part == "" {
				part = toks[i+k]
			}
			if k > 0 {
				key = append(key, ' ')
			}
			key = append(key, part...)
		}
		if kind, ok := s.kinds[string(key)]; ok { // no string is made for the lookup
			return n, kind
		}
	}
	return 0, ""
}

// stem is the Snowball (Porter2) stem of an English word: "canceled",
// "cancelled", "cancels" and "cancellation" are "cancel".
func stem(w string) string { return english.Stem(w, true) }

// numbers returns the sorted numbers of a sorted word set.
func (s *similarity) numbers(words []string) []uint32 {
	out := make([]uint32, len(words))
	s.mu.Lock()
	for i, w := range words {
		id, ok := s.ids[w]
		if !ok {
			id = uint32(len(s.ids))
			s.ids[w] = id
			s.names = append(s.names, w)
		}
		out[i] = id
	}
	s.mu.Unlock()
	slices.Sort(out)
	return out
}

// namesOf appends the words numbered ids to out, in the ids' order.
func (s *similarity) namesOf(out []string, ids []uint32) []string {
	s.mu.Lock()
	for _, id := range ids {
		out = append(out, s.names[id])
	}
	s.mu.Unlock()
	return out
}

// words are c's words, sorted and distinct, as similarity.words gave
// them. A build holds every candidate until merging ends, and the words
// as strings beside their numbers were a tenth of its heap there (27 MB
// at 20,000 generated articles): they are read only for a merge's notes
// and a few rare tests.
func (c *candidate) words() []string { return c.sim.sortedNames(c.ids) }

// sortedNames are the words numbered ids, sorted (nil for none).
func (s *similarity) sortedNames(ids []uint32) []string {
	if len(ids) == 0 {
		return nil
	}
	out := s.namesOf(make([]string, 0, len(ids)), ids)
	slices.Sort(out)
	return out
}

// has reports whether w is one of c's words.
func (c *candidate) has(w string) bool {
	c.sim.mu.Lock()
	id, ok := c.sim.ids[w]
	c.sim.mu.Unlock()
	if !ok {
		return false
	}
	_, ok = slices.BinarySearch(c.ids, id)
	return ok
}

// sharedWordsOf is sharedWords of a's and b's words (numbered alike).
func sharedWordsOf(a, b *candidate) []string {
	var ids []uint32
	forShared(a.ids, b.ids, func(id uint32) { ids = append(ids, id) })
	return a.sim.sortedNames(ids)
}

// sharedWritten is the note's list of the words a and b share, as a's
// title writes them, stemmed by the build's cache (the merge notes'
// stemming was 2.5% of a build of 10,000 articles uncached).
func sharedWritten(a, b *candidate) string {
	return strings.Join(asWritten(sharedWordsOf(a, b), a.title, a.sim.stem), ", ")
}

// forShared calls f with each number two sorted sets share, in order.
func forShared(a, b []uint32, f func(uint32)) {
	for i, j := 0, 0; i < len(a) && j < len(b); {
		switch {
		case a[i] < b[j]:
			i++
		case a[i] > b[j]:
			j++
		default:
			f(a[i])
			i, j = i+1, j+1
		}
	}
}

// overlap is the overlap coefficient of two sorted sets, and how many
// members they share.
func overlap(a, b []uint32) (sim float64, shared int) {
	forShared(a, b, func(uint32) { shared++ }) // inlined, the closure with it
	return overlapOf(a, b, shared), shared
}

// overlapOf is the overlap coefficient of two sets sharing shared members.
func overlapOf(a, b []uint32, shared int) float64 {
	if small := min(len(a), len(b)); small > 0 {
		return float64(shared) / float64(small)
	}
	return 0
}

// sharedWords lists the words two sorted sets have in common (the
// evidence a merge shows).
func sharedWords(a, b []string) []string {
	var out []string
	for _, w := range a {
		if _, ok := slices.BinarySearch(b, w); ok {
			out = append(out, w)
		}
	}
	return out
}

// asWritten gives each stem as text first writes it ("soni" is "sony"),
// for a reader; a predicate's kind, written otherwise, stays as it is.
// The text's words are stemmed with stem.
func asWritten(stems []string, text string, stem func(string) string) []string {
	out := slices.Clone(stems)
	for _, w := range strings.FieldsFunc(strings.ToLower(text), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	}) {
		if !slices.ContainsFunc(stems, func(st string) bool { return len(st) >= 2 && strings.HasPrefix(w, st[:2]) }) {
			continue // no stem can be w's (a stem starts as its word does)
		}
		if i := slices.Index(stems, stem(w)); i >= 0 && out[i] == stems[i] {
			out[i] = w
		}
	}
	return out
}

type candidate struct {
	key   candKey // where it is kept between builds (remerge.go)
	src   *Source
	title string
	ids   []uint32    // its words, numbered (similarity.numbers)
	sim   *similarity // which numbered them (words)
	value string      // src.Time.Value.String(), computed once
	// sortCandidates' key, compared in this order: its time's start
	// (Unix seconds), its article's rank by path, its mention's offset
	// and its place among its article's sources. The last three in 32
	// bits (an article is at most 16 MB) and fine beside them: a build
	// holds every candidate until merging ends.
	start          int64
	rank, pos, seq int32
	// day is the number of the day its time starts on, and fine whether
	// that time is a day or less (dayGranular), set by sortCandidates: a
	// rebuild's replay reads them for every candidate, and c.src's
	// memory is then a cache miss away.
	day  int32 // days from 1970: ±5.8 million years
	fine bool
	// lastMerge is its decision in the last merge with a memo, nil when
	// there was none: a one-off build holds every candidate until
	// merging ends, and the 80 bytes of a decision were a third of each.
	lastMerge *lastMerge
}

// lastMerge is a candidate's decision in the merge lastAt of lastMemo.
// Those of an extraction's candidates are made together (name,
// Builder.reuse), so a rebuild's replay, which reads each, finds them
// side by side.
type lastMerge struct {
	last     memoDecision
	lastAt   uint64
	lastMemo *MergeMemo
}

// Merging looks only where a match can be: events whose time is the
// candidate's (or, for a possible dispute, a day or two away), found
// through an index of their distinctive words. An event keeps a few
// representative members to compare with, so a happening told by hundreds
// of articles costs no more to join than one told by a few.
const (
	maxMembers  = 6   // representative members compared per event
	commonWords = 300 // a word in more events of a day than this finds no candidates
)

type dayKey struct{ start, end time.Time }

type eventIndex struct {
	events  []*Event
	members [][]*candidate
	days    []*dayIndex // each event's, by id
	// byDay maps a time (start, end) to its events' words and ids.
	byDay map[dayKey]*dayIndex
	// counts and touched are lookup's scratch space; words is decide's,
	// a bit for each word number of the candidate being decided.
	counts  []int32
	touched []int
	words   []uint64
}

// dayIndex indexes the events of one time by their members' words. A
// rebuild's replay consults only the days near a change, so a day's
// index is built when first consulted (indexed), from the log of its
// joins; until then a join is only logged.
type dayIndex struct {
	byWord map[uint32][]int // nil until built
	log    []joined
}

type joined struct {
	id int
	c  *candidate
}

func (ix *eventIndex) day(k dayKey) *dayIndex {
	d := ix.byDay[k]
	if d == nil {
		d = &dayIndex{}
		ix.byDay[k] = d
	}
	return d
}

// indexed returns the index of the events of time k, built, or nil.
func (ix *eventIndex) indexed(k dayKey) *dayIndex {
	d := ix.byDay[k]
	if d != nil && d.byWord == nil {
		d.byWord = map[uint32][]int{}
		for _, j := range d.log {
			d.index(j.id, j.c)
		}
		d.log = nil
	}
	return d
}

// index adds c's words as those of event id.
func (d *dayIndex) index(id int, c *candidate) {
	for _, w := range c.ids {
		if ids := d.byWord[w]; len(ids) == 0 || ids[len(ids)-1] != id {
			d.byWord[w] = append(ids, id)
		}
	}
}

// nearby lists the time keys a candidate may merge across, in buf.
func nearby(t Time, buf *[1 + 2*disputeWindow]dayKey) []dayKey {
	out := append(buf[:0], dayKey{t.Start, t.End})
	if !dayGranular(t) {
		return out
	}
	for d := 1; d <= disputeWindow; d++ {
		for _, s := range []int{-d, d} {
			out = append(out, dayKey{t.Start.AddDate(0, 0, s), t.End.AddDate(0, 0, s)})
		}
	}
	return out
}

// lookup returns the events sharing at least minShared indexed words with c.
// (Counts are kept in a slice indexed by event and cleared through the
// list of events touched: a map per candidate cost more than the rest of
// the lookup.)
func (ix *eventIndex) lookup(c *candidate) []int {
	if len(ix.counts) < len(ix.events) {
		ix.counts = append(ix.counts, make([]int32, len(ix.events)-len(ix.counts))...)
	}
	touched := ix.touched[:0]
	var keys [1 + 2*disputeWindow]dayKey
	for _, k := range nearby(c.src.Time, &keys) {
		d := ix.indexed(k)
		if d == nil {
			continue
		}
		for _, w := range c.ids {
			if ids := d.byWord[w]; len(ids) <= commonWords {
				for _, id := range ids {
					if ix.counts[id] == 0 {
						touched = append(touched, id)
					}
					ix.counts[id]++
				}
			}
		}
	}
	var out []int
	for _, id := range touched {
		if ix.counts[id] >= minShared {
			out = append(out, id)
		}
		ix.counts[id] = 0
	}
	ix.touched = touched
	sort.Ints(out)
	return out
}

func (ix *eventIndex) add(c *candidate) int {
	id := len(ix.events)
	ix.events = append(ix.events, &Event{Title: c.title, Sources: []*Source{c.src}, Time: c.src.Time})
	ix.members = append(ix.members, nil)
	ix.days = append(ix.days, ix.day(dayKey{c.src.Time.Start, c.src.Time.End}))
	ix.join(id, c)
	return id
}

// join adds c to event id, indexing its words while the event has room
// for representatives.
func (ix *eventIndex) join(id int, c *candidate) {
	if len(ix.members[id]) >= maxMembers {
		return
	}
	ix.members[id] = append(ix.members[id], c)
	if d := ix.days[id]; d.byWord == nil {
		d.log = append(d.log, joined{id, c})
	} else {
		d.index(id, c)
	}
}

// merge groups candidates into events: each, in time order, joins the
// event it matches best or starts one. With a memo from the previous
// build, a candidate whose inputs did not change and that could match no
// event that did takes its previous decision without comparing
// (remerge.go); the result is the same as deciding afresh. p is told of
// each candidate merged.
func merge(cands []*candidate, docs []*Doc, memo *MergeMemo, kinds map[string]bool, p progress.Reporter) []*Event {
	r := newReplay(memo, cands)
	cands = sortCandidates(cands, docs, r.lastSorted(), r.sameDocs(docs), r.split)
	ix := &eventIndex{byDay: map[dayKey]*dayIndex{}}
	var reps [][]*candidate // each event's first joinMembers, for joinSplit
	// Without a memo to keep them, the merge notes are written after the
	// loop, on every core: they read nothing the loop changes (the event's
	// time is its first source's until it settles), and written in the
	// loop they were a quarter of merging's time on one core.
	var notes []note
	var touched uint64 // what the replay's read-ahead read (touch)
	for i, c := range cands {
		if i%touchAhead == 0 {
			touched += r.touch(cands[i:min(i+touchAhead, len(cands))])
		}
		d, ok := r.reuse(ix, c)
		if !ok {
			d = ix.decide(c)
		}
		id := d.event
		if id < 0 {
			id = ix.add(c)
		} else {
			e := ix.events[id]
			e.Sources = append(e.Sources, c.src)
			ix.join(id, c)
			if len(e.Evidence) < maxEvidence {
				if d.evidence == "" && !r.named {
					notes = append(notes, note{c, d.member, e, d.sim, int32(len(e.Evidence)), d.dispute})
				} else if d.evidence == "" {
					d.evidence = r.evidenceOf(c, id, d, e)
				}
				e.Evidence = append(e.Evidence, d.evidence)
			} else if len(e.Evidence) == maxEvidence {
				e.Evidence = append(e.Evidence, "… and more sources on the same evidence")
			}
		}
		r.record(ix, c, id, d, ok)
		if id == len(reps) {
			reps = append(reps, nil)
		}
		if len(reps[id]) < joinMembers {
			reps[id] = append(reps[id], c)
		}
		p.Add(1)
	}
	parallel.Do(context.Background(), len(notes), func(i int) {
		n := notes[i]
		n.e.Evidence[n.at] = evidence(n.c, decision{member: n.member, sim: n.sim, dispute: n.dispute}, n.e)
	})
	runtime.KeepAlive(touched)
	r.save(ix, cands)
	// kinds (the predicate kinds) tell kinds of happening apart in the
	// joins below.
	events, joined := joinSplit(ix.events, reps, kinds)
	// Each event settles on its own sources alone: on every core. A
	// joined event the merge memo does not know settles afresh; one it
	// kept from the last build (join.go) settles as it did.
	parallel.Do(context.Background(), len(events), func(i int) {
		if joined[i] {
			settle(events[i])
		} else {
			settleKept(events[i])
		}
	})
	events = anchorElsewhere(events, kinds)
	events = joinCoarse(events, kinds, memo)
	events = joinLateLeads(events, kinds) // leadbody.go
	if memo == nil {
		// A one-off build lets the candidates go with merging: their
		// sources live on in the events, and would keep every
		// candidate's words to the end of the build (serve keeps them
		// anyway, for the next build).
		for _, c := range cands {
			c.src.cand = nil
		}
	}
	return events
}

// sortCandidates orders candidates as sourceLess orders their sources,
// then by their place among their article's sources. The order is drawn
// into numbers first (day, rank of the article's path, position, place),
// so the sort compares integers, not times and paths. It is a total order:
// the result does not depend on the order given.
//
// docs are the build's articles, numbered (Doc.num).
//
// last is the last merge's order, when there was one (its candidates are
// the same objects where their articles did not change): the ones still
// here keep their order among themselves (ranks move, but not past each
// other), so only the new ones are sorted and merged in. When sameDocs
// (the same articles as last time, in the same order), the ones still
// here keep their keys too, and only the new ones' are drawn: drawing a
// key reads the candidate's source, a cache miss for each of 78,500 at
// 10,000 articles. Otherwise a check of the result falls back to a full
// sort should the order ever not hold. split parts cands into those in
// last, in its order, and the others (replay.split).
func sortCandidates(cands []*candidate, docs []*Doc, last []*candidate, sameDocs bool, split func(cands, last []*candidate) (kept, added []*candidate)) []*candidate {
	var rank []int32
	setOrder := func(c *candidate) {
		if rank == nil {
			rank = pathRanks(docs)
		}
		c.start, c.rank, c.pos, c.seq = c.src.Time.Start.Unix(), rank[c.src.Doc.num], int32(c.src.Mention.Start), c.src.Seq
		c.day, c.fine = int32(dayNumber(c.src.Time.Start)), dayGranular(c.src.Time)
	}
	compare := func(a, b *candidate) int {
		if a.start != b.start {
			return cmp.Compare(a.start, b.start)
		}
		if a.rank != b.rank {
			return cmp.Compare(a.rank, b.rank)
		}
		if a.pos != b.pos {
			return cmp.Compare(a.pos, b.pos)
		}
		return cmp.Compare(a.seq, b.seq)
	}
	if len(last) == 0 {
		for _, c := range cands {
			setOrder(c)
		}
		slices.SortFunc(cands, compare)
		return cands
	}
	kept, added := split(cands, last)
	for _, c := range added {
		setOrder(c)
	}
	if !sameDocs {
		// Ranks move (an article came or went), but not past each other.
		for _, c := range kept {
			setOrder(c)
		}
	}
	slices.SortFunc(added, compare)
	out := make([]*candidate, 0, len(cands))
	for len(kept) > 0 && len(added) > 0 {
		if compare(added[0], kept[0]) < 0 {
			out, added = append(out, added[0]), added[1:]
		} else {
			out, kept = append(out, kept[0]), kept[1:]
		}
	}
	out = append(append(out, kept...), added...)
	if !sameDocs && !slices.IsSortedFunc(out, compare) {
		slices.SortFunc(out, compare)
	}
	return out
}

// pathRanks gives each article's rank by path, by its place (Doc.num).
func pathRanks(docs []*Doc) []int32 {
	byPath := make([]int32, len(docs))
	for i := range byPath {
		byPath[i] = int32(i)
	}
	slices.SortFunc(byPath, func(a, b int32) int { return strings.Compare(docs[a].Article.Path, docs[b].Article.Path) })
	rank := make([]int32, len(docs))
	for r, i := range byPath {
		rank[i] = int32(r)
	}
	return rank
}

// decision is where a candidate goes: event (-1 for a new one), the
// member it matched and how well.
type decision struct {
	event    int
	member   *candidate
	sim      float64
	dispute  bool
	evidence string // the note left on the event (kept in the memo)
}

// decide compares c with the members of every event it may match.
// (c's words are set as bits once, and each member's words tested
// against them: walking the two sorted lists for every member was half
// of deciding, on merging's one core.)
func (ix *eventIndex) decide(c *candidate) decision {
	d := decision{event: -1}
	ids := ix.lookup(c)
	if len(ids) == 0 {
		return d
	}
	for _, w := range c.ids {
		if k := int(w >> 6); k >= len(ix.words) {
			ix.words = append(ix.words, make([]uint64, k+1-len(ix.words))...)
		}
		ix.words[w>>6] |= 1 << (w & 63)
	}
	for _, id := range ids {
		for _, m := range ix.members[id] {
			shared := 0
			for _, w := range m.ids {
				if k := int(w >> 6); k < len(ix.words) && ix.words[k]&(1<<(w&63)) != 0 {
					shared++
				}
			}
			sim, dispute, ok := mergeableShared(c, m, overlapOf(c.ids, m.ids, shared), shared)
			if ok && sim > d.sim {
				d = decision{event: id, member: m, sim: sim, dispute: dispute}
			}
		}
	}
	for _, w := range c.ids {
		ix.words[w>>6] = 0
	}
	return d
}

// note is a merge note to write: c's decision (joining e through
// member, at sim, a dispute or not) as e's Evidence[at]. Not a decision
// whole: a build holds one for most of its candidates when merging
// ends, the build's peak.
type note struct {
	c, member *candidate
	e         *Event
	sim       float64
	at        int32
	dispute   bool
}

// evidence is the note a merge leaves on the event it joins.
func evidence(c *candidate, d decision, e *Event) string {
	shared := sharedWritten(c, d.member)
	if d.dispute {
		return fmt.Sprintf("%s dates it %s, not %s: shared words %s (similarity %.2f)", c.src.Doc.Article.Path, c.src.Time.Value, e.Time.Value, shared, d.sim)
	}
	if d.sim < mergeSim && samePlan(c, d.member) {
		verb := "call off"
		if c.src.Status == StatusPostponed {
			verb = "put off"
		}
		return fmt.Sprintf("%s joins on %s: both %s the plan for %s; shared words %s (similarity %.2f)", c.src.Doc.Article.Path, c.src.Time.Value, verb, c.src.WasTime().Value, shared, d.sim)
	}
	return fmt.Sprintf("%s joins on %s: shared words %s (similarity %.2f)", c.src.Doc.Article.Path, c.src.Time.Value, shared, d.sim)
}

// maxEvidence bounds the merge notes kept per event.
const maxEvidence = 20

// mergeable decides whether two candidates are one happening.
func mergeable(a, b *candidate) (sim float64, dispute, ok bool) {
	sim, shared := overlap(a.ids, b.ids)
	return mergeableShared(a, b, sim, shared)
}

// mergeableShared is mergeable given the overlap of a's and b's words:
// sim, of shared words.
func mergeableShared(a, b *candidate, sim float64, shared int) (float64, bool, bool) {
	if shared < minShared {
		return 0, false, false
	}
	sameTime := sameTimeOf(a, b) || leadDay(a, b) || leadDay(b, a)
	if !sameTime && shared < minShared+1 {
		return 0, false, false
	}
	sameDoc := a.src.Doc == b.src.Doc
	switch {
	case sameTime && sameDoc:
		// One writer tells one happening the same way twice: what one
		// sentence calls off and another says happened are two.
		return sim, false, (sim >= sameDocSim && undone(a.src.Status) == undone(b.src.Status)) || sameUndoing(a, b)
	case sameTime:
		return sim, false, sim >= mergeSim || samePlan(a, b)
	case !sameDoc && dayGranular(a.src.Time) && dayGranular(b.src.Time) && daysApart(a.src.Time.Start, b.src.Time.Start) <= disputeWindow &&
		!(namesDay(a) && namesDay(b)):
		return sim, true, sim >= disputeSim
	}
	return 0, false, false
}

// samePlan reports whether two sources of different articles, told on
// the same day, call off (or move) one plan: both of one status of
// planKinds, for the same day, sharing the status's kind word and a name
// (a word both write capitalised, "Sony"). The day a plan was for is
// evidence as strong as a shared number, and a long sentence's other
// words (who pulled out, what the film is about) no longer dilute it.
// Cheap tests first: mergeable asks it of many pairs, and few are plans.
func samePlan(a, b *candidate) bool {
	kind, ok := planKinds[a.src.Status]
	if !ok || a.src.Status != b.src.Status || a.src.Doc == b.src.Doc || !dayGranular(a.src.Time) || !sameTimeOf(a, b) {
		return false
	}
	wa, wb := a.src.WasTime(), b.src.WasTime()
	if wa.Start.IsZero() || !dayGranular(wa) || !wa.Start.Equal(wb.Start) || !wa.End.Equal(wb.End) {
		return false
	}
	if !a.has(kind) || !b.has(kind) {
		return false
	}
	return sharedName(a, b, kind) != ""
}

// sameUndoing reports whether two sources of one article, told on one
// day, call off (or move) the same thing: of one status of planKinds,
// both in the kind's words, sharing minShared words with it ("the
// company canceled the release", "the studio decided to cancel the
// release"). One writer does not call off two things on one day in the
// same words.
func sameUndoing(a, b *candidate) bool {
	kind, ok := planKinds[a.src.Status]
	if !ok || a.src.Status != b.src.Status || a.src.Doc != b.src.Doc || !dayGranular(a.src.Time) || !sameTimeOf(a, b) {
		return false
	}
	if !a.has(kind) || !b.has(kind) {
		return false
	}
	_, shared := overlap(a.ids, b.ids)
	return shared >= minShared
}

// sharedName is a word other than kind that a and b share and both write
// capitalised (a name: "Sony", "Carmike"), as a's text writes it, or "".
func sharedName(a, b *candidate, kind string) string {
	na, nb := capitalised(untimed(a.src)), capitalised(untimed(b.src))
	for _, w := range sharedWordsOf(a, b) {
		if w == kind {
			continue
		}
		if at, ok := na[w]; ok {
			if _, ok := nb[w]; ok {
				return at
			}
		}
	}
	return ""
}

// capitalised maps the stem of each word text writes capitalised to the
// word as written.
func capitalised(text string) map[string]string {
	out := map[string]string{}
	for _, w := range strings.FieldsFunc(text, func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '\'' && r != '’'
	}) {
		if r := []rune(w)[0]; !unicode.IsUpper(r) {
			continue
		}
		w = strings.ReplaceAll(w, "’", "'")
		w = strings.TrimSuffix(strings.Trim(w, "'"), "'s")
		if len(w) < 3 {
			continue
		}
		if st := stem(strings.ToLower(w)); out[st] == "" {
			out[st] = w
		}
	}
	return out
}

// untimed is s's sentence with its time expressions blanked: "March",
// "Christmas" name days, which samePlan compares as days, not who acts
// (the resolver's lexicons already know them; no second list here).
func untimed(s *Source) string {
	ms, from, to := s.Doc.Mentions, s.Sentence.Start, s.Sentence.End
	i := sort.Search(len(ms), func(k int) bool { return ms[k].Start >= from })
	var b []byte
	for ; i < len(ms) && ms[i].End <= to; i++ {
		if b == nil {
			b = []byte(s.Doc.Article.Body[from:to]) // Text is plain: offsets are Body's
		}
		for k := ms[i].Start - from; k < ms[i].End-from; k++ {
			b[k] = ' '
		}
	}
	if b == nil {
		return s.Doc.Article.Body[from:to]
	}
	return string(b)
}

// incompatible reports whether two times cannot both be right: they
// share no day ("Tuesday" and "Tuesday evening" agree, and so do a week
// and a day in it; the ends are exclusive).
func incompatible(a, b Time) bool { return !a.Start.Before(b.End) || !b.Start.Before(a.End) }

// namesDay reports whether a source's expression names its calendar day
// ("13 Jan", "June 8, 2008", "1/13/2010") rather than counting it from
// the dateline ("Tuesday", "yesterday"): two sources naming different
// days tell two happenings, never one disputed one (live pages of
// successive days, "As it happened: … 13 Jan" and "… 14 Jan"), while a
// counted day may be off by a wrong anchor.
func namesDay(c *candidate) bool {
	switch c.src.Mention.Rule {
	case "month-day", "month-day-year", "numeric-date", "famous-date", "holiday":
		return true
	}
	return false
}

// leadDay reports whether a is a lead (lead.go), on the dateline's day,
// and b a day-long time it may mean: that day or the one before.
func leadDay(a, b *candidate) bool {
	if !isLead(a.src) || !dayGranular(b.src.Time) {
		return false
	}
	d := a.src.Time.Start.Sub(b.src.Time.Start)
	return d == 0 || d == 24*time.Hour
}

// dropLeadOnly leaves out the events that only a lead tells (lead.go): a
// lead dates a happening only roughly, and alone it is no card; they are
// returned apart (leads), still evidence of their dateline's day for key
// dates. (New slices: the merge memo keeps the one merge made.)
func dropLeadOnly(events []*Event) (cards, leads []*Event) {
	cards = make([]*Event, 0, len(events))
	for _, e := range events {
		if leadOnly(e) {
			leads = append(leads, e)
		} else {
			cards = append(cards, e)
		}
	}
	return cards, leads
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
	// Firm sources decide: a time given only roughly ("about Monday", "a
	// couple of days after …") neither sets the event's time when a firm
	// one is there nor makes a dispute.
	firm := e.Sources[:0:0]
	for _, s := range e.Sources {
		if s.Time.Qualifier != Approximate && !isRelative(s) {
			firm = append(firm, s)
		}
	}
	if len(firm) == 0 {
		firm = e.Sources
	}
	best := firm[0]
	if len(firm) > 1 {
		best = firm[mostGiven(firm)]
	}
	e.Time = best.Time
	e.Disputed = disputed(firm, best.Time)
	for _, s := range e.Sources {
		if s.Doc.Article.Anchor.Source == article.FromInferred {
			e.Inferred = true
		}
	}
	e.Relative = isRelative(best) // the time shown was counted from another
	settleStatus(e)
}

// disputed reports whether firm sources set another time against t in
// earnest: one told by at least two articles, or by at least half as
// many as tell t. A single line among many reports (a live blog's
// "Monday" beside thirteen reports of Tuesday's quake) is an outlier:
// its source keeps its own time on the card, the event is not in
// dispute.
func disputed(firm []*Source, t Time) bool {
	if !slices.ContainsFunc(firm, func(s *Source) bool { return incompatible(s.Time, t) }) {
		return false // most events: nothing to count
	}
	// Values are told apart as they print, as mostGiven does.
	own := map[*Doc]bool{}
	others := map[string]map[*Doc]bool{}
	for _, s := range firm {
		if !incompatible(s.Time, t) {
			own[s.Doc] = true
			continue
		}
		v := s.Time.Value.String()
		if others[v] == nil {
			others[v] = map[*Doc]bool{}
		}
		others[v][s.Doc] = true
	}
	for _, docs := range others {
		if n := len(docs); n >= 2 || 2*n >= len(own) {
			return true
		}
	}
	return false
}

// mostGiven returns the index of the first source giving the value most
// sources give. Values are told apart as they print; each distinct value
// is printed once (an event told by hundreds of sources has a few).
func mostGiven(srcs []*Source) int {
	type given struct {
		value timex.Value
		text  string
		n     int
		first int
	}
	var gs []given
	at := -1 // the group of the source before
	for i, s := range srcs {
		if at < 0 || gs[at].value != s.Time.Value {
			at = slices.IndexFunc(gs, func(g given) bool { return g.value == s.Time.Value })
			if at < 0 {
				t := s.Time.Value.String()
				if at = slices.IndexFunc(gs, func(g given) bool { return g.text == t }); at < 0 {
					gs = append(gs, given{value: s.Time.Value, text: t, first: i})
					at = len(gs) - 1
				}
			}
		}
		gs[at].n++
	}
	best := 0
	for i, g := range gs {
		if g.n > gs[best].n {
			best = i
		}
	}
	return gs[best].first
}

func isRelative(s *Source) bool {
	return strings.HasPrefix(s.Mention.Rule, RuleRelative) || strings.HasPrefix(s.Mention.Rule, RuleRelativeTo)
}

// sourceLess orders sources by time, then article path, then position.
func sourceLess(a, b *Source) bool { return sourceCompare(a, b) < 0 }

func sourceCompare(a, b *Source) int {
	if c := a.Time.Start.Compare(b.Time.Start); c != 0 {
		return c
	}
	if c := strings.Compare(a.Doc.Article.Path, b.Doc.Article.Path); c != 0 {
		return c
	}
	return a.Mention.Start - b.Mention.Start
}

// undone reports whether a status says the happening was called off,
// moved or denied.
func undone(s Status) bool {
	return s == StatusCancelled || s == StatusPostponed || s == StatusDenied
}

func sameTimeOf(a, b *candidate) bool {
	return a.value == b.value ||
		(a.src.Time.Start.Equal(b.src.Time.Start) && a.src.Time.End.Equal(b.src.Time.End))
}
