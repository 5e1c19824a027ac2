package event

import (
	"slices"
	"sync"
	"time"

	"github.com/newsroom/timeline/timeline/internal/memo"
)

// Remerging after an edit. Merging is greedy in time order, so in
// principle one changed source can change every later decision. In
// practice a decision reads only the events that share a word with the
// candidate on a nearby day; when none of those changed, neither does the
// decision. A MergeMemo keeps each candidate's last decision; the next
// merge marks every event whose members differ from last time ("dirty"),
// indexing its members, old and new, by word and day. A candidate that
// could match no dirty member on its days (too few shared words, or
// mergeable says no), and none of whose words can have crossed the
// commonWords cut, takes its old decision without comparing. The result
// is the same as a merge from scratch (TestRemergeEquivalence).

// candKey names a candidate across builds: its article's kept extraction
// and its place in it. An article whose extraction is reused keeps its
// keys; an edited one gets new ones.
type candKey struct {
	x *Extraction
	i int
}

// MergeMemo remembers how the last Build merged, for the next Build of
// the same collection (serve keeps one). Use one memo per collection, one
// Build at a time.
type MergeMemo struct {
	mu sync.Mutex
	// gen numbers the merges; xs are the extractions the last one took,
	// each holding its decisions (Extraction.merges).
	gen uint64
	xs  []*Extraction
	// sorted are the last merge's candidates in merging order, and paths
	// its articles' paths, in the order given.
	sorted []*candidate
	paths  []string
	// reused and decided count the last merge's decisions.
	reused, decided int
	// laidOut is how many candidates the last compaction laid out in
	// merging order (compact), and loose how many merges made since.
	laidOut, loose int
	// sim numbers words for every build that uses the memo, so a kept
	// extraction's numbers stay good.
	sim *similarity
	// kept is what the last merge's events keep, by their founders: an
	// event the next merge does not make again is dropped.
	kept memo.Table[candKey, *keptEvent]
	// coarse is how each coarse event joined day events (coarse.go), by
	// its first source; coarseKept counts the last build's events that
	// joined as kept.
	coarse     memo.Table[*Source, *coarseJoin]
	coarseKept int
	// words holds the content words of each sentence a build read to
	// choose the sentence telling an event, or to summarize a day: a
	// rebuild chooses again for the events an edit changed, told by
	// hundreds of sentences that did not change.
	words memo.Table[string, []string]
	// told holds what choosing the sentence telling an event read of
	// each sentence (toldSentence), by its text, kept as words is.
	told memo.Table[string, *toldSentence]
}

// wordsOf is words, each text's read once and kept for the next build
// (words itself without a memo). The words are shared: not to be changed.
// A build that reused no merge decision (the first) chooses for every
// event: what it read is not kept, or the memo would hold a sentence's
// words for every source of the collection until the next build.
func (m *MergeMemo) wordsOf(words func(string) []string) func(string) []string {
	if m == nil {
		return words
	}
	if reused, _ := m.Stats(); reused == 0 {
		return words
	}
	return func(text string) []string {
		ws, _ := m.words.Recall(text, func() ([]string, error) { return words(text), nil })
		return ws
	}
}

// sentencesOf is sentencesOf(words), each text read once, whether it
// tells no day too, and kept for the next build, as wordsOf keeps words
// (nothing kept after a first build).
func (m *MergeMemo) sentencesOf(words func(string) []string) func(string) *toldSentence {
	if m == nil {
		return sentencesOf(words)
	}
	if reused, _ := m.Stats(); reused == 0 {
		return sentencesOf(words)
	}
	return func(text string) *toldSentence {
		t, _ := m.told.Recall(text, func() (*toldSentence, error) {
			t := readSentence(words, text) // its own: noDay is set here
			t.noDay = -1
			if tellsNoDay(text) {
				t.noDay = 1
			}
			return t, nil
		})
		return t
	}
}

// rotateWords ends a build's reading of sentences.
func (m *MergeMemo) rotateWords() {
	if m != nil {
		m.words.Rotate()
		m.told.Rotate()
	}
}

