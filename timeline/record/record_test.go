package record

import (
	"context"
	"testing"
	"testing/fstest"
	"time"

	"github.com/newsroom/timeline/timeline/event"
)

func extractOne(t *testing.T, name, text string) *Record {
	t.Helper()
	x, err := NewExtractor(Settings{Version: "test"})
	if err != nil {
		t.Fatal(err)
	}
	line, err := x.File(fstest.MapFS{name: {Data: []byte(text)}}, name).Marshal()
	if err != nil {
		t.Fatal(err)
	}
	r, err := Unmarshal(line)
	if err != nil {
		t.Fatal(err)
	}
	return r
}

// An article read back from its record maps every body offset to the
// file line and offset the article read from the file does.
func TestRecordKeepsLines(t *testing.T) {
	for name, text := range map[string]string{
		"a.md":  "---\ntitle: Vote\ndate: 2014-12-17\n---\nThe council voted on Wednesday.\n\nIt met again on Thursday.\n",
		"b.txt": "Vote\n\nShare this story\nDec. 17, 2014\n\nThe council voted on Wednesday.\nAdvertisement\nIt met again on Thursday.\n",
	} {
		x, _ := NewExtractor(Settings{})
		want, err := x.reader.Parse(name, []byte(text))
		if err != nil {
			t.Fatal(err)
		}
		d, err := extractOne(t, name, text).Doc()
		if err != nil {
			t.Fatal(err)
		}
		for off := 0; off <= len(want.Body); off++ {
			if g, w := d.Article.LineOf(off), want.LineOf(off); g != w {
				t.Errorf("%s: offset %d: line %d from the record, %d from the file", name, off, g, w)
			}
			if g, w := d.Article.SourceOffset(off), want.SourceOffset(off); g != w {
				t.Errorf("%s: offset %d: file offset %d from the record, %d from the file", name, off, g, w)
			}
		}
	}
}

// An article read back from its record reads as a reader sees it, as
// the article read from the file does: its Markdown is not shown.
func TestRecordKeepsWhatReadersSee(t *testing.T) {
	text := "---\ntitle: Vote\ndate: 2014-12-17\n---\nThe council **voted** on the [budget](https://example.org/b)\non Wednesday.\n"
	x, _ := NewExtractor(Settings{})
	want, err := x.reader.Parse("a.md", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	d, err := extractOne(t, "a.md", text).Doc()
	if err != nil {
		t.Fatal(err)
	}
	if d.Article.Visible() != want.Visible() {
		t.Errorf("view from the record %q, from the file %q", d.Article.Visible(), want.Visible())
	}
	s := want.Sentences[0]
	if got := d.Article.Plain(s.Start, s.End); got != "The council voted on the budget on Wednesday." {
		t.Errorf("sentence from the record %q", got)
	}
}

// Merging takes an article's candidates from its record, not from
// extracting it again: a title changed in the record is the event's.
func TestRecordCandidatesAreUsed(t *testing.T) {
	r := extractOne(t, "a.md", "---\ntitle: Vote\ndate: 2014-12-17\n---\nThe council voted on the budget on Wednesday.\n")
	if len(r.Candidates) != 1 {
		t.Fatalf("got %d candidates, want 1: %+v", len(r.Candidates), r.Candidates)
	}
	r.Candidates[0].Title = "A title only the record has"
	d, err := r.Doc()
	if err != nil {
		t.Fatal(err)
	}
	tl, _ := event.NewBuilder(event.Options{}).Build(context.Background(), []*event.Doc{d})
	if len(tl.Events) != 1 || tl.Events[0].Title != "A title only the record has" {
		t.Errorf("events %+v do not take the record's candidate", tl.Events)
	}
}

// An error record names the file and line and turns back into the error
// a build reports; an undated article's record has no candidates.
func TestRecordErrorsAndUndated(t *testing.T) {
	r := extractOne(t, "bad.md", "---\ntitle: [unclosed\n---\nBody.\n")
	if r.Error == nil || r.Article != nil {
		t.Fatalf("a bad front matter gave %+v", r)
	}
	if _, err := r.Doc(); err == nil || err.Error() != r.Err().Error() || r.Err().Error()[:7] != "bad.md:" {
		t.Errorf("Doc gives %v, Err %v", err, r.Err())
	}
	u := extractOne(t, "u.md", "---\ntitle: U\n---\nThe council voted on Wednesday.\n")
	if u.Error != nil || u.Zone != nil || len(u.Candidates) > 0 || len(u.Mentions) > 0 {
		t.Errorf("an undated article's record: %+v", u)
	}
}

// A zone goes back to the location of its name when that gives the same
// offset, else to a fixed zone that prints the same name.
func TestZoneRoundTrip(t *testing.T) {
	ny, err := time.LoadLocation("America/New_York")
	if err != nil {
		t.Skip("no time zone database:", err)
	}
	for _, tm := range []time.Time{
		time.Date(2014, 12, 17, 23, 29, 0, 0, ny),
		time.Date(2014, 7, 17, 23, 29, 0, 0, ny),
		time.Date(2014, 12, 17, 9, 15, 0, 0, time.FixedZone("EST", -5*3600)),
		time.Date(2014, 12, 17, 9, 15, 0, 0, time.FixedZone("", 5*3600+1800)),
		time.Date(2014, 12, 17, 0, 0, 0, 0, time.UTC),
	} {
		back := tm.UTC().In(zoneOf(tm).location(tm))
		if back.Format(time.RFC3339+" MST") != tm.Format(time.RFC3339+" MST") || (tm.Location() == time.UTC) != (back.Location() == time.UTC) {
			t.Errorf("%v came back as %v", tm, back)
		}
	}
}
