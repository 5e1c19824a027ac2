package temporal

import "strings"

// No part-of-speech tagger can be had here, so tense is read from lexical
// cues: modals and plans point forward, past forms and reporting verbs point
// back. The nearest cue before the expression in its sentence decides;
// failing that, the nearest one after it.

func futureCues() []string {
	return []string{"will", "ll", "shall", "going", "expected", "expects", "expect", "planned",
		"scheduled", "schedule", "due", "upcoming", "intends", "intend", "aims", "next", "slated", "tomorrow", "wo", "should",
		"planning", "hoping", "preparing", "prepares", "awaiting", "awaits", "may", "might", "expires", "begins", "starts", "opens", "resumes", "expire", "begin", "start", "resume",
		// a scheduled event in the present: "the leaders meet Monday", "she visits Gaza Tuesday"
		"meet", "meets", "visits", "travels", "arrives", "convenes", "convene", "hosts"}
}

// futurePhrases are cues of two or three words whose words alone point
// nowhere ("set" is past as often as not; "set to" looks ahead; "plan" is
// a noun as often: "its restructuring plan had been approved").
func futurePhrases() []string {
	return []string{"set to", "plan to", "plans to", "is to", "are to", "was to", "were to", "as early as", "as soon as", "would be", "would meet",
		"would travel", "would begin", "would start", "would resume", "in time", "no later", "not before", "takes effect", "take effect", "kicks off",
		"hopes to", "hope to", "to be held", "to be released", "to be announced", "to be published", "to be shown",
		"to be broadcast", "to be sworn", "to be buried", "to be signed", "to be named", "to be heard", "to be sentenced",
		// a plan stated: "is set for Friday", "is poised to", "is likely to"
		"is set for", "are set for", "set for", "poised to", "likely to", "is likely", "are likely",
		// a start ahead: "starting in February", "beginning on Monday"
		"starting in", "starting on", "starting from", "beginning in", "beginning on", "effective from"}
}

// neutralPhrases hold a cue word in a sense that has no tense: "next to
// the embassy" is a place.
func neutralPhrases() []string { return []string{"next to", "next door"} }

// pastCues are past-tense verbs of action: strong cues (weakPastCues
// holds the rest).
func pastCues() []string {
	return []string{
		"began", "took", "made", "came", "went", "gave", "fell", "rose", "left", "met", "held", "won", "lost",
		"sold", "bought", "sent", "spoke", "found", "thought", "saw", "knew", "got", "ran", "became", "brought",
		"led", "paid", "shot", "struck", "broke", "chose", "drew", "fled", "flew", "fought", "grew", "hid", "kept",
		"meant", "rode", "rang", "sank", "sat", "shook", "stole", "stood", "swore", "taught", "threw",
		"understood", "woke", "wore", "withdrew", "ended", "closed", "dropped", "killed", "died", "arrested",
		"filed", "hit", "quit", "cut", "issued", "released",
	}
}

// tenseCues maps a cue word, or a phrase, to its direction
// (present-tense "says" and "has" point back because news reports what has
// happened), and holds the stems of deferral verbs.
type tenseCues struct {
	words       map[string]int
	deferrals   []string
	callingsOff []string
	// lowerOnly cues are something else capitalized: "May" the month is
	// not "may" the modal.
	lowerOnly map[string]bool
}

// Cues are weak or strong. A weak one (a form of "be" or "have", a
// reporting verb, a time word) often dates the telling, not the thing
// told: it tips a month named without a year only when the month is not
// much nearer on the other side (resolve.go's tenseBias). A strong one —
// "will", or a past-tense verb of action ("brought", "changed") — says
// which side the time is on.
func weakPastCues() []string {
	return []string{"said", "was", "were", "had", "did", "ago", "told", "wrote", "last", "yesterday", "earlier", "since",
		"didn", "wasn", "weren", "hadn", // "didn't" arrives as didn + ' + t
		"been", "reported", "announced", "say", "says", "has", "have", "later", "previously"}
}

func strongFutureCues() []string { return []string{"will", "ll", "shall", "wo"} }

