package event

import (
	"github.com/newsroom/timeline/timeline/temporal"
	"github.com/newsroom/timeline/timeline/timex"
)

// routine reports whether m, a time of day, is when something recurs: its
// sentence holds a set ("daily", "every Sunday", "twice a week"), so the
// clock time is the schedule's ("broadcasting daily at 0910 local time",
// "the show airs every Sunday at 9 p.m."), not a happening on the
// article's day. A page footer repeating its schedule made one event of
// every day it was printed on, disputed between its times.
func routine(sentence []temporal.Mention, m temporal.Mention) bool {
	if m.Value.Type != timex.Time {
		return false
	}
	for _, o := range sentence {
		if o.Value.Type == timex.Set {
			return true
		}
	}
	return false
}
