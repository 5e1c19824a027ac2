package event

import (
	"slices"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/newsroom/timeline/timeline/temporal"
	"github.com/newsroom/timeline/timeline/timex"
)

// Status from the words. Each source's status is read from the clause its
// expression dates, with the cues of cues_en.go (sourceStatus); a sentence
// that calls a plan off gives one source, the calling off, that knows the
// day the plan was for (foldPlans); an event's status is decided from all
// its sources (decideStatus, called by settle, which both a clean build
// and serve's remerge run).

// Cue is one entry of the status lexicon.
type Cue struct {
	Words  string // lower-case word slots: "a|b" either, "*" any word, a trailing "?" optional
	Status Status // what it says of the happening its clause dates
	// Past, when set, is what it says when the dated time ended before
	// the article's day ("was expected to" on a past day is uncertain).
	Past     Status
	Scope    Scope
	Examples []CueExample
}

// Scope is where a cue must stand, from the expression it dates.
type Scope uint8

// Scopes. A cue never reaches across a clause break or a report (see
// reportingVerbs).
const (
	InClause   Scope = iota // anywhere in the expression's clause
	BeforeTime              // ending before the expression
	AfterTime               // starting after it
)

// CueExample is a sentence written on cueExampleDay with the dated
// expression between [ and ], and the status its source must get.
type CueExample struct {
	In   string
	Want Status
}

// cueExampleDay is the day every cue example is read as written on.
var cueExampleDay = time.Date(2014, 12, 17, 12, 0, 0, 0, time.UTC)

// statusRank orders the statuses cues give, strongest first wins:
// negation and doubt govern the predicate they stand with ("did not
// cancel", "may cancel"), a plan governs what it plans.
func statusRank(s Status) int {
	switch s {
	case StatusDenied:
		return 5
	case StatusUncertain:
		return 4
	case StatusPlanned:
		return 3
	case StatusCancelled:
		return 2
	case StatusPostponed:
		return 1
	}
	return 0
}

// Valid reports whether s is one of the closed set (or empty).
func (s Status) Valid() bool {
	switch s {
	case "", StatusHappened, StatusPlanned, StatusCancelled, StatusPostponed, StatusDenied, StatusUncertain:
		return true
	}
	return false
}

// String is the status as events.json writes it: the empty value is
// happened.
func (s Status) String() string {
	if s == "" {
		return string(StatusHappened)
	}
	return string(s)
}

type cueSlot struct {
	words    []string
	any      bool
	number   bool
	optional bool
}

type compiledCue struct {
	*Cue
	slots []cueSlot
}

// lexicon is the compiled cue table, indexed by a cue's first words.
type lexicon struct {
	cues    []compiledCue
	byFirst map[string][]int
}

func newLexicon(cues []Cue) *lexicon {
	lx := &lexicon{byFirst: map[string][]int{}}
	for i := range cues {
		c := compiledCue{Cue: &cues[i], slots: parseSlots(cues[i].Words)}
		lx.cues = append(lx.cues, c)
		if len(c.slots) == 0 || c.slots[0].any || c.slots[0].optional {
			continue // refused by TestCuesWellFormed
		}
		for _, w := range c.slots[0].words {
			lx.byFirst[w] = append(lx.byFirst[w], i)
		}
	}
	return lx
}

// parseSlots compiles a pattern of word slots: "a|b" either word, "*"
// any one word, "#" a number, a trailing "?" an optional slot.
func parseSlots(words string) []cueSlot {
	var out []cueSlot
	for _, f := range strings.Fields(words) {
		var s cueSlot
		if s.optional = strings.HasSuffix(f, "?"); s.optional {
			f = strings.TrimSuffix(f, "?")
		}
		if s.number = f == "#"; s.number {
			out = append(out, s)
			continue
		}
		if s.any = f == "*"; !s.any {
			s.words = strings.Split(f, "|")
		}
		out = append(out, s)
	}
	return out
}