func newTenseCues() tenseCues {
	c := tenseCues{words: map[string]int{}, deferrals: deferrals(), callingsOff: callingsOff(), lowerOnly: map[string]bool{"may": true}}
	for _, w := range pastCues() {
		c.words[w] = -strong
	}
	for _, w := range weakPastCues() {
		c.words[w] = -1
	}
	for _, w := range futureCues() {
		c.words[w] = 1
	}
	for _, w := range strongFutureCues() {
		c.words[w] = strong
	}
	for _, p := range neutralPhrases() {
		c.words[p] = 0
	}
	for _, p := range futurePhrases() {
		c.words[p] = 1
		first, _, _ := strings.Cut(p, " ")
		if _, ok := c.words[first]; !ok {
			c.words[first] = 0 // marks a phrase's first word; 0 is no direction
		}
	}
	return c
}

// window is how many tokens either side are searched for a cue.
const window = 12

// deferrals are the stems of verbs that move something to a later time:
// after one of them, "until Tuesday" or "to Tuesday" is the new date, ahead
// of the article, whatever the verb's own tense ("postponed until
// Tuesday morning", "extended its deadline until 9 a.m. Tuesday").
func deferrals() []string {
	return []string{"postpon", "delay", "extend", "adjourn", "defer", "reschedul", "push", "moved", "recess", "suspend"}
}

// callingsOff are the stems of verbs that call a plan off: what they act
// on was set for a day still to come when it was called off ("called off
// the December 25th opening", "scrapped the Dec. 10 vote"). "call" counts
// with "off" after it (plan).
func callingsOff() []string {
	return []string{"cancel", "scrap", "scrub", "shelv", "axe", "abandon", "pull"}
}

// plan reports whether toks[k] is a verb that defers or calls off a plan
// (deferrals, callingsOff, "call off").
func (c tenseCues) plan(toks []token, k int) bool {
	w := toks[k].lower
	if strings.HasPrefix(w, "call") && k+1 < len(toks) && toks[k+1].lower == "off" {
		return true
	}
	for _, stems := range [][]string{c.deferrals, c.callingsOff} {
		for _, stem := range stems {
			if strings.HasPrefix(w, stem) {
				return true
			}
		}
	}
	return false
}

// planned reports whether the day at toks[i:j], named before a noun, is
// a plan's: the nearest verb before it in its sentence defers or calls
// off a plan, or looks ahead ("postponed the Dec. 10 vote", "had
// planned the March 3 launch"), or one after it does so in the passive
// ("the Dec. 10 vote was postponed"). An active verb after it is the
// happening's own ("the March 3 derailment delayed the reopening").
func (c tenseCues) planned(toks []token, i, j int) bool {
	for k := i - 1; k >= 0 && k >= i-window; k-- {
		if sentenceEnd(toks, k) {
			break
		}
		if c.plan(toks, k) {
			return true
		}
		if d := c.cue(toks, k); d != 0 {
			return d > 0
		}
	}
	for k := j; k < len(toks) && k < j+window; k++ {
		if k > j && (toks[k].brk || sentenceEnd(toks, k-1)) {
			break
		}
		if c.plan(toks, k) {
			return k > j && (passive(toks[k-1].lower) || toks[k-1].lower == "was" || toks[k-1].lower == "were" || present(toks[k-1].lower))
		}
		switch toks[k].lower {
		case "was", "were", "has", "have", "had", "been", "be", "is", "are":
			continue // the auxiliary of a passive ("was postponed", "has been called off")
		}
		if c.cue(toks, k) != 0 {
			return false
		}
	}
	return false
}

// deferredTo reports whether the expression at toks[i] follows "until",
// "till", "to" or "through" after a deferral verb in its sentence
// ("extended the loans through January").
func (c tenseCues) deferredTo(toks []token, i int) bool {
	if i == 0 {
		return false
	}
	switch toks[i-1].lower {
	case "until", "till", "to", "through":
	default:
		return false
	}
	for k := i - 2; k >= 0 && k >= i-window; k-- {
		if sentenceEnd(toks, k) {
			return false
		}
		for _, stem := range c.deferrals {
			if strings.HasPrefix(toks[k].lower, stem) {
				return true
			}
		}
	}
	return false
}

// deadline reports whether the expression at toks[i:j] is a deadline:
// "until" or "till" before it and "to" and a word after ("has until
// Tuesday to sign", "gave them until 9 a.m. Friday to leave"), which is
// ahead of the telling whatever the verb's tense.
func deadline(toks []token, i, j int) bool {
	if i == 0 || toks[i-1].lower != "until" && toks[i-1].lower != "till" {
		return false
	}
	return j+1 < len(toks) && toks[j].lower == "to" && toks[j+1].kind == tokWord
}

