package site

import (
	"fmt"
	"slices"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/newsroom/timeline/timeline/event"
	"github.com/newsroom/timeline/timeline/timex"
)

// Why these sources are one event, for readers: each outlet once, with
// what its report shares with the first one — the happening's words, the
// names, the day. The merge notes (Event.Evidence, with paths and
// scores) stay in events.json for the curious and for tools.

// whyWords is how many shared words a line names.
const whyWords = 5

// whyStop are words too common to show as what two reports share.
var whyStop = map[string]bool{}

func init() {
	for _, w := range strings.Fields("the and that this with from have has had were was will would said says after before about their they them there then than into over also been being which when while where what more most other some such only very just could should its it's his her our your for not but are who whom one two three on in at of to by as an a is be we you he she it") {
		whyStop[w] = true
	}
	// Names of days and months date the happening; the line says the day.
	for _, w := range strings.Fields("monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september october november december today yesterday tomorrow") {
		whyStop[w] = true
	}
}

// whyLines explains e's merge, one line per outlet beside the first
// source's; nil when one article tells it.
func whyLines(e *event.Event, srcs []*event.Source) []string {
	if len(srcs) < 2 {
		return nil
	}
	first := srcs[0]
	ref := map[string]bool{}
	for _, w := range wordsOf(first.Text) {
		ref[w.key] = true
	}
	firstOutlet := outletName(first.Doc.Article.Outlet)
	firstDay := dayLabel(first.Time)
	type group struct {
		outlet   string
		articles int
		shared   []string
		names    []string
		days     []string
	}
	var order []string
	groups := map[string]*group{}
	// One buffer for every source's words: a card of a large archive
	// reads hundreds of sentences, and their words made anew each were a
	// fifth of what drawing the site allocates.
	var words []aWord
	var fields []string
	for _, s := range srcs[1:] {
		name := outletName(s.Doc.Article.Outlet)
		g := groups[name]
		if g == nil {
			g = &group{outlet: name}
			groups[name] = g
			order = append(order, name)
		}
		g.articles++
		words, fields = wordsInto(words, fields, s.Text)
		for _, w := range words {
			if ref[w.key] && !w.name {
				g.shared = addOnce(g.shared, w.text)
			}
		}
		for _, n := range namesOf(s.Text) {
			if strings.Contains(first.Text, n) && !within(g.names, n) {
				g.names = addOnce(g.names, n)
			}
		}
		if d := dayLabel(s.Time); d != firstDay {
			g.days = addOnce(g.days, d)
		}
	}
	var out []string
	for _, name := range order {
		g := groups[name]
		who, as := g.outlet, firstOutlet
		switch {
		case name == firstOutlet && g.articles == 1:
			who, as = "Another "+strings.TrimPrefix(name, "The ")+" article", "the first"
		case name == firstOutlet:
			who, as = fmt.Sprintf("%d more %s articles", g.articles, strings.TrimPrefix(name, "The ")), "the first"
		case g.articles > 1:
			who = fmt.Sprintf("%s (%s)", who, plural(g.articles, "article", "articles"))
		}
		verb := " tells it with "
		if name == firstOutlet && g.articles > 1 {
			verb = " tell it with "
		}
		var parts []string
		if len(g.shared) > 0 {
			parts = append(parts, "the same words ("+quoteList(g.shared, whyWords)+")")
		}
		if len(g.names) > 0 {
			parts = append(parts, "the same names ("+strings.Join(first5(g.names), ", ")+")")
		}
		switch {
		case len(g.days) == 0:
			parts = append(parts, "the same day ("+firstDay+")")
		default:
			parts = append(parts, "another date ("+strings.Join(g.days, "; ")+"; the first has "+firstDay+")")
		}
		out = append(out, who+verb+joinAnd(parts)+" as "+as+".")
	}
	return out
}

func outletName(o string) string {
	if o == "" {
		return "Unknown outlet"
	}
	return o
}

// plural is "1 article", "2 articles".
func plural(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return fmt.Sprintf("%d %s", n, many)
}

func addOnce(list []string, s string) []string {
	for _, x := range list {
		if strings.EqualFold(x, s) {
			return list
		}
	}
	return append(list, s)
}

// within reports whether n is part of a name already listed ("Vinson"
// of "USS Carl Vinson").
func within(names []string, n string) bool {
	for _, x := range names {
		if strings.Contains(x, n) {
			return true
		}
	}
	return false
}

func first5(s []string) []string { return s[:min(len(s), whyWords)] }

func quoteList(words []string, n int) string {
	q := make([]string, 0, n)
	for _, w := range first5(words) {
		q = append(q, "“"+w+"”")
	}
	return strings.Join(q, ", ")
}

