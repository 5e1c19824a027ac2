package event

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/newsroom/timeline/timeline/article"
	"github.com/newsroom/timeline/timeline/temporal"
	"github.com/newsroom/timeline/timeline/timex"
)

// TestStamps tags each text and lists the expressions it takes for page
// stamps (joined by "|").
func TestStamps(t *testing.T) {
	tg := temporal.MustNew()
	anchor := time.Date(2011, 9, 28, 0, 0, 0, 0, time.UTC)
	for _, c := range []struct{ text, want string }{
		{"Page last updated at 10:12 GMT, Wednesday, 28 September 2011 11:12 UK The jury heard from a nurse on Tuesday.", "10:12 GMT, Wednesday|28 September 2011|11:12 UK"},
		{"27 September 2011 Last updated at 18:05 GMT The trial opened on Tuesday.", "27 September 2011|18:05 GMT"},
		{"Last updated: 3 May, 2009 - 09:15 GMT The ministry closed schools on Friday.", "3 May, 2009|09:15 GMT"},
		{"Published: Friday, 15 January, 2010 Rescuers reached the port on Thursday.", "Friday, 15 January, 2010"},
		{"Updated: Monday The ferry sank on Sunday.", "Monday"},
		{"First published on Monday 27 April 2009 Mexico shut its schools.", "Monday 27 April 2009"},
		// A comment's stamp is one expression: the clock on its day.
		{"At 11:35 am on 18 Jan 2010, Nikolas wrote: Aid came on Friday.", "11:35 am on 18 Jan 2010"},
		{"At 12:00 pm 18 Jan 2010, art600 wrote: Good.", "12:00 pm 18 Jan 2010"},
		{"(Ask the desk.) At 9:24 pm on 05 May 2009, jo_r wrote: Fair.", "9:24 pm on 05 May 2009"},
		// A newspaper's note on its print edition dates the paper.
		{"The talks go on. This article appeared on p22 of the Main section of the Observer on Sunday 14 June 2009.", "Sunday 14 June 2009"},
		{"A version of this article appears in print on June 9, 2008, on page A1.", "June 9, 2008"},
		{"A version appeared on p7 of the Main section of the Guardian on 00.38 BST on Saturday 2 May 2009.", "Saturday 2 May 2009"},
		{"The ferry sank on Sunday. It appeared on page one of every paper.", ""},
		// A verb in a sentence is no label.
		{"The guidelines were last updated on March 3, officials said.", ""},
		{"The list, last modified in 2007, is out of date.", ""},
		{"On Monday, the minister wrote: the talks are over.", ""},
		{"The company updated its forecast on Monday.", ""},
		{"The ministry updated on Monday its count of the dead.", ""},
		{"The report was published on Tuesday.", ""},
		{"She posted on Monday a video of the rally.", ""},
		{"He added on Friday that talks would resume.", ""},
		{"Outdated figures from March 2009 were dropped.", ""},
		// A dateline left on a line of its own in the body is a stamp; a
		// short sentence on a line of its own is not.
		{"Flood crews reach town\n\nUpdated 10:42 a.m. ET, June 9, 2008\n\nThe river rose on Sunday.", "10:42 a.m. ET, June 9, 2008"},
		{"Crews reach town\n\nPosted on September 27, 2011 at 3:39 PM\n\nThe trial opened.", "September 27, 2011|3:39 PM"},
		{"Crews reach town\n\nReuters Sep 27, 2011, 02.16PM IST\n\nThe trial opened.", "Sep 27, 2011|02.16PM IST"},
		{"Crews reach town\n\nShe checked in today.\n\nThe trial opened.", ""},
		{"Crews reach town\n\nIn 1983, it went bankrupt.\n", ""},
		{"The president criticized that decision on\nFriday.\n", ""},
		{"Flood crews reach town\nUpdated 10:42 a.m. ET, June 9, 2008\nThe river rose on Sunday.", ""}, // in Markdown, a line of a paragraph
	} {
		ms := tg.Tag(c.text, anchor)
		var got []string
		for i, s := range Stamps(c.text, ms) {
			if s {
				got = append(got, c.text[ms[i].Start:ms[i].End])
			}
		}
		if g := strings.Join(got, "|"); g != c.want {
			t.Errorf("%q: stamps %q, want %q", c.text, g, c.want)
		}
	}
}

// FuzzStamps: any text and any mentions of it, in order, give one flag
// per mention and no panic.
func FuzzStamps(f *testing.F) {
	f.Add("Page last updated at 10:12 GMT, Wednesday, 28 September 2011")
	f.Add("Published: Friday Updated: Monday")
	tg := temporal.MustNew()
	f.Fuzz(func(t *testing.T, text string) {
		ms := tg.Tag(text, time.Date(2011, 9, 28, 0, 0, 0, 0, time.UTC))
		if got := Stamps(text, ms); len(got) != len(ms) {
			t.Fatalf("%d flags for %d mentions", len(got), len(ms))
		}
	})
}

