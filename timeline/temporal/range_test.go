package temporal

import (
	"strings"
	"testing"
	"time"
)

// The two ends of a range are read together: the second falls on or after
// the first, whichever the tense placed.
func TestRanges(t *testing.T) {
	tg := MustNew()
	dct := time.Date(2013, 3, 14, 0, 0, 0, 0, time.UTC) // a Thursday
	for _, c := range []struct {
		text string
		want string // the values, in order
	}{
		// Past: the later end by tense, the earlier counted back from it.
		{"Between March and May, the river flooded.", "2012-03 2012-05"},
		{"The show ran from November to February.", "2012-11 2013-02"},
		{"They marched from Monday to Wednesday.", "2013-03-11 2013-03-13"},
		{"Trading was halted between Dec. 28 and Jan. 3.", "2012-12-28 2013-01-03"},
		// Future: the earlier end by tense, the later counted on.
		{"The exhibit will run from November to February.", "2013-11 2014-02"},
		{"Polls will be open from Friday through Tuesday.", "2013-03-15 2013-03-19"},
		{"The fair runs March-May.", "2013-03 2013-05"},
		// Not ranges: a list, ends with a year or a direction of their own.
		{"Talks were held on Friday and Tuesday.", "2013-03-08 2013-03-12"},
		{"Sales rose from March 2012 to May.", "2012-03 2012-05"},
		{"It ran from last November to February.", "2012-11 2013-02"},
	} {
		var got []string
		for _, m := range tg.Tag(c.text, dct) {
			got = append(got, m.Value.String())
		}
		if g := strings.Join(got, " "); g != c.want {
			t.Errorf("%q: got %s, want %s", c.text, g, c.want)
		}
	}
}