// strong is the size of a strong cue's direction (-2, +2); a weak one's
// is 1.
const strong = 2

// tenseAt returns the direction of the expression covering toks[i:j]:
// negative for past, positive for future, ±strong for a strong cue, 0
// for none. carry is the direction an earlier expression of the
// sentence took from its tense: a time with no cue of its own near it
// goes the same way ("rose to a high of $42 in June from $29 in
// March": both past).
func (c tenseCues) tenseAt(toks []token, i, j int, carry func() int) int {
	if c.deferredTo(toks, i) || deadline(toks, i, j) {
		return 1
	}
	poss := possessive(toks, j)
	if poss {
		// "after Thursday's accident": the happening named is past.
		if i > 0 {
			switch toks[i-1].lower {
			case "after", "following", "since", "despite", "over":
				return -1
			case "of": // "ahead of Friday's vote"; "before" goes either way
				if i > 1 && toks[i-2].lower == "ahead" {
					return 1
				}
			}
		}
	}
	// reported: a reporting verb stands before the time, its object
	// between ("told reporters on Tuesday that …"): a "that" after the
	// time opens what was told, whose tense is not the time's; the
	// report's own (reportDir) dates it.
	reported, reportDir := false, 0
	for k, n := i-1, 0; k >= 0 && n < window; k-- {
		if !numberPart(toks, k) {
			n++ // "$42.875" is one word to the window, not four tokens
		}
		if sentenceEnd(toks, k) {
			break
		}
		if isModal(toks[k].lower) && poss {
			// "would look at ways around Wednesday's ruling": the modal
			// tells of the verb after it, the possessive of its own
			// happening.
			continue
		}
		d := c.cue(toks, k)
		if d != 0 && (i-k <= 2 || !reporting(toks[k].lower)) {
			return pluperfect(toks, k, d)
		}
		if reporting(toks[k].lower) && !reported {
			reported, reportDir = true, d
		}
		if present(toks[k].lower) {
			return 0 // "the dividend is payable Jan. 2": no tense to go by
		}
	}
	adverbial := i > 0 && (toks[i-1].lower == "on" || toks[i-1].lower == "by" || toks[i-1].lower == "until")
	ahead := window
	if opensSentence(toks, i) {
		// "In November, a judge on the appeals court in Albany, the
		// capital, ruled": the verb of a sentence the time opens may come
		// after a long subject.
		ahead = 3 * window
	}
	for k, n := j, 0; k < len(toks) && n < ahead; k++ {
		if !numberPart(toks, k) {
			n++
		}
		if reported && toks[k].lower == "that" {
			return reportDir // the report's own tense dates it
		}
		if k > j && (toks[k].brk || sentenceEnd(toks, k-1)) || toks[k].lower == ":" || toks[k].lower == `"` {
			break // a quotation after it is another's tense: "told him on Monday: 'You may not …'"
		}
		if adverbial && k > j && toks[k-1].lower == "," && (toks[k].lower == "who" || toks[k].lower == "which") {
			// "On Tuesday his brothers, who will perform, said": the clause
			// has its own tense. (Not so in "Saturday's concert, which will
			// be broadcast": there it tells of the time's own happening.)
			k = clauseEnd(toks, k, j+ahead) // never back: k may be past j+window
			continue
		}
		if isModal(toks[k].lower) {
			// "On Monday, he said he would recommend", "Tuesday's quake
			// would be a disaster": a modal after the time is of a verb
			// it does not date.
			continue
		}
		if d := c.cue(toks, k); d != 0 && (k-j <= 1 || !reporting(toks[k].lower)) {
			return pluperfect(toks, k, d)
		}
	}
	if !poss && i > 0 && (toks[i-1].lower == "until" || toks[i-1].lower == "by" || toks[i-1].lower == "till") {
		return 1 // "talks run until Friday", "a ruling is due by March": with no tense, a bound ahead
	}
	return carry()
}

// timeless reports whether the sentence after toks[j] has no cue of
// tense at all, reporting verbs and modals included: "Today, most readers
// get their news online" tells of the present era.
func (c tenseCues) timeless(toks []token, j int) bool {
	for k := j; k < len(toks); k++ {
		if k > j && (toks[k].brk || sentenceEnd(toks, k-1)) {
			break
		}
		if reporting(toks[k].lower) || isModal(toks[k].lower) || c.cue(toks, k) != 0 {
			return false
		}
	}
	return true
}