// keptEvent is what a rebuild takes over of an event that no source
// joined or left since the last build (one the replay left clean): how it
// settled and its dispute warning. At 10,000 articles, settling events
// told by hundreds of sources and writing their warnings again cost more
// than the replay's decisions.
type keptEvent struct {
	settled bool
	time    Time
	// disputed, inferred and relative are the Event's fields of those names.
	disputed, inferred, relative bool
	status                       Status
	plannedFor                   Time
	// warning is the dispute warning last written for the event with the
	// id and title it names.
	warning, warnedID, warnedTitle string
	// canonical and told are the places among its sources of the one it
	// takes its id from and of the one that tells it, plus one (0: not
	// known yet).
	canonical, told int
	// join is how joinSplit found the events of its time (join.go).
	join *joinedTime
	// facts are those of the sources factsOf (Event.sourceFacts).
	factsOf []*Source
	facts   sourceFacts
}

// similarity returns the memo's word numbering (nil for a nil memo).
func (m *MergeMemo) similarity() *similarity {
	if m == nil {
		return nil
	}
	m.mu.Lock()
	defer m.mu.Unlock()
	if m.sim == nil {
		m.sim = newSimilarity()
	}
	return m.sim
}

// Stats returns how many decisions the last merge took from the memo and
// how many it made afresh.
func (m *MergeMemo) Stats() (reused, decided int) {
	m.mu.Lock()
	defer m.mu.Unlock()
	return m.reused, m.decided
}

// memoDecision is a decision by keys: the event is named by the
// candidate that started it (the candidate itself when it started one).
type memoDecision struct {
	founder, member candKey
	sim             float64
	dispute         bool
	evidence        string // the note it left, if any
}

// mergeState is an extraction's part in the merges that took it, by
// item: the candidates and founded events of the one under way. Kept in
// slices, not maps keyed by candKey: a rebuild looks each up for every
// candidate of the collection. (Each decision is kept on its candidate,
// candidate.lastMerge; the extraction's candidates of the last merge are its
// made.) It is read and written under its memo's lock.
type mergeState struct {
	memo   *MergeMemo
	lastAt uint64 // the last merge (memo.gen) that took it and recorded decisions
	at     uint64 // the merge under way, once it took this extraction
	// slots are its items' parts in the merge under way, side by side:
	// taking, splitting and replaying read them for every candidate,
	// and three slices made three cache misses of each.
	slots []mergeSlot
	// taken counts its candidates in the slots, and kept those the last
	// merge took too (replay.split).
	taken, kept int
	// reps are the compared members (eventIndex.members) of the event
	// each item founded in the merge lastAt, by their keys (none for an
	// item that founded none): kept here, in slices used again merge
	// after merge, rather than in a map made anew each time, with a
	// slice for each of some 40,000 events at 10,000 articles.
	reps [][]candKey
}

// mergeSlot is an item's part in the merge under way: its candidate (let
// go when the merge ends), the event it founded (-1: none), and whether
// the last merge took it too (replay.split).
type mergeSlot struct {
	cur     *candidate
	founded int32
	inLast  bool
}

// NewMergeMemo returns an empty memo: the first Build merges from scratch.
func NewMergeMemo() *MergeMemo { return &MergeMemo{} }

// replay is one merge's use of the memo.
type replay struct {
	memo *MergeMemo
	// gen is this merge's number, lastGen the last one's; named is false
	// when some candidate cannot be named, and everything is decided
	// afresh. xs are the extractions this merge takes.
	gen, lastGen uint64
	named        bool
	xs           []*Extraction
	// founders and dirty are per event id of this merge; dirtyMembers
	// holds each dirty event's members, old and new, by its founder, and
	// dirtyWords, per day key and word, the dirty events that have it.
	// A dirty event's compared members (ix.members) may differ from last
	// time: it may sway others' decisions. An event whose compared
	// members are as they were but whose other sources differ sways
	// none: it is only changed (what it keeps is made anew), as are the
	// events of changedFounders once founded.
	founders        []candKey
	dirty           []bool
	changed         []bool
	changedFounders map[candKey]bool
	dirtyFounders   map[candKey]bool
	dirtyMembers    map[candKey][]*candidate
	dirtyWords      map[dayKey]map[uint32][]candKey
	dirtyDays       daySet // the days of dirtyWords' keys
	reused, decided int
	fresh           int // candidates with no decision from last time
}

