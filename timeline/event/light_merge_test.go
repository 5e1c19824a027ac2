package event

import "testing"

// TestLightClauseCards: an article that tells one calling off three
// times, twice inside light clauses ("came on the same day that …", "the
// final setback came on Wednesday when …"), and another outlet that
// tells it plainly give one cancelled card citing both, titled by the
// happening, not by "The news came". A report of the same day that the
// writer tells as done (not called off) stays a card of its own.
func TestLightClauseCards(t *testing.T) {
	tl, _ := buildFiles(t, map[string][]byte{
		"a.md": md("2021-03-10", "Ledger",
			"The news of the leak came on the same day the festival decided to cancel the harbour concert. "+
				"The final setback came Wednesday when the organisers canceled the harbour concert by the old lighthouse, which had sold out weeks ago. "+
				"The organisers went further late Wednesday, saying they had no plans for another concert this year."),
		"b.md": md("2021-03-10", "Courier", "On Wednesday, the festival officially canceled its April 4 harbour concert."),
	})
	var cancelled []*Event
	for _, e := range tl.Events {
		if e.Status == StatusCancelled {
			cancelled = append(cancelled, e)
		}
		if len(e.Title) >= 8 && e.Title[:8] == "The news" || len(e.Title) >= 9 && e.Title[:9] == "The final" {
			t.Errorf("a light clause titles a card: %q", e.Title)
		}
	}
	if len(cancelled) != 1 {
		t.Fatalf("want one cancelled card, got %d: %q", len(cancelled), titles(tl))
	}
	docs := map[*Doc]bool{}
	for _, s := range cancelled[0].Sources {
		docs[s.Doc] = true
	}
	if len(docs) != 2 {
		t.Errorf("the cancelled card %q cites %d articles, want 2", cancelled[0].Title, len(docs))
	}
	if len(tl.Events) < 2 {
		t.Errorf("the organisers' further statement joined the calling off: %q", titles(tl))
	}
}
