package timeml

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

const gold = `<?xml version="1.0" ?>
<TimeML>
<DOCID>X1</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="2014-12-17" temporalFunction="false" functionInDocument="CREATION_TIME">12/17/2014</TIMEX3></DCT>
<TEXT>
Officials said on <TIMEX3 tid="t1" type="DATE" value="2014-12-16">Tuesday</TIMEX3> that AT&amp;T would report <TIMEX3 tid="t2" type="DURATION" value="P2D" mod="APPROX">about two days</TIMEX3> later.
</TEXT>
</TimeML>
`

func TestParse(t *testing.T) {
	d, err := Parse("x.tml", []byte(gold))
	if err != nil {
		t.Fatal(err)
	}
	if d.DCT.Format("2006-01-02") != "2014-12-17" {
		t.Errorf("DCT %v", d.DCT)
	}
	if len(d.Timexes) != 2 {
		t.Fatalf("timexes %+v", d.Timexes)
	}
	a, b := d.Timexes[0], d.Timexes[1]
	if a.Text != "Tuesday" || d.Text[a.Start:a.End] != "Tuesday" || a.Value != "2014-12-16" || a.Type != "DATE" {
		t.Errorf("first %+v", a)
	}
	if b.Text != "about two days" || b.Mod != "APPROX" || !strings.Contains(d.Text, "AT&T") {
		t.Errorf("second %+v, text %q", b, d.Text)
	}
}

// TestParseEvents: EVENT spans in the text, with their first
// MAKEINSTANCE's tense, polarity and modality (instances stand after
// TEXT, and one event may have two).
func TestParseEvents(t *testing.T) {
	const doc = `<TimeML>
<DCT><TIMEX3 tid="t0" type="DATE" value="1998-02-12" functionInDocument="CREATION_TIME">02/12/1998</TIMEX3></DCT>
<TEXT>
The talks did not <EVENT eid="e1" class="OCCURRENCE">resume</EVENT> and may <EVENT eid="e2" class="OCCURRENCE">collapse</EVENT> on <TIMEX3 tid="t1" type="DATE" value="1998-02-13">Friday</TIMEX3>; a <EVENT eid="e3" class="OCCURRENCE">vote</EVENT/> none.
</TEXT>
<MAKEINSTANCE eventID="e2" eiid="ei2" tense="NONE" aspect="NONE" polarity="POS" pos="VERB" modality="MAY"/>
<MAKEINSTANCE eventID="e1" eiid="ei1" tense="PAST" aspect="NONE" polarity="NEG" pos="VERB"/>
<MAKEINSTANCE eventID="e1" eiid="ei9" tense="PRESENT" aspect="NONE" polarity="POS" pos="VERB"/>
</TimeML>
`
	d, err := Parse("e.tml", []byte(doc))
	if err != nil {
		t.Fatal(err)
	}
	want := []Event{
		{EID: "e1", Class: "OCCURRENCE", Text: "resume", Tense: "PAST", Aspect: "NONE", Polarity: "NEG", POS: "VERB"},
		{EID: "e2", Class: "OCCURRENCE", Text: "collapse", Tense: "NONE", Aspect: "NONE", Polarity: "POS", POS: "VERB", Modality: "may"},
	}
	if len(d.Events) != len(want) {
		t.Fatalf("events %+v, want %d", d.Events, len(want))
	}
	for i, w := range want {
		g := d.Events[i]
		if d.Text[g.Start:g.End] != g.Text {
			t.Errorf("event %s: span %q, text %q", g.EID, d.Text[g.Start:g.End], g.Text)
		}
		g.Start, g.End = 0, 0
		if g != w {
			t.Errorf("event %d = %+v, want %+v", i, g, w)
		}
	}
	if _, err := Parse("bad.tml", []byte(strings.Replace(doc, `<EVENT eid="e1" class="OCCURRENCE">`, "", 1))); err == nil || !strings.Contains(err.Error(), "</EVENT> without <EVENT>") {
		t.Errorf("a stray </EVENT>: %v", err)
	}
}