// TestStampMakesNoEvent: two pages stamped on different days, glued to
// their first sentences as scrapers leave them, give the story's events
// and no "disputed" event made of the stamps.
func TestStampMakesNoEvent(t *testing.T) {
	tl, _ := buildFiles(t, map[string][]byte{
		"a.md": md("2011-09-27", "Ledger", "Page last updated at 09:30 GMT, Tuesday, 27 September 2011 10:30 UK The trial of the singer's doctor opened on Tuesday."),
		"b.md": md("2011-09-28", "Courier", "28 September 2011 Last updated at 16:20 GMT The jury heard from a paramedic on Wednesday."),
	})
	for _, e := range tl.Events {
		if strings.Contains(strings.ToLower(e.Title), "updated") || e.Disputed {
			t.Errorf("event %q (%s, disputed %v) is made of a page stamp", e.Title, e.Time.Value, e.Disputed)
		}
	}
	if len(find(tl, "trial")) != 1 || len(find(tl, "paramedic")) != 1 {
		t.Errorf("the story's events are missing: %q", titles(tl))
	}
}

// A live page's entry times are its own stamps: no entry becomes an event
// by its time, while what an entry dates still does, whatever day it names.
func TestEntryTimesMakeNoEvents(t *testing.T) {
	tl, _ := buildFiles(t, map[string][]byte{
		"live.md": md("2010-01-13", "Ledger", "A strong earthquake hit the capital. 1555 Aid agencies say they are mobilising teams. "+
			"1640 Hundreds of people are feared trapped under a collapsed hospital. "+
			"1650 UK Prime Minister Gordon Brown says aid is on its way. "+ // "UK" opens the entry: no "1650 UK" clock
			"1705 The 2008 quake in China killed 70,000 people on May 12, officials recall. "+
			"1730 Rescuers arrived at the airport on Tuesday, the ministry said."),
	})
	for _, e := range tl.Events {
		// Read as years, the entry times would be 1555 to 1730.
		if e.Time.Value.Type == timex.Time || e.Time.Start.Year() < 2000 {
			t.Errorf("event %q (%s) is made of an entry time", e.Title, e.Time.Value)
		}
	}
	if got := find(tl, "rescuers"); len(got) != 1 || got[0].Time.Value.String() != "2010-01-12" {
		t.Errorf("the entry's own date is lost: %q", titles(tl))
	}
}

// commentAfter is commentHeader, tried on less of the text.
func FuzzCommentAfter(f *testing.F) {
	for _, s := range []string{", Nikolas wrote: great", " Jo Bloggs wrote : yes", "Jo wrote", " the minister wrote: no. Then", ", a b c d wrote:", "; x wrote:", " x.y wrote:", " wrote wrote:", ""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := commentAfter(s), commentHeader.MatchString(s); got != want {
			t.Errorf("commentAfter(%q) = %v, the pattern says %v", s, got, want)
		}
	})
}

// In scraped text each line is a paragraph: a dateline line needs no
// blank lines around it.
func TestDatelineLineInScrapedText(t *testing.T) {
	text := "Flood crews reach town\nUpdated 10:42 a.m. ET, June 9, 2008\nThe river rose on Sunday."
	ms := temporal.MustNew().Tag(text, time.Date(2008, 6, 9, 0, 0, 0, 0, time.UTC))
	var got []string
	for i, s := range stamps(text, nil, ms, true) {
		if s {
			got = append(got, ms[i].Text)
		}
	}
	if want := "10:42 a.m. ET, June 9, 2008"; strings.Join(got, "|") != want {
		t.Errorf("stamps %q, want %q", got, want)
	}
}

// TestWireHeaderStamps reads wire copy whose header is glued to the story:
// the times in the header (the page's stamp, the dateline's day) are
// stamps and make no event; the story's own day does.
func TestWireHeaderStamps(t *testing.T) {
	src := "Ferries halt\n\nLIMA, May 3 | Sun May 3, 2009 9:40 pm EDT LIMA, May 3 (Reuters) - Port workers walked out on Saturday, the union said.\n"
	a, err := article.NewReader(time.UTC).Parse("2009-05-03-wire.txt", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	ms := temporal.MustNew().Tag(a.TagText(), time.Date(2009, 5, 3, 12, 0, 0, 0, time.UTC))
	var stamped, told []string
	for i, s := range stampsOf(a, ms) {
		if s {
			stamped = append(stamped, a.Body[ms[i].Start:ms[i].End])
		} else {
			told = append(told, a.Body[ms[i].Start:ms[i].End])
		}
	}
	if len(stamped) == 0 || strings.Join(told, "|") != "Saturday" {
		t.Errorf("stamps %q, others %q: want the header's times stamps and only Saturday told", stamped, told)
	}
	tl, _ := NewBuilder(Options{}).Build(context.Background(), []*Doc{{Article: a, Mentions: ms}})
	for _, e := range tl.Events {
		if e.Time.Start.Day() == 3 {
			t.Errorf("the header's day made an event: %q", e.Title)
		}
	}
}
