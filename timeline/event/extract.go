package event

import (
	"cmp"
	"fmt"
	"regexp"
	"slices"
	"sort"
	"strings"
	"time"

	"github.com/newsroom/timeline/timeline/article"
	"github.com/newsroom/timeline/timeline/temporal"
	"github.com/newsroom/timeline/timeline/timex"
)

// Extraction: each resolved calendar time in a sentence dates the clause
// it stands in. The clause, with the time expression and attribution
// ("the Times reported", "officials said") taken out, is the event's
// title.

// attribution patterns are trimmed from titles when the reporting is not
// the news. Each is data: the words it needs (checked first, cheaply) and
// the pattern that removes them.
type attribution struct {
	cues  []string
	re    *regexp.Regexp
	atEnd bool // the pattern ends the title ("…, officials said")
	// An end-anchored pattern's own ending, checked before it runs: Go's
	// regexp tries such a pattern from every byte of the title. last are
	// the words that may end the title (before a comma or full stop); open
	// are those that may start a run to its end with none of stops in it
	// ("…, they told reporters on Monday").
	last, open []string
	stops      string
	// opensClause: a match whose first word after the comma opens a
	// clause of its own (clauseWords: "…, and he said") is no attribution.
	opensClause bool
	// repl is what the match becomes: a space, or for a speaker's own
	// plan the speaker and the plan ("$1 $2").
	repl string
}

// clauseWords open a clause after a comma that is more than a report.
var clauseWords = wordSet("and but or which who whom that as while when because so although though if")

// trims reports whether a's pattern matches t as an attribution.
func (a attribution) trims(t string) bool {
	if !a.opensClause {
		return true
	}
	loc := a.re.FindStringIndex(t)
	if loc == nil {
		return false
	}
	w, _, _ := strings.Cut(strings.TrimLeft(t[loc[0]:], ", \t\n"), " ")
	return !clauseWords[strings.ToLower(w)]
}

// attributionTail is how near the end of a title the cue of an
// end-anchored pattern must be: looking for "said" only there spares the
// pattern most titles (news sentences say "said" everywhere).
const attributionTail = 100

