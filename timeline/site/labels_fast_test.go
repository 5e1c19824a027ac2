package site

import (
	"fmt"
	"testing"
	"time"

	"github.com/newsroom/timeline/timeline/temporal"
	"github.com/newsroom/timeline/timeline/timex"
)

// clock, markID and the day labels are written without fmt; they must
// read as fmt wrote them.
func TestLabelsAsFmtWroteThem(t *testing.T) {
	for h := 0; h <= 24; h++ {
		for m := -1; m <= 100; m++ {
			want := ""
			h12 := h % 12
			if h12 == 0 {
				h12 = 12
			}
			suffix := "a.m."
			if h >= 12 {
				suffix = "p.m."
			}
			switch {
			case h == 12 && m == 0:
				want = "noon"
			case h == 0 && m == 0, h == 24:
				want = "midnight"
			case m == 0:
				want = fmt.Sprintf("%d %s", h12, suffix)
			default:
				want = fmt.Sprintf("%d:%02d %s", h12, m, suffix)
			}
			if got := clock(h, m); got != want {
				t.Errorf("clock(%d, %d) = %q, want %q", h, m, got, want)
			}
		}
	}
	for _, start := range []int{0, 7, 12345} {
		if got, want := markID(temporal.Mention{Start: start}), fmt.Sprintf("t%d", start); got != want {
			t.Errorf("markID = %q, want %q", got, want)
		}
	}
	for _, d := range []time.Time{time.Date(2014, 12, 17, 0, 0, 0, 0, time.UTC), time.Date(1999, 1, 1, 0, 0, 0, 0, time.UTC)} {
		want := fmt.Sprintf("%s %s %d, %d", apWeekday(d.Weekday()), apMonth(d.Month()), d.Day(), d.Year())
		if got := ValueLabel(timex.DayOf(d)); got != want {
			t.Errorf("ValueLabel(%v) = %q, want %q", d, got, want)
		}
	}
}
