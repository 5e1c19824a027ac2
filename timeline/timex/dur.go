package timex

import (
	"math"
	"strconv"
	"strings"
)

// Unit is a duration unit.
type Unit uint8

// Duration units. Decade, Century and Millennium are written DE, CE and L,
// as TimeML does.
const (
	NoUnit Unit = iota
	Years
	Months
	Weeks
	Days
	Hours
	Minutes
	Seconds
	Quarters
	Decades
	Centuries
	Millennia
)

var unitLetters = [...]string{"", "Y", "M", "W", "D", "H", "M", "S", "Q", "DE", "CE", "L"}

// timeUnit reports whether u is written after the T.
func (u Unit) timeUnit() bool { return u == Hours || u == Minutes || u == Seconds }

// Letter is the unit's designator in a duration value.
func (u Unit) Letter() string { return unitLetters[u] }

// DurPart is one number-and-unit pair of a duration; N is X when vague
// ("several days" is PXD).
type DurPart struct {
	N    int32 `json:",omitzero"`
	Unit Unit  `json:",omitzero"`
}

// Dur is a duration of up to three parts (P2Y6M, PT5H30M).
type Dur struct {
	Parts [3]DurPart `json:",omitzero"`
}

// D builds a one-part duration.
func D(n int, u Unit) Dur { return Dur{Parts: [3]DurPart{DurOf(n, u)}} }

// DurOf is n of unit u. N is 32 bits (every mention holds durations, as
// every Value does): a count past that, which no text means, is held at
// its largest.
func DurOf(n int, u Unit) DurPart {
	return DurPart{N: int32(max(min(n, math.MaxInt32), math.MinInt32)), Unit: u}
}

// String renders the duration as an ISO 8601 / TimeML value.
func (d Dur) String() string {
	var b strings.Builder
	b.WriteByte('P')
	inTime := false
	for _, p := range d.Parts {
		if p.Unit == NoUnit {
			break
		}
		if p.Unit.timeUnit() && !inTime {
			b.WriteByte('T')
			inTime = true
		}
		if p.N == X {
			b.WriteByte('X')
		} else {
			b.WriteString(strconv.Itoa(int(p.N)))
		}
		b.WriteString(p.Unit.Letter())
	}
	return b.String()
}

// Mod is the TIMEX3 mod attribute.
type Mod uint8

// TIMEX3 modifiers.
const (
	NoMod Mod = iota
	Approx
	Start
	Mid
	End
	Before
	After
	OnOrBefore
	OnOrAfter
	LessThan
	MoreThan
	EqualOrLess
	EqualOrMore
)

var modNames = [...]string{"", "APPROX", "START", "MID", "END", "BEFORE", "AFTER", "ON_OR_BEFORE", "ON_OR_AFTER", "LESS_THAN", "MORE_THAN", "EQUAL_OR_LESS", "EQUAL_OR_MORE"}

func (m Mod) String() string {
	if int(m) < len(modNames) {
		return modNames[m]
	}
	return ""
}

// ParseMod reads a mod attribute; the empty string is NoMod.
func ParseMod(s string) (Mod, bool) {
	for i, n := range modNames {
		if s == n {
			return Mod(i), true
		}
	}
	return NoMod, false
}
