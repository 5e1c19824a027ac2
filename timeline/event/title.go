// Titles: the clause a source's time expression dates, with the time,
// attribution and lead words taken out, tidied into a card's headline.

package event

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// leadingSubordinate matches "Although …, " at the start of a clause.
var leadingSubordinate = regexp.MustCompile(`(?i)^\s*(although|though|while|despite|as|because|since|if|even as|even though|speaking to [^,]+)\b[^,]{0,200},\s*`)

// leadWords stand before a time expression and go with it ("as of" is
// "of" after "as").
var leadWords = map[string]bool{"on": true, "in": true, "at": true, "by": true, "since": true, "until": true,
	"from": true, "during": true, "late": true, "early": true, "through": true, "for": true, "of": true,
	"this": true, "last": true}

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

// title makes an event title from the clause a source's time stands in.
func (x *extractor) title(src *Source, breaks map[int][][]int) string {
	body := src.Doc.Article.Body
	s := src.Sentence
	ms, me := src.Mention.Start, src.Mention.End
	clauseStart, clauseEnd := s.Start, s.End
	sent := body[s.Start:s.End]
	// For a relative source the happening is what follows "after".
	if strings.HasPrefix(src.Mention.Rule, "relative: ") {
		rest := body[me:s.End]
		if i := strings.Index(strings.ToLower(rest), " after "); i >= 0 {
			clauseStart = me + i + len(" after ")
		} else if i := strings.Index(strings.ToLower(rest), " before "); i >= 0 {
			clauseStart = me + i + len(" before ")
		}
		ms, me = clauseStart, clauseStart
	} else if otherTime(src, s.Start, s.End) {
		locs, ok := breaks[s.Start]
		if !ok {
			locs = clauseBreak.FindAllStringIndex(sent, -1)
			breaks[s.Start] = locs
		}
		for _, loc := range locs {
			b := s.Start + loc[0]
			switch {
			case b+(loc[1]-loc[0]) <= ms && b+(loc[1]-loc[0]) > clauseStart && otherTime(src, s.Start, b):
				clauseStart = b + (loc[1] - loc[0])
			case b >= me && b < clauseEnd && otherTime(src, b, s.End):
				clauseEnd = b
			}
		}
	}
	// A leading subordinate clause ("Although …, the situation …") is
	// context, not the happening.
	if loc := leadingSubordinate.FindStringIndex(body[clauseStart:ms]); loc != nil {
		clauseStart += loc[1]
	}
	relative := strings.HasPrefix(src.Mention.Rule, "relative: ")
	if !relative && !src.Mention.Anaphoric {
		if np, ok := nounPhraseTitle(body, clauseStart, ms, me, clauseEnd, mentionsIn(src.Doc.Mentions, clauseStart, ms)); ok {
			return tidyTitle(np)
		}
	}
	t := strings.TrimSpace(body[clauseStart:clauseEnd])
	// The date itself is dropped from the title (the timeline shows it),
	// unless it refers back ("the same day"), owns what follows
	// ("Yesterday's mission", which would leave "'s mission") or the
	// title would be empty.
	if !src.Mention.Anaphoric && ms < me && !ownsNext(body[me:clauseEnd]) {
		ms, me = joinedDates(src, ms, me)
		before := strings.TrimRight(body[clauseStart:ms], " ,")
		before = trimLeadWords(before)
		after := strings.TrimLeft(body[me:clauseEnd], " ,")
		if u := strings.TrimSpace(strings.TrimSpace(before) + " " + after); len(strings.Fields(u)) >= 3 {
			t = u
		}
	}
	return tidyTitle(x.trimAttribution(t))
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

// trimAttribution drops "officials said" and the like from a title.
func (x *extractor) trimAttribution(t string) string {
	for _, a := range x.attribution {
		if !a.applies(t) {
			continue
		}
		u := t
		if a.mayEnd(t) {
			u = a.re.ReplaceAllString(t, " ")
		}
		if u = strings.TrimSpace(u); len(u) > 12 {
			t = u
		}
	}
	return t
}

// joinedDates widens a date's span over the dates joined to it ("on
// Thursday or Friday", "Monday and Tuesday"), so a title drops them all.
func joinedDates(src *Source, ms, me int) (int, int) {
	body := src.Doc.Article.Body
	for _, m := range mentionsIn(src.Doc.Mentions, src.Sentence.Start, src.Sentence.End) {
		if !m.Value.IsCalendar() {
			continue
		}
		if m.Start >= me && m.Start-me <= maxJoiner && joiner(body[me:m.Start]) {
			me = m.End
		} else if m.End <= ms && ms-m.End <= maxJoiner && joiner(body[m.End:ms]) {
			ms = m.Start
		}
	}
	return ms, me
}

// maxJoiner is the longest text joiner accepts (" and on "), so that a
// long article is not lowered once per pair of its dates.
const maxJoiner = 10

func joiner(s string) bool {
	switch strings.ToLower(strings.TrimSpace(s)) {
	case "or", "and", "to", "-", "–", "or on", "and on", "or in", "and in":
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

// maxTitleWords keeps titles headline-length.
const maxTitleWords = 16

func tidyTitle(t string) string {
	// Markup and links go until none is left: taking one out can make
	// another ("_#_" leaves "__", "[[a](b)](c)" leaves "[a](c)"); each
	// pass shortens the title.
	for {
		u := markup.Replace(t)
		if strings.Contains(u, "](") {
			u = linkRe.ReplaceAllString(u, "$1")
		}
		if u == t {
			break
		}
		t = u
	}
	t = strings.Join(strings.Fields(t), " ")
	// Trailing full stops go with the rest: "L. Rowland. ." once a year
	// between them is dropped.
	t = strings.TrimRight(strings.TrimLeft(t, " ,;:-—"), " ,;:-—.")
	words := strings.Fields(t)
	if len(words) > maxTitleWords {
		t = strings.Join(words[:maxTitleWords], " ") + " …"
	}
	if r, size := utf8.DecodeRuneInString(t); size > 0 && unicode.IsLower(r) {
		t = string(unicode.ToUpper(r)) + t[size:]
	}
	return t
}
