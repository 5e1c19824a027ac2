// Package temporal finds time expressions in English text and resolves
// them against an anchor (the article's dateline) into TIMEX3 values.
//
// It works in two stages, as HeidelTime does: rules (rules_en.go, with
// lexicons in lexicon.go) recognize expressions and build underspecified
// values; resolve.go anchors them to the document date or to the last
// mentioned time, with direction from the words themselves or from tense.
package temporal

import (
	"fmt"
	"slices"
	"sort"
	"sync"
	"time"

	"github.com/newsroom/timeline/timeline/timex"
)

// Mention is one time expression found in a text.
type Mention struct {
	Start, End int // byte span in the text
	Text       string
	Value      timex.Value
	Rule       string // the rule that recognized it
	// Anchor is the time the value was resolved against: the document
	// date, or the earlier mention it refers back to (Anaphoric); nil
	// when none. Mentions resolved against the same time share it (a
	// build holds every article's mentions at once): AnchorValue reads
	// it, and it is never changed in place.
	Anchor    *timex.Value
	Anaphoric bool
	// FromTense says Dir came from tense cues, not the words; Dir is the
	// direction used for an underspecified value: -1 back, +1 forward.
	// (FromTense sits by Anaphoric, and Dir, in 32 bits, beside them: a
	// build holds every mention, and the padding was 8 bytes of each.)
	FromTense bool
	Dir       int32
}

// AnchorValue is the time m was resolved against, zero when none.
func (m Mention) AnchorValue() timex.Value {
	if m.Anchor == nil {
		return timex.Value{}
	}
	return *m.Anchor
}

// Tagger finds and resolves time expressions. It is safe for concurrent
// use; make one and share it.
type Tagger struct {
	rules    []compiled
	byFirst  map[string][]int // first token → rule indexes
	numFirst []int            // rules that can start with a number
	numNeeds uint64           // rules that a number token can satisfy (compiled.needs)
	tense    tenseCues
	ranges   rangeLex
	names    captureNames // what patterns capture under, by id
	vocab    map[string]*wordInfo
	// tokens recycles token buffers between calls: a buffer is as large
	// as the text, and allocating one per article was most of the
	// resolver's garbage.
	tokens sync.Pool
	// found recycles the slices mentions are gathered in: a caller keeps
	// an exact-size copy, since a build holds every article's mentions at
	// once and append's spare capacity was a third of them.
	found sync.Pool
}

type compiled struct {
	Rule
	seq []elem
	// Every match of the rule takes at most maxLen tokens and contains
	// a token it needs (one with this rule's bit in token.needs: a word
	// whose wordInfo.needs has it, or a number when the rule's bit is in
	// Tagger.numNeeds): where none is that near, the rule is not tried.
	// Most rules begin with optional words ("the", "last", a number) and
	// need a rarer one ("quarter", a month, a unit); trying each at every
	// "the" was most of the matcher's work.
	needs  bool
	maxLen int
}

// New compiles the English rule table.
func New() (*Tagger, error) {
	return newTagger(englishRules())
}

// MustNew is New for callers that cannot go on without a tagger; the
// tables are fixed at build time and TestRulesWellFormed compiles them.
func MustNew() *Tagger {
	t, err := New()
	if err != nil {
		panic(err)
	}
	return t
}