// TestAnnotateKeepsText: annotating input-form TimeML keeps every byte of
// the input outside the inserted tags, escapes included.
func TestAnnotateKeepsText(t *testing.T) {
	in := strings.NewReplacer(`<TIMEX3 tid="t1" type="DATE" value="2014-12-16">`, "", `<TIMEX3 tid="t2" type="DURATION" value="P2D" mod="APPROX">`, "").Replace(gold)
	in = strings.Replace(in, "</TIMEX3> that", " that", 1)
	in = strings.Replace(in, "</TIMEX3> later", " later", 1)
	d, err := Parse("in.tml", []byte(in))
	if err != nil {
		t.Fatal(err)
	}
	if len(d.Timexes) != 0 {
		t.Fatalf("input form has timexes: %+v", d.Timexes)
	}
	at := strings.Index(d.Text, "Tuesday")
	amp := strings.Index(d.Text, "would")
	out := string(d.Annotate([]Timex{
		{Start: at, End: at + 7, Type: "DATE", Value: "2014-12-16"},
		{Start: at, End: at + 3, Type: "DATE", Value: "overlaps, dropped"},
		{Start: amp - 5, End: amp - 1, Type: "DATE", Value: "X&Y"},
	}))
	if !strings.Contains(out, `<TIMEX3 tid="t1" type="DATE" value="2014-12-16">Tuesday</TIMEX3>`) {
		t.Errorf("no Tuesday tag:\n%s", out)
	}
	if !strings.Contains(out, `<TIMEX3 tid="t2" type="DATE" value="X&amp;Y">AT&amp;T</TIMEX3>`) {
		t.Errorf("the span over an entity is wrong:\n%s", out)
	}
	if strings.Contains(out, "overlaps") {
		t.Error("an overlapping timex was written")
	}
	stripped := strings.NewReplacer(`<TIMEX3 tid="t1" type="DATE" value="2014-12-16">`, "", `<TIMEX3 tid="t2" type="DATE" value="X&amp;Y">`, "", "</TIMEX3>", "").Replace(out)
	if stripped != strings.ReplaceAll(in, "</TIMEX3>", "") {
		t.Errorf("text changed:\n%s\nwant\n%s", stripped, in)
	}
	// The output reads back with the same spans.
	back, err := Parse("out.tml", []byte(out))
	if err != nil || len(back.Timexes) != 2 || back.Timexes[1].Text != "AT&T" {
		t.Errorf("read back: %+v %v", back.Timexes, err)
	}
}

func TestParseErrors(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"<TimeML><TEXT>x</TEXT></TimeML>", "x.tml:1: no <DCT> element: the document creation time is needed to resolve dates"},
		{"<DCT><TIMEX3 value=\"soon\">x</TIMEX3></DCT><TEXT>x</TEXT>", `x.tml:1: DCT value "soon": not a date`},
		{"<DCT><TIMEX3 value=\"2014-12-17\">x</TIMEX3></DCT>\n<TEXT>\nline\n<TIMEX3 value=\"x\">open\n</TEXT>", "x.tml:4: <TIMEX3> is never closed"},
		{"<DCT><TIMEX3 value=\"2014-12-17\">x</TIMEX3></DCT>\n<TEXT>\n</TIMEX3>\n</TEXT>", "x.tml:3: </TIMEX3> without <TIMEX3>"},
		{"<DCT><TIMEX3 value=\"2014-12-17\">x</TIMEX3></DCT><TEXT>unclosed", "x.tml:1: <TEXT> is never closed"},
	} {
		_, err := Parse("x.tml", []byte(tt.in))
		if err == nil || err.Error() != tt.want {
			t.Errorf("Parse(%q) error %v, want %s", tt.in, err, tt.want)
		}
	}
}

