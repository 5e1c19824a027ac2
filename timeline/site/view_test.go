package site

import (
	"fmt"
	"slices"
	"testing"
	"time"

	"github.com/newsroom/timeline/timeline/article"
	"github.com/newsroom/timeline/timeline/event"
	"github.com/newsroom/timeline/timeline/temporal"
	"github.com/newsroom/timeline/timeline/timex"
)

// source makes a source from outlet dating its happening to day (of
// December 2014); part "early" marks the start of the day.
func source(outlet string, n, day int, early bool) *event.Source {
	start := time.Date(2014, 12, day, 0, 0, 0, 0, time.UTC)
	v := timex.DayOf(start)
	if early {
		v.Mod = timex.Start
	}
	a := &article.Article{ID: fmt.Sprintf("%s-%d", outlet, n), Outlet: outlet, Title: "T"}
	return &event.Source{Doc: &event.Doc{Article: a}, Text: "S", Mention: &temporal.Mention{}, Time: event.Time{Value: v, Start: start, End: start.Add(24 * time.Hour)}}
}

// A card quotes one source per outlet before a second from any outlet.
func TestQuotedSourcesSpanOutlets(t *testing.T) {
	e := &event.Event{ID: "e-1", Title: "X"}
	for i, o := range []string{"Ledger", "Ledger", "Ledger", "Ledger", "Courier", "Wire"} {
		e.Sources = append(e.Sources, source(o, i, 17, false))
	}
	v := (&renderer{}).eventView(e, 0)
	var got []string
	for _, s := range v.Sources {
		got = append(got, s.Outlet)
	}
	if want := []string{"Ledger", "Courier", "Wire", "Ledger"}; !slices.Equal(got, want) || len(v.More) != 2 {
		t.Errorf("quoted %v (%d more), want %v (2 more)", got, len(v.More), want)
	}
}

// A disputed event names its dates by day: with outlets when few sources
// give them, with counts (commonest first) when many do.
func TestSourceDates(t *testing.T) {
	few := []*event.Source{source("Ledger", 0, 16, false), source("Courier", 1, 17, true), source("Wire", 2, 17, false)}
	if got, want := sourceDates(few), []string{"Tue. Dec. 16, 2014 (Ledger)", "Wed. Dec. 17, 2014 (Courier, Wire)"}; !slices.Equal(got, want) {
		t.Errorf("few: %q, want %q", got, want)
	}
	var many []*event.Source
	for i := range 30 {
		day := 17
		switch {
		case i < 5:
			day = 16
		case i == 5:
			day = 12
		case i == 6:
			day = 13
		case i == 7:
			day = 14
		}
		many = append(many, source("Ledger", i, day, i%2 == 0))
	}
	want := []string{"Wed. Dec. 17, 2014 (22 sources)", "Tue. Dec. 16, 2014 (5 sources)", "Fri. Dec. 12, 2014 (1 source)",
		"Sat. Dec. 13, 2014 (1 source)", "1 more dates"}
	if got := sourceDates(many); !slices.Equal(got, want) {
		t.Errorf("many: %q, want %q", got, want)
	}
}
