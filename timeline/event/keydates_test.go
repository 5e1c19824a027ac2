package event

import (
	"context"
	"fmt"
	"path/filepath"
	"slices"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/newsroom/timeline/timeline/article"
	"github.com/newsroom/timeline/timeline/temporal"
	"github.com/newsroom/timeline/timeline/timex"
)

// keyDocs are articles from the given outlets, numbered as Build numbers
// them (publish gives them their days).
func keyDocs(outlets ...string) []*Doc {
	var docs []*Doc
	for i, o := range outlets {
		docs = append(docs, &Doc{Article: &article.Article{Path: fmt.Sprintf("%d.md", i), Outlet: o}, num: i})
	}
	return docs
}

// publish dates docs, in order, to days of December 2014.
func publish(docs []*Doc, days ...int) {
	for i, day := range days {
		docs[i].Article.Anchor = article.Anchor{Time: timex.Civil(2014, time.December, day), Source: article.FromFrontMatter}
	}
}

// keyEvent is a happening on a December day told by the sentences of docs.
func keyEvent(day int, text string, docs ...*Doc) *Event {
	start := timex.Civil(2014, time.December, day)
	e := &Event{Time: Time{Start: start, End: start.AddDate(0, 0, 1)}}
	for _, d := range docs {
		e.Sources = append(e.Sources, &Source{Doc: d, Text: text, Mention: &temporal.Mention{}})
	}
	return e
}

// keyLead is a happening on a December day that only the undated leads of
// docs tell (lead.go).
func keyLead(day int, text string, docs ...*Doc) *Event {
	e := keyEvent(day, text, docs...)
	for _, s := range e.Sources {
		s.Mention.Rule = RuleLead
	}
	return e
}

func evidenceOn(days []*dayEvidence, day int) *dayEvidence {
	for _, f := range days {
		if f.date.Equal(timex.Civil(2014, time.December, day)) {
			return f
		}
	}
	return &dayEvidence{}
}

// TestKeyDateEvidence: each article counts once for a day, in full however
// many days it dates; the day's top happening by its outlets; happenings that did not take place are no evidence.
func TestKeyDateEvidence(t *testing.T) {
	docs := keyDocs("Ledger", "Courier", "Ledger", "Herald")
	publish(docs, 10, 12, 14, 16)
	chron := docs[3] // a chronology: it dates every day from the 10th to the 15th
	var events []*Event
	for day := 10; day <= 15; day++ {
		events = append(events, keyEvent(day, "The council met.", chron))
	}
	events = append(events,
		keyEvent(12, "The dam gave way.", docs[0], docs[1], docs[2]),
		keyEvent(12, "Rescuers reached the valley.", docs[1], docs[1]), // twice in one article: once
	)
	planned := keyEvent(13, "The inquiry will open.", docs[0], docs[1])
	planned.Time.Qualifier = Planned
	cancelled := keyEvent(14, "The match was called off.", docs[0], docs[1], docs[2])
	cancelled.Status = StatusCancelled
	denied := keyEvent(14, "The minister did not resign.", docs[0], docs[1])
	denied.Status = StatusDenied
	// Announced ahead, then reported done: the event's status says it
	// happened, and every source counts.
	announced := keyEvent(15, "The bridge reopened.", docs[0], docs[2])
	announced.Time.Qualifier, announced.Status = Planned, StatusHappened
	// A calling off told on its own day, of a plan for a later one, is
	// news of the day it was called off.
	calledOff := keyEvent(11, "The organisers called off the parade planned for the 16th.", docs[0], docs[1])
	calledOff.Status = StatusCancelled
	calledOff.PlannedFor = Time{Start: timex.Civil(2014, time.December, 16), End: timex.Civil(2014, time.December, 17)}
	events = append(events, planned, cancelled, denied, announced, calledOff)
	// Happenings only an undated lead tells (no cards): each dates its
	// article's dateline day, once per article and day, and is not the
	// day's top nor among its events.
	leads := []*Event{keyLead(16, "The mayor resigned.", docs[3]), keyLead(12, "Floods hit the valley.", docs[2])}
	days := dayEvidences(events, leads, docs, 0)

	for _, c := range []struct {
		day                    int
		dating, published, top float64
	}{
		{10, 1, 1, 1}, // the chronology alone, dated in full
		{11, 3, 0, 2}, // the calling off of the 16th's parade, by two outlets
		{12, 4, 1, 2}, // all four articles (the third's lead once more); the dam by two outlets (the Ledger twice)
		{13, 1, 0, 1}, // the planned inquiry is no evidence
		{14, 1, 1, 1}, // nor the match shown cancelled on its own day, nor the denial
		{15, 3, 0, 1}, // the announced bridge that reopened counts in full
		{16, 1, 1, 0}, // published on (the parade's, called off), and dated by the Herald's lead
		{17, 0, 0, 0}, // outside the span: nothing
		{9, 0, 0, 0},  // before it: nothing
	} {
		f := evidenceOn(days, c.day)
		got := [3]float64{f.dating, f.published, f.top}
		want := [3]float64{c.dating, c.published, c.top}
		if got != want {
			t.Errorf("Dec %d: dating, published, top outlets = %v, want %v", c.day, got, want)
		}
	}
	if n := len(evidenceOn(days, 16).events); n != 0 {
		t.Errorf("Dec 16 lists %d events, want none (a lead alone is no card)", n)
	}
	if n := len(evidenceOn(days, 13).events); n != 1 {
		t.Errorf("Dec 13 lists %d events, want the chronology's only (not the planned inquiry)", n)
	}
}

