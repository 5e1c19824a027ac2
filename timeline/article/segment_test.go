package article

import (
	"strings"
	"testing"
)

// Each case lists the sentences a text must split into, joined by " | ".
func TestSegmenter(t *testing.T) {
	tests := []string{
		"U.S. officials spoke on Tuesday. | The studio declined to comment.",
		"The film was due out on Dec. 25. | The theaters dropped it.",
		"Mr. Smith met Ms. Jones at noon. | They talked.",
		"He blamed N. Korea for the attack. | Officials agreed.",
		"Sony Corp.'s U.S. unit canceled the release. | It gave no reason.",
		"The post went up at 11:29 p.m. | The studio was silent.",
		"The meeting is at 9 a.m. Wednesday in Washington.",
		"Shares of Apple Inc. rose 3 percent. | Analysts were pleased.",
		"Sen. Feinstein said the hack was serious. | She urged calm.",
		"Gen. Clapper briefed the committee.",
		"The company moved to the U.S. in 1998. | It grew quickly.",
		"The U.S. government is investigating.",
		"It happened on Jan. 7. | He blamed N. Korea.",
		"He said, \"We are investigating.\" | Then he left.",
		"\"Is it serious?\" he asked. | Nobody answered.",
		"\"It's official: I'm hosting!\" DeGeneres tweeted on Friday. | Fans cheered.",
		"\"Why now?\" Senate Majority Leader Harry Reid asked. | Nobody answered.",
		"\"Who knew?\" Jane Roe wrote. | \"Not me!\" John F. Kennedy Jr. said.",
		"\"We won!\" Jean-Pierre O'Brien said. | Fans cheered.",
		"\"Why now?\" Jim O’Hare asked. | Nobody answered.",
		"\"Stop!\" | Police Chief Ann Lee then ordered the crowd back.",
		"\"Go!\" | The Crowd Ran.",
		"What happened? | Nobody knows.",
		"Stop! | Think again.",
		"Prices rose 2.5 percent. | Bonds fell.",
		"The No. 1 chain pulled the film.",
		"Dr. Evans of St. Louis testified. | The panel listened.",
		"John F. Kennedy was shot in 1963. | The nation mourned.",
		"The F.B.I. said there was no link. | That changed.",
		"It is worth $1.5 billion. | That is a lot.",
		"They met at 4 p.m. on Friday. | Talks failed.",
		"The firm, Sony Pictures Entertainment Inc., declined to comment.",
		"Rogan et al. wrote the script.",
		"Rep. King spoke first. | Gov. Brown spoke next.",
		"It was Sept. 11, 2001. | The towers fell.",
		"Officials said so on Wednesday... | The rest is unclear.",
		"The hack hit Sony Pictures.\n\nThe studio canceled the film.",
		"Headline without a period\n\nFirst sentence of the body.",
		"The studio (Sony) agreed. | The theaters (all of them) did too.",
		"He arrived in Washington, D.C. on Monday.",
		"Lt. Col. Smith and Maj. Lee led the unit.",
		"The hearing is set for May. 1, 2015, in Washington.",
	}
	// Line structure: a list of dated entries (a chronology pasted as
	// text, no full stops) is a sentence a line; a wrapped sentence goes
	// on across its line breaks, even when a line starts with a date.
	s2 := NewSegmenter()
	for text, want := range map[string][]string{
		"March 3, 2011 the board approved the plan\nMarch 9, 2011 the first shipment left\n2011-04-02 the port closed": {
			"March 3, 2011 the board approved the plan", "March 9, 2011 the first shipment left", "2011-04-02 the port closed"},
		"12 May 1998 talks opened in Geneva\n14 May 1998 talks broke down": {"12 May 1998 talks opened in Geneva", "14 May 1998 talks broke down"},
		"The council said the vote would be held on\nMarch 9, 2011, after the hearing.": {
			"The council said the vote would be held on\nMarch 9, 2011, after the hearing."},
		"Shares rose by\n25 percent in the week.": {"Shares rose by\n25 percent in the week."},
	} {
		var got []string
		for _, sen := range s2.Split(text) {
			got = append(got, text[sen.Start:sen.End])
		}
		if strings.Join(got, " | ") != strings.Join(want, " | ") {
			t.Errorf("Split(%q)\n got  %q\n want %q", text, got, want)
		}
	}
	s := NewSegmenter()
	for _, tt := range tests {
		want := strings.Split(tt, " | ")
		text := strings.Join(want, " ")
		if strings.Contains(tt, "\n\n") {
			want = strings.Split(tt, "\n\n")
			text = tt
		}
		var got []string
		for _, sen := range s.Split(text) {
			got = append(got, text[sen.Start:sen.End])
		}
		if strings.Join(got, " | ") != strings.Join(want, " | ") {
			t.Errorf("Split(%q)\n got  %q\n want %q", text, got, want)
		}
	}
}

func FuzzSegmenter(f *testing.F) {
	for _, s := range []string{"U.S. officials spoke. The end.", "Dec. 25. The", "\"Hi?\" he said.", "a\n\nb", "...", "\xff."} {
		f.Add(s)
	}
	seg := NewSegmenter()
	f.Fuzz(func(t *testing.T, text string) {
		last := 0
		for _, s := range seg.Split(text) {
			if s.Start < last || s.End <= s.Start || s.End > len(text) {
				t.Fatalf("bad span %v after %d in %q", s, last, text)
			}
			last = s.End
		}
	})
}

// A text with no full stops, its lines not dated, still ends a sentence
// at a line break once the sentence is long: no sentence runs past
// maxWrapped and a line.
func TestSegmenterBoundsWrappedSentences(t *testing.T) {
	text := strings.Repeat("the committee heard from witnesses and adjourned\n", 200)
	for _, sen := range NewSegmenter().Split(text) {
		if n := sen.End - sen.Start; n > maxWrapped+64 {
			t.Fatalf("a sentence of %d bytes in a text of short lines without full stops", n)
		}
	}
}
