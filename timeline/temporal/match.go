package temporal

import "github.com/newsroom/timeline/timeline/timex"

// match is what a rule matched: its tokens and the values its classes
// captured. Its methods read the captures and the words around the
// match; the builders (build.go, periods.go, durations.go) use them.
type match struct {
	toks   []token
	caps   captures
	names  []string // capture names by id
	after  *token   // the token after the match, if any
	rest   []token  // all the tokens after it
	before *token   // the token before it, if any
	prev   []token  // all the tokens before it
}

// follows reports whether the words before the match end with words.
func (m *match) follows(words ...string) bool {
	if len(m.prev) < len(words) {
		return false
	}
	for i, w := range words {
		if m.prev[len(m.prev)-len(words)+i].lower != w {
			return false
		}
	}
	return true
}

// sentenceHas reports whether a word of ws is in the match's sentence.
func (m *match) sentenceHas(ws map[string]bool) bool {
	for k := len(m.prev) - 1; k >= 0 && !sentenceEnd(m.prev, k); k-- {
		if ws[m.prev[k].lower] {
			return true
		}
	}
	for k := range m.rest {
		if ws[m.rest[k].lower] {
			return true
		}
		if sentenceEnd(m.rest, k) {
			break
		}
	}
	return false
}

func (m *match) get(name string) (int, bool) {
	for i := 0; i < int(m.caps.n); i++ {
		if m.names[m.caps.c[i].id] == name {
			return int(m.caps.c[i].val), true
		}
	}
	return 0, false
}

// surname reports whether the match follows a capitalized word inside a
// sentence that is none of leads ("Theresa May", not "In May" or "Since
// May"): the month's name is then a person's.
func (m *match) surname(leads map[string]bool) bool {
	b := m.before
	return b != nil && b.kind == tokWord && b.upper && !m.toks[0].brk && !leads[b.lower]
}

// optative reports whether the match is "May" opening a sentence before
// a subject of its wish ("May the relief reach them soon", "May God
// bless Haiti", "May she rest in peace"): the verb, not the month. "May
// the 4th", a day, has a number after the subject and is left be; nor is
// a subject before a unit of time ("May each year brings floods"): the
// month, every year.
func (m *match) optative(subjects map[string]bool) bool {
	t := m.toks[0]
	if t.lower != "may" || len(m.toks) != 1 {
		return false
	}
	// Opening a sentence (not after "Mr.": sentenceEnd), or a quotation.
	if !m.sentenceOpens() && m.before.lower != `"` {
		return false
	}
	a := m.after
	if a == nil || a.kind != tokWord || a.brk || !subjects[a.lower] { // a.brk: a heading "May", the next paragraph's "The"
		return false
	}
	return len(m.rest) < 2 || !unitWord(m.rest[1].lower)
}

// firstName reports whether the match stands before a capitalized word
// inside a sentence and after none of preps ("as Colette, and June Barrie
// as Mrs Etchells", not "in June Congress passed"): it is a first name.
func (m *match) firstName(preps map[string]bool) bool {
	return m.capitalizedAfter() && (m.before == nil || !preps[m.before.lower])
}

// capitalizedAfter reports whether a capitalized word follows the match
// inside its sentence.
func (m *match) capitalizedAfter() bool {
	a := m.after
	return a != nil && a.kind == tokWord && a.upper && !a.brk
}

// sequel is the step an anaphoric expression takes from the time the
// text is telling of: 1 for "the next", "the following", -1 for "the
// previous", "the preceding", 0 for "that" or "the same".
func (m *match) sequel() int {
	switch {
	case m.hasWord("following", "next"):
		return 1
	case m.hasWord("previous", "preceding"):
		return -1
	}
	return 0
}

// abbreviatedMonth reports whether the match's month is written short
// ("Jan", "Sept") with no period after it. (The month's own tokens, from
// its capture: a match may go on past it, as "June of that year" does.)
func (m *match) abbreviatedMonth() bool {
	off := int32(len(m.prev)) // the match's first token, counted in the text
	for i := 0; i < int(m.caps.n); i++ {
		c := m.caps.c[i]
		if m.names[c.id] != "month" {
			continue
		}
		month := m.toks[c.end-off-1]
		if month.kind != tokWord || len(month.lower) > 4 || month.lower == "may" || month.lower == "june" || month.lower == "july" {
			return false
		}
		next := m.after
		if k := int(c.end - off); k < len(m.toks) {
			next = &m.toks[k]
		}
		return next == nil || next.lower != "."
	}
	return false
}

func (m *match) has(name string) bool { _, ok := m.get(name); return ok }

// unit is the unit the match names, and how many of it one such word is
// (2 for "fortnight", else 1).
func (m *match) unit() (timex.Unit, int) {
	v, _ := m.get("unit")
	return timex.Unit(v & (1<<unitTimesShift - 1)), max(1, v>>unitTimesShift)
}

