package event

import (
	"strings"
	"testing"
)

// TestBoundaries runs each boundary's own example: a clause too long for
// a headline ends before that word.
func TestBoundaries(t *testing.T) {
	for _, b := range boundaries {
		if got := headline(b.example); got != b.want {
			t.Errorf("%q: headline(%q) = %q, want %q", b.word, b.example, got, b.want)
		}
	}
}

// TestGovernments runs each government's own example: the headline
// keeps the phrase the verb governs.
func TestGovernments(t *testing.T) {
	for _, g := range governments {
		if got := headline(g.example); got != g.want {
			t.Errorf("%q: headline(%q) = %q, want %q", g.prep, g.example, got, g.want)
		}
	}
}

// TestHeadline: asides, quotes, markup and dangling words.
func TestHeadline(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{`As the philosopher (echoing an older one) put it, the rains came`, `As the philosopher put it, the rains came`},
		{`Across the square from the palace is - or was - the cathedral`, `Across the square from the palace is the cathedral`},
		{`" I worked in the capital for five years`, `"I worked in the capital for five years"`},
		{`Sony Pictures called off the December 25th opening of "The Interview," its comedy about a plot to kill a leader`, `Sony Pictures called off the December 25th opening of "The Interview"`},
		{`the **opening** of [the film](http://x.test/a) was delayed`, `The opening of the film was delayed`},
		{`attacks," the hackers wrote`, `Attacks, the hackers wrote`},
		{`The talks would`, `The talks`},
		{`Prices rose.`, `Prices rose`},
		// A long subject's relative clause goes before the predicate is cut.
		{`The hackers who broke into the studio's network had warned that cinemas screening the film would face attacks`, `The hackers had warned that cinemas screening the film would face attacks`},
		{`The man who was arrested at the harbor gate on the first day of the strike has been charged with arson`, `The man who was arrested at the harbor gate on the first day`},
		{`She asked who broke into the studio's network and whether the cinemas screening the film would face attacks`, `She asked who broke into the studio's network`},
		{`Anyone who thinks they can will probably end up looking like one of those scientists on the television`, `Anyone who thinks they can will probably end up looking like one`},
		{`The WHO will be able to send candidate viruses to drug companies to be tested in the spring`, `The WHO will be able to send candidate viruses to drug companies`},
		// Brackets a cut or a list left open.
		{`3) Are any records kept of the toll keepers`, `Are any records kept of the toll keepers`},
		{`Edwards came from Wales in 1850 to settle the farm (his brother stayed`, `Edwards came from Wales in 1850 to settle the farm`},
		{`The mayor met the leaders of the city council of the (newly elected`, `The mayor met the leaders of the city council`},
		{`The rains (at last came`, `The rains at last came`}, // closed, the next pass would drop it
		{`1833) the mill burned down in the night`, `1833 the mill burned down in the night`},
		{`one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen`, `One two three four five six seven eight nine ten eleven twelve thirteen fourteen`},
	} {
		if got := headline(c.in); got != c.want {
			t.Errorf("headline(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

// TestHeadlineLinear: a clause of a hundred thousand words costs no more
// per word than a short one (the budget is generous; quadratic work
// would need minutes).
func TestHeadlineLinear(t *testing.T) {
	long := strings.Repeat("on Jan. 3 the river rose and ", 100000)
	if got := headline(long); len(strings.Fields(got)) > maxHeadWords {
		t.Errorf("headline of a long clause has %d words", len(strings.Fields(got)))
	}
}
