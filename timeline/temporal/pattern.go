package temporal

import (
	"fmt"
	"sort"
	"strings"
)

// Patterns are written as space-separated elements over tokens:
//
//	word        a literal token (lower case); punctuation is written as is: , . - / : '
//	\( \)       a literal parenthesis (a bare one groups)
//	a|b|c       one of several literal tokens
//	{class}     a lexicon class or built-in class; captures its value under its name
//	{class:n}   the same, captured under the name n
//	( … | … )   a group of alternatives
//	x?          any element may be made optional with ?
//
// Every rule's pattern compiles when the Tagger is made, and a test compiles
// them all, so a typo fails fast.

type elemKind uint8

const (
	elemLit elemKind = iota
	elemClass
	elemGroup
)

type elem struct {
	kind  elemKind
	lits  []string
	class classMatcher
	name  string
	capID uint8 // name's index in the tagger's capture names
	alts  [][]elem
	opt   bool
}

// classMatcher matches a class at toks[i]. It appends every way it can
// match, as (value, token count) pairs, longest first.
type classMatcher interface {
	match(toks []token, i int, out []classHit) []classHit
	// firsts lists the lower-case tokens a match can start with; "#"
	// stands for any number token.
	firsts() []string
	// maxTokens is the most tokens one match takes.
	maxTokens() int
}

type classHit struct{ val, n int }

// capture is one named value a match picked up. It is small because the
// matcher copies the set of captures at every step of its search.
type capture struct {
	id         uint8 // index into the tagger's capture names
	val        int32
	start, end int32 // token range
}

const maxCaps = 8

type captures struct {
	c [maxCaps]capture
	n uint8
}

// compilePattern parses a pattern into elements, looking classes up in cls.
func compilePattern(src string, cls map[string]classMatcher, names *captureNames) ([]elem, error) {
	if names == nil {
		names = &captureNames{}
	}
	p := patParser{src: src, cls: cls, names: names}
	alts, err := p.alternatives()
	if err != nil {
		return nil, fmt.Errorf("pattern %q: %w", src, err)
	}
	if p.i < len(p.src) {
		return nil, fmt.Errorf("pattern %q: unexpected %q at %d", src, p.src[p.i:], p.i)
	}
	if len(alts) != 1 {
		return []elem{{kind: elemGroup, alts: alts}}, nil
	}
	return alts[0], nil
}

type patParser struct {
	src   string
	i     int
	cls   map[string]classMatcher
	names *captureNames
}

// captureNames numbers the names patterns capture under.
type captureNames struct{ names []string }

func (c *captureNames) id(name string) uint8 {
	for i, n := range c.names {
		if n == name {
			return uint8(i)
		}
	}
	c.names = append(c.names, name)
	return uint8(len(c.names) - 1)
}

func (p *patParser) skipSpace() {
	for p.i < len(p.src) && p.src[p.i] == ' ' {
		p.i++
	}
}

// alternatives reads seq ( "||" seq )* up to a closing paren or the end.
// A lone | between whole sequences is written " | " with spaces; a | inside
// a word (a|b) is a literal alternation.
func (p *patParser) alternatives() ([][]elem, error) {
	var alts [][]elem
	var seq []elem
	for {
		p.skipSpace()
		if p.i >= len(p.src) || p.src[p.i] == ')' {
			break
		}
		if p.src[p.i] == '|' {
			if len(seq) == 0 {
				return nil, fmt.Errorf("empty alternative at %d", p.i)
			}
			alts = append(alts, seq)
			seq = nil
			p.i++
			continue
		}
		e, err := p.element()
		if err != nil {
			return nil, err
		}
		seq = append(seq, e)
	}
	if len(seq) == 0 {
		return nil, fmt.Errorf("empty sequence at %d", p.i)
	}
	return append(alts, seq), nil
}