// calendarUnit is the unit the match names as a calendar granularity, a
// day or coarser, when the match names one of it: "the month", "that
// week"; not "the hour", nor "a fortnight" (two weeks in one word).
func (m *match) calendarUnit() (timex.Gran, bool) {
	u, times := m.unit()
	g := unitGran(u)
	return g, g != timex.GranNone && g <= timex.Day && times == 1
}

func (m *match) hasWord(words ...string) bool {
	for _, t := range m.toks {
		for _, w := range words {
			if t.lower == w {
				return true
			}
		}
	}
	return false
}

// overDuring reports whether the match opens with "over" that means
// "during" ("rose over five years"), not "more than" ("its best run in
// over five years", "for over a week"): only after a preposition or a
// verb of lasting is it a bound.
func (m *match) overDuring() bool {
	k := 0
	if m.toks[0].lower == "well" && len(m.toks) > 1 {
		k = 1 // "well over a year"
	}
	if m.toks[k].lower != "over" {
		return false
	}
	if k+1 < len(m.toks) && m.toks[k+1].lower == "the" {
		return true // "over the next few weeks" is during them
	}
	if m.before == nil {
		return true
	}
	switch m.before.lower {
	case "in", "for", "after", "within", "of", "since", "to", "from", "than", "lasted", "lasting", "lasts", "took", "takes", "spent", "waited", "served":
		return false
	}
	return true
}

// mod reads the position and approximation words into a TIMEX3 mod.
func (m *match) mod() timex.Mod {
	if v, ok := m.get("position"); ok {
		return timex.Mod(v)
	}
	if v, ok := m.get("approx"); ok {
		return timex.Mod(v)
	}
	if v, ok := m.get("bound"); ok {
		return timex.Mod(v)
	}
	if m.before != nil && m.before.lower == "about" {
		return timex.Approx
	}
	return timex.NoMod
}

// possessive reports whether "'s" follows the match ("Thursday's
// accident", "this quarter's results").
func (m *match) possessive() bool {
	return len(m.rest) > 1 && m.rest[0].lower == "'" && m.rest[1].lower == "s" && m.rest[0].start == m.toks[len(m.toks)-1].end
}

// chronologyEntry reports whether the match opens a paragraph and a dash
// or a colon follows it: "March 14 - Governor tours the flooded towns",
// an entry of a chronology.
func (m *match) chronologyEntry() bool {
	if len(m.prev) > 0 && !m.toks[0].brk || m.after == nil {
		return false
	}
	switch m.after.lower {
	case "-", ":":
		return true
	}
	return false
}

// attributive reports whether the match stands between "the" and a noun
// ("the March 3 derailment", "the October 9 vote"): it names a happening
// by its day. A plan's noun (plans), right after it or one word on ("the
// Jan. 14 deadline", "the Dec. 25 film release"), names a day set ahead.
func (m *match) attributive(plans map[string]bool) bool {
	if m.before == nil || m.before.lower != "the" || m.after == nil || m.after.kind != tokWord || m.after.upper {
		return false
	}
	switch m.after.lower {
	case "and", "or", "to", "through", "until", "of", "in", "at", "on", "for", "is", "was", "will", "would", "has", "had", "when":
		return false
	}
	if plans[m.after.lower] {
		return false
	}
	if len(m.rest) > 1 && m.rest[1].kind == tokWord && !m.rest[1].brk && plans[m.rest[1].lower] {
		return false
	}
	return true
}

// sentenceOpens reports whether the match opens a sentence: the text's
// first, after a break, or after a sentence's end (not after "Mr.").
func (m *match) sentenceOpens() bool {
	// prev is the text's tokens up to the match: one more is the match's
	// first, so sentenceEnd can look past prev's end.
	return len(m.prev) == 0 || m.toks[0].brk || sentenceEnd(m.prev[:len(m.prev)+1], len(m.prev)-1)
}

// clauseOpens reports whether the match opens a sentence or clause, an
// "at" or "at the" before it aside.
func (m *match) clauseOpens() bool {
	if len(m.prev) == 0 {
		return true
	}
	// prev is the text's tokens up to the match: one more is the match's
	// first, so sentenceEnd can look past prev's end.
	toks := m.prev[:len(m.prev)+1]
	k := len(m.prev) - 1
	if k >= 0 && toks[k].lower == "the" {
		k--
	}
	if k >= 0 && toks[k].lower == "at" {
		k--
	}
	if k < 0 || toks[k+1].brk || sentenceEnd(toks, k) {
		return true
	}
	switch toks[k].lower {
	case ",", ";", ":", `"`, "but", "and", "so":
		return true
	}
	return false
}
