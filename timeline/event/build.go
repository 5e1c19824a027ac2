package event

import (
	"context"
	"crypto/sha1"
	"encoding/hex"
	"fmt"
	"slices"
	"sort"
	"strings"

	"time"
	"unique"

	"github.com/newsroom/timeline/timeline/article"
	"github.com/newsroom/timeline/timeline/internal/parallel"
	"github.com/newsroom/timeline/timeline/progress"
	"github.com/newsroom/timeline/timeline/temporal"
	"github.com/newsroom/timeline/timeline/timex"
)

// Options configure Build.
type Options struct {
	// Tag resolves a text against an anchor; Build uses it to try anchors
	// for articles that have none.
	Tag func(text string, anchor time.Time) []temporal.Mention
	// KeyDates is how many dates the key-date list keeps (0 = all).
	KeyDates int
	// Overrides are the editor's corrections, applied after merging.
	Overrides *Overrides
	// KeepExtracted sets each Doc's Extracted for the caller to keep (a
	// copy of every source: memory a one-off build need not spend).
	KeepExtracted bool
	// Merge, when set, carries merge decisions from one Build to the next
	// so a rebuild after an edit re-decides only around what changed.
	// Candidates are named by their kept extraction, so it pays only with
	// KeepExtracted and Docs handed back with their Extracted.
	Merge *MergeMemo
	// Progress, when set, is told of each article extracted and each
	// candidate merged.
	Progress progress.Reporter
}

// Builder builds timelines; make one with NewBuilder and reuse it.
type Builder struct {
	x   *extractor
	sim *similarity
	opt Options
}

// NewBuilder returns a Builder with the given options.
func NewBuilder(opt Options) *Builder {
	opt.Progress = progress.Or(opt.Progress)
	b := &Builder{x: newExtractor(), opt: opt}
	if b.sim = opt.Merge.similarity(); b.sim == nil {
		b.sim = newSimilarity()
	}
	return b
}

// Build makes the timeline of docs. Docs without an anchor get one
// inferred from the events they share with dated docs when the evidence is
// strong; those that still have none are returned in unanchored: they
// stay in the timeline with the happenings they date in full ("on June
// 8, 2008"), which need no anchor, and no others (undatedMentions). When
// ctx ends, Build stops before merging and returns at once; the caller
// checks ctx.Err().
func (b *Builder) Build(ctx context.Context, docs []*Doc) (tl *Timeline, unanchored []*Doc) {
	tl = &Timeline{Docs: docs}
	for i, d := range docs {
		d.num = i
	}
	// Extraction is per article and runs on every core; the order of the
	// result does not depend on the schedule.
	perDoc := make([][]*candidate, len(docs))
	parallel.Do(ctx, len(docs), func(i int) {
		d := docs[i]
		switch {
		case d.Article.Anchor.IsZero():
		case d.Extracted != nil:
			perDoc[i] = b.reuse(d)
		default:
			perDoc[i] = b.candidates(d)
			if b.opt.KeepExtracted {
				d.Extracted = b.extraction(perDoc[i])
				name(d.Extracted, perDoc[i])
				d.Extracted.made, d.Extracted.madeFor, d.Extracted.madeSim = perDoc[i], d, b.sim
			}
		}
		b.opt.Progress.Add(1)
	})
	if ctx.Err() != nil {
		return tl, nil
	}
	dated := slices.Concat(perDoc...)    // 78,500 at 10,000 articles: made once at its size
	all := dated[:len(dated):len(dated)] // appending below makes all anew, dated untouched
	var ix *datedIndex                   // made at the first undated article
	for _, d := range docs {
		if !d.Article.Anchor.IsZero() {
			continue
		}
		if ix == nil && b.opt.Tag != nil { // no tagger, no trial to index for
			ix = newDatedIndex(dated)
		}
		if warn, ok := b.inferAnchor(d, ix); ok {
			tl.Warnings = append(tl.Warnings, warn)
			cs := b.candidates(d)
			if b.opt.Merge != nil {
				x := b.extraction(cs)
				name(x, cs) // new names each build: its anchor may change
				x.made = cs
			}
			all = append(all, cs...)
		} else {
			unanchored = append(unanchored, d)
			if b.opt.Tag != nil {
				d.Mentions = b.undatedMentions(d)
			}
			cs := b.candidates(d)
			if b.opt.Merge != nil {
				x := b.extraction(cs)
				name(x, cs)
				x.made = cs
			}
			all = append(all, cs...)
		}
	}
	b.opt.Progress.Stage("merging events", len(all))
	events, leads := dropLeadOnly(merge(all, docs, b.opt.Merge, b.sim.kindSet, b.opt.Progress))
	tl.leads = leads
	markBackground(events, docs)
	events = joinBackground(events) // one card per recalled day of an article (background.go)
	order(events)
	assignIDs(events)
	b.x.retitle(events)
	tl.Events = events
	if b.opt.Overrides != nil {
		tl.Warnings = append(tl.Warnings, b.opt.Overrides.Apply(tl)...)
		events = tl.Events
	}
	words := b.opt.Merge.wordsOf(b.sim.words)
	defer b.opt.Merge.rotateWords()
	chooseTelling(ctx, events, b.opt.Merge.sentencesOf(words))
	// Key dates (which set each event's Score) and the dispute warnings
	// (which read no Score) are independent: one runs beside the other.
	done := make(chan []KeyDate)
	go func() { done <- keyDates(events, leads, docs, b.opt.KeyDates, words, &b.sim.stems) }()
	marks := &docMarks{last: make([]int, len(docs))}
	for _, e := range events {
		if e.Disputed && !e.Hidden {
			tl.Warnings = append(tl.Warnings, keptWarning(e, marks))
		}
	}
	tl.KeyDates = <-done
	return tl, unanchored
}

