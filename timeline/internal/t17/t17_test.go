package t17

import (
	"os"
	"path/filepath"
	"testing"
	"time"
)

func TestGoldDates(t *testing.T) {
	for _, c := range []struct {
		name, text string
		want       []string // nil: an error
	}{
		{"two entries, out of order", "2010-01-14\nAid arrives at the port.\n------\n2010-01-12\nA quake strikes.\n------\n", []string{"2010-01-12", "2010-01-14"}},
		{"a date heading two entries is one date", "2009-04-27\nSchools close.\n---\n2009-04-27\nFlights are cut.\n---\n", []string{"2009-04-27"}},
		{"spaces around the date", "  2011-11-07 \nThe verdict.\n", []string{"2011-11-07"}},
		{"a date inside a sentence is not a heading", "On 2010-01-12 a quake struck.\n", nil},
		{"empty", "", nil},
	} {
		path := filepath.Join(t.TempDir(), "gold.txt")
		if err := os.WriteFile(path, []byte(c.text), 0o644); err != nil {
			t.Fatal(err)
		}
		got, err := GoldDates(path)
		if c.want == nil {
			if err == nil {
				t.Errorf("%s: want an error, got %v", c.name, got)
			}
			continue
		}
		var s []string
		for _, d := range got {
			s = append(s, d.Format(time.DateOnly))
		}
		if err != nil || len(s) != len(c.want) || (len(s) > 0 && s[0] != c.want[0]) || (len(s) > 1 && s[1] != c.want[1]) {
			t.Errorf("%s: got %v, %v; want %v", c.name, s, err, c.want)
		}
	}
	if _, err := GoldDates(filepath.Join(t.TempDir(), "missing.txt")); err == nil {
		t.Error("a missing file: want an error")
	}
}

// FuzzGoldDates: any text gives sorted, distinct dates or an error, never
// a panic.
func FuzzGoldDates(f *testing.F) {
	f.Add("2010-01-12\nA quake strikes.\n------\n")
	f.Add("2009-04-27\n\n2009-04-27\n")
	f.Fuzz(func(t *testing.T, text string) {
		path := filepath.Join(t.TempDir(), "gold.txt")
		if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
		dates, err := GoldDates(path)
		if err != nil {
			return
		}
		for i := 1; i < len(dates); i++ {
			if !dates[i-1].Before(dates[i]) {
				t.Fatalf("dates not sorted and distinct: %v", dates)
			}
		}
	})
}
