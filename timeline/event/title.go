// Titles: the clause a source's time expression dates, with the time,
// attribution and lead words taken out, tidied into a card's headline.

package event

import (
	"regexp"
	"slices"
	"sort"
	"strings"
	"unicode"

	"github.com/newsroom/timeline/timeline/article"
	"github.com/newsroom/timeline/timeline/temporal"
	"github.com/newsroom/timeline/timeline/timex"
)

// leadingSubordinate matches "Although …, " at the start of a clause.
var leadingSubordinate = regexp.MustCompile(`(?i)^\s*(although|though|while|despite|as|because|since|if|even as|even though|speaking (?:to|on|at|with|from|in|during|after|before) [^,]+|` +
	conditionOpeners() + `)\b[^,]{0,200},\s*`)

// leadWords stand before a time expression and go with it ("as of" is
// "of" after "as").
var leadWords = map[string]bool{"on": true, "in": true, "at": true, "by": true, "since": true, "until": true,
	"from": true, "during": true, "late": true, "early": true, "through": true, "for": true, "of": true,
	"this": true, "last": true, "between": true}

// trimLeadWords drops the lead words at the end of s.
func trimLeadWords(s string) string {
	for {
		t := strings.TrimRight(s, " \t\n")
		i := strings.LastIndexAny(t, " \t\n") + 1
		w := strings.ToLower(t[i:])
		if !leadWords[w] {
			return s
		}
		s = t[:i]
		if rest := strings.TrimRight(s, " \t\n"); w == "of" && (strings.HasSuffix(strings.ToLower(rest), " as") || strings.EqualFold(rest, "as")) {
			s = rest[:len(rest)-2]
		}
	}
}

// titleWindow bounds, in bytes each side of its time expression, the text
// a candidate's title is made from: a "sentence" with no full stop (a
// pasted chronology) may run for pages, and each of its dates must cost
// the same work however long it runs.
const titleWindow = 600

// title makes an event's headline from the clause a source's time stands
// in, and returns beside it the clause text merging compares (the
// clause's first maxTitleWords words, as merging has always seen them).
func (x *extractor) title(src *Source, breaks map[int][][]int) (head, match string) {
	return x.clauseTitle(src, breaks, false, 0, false)
}

// inPlaceTitle is the headline of a source's clause with its own time
// expression left where the sentence has it ("He died in 1901", "The 1918
// pandemic killed millions") and any date joined to it dropped ("in 1921
// and 1922" is "in 1921" for the 1921 card): a fuller title from the
// sentence's own words, for telling apart two events that share a
// headline (retitle.go). "" for a source whose clause cannot hold it (a
// relative time, a lead).
//
// tail is how many words past the time it may run to end a phrase (0:
// it ends at the time, "… married in 1909" rather than "… married in
// 1909 at Newtown, born 1885").
//
// leading asks for it only when the time opens the clause ("Late
// Wednesday the studio went further"), a title of the last resort; else
// only when it does not.
func (x *extractor) inPlaceTitle(src *Source, tail int, leading bool) string {
	head, _ := x.clauseTitle(src, map[int][][]int{}, true, tail, leading)
	return head
}

