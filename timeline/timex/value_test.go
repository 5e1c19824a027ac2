package timex

import (
	"encoding/json"
	"strings"
	"testing"
	"time"
)

func TestParseStringRoundTrip(t *testing.T) {
	tests := []struct {
		in   string
		typ  Type
		gran Gran
		want string // canonical form; "" means the input itself
	}{
		{"2014", Date, Year, ""},
		{"2014-12", Date, Month, ""},
		{"2014-12-17", Date, Day, ""},
		{"2014-W51", Date, Week, ""},
		{"2014-W8", Date, Week, "2014-W08"},
		{"2014-W51-WE", Date, Weekend, ""},
		{"XXXX-WXX-2", Date, WeekDay, ""},
		{"XXXX-WXX-2TNI", Time, PartOfDay, ""},
		{"2014-Q4", Date, Quarter, ""},
		{"1989-QX", Date, Quarter, ""},
		{"1990-H1", Date, Half, ""},
		{"2014-WI", Date, Season, ""},
		{"1998-FA", Date, Season, ""},
		{"199", Date, Decade, ""},
		{"199X", Date, Decade, "199"},
		{"19", Date, Century, ""},
		{"1998-XX", Date, Month, ""},
		{"1998-XX-XX", Date, Day, ""},
		{"XXXX-12-25", Date, Day, ""},
		{"2014-12-17T23:29", Time, Minute, ""},
		{"2014-12-17T23:29:05", Time, Second, ""},
		{"1989-11-06T17", Time, Hour, ""},
		// A zone, as the text gave it: UTC is Z, other offsets ±hh(:mm).
		{"2024-03-12T14:30Z", Time, Minute, ""},
		{"2024-03-12T21:00-04", Time, Minute, ""},
		{"2024-03-12T21-04", Time, Hour, ""},
		{"2024-03-12T09:15+05:30", Time, Minute, ""},
		{"2024-03-12T09:15+05:00", Time, Minute, "2024-03-12T09:15+05"},
		{"1989-10-27T24", Time, Hour, ""},
		{"2014-12-17TNI", Time, PartOfDay, ""},
		{"2014-12-17TMO", Time, PartOfDay, ""},
		{"P2D", Duration, GranNone, ""},
		{"PT3H", Duration, GranNone, ""},
		{"P18M", Duration, GranNone, ""},
		{"PXD", Duration, GranNone, ""},
		{"PT5H30M", Duration, GranNone, ""},
		{"P2Y6M", Duration, GranNone, ""},
		{"P1DE", Duration, GranNone, ""},
		{"PXCE", Duration, GranNone, ""},
		{"P2L", Duration, GranNone, ""},
		{"P2Q", Duration, GranNone, ""},
		{"PRESENT_REF", Date, GranNone, ""},
		{"PAST_REF", Date, GranNone, ""},
		{"FUTURE_REF", Date, GranNone, ""},
	}
	for _, tt := range tests {
		v, err := Parse(tt.in)
		if err != nil {
			t.Errorf("Parse(%q): %v", tt.in, err)
			continue
		}
		want := tt.want
		if want == "" {
			want = tt.in
		}
		if got := v.String(); got != want {
			t.Errorf("Parse(%q).String() = %q, want %q", tt.in, got, want)
		}
		if v.Type != tt.typ || v.Gran != tt.gran {
			t.Errorf("Parse(%q) = type %v gran %v, want %v %v", tt.in, v.Type, v.Gran, tt.typ, tt.gran)
		}
	}
}

func TestParseRejects(t *testing.T) {
	for _, in := range []string{"", "P", "PD", "2014-13", "2014-12-32", "2014-Q5", "2014-W54", "14-12", "2014-12-17T25", "2014-12-17T23:61", "2014-12-17TXY", "hello", "P3", "P3Z", "2014-", "2014-12-17T", "2014-12-17T23:29junk", "2014-12-17T23:29+", "2014-12-17T23:29-4", "2014-12-17T23:29+15", "2014-12-17T23:29+05:61", "2014-12-17TNIZ"} {
		if v, err := Parse(in); err == nil {
			t.Errorf("Parse(%q) = %v, want an error", in, v)
		}
	}
}

