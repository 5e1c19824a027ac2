package site

import (
	"testing"
	"time"

	"github.com/newsroom/timeline/timeline/article"
	"github.com/newsroom/timeline/timeline/event"
	"github.com/newsroom/timeline/timeline/temporal"
	"github.com/newsroom/timeline/timeline/timex"
)

// TestEventLabelZone: a time of day carries the zone its source's
// dateline gives; a day, or a source with no zone, does not.
func TestEventLabelZone(t *testing.T) {
	ny, err := time.LoadLocation("America/New_York")
	if err != nil {
		t.Skip("no time zone data:", err)
	}
	night, err := timex.Parse("2014-12-17TNI")
	if err != nil {
		t.Fatal(err)
	}
	day := timex.DayOf(time.Date(2014, 12, 17, 0, 0, 0, 0, time.UTC))
	mk := func(v timex.Value, anchor article.Anchor) *event.Event {
		a := &article.Article{ID: "a", Anchor: anchor}
		s, _, _ := v.Interval()
		return &event.Event{Time: event.Time{Value: v, Start: s}, Sources: []*event.Source{{Doc: &event.Doc{Article: a}, Mention: &temporal.Mention{}}}}
	}
	zoned := article.Anchor{Time: time.Date(2014, 12, 17, 23, 29, 0, 0, ny), HasClock: true, HasZone: true, Source: article.FromDateline}
	plain := article.Anchor{Time: time.Date(2014, 12, 17, 0, 0, 0, 0, time.UTC), Source: article.FromFrontMatter}
	for _, c := range []struct {
		e    *event.Event
		want string
	}{
		{mk(night, zoned), "Wed. Dec. 17, 2014, night EST"},
		{mk(night, plain), "Wed. Dec. 17, 2014, night"},
		{mk(day, zoned), "Wed. Dec. 17, 2014"},
	} {
		if got := EventLabel(c.e); got != c.want {
			t.Errorf("EventLabel = %q, want %q", got, c.want)
		}
	}
}
