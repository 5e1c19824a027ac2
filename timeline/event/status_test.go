package event

import (
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/newsroom/timeline/timeline/article"
	"github.com/newsroom/timeline/timeline/temporal"
)

// exampleDoc reads an example sentence, its expression marked between [
// and ], as one article written on cueExampleDay; it returns the article
// and the marked mention, or a problem.
func exampleDoc(tg *temporal.Tagger, in string) (*Doc, *temporal.Mention, string) {
	start := strings.IndexByte(in, '[')
	end := strings.IndexByte(in, ']') - 1
	text := strings.Replace(strings.Replace(in, "[", "", 1), "]", "", 1)
	d := exampleArticle(tg, text)
	var marked *temporal.Mention
	for i, m := range d.Mentions {
		if m.Start < end && m.End > start {
			marked = &d.Mentions[i]
		}
	}
	if marked == nil {
		return d, nil, fmt.Sprintf("no time expression at %q (found %v)", text[start:max(start, end)], d.Mentions)
	}
	return d, marked, ""
}

// exampleArticle is text as one sentence of an article written on
// cueExampleDay, tagged.
func exampleArticle(tg *temporal.Tagger, text string) *Doc {
	a := &article.Article{Path: "example.md", Body: text, Sentences: []article.Sentence{{Start: 0, End: len(text)}},
		Anchor: article.Anchor{Time: cueExampleDay, Source: article.FromFrontMatter}}
	return &Doc{Article: a, Mentions: tg.Tag(text, cueExampleDay)}
}

// exampleStatus reads a cue example as the extractor does: the sentence
// written on cueExampleDay, its sources read and folded; it returns the
// status of the source whose expression is the marked one, or that holds
// it as the day its plan was for.
func exampleStatus(t *testing.T, x *extractor, tg *temporal.Tagger, in string) (Status, string) {
	t.Helper()
	d, marked, problem := exampleDoc(tg, in)
	if marked == nil {
		return "", problem
	}
	markedTime, _ := timeOf(*marked, cueExampleDay)
	all := x.sourcesOf(d)
	srcs := x.statuses(d, all)
	for _, s := range srcs {
		if s.Mention.Start == marked.Start || (!s.WasTime().Start.IsZero() && s.WasTime().Value == markedTime.Value) {
			return s.Status, ""
		}
	}
	return "", fmt.Sprintf("no source for %q among %d", marked.Text, len(srcs))
}

// TestCueExamples runs every example of every status cue, and of the
// reporting rule.
func TestCueExamples(t *testing.T) {
	x := newExtractor()
	tg := temporal.MustNew()
	run := func(name string, exs []CueExample) {
		for _, ex := range exs {
			got, problem := exampleStatus(t, x, tg, ex.In)
			switch {
			case problem != "":
				t.Errorf("cue %q: %q: %s", name, ex.In, problem)
			case got != ex.Want:
				t.Errorf("cue %q: %q: status %s, want %s", name, ex.In, got, ex.Want)
			}
		}
	}
	for _, c := range englishCues() {
		run(c.Words, c.Examples)
	}
	run("reporting verbs", reportingExamples)
}

func TestCuesWellFormed(t *testing.T) {
	seen := map[string]bool{}
	for _, c := range englishCues() {
		if seen[c.Words] {
			t.Errorf("cue %q listed twice", c.Words)
		}
		seen[c.Words] = true
		f := strings.Fields(c.Words)
		if len(f) == 0 || f[0] == "*" || strings.HasSuffix(f[0], "?") {
			t.Errorf("cue %q: the first slot must be words", c.Words)
		}
		if c.Words != strings.ToLower(c.Words) {
			t.Errorf("cue %q: write it in lower case", c.Words)
		}
		if !c.Status.Valid() || c.Status == "" || !c.Past.Valid() {
			t.Errorf("cue %q: status %q / %q outside the closed set", c.Words, c.Status, c.Past)
		}
		if len(c.Examples) == 0 {
			t.Errorf("cue %q has no example", c.Words)
		}
		for _, ex := range c.Examples {
			if strings.Count(ex.In, "[") != 1 || strings.Count(ex.In, "]") != 1 || !ex.Want.Valid() {
				t.Errorf("cue %q: example %q must mark one expression and want a status of the set", c.Words, ex.In)
			}
		}
	}
}

