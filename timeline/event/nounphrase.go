package event

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsroom/timeline/timeline/article"
	"github.com/newsroom/timeline/timeline/temporal"
)

// A date that modifies a noun — "its December 25th release", "the Dec. 5
// vote on the budget", "the September 11 attacks" — dates the happening
// that noun names, not the clause's verb: "On Wednesday, Sony canceled its
// December 25th release" holds a release planned for Dec. 25, not a
// cancellation on Dec. 25. Such an event is titled by its noun phrase.

// possessives stand before a date that modifies a noun.
var possessives = map[string]bool{"its": true, "their": true, "his": true, "her": true}

// determiners that may open such a noun phrase, besides the possessives.
var npDeterminers = map[string]bool{"the": true, "a": true, "an": true}

// npStops are words that cannot be the noun a date modifies, or that end
// its phrase.
var npStops = map[string]bool{
	"and": true, "or": true, "but": true, "to": true, "at": true, "in": true, "on": true, "by": true, "for": true,
	"from": true, "with": true, "after": true, "before": true, "when": true, "while": true, "that": true,
	"which": true, "who": true, "as": true, "than": true, "because": true, "until": true, "since": true,
	"is": true, "was": true, "were": true, "are": true, "will": true, "would": true, "said": true, "says": true,
	"has": true, "had": true, "have": true, "be": true, "been": true, "it": true, "he": true, "she": true, "they": true,
}

// timeNouns name a part of time, not a happening: "the end of March",
// "the night of Dec. 16" are times, and title nothing.
var timeNouns = wordSet("end start beginning middle rest part half week weekend month year day night morning " +
	"afternoon evening hours spring summer autumn fall winter season quarter course eve turn anniversary")

// maxOfWords bounds the words between "the" and "of" in a noun phrase a
// date postmodifies: one, the noun ("the attacks of …"); with two, "The
// studio spoke of Tuesday" would read as a noun phrase.
const maxOfWords = 1

// ofPhraseTitle titles a date that follows "of" and postmodifies a noun
// phrase — "they invoked the attacks of September 11, 2001" dates the
// attacks, not the invoking — by that phrase ("The attacks"). of is
// where "of" starts in body; clauseStart bounds the search back.
func ofPhraseTitle(body string, clauseStart, of int) (string, bool) {
	var words []string
	at := of
	for len(words) <= maxOfWords {
		w, start := wordBefore(body, clauseStart, at)
		if w == "" || strings.ContainsAny(w, ",;:") {
			return "", false
		}
		lw := strings.ToLower(w)
		if npDeterminers[lw] && len(words) > 0 {
			if timeNouns[bare(words[len(words)-1])] {
				return "", false
			}
			return "The " + strings.Join(words, " "), true
		}
		if npStops[lw] || possessives[lw] {
			return "", false
		}
		if r, _ := utf8.DecodeRuneInString(w); !unicode.IsLower(r) {
			return "", false // a name ("the Battle of Britain" is no noun of a date)
		}
		words = append([]string{w}, words...)
		at = start
	}
	return "", false
}

// maxNPWords bounds a noun-phrase title.
const maxNPWords = 8

// nounPhraseTitle returns the title for a date at body[ms:me] that
// modifies a noun, and false when it does not. The title keeps the date
// where the phrase has it ("The 1989 earthquake": the date is what makes
// the phrase a happening); what merging compares does not (match).
// clauseStart and clauseEnd bound the clause it stands in; times are the
// time expressions before it.
func nounPhraseTitle(body string, clauseStart, ms, me, clauseEnd int, times []temporal.Mention) (title, match string, ok bool) {
	match, ok = nounPhrase(body, clauseStart, ms, me, clauseEnd, times)
	if !ok {
		return "", "", false
	}
	// The date goes before the phrase's first word that nounPhrase took
	// from after it: match ends with those words.
	np := npWords(body[me:clauseEnd])
	head := strings.TrimSuffix(match, np)
	date := article.PlainText(body[ms:me])
	return head + date + " " + np, match, true
}

// npWords is the noun phrase nounPhrase takes after a date, as it
// writes it, or "".
func npWords(rest string) string {
	rest = strings.TrimLeft(rest, " *_\x00")
	var words []string
	for w := range strings.FieldsSeq(rest) {
		bare := strings.TrimRight(w, ",;:.!?\"”)")
		lw := strings.ToLower(bare)
		if bare == "" || npStops[lw] || strings.HasSuffix(lw, "ly") || (len(words) > 0 && verbLike(lw)) {
			break
		}
		words = append(words, bare)
		if bare != w || len(words) == maxNPWords {
			break // punctuation closes the phrase
		}
	}
	np := strings.Join(words, " ")
	if strings.Count(np, `"`)%2 == 1 {
		np += `"`
	}
	return np
}