// match returns how many tokens from toks[0] cue c takes, or -1.
func (c *compiledCue) match(toks []token) int { return matchSlots(c.slots, toks) }

// matchSlots returns how many tokens from toks[0] slots take, or -1.
func matchSlots(slots []cueSlot, toks []token) int {
	var try func(slot, at int) int
	try = func(slot, at int) int {
		if slot == len(slots) {
			return at
		}
		s := slots[slot]
		if s.optional {
			if n := tryOne(s, toks, at, func(next int) int { return try(slot+1, next) }); n >= 0 {
				return n
			}
			return try(slot+1, at)
		}
		return tryOne(s, toks, at, func(next int) int { return try(slot+1, next) })
	}
	return try(0, 0)
}

func tryOne(s cueSlot, toks []token, at int, rest func(int) int) int {
	if at >= len(toks) || toks[at].skip {
		return -1
	}
	switch w := toks[at].w; {
	case s.number:
		if !isDigit(w[0]) {
			return -1
		}
	case !s.any && !slices.Contains(s.words, w):
		return -1
	}
	return rest(at + 1)
}

// token is a lower-case word of a clause and its bytes in the body; skip
// marks a word of a time expression, which no cue reads ("may" in "in
// May").
type token struct {
	w          string
	start, end int
	skip       bool
	punct      bool // a mark, not a word (tokenize)
}

// contractions spelled out: "didn't" is "did not".
var contractions = map[string]string{"won't": "will", "can't": "can", "shan't": "shall", "cannot": "can", "ain't": "is"}

// tokenize appends the words of body[from:to] to buf, and the marks
// that part clauses (punct: ",", ";", ":" before a space, "--" for a
// dash).
func tokenize(body string, from, to int, buf []token) []token {
	text := body[from:to]
	i := 0
	for i < len(text) {
		r, n := rune(text[i]), 1
		if r >= 0x80 {
			r, n = decodeRune(text[i:])
		}
		if !isWordRune(r) {
			switch {
			case r == ',' || (r == ';' || r == ':') && (i+1 == len(text) || text[i+1] == ' ' || text[i+1] == '\n'):
				buf = append(buf, token{w: string(r), start: from + i, end: from + i + 1, punct: true})
			case r == '"' || r == '“' || r == '”' || (r == '`' || r == '\'') && i+1 < len(text) && text[i+1] == byte(r):
				if r < 0x80 && r != '"' {
					n = 2 // TimeBank's `` and ''
				}
				buf = append(buf, token{w: `"`, start: from + i, end: from + i + n, punct: true})
			case r == '-' && i+1 < len(text) && text[i+1] == '-', r == '—', r == '–' && !(i > 0 && isDigit(text[i-1]) && i+n < len(text) && isDigit(text[i+n])):
				for i+n < len(text) && text[i+n] == '-' {
					n++
				}
				buf = append(buf, token{w: "--", start: from + i, end: from + i + n, punct: true})
			}
			i += n
			continue
		}
		j := i
		for j < len(text) {
			r, n := rune(text[j]), 1
			if r >= 0x80 {
				r, n = decodeRune(text[j:])
			}
			if !isWordRune(r) && r != '\'' && r != '’' {
				break
			}
			j += n
		}
		w := strings.ToLower(strings.ReplaceAll(text[i:j], "’", "'"))
		w = strings.TrimRight(w, "'")
		switch {
		case contractions[w] != "":
			buf = append(buf, token{w: contractions[w], start: from + i, end: from + j}, token{w: "not", start: from + i, end: from + j})
		case strings.HasSuffix(w, "n't") && len(w) > 3:
			buf = append(buf, token{w: w[:len(w)-3], start: from + i, end: from + j}, token{w: "not", start: from + i, end: from + j})
		default:
			buf = append(buf, token{w: w, start: from + i, end: from + j})
		}
		i = j
	}
	return buf
}

func isDigit(c byte) bool { return '0' <= c && c <= '9' }

