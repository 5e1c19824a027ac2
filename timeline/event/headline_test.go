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
		// What commas set off in the subject goes before the predicate
		// (TestSubjectAppositive).
		{`The jet, the world's largest passenger plane, was set to land in the United States after a test flight`, `The jet was set to land in the United States after a test flight`},
		{`The airline, which is the third largest in the country, signed the agreement in Paris`, `The airline signed the agreement in Paris`},
		{`Jane Roe, 38, from a suburb of the city, was named as the first person to die of the virus`, `Jane Roe was named as the first person to die of the virus`},
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

// TestSubjectAppositive: what commas set off in a title's subject goes
// when an auxiliary or a past verb follows it, and only then.
func TestSubjectAppositive(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{`The jet, the world's largest passenger plane, was set to land`, `The jet was set to land`},
		{`Boeing's newest aircraft, the 787 "Dreamliner", made its first test flight`, `Boeing's newest aircraft made its first test flight`},
		{`Jane Roe, 38, from a suburb of the city, was named`, `Jane Roe was named`},
		// A sentence adverb, a lead-in or a participle opens no subject.
		{`Likewise, other factors, such as job losses, could make it difficult`, ``},
		{`In Paris, the minister, visibly tired, said the talks would go on`, ``},
		{`Joined by three friends, Jane Roe, a singer, released an album`, ``},
		// A name in apposition stays: it is what the title must keep.
		{`The low-cost airline, Ryanair, announced that it is exercising its options`, ``},
		{`Their creative core, Cedric and Omar, were part of the band`, ``},
		{`The first movement, Mars, the Bringer of War, was conceived before the war`, ``},
		// Before a determiner's phrase set off with more, the words before
		// the first comma lead in.
		{`Like its rival, the airline, which is based in Dublin, was fined`, ``},
		{`Unable to land, the jet, a giant of the skies, was diverted to Paris`, ``},
		// A list of names is the subject itself.
		{`The Edge, Bono and Jay-Z, along with Rihanna, are due to appear`, ``},
		// The subject's own verb comes before the commas.
		{`The prime minister took the helm, when his predecessor, a veteran, retired`, ``},
		// A participle with its agent modifies what stands before it: the
		// predicate is after it, or nowhere.
		{`The mayor, head of the committee, chaired by the minister, met the press`, `The mayor met the press`},
		{`The mayor, who will join the committee, chaired by the minister`, ``},
	} {
		want := c.want
		if want == "" {
			want = c.in
		}
		if got := strings.Join(dropSubjectAppositive(strings.Fields(c.in)), " "); got != want {
			t.Errorf("dropSubjectAppositive(%q) = %q, want %q", c.in, got, want)
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
