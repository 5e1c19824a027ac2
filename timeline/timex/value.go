// Package timex holds the TIMEX3 value type: what a resolved time
// expression means, at the precision the text gave it.
//
// A Value is a plain struct. String renders the TIMEX3 value attribute
// ("2014-12-17", "2014-W51", "P2D", "PAST_REF") and Parse reads one back;
// for every value Parse accepts, Parse(v.String()) gives v again.
package timex

import (
	"fmt"
	"strconv"
	"strings"
)

// Type is the TIMEX3 type attribute.
type Type uint8

// TIMEX3 types.
const (
	Date Type = iota
	Time
	Duration
	Set
)

var typeNames = [...]string{"DATE", "TIME", "DURATION", "SET"}

func (t Type) String() string {
	if int(t) < len(typeNames) {
		return typeNames[t]
	}
	return fmt.Sprintf("Type(%d)", uint8(t))
}

// ParseType reads a TIMEX3 type attribute.
func ParseType(s string) (Type, error) {
	for i, n := range typeNames {
		if strings.EqualFold(s, n) {
			return Type(i), nil
		}
	}
	return 0, fmt.Errorf("timex: unknown type %q", s)
}

// Gran is the precision of a calendar value.
type Gran uint8

// Granularities from coarsest to finest. GranNone marks a value with no
// calendar part (durations and the *_REF values).
const (
	GranNone Gran = iota
	Century
	Decade
	Year
	Half
	Quarter
	Season
	Month
	Week
	Weekend
	Day
	WeekDay // XXXX-WXX-2: a weekday in no particular week
	PartOfDay
	Hour
	Minute
	Second
)

var granNames = [...]string{"none", "century", "decade", "year", "half", "quarter", "season", "month", "week", "weekend", "day", "weekday", "part of day", "hour", "minute", "second"}

func (g Gran) String() string {
	if int(g) < len(granNames) {
		return granNames[g]
	}
	return fmt.Sprintf("Gran(%d)", uint8(g))
}

// X marks a field the text left unspecified; it is written as X's.
const X = -1

// Ref is one of the TIMEX3 reference values.
type Ref uint8

// Reference values.
const (
	NoRef Ref = iota
	PresentRef
	PastRef
	FutureRef
)

var refNames = [...]string{"", "PRESENT_REF", "PAST_REF", "FUTURE_REF"}

// Part is a part of the day.
type Part uint8

// Parts of the day, written TMO, TMI, TAF, TEV, TNI, TDT.
const (
	NoPart Part = iota
	Morning
	Midday
	Afternoon
	Evening
	Night
	Daytime
)

var partNames = [...]string{"", "MO", "MI", "AF", "EV", "NI", "DT"}

// Seasons, stored in Value.N when Gran is Season.
const (
	Spring = 1 + iota
	Summer
	Fall
	Winter
)

var seasonNames = [...]string{"", "SP", "SU", "FA", "WI"}

// Value is a TIMEX3 value with its type and modifier. In JSON (a
// record's) a field left zero is left out.
//
// Calendar values use Year, N and Day as Gran says: N is the month, week,
// quarter, half or season; Day is the day of the month, or the ISO weekday
// (1 = Monday) when Gran is WeekDay or the week form carries one. Any of
// them may be X. For Century and Decade, Year holds the first year
// (1900, 1990).
type Value struct {
	// The small fields come first, together: every mention, source and
	// event holds Values, and the padding between them (and Quant and
	// Freq as strings) was a third of each.
	Type Type `json:",omitzero"`
	Gran Gran `json:",omitzero"`
	// InWeek is true when the day is given as week and weekday
	// (XXXX-WXX-2, 2014-W51-3TNI).
	InWeek bool `json:",omitzero"`
	Part   Part `json:",omitzero"`
	// Zoned says the clock was given in a zone, Zone minutes east of UTC
	// ("14:30 GMT" is T14:30Z, "9 p.m. EDT" T21:00-04). The clock is not
	// converted: it stays as the text wrote it.
	Zoned bool `json:",omitzero"`
	Ref   Ref  `json:",omitzero"`
	Mod   Mod  `json:",omitzero"`
	// Quant and Freq are the SET attributes ("EVERY", "2X"); they are not
	// part of the value string.
	Quant  Quant `json:",omitzero"`
	Zone   int16 `json:",omitzero"`
	Freq   Freq  `json:",omitzero"`
	Year   int32 `json:",omitzero"`
	N      int32 `json:",omitzero"`
	Day    int32 `json:",omitzero"`
	Hour   int32 `json:",omitzero"`
	Minute int32 `json:",omitzero"`
	Second int32 `json:",omitzero"`
	Dur    Dur   `json:",omitzero"`
}