func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

func decodeRune(s string) (rune, int) { return utf8.DecodeRuneInString(s) }

// Clauses part for status at the clause breaks of titles and at the
// conjunctions that start a predicate of their own ("…, but",
// "because"), and at dashes setting off an aside: ";", ":", a dash, a
// comma before one of commaBreaks, or one of wordBreaks. A clause so
// opened ends at the next comma ("The man, who was not named, was
// taken to hospital"; "When the talks failed, the army moved"). A
// quotation closed before a comma or its reporting verb is a clause
// of its own: `"We will not raise prices," he said on Monday`.
var (
	commaBreaks = wordSet(`and but so yet while after before when as which who whose where although though whereas saying`)
	wordBreaks  = wordSet(`when after before while whilst but because although though whereas since whom`)
	// andBreaks after "and" start a clause of their own ("…wasn't
	// enormous and that the index dropped on Friday", "accounted for 41%
	// of sales last year and is expected to grow"); a bare "and" may
	// join two objects of one denial ("not in theaters and online").
	andBreaks = wordSet(`that then ` + auxiliaryWords)
	// auxiliaries are the verbs that stand first in a predicate: after
	// "and" they start one of their own, after a time they make it the
	// subject (title.go, isSubject).
	auxiliaries = wordSet(auxiliaryWords)
)

const auxiliaryWords = `is was are were has have had will would can could may might should does did`

// clauseOf returns the bounds, in the body, of the clause of all (a
// sentence's tokens, marks included) that holds [ms, me).
func clauseOf(all []token, cs, ce, ms, me int) (int, int) {
	opened := false // a break opened a clause the next comma closes
	for i, t := range all {
		b, e := t.start, t.end
		switch {
		case t.w == ";" || t.w == ":" || t.w == "--":
			opened = false
		case t.w == "," && i+1 < len(all) && !all[i+1].punct && commaBreaks[all[i+1].w]:
			e = all[i+1].end
			opened = true
		case !t.punct && wordBreaks[t.w], t.w == "and" && i+1 < len(all) && andBreaks[all[i+1].w]:
			opened = true
		case t.w == "," && opened:
			opened = false
		case (t.w == `"` && i+1 < len(all) && all[i+1].w == "," || t.w == "," && i+1 < len(all) && all[i+1].w == `"`) && reportedAfter(all[i+1:]):
		default:
			continue
		}
		switch {
		case e <= ms && e > cs:
			cs = e
		case b >= me && b < ce:
			ce = b
		}
	}
	return cs, ce
}

// reportedAfter reports whether a reporting verb stands in toks: a
// quotation closed before a comma is someone's words when a report
// follows (`"…," the chief said`), a name when none does (`a gala,
// "Forever Michael," at a hotel`).
func reportedAfter(toks []token) bool {
	for _, t := range toks {
		if !t.punct && reportingVerbs[t.w] {
			return true
		}
	}
	return false
}

// role is what a source's expression dates in a sentence that calls a
// plan off or moves it.
type role uint8

const (
	roleNone   role = iota
	roleAct         // the calling off or the moving
	roleObject      // the day the plan was for
	roleNew         // the day it was moved to
)

// reading is a source's status as its words give it.
type reading struct {
	status Status
	role   role
	clause int // start of its clause in the body
}