func (b *Builder) candidates(d *Doc) []*candidate {
	var out []*candidate
	dated := b.x.sourcesOf(d)
	srcs := append(dated, b.x.relativeSources(d, dated, b.sim.words)...)
	srcs = append(srcs, leadSources(d)...)
	srcs = b.x.spanSources(d, srcs)  // a span up to the telling dates by the article's day (span.go)
	srcs = b.x.statuses(d, srcs)     // each source's status; called-off plans folded (status.go)
	srcs = b.x.rangeSources(d, srcs) // "from 2001 to 2003" is one stretch (range.go)
	breaks := map[int][][]int{}      // clause breaks by sentence, shared by its dates
	for _, s := range srcs {
		t, match := b.x.title(s, breaks)
		if t == "" {
			continue
		}
		words := b.sim.words(match)
		s.Seq = int32(len(out))
		s.cand = &candidate{src: s, title: within(s.Text, t), ids: b.sim.numbers(words), sim: b.sim, value: internValue(s.Time.Value)}
		out = append(out, s.cand)
	}
	leadsToBody(out, b.sim.kindSet) // a headline told days after its happening (leadbody.go)
	return out
}

// within returns t as it stands in text, when text holds it, and as
// given when not. Every candidate holds its title until merging ends, and
// most titles are a run of their sentence, which the source holds
// anyway: taken from it, the copy the title was made in can go (13 MB at
// 10,000 generated articles). (Their values, a few dates, are taken from
// one store, unique, for the same reason.)
func within(text, t string) string {
	if i := strings.Index(text, t); i >= 0 {
		return text[i : i+len(t)]
	}
	return t
}

// extraction keeps candidates in a form that outlives their Doc.
func (b *Builder) extraction(cands []*candidate) *Extraction {
	x := &Extraction{items: make([]extracted, len(cands)), numbered: b.sim}
	for i, c := range cands {
		x.items[i] = extracted{src: *c.src, title: c.title, value: c.value, ids: c.ids}
		x.items[i].src.Doc, x.items[i].src.cand = nil, nil
	}
	return x
}

// name gives each candidate its key in x, the extraction made of them.
func name(x *Extraction, cands []*candidate) {
	lms := make([]lastMerge, len(cands))
	for i, c := range cands {
		c.key, c.lastMerge = candKey{x, i}, &lms[i]
	}
}

// reuse makes d's candidates from its kept extraction, numbered with
// this build's words: the ones made last time when d is the same Doc
// again, else fresh ones whose sources name d.
func (b *Builder) reuse(d *Doc) []*candidate {
	if x := d.Extracted; x.madeFor == d && x.madeSim == b.sim {
		return x.made // the same Doc again: the candidates made for it
	}
	out := make([]*candidate, len(d.Extracted.items))
	last := d.Extracted.made // the candidates last made of it, if any
	lms := make([]lastMerge, len(out))
	for i, it := range d.Extracted.items {
		src := it.src
		src.Doc = d
		out[i] = &candidate{key: candKey{d.Extracted, i}, src: &src, title: it.title, ids: d.Extracted.idsBy(i, b.sim), sim: b.sim, value: it.value, lastMerge: &lms[i]}
		src.cand = out[i]
		if len(last) == len(out) { // their decisions are its (name and reuse give each one)
			lms[i] = *last[i].lastMerge
		}
	}
	d.Extracted.made, d.Extracted.madeFor, d.Extracted.madeSim = out, d, b.sim
	return out
}