func attributionPatterns() []attribution {
	src := []struct {
		cues       []string
		re         string
		last, open []string
		stops      string
		// opensClause and repl: as attribution's (repl "" is " ").
		opensClause bool
		repl        string
	}{
		{[]string{"according to", "citing"}, `(?i),\s*(according to|citing)\s+[^,;]+,\s*`, nil, nil, "", false, ""},
		{[]string{"according to", "citing", "According to", "Citing"}, `(?i)^(according to|citing)\s+[^,;]+,\s*`, nil, nil, "", false, ""},
		{[]string{"according to"}, `(?i),?\s*(according to)\s+[^,;]+$`, nil, []string{"according to"}, ",;", false, ""},
		// A report whose source follows its verb: "The pollster said
		// according to its survey, the corner shop overtook …".
		{[]string{"according to", "citing"}, `(?i)^[^,]{0,60}?\s+(said|says|reported|reports),?\s+(according to|citing)\s+[^,;]+,\s*`, nil, nil, "", false, ""},
		// A report after a comma goes whole, however its speaker is
		// named: "…, his son said", "…, government officials told
		// reporters" (not "…, and he said": see clauseWords).
		{[]string{"said", "says", "told", "reported", "added"}, `,\s*([\w'’.-]+\s+){1,3}(said|says|reported|added|told\s+[^,.]+)\s*[,.]?$`,
			[]string{"said", "says", "reported", "added"}, []string{"told"}, ",.", true, ""},
		// A name of up to four capitalized words: "Reuters reported", "the New York Times said".
		{[]string{"reported", "said", "says", "reports", "told"}, `,?\s*([Tt]he\s+)?([A-Z][\w.]*\s*){1,4}\s+(reported|said|says|reports|told\s+[^,.]+)\s*[,.]?$`,
			[]string{"reported", "said", "says", "reports"}, []string{"told"}, ",.", false, ""},
		{[]string{"said", "say", "says", "told"}, `(?i),?\s*(officials|sources|investigators|analysts|experts|police|witnesses|the\s+[\w-]+|he|she|they|(one|an?|another|two|three|several|some)\s+([\w-]+\s+)?(officials?|sources?|spokesman|spokeswoman|spokesperson|people|person|investigators?|analysts?))\s+(said|say|says|told\s+[^,.]+)\s*[,.]?$`,
			[]string{"said", "say", "says"}, []string{"told"}, ",.", false, ""},
		{[]string{"said", "say"}, `(?i)^(officials|sources|investigators|reports)\s+(said|say)\s+(that\s+)?`, nil, nil, "", false, ""},
		// The speaker may be named in apposition: "The agency's director,
		// Jane Roe, said that …".
		{[]string{" that "}, `(?i)^[^,]{0,60}(?:,[^,]{1,40},)?\s+(reported|reports|said|says|told [^,]{0,40}|tells [^,]{0,40})\s+that\s+`, nil, nil, "", false, ""},
		// A speaker telling their own plan or state in the present ("The
		// mayor says she will reopen the schools", "Clinton says at a news
		// conference that she will go to Haiti") is named where the pronoun
		// was ("The mayor will reopen the schools"). Only the present: in
		// "said he would resign" the "would" is the report's, and the title
		// keeps the report.
		{[]string{"says", "tells", "announces"}, `^([^,]{3,60}?)\s+(?:says|tells [^,]{0,40}?|announces)(?:\s+(?:at|in|during|on|to)\s+[^,]{0,40}?)?\s+(?:that\s+)?(?:he|she)\s+((?:will|is|has|plans|wants|hopes|intends|expects)\b.*)`, nil, nil, "", false, "$1 $2"},
	}
	out := make([]attribution, len(src))
	for i, s := range src {
		repl := cmp.Or(s.repl, " ")
		out[i] = attribution{s.cues, regexp.MustCompile(s.re), strings.HasSuffix(s.re, "$"), s.last, s.open, s.stops, s.opensClause, repl}
	}
	return out
}

// mayEnd reports whether an end-anchored pattern can match t: t ends with
// one of last (then spaces and a comma or full stop at most), or one of
// open stands after the last of stops. Case is ignored, as the patterns
// that ignore it need; the check only spares work, the pattern decides.
func (a attribution) mayEnd(t string) bool {
	if len(a.last) == 0 && len(a.open) == 0 {
		return true
	}
	u := strings.TrimSuffix(strings.TrimSuffix(t, ","), ".")
	end := strings.TrimRight(u, " \t\n\f\r")
	for _, w := range a.last {
		if len(end) >= len(w) && strings.EqualFold(end[len(end)-len(w):], w) {
			return true
		}
	}
	run := u[strings.LastIndexAny(u, a.stops)+1:]
	for _, w := range a.open {
		if containsFold(run, w) {
			return true
		}
	}
	return false
}

// containsFold is strings.Contains ignoring ASCII case, without lowering a copy.
func containsFold(s, sub string) bool {
	for i := 0; i+len(sub) <= len(s); i++ {
		if strings.EqualFold(s[i:i+len(sub)], sub) {
			return true
		}
	}
	return false
}

func (a attribution) applies(t string) bool {
	if a.atEnd && len(t) > attributionTail {
		t = t[len(t)-attributionTail:]
	}
	for _, c := range a.cues {
		if strings.Contains(t, c) {
			return true
		}
	}
	return false
}

// A sentence with two dates splits into the clauses each one dates at a
// semicolon, or at one of these words with white space after it: after
// a comma (breaksAfterComma, then leadsAfterComma) or after white
// space (breaksAfterSpace). As an expression (clauseBreakRe in the tests, which
// checks clauseBreaks against it):
// (?i)(;|,\s+(?:and|but|…|as)\s+|\s+(?:when|…|while)\s+|,\s+(?:saying|which)\s+).
var (
	breaksAfterComma = []string{"and", "but", "while", "after", "before", "when", "as"}
	// reportBreaks part a sentence only after a reporting verb (title.go,
	// titleBreaks): "and that" opens a second reported clause ("said
	// sales had doubled since 2003 and that as of October the store …"),
	// not a pronoun's ("Oil prices rose in 2008 and that of gas fell in
	// 2009").
	reportBreaks     = []string{"and that"}
	breaksAfterSpace = append([]string{"when", "after", "before", "while"}, reportBreaks...)
	leadsAfterComma  = []string{"saying", "which"}
)