// sourceStatus reads the status of the happening s's expression dates.
// ahead says whether its time is after the article's day, past whether
// it ended before that day.
func (lx *lexicon) sourceStatus(body string, s *Source, mentions []temporal.Mention, ahead, past bool) reading {
	m := s.Mention
	cs, ce := s.Sentence.Start, s.Sentence.End
	if cs > m.Start || ce < m.End || ce > len(body) {
		return reading{status: aheadStatus(ahead)}
	}
	var buf [64]token
	all := tokenize(body, cs, ce, buf[:0])
	sentEnd := ce
	cs, ce = clauseOf(all, cs, ce, m.Start, m.End)
	// A light clause ("The decision came on Friday when …") takes its
	// status from the happening its when- or that-clause tells.
	light := -1
	{
		calendarAt := func(from, to int) bool {
			for _, o := range mentions {
				if cs+from >= o.Start && cs+to <= o.End && (o.Start == m.Start || calendar(o)) {
					return true
				}
			}
			return false
		}
		if k := lightSplit(body[cs:sentEnd], calendarAt); k >= 0 && cs+k >= m.End {
			light = cs + k
			_, ce = clauseOf(all, cs, sentEnd, light, light)
		}
	}
	// At most all: grown by appends, it was a quarter of this; on the
	// stack when it fits, as all is (on the heap, it was 2% of the bytes a
	// Timeline17 build allocates).
	toks := all[:0] // filtered in place: all is not read after
	for _, t := range all {
		if !t.punct && t.start >= cs && t.end <= ce {
			toks = append(toks, t)
		}
	}
	// The expression's own words, and every other calendar expression's,
	// are no cue ("may" in "in May"; "now" may be one).
	ms, me := -1, -1
	for i := range toks {
		t := &toks[i]
		if t.start < m.End && t.end > m.Start {
			if ms < 0 {
				ms = i
			}
			me = i + 1
			t.skip = true
		}
		for _, o := range mentions {
			if t.start < o.End && t.end > o.Start && calendar(o) {
				t.skip = true
			}
		}
		// A capitalized word inside a sentence is a name: "Theresa May",
		// "Will Smith" are no modals.
		if t.start > s.Sentence.Start && t.end-t.start > 1 && isName(body[t.start:t.end]) {
			t.skip = true
		}
	}
	r := reading{status: aheadStatus(ahead), clause: cs}
	if ms < 0 {
		return r
	}
	// An expression at a reporting verb dates the report: what follows it
	// is what was told. So does a span dated by its telling in what was
	// told ("Obama said threats shouldn't keep Americans from going out
	// the rest of the month": the card is the saying).
	from, to := 0, len(toks)
	if v := lx.reportAt(toks, ms, me); v < 0 && s.told {
		for i := range ms {
			if toks[i].reports() {
				to = i + 1
				break
			}
		}
	} else if v >= 0 {
		to = v
		if v >= me {
			to = ms
		}
		// Before "…, Apple announced" stands what was told, first.
		if i := strings.LastIndexAny(body[cs:toks[to].start], ",\"“”"); i >= 0 {
			for from < to && toks[from].start < cs+i {
				from++
			}
		}
	}
	// In a light clause the cues are the happening's, past its connector.
	told := me
	if light >= 0 {
		for from < to && toks[from].start < light {
			from++
		}
		told = from
	}
	best, bestAt, bestEnd := Status(""), -1, -1
	for i := from; i < to; {
		n, c := lx.longest(toks[i:to])
		if n <= 0 {
			i++
			continue
		}
		start, end := i, i+n
		i = end
		if light < 0 && !inScope(c.Scope, start, end, ms, me) || reportBetween(toks, start, end, ms, told) {
			continue
		}
		st := c.Status
		if past && c.Past != "" {
			st = c.Past
		}
		if best == "" || statusRank(st) > statusRank(best) {
			best, bestAt, bestEnd = st, start, end
		}
	}
	switch best {
	case "", StatusHappened:
		return r
	case StatusCancelled, StatusPostponed:
		r.role = roleOf(body, toks, bestAt, bestEnd, ms, me, *m, best, ahead)
	}
	r.status = best
	return r
}

// isName reports whether w is capitalized and not all capitals.
func isName(w string) bool {
	r, n := utf8.DecodeRuneInString(w)
	if !unicode.IsUpper(r) {
		return false
	}
	for _, r := range w[n:] {
		if unicode.IsLower(r) {
			return true
		}
	}
	return false
}

func calendar(m temporal.Mention) bool {
	_, _, ok := m.Value.Interval()
	return ok
}