// clauseTitle makes title's headline, or inPlaceTitle's when inPlace.
func (x *extractor) clauseTitle(src *Source, breaks map[int][][]int, inPlace bool, tail int, leading bool) (head, match string) {
	// The text as a reader sees it, at Body's offsets: markup is
	// article.Hidden, which the trims below take for space.
	body := src.Doc.Article.Visible()
	s := src.Sentence
	ms, me := src.Mention.Start, src.Mention.End
	ws, we := windowStart(body, s.Start, ms), windowEnd(body, me, s.End)
	clauseStart, clauseEnd := ws, we
	sent := body[s.Start:s.End]
	// For a relative source the happening is what follows "after".
	if strings.HasPrefix(src.Mention.Rule, "relative: ") {
		rest := strings.ToLower(body[me:clauseEnd])
		if i := strings.Index(rest, " after "); i >= 0 {
			clauseStart = me + i + len(" after ")
		} else if i := strings.Index(rest, " before "); i >= 0 {
			clauseStart = me + i + len(" before ")
		}
		ms, me = clauseStart, clauseStart
	} else if otherTime(src, ws, we) {
		locs, ok := breaks[s.Start]
		if !ok {
			locs = titleBreaks(sent)
			breaks[s.Start] = locs
		}
		// Only the breaks inside the window matter.
		first := sort.Search(len(locs), func(i int) bool { return s.Start+locs[i][0] >= clauseStart })
		for _, loc := range locs[first:] {
			b := s.Start + loc[0]
			if b >= clauseEnd {
				break
			}
			switch {
			case b+(loc[1]-loc[0]) <= ms && b+(loc[1]-loc[0]) > clauseStart && otherTime(src, ws, b):
				clauseStart = b + (loc[1] - loc[0])
			case b >= me && b < clauseEnd && otherTime(src, b, we):
				clauseEnd = b
			}
		}
	}
	// A length of time just before the clause's end leads into the next
	// clause's date ("…, a week before Christmas Day"): the headline
	// drops it with that date (merging still compares it).
	lead := ""
	if clauseEnd < we {
		for _, m := range mentionsIn(src.Doc.Mentions, max(me, clauseEnd-titleWindow), clauseEnd) {
			if m.Value.Type == timex.Duration && m.Start >= me && strings.TrimRight(body[m.End:clauseEnd], blank+",") == "" {
				lead = body[m.Start:clauseEnd]
				break
			}
		}
	}
	// A leading subordinate clause ("Although …, the situation …") is
	// context, not the happening.
	if loc := leadingSubordinate.FindStringIndex(body[clauseStart:ms]); loc != nil {
		clauseStart += loc[1]
	}
	// Nor is another time that opens it ("Late Wednesday the studio went
	// further … not in theaters on Christmas Day"): it dates another
	// happening, and a headline starts at its subject.
	clauseStart = pastLeadingTime(src, body, clauseStart, ms)
	relative := strings.HasPrefix(src.Mention.Rule, "relative: ")
	if inPlace {
		if relative || ms >= me || ms < clauseStart || me > clauseEnd {
			return "", ""
		}
		js, je := joinedDates(src, ms, me)
		js, je = max(js, clauseStart), min(je, clauseEnd)
		if _, ok := src.Time.Until(); ok || src.Was != nil {
			ms, me = js, je // a stretch or a move keeps both its days ("from 2009 to 2011")
		}
		clauseEnd = beforeNextTime(src, body, clauseStart, je, clauseEnd)
		// A title that opens with its time is made only when asked for.
		if lead := strings.ToLower(strings.Trim(body[clauseStart:js], blank+",")); (lead == "" || leadWords[lead]) != leading {
			return "", ""
		}
		t := strings.Trim(body[clauseStart:js]+body[ms:me]+body[je:clauseEnd], blank)
		if h := headlineKeeping(x.trimAttribution(t), body[ms:me], tail); h != "" {
			return h, ""
		}
		// The attribution held the time ("according to the 1861 census").
		return headlineKeeping(t, body[ms:me], tail), ""
	}
	// A date after "of" dates the noun before it ("the attacks of
	// September 11, 2001"): that is the headline, while merging compares
	// the clause as ever.
	ofHead := ""
	if w, at := wordBefore(body, clauseStart, ms); !relative && !src.Mention.Anaphoric && strings.EqualFold(w, "of") && !ownsNext(body[me:]) {
		if np, ok := ofPhraseTitle(body, clauseStart, at); ok {
			// It keeps a date written out ("The attacks of September 11,
			// 2001"), not one that counts from the dateline ("of last week").
			if date := article.PlainText(body[ms:me]); strings.ContainsAny(date, "0123456789") {
				np += " of " + date
			}
			ofHead = headline(np)
		}
	}
	if !relative && !src.Mention.Anaphoric {
		if np := namedHappening(*src.Mention); np != "" {
			return headline(np), matchText(np)
		}
		if h, np, ok := nounPhraseTitle(body, clauseStart, ms, me, clauseEnd, mentionsIn(src.Doc.Mentions, clauseStart, ms)); ok {
			return headline(h), matchText(np)
		}
	}
	// A light clause ("The news came on Friday when …") is told by the
	// happening after its connector; the date stands before it.
	inTime := func(from, to int) bool {
		return clauseStart+from >= src.Mention.Start && clauseStart+to <= src.Mention.End
	}
	if k := lightSplit(body[clauseStart:clauseEnd], inTime); k >= 0 && clauseStart+k >= me {
		clauseStart += k
	}
	t := strings.Trim(body[clauseStart:clauseEnd], blank)
	// The date itself is dropped from the title (the timeline shows it),
	// unless it refers back ("the same day"), owns what follows
	// ("Yesterday's mission", which would leave "'s mission") or the
	// title would be empty.
	// A time that is its clause's subject stays in the headline (merging
	// compares the clause without it, as ever).
	whole := t
	subject := ms < me && ms >= clauseStart && isSubject(body[clauseStart:ms], body[me:clauseEnd])
	if !src.Mention.Anaphoric && ms < me && ms >= clauseStart && !ownsNext(body[me:clauseEnd]) {
		ms, me = joinedDates(src, ms, me)
		ms, me = max(ms, clauseStart), min(me, clauseEnd)
		before := strings.TrimRight(body[clauseStart:ms], blank+",")
		before = trimLeadWords(before)
		after := strings.TrimLeft(body[me:clauseEnd], blank+",")
		// A comma after the date stays between what it parts
		// ("… retired in 1974, his son said").
		// Not the comma that closes a date written with one ("on Nov. 24,
		// 2014, when …"): that is the date's own.
		sep := " "
		if f := strings.Fields(before); len(f) > 0 && !danglers[bare(f[len(f)-1])] && !strings.Contains(body[ms:me], ",") && strings.HasPrefix(strings.TrimLeft(body[me:clauseEnd], blank), ",") {
			sep = ", " // not after a word that leans on what follows ("And in 1995, the …")
		}
		if b := strings.TrimSpace(before); strings.HasSuffix(b, ",") {
			// The date was set off by commas ("one diver, on Monday, found"):
			// both go with it.
			before, sep = strings.TrimRight(b, ","), " "
		}
		if u := strings.TrimSpace(strings.TrimSpace(before) + sep + after); wordCount(u) >= 3 {
			t = u
		}
		// A phrase that only leads up to the date ("Speaking at his
		// news conference on Friday, President Obama said …") goes with it.
		if h := strings.TrimLeft(body[me:clauseEnd], blank); strings.HasPrefix(h, ",") && leadsIn(before) && wordCount(after) >= 3 {
			head = headline(x.trimAttribution(after))
		}
	}
	told := func(t string) string { return x.trimAttribution(lightHappening(frontedQuote(t))) }
	t = told(t)
	if ofHead != "" {
		head = ofHead
	}
	if head == "" && subject {
		head = headline(told(whole))
	}
	if head == "" {
		u := t
		if v := strings.TrimSuffix(t, lead); lead != "" && wordCount(v) >= 3 {
			u = v
		}
		// A clause after "and" that opens on its verb shares the
		// sentence's subject, when the title then needs no cut that
		// could lose the verb (merging compares the clause as ever).
		if subj := sharedSubject(src, body, s.Start, clauseStart, u); subj != "" && wordCount(subj)+wordCount(u) <= maxHeadWords {
			u = subj + " " + u
		}
		head = headline(u)
	}
	// A title holds a happening, not only its time ("March 1", "The
	// weeks before March 1"): else the sentence's clause, time and all;
	// a clause that is only its time ("1833).", a list's bare year) tells
	// nothing that happened, and makes no source.
	if in := mentionsIn(src.Doc.Mentions, ws, we); onlyTime(head, in, body) {
		whole := headline(x.trimAttribution(strings.Trim(body[ws:we], blank)))
		if onlyTime(whole, in, body) {
			return "", ""
		}
		head = whole
	}
	return head, matchText(t)
}

