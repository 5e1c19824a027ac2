package article

import (
	"errors"
	"strings"
	"testing"
	"time"
)

func TestDatelineForms(t *testing.T) {
	ny, _ := time.LoadLocation("America/New_York")
	tests := []struct {
		in    string
		want  string // RFC 3339 in the dateline's own zone
		clock bool
		zone  bool
	}{
		{"17 Dec, 2014 23:29", "2014-12-17T23:29:00Z", true, false},
		{"17 Dec 2014 23:29", "2014-12-17T23:29:00Z", true, false},
		{"Dec. 17, 2014", "2014-12-17T00:00:00Z", false, false},
		{"Dec 17, 2014", "2014-12-17T00:00:00Z", false, false},
		{"December 17, 2014", "2014-12-17T00:00:00Z", false, false},
		{"December 17, 2014 11:29 p.m. EST", "2014-12-17T23:29:00-05:00", true, true},
		{"December 17, 2014, 11:29 PM EST", "2014-12-17T23:29:00-05:00", true, true},
		{"Wednesday, December 17, 2014", "2014-12-17T00:00:00Z", false, false},
		{"Wed, December 17, 2014", "2014-12-17T00:00:00Z", false, false},
		{"Published: Dec 17, 2014 11:29 PM EST", "2014-12-17T23:29:00-05:00", true, true},
		{"Posted: Dec 17, 2014", "2014-12-17T00:00:00Z", false, false},
		{"Updated 11:29 PM ET, Wed December 17, 2014", "2014-12-17T23:29:00-05:00", true, true},
		{"Thu 18 Dec 2014 04.29 GMT", "2014-12-18T04:29:00Z", true, true},
		{"Thursday 18 December 2014 04.29 GMT", "2014-12-18T04:29:00Z", true, true},
		{"18 December 2014 04:29 GMT", "2014-12-18T04:29:00Z", true, true},
		{"2014-12-17", "2014-12-17T00:00:00Z", false, false},
		{"2014-12-17T23:29:00-05:00", "2014-12-17T23:29:00-05:00", true, true},
		{"2014-12-17 23:29", "2014-12-17T23:29:00Z", true, false},
		{"Sept. 11, 2001", "2001-09-11T00:00:00Z", false, false},
		{"12/17/2014", "2014-12-17T00:00:00Z", false, false},
		{"Mon Mar 2, 2009 4:23 pm EST", "2009-03-02T16:23:00-05:00", true, true},
		{"July 4, 2014 9:00 a.m. PT", "2014-07-04T09:00:00-07:00", true, true},
	}
	p := NewDatelineParser(time.UTC)
	for _, tt := range tests {
		a, err := p.Parse(tt.in)
		if err != nil {
			t.Errorf("Parse(%q): %v", tt.in, err)
			continue
		}
		if got := a.Time.Format(time.RFC3339); got != tt.want || a.HasClock != tt.clock || a.HasZone != tt.zone {
			t.Errorf("Parse(%q) = %s clock=%v zone=%v, want %s clock=%v zone=%v", tt.in, got, a.HasClock, a.HasZone, tt.want, tt.clock, tt.zone)
		}
	}
	// A late-night New York dateline keeps its day in any default zone.
	a, err := NewDatelineParser(ny).Parse("December 17, 2014 11:29 PM")
	if err != nil || a.Time.Day() != 17 || a.Time.Location() != ny {
		t.Errorf("NY default zone: %v %v", a.Time, err)
	}
}

func TestDatelineRejects(t *testing.T) {
	p := NewDatelineParser(time.UTC)
	for _, in := range []string{
		"1418858940", // a Unix time, not a dateline
		"Dec 17",     // no year
		"Wednesday",  // no date
		"US investigators link North Korea to Sony hack",
		"2014", // a year is not a dateline
		"17 Dec, 99999 23:29",
		"The year 0 was not a year.",
		"3 May 2009 09:15 GMT The ministry shut the schools on Friday.", // a sentence after a date
		"",
	} {
		if a, err := p.Parse(in); err == nil {
			t.Errorf("Parse(%q) = %v, want an error", in, a.Time)
		} else if !errors.Is(err, ErrNoDate) {
			t.Errorf("Parse(%q) error %v is not ErrNoDate", in, err)
		}
	}
}

func FuzzDateline(f *testing.F) {
	for _, s := range []string{"17 Dec, 2014 23:29", "Updated 11:29 PM ET, Wed December 17, 2014", "Thu 18 Dec 2014 04.29 GMT", "2014-12-17T23:29:00-05:00", "1418858940", "Dec 17"} {
		f.Add(s)
	}
	p := NewDatelineParser(time.UTC)
	f.Fuzz(func(t *testing.T, s string) {
		a, err := p.Parse(s)
		if err == nil && (a.Time.Year() < 1800 || a.Time.Year() > 2199) {
			t.Fatalf("Parse(%q) accepted year %d", s, a.Time.Year())
		}
		// Every segment a line is tried in is a part of it, and a story
		// found after a dateline starts inside the line.
		for _, seg := range splitSegments(s) {
			if !strings.Contains(s, seg) {
				t.Fatalf("segment %q is not in %q", seg, s)
			}
		}
		if a, line := p.findDateline([]string{s}, 1); line == 0 {
			if at, ok := storyAfterDateline(s, a.Text); ok && (at <= 0 || at > len(s)) {
				t.Fatalf("story at %d of %q", at, s)
			}
		}
	})
}