func aheadStatus(ahead bool) Status {
	if ahead {
		return StatusPlanned
	}
	return StatusHappened
}

// longest returns the longest cue match at toks[0] and its cue.
func (lx *lexicon) longest(toks []token) (int, *compiledCue) {
	if len(toks) == 0 || toks[0].skip {
		return 0, nil
	}
	best, bestCue := 0, (*compiledCue)(nil)
	for _, ci := range lx.byFirst[toks[0].w] {
		c := &lx.cues[ci]
		if n := c.match(toks); n > best {
			best, bestCue = n, c
		}
	}
	return best, bestCue
}

func inScope(s Scope, start, end, ms, me int) bool {
	if start < me && end > ms {
		return false
	}
	switch s {
	case BeforeTime:
		return end <= ms
	case AfterTime:
		return start >= me
	}
	return true
}

// reportAt returns the token of a reporting verb the expression at
// [ms, me) stands at, or -1: just after it ("on Monday said"), or a few
// words before it with no cue or clause between ("said on Monday", "told
// reporters on Monday", "said in a statement on Monday"; not "said it
// will close on Monday").
func (lx *lexicon) reportAt(toks []token, ms, me int) int {
	if me < len(toks) && toks[me].reports() {
		return me
	}
	for i, k := ms-1, 0; i >= 0 && k < reportReach; i, k = i-1, k+1 {
		w := toks[i].w
		switch {
		case toks[i].reports():
			return i
		case leadCue[w]:
			k-- // lead words are free
		case reportStops[w]:
			return -1
		}
		// A cue between ends the reach ("said it will close"); a word
		// that only opens one ("a" of "a now-cancelled deal") does not.
		if n, _ := lx.longest(toks[i:ms]); n > 0 {
			return -1
		}
	}
	return -1
}

// reports tells whether t is a reporting verb: not a name ("the United
// States"), not a plural noun as often ("Insurance claims": nounToo).
func (t token) reports() bool { return reportingVerbs[t.w] && !t.skip && !nounToo[t.w] }

// reportReach is how many words may stand between a reporting verb and
// the expression it dates, lead words aside.
const reportReach = 4

// reportStops start what was told: past them a verb is not the report's.
var reportStops = wordSet(`that it he she they we to who which`)

// reportBetween reports whether a reporting verb, or "that", stands
// between the expression at [ms, me) and a cue after it at [start, end):
// the cue is in what was told or agreed. (A cue before the verb governs it: "will announce
// its decision today".)
func reportBetween(toks []token, start, end, ms, me int) bool {
	if start < me {
		return false
	}
	for i := me; i < start; i++ {
		if reportingVerbs[toks[i].w] || toks[i].w == "that" {
			return true
		}
	}
	return false
}

// roleOf tells what an expression dates in a clause whose cue at
// [cs, ce) calls something off or moves it.
func roleOf(body string, toks []token, cs, ce, ms, me int, m temporal.Mention, st Status, ahead bool) role {
	prev := ""
	if ms > 0 {
		prev = toks[ms-1].w
	}
	planned := false
	for i := max(0, ms-3); i < ms; i++ {
		if planWords[toks[i].w] {
			planned = true
		}
	}
	owns := ownsNext(body[m.End:])
	switch {
	case st == StatusPostponed && ms >= ce && newMarks[prev] && !planned:
		return roleNew
	case objectMarks[prev] || owns || planned || st == StatusPostponed && oldMarks[prev]:
		return roleObject
	case ahead:
		// A day still to come cannot be when it was called off: it is
		// the day it was for ("the concert on Friday has been cancelled").
		return roleObject
	}
	return roleAct
}

