package article

import (
	"regexp"
	"strings"
	"testing"
)

// TestWireParts checks each part of a wire header against its own
// examples: each must be matched whole.
func TestWireParts(t *testing.T) {
	for _, p := range wireParts {
		re := regexp.MustCompile(`^(?:` + p.pattern + `)$`)
		if len(p.examples) == 0 {
			t.Errorf("%s: no examples", p.name)
		}
		for _, ex := range p.examples {
			if !re.MatchString(ex) {
				t.Errorf("%s: %q does not match %s", p.name, ex, p.pattern)
			}
		}
	}
}

// TestWireHeadersHidden reads wire copy saved as Markdown, scraped text
// and a web page: the reader's view hides the byline, the page stamp and
// the dateline, so the first sentence starts at the story, while Body (the
// article page's text) keeps them and the header stays a span of Body.
func TestWireHeadersHidden(t *testing.T) {
	r := NewReader(nil)
	for _, tc := range []struct {
		name, file, src, first, head string
	}{
		{"byline, place, stamp and dateline", "a.md",
			"---\ntitle: T\n---\nBy Jane Roe, Health Editor BOSTON | Tue Mar 3, 2009 4:23 pm EST BOSTON (Reuters) - The agency said on Monday that two labs had closed.\n\nMore followed.\n",
			"The agency said on Monday that two labs had closed.",
			"By Jane Roe, Health Editor BOSTON | Tue Mar 3, 2009 4:23 pm EST BOSTON (Reuters) -"},
		{"stamp and bare agency, with emphasis after", "a.md",
			"---\ntitle: T\n---\nSat Nov 14, 2015 11:02 am GMT (Reuters) - Ferries **stopped** on Friday.\n",
			"Ferries stopped on Friday.", "Sat Nov 14, 2015 11:02 am GMT (Reuters) -"},
		{"city, region and an AP dash, in scraped text", "a.txt",
			"Ferry strike\n\nCAIRO, Egypt (AP) — Port workers walked out on Sunday.\n",
			"Port workers walked out on Sunday.", "CAIRO, Egypt (AP) —"},
		{"city and day, AFP", "a.txt",
			"Ferry strike\n\nGENEVA, Oct 2 (AFP) - Talks resumed in the morning.\n",
			"Talks resumed in the morning.", "GENEVA, Oct 2 (AFP) -"},
		{"a headline and bullets before the dateline are furniture too", "a.md",
			"---\ntitle: T\n---\nPorts reopen \\* Crews clear the docks By Ann Roe and Li Wei LIMA, May 3 (Reuters) - Ships left the harbor on Sunday.\n",
			"Ships left the harbor on Sunday.", "Ports reopen \\* Crews clear the docks By Ann Roe and Li Wei LIMA, May 3 (Reuters) -"},
		{"a labelled page stamp", "a.txt",
			"Dam holds\n\nPage last updated at 10:05 GMT, Friday, 4 March 2011 The dam held through the night.\n",
			"The dam held through the night.", "Page last updated at 10:05 GMT, Friday, 4 March 2011"},
		{"a dateline without its dash, alone on its line", "a.txt",
			"Flu notes\n\nLONDON (Reuters Life!)\nDoctors are worried about the new virus.\n",
			"Doctors are worried about the new virus.", "LONDON (Reuters Life!)"},
		{"a blog post's writer and stamp", "a.txt",
			"Flu notes\n\nJane Roe | 18:00 UK time, Saturday, 25 April 2009 Doctors are worried about the new virus.\n",
			"Doctors are worried about the new virus.", "Jane Roe | 18:00 UK time, Saturday, 25 April 2009"},
		{"a byline alone on its line", "a.md",
			"---\ntitle: T\n---\nBy Tom O'Hare\n\nThe council met on Tuesday.\n",
			"The council met on Tuesday.", "By Tom O'Hare"},
		{"a web page", "a.html",
			"<html><head><title>T</title></head><body><article><p>ATLANTA, Georgia (CNN) -- Storms cut power to thousands on Monday night, officials said.</p><p>Crews worked through the night to restore it.</p></article></body></html>",
			"Storms cut power to thousands on Monday night, officials said.", "ATLANTA, Georgia (CNN) --"},
	} {
		a, err := r.Parse(tc.file, []byte(tc.src))
		if err != nil {
			t.Fatal(err)
		}
		if len(a.Sentences) == 0 {
			t.Fatalf("%s: no sentences", tc.name)
		}
		if got := a.Plain(a.Sentences[0].Start, a.Sentences[0].End); got != tc.first {
			t.Errorf("%s: first sentence %q, want %q", tc.name, got, tc.first)
		}
		heads := a.WireHeaders()
		if len(heads) != 1 || a.Body[heads[0].Start:heads[0].End] != tc.head {
			var got []string
			for _, h := range heads {
				got = append(got, a.Body[h.Start:h.End])
			}
			t.Errorf("%s: wire headers %q, want [%q]", tc.name, got, tc.head)
		}
		if !strings.Contains(a.Body, tc.head) || len(a.Visible()) != len(a.Body) || len(a.TagText()) != len(a.Body) {
			t.Errorf("%s: the body lost the header or the view's length differs from it", tc.name)
		}
		if !strings.Contains(a.TagText(), tc.head) {
			t.Errorf("%s: the text tagged for times lost the header (its stamp must still be found)", tc.name)
		}
	}
}