// reps are the compared members the event founded by f had in the last
// merge (none when f founded none).
func (r *replay) reps(f candKey) []candKey {
	if m := &f.x.merges; m.memo == r.memo && m.lastAt == r.lastGen && r.lastGen != 0 && f.i < len(m.reps) {
		return m.reps[f.i]
	}
	return nil
}

// cand is this merge's candidate named k, or nil.
func (r *replay) cand(k candKey) *candidate {
	if m := &k.x.merges; m.memo == r.memo && m.at == r.gen {
		return m.slots[k.i].cur
	}
	return nil
}

// prev is c's decision in the last merge (a candidate made anew from a
// kept extraction is given its predecessor's: Builder.reuse).
func (r *replay) prev(c *candidate) (memoDecision, bool) {
	if l := c.lastMerge; r.lastGen != 0 && l != nil && l.lastMemo == r.memo && l.lastAt == r.lastGen {
		return l.last, true
	}
	return memoDecision{}, false
}

// eventOf is the event of this merge founded by f, if f founded one.
func (r *replay) eventOf(f candKey) (int, bool) {
	if m := &f.x.merges; m.memo == r.memo && m.at == r.gen && m.slots[f.i].founded >= 0 {
		return int(m.slots[f.i].founded), true
	}
	return 0, false
}

// take registers c with its extraction, reporting false when its name
// is taken already.
func (r *replay) take(c *candidate) bool {
	m := r.begin(c.key.x)
	if m.slots[c.key.i].cur != nil {
		return false
	}
	m.slots[c.key.i].cur = c
	m.taken++
	return true
}

// begin readies x's part in this merge, once, and returns it.
func (r *replay) begin(x *Extraction) *mergeState {
	m := &x.merges
	if m.memo != r.memo || m.at != r.gen {
		if m.memo != r.memo {
			*m = mergeState{memo: r.memo}
		}
		n := len(x.items)
		m.at, m.taken, m.kept = r.gen, 0, 0
		m.slots = slices.Grow(m.slots[:0], n)[:n]
		for i := range m.slots {
			m.slots[i] = mergeSlot{founded: -1}
		}
		r.xs = append(r.xs, x)
	}
	return m
}

// takeAll takes cands (take), reporting false when one cannot be named
// or its name is taken already. Candidates that are an extraction's as
// made (Extraction.made, in order: each article's come together) are
// taken at once, by comparing pointers, without reading each candidate:
// laid out in merging order (compact), the candidates of one article lie
// far apart.
func (r *replay) takeAll(cands []*candidate) bool {
	for i := 0; i < len(cands); {
		x := cands[i].key.x
		if x == nil {
			return false
		}
		if n := len(x.made); n > 0 && n == len(x.items) && n <= len(cands)-i && slices.Equal(cands[i:i+n], x.made) {
			if m := &x.merges; m.memo != r.memo || m.at != r.gen { // else taken already: one by one, to find the one taken twice
				m = r.begin(x)
				for j, c := range x.made { // the candidates made of x are named by their places (name, Builder.reuse)
					m.slots[j].cur = c
				}
				m.taken = n
				i += n
				continue
			}
		}
		if !r.take(cands[i]) {
			return false
		}
		i++
	}
	return true
}

// split parts cands into the ones the last merge took too, in its order
// (last), and the others, for sortCandidates. Which candidates this
// merge took is told by their extractions (takeAll), so that the
// candidates are read in last's order alone.
// It is asked only when there is a last merge, which only a named
// replay keeps (lastSorted).
func (r *replay) split(cands, last []*candidate) (kept, added []*candidate) {
	kept = make([]*candidate, 0, len(cands))
	for _, c := range last {
		if m := &c.key.x.merges; r.cand(c.key) == c && !m.slots[c.key.i].inLast {
			kept = append(kept, c)
			m.slots[c.key.i].inLast = true
			m.kept++
		}
	}
	if len(kept) == len(cands) {
		return kept, nil
	}
	for _, x := range r.xs {
		if m := &x.merges; m.kept < m.taken {
			for _, sl := range m.slots {
				if sl.cur != nil && !sl.inLast {
					added = append(added, sl.cur)
				}
			}
		}
	}
	return kept, added
}

