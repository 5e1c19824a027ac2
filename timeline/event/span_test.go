package event

import (
	"strings"
	"testing"
	"time"

	"github.com/newsroom/timeline/timeline/temporal"
	"github.com/newsroom/timeline/timeline/timex"
)

// TestSpanExamples runs every example of every span cue: the marked
// expression's source keeps its own time, is dated by the article's day,
// or is gone, as the example says.
func TestSpanExamples(t *testing.T) {
	x := newExtractor()
	tg := temporal.MustNew()
	telling := timex.DayOf(cueExampleDay)
	for _, c := range englishSpans() {
		if len(c.Examples) == 0 {
			t.Errorf("span %q/%q has no example", c.Before, c.Opens)
		}
		for _, ex := range c.Examples {
			if strings.Count(ex.In, "[") != 1 || strings.Count(ex.In, "]") != 1 {
				t.Errorf("span %q: example %q must mark one expression", c.Before, ex.In)
				continue
			}
			d, marked, problem := exampleDoc(tg, ex.In)
			if marked == nil {
				t.Errorf("span %q: %q: %s", c.Before, ex.In, problem)
				continue
			}
			own, _ := timeOf(*marked, cueExampleDay)
			got, gotTime := Context, Time{}
			for _, s := range x.spanSources(d, x.sourcesOf(d)) {
				if s.Mention.Start == marked.Start {
					got, gotTime = OwnTime, s.Time
					if s.Time.Value != own.Value {
						got = ByTelling
					}
				}
			}
			switch {
			case got != ex.Want:
				t.Errorf("span %q: %q: read %d, want %d", c.Before, ex.In, got, ex.Want)
			case got == ByTelling && (gotTime.Qualifier != By || gotTime.Start != cueExampleDay.Truncate(24*time.Hour) || gotTime.Value.String() != telling.String()):
				t.Errorf("span %q: %q: dated %v %s, want by the article's day %v", c.Before, ex.In, gotTime.Value, gotTime.Qualifier, telling)
			}
		}
	}
}

// TestReportedSpanIsTheSaying: a span dated by its telling inside what
// was told dates the report, which took place, whatever the told clause's
// modal says.
func TestReportedSpanIsTheSaying(t *testing.T) {
	tl, _ := buildFiles(t, map[string][]byte{
		"a.md": md("2014-12-17", "Ledger", "Speaking on the radio, the mayor said the storm warnings shouldn't keep families from visiting the coast the rest of the month."),
	})
	evs := find(tl, "mayor said")
	if len(evs) != 1 {
		t.Fatalf("want the mayor's saying, got %q", titles(tl))
	}
	if e := evs[0]; e.Status != StatusHappened || e.Time.Qualifier != By {
		t.Errorf("%q: %s %s, want happened by the article's day", e.Title, e.Status, e.Time.Qualifier)
	}
}

// TestSpanStatusNeedsAReport: a span dated by its telling takes the
// report's status only where a report stands before it; a noun that
// is a reporting verb's form ("claims", "States") is none.
func TestSpanStatusNeedsAReport(t *testing.T) {
	for _, text := range []string{
		"Insurance claims could rise sharply for the rest of the year.",
		"The United States should keep its embassy shut for the rest of the year.",
	} {
		tl, _ := buildFiles(t, map[string][]byte{"a.md": md("2014-12-17", "Ledger", text)})
		if len(tl.Events) != 1 || tl.Events[0].Status != StatusUncertain {
			t.Errorf("%q: want one uncertain card, got %q", text, titles(tl))
		}
	}
}