// quoteFirst is a quotation put before the report that dates it: `"The
// line will hold," the general wrote`.
var quoteFirst = regexp.MustCompile(`^\s*["“]([^"“”]+?)[,.!?]?["”],?\s+((?:the\s+)?[\w'’.-]+(?:\s+[\w'’.-]+){0,3}?)\s+(wrote|writes|warned|warns|tweeted|posted|declared|threatened|vowed|pledged)[\s.]*$`)

// frontedQuote puts the report before its quotation, so that the title
// says who did what on the day (`The general wrote "the line will
// hold"`): the day dates the writing, not what was written. "said" is
// left to trimAttribution, which drops it.
func frontedQuote(t string) string {
	if !strings.Contains(t, `"`) && !strings.Contains(t, "“") { // not ContainsAny: with “ in its set it decodes every rune
		return t
	}
	m := quoteFirst.FindStringSubmatch(t)
	if m == nil || bareSubjects[strings.ToLower(m[2])] {
		return t // "They wrote …" names no one
	}
	return m[2] + " " + m[3] + ` "` + m[1] + `"`
}

// onlyTime reports whether a title holds nothing but time: the text of
// ms (time expressions in body), lead words, time nouns and function
// words.
func onlyTime(title string, ms []temporal.Mention, body string) bool {
	for _, m := range ms {
		if t := body[m.Start:m.End]; t != "" {
			title = strings.ReplaceAll(title, t, " ")
		}
	}
	for w := range strings.FieldsSeq(title) {
		b := bare(w)
		if b != "" && !leadWords[b] && !timeNouns[strings.TrimSuffix(b, "s")] && !danglers[b] && !isDigits(b) {
			return false
		}
	}
	return true
}

