package site

import (
	"strings"
	"testing"

	"github.com/newsroom/timeline/timeline/article"
	"github.com/newsroom/timeline/timeline/event"
	"github.com/newsroom/timeline/timeline/temporal"
	"github.com/newsroom/timeline/timeline/timex"
)

// TestVeventRanges: a month- or week-long event is an all-day range over
// the days it covers, titled by the event, its qualifier in words.
func TestVeventRanges(t *testing.T) {
	for _, c := range []struct {
		value      string
		q          event.Qualifier
		start, end string
		summary    string
	}{
		{"2014-12", event.End, "20141201", "20150101", "SUMMARY:Late: Theaters stay open"},
		{"2015-W01", event.Planned, "20141229", "20150105", "SUMMARY:Planned: Theaters stay open"},
		{"2014-12-17", event.Exact, "20141217", "20141218", "SUMMARY:Theaters stay open"},
	} {
		v, err := timex.Parse(c.value)
		if err != nil {
			t.Fatal(err)
		}
		s, e, _ := v.Interval()
		a := &article.Article{Outlet: "Ledger"}
		src := &event.Source{Doc: &event.Doc{Article: a}, Text: "Theaters stay open.", Mention: &temporal.Mention{}}
		ev := &event.Event{ID: "e-1", Title: "Theaters stay open", Time: event.Time{Value: v, Start: s, End: e, Qualifier: c.q}, Sources: []*event.Source{src}}
		got := strings.ReplaceAll(vevent(ev, "20141224T000000Z", ""), "\r\n", "\n")
		for _, want := range []string{"DTSTART;VALUE=DATE:" + c.start + "\n", "DTEND;VALUE=DATE:" + c.end + "\n", c.summary + "\n"} {
			if !strings.Contains(got, want) {
				t.Errorf("%s: no %q in\n%s", c.value, want, got)
			}
		}
	}
}