func newTagger(rules []Rule) (*Tagger, error) {
	cls := classes()
	t := &Tagger{byFirst: map[string][]int{}, tense: newTenseCues(), ranges: newRangeLex(), vocab: map[string]*wordInfo{}}
	t.numberClasses(cls)
	for i, r := range rules {
		seq, err := compilePattern(r.Pattern, cls, &t.names)
		if err != nil {
			return nil, fmt.Errorf("rule %s: %w", r.Name, err)
		}
		t.rules = append(t.rules, compiled{Rule: r, seq: seq, maxLen: maxTokens(seq)})
		for _, f := range firstTokens(seq) {
			if f == "#" {
				t.numFirst = append(t.numFirst, i)
			} else {
				t.byFirst[f] = append(t.byFirst[f], i)
			}
		}
	}
	for w, rs := range t.byFirst {
		t.word(w).rules = rs
	}
	for i := range t.rules {
		r := &t.rules[i]
		n, ok := required(r.seq)
		if !ok || i >= 64 {
			continue
		}
		r.needs = true
		if n.num {
			t.numNeeds |= 1 << i
		}
		for _, w := range n.words {
			t.word(w).needs |= 1 << i
		}
	}
	for w, info := range t.vocab {
		if w != "" && w[0] >= '0' && w[0] <= '9' {
			info.rules = append(append([]int(nil), info.rules...), t.numFirst...)
		}
		sort.Ints(info.rules)
		info.rules = compactInts(info.rules)
	}
	return t, nil
}

func (t *Tagger) word(w string) *wordInfo {
	if t.vocab[w] == nil {
		t.vocab[w] = &wordInfo{}
	}
	return t.vocab[w]
}

// numberClasses gives each lexicon class a bit and records, for every
// word a class can start with, that bit.
func (t *Tagger) numberClasses(cls map[string]classMatcher) {
	var names []string
	for n := range cls {
		names = append(names, n)
	}
	sort.Strings(names)
	var lex []*lexClass
	for _, n := range names {
		if lc, ok := cls[n].(*lexClass); ok {
			lex = append(lex, lc)
		}
		if u, ok := cls[n].(union); ok {
			for _, m := range u {
				if lc, ok := m.(*lexClass); ok {
					lex = append(lex, lc)
				}
			}
		}
	}
	for i, lc := range lex {
		if i >= 64 {
			break // more classes than bits: the rest just skip the shortcut
		}
		lc.bit = 1 << i
		for _, k := range lc.keys {
			t.word(k).classes |= lc.bit
		}
	}
}

func compactInts(s []int) []int {
	out := s[:0]
	for i, x := range s {
		if i == 0 || x != s[i-1] {
			out = append(out, x)
		}
	}
	return out
}

// Rules lists the rule table, for documentation and tests.
func (t *Tagger) Rules() []Rule {
	out := make([]Rule, len(t.rules))
	for i, r := range t.rules {
		out[i] = r.Rule
	}
	return out
}

// Tag finds the time expressions in text and resolves them against dct,
// the document's creation time. Only dct's calendar date (and clock, when
// it has one) in its own zone is used: nothing is converted to UTC.
func (t *Tagger) Tag(text string, dct time.Time) []Mention {
	buf, _ := t.tokens.Get().(*[]token)
	if buf == nil {
		buf = new([]token)
	}
	if cap(*buf) < len(text)/4+16 {
		*buf = make([]token, 0, len(text)/4+16)
	}
	toks := tokenize(text, *buf)
	defer func() {
		clear(toks) // let go of the text the tokens point into
		*buf = toks[:0]
		t.tokens.Put(buf)
	}()
	t.lookUp(toks)
	markEntries(toks)
	markAddresses(text, toks)
	a := anchoring{dct: timex.Civil(dct.Year(), dct.Month(), dct.Day())}
	scratch, _ := t.found.Get().(*[]Mention)
	if scratch == nil {
		scratch = new([]Mention)
	}
	out := (*scratch)[:0]
	defer func() {
		clear(out) // let go of the text the mentions point into
		*scratch = out[:0]
		t.found.Put(scratch)
	}()
	st := matchState{toks: toks}
	var f found
	m := new(match)
	for i := 0; i < len(toks); {
		if toks[i].web {
			i++
			continue
		}
		if !t.longest(toks, i, &st, &f, m) {
			i++
			continue
		}
		n, i0 := len(out), i
		out, a = t.emit(out, a, text, toks, &f, i)
		i = f.end
		if len(out) == n { // it named no day there is
			continue
		}
		if head, ok := t.ranges.dayHead(toks, i0, out[len(out)-1].Value); ok {
			if n > 0 && out[n-1].End > toks[head.from].start && out[n-1].Start >= toks[head.from].start && out[n-1].Rule == "weekday" {
				// "Monday 19 to Friday 23 October": "Monday" alone was taken
				// for a weekday; it is the first day's.
				out = append(out[:n-1], out[n:]...)
				n--
			}
			if n == 0 || out[n-1].End <= toks[head.from].start {
				out = emitDayHead(out, text, toks, head)
			}
		}
		if tail, ok := t.ranges.dayTail(toks, f.end, out[len(out)-1].Value); ok {
			out = emitDayTail(out, text, toks, tail, f.p.kind == kindFillYear)
			i = tail.end
		}
		if k, d, ok := t.ranges.durationHead(toks, i0, f.end, out[len(out)-1].Value); ok && (n == 0 || out[n-1].End <= toks[k].start) {
			out = emitDurationHead(out, text, toks, k, d)
		}
		if k, y, ok := yearTail(toks, f.end, out[len(out)-1].Value); ok {
			v := out[len(out)-1].Value
			v.Year = int32(y)
			out = append(out, Mention{Start: toks[k].start, End: toks[k].end, Text: text[toks[k].start:toks[k].end], Value: v, Rule: "year-range"})
			i = k + 1
		}
		if k, d, ok := unitTail(toks, f.end, f.p); ok {
			out = emitUnitTail(out, text, toks, k, d, f.p, a.dct)
			i = k + 1
		}
	}
	if len(out) == 0 {
		return nil
	}
	return slices.Clone(out)
}

