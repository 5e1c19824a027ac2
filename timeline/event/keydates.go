package event

import (
	"sort"
	"time"

	"github.com/newsroom/timeline/timeline/timex"
)

// Key dates: the days a collection says most about, ranked (the
// "timeline summarization" task; scored as date F1 against journalists'
// timelines).

// Key-date weights, set on the Timeline17 development topics (date F1
// 0.688 with 1 and 0.25, 0.725 with these, 0.741 once each article's vote
// is shared among the days it dates; counting articles per day alone gives
// 0.677).
const (
	publishedWeight = 1.5 // an article published on the day
	lookBackWeight  = 0.5 // extra for an article dating a happening to an earlier or later day
)

// keyDates scores each day by how many articles speak of it: an article
// that dates a happening to the day counts 1 (once, however often it
// does), more when it writes from another day (a later article looking
// back marks a day that mattered), and an article published that day
// counts too: newsrooms write most on the days that matter. Counting
// articles, not mentions, keeps a listings page that names one day fifty
// times from outweighing the story.
func keyDates(events []*Event, docs []*Doc, n int) []KeyDate {
	type acc struct {
		score  float64
		events []*Event
		seen   map[*Doc]bool
	}
	var first, last time.Time
	for _, d := range docs {
		if a := d.Article.Anchor; !a.IsZero() {
			if t := civilDay(a.Time); first.IsZero() || t.Before(first) {
				first = t
			}
			if t := civilDay(a.Time); t.After(last) {
				last = t
			}
		}
	}
	// An article that dates many days (a listings page, a chronology) gives
	// each of them a smaller share of its vote.
	daysOf := map[*Doc]map[time.Time]bool{}
	for _, e := range events {
		if !dayGranular(e.Time) {
			continue
		}
		for _, s := range e.Sources {
			if daysOf[s.Doc] == nil {
				daysOf[s.Doc] = map[time.Time]bool{}
			}
			daysOf[s.Doc][e.Time.Start] = true
		}
	}
	share := func(d *Doc) float64 { return 1 / float64(max(1, len(daysOf[d]))) }
	byDay := map[time.Time]*acc{}
	get := func(d time.Time) *acc {
		if byDay[d] == nil {
			byDay[d] = &acc{seen: map[*Doc]bool{}}
		}
		return byDay[d]
	}
	for _, e := range events {
		articles := map[*Doc]bool{}
		refs := 0
		for _, s := range e.Sources {
			if !articles[s.Doc] && !sameDay(s.Doc.Article.Anchor.Time, e.Time.Start) {
				refs++
			}
			articles[s.Doc] = true
		}
		e.Score = float64(len(articles)) + 0.5*float64(refs)
		// Key dates are days of the story: inside the span the articles
		// were written in, not background, not yet to come.
		if e.Hidden || e.Background || !dayGranular(e.Time) || e.Time.Qualifier == Planned ||
			e.Time.Start.Before(first) || e.Time.Start.After(last) {
			continue
		}
		a := get(e.Time.Start)
		a.events = append(a.events, e)
		for _, s := range e.Sources {
			if a.seen[s.Doc] {
				continue
			}
			a.seen[s.Doc] = true
			w := share(s.Doc)
			a.score += w
			if !sameDay(s.Doc.Article.Anchor.Time, e.Time.Start) {
				a.score += lookBackWeight * w
			}
		}
	}
	for _, d := range docs {
		if d.Article.Anchor.IsZero() {
			continue
		}
		get(civilDay(d.Article.Anchor.Time)).score += publishedWeight
	}
	var out []KeyDate
	for d, a := range byDay {
		sort.SliceStable(a.events, func(i, j int) bool { return a.events[i].Score > a.events[j].Score })
		out = append(out, KeyDate{Date: d, Score: a.score, Events: a.events})
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

func civilDay(t time.Time) time.Time { return timex.Civil(t.Year(), t.Month(), t.Day()) }

func sameDay(anchor, day time.Time) bool { return civilDay(anchor).Equal(day) }