func isDigits(s string) bool {
	return strings.TrimFunc(s, func(r rune) bool { return r >= '0' && r <= '9' }) == ""
}

// pastLeadingTime is where a clause starting at from starts past a time
// expression other than src's that opens it, with its lead words and
// comma ("On Tuesday, …", "Late Wednesday …"); from when none does.
func pastLeadingTime(src *Source, body string, from, ms int) int {
	for _, m := range mentionsIn(src.Doc.Mentions, from, ms) {
		if m.Start == src.Mention.Start || m.End > ms {
			return from
		}
		if ownsNext(body[m.End:ms]) {
			return from // "Tonight's opener …": the time is the subject's, not a lead-in
		}
		if lead := strings.ToLower(strings.Trim(body[from:m.Start], blank)); lead == "" || leadWords[lead] {
			at := m.End
			for at < ms && strings.IndexByte(blank+",", body[at]) >= 0 {
				at++
			}
			return at
		}
		return from
	}
	return from
}

// leadIns open a phrase that sets the scene before the sentence's
// subject: "Speaking at …", "Late …", "Earlier …".
var leadIns = wordSet("speaking on in at late early earlier later by after before during since until following asked writing addressing overnight around")

// leadsIn reports whether s (the text before a date, ending at it) is
// only a lead-in phrase.
func leadsIn(s string) bool {
	if n := wordCount(s); n == 0 || n > 8 {
		return false
	}
	for w := range strings.FieldsSeq(s) {
		return leadIns[bare(w)] && !strings.ContainsAny(s, ",;")
	}
	return false
}