// statuses reads each source's status and folds the day a called-off or
// moved plan was for into the source of its calling off: a sentence gives
// one card per happening. The sources keep their order.
func (x *extractor) statuses(d *Doc, srcs []*Source) []*Source {
	if len(srcs) == 0 {
		return srcs
	}
	body := d.Article.Body
	anchor := d.Article.Anchor.Time
	day := timex.Civil(anchor.Year(), anchor.Month(), anchor.Day())
	reads := make([]reading, len(srcs))
	aheads := make([]bool, len(srcs))
	drop := make([]bool, len(srcs))
	for i, s := range srcs {
		drop[i] = inCondition(body, s.Sentence, *s.Mention) || inQuestion(body, s.Sentence, *s.Mention) || modelYear(body, *s.Mention)
	}
	for i, s := range srcs {
		if drop[i] {
			continue
		}
		ahead := !anchor.IsZero() && s.Time.Start.After(day)
		past := !anchor.IsZero() && !s.Time.End.After(day)
		if !anchor.IsZero() && !ahead && !past {
			switch partOf(body, *s.Mention) {
			case -1:
				past = true
			case +1:
				ahead = true
			}
		}
		reads[i] = x.lexicon.sourceStatus(body, s, mentionsIn(d.Mentions, s.Sentence.Start, s.Sentence.End), ahead, past)
		s.Status = reads[i].status
		aheads[i] = ahead
	}
	// Sources fold only within their clause: each clause's sources,
	// by its start (a clause of one source, the commonest, folds nothing).
	byClause := make(map[int][]int, len(srcs))
	for i, r := range reads {
		byClause[r.clause] = append(byClause[r.clause], i)
	}
	for i, s := range srcs {
		r := reads[i]
		if r.role != roleObject || drop[i] {
			continue
		}
		// The source it folds into: one of the same clause and status that
		// dates the new day, else the calling off.
		into := -1
		for _, j := range byClause[r.clause] {
			if j == i || drop[j] || reads[j].clause != r.clause || srcs[j].Sentence != s.Sentence || reads[j].status != r.status {
				continue
			}
			if reads[j].role == roleNew || (reads[j].role == roleAct && (into < 0 || reads[into].role != roleNew)) {
				into = j
			}
		}
		if into >= 0 {
			// A relative time ("a week before Christmas Day") was counted
			// from the dateline, not from the plan: no day it was for.
			if srcs[into].WasTime().Start.IsZero() && !isRelative(s) {
				was := planTime(s.Time)
				srcs[into].Was = &was
			}
			drop[i] = true
			continue
		}
		// No expression dates the calling off: the article tells it, so it
		// was done by the article's day.
		was := planTime(s.Time)
		v := timex.DayOf(day)
		v.Mod = timex.OnOrBefore
		s.Time = Time{Value: v, Start: day, End: day.AddDate(0, 0, 1), Qualifier: By}
		s.Was = &was
		reads[i].role = roleAct
	}
	// A move with a new day is told at the new day.
	for i, r := range reads {
		if r.role != roleAct || r.status != StatusPostponed || drop[i] {
			continue
		}
		for _, j := range byClause[r.clause] {
			if !drop[j] && reads[j].role == roleNew && reads[j].clause == r.clause && srcs[j].Sentence == srcs[i].Sentence {
				if srcs[j].WasTime().Start.IsZero() {
					srcs[j].Was = srcs[i].Was
				}
				drop[i] = true
				break
			}
		}
	}
	foldDenied(srcs, reads, aheads, drop)
	out := srcs[:0]
	for i, s := range srcs {
		if !drop[i] {
			out = append(out, s)
		}
	}
	return out
}

// foldDenied drops a plan denied for a day still to come ("told
// reporters on Wednesday it had no plans to release the film on
// Christmas Day") when its sentence dates a telling that happened: the
// telling is the happening the sentence states (a report that it will
// not be), and nothing happens on the day denied. Sources of one
// sentence are neighbours.
func foldDenied(srcs []*Source, reads []reading, aheads, drop []bool) {
	for i, s := range srcs {
		if drop[i] || reads[i].status != StatusDenied || !aheads[i] {
			continue
		}
		told := func(j int) bool {
			return !drop[j] && !aheads[j] && reads[j].status == StatusHappened && *srcs[j].Mention != *s.Mention
		}
		for j := i - 1; j >= 0 && srcs[j].Sentence == s.Sentence && !drop[i]; j-- {
			drop[i] = told(j)
		}
		for j := i + 1; j < len(srcs) && srcs[j].Sentence == s.Sentence && !drop[i]; j++ {
			drop[i] = told(j)
		}
	}
}