// TestKeyDatesRanked: the day the news dates most, looks back and ahead
// to, and publishes on leads; a tie goes to the earlier day.
func TestKeyDatesRanked(t *testing.T) {
	docs := keyDocs("Ledger", "Courier", "Herald", "Ledger")
	publish(docs, 10, 11, 12, 20)
	events := []*Event{
		keyEvent(10, "A fire broke out at the depot.", docs[0]),
		keyEvent(11, "Firefighters contained the blaze at the depot.", docs[0], docs[1], docs[2], docs[3]),
		keyEvent(20, "The depot reopened.", docs[3]),
	}
	kds := keyDates(events, nil, docs, 2, newSimilarity().words, new(stemCache))
	if len(kds) != 2 || !kds[0].Date.Equal(timex.Civil(2014, time.December, 11)) || !kds[1].Date.Equal(timex.Civil(2014, time.December, 10)) {
		var got []string
		for _, k := range kds {
			got = append(got, fmt.Sprintf("%s %.2f", k.Date.Format(time.DateOnly), k.Score))
		}
		t.Errorf("key dates %v, want Dec 11 then Dec 10", got)
	}
}

// TestDaySummaryLeads: a key date is led by its main happening, the one
// most outlets and articles report, not the first found; a live-blog
// header or a quote goes after every sentence that can tell the day, and
// a near-repeat of a chosen sentence does not take a summary place.
func TestDaySummaryLeads(t *testing.T) {
	docs := keyDocs("Ledger", "Courier", "Herald", "Ledger", "Courier")
	publish(docs, 12, 12, 12, 12, 12)
	first := keyEvent(12, "A spokesman for the port authority thanked volunteers for their patience at the gates.", docs[0])
	header := keyEvent(12, "As it happened: the dam breaks Live coverage of the flood.", docs[0], docs[1], docs[2], docs[3])
	quote := keyEvent(12, `"We lost everything in an hour," a farmer said of the flood.`, docs[1], docs[2], docs[3])
	main := keyEvent(12, "The dam above the valley gave way, flooding three villages and forcing thousands from their homes.", docs[0], docs[1], docs[2])
	again := keyEvent(12, "The dam above the valley gave way, flooding three villages and forcing thousands from homes.", docs[3], docs[4])
	rescue := keyEvent(12, "Rescuers in boats reached the flooded villages below the dam by nightfall.", docs[2], docs[4])
	events := []*Event{first, header, quote, main, again, rescue}
	days := dayEvidences(events, nil, docs, 0) // sets each event's Score, and counts its outlets
	kds := []KeyDate{{Events: events}}
	got := newSummarizer(kds, days, newSimilarity().words, new(stemCache)).summarize(events)
	if got[0] != main {
		t.Errorf("leading event %q, want the dam giving way", got[0].Canonical().Text)
	}
	if got[1] != rescue {
		t.Errorf("second %q, want the rescue (the repeat of the first says nothing new)", got[1].Canonical().Text)
	}
	for i, e := range got[:3] {
		if e == header || e == quote {
			t.Errorf("place %d of the summary is %q", i+1, e.Canonical().Text)
		}
	}
	if len(got) != len(events) {
		t.Errorf("summarize returned %d events of %d", len(got), len(events))
	}
}

