package article

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Sentence segmentation for news text. A period ends a sentence unless the
// word before it is an abbreviation that does not end sentences (titles,
// months, initials), or the word after it shows the sentence goes on
// (lower case, a digit after a month). Dotted acronyms and "a.m."/"p.m."
// end a sentence only before a word that typically starts one.

// noBreakAbbrevs never end a sentence: a name or number follows them.
func noBreakAbbrevs() []string {
	return []string{"mr", "mrs", "ms", "dr", "prof", "gen", "sen", "rep", "gov", "lt", "col", "sgt", "capt", "cmdr", "adm",
		"maj", "pres", "supt", "det", "insp", "rev", "fr", "st", "mt", "ft", "no", "nos", "vol", "pp", "fig", "vs", "v",
		"jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "e.g", "i.e", "approx"}
}

// mayBreakAbbrevs end a sentence only before a typical sentence starter.
func mayBreakAbbrevs() []string {
	return []string{"inc", "corp", "co", "ltd", "llc", "plc", "jr", "sr", "etc", "a.m", "p.m", "u.s", "u.k", "u.n", "e.u",
		"d.c", "l.a", "n.y", "bros", "dept", "univ", "assn", "gov't"}
}

// sentenceStarters are words that begin sentences far more often than
// they follow an abbreviation inside one.
func sentenceStarters() []string {
	return []string{"the", "a", "an", "he", "she", "it", "they", "we", "i", "you", "this", "that", "these", "those", "in",
		"on", "at", "but", "and", "or", "so", "yet", "if", "when", "while", "after", "before", "as", "his", "her", "its",
		"their", "our", "there", "here", "meanwhile", "however", "still", "also", "some", "many", "most", "one", "two",
		"officials", "police", "according", "despite", "although", "since", "for", "with", "what", "who", "why", "how",
		"sony", "north", "investigators", "no", "not", "more", "such", "both", "each", "all", "last", "earlier", "later"}
}

// reportingVerbs, after a quote closed by "!" or "?" and a name, carry
// the quote's sentence on: `"I'm hosting!" Ellen tweeted Friday.` is one
// sentence (its time dates the tweet), not a quote and a fragment
// (examples in TestSegmenter).
func reportingVerbs() []string {
	return []string{"said", "says", "asked", "asks", "added", "adds", "tweeted", "tweets", "wrote", "writes", "told",
		"tells", "posted", "shouted", "yelled", "exclaimed", "wondered", "demanded", "joked", "declared", "replied",
		"insisted", "cried", "chanted"}
}

// reportBack is how many words of a name may stand between a quote and
// its reporting verb ("Senate Majority Leader Harry Reid asked").
const reportBack = 5

var monthNames = map[string]bool{"january": true, "february": true, "march": true, "april": true, "may": true, "june": true,
	"july": true, "august": true, "september": true, "october": true, "november": true, "december": true}

// Segmenter splits text into sentences.
type Segmenter struct {
	noBreak, mayBreak, starters, reporting map[string]bool
}

// NewSegmenter builds a segmenter from the word lists above.
func NewSegmenter() *Segmenter {
	set := func(ws []string) map[string]bool {
		m := make(map[string]bool, len(ws))
		for _, w := range ws {
			m[w] = true
		}
		return m
	}
	return &Segmenter{set(noBreakAbbrevs()), set(mayBreakAbbrevs()), set(sentenceStarters()), set(reportingVerbs())}
}

// Split returns the sentences of text as byte spans, trimmed of space. A
// blank line always ends a sentence; so does a single line break after a
// line that does not continue (a heading or a line of its own).
func (s *Segmenter) Split(text string) []Sentence {
	var out []Sentence
	start := -1
	emit := func(end int) {
		if start < 0 {
			return
		}
		e := end
		for e > start && isSpaceByte(text[e-1]) {
			e--
		}
		if e > start {
			out = append(out, Sentence{start, e})
		}
		start = -1
	}
	for i := 0; i < len(text); {
		c := text[i]
		if start < 0 {
			if isSpaceByte(c) {
				i++
				continue
			}
			start = i
		}
		switch c {
		case '\n':
			if j := skipSpaces(text, i+1); j < len(text) && (text[j] == '\n' || strings.HasPrefix(text[j:], "#")) || s.lineEnds(text, i) ||
				i-start > maxWrapped {
				emit(i)
			}
			i++
			continue
		case '.', '!', '?':
			end := i + 1
			for end < len(text) && (text[end] == '.' || text[end] == '!' || text[end] == '?') {
				end++
			}
			end = skipClosers(text, end)
			if end >= len(text) || isSpaceByte(text[end]) {
				if s.breaksAt(text, i, end) {
					emit(end)
				}
			}
			i = end
			continue
		}
		_, size := utf8.DecodeRuneInString(text[i:])
		i += size
	}
	emit(len(text))
	return out
}

// maxWrapped is the longest a sentence runs on across a line break, in
// bytes: a news sentence is rarely half of it, and past it a line break
// ends the sentence, so a text without full stops (a table pasted as
// text) never makes one sentence of thousands of lines, whose cost grows
// with the square of its length further on.
const maxWrapped = 1 << 10

// lineEnds reports whether the line ending at text[i] (a '\n') stands on
// its own: it ends with sentence punctuation or a colon, the next line
// starts a list item, or it and the next line are both dated entries of
// a list (a chronology: "March 3, 2011 the board approved the plan").
func (s *Segmenter) lineEnds(text string, i int) bool {
	j := skipSpaces(text, i+1)
	if j < len(text) && strings.ContainsRune("-*+>|", rune(text[j])) {
		return true
	}
	if datedLead(text, j) && datedLead(text, skipSpaces(text, strings.LastIndexByte(text[:i], '\n')+1)) {
		return true
	}
	k := i
	for k > 0 && isSpaceByte(text[k-1]) {
		k--
	}
	return k > 0 && strings.ContainsRune(".!?:\"”", rune(text[k-1]))
}

// datedLead reports whether text at j starts with a date, as a list
// entry does: a digit ("2011-04-02", "12 May 1998") or a month and a
// digit ("March 9", "Sept. 30"). One line that does is a wrapped
// sentence going on; two in a row are entries.
func datedLead(text string, j int) bool {
	if j >= len(text) {
		return false
	}
	if c := text[j]; c >= '0' && c <= '9' {
		return true
	}
	k := j
	for k < len(text) && (text[k]|0x20 >= 'a' && text[k]|0x20 <= 'z') {
		k++
	}
	w := strings.ToLower(text[j:k])
	if !monthNames[w] && !(len(w) >= 3 && monthAbbrev(w)) {
		return false
	}
	if k < len(text) && text[k] == '.' {
		k++
	}
	k = skipSpaces(text, k)
	return k > j && k < len(text) && text[k] >= '0' && text[k] <= '9'
}

// monthAbbrev reports whether w is a month's usual short form.
func monthAbbrev(w string) bool {
	switch w {
	case "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec":
		return true
	}
	return false
}

// breaksAt decides whether the punctuation at text[i:end] ends a sentence.
func (s *Segmenter) breaksAt(text string, i, end int) bool {
	next, nextUpper, nextDigit, nextOpen := nextWord(text, end)
	if next == "" && !nextOpen {
		return true // end of text
	}
	if text[i] != '.' {
		if nextUpper && end > i+1 && closesQuote(text[i+1:end]) && s.reportedBy(text, end) {
			return false
		}
		return nextUpper || nextDigit || nextOpen
	}
	word := prevWord(text, i)
	lw := strings.ToLower(word)
	switch {
	case s.noBreak[lw]:
		return false
	case nextDigit && monthNames[lw]:
		return false // "on May. 1, 2015": a month, however it is dotted
	case len(word) == 1 && unicode.IsUpper(rune(word[0])):
		return false // an initial: "N. Korea", "John F. Kennedy"
	case s.mayBreak[lw] || strings.Contains(lw, "."):
		return nextOpen || (nextUpper && s.starters[strings.ToLower(next)])
	}
	return nextUpper || nextDigit || nextOpen
}

// closesQuote reports whether closers (what follows "!" or "?") close a
// quotation.
func closesQuote(closers string) bool { return strings.ContainsAny(closers, "\"”’'") }

// reportedBy reports whether the words after end are a name, capitalised
// word by word, then a reporting verb: the speaker of the quote before.
func (s *Segmenter) reportedBy(text string, end int) bool {
	j := end
	for n := 0; n <= reportBack; n++ {
		w, upper, _, open := nextWord(text, j)
		if w == "" || open {
			return false
		}
		if n > 0 && s.reporting[w] {
			return true
		}
		if !upper {
			return false
		}
		j = skipSpaces(text, j)
		j += len(w)
		j = nameGoesOn(text, j)
		if j < len(text) && text[j] == '.' { // an initial: "John F. Kennedy"
			j++
		}
	}
	return false
}

// nameGoesOn returns where the name word ending at text[j] ends when a
// hyphen or an apostrophe joins more letters to it ("Jean-Pierre",
// "O'Brien", "O’Hare"): nextWord stops at either.
func nameGoesOn(text string, j int) int {
	for j < len(text) {
		r, size := utf8.DecodeRuneInString(text[j:])
		if r != '-' && r != '\'' && r != '’' {
			return j
		}
		k := j + size
		for k < len(text) {
			r, size := utf8.DecodeRuneInString(text[k:])
			if !unicode.IsLetter(r) {
				break
			}
			k += size
		}
		if k == j+size {
			return j // a dash or a closing quote, not a joined name
		}
		j = k
	}
	return j
}

// prevWord returns the word before text[i], including inner periods
// ("U.S" before the final period).
func prevWord(text string, i int) string {
	j := i
	for j > 0 {
		r, size := utf8.DecodeLastRuneInString(text[:j])
		if !unicode.IsLetter(r) && r != '.' && r != '\'' {
			break
		}
		j -= size
	}
	return strings.TrimLeft(text[j:i], ".")
}

// nextWord reads the word after position end, skipping spaces; nextOpen
// is true when a quote or bracket opens a new sentence.
func nextWord(text string, end int) (word string, upper, digit, open bool) {
	j := skipSpaces(text, end)
	for j < len(text) {
		r, size := utf8.DecodeRuneInString(text[j:])
		if r == '"' || r == '“' || r == '‘' || r == '(' || r == '\'' || r == '[' {
			open = true
			j += size
			continue
		}
		break
	}
	k := j
	for k < len(text) {
		r, size := utf8.DecodeRuneInString(text[k:])
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
			break
		}
		k += size
	}
	word = text[j:k]
	if word != "" {
		r, _ := utf8.DecodeRuneInString(word)
		upper, digit = unicode.IsUpper(r), unicode.IsDigit(r)
		open = open && (upper || digit)
	}
	return
}

func skipClosers(text string, i int) int {
	for i < len(text) {
		r, size := utf8.DecodeRuneInString(text[i:])
		if r != '"' && r != '”' && r != '’' && r != '\'' && r != ')' && r != ']' {
			break
		}
		i += size
	}
	return i
}

func skipSpaces(text string, i int) int {
	for i < len(text) && (text[i] == ' ' || text[i] == '\t' || text[i] == '\r' || text[i] == Hidden) {
		i++
	}
	return i
}

// isSpaceByte reports white space, or a byte of markup a reader does not
// see (Hidden, in a Markdown body's view): it parts words as a space does.
func isSpaceByte(c byte) bool { return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == Hidden }
