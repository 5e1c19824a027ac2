// Package event turns resolved time expressions into a timeline: what
// happened, when, and who reported it. It finds the happening each date
// belongs to, keeps vague times honest, merges the same happening reported
// by several outlets into one event, and ranks the dates that matter.
package event

import (
	"slices"
	"time"

	"github.com/newsroom/timeline/timeline/article"
	"github.com/newsroom/timeline/timeline/temporal"
	"github.com/newsroom/timeline/timeline/timex"
)

// Doc is an article with the time expressions found in it.
type Doc struct {
	Article  *article.Article
	Mentions []temporal.Mention
	// Extracted is what Build found in this article: its dated sources,
	// titled. It depends on the article and its mentions alone, so a
	// caller may keep it and hand it back with the same article and
	// mentions to spare the work (serve does); Build sets it when nil and
	// Options.KeepExtracted is set.
	Extracted *Extraction
	// Serial names the article as read and resolved, across builds: two
	// Docs with one nonzero Serial have the same article and mentions,
	// and so the same sources (a cache that hands back an article sets
	// it; Build clears it when it gives an article an inferred anchor).
	// The site draws on it to know what did not change without hashing.
	Serial uint64
	// stamps are Stamps of its body and Mentions, as extraction found
	// them (the site asks again: Doc.Stamped).
	stamps    []bool
	stampedOf []temporal.Mention
	// num is the article's place in the docs of the Build (or PerDoc)
	// that last took it: bookkeeping over every source is kept in slices
	// by it, not in maps keyed by pointers.
	num int
}

// Stamped reports, for each of d's mentions, whether it is the page's own
// stamp (Stamps), as the last Build found when the mentions are the same.
func (d *Doc) Stamped() []bool {
	if len(d.Mentions) > 0 && len(d.stampedOf) == len(d.Mentions) && &d.stampedOf[0] == &d.Mentions[0] {
		return d.stamps
	}
	return stampsOf(d.Article, d.Mentions)
}

// Extraction is one article's dated sources with their titles and
// words, before merging; see Doc.Extracted.
type Extraction struct {
	items    []extracted
	numbered *similarity // whose numbers ids are
	merges   mergeState  // its part in merging (remerge.go)
	// made are the candidates last made of it, for the Doc madeFor and
	// numbered by madeSim: a caller that hands back the same Doc (serve's
	// cache does) has them taken as they are, not made again. Nothing
	// changes a source once extracted; a build sets only a candidate's
	// order.
	made    []*candidate
	madeFor *Doc
	madeSim *similarity
}

type extracted struct {
	src   Source // without its Doc
	title string
	// words are its words as strings only when nothing numbered them (an
	// extraction read back from a record); else ids, numbered by the
	// extraction's similarity, stand for them (wordsOf).
	words []string
	ids   []uint32
	value string
}

// wordsOf is item i's words, sorted and distinct.
func (x *Extraction) wordsOf(i int) []string {
	it := &x.items[i]
	if it.words != nil || x.numbered == nil {
		return it.words
	}
	return x.numbered.sortedNames(it.ids)
}

// idsBy is item i's word numbers as s numbers them: its own when s
// numbered them, else its words numbered anew (another build's words, or
// an extraction read from a record).
func (x *Extraction) idsBy(i int, s *similarity) []uint32 {
	if x.numbered == s {
		return x.items[i].ids
	}
	return s.numbers(x.wordsOf(i))
}

// Qualifier says how exact an event's time is.
type Qualifier string

// Qualifiers. The zero value is an exact time at the stated granularity.
const (
	Exact       Qualifier = ""
	Approximate Qualifier = "approximate"
	Before      Qualifier = "before"
	After       Qualifier = "after"
	By          Qualifier = "by"
	Planned     Qualifier = "planned"
	Start       Qualifier = "start"
	Mid         Qualifier = "mid"
	End         Qualifier = "end"
)

// Status says whether an event happened, as its sources tell it. The
// empty value is read as StatusHappened. The set is closed: events.json, the feed, ICS
// and overrides use these words and no others.
type Status string

// Statuses.
const (
	StatusHappened  Status = "happened"
	StatusPlanned   Status = "planned"
	StatusCancelled Status = "cancelled" // called off, scrapped, pulled
	StatusPostponed Status = "postponed" // moved to a later day
	StatusDenied    Status = "denied"    // denied or negated ("did not", "never", "denied that")
	StatusUncertain Status = "uncertain" // "may", "reportedly", "is expected to"
)

// Time is when an event happened: an interval of calendar days at a
// granularity, never rounded to a day the text did not give.
type Time struct {
	Value     timex.Value
	Start     time.Time // first day, UTC midnight
	End       time.Time // day after the last
	Qualifier Qualifier
}

// Source is one article's report of an event.
type Source struct {
	Doc       *Doc
	Sentence  article.Sentence
	Text      string            // the sentence as a reader reads it: Doc.Article.Plain(Sentence.Start, Sentence.End)
	Mention   *temporal.Mention // shared with Doc.Mentions (a build holds every source at once): copy it to change it
	Time      Time              // as this source dates it
	Anaphoric bool
	// told: dated by its telling, a span up to it (spanSources); its
	// status is the report's. (A bool beside Anaphoric: no room taken.)
	told bool
	// bodyBack: for a lead, how many days before the dateline its
	// article's body dates a happening of the lead's kind (leadsToBody);
	// bodyDays when it dates several, 0 when none. Other headlines move
	// the lead to no other day (joinLateLeads). (An int8 beside Anaphoric
	// and Seq: see Seq.)
	bodyBack int8
	// Seq is its place among its article's sources: with Doc.Serial it
	// names the source across builds. (An int32 beside Anaphoric: a
	// build holds every source, and at 264 bytes a source took 288, at
	// 256 one size class less.)
	Seq int32
	// Status is what its clause tells of the happening (sourceStatus),
	// and Was, for a calling off or a move, the time the plan had been
	// for (nil when the sentence gives none).
	Status Status
	Was    *Time // nil when none: few sources have one, and a build holds every source
	// cand is the merge candidate made of it (candidateOf): a copy of a
	// source has none, and an extraction keeps none.
	cand *candidate
}