// datedIndex is what inferring an undated article's anchor reads of the
// dated sources, made once a build (it depends on them alone): the days
// they and their datelines give, the days three either side of a
// dateline (the trials, in order), and the sources by start day.
type datedIndex struct {
	dated     []*candidate
	knownDays map[time.Time]bool
	tries     []time.Time
	byStart   map[time.Time][]int
	nearDays  map[time.Time][]int // made once a day, asked of every trial
}

func newDatedIndex(dated []*candidate) *datedIndex {
	ix := &datedIndex{dated: dated, knownDays: map[time.Time]bool{}, byStart: map[time.Time][]int{}, nearDays: map[time.Time][]int{}}
	days := map[time.Time]bool{}
	for i, c := range dated {
		if dayGranular(c.src.Time) {
			ix.knownDays[c.src.Time.Start] = true
		}
		a := c.src.Doc.Article.Anchor.Time
		base := timex.Civil(a.Year(), a.Month(), a.Day())
		ix.knownDays[base] = true
		for k := -3; k <= 3; k++ {
			days[base.AddDate(0, 0, k)] = true
		}
		ix.byStart[c.src.Time.Start] = append(ix.byStart[c.src.Time.Start], i)
	}
	for day := range days {
		ix.tries = append(ix.tries, day)
	}
	slices.SortFunc(ix.tries, func(a, b time.Time) int { return a.Compare(b) })
	return ix
}

// near are the dated sources of day t and the two beside it, in dated's
// order: a trial's source merges without dispute only with one of the
// same time or, a lead, the day beside it (mergeable: sameTimeOf,
// leadDay), and comparing with every dated source of the collection
// made an undated page in a collection of 40,000 sources take minutes.
func (ix *datedIndex) near(t time.Time) []int {
	if out, ok := ix.nearDays[t]; ok {
		return out
	}
	out := slices.Concat(ix.byStart[t.AddDate(0, 0, -1)], ix.byStart[t], ix.byStart[t.AddDate(0, 0, 1)])
	slices.Sort(out)
	ix.nearDays[t] = out
	return out
}

// inferAnchor tries the days around the dated articles' anchors as d's
// anchor. Under each, d's dated happenings are compared with the dated
// articles': a day both put a happening on counts, and a happening both
// tell in shared words counts again. The best-scoring anchor wins; among
// equals the earliest, since an article is written no earlier than the
// last day it reports as past. It needs two matches and a clear margin
// over anchors that give different dates.
func (b *Builder) inferAnchor(d *Doc, ix *datedIndex) (string, bool) {
	if ix == nil || len(ix.dated) == 0 {
		return "", false
	}
	dated, knownDays, tries, near := ix.dated, ix.knownDays, ix.tries, ix.near
	type result struct {
		day     time.Time
		score   int
		dates   string
		matches int
		named   int // matches whose expression names its day
		with    map[string]bool
	}
	var best result
	var all []result
	for _, day := range tries {
		trial := &Doc{Article: withAnchor(d.Article, day), Mentions: b.opt.Tag(d.Article.TagText(), day)}
		r := result{day: day, with: map[string]bool{}}
		var dates []string
		for _, c := range b.candidates(trial) {
			if !dayGranular(c.src.Time) || c.src.Time.Qualifier == Planned || c.src.datedByArticle() {
				continue
			}
			dates = append(dates, c.src.Time.Start.Format(time.DateOnly))
			if knownDays[c.src.Time.Start] {
				r.score++
			}
			for _, i := range near(c.src.Time.Start) {
				o := dated[i]
				if _, dispute, ok := mergeable(c, o); ok && !dispute {
					r.score++
					r.matches++
					if namesDay(c) {
						r.named++
					}
					r.with[o.src.Doc.Article.Path] = true
					break
				}
			}
		}
		sort.Strings(dates)
		r.dates = strings.Join(dates, " ")
		all = append(all, r)
		if r.score > best.score {
			best = r
		}
	}
	runnerUp := 0
	for _, r := range all {
		if r.dates != best.dates && r.score > runnerUp {
			runnerUp = r.score
		}
	}
	// Days counted from the dateline ("Wednesday", "yesterday") fit any
	// anchor that puts them on a known day: a story of the same kind
	// another year fits as well (on ECB+ every merge across a topic's two
	// happenings came so, the best anchor scoring one or two more than
	// the next). A match must name its day ("Dec. 17"), or the anchor
	// must score more than inferMargin times any other.
	if (best.named < 1 && best.score <= inferMargin*runnerUp) || best.score < 3 || best.score <= runnerUp {
		return "", false
	}
	d.Article.Anchor = article.Anchor{Time: best.day, Source: article.FromInferred}
	d.Mentions = b.opt.Tag(d.Article.TagText(), best.day)
	d.Serial = 0 // no longer the article as read
	var with []string
	for p := range best.with {
		with = append(with, p)
	}
	sort.Strings(with)
	return fmt.Sprintf("%s: no date or dateline; anchor %s inferred from %d happenings it shares with %s (score %d, next best %d); add a date to confirm it",
		d.Article.Path, best.day.Format(time.DateOnly), best.matches, strings.Join(with, ", "), best.score, runnerUp), true
}

