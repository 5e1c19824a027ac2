package timex

import (
	"fmt"
	"strconv"
	"strings"
)

// Quant is a SET's quantifier attribute, written as TimeML writes it
// ("EVERY"); NoQuant is none.
type Quant uint8

// Quantifiers.
const (
	NoQuant Quant = iota
	Every
	EveryOther
)

var quantNames = [...]string{"", "EVERY", "EVERY OTHER"}

func (q Quant) String() string {
	if int(q) < len(quantNames) {
		return quantNames[q]
	}
	return ""
}

// MarshalText writes q as TimeML does, so a record's JSON reads "EVERY".
func (q Quant) MarshalText() ([]byte, error) { return []byte(q.String()), nil }

// UnmarshalText reads a quantifier written by MarshalText.
func (q *Quant) UnmarshalText(b []byte) error {
	for i, n := range quantNames {
		if string(b) == n {
			*q = Quant(i)
			return nil
		}
	}
	return fmt.Errorf("timex: unknown quantifier %q", b)
}

// Freq is a SET's frequency attribute: how many times in each period
// ("2X" is 2); 0 is none.
type Freq int32

func (f Freq) String() string {
	if f == 0 {
		return ""
	}
	return strconv.Itoa(int(f)) + "X"
}

// MarshalText writes f as TimeML does ("2X").
func (f Freq) MarshalText() ([]byte, error) { return []byte(f.String()), nil }

// UnmarshalText reads a frequency written by MarshalText.
func (f *Freq) UnmarshalText(b []byte) error {
	if len(b) == 0 {
		*f = 0
		return nil
	}
	n, err := strconv.ParseInt(strings.TrimSuffix(string(b), "X"), 10, 32)
	if err != nil || !strings.HasSuffix(string(b), "X") {
		return fmt.Errorf("timex: frequency %q is not nX", b)
	}
	*f = Freq(n)
	return nil
}