// TestStatusBadInput: words no cue knows, empty and odd sentences, and
// expressions at a clause's edges read without a crash.
func TestStatusBadInput(t *testing.T) {
	x := newExtractor()
	tg := temporal.MustNew()
	for _, in := range []string{
		"Zorblax flimflammed the quux on [Tuesday].",
		"So: [Tuesday]", // (a date alone is no source: TestDateAloneNoEvent)
		"not [Tuesday] not",
		"Didn't’n’t won't can't [Tuesday] '''",
		"; ; , but [Tuesday] ; ,",
		"Il a annulé le concert [Tuesday] à Paris — ça ne va pas.",
	} {
		if _, problem := exampleStatus(t, x, tg, in); problem != "" {
			t.Errorf("%q: %s", in, problem)
		}
	}
	// A sentence the reader cut short, or an empty one.
	lx := newLexicon(englishCues())
	s := &Source{Sentence: article.Sentence{Start: 0, End: 0}, Mention: &temporal.Mention{Start: 0, End: 0}}
	if r := lx.sourceStatus("", s, nil, false, false); r.status != StatusHappened {
		t.Errorf("empty sentence: %s", r.status)
	}
	s = &Source{Sentence: article.Sentence{Start: 5, End: 50}, Mention: &temporal.Mention{Start: 10, End: 12}}
	if r := lx.sourceStatus("short", s, nil, true, false); r.status != StatusPlanned {
		t.Errorf("sentence past the body: %s", r.status)
	}
}

// doc makes a source of an article written on day, saying st.
func statusSource(day string, st Status) *Source {
	d, _ := time.Parse(time.DateOnly, day)
	return &Source{Doc: &Doc{Article: &article.Article{Path: day + ".md", Anchor: article.Anchor{Time: d}}}, Mention: &temporal.Mention{}, Status: st}
}

func TestDecideStatus(t *testing.T) {
	dec25 := Time{Start: time.Date(2014, 12, 25, 0, 0, 0, 0, time.UTC), End: time.Date(2014, 12, 26, 0, 0, 0, 0, time.UTC)}
	for _, tc := range []struct {
		name    string
		sources []*Source
		want    Status
	}{
		{"a plan alone", []*Source{statusSource("2014-12-17", StatusPlanned)}, StatusPlanned},
		{"announced, then done", []*Source{statusSource("2014-12-17", StatusPlanned), statusSource("2014-12-26", StatusHappened)}, StatusHappened},
		// A report written before the day cannot tell it was done.
		{"told as done before its day", []*Source{statusSource("2014-12-17", StatusPlanned), statusSource("2014-12-18", StatusHappened)}, StatusPlanned},
		{"planned, then denied", []*Source{statusSource("2014-12-17", StatusPlanned), statusSource("2014-12-18", StatusDenied)}, StatusDenied},
		{"denied, then planned", []*Source{statusSource("2014-12-17", StatusDenied), statusSource("2014-12-24", StatusPlanned)}, StatusPlanned},
		{"called off", []*Source{statusSource("2014-12-17", StatusPlanned), statusSource("2014-12-18", StatusCancelled)}, StatusCancelled},
		{"moved", []*Source{statusSource("2014-12-17", StatusPostponed)}, StatusPostponed},
		{"unmarked", []*Source{statusSource("2014-12-26", "")}, StatusHappened},
		{"same day, strongest", []*Source{statusSource("2014-12-17", StatusPlanned), statusSource("2014-12-17", StatusUncertain)}, StatusUncertain},
	} {
		e := &Event{Time: dec25, Sources: tc.sources}
		if got, _ := decideStatus(e); got != tc.want {
			t.Errorf("%s: %s, want %s", tc.name, got, tc.want)
		}
	}
}

// TestCalledOffPlan is the demo defect: the called-off opening is
// one cancelled event on the day it was called off, which knows the day
// it was planned for; there is no planned card on Dec. 25, nor one from
// "no plans to release the movie at all".
func TestCalledOffPlan(t *testing.T) {
	// The demo's dateline (Wed. Dec. 17, evening) and the (an
	// article of Thu. Dec. 18).
	for _, dateline := range []string{"2014-12-17 21:40 -05:00", "2014-12-18 09:00 -05:00"} {
		tl, _ := buildFiles(t, map[string][]byte{
			"ledger.md": md(dateline, "Ledger",
				"Sony Pictures on Wednesday called off the December 25th opening of the comedy, after the chains said they would not show it.\n\n"+
					"Late Wednesday the studio told reporters it had no plans to release the movie at all, not in theaters on Christmas Day and not online."),
		})
		var cancelled []*Event
		for _, e := range tl.Events {
			if e.Time.Start.Month() == 12 && e.Time.Start.Day() == 25 && (e.Status == StatusHappened || e.Status == StatusPlanned) {
				t.Errorf("%s: a card on Dec. 25 (%s): %q", dateline, e.Status, e.Title)
			}
			if e.Status == StatusCancelled {
				cancelled = append(cancelled, e)
			}
		}
		if len(cancelled) != 1 {
			t.Fatalf("%s: want one cancelled event, got %d: %q", dateline, len(cancelled), titles(tl))
		}
		e := cancelled[0]
		// "The December 25th opening", called off a week before, is the
		// coming Christmas Day, not last year's.
		planned := e.PlannedFor.Value.String()
		if e.Time.Value.String() != "2014-12-17" || planned != "2014-12-25" {
			t.Errorf("%s: cancelled event on %s, planned for %s; want 2014-12-17, planned for 2014-12-25", dateline, e.Time.Value, planned)
		}
		for _, e := range tl.Events {
			if strings.Contains(e.Title, "told reporters") && e.Time.Start.Day() == 17 && e.Status != StatusHappened {
				t.Errorf("%s: the telling is %s: %q", dateline, e.Status, e.Title)
			}
		}
	}
}

