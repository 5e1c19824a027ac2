package temporal

import "github.com/newsroom/timeline/timeline/timex"

// Live pages' entry times (rule entry-time).

// RuleEntryTime is the rule of a live page's entry times: the page's own
// stamps, which date no happening (event.Stamps).
const RuleEntryTime = "entry-time"

// Live pages stamp each entry with its time, four digits opening a
// sentence: "… by the quake. 1040 Hundreds of people are feared trapped."
// One such number is as likely a year ("1918 Spanish flu killed …"); a
// page with several is a live page. minEntries is how many make one.
const minEntries = 3

// markEntries marks the entry times of a live page (token.entry).
func markEntries(toks []token) {
	n := 0
	for i := range toks {
		if entryAt(toks, i) {
			n++
		}
	}
	if n < minEntries {
		return
	}
	for i := range toks {
		toks[i].entry = entryAt(toks, i)
	}
}

// entryAt reports whether toks[i] looks like an entry time: a four-digit
// clock time opening a sentence, before a capitalized word.
func entryAt(toks []token, i int) bool {
	t := toks[i]
	if _, _, ok := fourDigitClock(t); !ok || i+1 >= len(toks) {
		return false
	}
	if next := toks[i+1]; next.kind != tokWord || !next.upper {
		return false
	}
	if i == 0 {
		return true
	}
	switch toks[i-1].lower {
	case ".", "!", "?", "\"", ":":
		return true
	}
	return t.brk
}

// fourDigitClock reads a four-digit clock time token ("2153" is 21:53).
func fourDigitClock(t token) (hour, minute int, ok bool) {
	hour, minute, ok = clockDigits(t.num)
	return hour, minute, ok && t.kind == tokNum && t.ndigits == 4 && !t.ord && !t.plural
}

// clockDigits splits hhmm into a clock time, if it is one.
func clockDigits(hhmm int) (hour, minute int, ok bool) {
	hour, minute = hhmm/100, hhmm%100
	return hour, minute, hhmm >= 0 && hour <= 23 && minute <= 59
}

// entryTime is a live page's entry time (token.entry): the clock time on
// the page's own day, the anchor's (not the day the entry before spoke
// of: a live page compares with other days all the time).
func entryTime() builder {
	return func(m *match) (partial, bool) {
		t := m.toks[0]
		if !t.entry {
			return partial{}, false
		}
		v := timex.Value{Type: timex.Time, Gran: timex.Minute, Hour: int32(t.num / 100), Minute: int32(t.num % 100)}
		return partial{v: v, kind: kindShift, unit: timex.Day}, true
	}
}