// clauseBreaks returns the spans of s's clause breaks, as the expression
// above finds them (leftmost, in order, the white space around a word
// taken whole). A scan of its own: the expression, tried at every byte
// of every sentence with two dates, was 2% of a build.
func clauseBreaks(s string) [][]int {
	var out [][]int
	for i := 0; i < len(s); {
		end := -1
		switch c := s[i]; {
		case c == ';':
			end = i + 1
		case c == ',':
			if j := skipSpace(s, i+1); j > i+1 {
				if end = breakWord(s, j, breaksAfterComma); end < 0 {
					end = breakWord(s, j, leadsAfterComma)
				}
			}
		case isSpace(c):
			j := skipSpace(s, i)
			if end = breakWord(s, j, breaksAfterSpace); end < 0 {
				i = j // no break starts anywhere in this run of white space
				continue
			}
		}
		if end < 0 {
			i++
			continue
		}
		out = append(out, []int{i, end})
		i = end
	}
	return out
}

// breakWord is, when one of words starts s[j:] (in any case) with white
// space after it, where that white space ends; else -1.
func breakWord(s string, j int, words []string) int {
	for _, w := range words {
		if k := foldPrefix(s, j, w); k > j && k < len(s) && isSpace(s[k]) {
			return skipSpace(s, k)
		}
	}
	return -1
}

// foldPrefix is where the lower-case ASCII word w ends when s[j:] starts
// with it in any case, else -1. Besides S, ſ (U+017F) folds to s, as
// (?i) has it; no other letter folds to one outside ASCII but k.
func foldPrefix(s string, j int, w string) int {
	for i := 0; i < len(w); i++ {
		switch {
		case j < len(s) && (s[j] == w[i] || 'a' <= w[i] && w[i] <= 'z' && s[j]|0x20 == w[i]): // w is lower-case letters and spaces
			j++
		case w[i] == 's' && strings.HasPrefix(s[j:], "\u017f"):
			j += len("\u017f")
		case w[i] == 'k' && strings.HasPrefix(s[j:], "\u212a"):
			j += len("\u212a")
		default:
			return -1
		}
	}
	return j
}