// inferMargin is how many times the next best score an anchor must beat
// when no match names its day. On ECB+ the anchors that dated an article
// into another year's story won by one or two (4 over 2, 7 over 6); the
// seed's undated article, one story, wins 12 over 1.
const inferMargin = 2

// undatedMentions are the time expressions of an article with no anchor
// that need none: those resolved alike against two anchors far apart
// ("June 8, 2008" is itself whatever the dateline; "Tuesday" is not).
func (b *Builder) undatedMentions(d *Doc) []temporal.Mention {
	early := b.opt.Tag(d.Article.TagText(), time.Date(1975, 3, 12, 12, 0, 0, 0, time.UTC))
	late := b.opt.Tag(d.Article.TagText(), time.Date(2041, 9, 23, 12, 0, 0, 0, time.UTC))
	var out []temporal.Mention
	for _, m := range early {
		i := sort.Search(len(late), func(k int) bool { return late[k].Start >= m.Start })
		if i < len(late) && late[i].Start == m.Start && late[i].End == m.End && late[i].Value == m.Value && m.Value.IsCalendar() {
			m.Anchor = nil
			out = append(out, m)
		}
	}
	return out
}

func withAnchor(a *article.Article, day time.Time) *article.Article {
	c := *a
	c.Anchor = article.Anchor{Time: day, Source: article.FromInferred}
	return &c
}

// markBackground sets apart references far from the story's span: the
// days the articles were written, with a margin.
func markBackground(events []*Event, docs []*Doc) {
	var lo, hi time.Time
	for _, d := range docs {
		if d.Article.Anchor.IsZero() {
			continue
		}
		a := d.Article.Anchor.Time
		day := timex.Civil(a.Year(), a.Month(), a.Day())
		if lo.IsZero() || day.Before(lo) {
			lo = day
		}
		if hi.IsZero() || day.After(hi) {
			hi = day
		}
	}
	if lo.IsZero() {
		return
	}
	from, to := lo.AddDate(0, -3, 0), hi.AddDate(1, 0, 0)
	for _, e := range events {
		coarse := e.Time.Value.Gran < timex.Month
		far := !e.Time.End.After(from) || e.Time.Start.After(to)
		e.Background = far || (coarse && !e.Time.Start.After(lo) && !e.Time.End.After(lo))
	}
}

// order sorts by start, end, finer granularity first, then source order.
func order(events []*Event) {
	sort.SliceStable(events, func(i, j int) bool {
		a, b := events[i], events[j]
		if !a.Time.Start.Equal(b.Time.Start) {
			return a.Time.Start.Before(b.Time.Start)
		}
		if !a.Time.End.Equal(b.Time.End) {
			return a.Time.End.Before(b.Time.End)
		}
		if a.Time.Value.Gran != b.Time.Value.Gran {
			return a.Time.Value.Gran > b.Time.Value.Gran
		}
		return sourceLess(a.Sources[0], b.Sources[0])
	})
}

// assignIDs gives each event an id from its earliest-published source:
// the article, the sentence and the expression, so ids survive rebuilds,
// new articles and retitling.
func assignIDs(events []*Event) {
	seen := make(map[string]int, len(events))
	for _, e := range events {
		id := keptCanonical(e).idBase()
		seen[id]++
		if n := seen[id]; n > 1 {
			id = fmt.Sprintf("%s-%d", id, n)
		}
		e.ID = id
	}
}

