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
// every day it was printed on, disputed between its times. A time that
// names a day of its own ("sank at 6 a.m. on Monday") is that day's
// happening whatever else recurs in the sentence.
func routine(sentence []temporal.Mention, m temporal.Mention) bool {
	if m.Value.Type != timex.Time || namesItsDay(m) {
		return false
	}
	for _, o := range sentence {
		if o.Value.Type == timex.Set {
			return true
		}
	}
	return false
}

// namesItsDay reports whether m's day is not the one it was resolved
// against: its words named another. (A day named that is the anchor's own,
// "at 6 a.m. today", is not told apart from a bare clock.)
func namesItsDay(m temporal.Mention) bool {
	v, _, ok := m.Value.Interval()
	a, _, ok2 := m.AnchorValue().Interval()
	if !ok || !ok2 {
		return false
	}
	vy, vm, vd := v.Date()
	ay, am, ad := a.Date()
	return vy != ay || vm != am || vd != ad
}
