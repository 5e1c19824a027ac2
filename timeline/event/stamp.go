package event

import (
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsroom/timeline/timeline/article"
	"github.com/newsroom/timeline/timeline/temporal"
	"github.com/newsroom/timeline/timeline/timex"
)

// A scraped page stamps itself with when it was published or updated
// ("Page last updated at 11:14 GMT, Thursday, 3 February 2011",
// "Published: Monday, 18 January, 2010", "24 June 2010 Last updated at
// 14:59 GMT"), often glued to the story's first sentence. Such a time
// dates the page, not a happening: it makes no event (two outlets' stamps
// were merged into one "disputed" event). The expression is still a time
// expression; the article page shows it.

// stampCue is a phrase that marks the time next to it as a page stamp.
type stampCue struct {
	phrase string
	// capital: the phrase counts only as written at the start of a label
	// ("Updated:", "Last updated"), since in a sentence it is a verb like
	// any other ("the company updated its forecast on Monday", "the list
	// was last updated on March 3").
	capital bool
	// colon: the phrase needs a colon after it ("Published: Monday").
	colon bool
	// after: the phrase may also follow the time it labels ("24 June
	// 2010 Last updated at 14:59 GMT").
	after bool
}

var stampCues = []stampCue{
	{"page last updated", false, false, true},
	{"last updated", true, false, true},
	{"last modified", true, false, true},
	{"first published", true, false, false},
	{"published", true, true, false},
	{"updated", true, true, false},
	{"posted", true, true, false},
	{"added", true, true, false},
}

// printNotes are the phrases of a newspaper's note on its print edition
// ("This article appeared on p22 of the Main section of the Observer on
// Sunday 14 June 2009", "A version of this article appears in print on
// June 9, 2008"): the time after one, in its sentence, dates the paper,
// not a happening. Examples in TestStamps.
var printNotes = []string{"appeared on p", "appears on p", "appeared in print on", "appears in print on"}

// inPrintNote reports whether a print note's phrase stands in
// sentence before the time at.
func inPrintNote(body string, sentence article.Sentence, at int) bool {
	if at < sentence.Start || at > sentence.End {
		return false
	}
	before := body[sentence.Start:at]
	return slices.ContainsFunc(printNotes, func(p string) bool { return strings.Contains(before, p) })
}

// stampGap is what may stand between a stamp's parts: its times ("11:14
// GMT, Thursday, 3 February 2011 09:58 UK") are separate expressions.
const stampGap = " \t,-–—|"

// Stamps reports, for each of an article's mentions (in text order), whether
// it is a page's own stamp, a live page's entry time or a reader comment's
// header, which date no event (the site says so where it explains the expression): those a cue
// stands right before (bar "at", "on" and a colon) or right after, and
// those joined to a stamp by nothing but stampGap.
func Stamps(body string, ms []temporal.Mention) []bool {
	return stamps(body, article.NewSegmenter().Split(body), ms, false)
}

// stampsOf is Stamps of an article's body, which knows whether its
// lines are paragraphs and where its wire headers are (a time in one,
// "BOSTON | Tue Mar 3, 2009 4:23 pm EST BOSTON (Reuters) -", dates the
// page).
func stampsOf(a *article.Article, ms []temporal.Mention) []bool {
	out := stamps(a.Body, a.Sentences, ms, a.Format == article.Text)
	heads := a.WireHeaders()
	if len(heads) == 0 {
		return out
	}
	if out == nil {
		out = make([]bool, len(ms))
	}
	h := 0
	for i, m := range ms { // both in text order
		for h < len(heads) && heads[h].End <= m.Start {
			h++
		}
		if h < len(heads) && heads[h].Start <= m.Start && m.End <= heads[h].End {
			out[i] = true
		}
	}
	return out
}