// IsZero reports whether v carries no value at all.
func (v Value) IsZero() bool { return v == Value{} }

// IsCalendar reports whether v names a stretch of calendar time (a DATE or
// TIME with a calendar part, not a reference value).
func (v Value) IsCalendar() bool {
	return (v.Type == Date || v.Type == Time) && v.Ref == NoRef && v.Gran != GranNone
}

// String renders the TIMEX3 value attribute.
func (v Value) String() string {
	if v.Ref != NoRef {
		return refNames[v.Ref]
	}
	if v.Type == Duration || (v.Type == Set && v.Gran == GranNone) {
		return v.Dur.String()
	}
	var b strings.Builder
	b.Grow(20)
	v.writeDate(&b)
	return b.String()
}

func (v Value) writeDate(b *strings.Builder) {
	switch v.Gran {
	case GranNone:
		return
	case Century:
		writeNum(b, v.Year/100, 2, v.Year == X)
		return
	case Decade:
		writeNum(b, v.Year/10, 3, v.Year == X)
		return
	}
	writeNum(b, v.Year, 4, v.Year == X)
	switch v.Gran {
	case Year:
	case Half:
		b.WriteString("-H")
		writeNum(b, v.N, 1, v.N == X)
	case Quarter:
		b.WriteString("-Q")
		writeNum(b, v.N, 1, v.N == X)
	case Season:
		b.WriteByte('-')
		if v.N > 0 && int(v.N) < len(seasonNames) {
			b.WriteString(seasonNames[v.N])
		} else {
			b.WriteString("XX")
		}
	case Month:
		b.WriteByte('-')
		writeNum(b, v.N, 2, v.N == X)
	case Week, Weekend:
		b.WriteString("-W")
		writeNum(b, v.N, 2, v.N == X)
		if v.Gran == Weekend {
			b.WriteString("-WE")
		}
	default: // Day and finer
		if v.InWeek {
			b.WriteString("-W")
			writeNum(b, v.N, 2, v.N == X)
			b.WriteByte('-')
			writeNum(b, v.Day, 1, v.Day == X)
			v.writeClock(b)
			return
		}
		b.WriteByte('-')
		writeNum(b, v.N, 2, v.N == X)
		b.WriteByte('-')
		writeNum(b, v.Day, 2, v.Day == X)
		v.writeClock(b)
	}
}

func (v Value) writeClock(b *strings.Builder) {
	switch {
	case v.Part != NoPart:
		b.WriteByte('T')
		b.WriteString(partNames[v.Part])
	case v.Gran >= Hour:
		b.WriteByte('T')
		writeNum(b, v.Hour, 2, v.Hour == X)
		if v.Gran >= Minute {
			b.WriteByte(':')
			writeNum(b, v.Minute, 2, v.Minute == X)
		}
		if v.Gran >= Second {
			b.WriteByte(':')
			writeNum(b, v.Second, 2, v.Second == X)
		}
		if v.Zoned {
			writeZone(b, int(v.Zone))
		}
	}
}

// writeZone writes an ISO 8601 offset: Z for UTC, else ±hh or ±hh:mm.
func writeZone(b *strings.Builder, min int) {
	switch {
	case min == 0:
		b.WriteByte('Z')
		return
	case min < 0:
		b.WriteByte('-')
		min = -min
	default:
		b.WriteByte('+')
	}
	writeNum(b, min/60, 2, false)
	if min%60 != 0 {
		b.WriteByte(':')
		writeNum(b, min%60, 2, false)
	}
}

func writeNum[N int | int32](b *strings.Builder, n N, width int, x bool) {
	if x {
		for range width {
			b.WriteByte('X')
		}
		return
	}
	var buf [20]byte
	d := strconv.AppendInt(buf[:0], int64(n), 10) // fmt here was a tenth of a large build
	for i := len(d); i < width; i++ {
		b.WriteByte('0')
	}
	b.Write(d)
}