func newReplay(memo *MergeMemo, cands []*candidate) *replay {
	r := &replay{memo: memo}
	if memo == nil {
		return r
	}
	memo.mu.Lock() // released in save
	r.gen, r.lastGen, r.named = memo.gen+1, memo.gen, true
	if !r.takeAll(cands) {
		r.named = false // a candidate that cannot be named, or named twice: no memo this time
		return r
	}
	r.dirtyFounders = map[candKey]bool{}
	r.changedFounders = map[candKey]bool{}
	r.dirtyMembers = map[candKey][]*candidate{}
	r.dirtyWords = map[dayKey]map[uint32][]candKey{}
	// A source gone since last time (its extraction not taken now)
	// changes the event it was in.
	for _, x := range memo.xs {
		if m := &x.merges; m.memo == memo && m.at == r.gen {
			continue
		}
		if m := &x.merges; m.memo != memo || m.lastAt != memo.gen {
			r.named = false // taken by another memo since: its decisions are gone
			return r
		}
		if len(x.made) != len(x.items) {
			r.named = false // its decisions are not to be had
			return r
		}
		for _, c := range x.made {
			d, ok := r.prev(c)
			if !ok {
				r.named = false
				return r
			}
			if !slices.Contains(r.reps(d.founder), c.key) {
				r.changedFounders[d.founder] = true // one of its uncompared sources
				continue
			}
			r.dirtyFounders[d.founder] = true
			r.markOld(d.founder)
		}
	}
	return r
}

// markOld marks dirty the members the event founded by f had last time.
func (r *replay) markOld(f candKey) {
	day := dayKey{f.x.items[f.i].src.Time.Start, f.x.items[f.i].src.Time.End}
	for _, m := range r.reps(f) {
		c := r.cand(m)
		if c == nil { // gone since: compared as it was
			it := &m.x.items[m.i]
			c = &candidate{key: m, src: &it.src, ids: m.x.idsBy(m.i, r.memo.sim), sim: r.memo.sim, value: it.value}
		}
		r.markMember(day, f, c)
	}
}

// markMember notes m as a member, then or now, of the dirty event founded
// by f, indexed under its words.
func (r *replay) markMember(day dayKey, f candKey, m *candidate) {
	if slices.Contains(r.dirtyMembers[f], m) {
		return
	}
	r.dirtyMembers[f] = append(r.dirtyMembers[f], m)
	set := r.dirtyWords[day]
	if set == nil {
		set = map[uint32][]candKey{}
		r.dirtyWords[day] = set
		r.dirtyDays.add(dayNumber(day.start))
	}
	for _, id := range m.ids {
		if fs := set[id]; !slices.Contains(fs, f) {
			set[id] = append(fs, f)
		}
	}
}

// markEvent marks event id of this merge dirty: its words now and last
// time, and (through record) those of every later member.
func (r *replay) markEvent(ix *eventIndex, id int) {
	if r.dirty[id] {
		return
	}
	r.dirty[id] = true
	e := ix.events[id]
	day := dayKey{e.Time.Start, e.Time.End}
	for _, m := range ix.members[id] {
		r.markMember(day, r.founders[id], m)
	}
	r.markOld(r.founders[id])
}

// clean reports whether no dirty event can have been, or can now be, in
// c's comparisons: none shares minShared words with it on the days it may
// merge across, and no word it counts can have crossed the commonWords
// cut by the dirty events' doing.
func (r *replay) clean(ix *eventIndex, c *candidate) bool {
	far := int64(0)
	if c.fine {
		far = disputeWindow
	}
	if !r.dirtyDays.near(int64(c.day), far) {
		return true // the common case, without building nearby's keys
	}
	var shared map[candKey]int
	var keys [1 + 2*disputeWindow]dayKey
	for _, k := range nearby(c.src.Time, &keys) {
		set := r.dirtyWords[k]
		if set == nil {
			continue
		}
		for _, w := range c.ids {
			fs := set[w]
			if len(fs) == 0 {
				continue
			}
			if d := ix.indexed(k); d != nil {
				if n := len(d.byWord[w]); n+len(fs) > commonWords && n-len(fs) <= commonWords {
					return false
				}
			}
			if shared == nil {
				shared = map[candKey]int{}
			}
			for _, f := range fs {
				if shared[f]++; shared[f] == minShared && r.matchesAny(c, f) {
					return false
				}
			}
		}
	}
	return true
}