// TestNotSummaries runs each kind of sentence that tells no day on its
// example, and its counter-example on every kind.
func TestNotSummaries(t *testing.T) {
	for _, n := range notSummaries {
		if !n.takes(n.example, strings.ToLower(n.example)) {
			t.Errorf("%s: does not take its example %q", n.why, n.example)
		}
		if tellsNoDay(n.unlike) {
			t.Errorf("%s: %q can tell a day, but a kind takes it", n.why, n.unlike)
		}
	}
}

// TestCaptionTense: a photo caption tells its scene in the present; a
// report closed by its place and date the same way, but told in the past,
// tells a day.
func TestCaptionTense(t *testing.T) {
	for _, c := range []struct {
		s       string
		caption bool
	}{
		{"A nurse checks a patient at a clinic in Dallas, Texas April 29, 2009.", true},
		{"Passengers wearing masks are screened at the airport in Mexico City April 27, 2009.", true},
		{"The singer died at his home in Los Angeles June 25, 2009.", false},
		{"The new president was sworn in at the Capitol in Washington January 20, 2009.", false},
	} {
		if got := tellsNoDay(c.s); got != c.caption {
			t.Errorf("%q: tells no day %v, want %v", c.s, got, c.caption)
		}
	}
}

// BenchmarkKeyDates is the key dates alone over a built timeline of
// 10,000 generated articles: the ranking (the evidence counts and the
// ordering of days), then the ranking with the day summaries. Both must
// stay linear in the events and their sources.
func BenchmarkKeyDates(b *testing.B) {
	docs := generatedDocs(b, 10000)
	tl, _ := NewBuilder(Options{}).Build(context.Background(), docs)
	sim := newSimilarity()
	words := sim.words
	for _, c := range []struct {
		name string
		run  func() int
	}{
		{"rank", func() int {
			return len(rankDays(dayEvidences(tl.Events, tl.leads, docs, fittedWeights().lookback), fittedWeights(), 0))
		}},
		{"rank+summaries", func() int { return len(keyDates(tl.Events, tl.leads, docs, 0, words, &sim.stems)) }},
	} {
		b.Run(c.name, func(b *testing.B) {
			var n int
			cpu := cpuTime()
			for b.Loop() {
				n = c.run()
			}
			// Process CPU time per run: on a shared machine wall time
			// says more about the neighbours than about the ranking.
			b.ReportMetric(float64((cpuTime()-cpu).Nanoseconds())/float64(b.N), "cpu-ns/op")
			b.ReportMetric(float64(len(tl.Events)), "events")
			b.ReportMetric(float64(n), "days")
		})
	}
}

