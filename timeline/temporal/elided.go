package temporal

import (
	"time"

	"github.com/newsroom/timeline/timeline/timex"
)

// Ranges that write the unit once: "three to five years", "between 12
// and 18 months", "1957-58", "this year and next". TimeML marks each end
// as an expression of its own ("three" is P3Y, "five years" P5Y); the end
// without its unit takes it from the other.

// durationHead is the first end of a range of durations before the
// duration at toks[start:] ("three" before "to five years"): its token and
// its number. The number must be smaller than the second's, right before
// the join, in the same sentence.
func (l rangeLex) durationHead(toks []token, start, end int, second timex.Value) (int, int, bool) {
	if second.Type != timex.Duration || second.Dur.Parts[1].Unit != timex.NoUnit || start < 2 || toks[start].brk || toks[start-1].brk {
		return 0, 0, false
	}
	n2 := int(second.Dur.Parts[0].N)
	switch w := toks[start-1].lower; {
	case w == "to" || w == "-" || w == "or":
	case w == "and":
		if start < 3 || toks[start-3].lower != "between" {
			return 0, 0, false
		}
	default:
		return 0, 0, false
	}
	// The second's number as written, and what one of its unit is in
	// the value's ("three decades" is P30Y: ten).
	written, ok := l.number(toks[start])
	if !ok || written == 0 || n2%written != 0 {
		return 0, 0, false // "a few to five years", "several to ten": only a number pairs
	}
	k := start - 2
	n1, ok := l.number(toks[k])
	if !ok || n1 >= written || n1 == 0 {
		return 0, 0, false
	}
	n1 *= n2 / written
	if k > 0 && (toks[k-1].lower == "$" || toks[k-1].lower == "£" || toks[k-1].lower == "€" || toks[k-1].lower == "." || toks[k-1].lower == ",") {
		return 0, 0, false // "$3 to 5 years' pay", "2.5 to 3 years": a sum or part of a number
	}
	if k > 0 && (toks[k-1].lower == "aged" || toks[k-1].lower == "ages") || age(toks, end) {
		return 0, 0, false // "aged 20 to 30 years", "between 14 and 17 years of age", "2-6 year olds": ages
	}
	return k, n1, true
}

// age reports whether the words after a duration ending at toks[end]
// make it an age: "years of age", "year olds", "years old".
func age(toks []token, end int) bool {
	if end >= len(toks) {
		return false
	}
	switch toks[end].lower {
	case "old", "olds":
		return true
	case "of":
		return end+1 < len(toks) && toks[end+1].lower == "age"
	}
	return false
}

// number reads a number token or a number word ("three").
func (l rangeLex) number(t token) (int, bool) {
	if t.kind == tokNum {
		return t.num, !t.ord && !t.plural && t.ndigits <= 4
	}
	n, ok := l.nums[t.lower]
	return n, ok
}

// emitDurationHead puts the first end before the second, the last mention.
func emitDurationHead(out []Mention, text string, toks []token, k, n int) []Mention {
	second := out[len(out)-1]
	v := second.Value
	v.Dur.Parts[0] = timex.DurOf(n, v.Dur.Parts[0].Unit)
	first := Mention{Start: toks[k].start, End: toks[k].end, Text: text[toks[k].start:toks[k].end], Value: v, Rule: "duration-range"}
	return append(out[:len(out)-1], first, second)
}

// yearTail is the second year of "1957-58" or "2008/09" after the year
// toks[:end] ends with: its token and the year it is (the first's century,
// or the next when it wraps: "1999-00" is 2000).
func yearTail(toks []token, end int, first timex.Value) (int, int, bool) {
	if first.Type != timex.Date || first.Gran != timex.Year || first.Mod != timex.NoMod || end+1 >= len(toks) {
		return 0, 0, false
	}
	y, j, d := toks[end-1], toks[end], toks[end+1]
	if y.kind != tokNum || y.ndigits != 4 || j.lower != "-" && j.lower != "/" || j.start != y.end || d.start != j.end {
		return 0, 0, false
	}
	if d.kind != tokNum || d.ndigits != 2 || d.ord || d.plural {
		return 0, 0, false
	}
	if end+2 < len(toks) && toks[end+2].start == d.end && (toks[end+2].lower == "-" || toks[end+2].lower == "/" || toks[end+2].kind == tokNum) {
		return 0, 0, false // "1957-58-59", a code
	}
	second := first.Year - first.Year%100 + int32(d.num)
	if second <= first.Year {
		second += 100
	}
	if second-first.Year > 10 {
		return 0, 0, false // "1957-99" is no season
	}
	return end + 1, int(second), true
}

// unitTail is "next" in "this year and next", "last" in "this week or
// last": the unit the expression toks[:end] named, one on or back, when
// the phrase ends there.
func unitTail(toks []token, end int, p partial) (int, int, bool) {
	if p.kind != kindShift || p.anaphoric || p.v.Type != timex.Date || p.unit < timex.Year || p.unit > timex.Day || end+1 >= len(toks) {
		return 0, 0, false
	}
	if w := toks[end].lower; w != "and" && w != "or" {
		return 0, 0, false
	}
	n := 0
	switch toks[end+1].lower {
	case "next":
		n = p.n + 1
	case "last":
		n = p.n - 1
	default:
		return 0, 0, false
	}
	if end+2 < len(toks) && toks[end+2].kind != tokPunct && !toks[end+2].brk {
		return 0, 0, false // "this year and next year", "this week and next month": the unit is written
	}
	return end + 1, n, true
}

// emitUnitTail adds the second end after the first, the last mention.
func emitUnitTail(out []Mention, text string, toks []token, k, n int, p partial, dct time.Time) []Mention {
	first := out[len(out)-1]
	t := toks[k]
	v := place(timex.Value{Type: timex.Date, Gran: p.unit}, addUnits(dct, p.unit, n))
	return append(out, Mention{Start: t.start, End: t.end, Text: text[t.start:t.end], Value: v, Rule: "unit-range",
		Anchor: first.Anchor, Dir: int32(n - p.n)})
}