func (p *patParser) element() (elem, error) {
	var e elem
	switch c := p.src[p.i]; {
	case c == '(':
		p.i++
		alts, err := p.alternatives()
		if err != nil {
			return e, err
		}
		if p.i >= len(p.src) || p.src[p.i] != ')' {
			return e, fmt.Errorf("unclosed group")
		}
		p.i++
		e = elem{kind: elemGroup, alts: alts}
	case c == '{':
		end := strings.IndexByte(p.src[p.i:], '}')
		if end < 0 {
			return e, fmt.Errorf("unclosed class at %d", p.i)
		}
		name := p.src[p.i+1 : p.i+end]
		p.i += end + 1
		class, alias, _ := strings.Cut(name, ":")
		m, ok := p.cls[class]
		if !ok {
			return e, fmt.Errorf("unknown class {%s}", class)
		}
		if alias == "" {
			alias = class
		}
		e = elem{kind: elemClass, class: m, name: alias, capID: p.names.id(alias)}
	case c == '\\' && p.i+1 < len(p.src) && (p.src[p.i+1] == '(' || p.src[p.i+1] == ')'):
		e = elem{kind: elemLit, lits: []string{p.src[p.i+1 : p.i+2]}}
		p.i += 2
	default:
		j := p.i
		for j < len(p.src) && p.src[j] != ' ' && p.src[j] != ')' && p.src[j] != '(' && !(p.src[j] == '?' && j > p.i) {
			j++
		}
		word := p.src[p.i:j]
		p.i = j
		if word == "" {
			return e, fmt.Errorf("empty literal at %d", j)
		}
		e = elem{kind: elemLit, lits: strings.Split(word, "|")}
	}
	if p.i < len(p.src) && p.src[p.i] == '?' {
		e.opt = true
		p.i++
	}
	return e, nil
}

// firstTokens lists the tokens a sequence can start with ("#" = number).
func firstTokens(seq []elem) []string {
	var out []string
	for _, e := range seq {
		switch e.kind {
		case elemLit:
			out = append(out, e.lits...)
		case elemClass:
			out = append(out, e.class.firsts()...)
		case elemGroup:
			for _, a := range e.alts {
				out = append(out, firstTokens(a)...)
			}
		}
		if !elemCanBeEmpty(e) {
			break
		}
	}
	sort.Strings(out)
	return compactStrings(out)
}

// canBeEmpty reports whether seq can match no token at all.
func canBeEmpty(seq []elem) bool {
	for _, e := range seq {
		if !elemCanBeEmpty(e) {
			return false
		}
	}
	return true
}

func elemCanBeEmpty(e elem) bool {
	if e.opt {
		return true
	}
	if e.kind == elemGroup {
		for _, a := range e.alts {
			if canBeEmpty(a) {
				return true
			}
		}
	}
	return false
}

// need is a token every match of a pattern contains: one of words, or a
// number. With the pattern's longest match (maxTokens) it lets the
// matcher pass over a rule where no such token is near (Tagger.absent).
type need struct {
	words []string
	num   bool
}

// required picks, among the elements every match goes through, the one
// whose tokens are rarest in news.
func required(seq []elem) (need, bool) {
	var best need
	found := false
	for _, e := range seq {
		if elemCanBeEmpty(e) {
			continue
		}
		if n, ok := elemNeed(e); ok && (!found || n.rarer(best)) {
			best, found = n, true
		}
	}
	return best, found
}

func elemNeed(e elem) (need, bool) {
	var n need
	switch e.kind {
	case elemLit:
		n.words = e.lits
	case elemClass:
		for _, f := range e.class.firsts() {
			if f == "#" {
				n.num = true
			} else {
				n.words = append(n.words, f)
			}
		}
	case elemGroup:
		for _, a := range e.alts {
			an, ok := required(a)
			if !ok {
				return need{}, false
			}
			n.words = append(n.words, an.words...)
			n.num = n.num || an.num
		}
	}
	return n, true
}