// cpuTime is the process's user and system CPU time so far.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// TestTelling: an event's sentence is the one that tells it best among
// its sources, not the earliest published one's live-blog line, while the
// earliest published source still gives the event its id; and the day
// summary is ranked by that sentence.
func TestTelling(t *testing.T) {
	tl, _ := buildFiles(t, map[string][]byte{
		"a.md": md("2014-12-17T09:00:00Z", "Courier", "10.42am: The studio canceled the film's release on Wednesday."),
		"b.md": md("2014-12-17T10:00:00Z", "Ledger", "The studio canceled the release of the comedy on Wednesday after threats against theaters."),
		"c.md": md("2014-12-17T11:00:00Z", "Herald", "The studio canceled the comedy's release on Wednesday after threats, a spokesman said."),
	})
	var e *Event
	for _, x := range tl.Events {
		if len(x.Sources) == 3 {
			e = x
		}
	}
	if e == nil {
		t.Fatalf("the three reports are not one event: %q", titles(tl))
	}
	if c := e.Canonical(); c.Doc.Article.Path != "a.md" || !strings.HasPrefix(e.ID, c.idBase()) {
		t.Errorf("canonical %s, id %s: the earliest published source must give the id", c.Doc.Article.Path, e.ID)
	}
	told := e.Telling()
	if told.Doc.Article.Path == "a.md" || tellsNoDay(told.Text) {
		t.Errorf("the event is told by %s's %q", told.Doc.Article.Path, told.Text)
	}
	// The choice is the sources' and not their order's (a build from a
	// merge memo may keep them in another order).
	slices.Reverse(e.Sources)
	if got := tellingSource(e, sentencesOf(newSimilarity().words)); got != told {
		t.Errorf("with the sources reversed the event is told by %s, not %s", got.Doc.Article.Path, told.Doc.Article.Path)
	}
}

// TestDaySummaryReports: a key date's summary is drawn from its cards and
// from every sentence of the articles published on the day or the two after
// that report them: the report's account that sums the day up leads it,
// a line that is no card; an article written days later, a reader's
// comment or a sentence dating another day's happening gives no line; no
// happening is told twice; the cards of the summary come first among the
// day's events.
func TestDaySummaryReports(t *testing.T) {
	tl, _ := buildFiles(t, map[string][]byte{
		"a.md": md("2014-12-16T20:00:00Z", "Courier", "Kelby is a fishing town of four thousand people on the north coast. "+
			"A storm surge broke through the harbour wall at Kelby, flooding the old town and forcing hundreds from their homes. "+
			"The wall failed on Tuesday evening, the harbour board said."),
		"b.md": md("2014-12-17T08:00:00Z", "Ledger", "Kelby is used to storms, but not to this. "+
			"Hundreds of people were forced from their homes in Kelby after a storm surge broke through the harbour wall and flooded the old town. "+
			"The harbour board said the wall failed on Tuesday evening as the tide rose. "+
			"Inspectors had checked the harbour wall at Kelby on Sunday and found the storm surge defences in the old town sound. "+
			"At 9:15 pm on 17 Dec 2014, harbourwatcher wrote: The storm surge broke the harbour wall at Kelby and flooded the old town, as everyone said it would."),
		"c.md": md("2014-12-19T08:00:00Z", "Herald", "Kelby is counting the cost of the storm. "+
			"A storm surge broke through the harbour wall at Kelby, flooding the old town, forcing hundreds from their homes and closing the harbour for a week. "+
			"The wall failed on Tuesday, the harbour board said."),
	})
	day := timex.Civil(2014, time.December, 16)
	i := slices.IndexFunc(tl.KeyDates, func(k KeyDate) bool { return k.Date.Equal(day) })
	if i < 0 {
		t.Fatalf("no key date on Dec 16: %q", titles(tl))
	}
	k := tl.KeyDates[i]
	if len(k.Summary) == 0 || len(k.Summary) > summaryPlaces {
		t.Fatalf("summary of %d sentences", len(k.Summary))
	}
	if first := k.Summary[0]; first.Event != nil || first.Doc == nil || !strings.Contains(first.Text, "storm surge broke through") {
		t.Errorf("summary led by %q, want a report's account of the surge, as a line", first.Text)
	}
	told := map[*Event]bool{} // the cards the summary tells, by their sentence or a source's
	var cards []*Event
	for _, l := range k.Summary {
		if l.Event == nil {
			// A line quotes a report of the day: not the later Herald, not a
			// sentence telling no day, not Sunday's inspection; and it is no card.
			if p := l.Doc.Article.Path; p == "c.md" || tellsNoDay(l.Text) || strings.Contains(l.Text, "Sunday") {
				t.Errorf("line %q of %s", l.Text, p)
			}
			if slices.ContainsFunc(tl.Events, func(e *Event) bool { return e.Telling().Text == l.Text }) {
				t.Errorf("line %q is a card's", l.Text)
			}
		} else {
			cards = append(cards, l.Event)
			if l.Text != l.Event.Telling().Text {
				t.Errorf("card line %q, the card tells %q", l.Text, l.Event.Telling().Text)
			}
		}
		for _, c := range k.Events {
			if slices.ContainsFunc(c.Sources, func(s *Source) bool { return s.Text == l.Text }) {
				if told[c] {
					t.Errorf("%q tells again a happening of the summary", l.Text)
				}
				told[c] = true
			}
		}
	}
	if !slices.Equal(k.Events[:len(cards)], cards) {
		t.Errorf("the summary's cards do not lead the day's events")
	}
}