// TestAnnouncedThenHappened: an event first reported ahead and later as
// done is happened, with the early source kept and marked beforehand; an
// event only ever announced stays planned and is no key date.
func TestAnnouncedThenHappened(t *testing.T) {
	tl, _ := buildFiles(t, map[string][]byte{
		"a.md": md("2014-12-16", "Ledger", "The city council is expected to vote on the transit budget on Thursday."),
		"b.md": md("2014-12-19", "Courier", "The city council approved the transit budget in a vote on Thursday."),
		"c.md": md("2014-12-16", "Ledger", "The mayor will open the new bridge on Saturday, Dec. 27."),
	})
	votes := find(tl, "transit budget")
	if len(votes) != 1 || len(votes[0].Sources) != 2 {
		t.Fatalf("want one vote event of two sources, got %q", titles(tl))
	}
	v := votes[0]
	if v.Status != StatusHappened || v.Time.Qualifier == Planned {
		t.Errorf("vote: status %s, qualifier %q", v.Status, v.Time.Qualifier)
	}
	early := 0
	for _, s := range v.Sources {
		if v.Beforehand(s) {
			early++
		}
	}
	if early != 1 {
		t.Errorf("want one source announced beforehand, got %d", early)
	}
	bridge := find(tl, "bridge")
	if len(bridge) != 1 || bridge[0].Status != StatusPlanned {
		t.Fatalf("bridge: %q", titles(tl))
	}
	for _, k := range tl.KeyDates {
		for _, e := range k.Events {
			if e.Status == StatusPlanned || e.Status == StatusCancelled || e.Status == StatusDenied {
				t.Errorf("key date %s lists a %s event %q", k.Date.Format(time.DateOnly), e.Status, e.Title)
			}
		}
	}
}

// TestNegation: the sentences with no negation read as done.
func TestNegation(t *testing.T) {
	tl, _ := buildFiles(t, map[string][]byte{
		"a.md": md("2014-12-17", "Ledger", "Police did not confirm the arrest on Tuesday.\n\nThe talks planned for Monday never took place."),
	})
	for words, want := range map[string]Status{"arrest": StatusUncertain, "talks": StatusDenied} {
		evs := find(tl, words)
		if len(evs) != 1 || evs[0].Status != want {
			t.Errorf("%s: want one %s event, got %q", words, want, titles(tl))
		}
	}
}

// BenchmarkStatusLargeEvent reads the status of every source of an event
// told by n sentences (two expressions each, one folded into the other)
// and decides the event's: both are linear in the sources, so ns/source
// stays flat from 1,000 to 10,000.
func BenchmarkStatusLargeEvent(b *testing.B) {
	tg := temporal.MustNew()
	for _, n := range []int{1000, 10000} {
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			x := newExtractor()
			body := strings.Repeat("The studio may not have canceled the opening planned for Dec. 25 on Wednesday, officials said. ", n)
			sent := len(body) / n
			anchor := time.Date(2014, 12, 18, 0, 0, 0, 0, time.UTC)
			d := &Doc{Article: &article.Article{Body: body, Anchor: article.Anchor{Time: anchor}}}
			for i := range n {
				d.Article.Sentences = append(d.Article.Sentences, article.Sentence{Start: i * sent, End: (i + 1) * sent})
			}
			d.Mentions = tg.Tag(body, anchor)
			base := x.sourcesOf(d)
			for b.Loop() {
				srcs := x.statuses(d, append([]*Source(nil), base...))
				e := &Event{Sources: srcs, Time: srcs[0].Time}
				settleStatus(e)
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*len(base)), "ns/source")
		})
	}
}

