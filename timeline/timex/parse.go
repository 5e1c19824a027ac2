package timex

import (
	"fmt"
	"strings"
)

// Parse reads a TIMEX3 value attribute. The type is inferred: a value with
// a clock or part of day is a Time, a P… value a Duration, anything else a
// Date. (A SET shares its value syntax with the others; callers that read
// the type attribute set it themselves.)
func Parse(s string) (Value, error) {
	for i, n := range refNames {
		if i > 0 && s == n {
			return Value{Type: Date, Ref: Ref(i)}, nil
		}
	}
	if strings.HasPrefix(s, "P") {
		d, err := parseDur(s)
		if err != nil {
			return Value{}, err
		}
		return Value{Type: Duration, Dur: d}, nil
	}
	p := parser{s: s}
	v, err := p.date()
	if err != nil {
		return Value{}, fmt.Errorf("timex: bad value %q: %w", s, err)
	}
	if p.i != len(s) {
		return Value{}, fmt.Errorf("timex: bad value %q: unexpected %q", s, s[p.i:])
	}
	return v, nil
}

// MustParse is Parse for values known to be valid, as in tables and tests.
func MustParse(s string) Value {
	v, err := Parse(s)
	if err != nil {
		panic(err)
	}
	return v
}

type parser struct {
	s string
	i int
}

func (p *parser) rest() string { return p.s[p.i:] }

func (p *parser) eat(lit string) bool {
	if strings.HasPrefix(p.rest(), lit) {
		p.i += len(lit)
		return true
	}
	return false
}

// num reads exactly width digits, or width X's (returning X).
func (p *parser) num(width int) (int, error) {
	if len(p.rest()) < width {
		return 0, fmt.Errorf("want %d digits at %d", width, p.i)
	}
	seg := p.s[p.i : p.i+width]
	if strings.Count(seg, "X") == width {
		p.i += width
		return X, nil
	}
	n := 0
	for _, c := range []byte(seg) {
		if c < '0' || c > '9' {
			return 0, fmt.Errorf("want %d digits at %d", width, p.i)
		}
		n = n*10 + int(c-'0')
	}
	p.i += width
	return n, nil
}

// digitRun counts the digits or X's at the cursor.
func (p *parser) digitRun() int {
	n := 0
	for _, c := range []byte(p.rest()) {
		if (c < '0' || c > '9') && c != 'X' {
			break
		}
		n++
	}
	return n
}

func (p *parser) date() (Value, error) {
	v := Value{Type: Date}
	switch run := p.digitRun(); {
	case run == 2 && !strings.HasPrefix(p.rest()[2:], "-"):
		c, _ := p.num(2)
		v.Gran, v.Year = Century, int32(scale(c, 100))
		return v, nil
	case run == 3:
		d, _ := p.num(3)
		v.Gran, v.Year = Decade, int32(scale(d, 10))
		return v, nil
	case run == 4 && p.s[p.i+3] == 'X' && p.s[p.i] != 'X' && len(p.rest()) == 4:
		// "199X": the decade written four wide.
		d, err := p.num(3)
		if err != nil {
			return v, err
		}
		p.i++
		v.Gran, v.Year = Decade, int32(d*10)
		return v, nil
	case run != 4:
		return v, fmt.Errorf("want a year")
	}
	y, err := p.num(4)
	if err != nil {
		return v, err
	}
	v.Year, v.Gran = int32(y), Year
	if !p.eat("-") {
		return v, nil
	}
	switch {
	case p.eat("H"):
		v.Gran = Half
		v.N, err = p.num32(1)
		if err == nil && v.N != X && (v.N < 1 || v.N > 2) {
			err = fmt.Errorf("half %d out of range", v.N)
		}
		return v, err
	case p.eat("Q"):
		v.Gran = Quarter
		v.N, err = p.num32(1)
		if err == nil && v.N != X && (v.N < 1 || v.N > 4) {
			err = fmt.Errorf("quarter %d out of range", v.N)
		}
		return v, err
	}
	for i, n := range seasonNames {
		if i > 0 && p.eat(n) {
			v.Gran, v.N = Season, int32(i)
			return v, nil
		}
	}
	if p.eat("W") {
		return p.week(v)
	}
	if v.N, err = p.num32(2); err != nil {
		return v, err
	}
	if v.N != X && (v.N < 1 || v.N > 12) {
		return v, fmt.Errorf("month %d out of range", v.N)
	}
	v.Gran = Month
	if !p.eat("-") {
		return v, nil
	}
	if v.Day, err = p.num32(2); err != nil {
		return v, err
	}
	if v.Day != X && (v.Day < 1 || v.Day > 31) {
		return v, fmt.Errorf("day %d out of range", v.Day)
	}
	v.Gran = Day
	return p.clock(v)
}