// found is a rule's accepted match.
type found struct {
	rule int
	end  int
	p    partial
}

// longest finds the longest match at toks[i] whose builder accepts it,
// into best; among equally long ones, the rule listed first. (It fills
// the caller's: one allocated per accepted match was a fifth of the
// tagger's garbage, and one returned by value is copied at every token.)
// m, the match the builders read, is the caller's too: one made for each
// rule tried went to the heap.
func (t *Tagger) longest(toks []token, i int, st *matchState, best *found, m *match) bool {
	has := false
	for _, ri := range t.candidates(toks[i]) {
		if t.absent(ri, toks, i, st) {
			continue
		}
		st.match(t.rules[ri].seq, i)
		if st.best <= i || (has && st.best <= best.end) {
			continue
		}
		*m = match{toks: toks[i:st.best], caps: st.bestCap, names: t.names.names, rest: toks[st.best:]}
		if st.best < len(toks) {
			m.after = &toks[st.best]
		}
		if i > 0 {
			m.before, m.prev = &toks[i-1], toks[:i]
		}
		if p, ok := t.rules[ri].Build(m); ok {
			*best, has = found{rule: ri, end: st.best, p: p}, true
		}
	}
	return has
}

func (t *Tagger) emit(out []Mention, a anchoring, text string, toks []token, f *found, i int) ([]Mention, anchoring) {
	tense := t.tense.tenseAt(toks, i, f.end, func() int { return carried(out, a, toks, i) })
	if f.p.era && !t.tense.timeless(toks, f.end) {
		f.p.era = false
	}
	if f.p.attributive && t.tense.planned(toks, i, f.end) {
		f.p.past = false // "called off the December 25th opening": a day still to come when told
	}
	r := a.resolve(f.p, tense)
	if r.none {
		return out, a
	}
	start, end := toks[i].start, toks[f.end-1].end
	// A trailing period belongs to an abbreviation ("Dec.") only when a
	// word precedes it directly; a sentence's full stop is left out.
	if toks[f.end-1].lower == "." && f.end >= 2 && toks[f.end-2].kind != tokWord {
		end = toks[f.end-2].end
	}
	if r.anchor != (timex.Value{}) && (a.anchor == nil || *a.anchor != r.anchor) {
		v := r.anchor
		a.anchor = &v
	}
	m := Mention{
		Start: start, End: end, Text: text[start:end], Value: r.v, Rule: t.rules[f.rule].Name,
		Anaphoric: r.anaphoric, Dir: int32(r.dir), FromTense: r.fromTense,
	}
	if r.anchor != (timex.Value{}) {
		m.Anchor = a.anchor
	}
	switch {
	case !a.hasPrev || !pairable(a.prev.p):
	case pairable(f.p) && t.ranges.joined(toks, a.prev, i):
		at := a.prev.at
		out[at].Value, m.Value = pair(a.prev.p, f.p, out[at].Value, m.Value, tense)
		r.v = m.Value
	case t.ranges.sharesYear(toks, a.prev, i, f.p):
		out[a.prev.at].Value = yearOf(a.prev.p, f.p, out[a.prev.at].Value)
	}
	out = append(out, m)
	a.prev, a.hasPrev = rangeEnd{p: f.p, start: i, end: f.end, at: len(out) - 1}, true
	if u := r.v.Dur.Parts[0].Unit; r.v.Type == timex.Duration && (u == timex.Months || u == timex.Quarters) {
		a.hasPeriod = false // "In the first nine months, … the 1988 period": those months, not the quarter
	}
	if s, _, ok := r.v.Interval(); ok && (r.v.Gran == timex.Year || r.v.Gran == timex.Month) && f.p.kind == kindFixed && heading(toks, i, f.end) {
		a.heading, a.headingAt, a.hasHeading = r.v, s, true
	}
	if s, _, ok := r.v.Interval(); ok && r.v.Gran >= timex.Year && !r.derived {
		a.last, a.lastAt, a.hasLast = r.v, s, true
		if r.v.Gran == timex.Quarter || r.v.Gran == timex.Half {
			a.period, a.hasPeriod = r.v, true
		}
	}
	return out, a
}