// matchesAny reports whether c could merge with a member, then or now,
// of the dirty event founded by f: only then can the event sway c.
func (r *replay) matchesAny(c *candidate, f candKey) bool {
	for _, m := range r.dirtyMembers[f] {
		if _, _, ok := mergeable(c, m); ok {
			return true
		}
	}
	return false
}

// daySet is a set of day numbers. Most candidates of a rebuild are far
// from every day in it, which its bounds tell at once.
type daySet struct {
	lo, hi int64
	days   map[int64]bool
}

func (s *daySet) add(n int64) {
	if s.days == nil {
		s.days, s.lo, s.hi = map[int64]bool{}, n, n
	}
	s.days[n] = true
	s.lo, s.hi = min(s.lo, n), max(s.hi, n)
}

// near reports whether the set holds a day within far days of n.
func (s *daySet) near(n, far int64) bool {
	if s.days == nil || n+far < s.lo || n-far > s.hi {
		return false
	}
	for d := n - far; d <= n+far; d++ {
		if s.days[d] {
			return true
		}
	}
	return false
}

// dayNumber numbers days (UTC midnights) consecutively.
func dayNumber(t time.Time) int64 { return t.Unix() / 86400 }

// touchAhead is how many candidates touch reads at a time.
const touchAhead = 32

// touch reads what reuse reads first of each of cs, in one tight loop:
// merging visits the candidates in time order, scattered in memory (each
// was made with its article), and the replay's first look at each was a
// cache miss that waited for the one before; read together, the misses
// overlap. It returns what it read, for the caller to keep alive
// (runtime.KeepAlive), so that the reads are not dropped.
func (r *replay) touch(cs []*candidate) uint64 {
	if !r.named {
		return 0
	}
	var sum uint64
	for _, c := range cs {
		sum += uint64(c.key.i) + uint64(c.day) // its first and third cache lines
		sum += c.lastMerge.lastAt              // and its decision's (every named candidate has one)
	}
	// Then where reuse looks up the event and member it joined last time.
	for _, c := range cs {
		if d, ok := r.prev(c); ok {
			for _, k := range [2]candKey{d.founder, d.member} {
				if k.x == nil {
					continue // a founder names no member
				}
				if m := &k.x.merges; k.i < len(m.slots) && m.slots[k.i].cur != nil {
					sum += m.at
				}
			}
		}
	}
	return sum
}

// reuse returns c's decision from last time when nothing it depends on
// changed.
func (r *replay) reuse(ix *eventIndex, c *candidate) (decision, bool) {
	if !r.named {
		return decision{}, false
	}
	old, ok := r.prev(c)
	if !ok || !r.clean(ix, c) {
		return decision{}, false
	}
	if old.founder == c.key {
		return decision{event: -1}, true
	}
	id, ok := r.eventOf(old.founder)
	member := r.cand(old.member)
	if !ok || member == nil || r.dirty[id] {
		return decision{}, false
	}
	return decision{event: id, member: member, sim: old.sim, dispute: old.dispute, evidence: old.evidence}, true
}

// evidenceOf is the note c leaves joining event id as d says: the one it
// left last time when it joined the same event on the same member alike
// (the note reads only those, and the time the event's founder gives),
// else one written afresh. A candidate re-decided because an event near
// it changed mostly decides as before, and writing its note again cost
// nearly as much as comparing.
func (r *replay) evidenceOf(c *candidate, id int, d decision, e *Event) string {
	if r.named && d.member != nil && id < len(r.founders) {
		if old, ok := r.prev(c); ok && old.evidence != "" && old.founder == r.founders[id] && old.member == d.member.key && old.sim == d.sim && old.dispute == d.dispute {
			return old.evidence
		}
	}
	return evidence(c, d, e)
}

