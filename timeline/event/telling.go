package event

import (
	"context"
	"slices"
	"sync"

	"github.com/newsroom/timeline/timeline/internal/parallel"
)

// The sentence that tells an event. The canonical source (the earliest
// published) gives an event its id and stays as it is, but its sentence is
// often a live-blog line or a caption run into the next sentence; a later
// report usually tells the happening better. Of an event's sources'
// sentences the one that tells it is the most central among them (the
// words it shares with the other sources), of a news sentence's length,
// and not one that tells no day (a live-blog header, a page stamp, a
// fragment: tellsNoDay), nor one dating the day's happening only by its
// month or year (joinCoarse).

// A sentence shorter than tellingMinWords words or longer than
// tellingMaxWords is marked down in proportion. On Timeline17 dev (day
// summaries, date-aligned ROUGE) 8..35 against 8..30 or 10..35 moved
// ROUGE-1 by under 0.005: not fitted.
const (
	tellingMinWords = 8
	tellingMaxWords = 35
)

// chooseTelling sets, for each event, the source whose sentence tells it
// (Telling). The choice reads only the event's sources and their
// articles, in an order of its own (not the sources' order), so a build
// that kept events from a merge memo chooses as a clean one does, and an
// event the memo kept takes its last choice (keptTelling). Each event's
// choice is its own, so they are made on every core (one after another
// they were 6% of a build of 10,000 articles, on one core).
func chooseTelling(ctx context.Context, events []*Event, read func(string) *toldSentence) {
	parallel.Do(ctx, len(events), func(i int) { events[i].told = keptTelling(events[i], read) })
}

// toldSentence is what the choice reads of a source's sentence: its
// text with its spaces made single (sources giving the same sentence are
// one candidate), that text's content words, the words of the sentence
// as written, and whether it tells no day. A rebuild chooses again for
// the events an edit changed, told by hundreds of sentences that did not
// change, each read again (MergeMemo.sentencesOf keeps them).
type toldSentence struct {
	text  string
	words []string
	n     int
	noDay int8 // 1: it tells no day, -1: it tells one, 0: not read yet
}

// sentencesOf reads sentences for the choice with words, noDay left to
// be read where asked (the first build asks only of one sentence of each
// candidate), each text once: a sentence giving two dates is a source of
// two events, and an event's canonical source is read again (at 10,000
// generated articles 77,000 reads were of 32,000 texts). A read is
// shared by every caller asking for its text: nobody writes to it.
func sentencesOf(words func(string) []string) func(string) *toldSentence {
	var read sync.Map // text → *toldSentence
	return func(text string) *toldSentence {
		if t, ok := read.Load(text); ok {
			return t.(*toldSentence)
		}
		told, _ := read.LoadOrStore(text, readSentence(words, text))
		return told.(*toldSentence)
	}
}

// readSentence reads text for the choice, noDay left to be read.
func readSentence(words func(string) []string, text string) *toldSentence {
	t, n := oneSpaced(text)
	return &toldSentence{text: t, words: words(t), n: n}
}

// tellsNoDay is tellsNoDay(text), text being the sentence t was read of.
func (t *toldSentence) tellsNoDay(text string) bool {
	if t.noDay == 0 {
		return tellsNoDay(text)
	}
	return t.noDay > 0
}

// tellingSource is the source of e whose sentence tells it best: the
// highest tellingScore, the earliest in canonical's order on a tie; the
// canonical source when no other sentence can tell a day.
func tellingSource(e *Event, read func(string) *toldSentence) *Source {
	c := keptCanonical(e)
	// Reports joined only for their coarse time (joinCoarse) neither tell
	// the day's happening nor weigh in the choice: it is the day event's
	// own, as it was without them.
	srcs := e.Sources
	if slices.ContainsFunc(srcs, func(s *Source) bool { return coarseOf(s, e) }) {
		srcs = slices.DeleteFunc(slices.Clone(srcs), func(s *Source) bool { return coarseOf(s, e) })
	}
	if len(srcs) < 2 {
		return c
	}
	// Each distinct sentence once, with how many sources give it (the
	// same wire sentence in three papers is one candidate, told thrice),
	// taken from the earliest of them.
	type cand struct {
		s     *Source
		t     *toldSentence
		given int
	}
	var cands []*cand
	byText := map[string]*cand{}
	for _, s := range srcs {
		t := read(s.Text)
		if k := byText[t.text]; k != nil {
			k.given++
			if before(s, k.s) {
				k.s, k.t = s, t
			}
			continue
		}
		k := &cand{s: s, t: t, given: 1}
		byText[t.text] = k
		cands = append(cands, k)
	}
	if len(cands) < 2 {
		return c
	}
	df := map[string]int{} // of each word, the sources giving it
	for _, k := range cands {
		for _, w := range k.t.words {
			df[w] += k.given
		}
	}
	best, bestScore := c, -1.0
	if ct := read(c.Text); !ct.tellsNoDay(c.Text) {
		bestScore = tellingScore(ct.words, df, ct.n, len(srcs))
	}
	for _, k := range cands {
		if k.s == best || k.t.tellsNoDay(k.s.Text) {
			continue
		}
		if sc := tellingScore(k.t.words, df, k.t.n, len(srcs)); sc > bestScore || (sc == bestScore && before(k.s, best)) {
			best, bestScore = k.s, sc
		}
	}
	return best
}

// tellingScore is how well a sentence of content words ws, of words
// words as written, tells an event of n sources whose words are counted
// in df: the sum, over its words, of the share of the other sources
// giving the word (its dot product with their centroid), marked down
// outside tellingMinWords..tellingMaxWords words, which bounds what
// length alone can earn. (Not a cosine
// nor a mean: on Timeline17 dev, date-aligned ROUGE-1 of day summaries
// was 0.192 dividing by the root of the words, 0.182 by the words, 0.200
// by neither; the canonical sentence's 0.196.)
func tellingScore(ws []string, df map[string]int, words, n int) float64 {
	if len(ws) == 0 || n < 2 {
		return 0
	}
	var shared float64
	for _, w := range ws {
		shared += float64(df[w]-1) / float64(n-1)
	}
	score := shared
	switch nw := float64(words); {
	case nw > tellingMaxWords:
		score *= tellingMaxWords / nw
	case nw < tellingMinWords:
		score *= nw / tellingMinWords
	}
	return score
}

// before reports whether a comes before b in canonical's order (earlier
// published, then by path), then earlier in its article.
func before(a, b *Source) bool {
	at, bt := a.Doc.Article.Anchor.Time, b.Doc.Article.Anchor.Time
	if !at.Equal(bt) {
		return at.Before(bt)
	}
	if a.Doc.Article.Path != b.Doc.Article.Path {
		return a.Doc.Article.Path < b.Doc.Article.Path
	}
	return a.Sentence.Start < b.Sentence.Start
}

// Telling is the source whose sentence tells the event best: events.json
// gives its sentence as the event's, and day summaries are ranked and
// shown by it. Before the build has chosen (an event made by hand, or
// while retitling), the canonical source.
func (e *Event) Telling() *Source {
	if e.told != nil {
		return e.told
	}
	return keptCanonical(e)
}
