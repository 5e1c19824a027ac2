package event

import (
	"testing"

	"github.com/newsroom/timeline/timeline/temporal"
)

// TestRoutine: a time of day in a sentence that names a recurrence dates
// no source; one in a sentence without dates its happening.
func TestRoutine(t *testing.T) {
	x := newExtractor()
	tg := temporal.MustNew()
	for _, c := range []struct {
		in     string
		source bool
	}{
		{"The service broadcasts daily in Creole at [0910 local time].", false},
		{"The show airs every Sunday at [9 p.m.], the network said.", false},
		{"Ferries leave twice a day, the first at [6 a.m.]", false},
		{"The ferry left at [6 a.m.] and sank an hour later.", true},
		// A set elsewhere in the sentence does not make a dated day a routine.
		{"Protesters, who have marched daily, met the mayor on [Monday].", true},
		// Nor a time that names its own day: the ferry's sinking is Monday's.
		{"The ferry, which sails twice a day, sank at [6 a.m. on Monday].", true},
	} {
		d, marked, problem := exampleDoc(tg, c.in)
		if marked == nil {
			t.Errorf("%q: %s", c.in, problem)
			continue
		}
		got := false
		for _, s := range x.sourcesOf(d) {
			got = got || s.Mention.Start == marked.Start
		}
		if got != c.source {
			t.Errorf("%q: a source %v, want %v", c.in, got, c.source)
		}
	}
}