// opensSentence reports whether the expression at toks[i] opens its
// sentence, a preposition before it aside ("In November, …").
func opensSentence(toks []token, i int) bool {
	k := i
	if k > 0 && toks[k-1].kind == tokWord && !toks[k].brk {
		k-- // the preposition
	}
	return k == 0 || toks[k].brk || sentenceEnd(toks, k-1)
}

func isModal(w string) bool { return w == "would" || w == "could" }

// modal is the direction of "would" or "could" at toks[k]: "would take
// place Friday", "could start Monday" are a future told in the past;
// "would have" is a past that did not happen; "would not comment",
// "could not be reached", "could be found Wednesday" say nothing of when.
func modal(toks []token, k int) int {
	next := ""
	if k+1 < len(toks) {
		next = toks[k+1].lower
	}
	switch {
	case next == "have" || next == "'":
		return -1
	case next == "not" || next == "n" || next == "" || toks[k].lower == "could" && next == "be":
		return 0
	}
	return 1
}

// possessive reports whether the expression ending at toks[j] is a
// possessive before a noun ("Thursday's accident"): it names the
// happening's day, and the tense of the clause around it is another's.
func possessive(toks []token, j int) bool {
	return j+1 < len(toks) && toks[j].lower == "'" && toks[j+1].lower == "s" && toks[j].start == toks[j-1].end
}

// pluperfect turns a weak forward cue under "had" into a past one: a plan
// that was overtaken ("it had been due to expire Friday", "had been
// scheduled to close Monday") is told of a time already gone.
func pluperfect(toks []token, k, d int) int {
	if d != 1 {
		return d
	}
	for b := k - 1; b >= 0 && b >= k-4; b-- {
		switch toks[b].lower {
		case "had":
			return -1
		case "been", "to", "due", "expected", "scheduled", "set", "supposed", "originally", "previously", "initially":
			continue
		}
		return d
	}
	return d
}

// clauseEnd is the comma closing the clause opened at toks[k], or limit.
func clauseEnd(toks []token, k, limit int) int {
	for ; k < len(toks) && k < limit; k++ {
		if toks[k].lower == "," || sentenceEnd(toks, k) {
			return k
		}
	}
	return max(k, limit) // at or after where it started: a caller's loop always moves on
}

// present is a present-tense "be": nearer the expression than any other
// cue, it says the time is placed by neither tense.
func present(w string) bool { return w == "is" || w == "are" || w == "am" }

// reporting verbs date the report, not what is reported, unless they
// stand right next to the expression ("said Tuesday").
func reporting(w string) bool {
	switch w {
	case "said", "says", "say", "told", "reported", "announced", "added", "stated", "noted", "wrote":
		return true
	}
	return false
}

func (c tenseCues) cue(toks []token, k int) int {
	t := toks[k]
	if t.kind != tokWord || t.upper && c.lowerOnly[t.lower] {
		return 0
	}
	d, known := c.words[t.lower]
	if known && k+1 < len(toks) {
		two := t.lower + " " + toks[k+1].lower
		if k+2 < len(toks) {
			if p, ok := c.words[two+" "+toks[k+2].lower]; ok {
				return p
			}
		}
		if p, ok := c.words[two]; ok {
			return p
		}
	}
	prev := ""
	if k > 0 {
		prev = toks[k-1].lower
		if k > 1 && len(prev) > 4 && strings.HasSuffix(prev, "ly") && passive(toks[k-2].lower) {
			prev = toks[k-2].lower // "will be officially released": the adverb aside
		}
	}
	if isModal(t.lower) {
		return modal(toks, k)
	}
	switch {
	case t.lower == "have" && (prev == "to" || k+1 < len(toks) && toks[k+1].lower == "to"):
		return 0 // "planning to have", "will have to": no perfect
	case known && d != 0 && (determiner(prev) || k > 1 && strings.HasSuffix(prev, "ly") && determiner(toks[k-2].lower)):
		return 0 // a noun or an adjective: "the plan", "its schedule", "the last", "the hastily planned trip"
	case (passive(prev) || present(prev) || linking(prev)) && (d < 0 || !known && strings.HasSuffix(t.lower, "ed")):
		return 0 // a participle: "will be named", "would be held", "is repeated", "will stay closed" take their tense from the auxiliary
	case known && d != 0:
		return d // "'ll" and "won't" arrive as ' + ll and wo + n't
	}
	if len(t.lower) > 4 && strings.HasSuffix(t.lower, "ed") && !notPast(t.lower) && (!determiner(prev) || relativeThat(toks, k)) {
		return -strong
	}
	return 0
}

