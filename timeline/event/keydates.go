package event

import (
	"cmp"
	"math"
	"slices"
	"sort"
	"time"

	"github.com/newsroom/timeline/timeline/timex"
)

// Key dates: the days a collection says most about, ranked (the
// "timeline summarization" task; scored as date F1 against journalists'
// timelines).

// Key-date weights, set on the Timeline17 development topics (date F1
// 0.688 with 1 and 0.25, 0.725 with these, 0.741 once each article's vote
// is shared among the days it dates, 0.747 with a look-ahead counting in
// full; counting articles per day alone gives 0.677).
const (
	publishedWeight = 1.5 // an article published on the day
	lookBackWeight  = 0.5 // extra for an article dating a happening to an earlier day
	// lookAheadWeight is extra for an article written before the day that
	// dates the happening to it: a day the news anticipated and then
	// reported (a hearing, a vote, a verdict) is a milestone of the story.
	// (Only happenings that then took place count: an event still
	// planned is no key date.)
	lookAheadWeight = 1
)

// keyDates scores each day by how many articles speak of it: an article
// that dates a happening to the day counts 1 (once, however often it
// does), more when it writes from another day (a later article looking
// back marks a day that mattered, an earlier one looking ahead marks a
// day the story waited for), and an article published that day
// counts too: newsrooms write most on the days that matter. Counting
// articles, not mentions, keeps a listings page that names one day fifty
// times from outweighing the story.
func keyDates(events []*Event, docs []*Doc, n int) []KeyDate {
	// Articles are numbered (Doc.num, set by Build) and days counted from
	// 1970 (key dates are whole days: dayGranular times start at midnight
	// UTC), so that the bookkeeping below is keyed by integers; at 10,000
	// articles maps of maps keyed by pointers and times were a large part
	// of a rebuild.
	published := make([]int64, len(docs)) // the day each article was published, or noDay
	var first, last int64
	dated := false
	for i, d := range docs {
		published[i] = noDay
		if a := d.Article.Anchor; !a.IsZero() {
			day := dayNumber(civilDay(a.Time))
			published[i] = day
			if !dated || day < first {
				first = day
			}
			if !dated || day > last {
				last = day
			}
			dated = true
		}
	}
	// Events are taken day by day (a timeline is in order already; one
	// that is not is put in order, keeping the order within a day), so
	// that an article's first time on a day is told by the last day it
	// was seen on: no set of (article, day) pairs, which at 10,000
	// articles cost more than the rest.
	evs := events
	dayOf := func(e *Event) int64 { return dayNumber(e.Time.Start) }
	if !slices.IsSortedFunc(evs, func(a, b *Event) int { return cmp.Compare(dayOf(a), dayOf(b)) }) {
		evs = slices.Clone(evs)
		slices.SortStableFunc(evs, func(a, b *Event) int { return cmp.Compare(dayOf(a), dayOf(b)) })
	}
	newDays := func() []int64 {
		d := make([]int64, len(docs))
		for i := range d {
			d[i] = noDay
		}
		return d
	}
	// An article that dates many days (a listings page, a chronology) gives
	// each of them a smaller share of its vote.
	days := make([]int, len(docs))
	lastDated := newDays() // the last day each article was counted as dating
	for _, e := range evs {
		if !dayGranular(e.Time) {
			continue
		}
		day := dayOf(e)
		for _, s := range e.Sources {
			if d := s.Doc.num; lastDated[d] != day {
				lastDated[d] = day
				days[d]++
			}
		}
	}
	share := func(doc int) float64 { return 1 / float64(max(1, days[doc])) }
	type acc struct {
		date   time.Time
		score  float64
		events []*Event
	}
	byDay := map[int64]*acc{}
	get := func(day int64, date time.Time) *acc {
		a := byDay[day]
		if a == nil {
			a = &acc{date: date}
			byDay[day] = a
		}
		return a
	}
	lastCounted := newDays()       // an article counts once for a day: the last it counted for
	seen := make([]int, len(docs)) // the last event (1-based) an article was counted for
	for ei, e := range evs {
		day := dayOf(e)
		articles, refs := 0, 0
		for _, s := range e.Sources {
			if d := s.Doc.num; seen[d] != ei+1 {
				seen[d] = ei + 1
				articles++
				if published[d] != day {
					refs++
				}
			}
		}
		e.Score = float64(articles) + 0.5*float64(refs)
		// Key dates are days of the story: inside the span the articles
		// were written in, not background, not yet to come.
		if e.Hidden || e.Background || !dayGranular(e.Time) || e.Time.Qualifier == Planned ||
			!dated || day < first || day > last {
			continue
		}
		a := get(day, e.Time.Start)
		a.events = append(a.events, e)
		for _, s := range e.Sources {
			d := s.Doc.num
			if lastCounted[d] == day {
				continue
			}
			lastCounted[d] = day
			w := share(d)
			a.score += w
			switch p := published[d]; {
			case p == day:
			case p != noDay && p < day:
				a.score += lookAheadWeight * w
			default:
				a.score += lookBackWeight * w
			}
		}
	}
	for i, d := range docs {
		if published[i] != noDay {
			get(published[i], civilDay(d.Article.Anchor.Time)).score += publishedWeight
		}
	}
	out := make([]KeyDate, 0, len(byDay))
	for _, a := range byDay {
		sort.SliceStable(a.events, func(i, j int) bool { return a.events[i].Score > a.events[j].Score })
		out = append(out, KeyDate{Date: a.date, Score: a.score, Events: a.events})
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].Score != out[j].Score {
			return out[i].Score > out[j].Score
		}
		return out[i].Date.Before(out[j].Date)
	})
	if n > 0 && len(out) > n {
		out = out[:n]
	}
	return out
}

// noDay is the day number of an article without an anchor.
const noDay = math.MinInt64

func civilDay(t time.Time) time.Time { return timex.Civil(t.Year(), t.Month(), t.Day()) }