// windowStart is where a title's text may start: the sentence start, or
// the first word within titleWindow bytes before the mention at ms.
func windowStart(body string, start, ms int) int {
	if ms-start <= titleWindow {
		return start
	}
	i := ms - titleWindow
	if j := strings.IndexAny(body[i:ms], " \n\t"); j >= 0 {
		return i + j + 1
	}
	return ms
}

// windowEnd is where a title's text may end: the sentence end, or the
// last word end within titleWindow bytes after the mention ending at me.
func windowEnd(body string, me, end int) int {
	if end-me <= titleWindow {
		return end
	}
	i := me + titleWindow
	if j := strings.LastIndexAny(body[me:i], " \n\t"); j >= 0 {
		return me + j
	}
	return me
}

// ownsNext reports whether text starts with "'s" or "’s" as a word's end.
func ownsNext(text string) bool {
	for _, p := range []string{"'s", "’s"} {
		if strings.HasPrefix(text, p) && (len(text) == len(p) || !unicode.IsLetter(rune(text[len(p)]))) {
			return true
		}
	}
	return false
}

// isSubject reports whether a time between before and after is its
// clause's subject: an auxiliary follows it ("Thursday was the first
// day…", "This year has seen…"), and it opens the clause or what was
// told ("Officials said Thursday was…"), not a relative clause's end
// ("The plane that crashed Tuesday was carrying…").
func isSubject(before, after string) bool {
	first := strings.TrimLeft(after, blank)
	if i := strings.IndexAny(first, blank); i >= 0 {
		first = first[:i]
	}
	if !auxiliaries[strings.ToLower(strings.TrimRight(first, blank+",;:"))] {
		return false
	}
	before = strings.TrimRight(before, blank)
	if before == "" {
		return true
	}
	last := strings.ToLower(strings.Trim(before[strings.LastIndexAny(before, blank)+1:], ",;:"))
	return reportingVerbs[last] || last == "that"
}

// trimAttribution drops "officials said" and the like from a title.
func (x *extractor) trimAttribution(t string) string {
	for _, a := range x.attribution {
		if !a.applies(t) {
			continue
		}
		u := t
		if a.mayEnd(t) && a.trims(t) {
			u = a.re.ReplaceAllString(t, a.repl)
		}
		if u = strings.TrimSpace(u); len(u) > 12 && !opensWithPronoun(u) && !namedOpinion(t, u) {
			t = u
		}
	}
	return t
}

// namedOpinion reports whether trimming t's report to u would take a
// named speaker from what they urge or judge ("President Obama told an
// interviewer that people should keep going to the movies"): with a
// modal, what is reported is the speaker's view, and the view is
// nobody's without them. An anonymous or institutional source ("officials
// said that …") is trimmed as before.
func namedOpinion(t, u string) bool {
	if !strings.HasSuffix(t, u) {
		return false // the report was after the clause: "…, officials said"
	}
	speaker := strings.Fields(t[:len(t)-len(u)])
	named := false
	for i, w := range speaker {
		if i > 0 && w != "" && unicode.IsUpper([]rune(w)[0]) {
			named = true
		}
	}
	if !named {
		return false
	}
	for i, w := range strings.Fields(u) {
		if i >= 6 {
			break
		}
		if opinionModals[strings.ToLower(w)] {
			return true
		}
	}
	return false
}

// opinionModals mark a reported clause as its speaker's view.
var opinionModals = wordSet("should must ought shouldn't mustn't")

// bareSubjects are pronouns that cannot open a title: with its
// attribution gone ("The FBI said that it had enough evidence"), "It had
// enough evidence" names no one.
var bareSubjects = wordSet("it they he she we i")

// opensWithPronoun reports whether t opens with one of bareSubjects.
func opensWithPronoun(t string) bool {
	w, _, _ := strings.Cut(t, " ")
	return bareSubjects[strings.ToLower(w)]
}