// stamps is Stamps, told whether each line of body is a paragraph (in
// scraped text it is; in Markdown a paragraph ends at a blank line, and a
// line may be the end of a wrapped sentence: "… on\nFriday.").
func stamps(body string, sents []article.Sentence, ms []temporal.Mention, linesAreParagraphs bool) []bool {
	if len(ms) == 0 {
		return nil
	}
	out := make([]bool, len(ms))
	si := 0 // the sentence of ms[i] (both in text order)
	for i, m := range ms {
		for si < len(sents) && sents[si].End < m.Start {
			si++
		}
		out[i] = m.Rule == temporal.RuleEntryTime || stampBefore(body[:m.Start]) || stampAfter(body[m.End:]) ||
			si < len(sents) && inPrintNote(body, sents[si], m.Start)
		if commentAfter(body[m.End:]) {
			j := i
			for j > 0 && joinedStamp(body, ms[j-1], ms[j]) {
				j--
			}
			if before := body[:ms[j].Start]; strings.HasSuffix(before, "At ") && opensText(before[:len(before)-3]) {
				for k := j; k <= i; k++ {
					out[k] = true
				}
			}
		}
	}
	for i := range ms {
		if !out[i] && datelineLine(body, ms, i, linesAreParagraphs) {
			out[i] = true
		}
	}
	for i := 1; i < len(ms); i++ { // forwards: "Page last updated at 11:14 GMT, Thursday, 3 February 2011"
		if out[i-1] && !out[i] && joinedStamp(body, ms[i-1], ms[i]) {
			out[i] = true
		}
	}
	for i := len(ms) - 2; i >= 0; i-- { // backwards: "24 June 2010 Last updated at 14:59 GMT"
		if out[i+1] && !out[i] && joinedStamp(body, ms[i], ms[i+1]) {
			out[i] = true
		}
	}
	return out
}

// opensText reports whether what comes next opens a line or a sentence.
func opensText(before string) bool {
	t := strings.TrimRight(before, " \t")
	last, _ := utf8.DecodeLastRuneInString(t)
	return t == "" || strings.ContainsRune("\n.!?\"')…”’", last)
}

func joinedStamp(body string, a, b temporal.Mention) bool {
	if a.End > b.Start || b.Start-a.End > 8 {
		return false
	}
	switch strings.Trim(body[a.End:b.Start], stampGap) {
	case "", "on", "at": // "At 11:35 am on 18 Jan 2010, Nikolas wrote:"
		return true
	}
	return false
}

// stampBefore reports whether text ends with a stamp cue, then perhaps a
// colon, "at" or "on".
func stampBefore(text string) bool {
	if len(text) > 40 {
		text = text[len(text)-40:]
	}
	t := strings.TrimRight(text, " \t")
	for _, w := range []string{"at", "on", "At", "On"} {
		if strings.HasSuffix(t, " "+w) {
			t = strings.TrimRight(t[:len(t)-len(w)], " \t")
			break
		}
	}
	colon := strings.HasSuffix(t, ":")
	t = strings.TrimRight(strings.TrimSuffix(t, ":"), " \t")
	for _, c := range stampCues {
		if len(t) < len(c.phrase) || !strings.EqualFold(t[len(t)-len(c.phrase):], c.phrase) {
			continue
		}
		start := len(t) - len(c.phrase)
		if start > 0 {
			if r, _ := utf8.DecodeLastRuneInString(t[:start]); unicode.IsLetter(r) || unicode.IsDigit(r) {
				continue // inside a longer word
			}
		}
		if c.colon && !colon || c.capital && !unicode.IsUpper(rune(t[start])) {
			continue
		}
		return true
	}
	return false
}

// stampAfter reports whether text starts with a cue that labels the time
// before it: only the "last updated" kind ("24 June 2010 Last updated at
// 14:59 GMT").
func stampAfter(text string) bool {
	t := strings.TrimLeft(text, " \t")
	for _, c := range stampCues {
		if c.after && len(t) >= len(c.phrase) && strings.EqualFold(t[:len(c.phrase)], c.phrase) &&
			(!c.capital || unicode.IsUpper(rune(t[0]))) {
			return true
		}
	}
	return false
}

// commentHeader is a reader comment's name and "wrote:" after its time
// ("At 11:35 am on 18 Jan 2010, Nikolas wrote:"); the time must open
// with "At", or "On Monday, the minister wrote: …" would be one.
var commentHeader = regexp.MustCompile(`^,?\s*[^\s,.:;]+(\s+[^\s,.:;]+){0,2}\s+wrote\s*:`)

// commentAfter reports whether rest opens with a commentHeader. Only the
// text up to the first '.', ':' or ';' can hold one (its colon is the
// first), and it holds "wrote": the pattern is tried on that alone, not
// on the rest of the body, once for every time expression. The header is
// at most five runs of non-space (a comma, three words of a name,
// "wrote"), so the scan stops at a sixth: in a text without full stops
// (a chronology pasted as text) looking to the first '.' from every
// date made the work grow with the square of the text.
func commentAfter(rest string) bool {
	runs, inRun, i := 0, false, 0
	for ; i < len(rest); i++ {
		c := rest[i]
		if c == '.' || c == ':' || c == ';' {
			break
		}
		space := c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' // \s in the pattern
		if !space && !inRun {
			if runs++; runs > 5 {
				return false
			}
		}
		inRun = !space
	}
	if i == len(rest) || rest[i] != ':' || !strings.Contains(rest[:i], "wrote") {
		return false
	}
	return commentHeader.MatchString(rest[:i+1])
}