func TestScorer(t *testing.T) {
	g := []Timex{{Start: 0, End: 7, Type: "DATE", Value: "2014-12-16"}, {Start: 20, End: 34, Type: "DURATION", Value: "P2D"}}
	perfect, _ := Compare(g, g)
	if _, _, f := perfect.Strict(); f != 1 || perfect.ValueF1() != 1 {
		t.Errorf("perfect system: %+v", perfect)
	}
	empty, probs := Compare(g, nil)
	if _, _, f := empty.Relaxed(); f != 0 || empty.ValueF1() != 0 || len(probs) != 2 || probs[0].Kind != "missed" {
		t.Errorf("empty system: %+v %v", empty, probs)
	}
	// One exact with the right value, one overlapping with a wrong value,
	// one spurious: strict P 1/3 R 1/2, relaxed P 2/3 R 1, value acc 1/2.
	sys := []Timex{{Start: 0, End: 7, Type: "DATE", Value: "2014-12-16"}, {Start: 26, End: 34, Type: "DURATION", Value: "PXD"}, {Start: 40, End: 45, Type: "DATE", Value: "2014"}}
	s, probs := Compare(g, sys)
	sp, sr, _ := s.Strict()
	rp, rr, rf := s.Relaxed()
	if !near(sp, 1.0/3) || !near(sr, 0.5) || !near(rp, 2.0/3) || !near(rr, 1) || !near(s.ValueAccuracy(), 0.5) || !near(s.ValueF1(), rf*0.5) {
		t.Errorf("scores %+v", s)
	}
	kinds := map[string]int{}
	for _, p := range probs {
		kinds[p.Kind]++
	}
	if kinds["span"] != 1 || kinds["value"] != 1 || kinds["spurious"] != 1 {
		t.Errorf("problems %v", kinds)
	}
}

func near(a, b float64) bool { return a-b < 1e-9 && b-a < 1e-9 }

func FuzzParse(f *testing.F) {
	f.Add(gold)
	f.Add("<DCT><TIMEX3 value=\"2014-12-17\"/></DCT><TEXT>a &amp; b <TIMEX3 type=\"DATE\">c</TIMEX3></TEXT>")
	f.Add("<DCT>\n<TEXT><<<&&&;</TEXT>")
	f.Fuzz(func(t *testing.T, in string) {
		d, err := Parse("f.tml", []byte(in))
		if err != nil {
			return
		}
		for _, x := range d.Timexes {
			if x.Start < 0 || x.End < x.Start || x.End > len(d.Text) || d.Text[x.Start:x.End] != x.Text {
				t.Fatalf("bad timex %+v in %q", x, d.Text)
			}
		}
		// Annotating any spans keeps the document parseable.
		var tx []Timex
		if len(d.Text) > 2 {
			tx = append(tx, Timex{Start: 0, End: len(d.Text) / 2, Type: "DATE", Value: "2014"})
		}
		if _, err := Parse("g.tml", d.Annotate(tx)); err != nil && len(d.Timexes) == 0 {
			t.Fatalf("annotated output does not parse: %v", err)
		}
	})
}

// TestReadAll: every document a pattern matches, in path order; a bad one
// is an error naming its file; none is no error.
func TestReadAll(t *testing.T) {
	dir := t.TempDir()
	for _, n := range []string{"b.tml", "a.tml"} {
		if err := os.WriteFile(filepath.Join(dir, n), []byte(gold), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	docs, err := ReadAll(filepath.Join(dir, "*.tml"))
	if err != nil || len(docs) != 2 || filepath.Base(docs[0].Name) != "a.tml" || len(docs[1].Timexes) != 2 {
		t.Fatalf("ReadAll: %d docs, %v", len(docs), err)
	}
	if docs, err := ReadAll(filepath.Join(dir, "*.none")); err != nil || len(docs) != 0 {
		t.Errorf("no match: %d docs, %v", len(docs), err)
	}
	os.WriteFile(filepath.Join(dir, "c.tml"), []byte("<TimeML><TEXT>x</TEXT></TimeML>"), 0o644)
	if _, err := ReadAll(filepath.Join(dir, "*.tml")); err == nil || !strings.Contains(err.Error(), "c.tml") {
		t.Errorf("a document without a DCT: %v", err)
	}
}
