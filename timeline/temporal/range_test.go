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
		if g := tagged(tg, c.text, dct, func(m Mention) string { return m.Value.String() }); g != c.want {
			t.Errorf("%q: got %s, want %s", c.text, g, c.want)
		}
	}
}

// A range of days in one month names the month once; the second day is an
// expression of its own, and a year after it is the first day's too.
func TestDayRanges(t *testing.T) {
	checkSpans(t, time.Date(2013, 3, 14, 0, 0, 0, 0, time.UTC), []spanCase{
		{"The festival takes place March 5-7.", "March 5=2013-03-05 7=2013-03-07"},
		{"The conference runs Jan. 10-12, 2014, in Paris.", "Jan. 10=2014-01-10 12, 2014=2014-01-12"},
		{"Voting ran April 24 and 25 when the polls closed.", "April 24=2013-04-24 25=2013-04-25"},
		{"Talks went on from Feb. 3 to 9.", "Feb. 3=2013-02-03 9=2013-02-09"},
		// Numbers that count something, or cannot be a later day.
		{"The talks on May 3 and 12 lawmakers left.", "May 3=2013-05-03"},
		{"Rates rose March 5-7 percent.", "March 5=2013-03-05"},
		{"The vote on March 5 - 2 abstained.", "March 5=2013-03-05"},
		{"It closed on Feb. 27 - 31 was too late.", "Feb. 27=2013-02-27"},
		{"Last updated: 3 May, 2013 - 09:15 GMT", "3 May, 2013=2013-05-03 09:15 GMT=2013-05-03T09:15Z"},
		{"Rain fell on March 5 - 7.5 inches of it.", "March 5=2013-03-05"},
		// Written day first: the month comes after the second day.
		{"The festival runs 10-14 July in Edinburgh.", "10=2013-07-10 14 July=2013-07-14"},
		{"It ran from 3 to 9 February, 2014.", "3=2014-02-03 9 February, 2014=2014-02-09"},
		{"The show is on 12 and 13 June.", "12=2013-06-12 13 June=2013-06-13"},
		// With weekdays: "Monday" alone is not a day of its own.
		{"It airs Monday 19 to Friday 23 August on Radio 4.", "Monday 19=2013-08-19 Friday 23 August=2013-08-23"},
		// Numbers that are something else, or cannot be an earlier day.
		{"Tickets cost £10 to 14 June buyers.", "14 June=2013-06-14"},
		{"The score was 20 - 14 June said.", "14 June=2012-06-14"},
		{"At 3.10 - 14 July was announced.", "14 July=2012-07-14"},
	})
}

// A range that writes the unit once marks each end; the end without it
// takes the other's (elided.go).
func TestElidedUnitRanges(t *testing.T) {
	checkSpans(t, time.Date(2024, 3, 12, 0, 0, 0, 0, time.UTC), []spanCase{
		{"The review could take three to five years.", "three=P3Y five years=P5Y"},
		{"Repairs will take between 12 and 18 months.", "12=P12M 18 months=P18M"},
		{"Each dose lasts 4-6 hours.", "4=PT4H 6 hours=PT6H"},
		{"The rebuild may take two to three decades.", "two=P20Y three decades=P30Y"},
		{"He will serve two or three weeks.", "two=P2W three weeks=P3W"},
		{"The 1957-58 season was long.", "1957=1957 58=1958"},
		{"Its 1999/00 accounts were late.", "1999=1999 00=2000"},
		{"Output will grow this year and next.", "this year=2024 next=2025"},
		{"Sales fell this month or last, the data show.", "this month=2024-03 last=2024-02"},
		// Not ranges: a sum, a vague amount, a list with its own unit, a code.
		{"The fine was $3 to 5 years' wages.", "5 years=P5Y"},
		{"It took a few to five years.", "five years=P5Y"},
		{"Most who died were between 20 and 50 years of age.", "50 years=P50Y"},
		{"Patients aged 20 to 30 years are dying.", "30 years=P30Y"},
		{"Profit rose this year and next year.", "this year=2024 next year=2025"},
		{"Call 1957-58-61 for tickets.", "1957=1957"},
		{"The score was 10 to 5 years ago.", "5 years ago=2019"},
	})
}

// spanCase is a text and its mentions, text=value, in order.
type spanCase struct{ text, want string }

// checkSpans tags each case's text against dct and compares its mentions.
func checkSpans(t *testing.T, dct time.Time, cases []spanCase) {
	t.Helper()
	tg := MustNew()
	for _, c := range cases {
		if g := tagged(tg, c.text, dct, func(m Mention) string { return m.Text + "=" + m.Value.String() }); g != c.want {
			t.Errorf("%q: got %s, want %s", c.text, g, c.want)
		}
	}
}

// tagged shows each mention of text, as show writes it, in order.
func tagged(tg *Tagger, text string, dct time.Time, show func(Mention) string) string {
	var got []string
	for _, m := range tg.Tag(text, dct) {
		got = append(got, show(m))
	}
	return strings.Join(got, " ")
}