// TestWireHeadersNotInProse checks sentences that look like parts of a
// header but are the story itself: they stay in the view.
func TestWireHeadersNotInProse(t *testing.T) {
	for _, body := range []string{
		"By Monday, officials said, the ferries would sail again.\n",
		"The regulator (Ofgem) - which sets prices - said on Tuesday it would act.\n",
		"Officials met in Geneva on Tue Mar 3, 2009 4:23 pm EST to sign the deal.\n",
		"Voters in BOSTON | and elsewhere went to the polls.\n",
		// A bracket closing a paragraph of prose is no dateline without its dash.
		"By Friday, rescue teams had reached the coast near LIMA (Peru)\n",
		"Asked about the deal, he said: talk to IBM (IBM.N)\n",
	} {
		if h := wireHeaders(body); len(h) != 0 {
			t.Errorf("%q: wire header %q found in prose", body, body[h[0].Start:h[0].End])
		}
	}
}

// TestTagTextHidesMarkup checks that the text tagged for times is the
// reader's: a date in a link's address or an HTML attribute is blank, the
// words around it keep their offsets.
func TestTagTextHidesMarkup(t *testing.T) {
	a, err := NewReader(nil).Parse("a.md", []byte("---\ntitle: T\n---\nSee [the ruling](https://example.org/2009-03-04/ruling) and <span title=\"June 5, 2010\">the vote</span> on Friday.\n"))
	if err != nil {
		t.Fatal(err)
	}
	tt := a.TagText()
	if len(tt) != len(a.Body) {
		t.Fatalf("TagText is %d bytes, Body %d", len(tt), len(a.Body))
	}
	for _, hidden := range []string{"2009-03-04", "June 5, 2010"} {
		if strings.Contains(tt, hidden) {
			t.Errorf("TagText keeps %q, which a reader does not see", hidden)
		}
	}
	if i := strings.Index(a.Body, "Friday"); tt[i:i+len("Friday")] != "Friday" {
		t.Errorf("TagText moved the prose: %q", tt)
	}
}

// FuzzWireHeaders checks that any body's wire headers are spans of it, in
// order, apart, and trimmed, and that the view hiding them keeps Body's
// length.
func FuzzWireHeaders(f *testing.F) {
	for _, s := range []string{"By Ann Roe OSLO | Mon May 4, 2009 1:02 pm EDT OSLO (Reuters) - Ships sailed.",
		"Page last updated at 10:05 GMT, Friday, 4 March 2011 x", "(AP) — a\nBy Li Wei\n", "GENEVA, Oct 2 (AFP) -"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, body string) {
		last := 0
		for _, h := range wireHeaders(body) {
			if h.Start < last || h.End <= h.Start || h.End > len(body) {
				t.Fatalf("header %v out of order or out of the body (%d bytes)", h, len(body))
			}
			if c := body[h.Start]; c == ' ' || c == '\n' || c == '\t' {
				t.Fatalf("header %q not trimmed", body[h.Start:h.End])
			}
			last = h.End
		}
		a := &Article{Body: body, Format: Text}
		a.RestoreView()
		if len(a.Visible()) != len(body) || len(a.TagText()) != len(body) {
			t.Fatalf("view %d, tag text %d, body %d bytes", len(a.Visible()), len(a.TagText()), len(body))
		}
	})
}