// relativeThat reports whether the -ed word at toks[k] follows "that" as
// a relative pronoun: "a unit that arrived in Haiti" (a preposition or an
// article after it), not "that planned trip".
func relativeThat(toks []token, k int) bool {
	if k == 0 || toks[k-1].lower != "that" || k+1 >= len(toks) {
		return false
	}
	switch toks[k+1].lower {
	case "in", "on", "at", "to", "by", "from", "into", "the", "a", "an", "his", "her", "their", "its":
		return true
	}
	return false
}

// passive reports whether w is a form of "be" that makes the participle
// after it passive.
func passive(w string) bool { return w == "be" || w == "been" || w == "being" }

// linking verbs make the -ed word after them an adjective ("will stay
// closed", "remains shut", "gets delayed"): its tense is theirs, not a
// past one. Past forms ("remained closed") are past cues of their own.
func linking(w string) bool {
	switch w {
	case "stay", "stays", "remain", "remains", "keep", "keeps", "get", "gets", "become", "becomes", "seem", "seems":
		return true
	}
	return false
}

// determiner words make the -ed word after them an adjective ("the
// reduced dividend"), not a past-tense verb.
func determiner(w string) bool {
	switch w {
	case "the", "a", "an", "its", "their", "his", "her", "our", "this", "that", "these", "those":
		return true
	}
	return false
}

// notPast lists -ed words that are not past-tense verbs.
func notPast(w string) bool {
	// Only words longer than four letters reach here; future cues such as
	// "scheduled" are found before.
	if negatedParticiple(w) {
		return true
	}
	switch w {
	case "united", "indeed", "speed", "hundred", "proceed", "succeed", "exceed", "naked", "wicked", "sacred",
		"kindred", "embed", "breed", "greed", "bleed",
		"limited", "based", "related", "detailed", "advanced", "armed", "interested", "concerned", "supposed", "alleged":
		return true
	}
	return false
}

// negatedParticiple reports whether an -ed word is "un" and a participle
// ("unnamed", "undisclosed", "unexpected"): an adjective, not a past
// tense, unless un- undoes the verb ("unveiled", "uncovered"; "under-" is
// a prefix of its own: "undermined").
func negatedParticiple(w string) bool {
	if !strings.HasPrefix(w, "un") || strings.HasPrefix(w, "under") {
		return false
	}
	for _, v := range unVerbs() {
		if strings.HasPrefix(w, v) {
			return false
		}
	}
	return true
}

// numberPart reports whether toks[k] continues a number written with a
// decimal point or thousands separator: the mark and the digits after
// it in "42.875" or "2,613" ("$29.75 in March" is as near its verb as
// "$29 in March").
func numberPart(toks []token, k int) bool {
	t := toks[k]
	switch {
	case t.kind == tokPunct:
		return k > 0 && k+1 < len(toks) && decimalMark(toks[k-1], t, toks[k+1])
	case t.kind == tokNum:
		return k > 1 && numberPart(toks, k-1) // decimalMark checks the three touch
	}
	return false
}

// sentenceEnd reports whether toks[k] ends a sentence: ., ! or ? before a
// capitalized word or a paragraph break.
func sentenceEnd(toks []token, k int) bool {
	t := toks[k]
	if t.kind != tokPunct || (t.lower != "." && t.lower != "!" && t.lower != "?") {
		return k+1 < len(toks) && toks[k+1].brk
	}
	if k+1 >= len(toks) {
		return true
	}
	n := toks[k+1]
	if n.brk || n.lower == `"` {
		return true
	}
	// "Dec. 25" and "U.S. officials" are not ends: the previous token is a
	// short abbreviation and the next is not capitalized.
	return n.upper && !(k > 0 && len(toks[k-1].lower) <= 2 && toks[k-1].kind == tokWord)
}

// decimalMark reports whether mark, a point or a comma, joins the
// numbers a and b into one: "42.875", "2,613".
func decimalMark(a, mark, b token) bool {
	return (mark.lower == "." || mark.lower == ",") && a.kind == tokNum && a.end == mark.start &&
		b.kind == tokNum && b.start == mark.end
}