// isSpace is the expression's \s: ASCII white space but the vertical tab.
func isSpace(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r' }

func skipSpace(s string, i int) int {
	for i < len(s) && isSpace(s[i]) {
		i++
	}
	return i
}

// extractor holds the tables extraction reads.
type extractor struct {
	attribution []attribution
	ranges      []rangeCue
	lexicon     *lexicon  // status cues (cues_en.go)
	spans       []spanCue // spans up to the telling (span_en.go)
}

func newExtractor() *extractor {
	return &extractor{attribution: attributionPatterns(), lexicon: newLexicon(englishCues()), spans: compileSpans(englishSpans()), ranges: compileRanges(englishRanges())}
}

// sourcesOf returns one source per calendar time expression in d. Page
// stamps date no source, and a sentence a stamp is glued to starts, for
// its sources, after the stamp.
func (x *extractor) sourcesOf(d *Doc) []*Source {
	var out []*Source
	sents := d.Article.Sentences
	body := d.Article.Body
	stamped := stampsOf(d.Article, d.Mentions)
	d.stamps, d.stampedOf = stamped, d.Mentions
	live, stampEnd := d.Mentions, -1
	if slices.Contains(stamped, true) {
		live = nil
		for i, m := range d.Mentions {
			if !stamped[i] {
				live = append(live, m)
			}
		}
	}
	si := 0
	textOf, textFrom, text := -1, -1, "" // the reader's text of sentence textOf, from textFrom
	for mi, m := range d.Mentions {
		if stamped[mi] {
			stampEnd = afterStamp(body, m.End)
			continue
		}
		for si < len(sents) && sents[si].End <= m.Start {
			si++
		}
		if si == len(sents) {
			break
		}
		s := sents[si]
		if m.Start < s.Start || m.End > s.End {
			continue // an expression across a sentence break dates neither
		}
		if s.Start < stampEnd && stampEnd <= m.Start {
			s.Start = stampEnd
		}
		t, ok := timeOf(m, d.Article.Anchor.Time)
		if !ok {
			continue
		}
		if in := mentionsIn(live, s.Start, s.End); coveredByFiner(in, m, s) || routine(in, m) {
			continue
		}
		if si != textOf || s.Start != textFrom {
			// Once per sentence, not per time in it.
			textOf, textFrom, text = si, s.Start, d.Article.Plain(s.Start, s.End)
		}
		if callsReader(text) {
			continue // the page talking to its reader (readercall_en.go)
		}
		out = append(out, &Source{Doc: d, Sentence: s, Text: text, Mention: &d.Mentions[mi], Time: t, Anaphoric: m.Anaphoric})
	}
	return out
}

// mentionsIn returns the mentions that start in [from, to), found by
// binary search (mentions are in text order): scanning them all for each
// date made a long chronology cost the square of its length.
func mentionsIn(ms []temporal.Mention, from, to int) []temporal.Mention {
	i := sort.Search(len(ms), func(k int) bool { return ms[k].Start >= from })
	j := sort.Search(len(ms), func(k int) bool { return ms[k].Start >= to })
	return ms[i:max(i, j)]
}

// coveredByFiner reports whether a coarse time ("year-end") shares its
// sentence with a finer one inside it ("Friday afternoon"): the finer one
// dates the happening.
func coveredByFiner(ms []temporal.Mention, m temporal.Mention, s article.Sentence) bool {
	ms0, me0, ok := m.Value.Interval()
	if !ok {
		return false
	}
	for _, o := range ms {
		if o.Start < s.Start || o.End > s.End || o.Start == m.Start || o.Value.Gran <= m.Value.Gran {
			continue
		}
		if os, oe, ok := o.Value.Interval(); ok && !os.Before(ms0) && !oe.After(me0) {
			return true
		}
	}
	return false
}

// timeOf turns a resolved value into an event time. Durations, sets and
// references date nothing. A time after the anchor's day is planned.
func timeOf(m temporal.Mention, anchor time.Time) (Time, bool) {
	v := m.Value
	start, end, ok := v.Interval()
	if !ok {
		return Time{}, false
	}
	t := Time{Value: v, Start: start, End: end, Qualifier: qualifierOf(v.Mod)}
	day := timex.Civil(anchor.Year(), anchor.Month(), anchor.Day())
	if t.Qualifier == Exact && !anchor.IsZero() && start.After(day) {
		t.Qualifier = Planned
	}
	return t, true
}

func qualifierOf(m timex.Mod) Qualifier {
	switch m {
	case timex.Approx:
		return Approximate
	case timex.Before:
		return Before
	case timex.OnOrBefore, timex.EqualOrLess:
		return By
	case timex.After, timex.OnOrAfter:
		return After
	case timex.Start:
		return Start
	case timex.Mid:
		return Mid
	case timex.End:
		return End
	}
	return Exact
}

// relativeSources finds happenings dated by a duration from another:
// "The decision came a day after the hackers threatened" puts the threat
// a day before the decision. The decision's day is the one the article
// gives it: a time before the duration in the same sentence ("On
// Wednesday the studio pulled the film, a day after …"), else the
// article's dated source that tells it in the same words (reads, the
// stemmed words of a text). Only when the article dates it nowhere is it
// taken to be the dateline's day, and the result approximate. dated are
// d's sources from sourcesOf.
func (x *extractor) relativeSources(d *Doc, dated []*Source, reads func(string) []string) []*Source {
	var out []*Source
	body := d.Article.Body
	anchor := d.Article.Anchor.Time
	if anchor.IsZero() {
		return nil
	}
	day := timex.Civil(anchor.Year(), anchor.Month(), anchor.Day())
	seen := make([][]string, len(dated))
	for i, m := range d.Mentions {
		v := m.Value
		if v.Type != timex.Duration || v.Dur.Parts[1].Unit != timex.NoUnit {
			continue
		}
		p := v.Dur.Parts[0]
		if p.N == timex.X || p.N <= 0 || (p.Unit != timex.Days && p.Unit != timex.Weeks) {
			continue
		}
		rest := body[m.End:]
		var sign int
		switch {
		case hasPrefixFold(rest, " after "):
			sign = -1
		case hasPrefixFold(rest, " before "):
			sign = 1
		default:
			continue
		}
		// "a week before Christmas Day" counts from a time, not from a
		// happening: that time dates itself.
		if i+1 < len(d.Mentions) && d.Mentions[i+1].Start-m.End <= len(" before the ") {
			continue
		}
		days := int(p.N)
		if p.Unit == timex.Weeks {
			days *= 7
		}
		sent, ok := sentenceAt(d.Article.Sentences, m.Start, m.End)
		if !ok {
			continue
		}
		from, found := relativeBase(body, sent, m, dated, seen, reads)
		base, qual := day, Approximate
		prefix := RuleRelative
		if found {
			base, qual = from.Time.Start, Exact
			if x, ok := relativeTarget(body, sent, m, cueLen(sign), dated, seen, reads); ok && x != from && agrees(x.Time.Start, base.AddDate(0, 0, sign*days), days) {
				// What it is counted from is dated in the article too
				// ("found on Wednesday, two weeks after the earthquake",
				// the 12 January earthquake told): its own day, written
				// out, is firmer than a rounded count, and its source
				// tells it already.
				continue
			}
		} else if x, ok := relativeTarget(body, sent, m, cueLen(sign), dated, seen, reads); ok {
			// What it is counted from is dated ("Police arrested him two
			// days after the attack", the attack told with its day): the
			// source is the clause before, on that day plus the duration.
			from, found, base, qual, sign, prefix = x, true, x.Time.Start, Exact, -sign, RuleRelativeTo
		} else if !datelineDay(d.Mentions[i+1:], body, sent, m) {
			continue // dated nowhere, and not the dateline's day either
		}
		at := base.AddDate(0, 0, sign*days)
		val := timex.DayOf(at)
		if qual == Approximate {
			val.Mod = timex.Approx
		}
		rel := m
		rel.Value = val
		rel.Rule = prefix + m.Rule
		if found {
			// Named for the reader: which happening it was counted from.
			rel.Rule += fmt.Sprintf(", counted from %s %q, %s", from.Time.Value, strings.TrimSpace(from.Mention.Text), headWords(from.Text, 8))
			anchor := from.Time.Value
			rel.Anchor = &anchor
		}
		out = append(out, &Source{
			Doc: d, Sentence: sent, Text: d.Article.Plain(sent.Start, sent.End), Mention: &rel,
			Time: Time{Value: val, Start: at, End: at.AddDate(0, 0, 1), Qualifier: qual},
		})
	}
	return out
}

// datelineDay reports whether a duration m's clause may be taken to
// tell the dateline's day when the article dates it nowhere ("Six days
// after the earthquake, food is reaching the capital"): not when what it
// is counted from has a time of its own in its clause ("two days after
// Jackson's death in June 2009": that time dates it),
// nor when the clause before is told in the past perfect ("he had been
// trapped two days after the quake": before the article's day). later
// are the mentions after m.
func datelineDay(later []temporal.Mention, body string, sent article.Sentence, m temporal.Mention) bool {
	end := sent.End // of what it is counted from: up to a clause mark
	if k := strings.IndexAny(body[m.End:sent.End], ",;:"); k >= 0 {
		end = m.End + k
	}
	for _, o := range later {
		if o.Start >= end {
			break
		}
		if calendar(o) {
			return false
		}
	}
	var buf [64]token
	all := tokenize(body, sent.Start, sent.End, buf[:0])
	cs, _ := clauseOf(all, sent.Start, sent.End, m.Start, m.End)
	return !slices.ContainsFunc(all, func(t token) bool { return t.start >= cs && t.end <= m.Start && t.w == "had" })
}

// relativeBase finds the dated source that dates what a relative
// duration m is counted from: the clause before it in its sentence. Only
// the article's nearest relativeReach dated sources on either side are
// read (a happening referred to is told near), so a chronology of
// thousands of dates costs no more per date than a short article; seen
// caches their words.
func relativeBase(body string, sent article.Sentence, m temporal.Mention, dated []*Source, seen [][]string, reads func(string) []string) (*Source, bool) {
	at := sort.Search(len(dated), func(k int) bool { return dated[k].Mention.Start >= m.Start })
	for k := at - 1; k >= 0 && dated[k].Sentence.Start == sent.Start; k-- {
		if s := dated[k]; dayGranular(s.Time) && !isRelative(s) {
			return s, true // the nearest time before it, in its sentence
		}
	}
	return tellingNear(reads(body[sent.Start:m.Start]), sent, at, dated, seen, reads)
}

// tellingNear finds, among the relativeReach dated sources on either side
// of dated[at] outside sentence sent, the one whose sentence tells the
// words of a clause: most of them, the most of them.
func tellingNear(clause []string, sent article.Sentence, at int, dated []*Source, seen [][]string, reads func(string) []string) (*Source, bool) {
	var best *Source
	bestShared := 0
	for k := max(0, at-relativeReach); k < min(len(dated), at+relativeReach) && len(clause) > 0; k++ {
		s := dated[k]
		if s.Sentence.Start == sent.Start || !dayGranular(s.Time) || isRelative(s) || s.Time.Qualifier == Planned {
			continue
		}
		if seen[k] == nil {
			seen[k] = reads(s.Text)
		}
		shared := len(sharedWords(clause, seen[k]))
		if 2*shared >= len(clause) && shared > bestShared {
			best, bestShared = s, shared
		}
	}
	return best, best != nil
}

// relativeReach is how many dated sources on each side of a relative
// time relativeBase reads.
const relativeReach = 40

// The rules of relative sources: RuleRelative dates the happening a
// duration is counted from ("the threat", a day before the decision);
// RuleRelativeTo dates the clause before the duration from it ("the
// arrest", two days after the dated attack).
const (
	RuleRelative   = "relative: "
	RuleRelativeTo = "relative-to: "
)

// cueLen is the length of the word after a duration that counts it
// back (sign -1: " after ") or ahead (" before ").
func cueLen(sign int) int {
	if sign < 0 {
		return len(" after ")
	}
	return len(" before ")
}

// relativeTarget finds the dated source that tells what a duration m is
// counted from, the clause after "after"/"before" (skip bytes past m's
// end), in other sentences of the article.
func relativeTarget(body string, sent article.Sentence, m temporal.Mention, skip int, dated []*Source, seen [][]string, reads func(string) []string) (*Source, bool) {
	if m.End+skip >= sent.End {
		return nil, false
	}
	at := sort.Search(len(dated), func(k int) bool { return dated[k].Mention.Start >= m.Start })
	return tellingNear(reads(body[m.End+skip:sent.End]), sent, at, dated, seen, reads)
}

// headWords is the first n words of a text, "…" marking a cut.
func headWords(text string, n int) string {
	f := strings.Fields(text)
	if len(f) <= n {
		return strings.Join(f, " ")
	}
	return strings.Join(f[:n], " ") + " …"
}

func sentenceAt(sents []article.Sentence, off, end int) (article.Sentence, bool) {
	for _, s := range sents {
		if s.Start <= off && off < s.End && end <= s.End {
			return s, true
		}
	}
	return article.Sentence{}, false
}

func hasPrefixFold(s, prefix string) bool {
	return len(s) >= len(prefix) && strings.EqualFold(s[:len(prefix)], prefix)
}

// agrees reports whether a happening's own day lies within a count's
// rounding of the day counted to it (relativeSlack): "two weeks after"
// is said of 12 to 16 days.
func agrees(own, counted time.Time, days int) bool {
	d := own.Sub(counted).Hours() / 24
	return max(d, -d) <= float64(relativeSlack(days))
}
