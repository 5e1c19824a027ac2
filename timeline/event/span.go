package event

import (
	"strings"

	"github.com/newsroom/timeline/timeline/timex"
)

// spanCue is a compiled SpanCue.
type spanCue struct {
	before, opens []cueSlot
	notAfter      map[string]bool
}

func compileSpans(cues []SpanCue) []spanCue {
	out := make([]spanCue, len(cues))
	for i, c := range cues {
		out[i] = spanCue{before: parseSlots(c.Before), opens: parseSlots(c.Opens), notAfter: wordSet(c.NotAfter)}
	}
	return out
}

// spanBack is how many words before an expression a span cue may take.
const spanBack = 4

// isSpan reports whether s's expression is a span up to the telling
// (span_en.go): a cue's words end right before it, it opens with the
// cue's, no word after it ties it to something else, it is no possessive
// ("since Tuesday's earthquake" names the quake's day), and it starts on
// or before the article's day.
func (x *extractor) isSpan(s *Source, toks []token) bool {
	m := s.Mention
	body := s.Doc.Article.Body
	if rest := body[m.End:]; strings.HasPrefix(rest, "'s") || strings.HasPrefix(rest, "’s") {
		return false
	}
	ms, me := -1, -1
	for i, t := range toks {
		if t.end > m.Start && t.start < m.End {
			if ms < 0 {
				ms = i
			}
			me = i + 1
		}
	}
	if ms < 0 {
		return false
	}
	next := ""
	if me < len(toks) {
		next = toks[me].w
	}
	for _, c := range x.spans {
		if c.notAfter[next] || len(c.opens) > 0 && matchSlots(c.opens, toks[ms:me]) <= 0 {
			continue
		}
		for k := max(0, ms-spanBack); k < ms; k++ {
			if matchSlots(c.before, toks[k:ms]) == ms-k {
				return true
			}
		}
	}
	return false
}

// spanRule ends the rule of an expression read as a span up to the
// telling.
const spanRule = "; a span up to the telling: by the article's day"

// spanSources dates the sources whose time is a span up to the telling
// by the article's day, or drops them when another source of their
// sentence dates what it tells (one card per sentence); of several spans
// in a sentence alone, the first is kept.
func (x *extractor) spanSources(d *Doc, srcs []*Source) []*Source {
	anchor := d.Article.Anchor.Time
	day := timex.Civil(anchor.Year(), anchor.Month(), anchor.Day())
	span := make([]bool, len(srcs))
	var buf []token
	tokOf, any := -1, false
	for i, s := range srcs {
		if !calendar(*s.Mention) || s.Time.Qualifier == Planned || isRelative(s) || isLead(s) {
			continue
		}
		if s.Sentence.Start != tokOf {
			buf, tokOf = tokenize(d.Article.Body, s.Sentence.Start, s.Sentence.End, buf[:0]), s.Sentence.Start
		}
		span[i] = x.isSpan(s, buf) && !s.Time.Start.After(day)
		any = any || span[i]
	}
	if !any {
		return srcs
	}
	// What each sentence holding a span has besides: the first span's
	// place, and whether another time dates it.
	type sentence struct {
		first int
		other bool
	}
	sents := map[int]*sentence{}
	for i, s := range srcs {
		if span[i] && sents[s.Sentence.Start] == nil {
			sents[s.Sentence.Start] = &sentence{first: i}
		}
	}
	for i, s := range srcs {
		if st := sents[s.Sentence.Start]; st != nil && !span[i] {
			st.other = true
		}
	}
	out := make([]*Source, 0, len(srcs))
	for i, s := range srcs {
		if !span[i] {
			out = append(out, s)
			continue
		}
		if st := sents[s.Sentence.Start]; st.other || st.first != i || anchor.IsZero() {
			continue
		}
		v := timex.DayOf(day)
		v.Mod = timex.OnOrBefore
		s.Time = Time{Value: v, Start: day, End: day.AddDate(0, 0, 1), Qualifier: By}
		m := *s.Mention // the article's own is shared
		m.Rule += spanRule
		s.Mention, s.told = &m, true
		out = append(out, s)
	}
	return out
}
