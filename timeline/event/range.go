package event

import (
	"slices"
	"strings"

	"github.com/newsroom/timeline/timeline/article"
	"github.com/newsroom/timeline/timeline/timex"
)

// rangeCue is a compiled RangeCue.
type rangeCue struct {
	before          string
	joiners, unless map[string]bool
}

func compileRanges(cues []RangeCue) []rangeCue {
	out := make([]rangeCue, len(cues))
	for i, c := range cues {
		out[i] = rangeCue{before: c.Before, joiners: wordSet(strings.ReplaceAll(c.Joiner, "|", " ")),
			unless: wordSet(strings.ReplaceAll(c.Unless, "|", " "))}
	}
	return out
}

// rangeBack is how many words before a range's first time its Unless
// words are looked for ("was moved from").
const rangeBack = 4

// maxRangeJoiner is the longest text between a range's times a cue can
// take (" through ").
const maxRangeJoiner = 12

// pairing is what two times in a row are to each other.
type pairing uint8

const (
	twoTimes pairing = iota // each dates its own happening
	stretch                 // one happening from the first to the second
	move                    // a plan moved from the first day to the second
)

// pairOf tells whether a and b, in this order in one sentence, are one
// stretch (range_en.go): a cue's joiner alone between them, its word
// right before a, both calendar times of one granularity from a day to a
// century, b after a, neither counted from another time nor a lead nor
// qualified otherwise than as planned. (The stretch takes the first's
// status: one begun by the article's day has begun, however far ahead
// it runs, "runs from 2013 to 2016".) With one of the cue's Unless
// words before them they are a move's old day and new.
func (x *extractor) pairOf(body string, a, b *Source) pairing {
	if a.Sentence != b.Sentence || b.Mention.Start < a.Mention.End || b.Mention.Start-a.Mention.End > maxRangeJoiner {
		return twoTimes
	}
	ta, tb := a.Time, b.Time
	if ta.Value.Gran != tb.Value.Gran || ta.Value.Gran > timex.Day || ta.Value.Gran == timex.Weekend || !ta.Start.Before(tb.Start) {
		return twoTimes
	}
	for _, s := range [2]*Source{a, b} {
		if q := s.Time.Qualifier; q != Exact && q != Planned || isRelative(s) || isLead(s) || s.Anaphoric || s.Was != nil || undone(s.Status) {
			return twoTimes
		}
	}
	join := strings.ToLower(strings.TrimSpace(article.PlainText(body[a.Mention.End:b.Mention.Start])))
	if !slices.ContainsFunc(x.ranges, func(c rangeCue) bool { return c.joiners[join] }) {
		return twoTimes // most pairs: the words before are not read
	}
	var back [rangeBack]string
	at := a.Mention.Start
	for i := range back {
		w, start := wordBefore(body, a.Sentence.Start, at)
		back[i], at = strings.ToLower(strings.Trim(w, ",;:\"'“”")), start
	}
	for _, c := range x.ranges {
		if !c.joiners[join] || c.before != "" && c.before != back[0] {
			continue
		}
		for _, w := range back {
			if c.unless[w] {
				return move
			}
		}
		return stretch
	}
	return twoTimes
}

// rangeSources joins each stretch's two sources into the first, whose
// time runs to the second's end, and each move's into the second, moved
// from the first's day (postponed: the second is the later); the other
// gives no card.
func (x *extractor) rangeSources(d *Doc, srcs []*Source) []*Source {
	body := d.Article.Body
	out := srcs[:0]
	for i := 0; i < len(srcs); i++ {
		s := srcs[i]
		if i+1 < len(srcs) {
			switch next := srcs[i+1]; x.pairOf(body, s, next) {
			case stretch:
				s.Time.End = next.Time.End
				m := *s.Mention // the article's own is shared
				m.Rule += "; a stretch to “" + article.PlainText(body[next.Mention.Start:next.Mention.End]) + "”"
				s.Mention = &m
				i++
			case move:
				was := planTime(s.Time)
				next.Was, next.Status = &was, StatusPostponed
				s = next
				i++
			}
		}
		out = append(out, s)
	}
	return out
}

// Until is where a stretch ends that runs past its value's own interval
// (a range, "from 2001 to 2003": 2003), at the value's granularity; false
// for a time that is its value.
func (t Time) Until() (timex.Value, bool) {
	_, end, ok := t.Value.Interval()
	if !ok || !t.End.After(end) {
		return timex.Value{}, false
	}
	return timex.At(t.End.AddDate(0, 0, -1), t.Value.Gran), true
}