// joinedDates widens a date's span over the dates joined to it ("on
// Thursday or Friday", "Monday and Tuesday"), so a title drops them all.
func joinedDates(src *Source, ms, me int) (int, int) {
	body := src.Doc.Article.Visible()
	// Only dates near enough to join can: the window bounds the work. A
	// list ("in 1998, 2004 and 2010") joins from its last date back too:
	// passes go on while the span grows.
	near := mentionsIn(src.Doc.Mentions, max(src.Sentence.Start, ms-titleWindow), min(src.Sentence.End, me+titleWindow))
	// A stretch's second time is joined by whatever its range cue took
	// ("from 1998 until 2004"; pairOf read the words between).
	if _, ok := src.Time.Until(); ok {
		for _, m := range near {
			if m.Start >= me && m.Value.IsCalendar() {
				if m.Start-me <= maxRangeJoiner {
					me = m.End
				}
				break
			}
		}
	}
	for grew := true; grew; {
		grew = false
		for _, m := range near {
			if !m.Value.IsCalendar() {
				continue
			}
			if m.Start >= me && m.Start-me <= maxJoiner && joiner(body[me:m.Start]) {
				me, grew = m.End, true
			} else if m.End <= ms && ms-m.End <= maxJoiner && joiner(body[m.End:ms]) {
				ms, grew = m.Start, true
			}
		}
	}
	return ms, me
}

// maxJoiner is the longest text joiner accepts (" and on "), so that a
// long article is not lowered once per pair of its dates.
const maxJoiner = 10

func joiner(s string) bool {
	switch strings.ToLower(article.PlainText(s)) {
	case "or", "and", "&", "to", "-", "–", "or on", "and on", "or in", "and in", ",", ", and", ", or":
		return true
	}
	return false
}

// otherTime reports whether another calendar time stands in body[from:to]:
// a sentence splits into clauses only where each has its own date.
func otherTime(src *Source, from, to int) bool {
	for _, m := range mentionsIn(src.Doc.Mentions, from, to) {
		if m.Start >= from && m.End <= to && m.Start != src.Mention.Start && m.Value.IsCalendar() {
			return true
		}
	}
	return false
}

var markup = strings.NewReplacer("**", "", "__", "", "*", "", "`", "", "#", "")
var linkRe = regexp.MustCompile(`\[([^\]]*)\]\([^)]*\)`)

// blank is what a title's text is trimmed of: white space, and markup a
// reader does not see.
const blank = " \t\n\x00"

// maxTitleWords is how many of a clause's words merging compares.
const maxTitleWords = 16

// matchText is the clause as merging compares it: markup out, its first
// maxTitleWords words.
func matchText(t string) string {
	t = spaced(stripMarkup(article.PlainText(t)))
	words := strings.Fields(strings.TrimRight(strings.TrimLeft(t, " ,;:-—"), " ,;:-—."))
	if len(words) > maxTitleWords {
		words = words[:maxTitleWords]
	}
	return strings.Join(words, " ")
}

// beforeNextTime is where a title that keeps its time in place ends when
// another time follows it in [from, end): that time is another card's,
// so the title ends before the first clause opener or after the first
// punctuation past its own ("… in 1786 and died in 1821" is "… in 1786"
// on the 1786 card), else at its own time (and a bracket or quote
// closing it). It ends at end when no time follows, or when the cut would
// leave a bracket of the clause (from start) open.
func beforeNextTime(src *Source, body string, start, from, end int) int {
	next := -1
	for _, o := range mentionsIn(src.Doc.Mentions, from, end) {
		if o.Value.IsCalendar() {
			next = o.Start
			break
		}
	}
	if next < 0 {
		return end
	}
	var words []string
	var at [][2]int
	for i := from; i < next; {
		for i < next && strings.ContainsRune(blank, rune(body[i])) {
			i++
		}
		j := i
		for j < next && !strings.ContainsRune(blank, rune(body[j])) {
			j++
		}
		if j > i {
			words, at = append(words, body[i:j]), append(at, [2]int{i, j})
		}
		i = j
	}
	cut := -1
	for k, w := range words {
		if clauseOpener(words, k) {
			cut = at[k][0]
			break
		}
		if strings.ContainsAny(w[len(w)-1:], ",;:") {
			cut = at[k][1]
			break
		}
	}
	if cut < 0 {
		cut = from
		for cut < next && strings.ContainsRune(")]\"”", rune(body[cut])) {
			cut++
		}
	}
	if t := body[start:cut]; strings.Count(t, "(") != strings.Count(t, ")") || strings.Count(t, "[") != strings.Count(t, "]") {
		return end
	}
	return cut
}