// record notes c's decision (it went to event id) for the next merge and,
// when it differs from last time, marks the events it left and joined.
func (r *replay) record(ix *eventIndex, c *candidate, id int, d decision, reused bool) {
	if reused {
		r.reused++
	} else {
		r.decided++
	}
	if !r.named {
		return
	}
	for len(r.dirty) < len(ix.events) { // c started an event
		n, f := len(r.dirty), c.key
		r.founders, r.dirty, r.changed = append(r.founders, f), append(r.dirty, false), append(r.changed, r.changedFounders[f])
		f.x.merges.slots[f.i].founded = int32(n)
		if r.dirtyFounders[f] {
			r.markEvent(ix, n)
		}
	}
	if reused {
		// Reused whole (reuse made d of last time's decision, which prev
		// found in this memo): now this merge's, without reading its
		// event's founder and member again. Only its note may be new: a
		// member's event that falls under maxEvidence gets one.
		l := c.lastMerge
		l.last.evidence, l.lastAt = d.evidence, r.gen
		return
	}
	nd := memoDecision{founder: r.founders[id]}
	if d.member != nil {
		nd.member, nd.sim, nd.dispute, nd.evidence = d.member.key, d.sim, d.dispute, d.evidence
	}
	old, ok := r.prev(c)
	*c.lastMerge = lastMerge{nd, r.gen, r.memo} // every candidate of a named replay has one (name, Builder.reuse)
	if !ok {
		r.fresh++
	}
	if !ok || old.founder != nd.founder {
		// Joining as one of its compared members sways the event; else
		// it only changes it.
		if slices.Contains(ix.members[id], c) {
			r.markEvent(ix, id)
		} else {
			r.changed[id] = true
		}
		if ok {
			if oid, live := r.eventOf(old.founder); live {
				if slices.Contains(r.reps(old.founder), c.key) {
					r.markEvent(ix, oid)
				} else {
					r.changed[oid] = true
				}
			} else {
				r.dirtyFounders[old.founder] = true
				r.markOld(old.founder)
			}
		}
	}
	if r.dirty[id] { // markEvent marks only the members it has when first dirtied
		r.markMember(dayKey{ix.events[id].Time.Start, ix.events[id].Time.End}, r.founders[id], c)
	}
}

// sameDocs reports whether docs are the last merge's articles, by path
// and in the same order, and keeps their paths for the next.
func (r *replay) sameDocs(docs []*Doc) bool {
	if r.memo == nil || !r.named {
		return false
	}
	same := len(docs) == len(r.memo.paths)
	for i, d := range docs {
		if same && d.Article.Path != r.memo.paths[i] {
			same = false
		}
	}
	if !same {
		r.memo.paths = make([]string, len(docs))
		for i, d := range docs {
			r.memo.paths[i] = d.Article.Path
		}
	}
	return same
}

// lastSorted is the last merge's order of candidates (nil when there is
// none to go by).
func (r *replay) lastSorted() []*candidate {
	if r.memo == nil || !r.named {
		return nil
	}
	return r.memo.sorted
}

// save keeps this merge's decisions, its order of candidates and what
// each event keeps (keep), for the next one, and releases the memo.
func (r *replay) save(ix *eventIndex, sorted []*candidate) {
	if r.memo == nil {
		return
	}
	defer r.memo.mu.Unlock()
	r.keep(ix)
	r.memo.reused, r.memo.decided = r.reused, r.decided
	r.memo.gen = r.gen
	r.memo.sorted = nil
	if r.named {
		r.memo.sorted = sorted
	}
	for _, x := range r.xs {
		m := &x.merges
		for i := range m.slots {
			m.slots[i].cur = nil // this build's candidates go with it
		}
		if r.named {
			m.lastAt = r.gen
			// Emptied for the members of this merge's events (below).
			m.reps = slices.Grow(m.reps[:0], len(x.items))[:len(x.items)]
			for i := range m.reps {
				m.reps[i] = m.reps[i][:0]
			}
		} else {
			m.lastAt = 0 // nothing was recorded
		}
	}
	if !r.named {
		r.memo.xs = nil
		return
	}
	if r.memo.loose += r.fresh; r.memo.laidOut == 0 || r.memo.loose > r.memo.laidOut/8 {
		compact(sorted)
		r.memo.laidOut, r.memo.loose = len(sorted), 0
	}
	for id, ms := range ix.members {
		f := r.founders[id]
		m := &f.x.merges
		keys := m.reps[f.i][:0]
		for _, c := range ms {
			keys = append(keys, c.key)
		}
		m.reps[f.i] = keys
	}
	r.memo.xs = r.xs
}