// heading reports whether the expression at toks[i:j] is a paragraph of
// its own, a colon after it aside: "June 2015" heading a chronology.
func heading(toks []token, i, j int) bool {
	if i > 0 && !toks[i].brk {
		return false
	}
	if j < len(toks) && toks[j].lower == ":" {
		j++
	}
	return j == len(toks) || toks[j].brk
}

// absent reports whether rule ri cannot match at toks[i]: no token it
// needs is within its longest match. st.near[ri] remembers how far the
// tokens were looked at, so each is looked at about once per rule.
func (t *Tagger) absent(ri int, toks []token, i int, st *matchState) bool {
	r := &t.rules[ri]
	if !r.needs {
		return false
	}
	bit := uint64(1) << ri
	j, end := max(st.near[ri], i), min(i+r.maxLen, len(toks))
	for j < end && toks[j].needs&bit == 0 {
		j++
	}
	st.near[ri] = j
	return j >= end
}

// lookUp gives each token its vocabulary entry and the rules that need it.
func (t *Tagger) lookUp(toks []token) {
	for i := range toks {
		tok := &toks[i]
		tok.info, tok.needs = t.vocab[tok.lower], 0
		if tok.info != nil {
			tok.needs = tok.info.needs
		}
		if tok.kind == tokNum {
			tok.needs |= t.numNeeds
		}
	}
}

func (t *Tagger) candidates(tok token) []int {
	if tok.info != nil {
		return tok.info.rules
	}
	if tok.kind == tokNum {
		return t.numFirst
	}
	return nil
}

// carried is the direction the last mention (a.prev) took from its
// tense when it stands in the same sentence as toks[i], within two
// windows: else 0.
func carried(out []Mention, a anchoring, toks []token, i int) int {
	if !a.hasPrev || i-a.prev.end > 2*window {
		return 0
	}
	if last := out[a.prev.at]; !last.FromTense || last.Dir == 0 {
		return 0
	}
	for k := a.prev.end - 1; k < i; k++ { // from the last token of prev: "in Dec." may end its sentence
		if sentenceEnd(toks, k) || toks[k].brk {
			return 0
		}
	}
	if toks[i].brk {
		return 0
	}
	return max(-1, min(1, int(out[a.prev.at].Dir)))
}