// titleBreaks are sent's clause breaks less the reportBreaks no
// reporting verb stands before.
func titleBreaks(sent string) [][]int {
	locs := clauseBreaks(sent)
	out := locs[:0]
	for _, loc := range locs {
		if breakWord(sent, skipSpace(sent, loc[0]), reportBreaks) == loc[1] && !reportsBefore(sent[:loc[0]]) {
			continue
		}
		out = append(out, loc)
	}
	return out
}

// reportsBefore reports whether a reporting verb stands in text.
func reportsBefore(text string) bool {
	for w := range strings.FieldsSeq(text) {
		if reportingVerbs[strings.ToLower(strings.Trim(w, ",;:\"'“”‘’"))] {
			return true
		}
	}
	return false
}

// sharedSubject is the subject a clause starting at clauseStart borrows
// from its sentence's first clause when it opens on its verb after
// "and": "The man had arrived home on Wednesday, and was isolated on
// Saturday" is "The man was isolated" for Saturday: the clause opens on
// an auxiliary (a past verb may open a subject of its own: "and flooded
// streets were closed"). The subject runs from the sentence's start
// (past a time that opens it, "In 2006 the agency filed …") to the first
// verb, relative pronoun ("An aid flight that had been due …") or
// auxiliary, within maxSubjectWords words, no comma and no reporting
// verb (whose subject would the clause's be?); it opens as a subject
// does (subjectOpener: no pronoun, which names no one): "" when there is
// none.
func sharedSubject(src *Source, body string, sentStart, clauseStart int, t string) string {
	before := strings.TrimRight(body[sentStart:clauseStart], blank+",")
	if len(before) < len(" and") || !strings.EqualFold(before[len(before)-len(" and"):], " and") {
		return ""
	}
	first, _, _ := strings.Cut(t, " ")
	if first == "" || unicode.IsUpper(rune(first[0])) || !auxiliaries[bare(first)] && !verbLike(bare(first)) {
		return ""
	}
	if w := strings.Fields(t); !auxiliaries[bare(first)] && slices.ContainsFunc(w[1:min(len(w), 4)], func(w string) bool { return auxiliaries[bare(w)] }) {
		return "" // a past verb opens a subject of its own ("and flooded streets were closed")
	}
	from := pastLeadingTime(src, body, sentStart, clauseStart)
	words := strings.Fields(article.PlainText(body[from:clauseStart]))
	for k, w := range words {
		if k > maxSubjectWords || strings.ContainsAny(w, ",;:()") {
			return ""
		}
		b := bare(w)
		if k == 0 {
			if !subjectOpener(w) {
				return ""
			}
			continue
		}
		if reportingVerbs[b] {
			// "The captain told the crew the ship had …, and was
			// rescued": whose subject? With no told clause, its own.
			if slices.ContainsFunc(words[k+1:], func(w string) bool { return auxiliaries[bare(w)] }) {
				return ""
			}
			return strings.Join(words[:k], " ")
		}
		if auxiliaries[b] || relativeOpeners[b] || verbLike(b) && !determiners[bare(words[k-1])] {
			return strings.Join(words[:k], " ")
		}
	}
	return ""
}

// maxSubjectWords bounds the subject sharedSubject takes.
const maxSubjectWords = 10

// relativeOpeners open a relative clause inside a subject.
var relativeOpeners = wordSet("that which who whom whose")
