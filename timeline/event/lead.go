package event

import (
	"regexp"
	"slices"
	"strings"
	"time"
	"unicode"

	"github.com/newsroom/timeline/timeline/temporal"
	"github.com/newsroom/timeline/timeline/timex"
)

// A news story opens with its happening, told without a time ("Esther
// Williams, the swimmer turned film star, has died"; the headline
// "Lohan checks into rehab"): it happened on the dateline's day or just
// before. The headline and the lead's first sentences that no time
// expression dates (but one in a relative clause set off by commas, or
// a year naming a thing: datesMain), when they report something done (a past or perfect
// verb; a headline's present tense is its past), are a source on the
// dateline's day, approximate: a firm source sets the event's day, and
// the lead joins it (a lead may mean the day before the dateline too,
// leadDay); an event only leads tell is no card (dropLeadOnly), but
// still dates its dateline's day among the key dates' evidence.

// RuleLead is the rule of a lead's source: it has no expression of its own.
const RuleLead = "lead: the dateline's day"

// ruleLeadBody is the rule of a lead its own body dates (leadsToBody).
const ruleLeadBody = "lead: the day its body gives"

// isLead reports whether s is a lead's source, on its dateline's day or its body's.
func isLead(s *Source) bool { return s.Mention.Rule == RuleLead || s.Mention.Rule == ruleLeadBody }

// leadOnly reports whether only leads tell e: it is no card (dropLeadOnly).
func leadOnly(e *Event) bool {
	return !slices.ContainsFunc(e.Sources, func(s *Source) bool { return !isLead(s) })
}

// maxLead is how many sentences from the top of the body may be the lead
// (the headline among them when the body repeats it). Measured on ECB+
// dev and Timeline17 dev: 1 → ECB+ merge F1 0.445 → 0.539, coverage
// 0.234 → 0.355, Timeline17 date_F1 unchanged (0.764); 2 → Timeline17
// 0.758; 3 → ECB+ 0.566 but Timeline17 0.742 (leads of articles a day
// or more after the happening crowd the key dates).
const maxLead = 1

// doneVerb finds a past or perfect verb: "has died", "were killed",
// "checked into", "said". Irregular pasts are listed; others end in -ed.
var doneVerb = regexp.MustCompile(`(?i)\b(has|have|had|was|were)\s+(been\s+)?\w+(ed|en|wn|ne|t)\b|\b\w{3,}ed\b|\b(died|killed|won|lost|struck|hit|shot|left|quit|fell|took|made|went|gave|sent|began|broke|fled|stole|sold|bought|caught|held|met|led|rose|said)\b`)

// leadSources returns the lead's sources of d.
func leadSources(d *Doc) []*Source {
	a := d.Article
	if a.Anchor.IsZero() {
		return nil
	}
	t := approxDay(a.Anchor.Time)
	var out []*Source
	for i, s := range a.Sentences {
		if i >= maxLead {
			break
		}
		text := a.Plain(s.Start, s.End)
		if datesMain(a.Visible(), mentionsIn(d.Mentions, s.Start, s.End), s.Start, s.End) || wordCount(text) < 5 {
			continue // dated by its own expression, or a stamp, or too short to tell anything
		}
		headline := i == 0 && strings.EqualFold(strings.TrimSpace(text), strings.TrimSpace(a.Title))
		if !headline && !doneVerb.MatchString(text) {
			continue
		}
		m := temporal.Mention{Start: s.Start, End: s.Start, Value: t.Value, Rule: RuleLead}
		out = append(out, &Source{Doc: d, Sentence: s, Text: text, Mention: &m, Time: t})
	}
	return out
}

// approxDay is the civil day of t, told approximately: a lead's time.
func approxDay(t time.Time) Time {
	day := timex.Civil(t.Year(), t.Month(), t.Day())
	val := timex.DayOf(day)
	val.Mod = timex.Approx
	return Time{Value: val, Start: day, End: day.AddDate(0, 0, 1), Qualifier: Approximate}
}

// relativeAside is a relative clause set off by commas (", who swam to
// stardom in the 1940s,"): what it dates is its own, not the sentence's
// happening.
var relativeAside = regexp.MustCompile(`(?i),\s+(?:who|which|whose)\b[^,;:]*(?:,|$)`)

// datesMain reports whether one of the time expressions ms of the
// sentence body[start:end] dates its main clause: one outside every
// relative clause set off by commas that is no year before a noun.
// "Esther Williams, who swam to stardom in the 1940s, dies at 91" and
// "DeGeneres to host 2014 Oscars" leave their happening undated, a
// lead's.
func datesMain(body string, ms []temporal.Mention, start, end int) bool {
	if len(ms) == 0 {
		return false
	}
	asides := relativeAside.FindAllStringIndex(body[start:end], -1)
	for _, m := range ms {
		if m.End > end {
			continue // across the sentence's end: it dates neither sentence
		}
		if !slices.ContainsFunc(asides, func(loc []int) bool { return start+loc[0] <= m.Start && m.End <= start+loc[1] }) && !yearOfNoun(body, m, end) {
			return true
		}
	}
	return false
}

// yearOfNoun reports whether m is a year written before a noun, naming a
// thing by its year ("to host 2014 Oscars", "a 2012 car crash"), or a
// year (or longer) in the possessive, an edition of a thing ("next
// year's Oscars"): it dates the noun, not the clause. A day's possessive
// ("in Friday's vote") is the happening's own day.
func yearOfNoun(body string, m temporal.Mention, end int) bool {
	rest := body[m.End:end]
	if (strings.HasPrefix(rest, "'s ") || strings.HasPrefix(rest, "’s ")) && m.Value.Gran <= timex.Year {
		return true // "next year's Oscars"
	}
	if m.Value.Gran != timex.Year || !isDigits(strings.TrimSpace(body[m.Start:m.End])) {
		return false
	}
	if !strings.HasPrefix(rest, " ") {
		return false
	}
	next, _, _ := strings.Cut(strings.TrimLeft(rest, " "), " ")
	next = strings.ToLower(strings.TrimRight(next, ",;:.!?\"'”’"))
	return next != "" && unicode.IsLetter(rune(next[0])) && !nounStop[next]
}

// nounStop are the words after a year that make it no noun's: "in 2013
// at 91", "2013 and 2014", "2013 to".
var nounStop = wordSet(strings.Join(stopwords(), " "))