// datedByArticle reports whether s is dated by its article's day, not by
// its expression (a calling off whose sentence names only the day the
// plan was for): no evidence for inferring that day.
func (s *Source) datedByArticle() bool { return s.Time.Value != s.Mention.Value }

// planTime is t as the day a plan was for: the day itself, not "planned:".
func planTime(t Time) Time {
	if t.Qualifier == Planned {
		t.Qualifier = Exact
	}
	return t
}

// decideStatus is an event's status from all its sources, and for a
// called-off or moved one the day it had been planned for:
//   - a calling off or a move told by any source makes it one (the event
//     is the calling off, on its day);
//   - else any source written on or after the event's day that tells it
//     as done makes it happened, whatever earlier reports planned;
//   - else the latest-written source tells how things stand (a plan
//     later denied is denied); among sources written at once the
//     strongest reading.
func decideStatus(e *Event) (Status, Time) {
	var was Time
	var cancelled, postponed, happened bool
	var latest *Source
	for _, s := range e.Sources {
		st := s.Status
		if st == "" {
			st = StatusHappened
		}
		if was.Start.IsZero() && !s.WasTime().Start.IsZero() {
			was = *s.Was
		}
		switch st {
		case StatusCancelled:
			cancelled = true
		case StatusPostponed:
			postponed = true
		case StatusHappened:
			a := s.Doc.Article.Anchor.Time
			if !timex.Civil(a.Year(), a.Month(), a.Day()).Before(e.Time.Start) {
				happened = true
			}
		}
		if st == StatusHappened {
			continue // done, or told as done before its day: no say on a plan
		}
		if latest == nil {
			latest = s
			continue
		}
		at, lt := s.Doc.Article.Anchor.Time, latest.Doc.Article.Anchor.Time
		if at.After(lt) || at.Equal(lt) && statusRank(st) > statusRank(latest.Status) {
			latest = s
		}
	}
	switch {
	case cancelled:
		return StatusCancelled, was
	case postponed:
		return StatusPostponed, was
	case happened:
		return StatusHappened, Time{}
	}
	if latest == nil {
		return StatusHappened, Time{}
	}
	return latest.Status, Time{}
}

// settleStatus sets e's status; an event that happened was not planned,
// whatever time its first report gave ahead.
func settleStatus(e *Event) {
	e.Status, e.PlannedFor = decideStatus(e)
	if e.Status == StatusHappened && e.Time.Qualifier == Planned {
		e.Time.Qualifier = Exact
	}
}

// Beforehand reports whether s told of e before it happened: a plan that
// a later report says took place.
func (e *Event) Beforehand(s *Source) bool {
	return e.Status == StatusHappened && s.Status == StatusPlanned
}

func wordSet(s string) map[string]bool {
	m := map[string]bool{}
	for w := range strings.FieldsSeq(s) {
		m[w] = true
	}
	return m
}

// partOf is partOfNow's direction for a time that opens with one of its
// words or stands just after one, "in" between or not ("earlier this
// year", "earlier this week", "earlier in the week"); 0 when neither.
func partOf(body string, m temporal.Mention) int {
	first, _, _ := strings.Cut(body[m.Start:m.End], " ")
	if d, ok := partOfNow[strings.ToLower(first)]; ok {
		return d
	}
	w, at := wordBefore(body, 0, m.Start)
	if strings.EqualFold(w, "in") {
		w, _ = wordBefore(body, 0, at)
	}
	return partOfNow[strings.ToLower(w)]
}