// WasTime is s.Was, zero when it has none.
func (s *Source) WasTime() Time {
	if s.Was == nil {
		return Time{}
	}
	return *s.Was
}

// Event is a happening on the timeline.
type Event struct {
	ID      string
	Time    Time
	Title   string
	Sources []*Source
	Status  Status // decided from all its sources (decideStatus)
	// PlannedFor is, for a cancelled or postponed event, the time it had
	// been planned for (zero when no source gives it).
	PlannedFor Time
	Background bool
	Disputed   bool
	Relative   bool     // dated from another time ("two days after …")
	Inferred   bool     // a source's anchor was inferred
	Evidence   []string // why sources were merged
	Score      float64
	Hidden     bool
	// kept is what a merge memo keeps of the event from one build to the
	// next (nil without one, or once an editor's merge changed it).
	kept *keptEvent
	// told is the source whose sentence tells the event (Telling).
	told *Source
}

// KeyDate is a date ranked by how much the collection says about it.
type KeyDate struct {
	Date   time.Time
	Score  float64
	Events []*Event
	// Summary is the day's summary, one to three sentences in order.
	Summary []SummaryLine
}

// SummaryLine is a sentence of a key date's summary: a card's own (Event,
// which leads the key date's Events), or a sentence of a report of the
// day that no card tells by it (Doc, the report it is quoted from). Such
// a line is no event: it dates, merges and reports nothing of its own.
type SummaryLine struct {
	Text  string
	Event *Event // the card, nil for a report's sentence
	Doc   *Doc   // the report, nil for a card
}

// Source is the article the line is from: its report's, or the one whose
// sentence tells its card.
func (l SummaryLine) Source() *Doc {
	if l.Doc != nil {
		return l.Doc
	}
	return l.Event.Telling().Doc
}

// Timeline is the event model of a collection.
type Timeline struct {
	Docs     []*Doc
	Events   []*Event // story events in order, then background events in order
	KeyDates []KeyDate
	Warnings []string
	leads    []*Event // happenings only an undated lead tells: no cards, evidence of their day (keyDates)
}

// Story returns the events of the main run.
func (t *Timeline) Story() []*Event { return t.filter(false) }

// Context returns the background events.
func (t *Timeline) Context() []*Event { return t.filter(true) }

func (t *Timeline) filter(bg bool) []*Event {
	var out []*Event
	for _, e := range t.Events {
		if e.Background == bg && !e.Hidden {
			out = append(out, e)
		}
	}
	return out
}

// DocEvents is what one article gives the timeline: the events it is a
// source of, in timeline order and each once, and how many sources it
// gives them.
type DocEvents struct {
	Events  []*Event
	Sources int
}

// sourceFacts is what is read of every source of an event by the steps
// that walk every event: each source's article (docs, in their order),
// whether a source is dated by more than a day (coarse: one coarseOf
// may hold for) and whether one is a lead (isLead).
type sourceFacts struct {
	docs          []*Doc
	coarse, leads bool
}

// sourceFacts returns e's, kept for an event the merge memo keeps while
// its sources are the same. (At 10,000 articles, reading each of 78,500
// sources, far apart in memory, was most of what PerDoc cost, half of
// what key dates cost a rebuild, and most of joinLateLeads.) An event
// nothing keeps (every one of a build without a memo) has its docs
// written into *buf, which the caller reuses from event to event: they
// hold until the next call.
func (e *Event) sourceFacts(buf *[]*Doc) sourceFacts {
	k := e.kept
	if k != nil && slices.Equal(k.factsOf, e.Sources) {
		return k.facts
	}
	var f sourceFacts
	if k != nil {
		f.docs = make([]*Doc, 0, len(e.Sources)) // the memo's own
	} else {
		f.docs = (*buf)[:0]
	}
	for _, s := range e.Sources {
		f.docs = append(f.docs, s.Doc)
		f.coarse = f.coarse || !dayGranular(s.Time)
		f.leads = f.leads || isLead(s)
	}
	if k != nil {
		k.factsOf, k.facts = slices.Clone(e.Sources), f
	} else {
		*buf = f.docs
	}
	return f
}

// PerDoc returns the DocEvents of each of t.Docs, in the same order.
// (One pass over the sources, kept in slices by each article's place,
// which it numbers (Doc.num) as Build does, so not while a Build takes
// the same Docs: maps keyed by article cost more than the rest at 10,000
// articles.)
func (t *Timeline) PerDoc() []DocEvents {
	out := make([]DocEvents, len(t.Docs))
	for i, d := range t.Docs {
		d.num = i
	}
	var buf []*Doc
	for _, e := range t.Events {
		facts := e.sourceFacts(&buf)
		for _, d := range facts.docs {
			if n := d.num; n >= len(t.Docs) || t.Docs[n] != d {
				continue // not one of t.Docs
			}
			p := &out[d.num]
			p.Sources++
			if n := len(p.Events); n == 0 || p.Events[n-1] != e {
				p.Events = append(p.Events, e)
			}
		}
	}
	return out
}
