package event

import "testing"

// TestReaderCalls runs every entry's examples: the sentence addressed to
// the reader is taken, the news sentence like it is not, and neither
// makes a card when it is the only thing an article dates.
func TestReaderCalls(t *testing.T) {
	for _, c := range readerCalls {
		if !callsReader(c.example) {
			t.Errorf("%q: %q is not taken as a call to the reader", c.openings[0], c.example)
		}
		if callsReader(c.unlike) {
			t.Errorf("%q: %q is taken as a call to the reader", c.openings[0], c.unlike)
		}
		tl, _ := buildFiles(t, map[string][]byte{"a.md": md("2014-12-17", "Ledger", c.example+"\n\n"+c.unlike)})
		for _, e := range tl.Events {
			for _, s := range e.Sources {
				if callsReader(s.Text) {
					t.Errorf("%q: a card on %s tells %q", c.openings[0], e.Time.Value, s.Text)
				}
			}
		}
	}
}