// joinAnd joins "a", "b" and "c" as "a, b and c".
func joinAnd(parts []string) string {
	if len(parts) <= 1 {
		return strings.Join(parts, "")
	}
	return strings.Join(parts[:len(parts)-1], ", ") + " and " + parts[len(parts)-1]
}

// wordBreak splits a sentence into words ("7.0-magnitude", "U.S." and
// "Port-au-Prince" are one each).
func wordBreak(r rune) bool {
	return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '\'' && r != '-' && r != '.'
}

// dayLabel is the day a time starts on: "Tue. Jan. 12, 2010, night" and
// "Tue. Jan. 12, 2010" are the same day.
func dayLabel(t event.Time) string {
	if t.End.Sub(t.Start) <= 24*time.Hour {
		return ValueLabel(timex.DayOf(t.Start))
	}
	return TimeLabel(t)
}

// namesOf returns the runs of capitalized words in s that do not open
// it ("USS Carl Vinson", "Medecins Sans Frontieres"), without the
// names of days and months.
func namesOf(s string) []string {
	var out, run []string
	opening := false // the run opens the sentence: a name only if two words or more
	flush := func() {
		if len(run) > 1 || len(run) == 1 && !opening {
			out = append(out, strings.Join(run, " "))
		}
		run, opening = run[:0], false
	}
	i := -1
	for f := range strings.FieldsSeq(s) { // strings.Fields, without the slice
		i++
		w := strings.TrimSuffix(strings.Trim(f, "\"“”'(),;:.!?*_"), "'s")
		r, _ := utf8.DecodeRuneInString(w)
		if w == "" || !unicode.IsUpper(r) || whyStop[strings.ToLower(w)] {
			flush()
			continue
		}
		opening = opening || i == 0
		run = append(run, w)
		if strings.ContainsAny(f, ",;:.!?") {
			flush()
		}
	}
	flush()
	return out
}

// aWord is a word of a sentence: as written, its key for comparing (lower
// case, plural and tense endings off) and whether it is capitalized (a
// name, which namesOf lists whole).
type aWord struct {
	text, key string
	name      bool
}

// wordsOf returns the content words of a sentence, each once.
func wordsOf(s string) []aWord {
	out, _ := wordsInto(nil, nil, s)
	return out
}

// wordsInto is wordsOf(s) made in out's room, s split into fields in
// fields' room (appendWhyFields); it returns both, to be reused.
func wordsInto(out []aWord, fields []string, s string) ([]aWord, []string) {
	fields = appendWhyFields(fields[:0], s)
	out = out[:0]
	if out == nil {
		out = make([]aWord, 0, len(fields))
	}
	// Keys seen: a sentence's few dozen are looked for in out, a long
	// text's in a map (one made per sentence was a fifth of the cost).
	var seen map[string]bool
	if len(fields) > 48 {
		seen = map[string]bool{}
	}
	for _, f := range fields {
		f = strings.Trim(f, "'-.")
		lower := strings.ToLower(strings.TrimSuffix(f, "'s"))
		if len(lower) < 3 || whyStop[lower] {
			continue
		}
		key := lower
		for _, suf := range []string{"ing", "ed", "es", "s"} {
			if len(key) > len(suf)+3 && strings.HasSuffix(key, suf) {
				key = key[:len(key)-len(suf)]
				break
			}
		}
		if seen != nil {
			if seen[key] {
				continue
			}
			seen[key] = true
		} else if slices.ContainsFunc(out, func(w aWord) bool { return w.key == key }) {
			continue
		}
		r, _ := utf8.DecodeRuneInString(f)
		out = append(out, aWord{text: strings.TrimSuffix(f, "'s"), key: key, name: unicode.IsUpper(r)})
	}
	return out, fields
}

// appendWhyFields appends strings.FieldsFunc(s, wordBreak) to out, an
// ASCII text split without a function call at every byte.
func appendWhyFields(out []string, s string) []string {
	from := len(out)
	for i := 0; i < len(s); {
		for i < len(s) && whyBreak(s[i]) {
			if s[i] >= utf8.RuneSelf {
				return append(out[:from], strings.FieldsFunc(s, wordBreak)...)
			}
			i++
		}
		j := i
		for j < len(s) && !whyBreak(s[j]) {
			j++
		}
		if j > i {
			out = append(out, s[i:j])
		}
		i = j
	}
	return out
}

// whyBreak is wordBreak of an ASCII byte.
func whyBreak(c byte) bool {
	return !('a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || c == '\'' || c == '-' || c == '.')
}