// afterStamp is where the text after a stamp ending at end starts: past
// the spaces (the stamp's zone, "10:30 UK", is in its time expression).
func afterStamp(body string, end int) int {
	return end + len(body[end:]) - len(strings.TrimLeft(body[end:], " \t"))
}

// A line of its own that holds times and nothing a sentence needs is a
// dateline left in the body ("Updated 10:42 a.m. ET, June 9, 2008",
// "Posted on January 5, 2011 at 3:39 PM", "May 2, 2013 | 5:03pm",
// "Reuters Sep 18, 2013, 02.16PM IST"): what is left once its times are
// taken out is label words (datelineWords), punctuation, numbers and at
// most maxDatelineNames capitalised words (a place, an agency, a
// weekday the resolver did not take).
const (
	maxDatelineLine  = 90
	maxDatelineNames = 3
)

var datelineWords = map[string]bool{
	"updated": true, "published": true, "posted": true, "originally": true, "first": true, "last": true,
	"modified": true, "created": true, "story": true, "on": true, "at": true, "by": true, "am": true, "pm": true,
	"a.m": true, "p.m": true, "et": true, "pt": true, "ct": true, "mt": true, "edt": true, "est": true,
	"pdt": true, "pst": true, "cdt": true, "cst": true, "gmt": true, "bst": true, "utc": true, "ist": true,
}

// datelineLine reports whether mention i stands in such a line.
func datelineLine(body string, ms []temporal.Mention, i int, linesAreParagraphs bool) bool {
	m := ms[i]
	from := strings.LastIndexByte(body[:m.Start], '\n') + 1
	to := len(body)
	if j := strings.IndexByte(body[m.End:], '\n'); j >= 0 {
		to = m.End + j
	}
	if to-from > maxDatelineLine {
		return false
	}
	if !linesAreParagraphs && (!blankBefore(body[:from]) || !blankAfter(body[to:])) {
		return false // a line of a paragraph: perhaps a wrapped sentence's end ("… on\nFriday.")
	}
	// The line without its times: mentions are in text order, so those
	// of the line are next to i.
	lo, hi := i, i
	for lo > 0 && ms[lo-1].Start >= from {
		lo--
	}
	for hi+1 < len(ms) && ms[hi+1].End <= to {
		hi++
	}
	// A page's stamp names its day or its clock ("May 2, 2013", "4:08
	// p.m. ET"); a weekday alone on a line ("Tuesday") is not one.
	if !slices.ContainsFunc(ms[lo:hi+1], func(o temporal.Mention) bool {
		return o.Value.Gran >= timex.Hour || o.Rule == "month-day" || o.Rule == "month-day-year" || o.Rule == "numeric-date"
	}) {
		return false
	}
	var rest strings.Builder
	at := from
	for _, o := range ms[lo : hi+1] {
		if o.Start >= at {
			rest.WriteString(body[at:o.Start])
			rest.WriteByte(' ')
			at = o.End
		}
	}
	rest.WriteString(body[at:to])
	names := 0
	for _, w := range strings.FieldsFunc(rest.String(), func(r rune) bool {
		return !unicode.IsLetter(r) && r != '.'
	}) {
		w = strings.Trim(w, ".")
		switch {
		case w == "" || datelineWords[strings.ToLower(w)]:
		case unicode.IsUpper([]rune(w)[0]):
			if names++; names > maxDatelineNames {
				return false
			}
		default:
			return false
		}
	}
	return true
}

// blankBefore reports whether text ends with a blank line, or is empty
// but for spaces: what follows starts a paragraph.
func blankBefore(text string) bool {
	t := strings.TrimRight(text, " \t")
	if !strings.HasSuffix(t, "\n") {
		return strings.TrimSpace(t) == ""
	}
	t = strings.TrimRight(t[:len(t)-1], " \t")
	return t == "" || strings.HasSuffix(t, "\n")
}

// blankAfter reports whether text starts with a blank line or holds
// nothing but spaces: what came before ends a paragraph.
func blankAfter(text string) bool {
	t := strings.TrimLeft(text, " \t\r")
	if !strings.HasPrefix(t, "\n") {
		return strings.TrimSpace(t) == ""
	}
	t = strings.TrimLeft(t[1:], " \t\r")
	return t == "" || strings.HasPrefix(t, "\n")
}