// compact lays the candidates out in one block, in merging order, in
// place of the ones in sorted (and of them in their sources and
// extractions): a rebuild's replay walks every candidate in that order,
// and as made (article by article) each was a cache miss away from the
// one before, the replay's reads waiting on memory. It runs after the
// first merge and again when the merges since have made an eighth as
// many candidates anew. The candidates given stay good, as copies, for
// what the build still reads of them. Their decisions (lastMerge) are
// laid out in a second block in the same order: made article by
// article, each was another miss for the replay's reading and record's
// writing. Every candidate of a named replay has one (name,
// Builder.reuse).
func compact(sorted []*candidate) {
	block := make([]candidate, len(sorted))
	lms := make([]lastMerge, len(sorted))
	for i, c := range sorted {
		block[i] = *c
		n := &block[i]
		lms[i] = *c.lastMerge
		n.lastMerge = &lms[i]
		if c.src.cand == c {
			c.src.cand = n
		}
		if x := c.key.x; x != nil && c.key.i < len(x.made) && x.made[c.key.i] == c {
			x.made[c.key.i] = n
		}
		sorted[i] = n
	}
}

// keep gives each event what the memo keeps of it: last time's when the
// event is clean (its members are the same candidates as then), else
// something new to fill.
func (r *replay) keep(ix *eventIndex) {
	defer r.memo.kept.Rotate() // unnamed: nothing kept, all dropped
	if !r.named {
		return
	}
	for id, e := range ix.events {
		f := r.founders[id]
		k, ok := r.memo.kept.Get(f)
		if !ok || r.dirty[id] || r.changed[id] {
			k = &keptEvent{}
			r.memo.kept.Put(f, k)
		}
		e.kept = k
	}
}

// settleKept settles e, or takes how it settled last time when it is the
// same event.
func settleKept(e *Event) {
	k := e.kept
	if k != nil && k.settled {
		e.Time, e.Disputed, e.Inferred, e.Relative = k.time, k.disputed, k.inferred, k.relative
		e.Status, e.PlannedFor = k.status, k.plannedFor
		return
	}
	settle(e)
	if k != nil {
		k.settled, k.time, k.disputed, k.inferred, k.relative = true, e.Time, e.Disputed, e.Inferred, e.Relative
		k.status, k.plannedFor = e.Status, e.PlannedFor
	}
}

// keptCanonical is canonical(e), found by its place last time when e is
// the same event (its sources are in the same order).
func keptCanonical(e *Event) *Source {
	k := e.kept
	if k != nil && k.canonical > 0 {
		return e.Sources[k.canonical-1]
	}
	c := canonical(e)
	if k != nil {
		k.canonical = slices.Index(e.Sources, c) + 1
	}
	return c
}

// keptTelling is tellingSource(e), found by its place last time when e
// is the same event: the choice reads only its sources, which are then
// the same, in the same order.
func keptTelling(e *Event, read func(string) *toldSentence) *Source {
	k := e.kept
	if k != nil && k.told > 0 {
		return e.Sources[k.told-1]
	}
	t := tellingSource(e, read)
	if k != nil {
		k.told = slices.Index(e.Sources, t) + 1
	}
	return t
}

// keptWarning is e's dispute warning, as written last time when e is the
// same event under the same id and title.
func keptWarning(e *Event, marks *docMarks) string {
	k := e.kept
	if k != nil && k.warning != "" && k.warnedID == e.ID && k.warnedTitle == e.Title {
		return k.warning
	}
	w := disputeWarning(e, marks)
	if k != nil {
		k.warning, k.warnedID, k.warnedTitle = w, e.ID, e.Title
	}
	return w
}