func (p *parser) week(v Value) (Value, error) {
	v.Gran = Week
	w := p.digitRun()
	if w < 1 || w > 2 {
		return v, fmt.Errorf("want a week number")
	}
	n, err := p.num(w)
	if err != nil {
		return v, err
	}
	if n != X && (n < 1 || n > 53) {
		return v, fmt.Errorf("week %d out of range", n)
	}
	v.N = int32(n)
	switch {
	case p.eat("-WE"):
		v.Gran = Weekend
	case p.eat("-"):
		v.Gran, v.InWeek = WeekDay, true
		if v.Day, err = p.num32(1); err != nil {
			return v, err
		}
		if v.Day != X && (v.Day < 1 || v.Day > 7) {
			return v, fmt.Errorf("weekday %d out of range", v.Day)
		}
		return p.clock(v)
	}
	return v, nil
}

// clock reads an optional T… suffix onto a day or weekday value.
func (p *parser) clock(v Value) (Value, error) {
	if !p.eat("T") {
		return v, nil
	}
	v.Type = Time
	for i, n := range partNames {
		if i > 0 && p.eat(n) {
			v.Part, v.Gran = Part(i), PartOfDay
			return v, nil
		}
	}
	var err error
	if v.Hour, err = p.num32(2); err != nil {
		return v, err
	}
	if v.Hour > 24 {
		return v, fmt.Errorf("hour %d out of range", v.Hour)
	}
	v.Gran = Hour
	if !p.eat(":") {
		return p.zone(v)
	}
	if v.Minute, err = p.num32(2); err != nil {
		return v, err
	}
	if v.Minute > 59 {
		return v, fmt.Errorf("minute %d out of range", v.Minute)
	}
	v.Gran = Minute
	if !p.eat(":") {
		return p.zone(v)
	}
	if v.Second, err = p.num32(2); err != nil {
		return v, err
	}
	if v.Second > 60 {
		return v, fmt.Errorf("second %d out of range", v.Second)
	}
	v.Gran = Second
	return p.zone(v)
}

// zone reads an optional offset after a clock: Z, ±hh or ±hh:mm.
func (p *parser) zone(v Value) (Value, error) {
	if p.eat("Z") {
		v.Zoned = true
		return v, nil
	}
	sign := 1
	switch {
	case p.eat("+"):
	case p.eat("-"):
		sign = -1
	default:
		return v, nil
	}
	h, err := p.num(2)
	if err != nil || h == X || h > 14 {
		return v, fmt.Errorf("bad zone offset at %d", p.i)
	}
	m := 0
	if p.eat(":") {
		if m, err = p.num(2); err != nil || m == X || m > 59 {
			return v, fmt.Errorf("bad zone offset at %d", p.i)
		}
	}
	v.Zoned, v.Zone = true, int16(sign*(h*60+m))
	return v, nil
}

// num32 is num for a Value's fields: at most four digits.
func (p *parser) num32(width int) (int32, error) {
	n, err := p.num(width)
	return int32(n), err
}

func scale(n, by int) int {
	if n == X {
		return X
	}
	return n * by
}

// parseDur reads P…: numbers or X followed by unit designators, with T
// before the time units.
func parseDur(s string) (Dur, error) {
	var d Dur
	i, k, inTime := 1, 0, false
	if len(s) < 3 {
		return d, fmt.Errorf("timex: bad duration %q", s)
	}
	for i < len(s) {
		if s[i] == 'T' && !inTime {
			inTime = true
			i++
			continue
		}
		if k == len(d.Parts) {
			return d, fmt.Errorf("timex: duration %q has too many parts", s)
		}
		n, j := 0, i
		if s[j] == 'X' {
			n, j = X, j+1
		} else {
			for j < len(s) && s[j] >= '0' && s[j] <= '9' && j-i < 9 {
				n = n*10 + int(s[j]-'0')
				j++
			}
			if j == i {
				return d, fmt.Errorf("timex: bad duration %q: want a number at %d", s, i)
			}
		}
		u := durUnit(s[j:], inTime)
		if u == NoUnit {
			return d, fmt.Errorf("timex: bad duration %q: want a unit at %d", s, j)
		}
		d.Parts[k] = DurOf(n, u)
		k++
		i = j + len(u.Letter())
	}
	if k == 0 {
		return d, fmt.Errorf("timex: bad duration %q", s)
	}
	return d, nil
}

func durUnit(s string, inTime bool) Unit {
	if inTime {
		switch {
		case strings.HasPrefix(s, "H"):
			return Hours
		case strings.HasPrefix(s, "M"):
			return Minutes
		case strings.HasPrefix(s, "S"):
			return Seconds
		}
		return NoUnit
	}
	switch {
	case strings.HasPrefix(s, "DE"):
		return Decades
	case strings.HasPrefix(s, "CE"):
		return Centuries
	case strings.HasPrefix(s, "Y"):
		return Years
	case strings.HasPrefix(s, "M"):
		return Months
	case strings.HasPrefix(s, "W"):
		return Weeks
	case strings.HasPrefix(s, "D"):
		return Days
	case strings.HasPrefix(s, "Q"):
		return Quarters
	case strings.HasPrefix(s, "L"):
		return Millennia
	}
	return NoUnit
}