func TestInterval(t *testing.T) {
	tests := []struct {
		in         string
		start, end string
	}{
		{"2014-12-17", "2014-12-17", "2014-12-18"},
		{"2014-12-17TNI", "2014-12-17", "2014-12-18"},
		{"2014-12", "2014-12-01", "2015-01-01"},
		{"2014-W51", "2014-12-15", "2014-12-22"},
		{"2015-W01", "2014-12-29", "2015-01-05"},
		{"2014-W51-WE", "2014-12-20", "2014-12-22"},
		{"2014-Q4", "2014-10-01", "2015-01-01"},
		{"2014-H2", "2014-07-01", "2015-01-01"},
		{"2014", "2014-01-01", "2015-01-01"},
		{"199", "1990-01-01", "2000-01-01"},
		{"19", "1900-01-01", "2000-01-01"},
	}
	for _, tt := range tests {
		s, e, ok := MustParse(tt.in).Interval()
		if !ok || s.Format(time.DateOnly) != tt.start || e.Format(time.DateOnly) != tt.end {
			t.Errorf("%s.Interval() = %v %v %v, want %s %s", tt.in, s.Format(time.DateOnly), e.Format(time.DateOnly), ok, tt.start, tt.end)
		}
	}
	for _, in := range []string{"P2D", "PAST_REF", "1998-XX", "XXXX-WXX-2"} {
		if _, _, ok := MustParse(in).Interval(); ok {
			t.Errorf("%s.Interval() ok, want not", in)
		}
	}
}

func TestAt(t *testing.T) {
	day := Civil(2014, time.December, 17)
	for g, want := range map[Gran]string{Year: "2014", Month: "2014-12", Day: "2014-12-17", Week: "2014-W51", Quarter: "2014-Q4", Decade: "201", Century: "20", Season: "2014-WI", WeekDay: "2014-W51-3"} {
		if got := At(day, g).String(); got != want {
			t.Errorf("At(%v) = %q, want %q", g, got, want)
		}
	}
}

func FuzzParse(f *testing.F) {
	for _, s := range []string{"2014-12-17", "2014-W51-WE", "XXXX-WXX-2TNI", "P2Y6M", "PT5H30M", "199X", "19", "2014-12-17T23:29:05", "PAST_REF", "1998-FA", "2014-Q4", "2024-03-12T14:30Z", "2024-03-12T21:00-04", "2024-03-12T09:15+05:30"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		v, err := Parse(s)
		if err != nil {
			return
		}
		out := v.String()
		w, err := Parse(out)
		if err != nil {
			t.Fatalf("Parse(%q) ok, but its String %q does not parse: %v", s, out, err)
		}
		if w != v {
			t.Fatalf("Parse(%q) = %+v; Parse(String()) = %+v", s, v, w)
		}
		if w.String() != out {
			t.Fatalf("String not stable: %q then %q", out, w.String())
		}
	})
}

// TestSetAttributesJSON checks that a SET's quantifier and frequency read
// in a record's JSON as TimeML writes them, and read back the same.
func TestSetAttributesJSON(t *testing.T) {
	for _, c := range []struct {
		v    Value
		want string
	}{
		{Value{Type: Set, Quant: Every}, `"Quant":"EVERY"`},
		{Value{Type: Set, Quant: EveryOther}, `"Quant":"EVERY OTHER"`},
		{Value{Type: Set, Freq: 2}, `"Freq":"2X"`},
		{Value{Type: Set}, `{"Type":3}`},
	} {
		b, err := json.Marshal(c.v)
		if err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(string(b), c.want) {
			t.Errorf("%+v: %s, want it to hold %s", c.v, b, c.want)
		}
		var back Value
		if err := json.Unmarshal(b, &back); err != nil || back != c.v {
			t.Errorf("%s read back as %+v (%v)", b, back, err)
		}
	}
	var q Quant
	if err := q.UnmarshalText([]byte("SOMETIMES")); err == nil {
		t.Error("an unknown quantifier was read")
	}
	var f Freq
	if err := f.UnmarshalText([]byte("2Y")); err == nil {
		t.Error("a frequency not nX was read")
	}
}

// TestDurOfHoldsLargeCounts checks that a count past 32 bits, which no
// text means, is held at the largest rather than wrapped to a small or
// negative one.
func TestDurOfHoldsLargeCounts(t *testing.T) {
	for _, c := range []struct {
		n    int
		want string
	}{
		{3, "P3D"},
		{X, "PXD"},
		{1 << 40, "P2147483647D"},
	} {
		if got := D(c.n, Days).String(); got != c.want {
			t.Errorf("D(%d, Days) = %s, want %s", c.n, got, c.want)
		}
	}
}
