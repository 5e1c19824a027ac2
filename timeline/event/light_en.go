// Light clauses: a main clause whose verb only says that something came
// or turned ("The breakthrough came on [Friday] when …", "The dispute took
// a bitter turn on [Monday] when …") dates the happening its when- or
// that-clause tells. That clause gives the card its title, what merging
// compares, and its status.

package event

import (
	"regexp"
	"strings"
)

// A lightClause is a predicate that carries no happening of its own,
// with a sentence (its dated time between [ and ]) and the title it gives (checked by TestLightClauses).
type lightClause struct {
	pred    string // a regexp over the words after the subject
	example string
	want    string
}

var lightClauses = []lightClause{
	{`came|comes|come|arrived|arrives`,
		"The breakthrough came on [Friday] when negotiators for both unions accepted the pay offer",
		"Negotiators for both unions accepted the pay offer"},
	{`came|comes|come|arrived|arrives`,
		"The ruling comes on the same day that the mayor resigned from office",
		"The mayor resigned from office"},
	{`(?:took|takes|has taken|had taken) (?:a|an) (?:[\w-]+ )?turn`,
		"The dispute took an ugly turn on [Monday] when the workers occupied the plant",
		"The workers occupied the plant"},
	{`(?:was|is|has been|had been) the (?:latest|last|final|first|second|biggest|worst|newest) (?:[\w-]+ )?(?:blow|twist|setback|straw|sign|step|surprise|development|turn)`,
		"The closure was the latest blow on [Thursday] when the mill shut its gates",
		"The mill shut its gates"},
	{`happened|occurred|unfolded`,
		"It happened late on [Sunday] when a gas main burst beneath the market",
		"A gas main burst beneath the market"},
}

// lightFill are the words that may stand between a light predicate and
// its connector besides the time itself: lead words of a time and
// adverbs that add nothing to the happening.
var lightFill = wordSet("on in at late early just only also even then finally this last the same very day")

// lightRe matches a light clause up to its connector: group 1 is the
// subject, group 2 what stands between the predicate and the connector,
// group 3 the connector.
var lightRe = func() *regexp.Regexp {
	preds := make([]string, len(lightClauses))
	for i, l := range lightClauses {
		preds[i] = l.pred
	}
	return regexp.MustCompile(`(?i)^\s*((?:[^\s,;:"“]+\s+){1,6}?)(?:` + strings.Join(preds, "|") +
		`)\b([^,;:"“]{0,60}?)\s+(when|that|(?:same|very) day(?:\s+(?:that|when))?)\s+`)
}()

// lightSplit returns where in s the happening of a light clause starts,
// or -1. blank reports whether s[from:to] is the time the clause's card
// is dated by (status reads it in place; titles have taken it out).
// What stands between the predicate and the connector is only that time
// and lightFill words: "He came to power when …" is no light clause.
func lightSplit(s string, blank func(from, to int) bool) int {
	if len(s) < 12 || !hasConnector(s) {
		return -1
	}
	m := lightRe.FindStringSubmatchIndex(s)
	if m == nil {
		return -1
	}
	from, to := m[4], m[5]
	for w := range strings.FieldsSeq(s[from:to]) {
		if lightFill[bare(w)] {
			continue
		}
		at := from + strings.Index(s[from:to], w)
		if blank == nil || !blank(at, at+len(w)) {
			return -1
		}
		from = at + len(w)
	}
	if rest := strings.TrimSpace(s[m[1]:]); wordCount(rest) < 3 {
		return -1
	}
	return m[1]
}

// hasConnector reports whether s holds what lightRe's connector needs:
// "when" or "that" after white space, or "day" after a space, each with
// white space after it. Most clauses have none, and this scan costs a
// small part of what the regexp does to find so (it was 7% of a build).
// The three words have no letter that (?i) folds with a non-ASCII one
// (only k and s do), so folding ASCII case is enough.
func hasConnector(s string) bool {
	for i := 1; i+3 < len(s); i++ {
		switch s[i] | 0x20 {
		case 'w', 't':
			if i+4 >= len(s) {
				continue
			}
			if w := s[i : i+4]; (strings.EqualFold(w, "when") || strings.EqualFold(w, "that")) && isSpace(s[i-1]) && isSpace(s[i+4]) {
				return true
			}
		case 'd':
			if strings.EqualFold(s[i:i+3], "day") && s[i-1] == ' ' && isSpace(s[i+3]) {
				return true
			}
		}
	}
	return false
}

// lightHappening is t's happening when t is a light clause, else t.
func lightHappening(t string) string {
	if k := lightSplit(t, nil); k >= 0 {
		return t[k:]
	}
	return t
}