// pastVerbs are verbs in the past tense that end no "-ed": after a noun
// they are the clause's verb ("the 1989 earthquake struck"), not part of
// its phrase.
var pastVerbs = wordSet("struck hit left began met fell rose took made gave won lost came went began grew shook broke ran sank spoke")

// verbLike reports whether a word after a noun reads as the clause's
// verb in the past tense ("Survivors of the 1989 earthquake gathered").
func verbLike(w string) bool {
	return pastVerbs[w] || (len(w) > 4 && strings.HasSuffix(w, "ed"))
}

// nounPhrase is nounPhraseTitle's phrase without its date.
func nounPhrase(body string, clauseStart, ms, me, clauseEnd int, times []temporal.Mention) (string, bool) {
	det, detStart := wordBefore(body, clauseStart, ms)
	lower := strings.ToLower(det)
	owned := strings.HasSuffix(lower, "'s") || strings.HasSuffix(lower, "’s")
	if !possessives[lower] && !npDeterminers[lower] && !owned {
		return "", false
	}
	// The noun phrase: from the first word after the date to the end of
	// the clause or the first word that cannot belong to it.
	np := npWords(body[me:clauseEnd])
	if np == "" {
		return "", false
	}
	if r, _ := utf8.DecodeRuneInString(np); !unicode.IsLower(r) {
		return "", false // "the Dec. 5 Senate vote" is fine, "the Dec. 5 Sony" is a name, not a noun
	}
	if first, _, _ := strings.Cut(np, " "); verbLike(first) {
		return "", false // "the 1918 caused …": the date is the subject, not a noun's modifier
	}
	switch {
	case owned:
		return ownerBefore(body, clauseStart, detStart) + det + " " + np, true
	case possessives[lower]:
		if subj := subject(body, clauseStart, detStart, times); subj != "" {
			return possessive(subj) + " " + np, true
		}
	}
	return "The " + np, true
}

// wordBefore returns the word that ends just before off (markup and
// spaces skipped) and where it starts.
func wordBefore(body string, from, off int) (string, int) {
	end := off
	for end > from && strings.ContainsRune(" *_\x00", rune(body[end-1])) {
		end--
	}
	start := end
	for start > from {
		r, size := utf8.DecodeLastRuneInString(body[from:start])
		if unicode.IsSpace(r) {
			break
		}
		start -= size
	}
	return body[start:end], start
}

// ownerBefore returns the capitalized words before a possessive ("Sony
// Pictures" of "Sony Pictures' "), with a trailing space, or "".
func ownerBefore(body string, from, off int) string {
	w, start := wordBefore(body, from, off)
	if w == "" || !unicode.IsUpper(rune(w[0])) {
		return ""
	}
	return ownerBefore(body, from, start) + w + " "
}

// subject returns the run of capitalized words that opens
// body[from:to], after any time expressions (times) and the words that
// lead them ("On Dec. 17, Sony officially canceled" → "Sony"), or "" when
// the clause opens otherwise.
func subject(body string, from, to int, times []temporal.Mention) string {
	clause := []byte(body[from:to])
	for _, m := range times {
		for k := max(m.Start, from); k < min(m.End, to); k++ {
			clause[k-from] = ' '
		}
	}
	var run []string
	for w := range strings.FieldsSeq(string(clause)) {
		bare := strings.Trim(w, ",*_\"“”")
		if len(run) == 0 && (bare == "" || leadWords[strings.ToLower(bare)]) {
			continue
		}
		if r, _ := utf8.DecodeRuneInString(bare); !unicode.IsUpper(r) {
			break
		}
		run = append(run, bare)
		if strings.HasSuffix(w, ",") {
			break
		}
	}
	// "The carmaker": a capitalized article before a common noun names
	// nobody ("The's December 25th launch").
	if len(run) > 0 && nounStop[strings.ToLower(run[len(run)-1])] {
		return ""
	}
	return strings.Join(run, " ")
}

func possessive(name string) string {
	if strings.HasSuffix(name, "s") {
		return name + "'"
	}
	return name + "'s"
}

// namedHappening is the happening a time expression names as well as
// dates ("the September 11 attacks", "the 9/11 attacks": a date the
// happening is known by, with its noun), or "".
func namedHappening(m temporal.Mention) string {
	if m.Rule != "famous-date" {
		return ""
	}
	f := strings.Fields(m.Text)
	if len(f) < 2 {
		return ""
	}
	last := strings.TrimRight(f[len(f)-1], ".,;:")
	if r, _ := utf8.DecodeRuneInString(last); !unicode.IsLower(r) || timeNouns[last] {
		return ""
	}
	return strings.Join(f, " ")
}