// commonWords start many sentences' worth of tokens; a need that
// includes one spares little.
var commonWords = map[string]bool{"the": true, "a": true, "an": true, "of": true, "in": true, "on": true, "at": true,
	"to": true, "this": true, "that": true, "and": true, "for": true, "-": true, ",": true, ".": true, "'": true}

func (n need) rarer(o need) bool {
	if n.num != o.num {
		return !n.num
	}
	if c, oc := n.common(), o.common(); c != oc {
		return !c
	}
	return len(n.words) < len(o.words)
}

func (n need) common() bool {
	for _, w := range n.words {
		if commonWords[w] {
			return true
		}
	}
	return false
}

// maxTokens is the most tokens seq can match (patterns repeat nothing,
// so it is finite).
func maxTokens(seq []elem) int {
	n := 0
	for _, e := range seq {
		switch e.kind {
		case elemLit:
			n++
		case elemClass:
			n += e.class.maxTokens()
		case elemGroup:
			longest := 0
			for _, a := range e.alts {
				longest = max(longest, maxTokens(a))
			}
			n += longest
		}
	}
	return n
}

func compactStrings(s []string) []string {
	out := s[:0]
	for i, x := range s {
		if i == 0 || x != s[i-1] {
			out = append(out, x)
		}
	}
	return out
}

// matchState is the search over one rule at one position; it keeps the
// longest way through the pattern.
type matchState struct {
	toks    []token
	origin  int
	best    int
	bestCap captures
	// caps is the capture stack of the path being tried: run passes its
	// depth, not a copy, and a longer path copies it to bestCap.
	caps  [maxCaps]capture
	hits  []classHit
	steps int
	// near is, per rule, how far Tagger.absent has looked for a token
	// the rule needs (only the first 64 rules have needs).
	near [64]int
	// conts is the stack of what follows each group being tried, so the
	// search needs no closures.
	conts []cont
}

type cont struct {
	seq  []elem
	next int // index in conts, -1 at the end of the pattern
}

// maxSteps bounds the backtracking per rule and start token, so no input
// can make matching blow up.
const maxSteps = 2000

// match finds the longest match of seq at i, leaving it in m.best and
// m.bestCap (m.best stays -1 when there is none).
func (m *matchState) match(seq []elem, i int) {
	m.origin, m.best, m.steps = i, -1, 0
	m.conts = m.conts[:0]
	m.run(seq, -1, i, 0)
}

func (m *matchState) run(seq []elem, next int, i int, ncap int) {
	m.steps++
	if m.steps > maxSteps {
		return
	}
	if len(seq) == 0 {
		if next < 0 {
			if i > m.best {
				m.best = i
				m.bestCap.n = uint8(ncap)
				copy(m.bestCap.c[:], m.caps[:ncap])
			}
			return
		}
		c := m.conts[next]
		m.run(c.seq, c.next, i, ncap)
		return
	}
	e, rest := &seq[0], seq[1:]
	if e.opt {
		m.run(rest, next, i, ncap)
	}
	// A paragraph break may come before the first token, never inside.
	if i >= len(m.toks) || (i > m.origin && m.toks[i].brk) {
		return
	}
	switch e.kind {
	case elemLit:
		t := m.toks[i].lower
		for _, l := range e.lits {
			if l == t {
				m.run(rest, next, i+1, ncap)
				return
			}
		}
	case elemClass:
		start := len(m.hits)
		m.hits = e.class.match(m.toks, i, m.hits)
		for j := start; j < len(m.hits); j++ {
			h := m.hits[j]
			n := ncap
			if n < maxCaps {
				m.caps[n] = capture{e.capID, int32(h.val), int32(i), int32(i + h.n)}
				n++
			}
			m.run(rest, next, i+h.n, n)
		}
		m.hits = m.hits[:start]
	case elemGroup:
		m.conts = append(m.conts, cont{rest, next})
		k := len(m.conts) - 1
		for _, alt := range e.alts {
			m.run(alt, k, i, ncap)
		}
		m.conts = m.conts[:k]
	}
}