// idBase is the id an event takes from s as its canonical source. Made
// anew each build, once an event: kept on every source, it was 16 bytes
// of each, which a build holds at once (a Source then took the size
// class above).
func (s *Source) idBase() string {
	// The sentence as written, not as shown (Text): ids made before
	// markup was taken out of Text stay what they were.
	raw := s.Doc.Article.Body[s.Sentence.Start:s.Sentence.End]
	h := sha1.Sum([]byte(s.Doc.Article.ID + "\x00" + strings.Join(strings.Fields(raw), " ") + "\x00" + s.Mention.Text))
	return "e-" + hex.EncodeToString(h[:5])
}

// canonical is the source an event takes its id from: the earliest
// published, then by path. A report joined only for its coarse time
// (joinCoarse: after the day's own sources) is none: the day event's id
// stays as it was without it.
func canonical(e *Event) *Source {
	c := e.Sources[0]
	for _, s := range e.Sources[1:] {
		if coarseOf(s, e) {
			continue
		}
		at, ct := s.Doc.Article.Anchor.Time, c.Doc.Article.Anchor.Time
		if at.Before(ct) || (at.Equal(ct) && s.Doc.Article.Path < c.Doc.Article.Path) {
			c = s
		}
	}
	return c
}

// disputeWarning names, for each time the sources give, the files that
// give it: two of them, and how many more (a story told by fifty
// articles should not print fifty lines).
func disputeWarning(e *Event, marks *docMarks) string {
	// Each date with the first few articles giving it and how many do (a
	// happening told by hundreds of articles made a quadratic scan here).
	// An event has few values, found by a scan; each value's articles are
	// counted with marks (maps made it slow at 10,000 articles).
	type giving struct {
		value timex.Value
		text  string
		group int // in marks
		n     int
		paths []string
	}
	var values []*giving
	find := func(v timex.Value) *giving {
		for _, h := range values {
			if h.value == v {
				return h
			}
		}
		t := v.String()
		for _, h := range values {
			if h.text == t { // values that read the same are one, as printed
				return h
			}
		}
		h := &giving{value: v, text: t, group: marks.group()}
		values = append(values, h)
		return h
	}
	// Each source's value, then each value's articles in turn (a group
	// of marks is counted whole before the next).
	of := make([]*giving, len(e.Sources))
	for i, s := range e.Sources {
		if coarseOf(s, e) {
			continue // a coarse time joined (joinCoarse) disputes no day
		}
		if i > 0 && of[i-1] != nil && of[i-1].value == s.Time.Value {
			of[i] = of[i-1]
		} else {
			of[i] = find(s.Time.Value)
		}
	}
	for _, g := range values {
		for i, s := range e.Sources {
			if of[i] != g || !marks.mark(s.Doc, g.group) {
				continue
			}
			if g.n++; len(g.paths) < maxNamed {
				g.paths = append(g.paths, s.Doc.Article.Path)
			}
		}
	}
	var parts []string
	for _, g := range values {
		p := strings.Join(g.paths, ", ")
		n := g.n
		if n > maxNamed {
			p += fmt.Sprintf(" and %d more", n-maxNamed)
		}
		verb := " say "
		if n == 1 {
			verb = " says "
		}
		parts = append(parts, p+verb+g.text)
	}
	return fmt.Sprintf("event %s %q is disputed: %s", e.ID, e.Title, strings.Join(parts, "; "))
}

// docMarks counts each article once per group, for many groups in turn,
// without a set per group: an article's mark is the last group it was
// counted in, so a group's articles must all be marked before the next
// group's.
type docMarks struct {
	last []int // by Doc.num: the last group (from 1) the article was counted in
	n    int
}

func (m *docMarks) group() int { m.n++; return m.n }

// mark counts d in group g and reports whether it was new there.
func (m *docMarks) mark(d *Doc, g int) bool {
	if m.last[d.num] == g {
		return false
	}
	m.last[d.num] = g
	return true
}

// maxNamed is how many files a warning names for one value.
const maxNamed = 2

// Canonical is the source an event's id comes from: the earliest
// published one. (Found by its place last time for an event the merge
// memo kept: the feed asks it of every event after each rebuild.)
func (e *Event) Canonical() *Source { return keptCanonical(e) }

// internValue is a time value's text, one string for every candidate of
// the same value (a build holds each candidate's until merging ends).
func internValue(v timex.Value) string { return unique.Make(v.String()).Value() }