// TestPostponedMoves: a vote pushed back to a new day is one postponed
// event on the new day, planned for the old one; none on the old day.
func TestPostponedMoves(t *testing.T) {
	tl, _ := buildFiles(t, map[string][]byte{
		"a.md": md("2014-12-08", "Ledger", "The council postponed the harbor budget vote planned for Dec. 10 to Dec. 17."),
	})
	var moved []*Event
	for _, e := range tl.Events {
		if e.Time.Value.String() == "2014-12-10" {
			t.Errorf("a card on the old day: %q (%s)", e.Title, e.Status)
		}
		if e.Status == StatusPostponed {
			moved = append(moved, e)
		}
	}
	if len(moved) != 1 || moved[0].Time.Value.String() != "2014-12-17" || moved[0].PlannedFor.Value.String() != "2014-12-10" {
		t.Fatalf("want one postponed event on 2014-12-17 planned for 2014-12-10, got %q", titles(tl))
	}
}

// FuzzStatus: any sentence and any expression in it read without a
// crash, to one of the closed set.
func FuzzStatus(f *testing.F) {
	for _, s := range []string{
		"Sony Pictures on Wednesday called off the December 25th opening.",
		"The vote was postponed until Friday, officials didn't say.",
		"not only — but -- ; : , if not never until",
		"Didn’t can't won't 10–12 10:30 ’’’",
		"",
	} {
		f.Add(s, 0, 5)
	}
	lx := newLexicon(englishCues())
	f.Fuzz(func(t *testing.T, text string, at, n int) {
		if at < 0 || n < 0 || at > len(text) || n > len(text)-at {
			return
		}
		s := &Source{Sentence: article.Sentence{Start: 0, End: len(text)}, Mention: &temporal.Mention{Start: at, End: at + n}}
		for _, ahead := range []bool{false, true} {
			if r := lx.sourceStatus(text, s, []temporal.Mention{*s.Mention}, ahead, !ahead); !r.status.Valid() || r.status == "" {
				t.Fatalf("%q at %d+%d: status %q", text, at, n, r.status)
			}
		}
	})
}

// TestDatedByArticle: a calling off that names only the old day is dated
// by the article (and so is no evidence for an inferred anchor); one
// that names its own day is not.
func TestDatedByArticle(t *testing.T) {
	x := newExtractor()
	tg := temporal.MustNew()
	for text, want := range map[string]bool{
		"The union called off the strike planned for Friday.":            true,
		"The union on Tuesday called off the strike planned for Friday.": false,
	} {
		a := &article.Article{Body: text, Sentences: []article.Sentence{{Start: 0, End: len(text)}}, Anchor: article.Anchor{Time: cueExampleDay}}
		d := &Doc{Article: a, Mentions: tg.Tag(text, cueExampleDay)}
		srcs := x.statuses(d, x.sourcesOf(d))
		if len(srcs) != 1 || srcs[0].datedByArticle() != want || srcs[0].Status != StatusCancelled {
			t.Errorf("%q: %d sources, want one cancelled, dated by the article: %v", text, len(srcs), want)
		}
	}
}

// A plan denied for a day still to come, in a sentence that dates its
// telling, is part of the telling (a report that it will not be): no card
// on the day denied. Alone, a denied plan keeps its card.
func TestDeniedPlanFolds(t *testing.T) {
	for _, tc := range []struct {
		name string
		body string
		want []string // "value status" of the events, in order
	}{
		{"told on a day, denied for a later one",
			"Late Tuesday the ministry went further and told reporters it had no plans to hold the vote at all, not on March 30 and not later.",
			[]string{"2021-03-09 happened"}},
		{"a denied plan alone",
			"The ministry has no plans to hold the vote on March 30.",
			[]string{"2021-03-30 denied"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			tl, _ := buildFiles(t, map[string][]byte{"a.md": md("2021-03-10", "Ledger", tc.body)})
			var got []string
			for _, e := range tl.Events {
				got = append(got, e.Time.Value.String()+" "+string(e.Status))
			}
			if !slices.Equal(got, tc.want) {
				t.Errorf("want %q, got %q (%q)", tc.want, got, titles(tl))
			}
		})
	}
}

// TestPartOfNow: "earlier"/"later" keep the part of a time holding the
// article's day that is gone or ahead, and cues read it as such.
func TestPartOfNow(t *testing.T) {
	x := newExtractor()
	tg := temporal.MustNew()
	for _, ex := range []CueExample{
		{"The school had planned to open [earlier this year].", StatusUncertain},
		{"The ministry was due to publish the report [earlier this week].", StatusUncertain},
		{"The vote was due to happen [earlier in the week].", StatusUncertain},
		{"[Earlier this month] the council had planned to close the pier.", StatusUncertain},
		{"The report is due [later this week].", StatusPlanned},
		{"The school had planned to open [this year].", StatusPlanned},
	} {
		got, problem := exampleStatus(t, x, tg, ex.In)
		switch {
		case problem != "":
			t.Errorf("%q: %s", ex.In, problem)
		case got != ex.Want:
			t.Errorf("%q: status %s, want %s", ex.In, got, ex.Want)
		}
	}
}