// On a real story (Timeline17 H1N1, when ../shared holds it), no
// sentence is in the summaries of two key dates, and no day is told
// wholly from one long page (a thread of hundreds of readers' comments
// under a report once told two days of the flu story in its own words).
func TestDaySummariesOnAStory(t *testing.T) {
	dir := filepath.Join(t17Dev, "H1N1", "content")
	names, _ := filepath.Glob(filepath.Join(dir, "*.md"))
	if len(names) == 0 {
		t.Skipf("Timeline17 H1N1 not found at %s; skipping the day summaries on a story", dir)
	}
	tl, _ := buildFilesWith(t, readFiles(t, names), Options{KeyDates: 20})
	shown := map[string]time.Time{}
	for _, k := range tl.KeyDates {
		docs := map[*Doc]bool{}
		for _, l := range k.Summary {
			if d, ok := shown[l.Text]; ok {
				t.Errorf("%q is in the summaries of %s and %s", l.Text, d.Format(time.DateOnly), k.Date.Format(time.DateOnly))
			}
			shown[l.Text] = k.Date
			docs[l.Doc] = true
		}
		if len(k.Summary) > 1 && len(docs) == 1 && !docs[nil] {
			for d := range docs {
				if n := len(d.Article.Sentences); n > 100 {
					t.Errorf("%s is told wholly from %s, a page of %d sentences", k.Date.Format(time.DateOnly), d.Article.Path, n)
				}
			}
		}
	}
}

// TestKeyDatesLookBack: a day just before the first article's may be a key
// date (what set the story off, reported the next morning); one further
// back may not, however many articles date it (the 28th is a key date by
// the article published on it).
func TestKeyDatesLookBack(t *testing.T) {
	docs := keyDocs("Ledger", "Herald")
	publish(docs, 27, 28)
	var events []*Event
	for _, d := range []int{25, 26, 27} {
		events = append(events, keyEvent(d, "The singer died at his home.", docs...))
	}
	days := dayEvidences(events, nil, docs, maxLookback)
	for _, c := range []struct {
		lookback int
		want     []int
	}{
		{0, []int{27, 28}},
		{1, []int{26, 27, 28}},
		{2, []int{25, 26, 27, 28}},
	} {
		var got []int
		for _, k := range rankDays(days, keyWeights{lookback: c.lookback}, 0) {
			got = append(got, k.Date.Day())
		}
		slices.Sort(got)
		if !slices.Equal(got, c.want) {
			t.Errorf("lookback %d: key dates Dec %v, want %v", c.lookback, got, c.want)
		}
	}
}
