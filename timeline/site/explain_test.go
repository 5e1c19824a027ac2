package site

import (
	"strings"
	"testing"
	"time"

	"github.com/newsroom/timeline/timeline/article"
	"github.com/newsroom/timeline/timeline/temporal"
)

// TestReaderExplain: how a date was read, in words, for the mention of
// expr in text, against a dateline of Wed. Dec. 17, 2014.
func TestReaderExplain(t *testing.T) {
	tg := temporal.MustNew()
	dct := time.Date(2014, 12, 17, 0, 0, 0, 0, time.UTC)
	a := &article.Article{Anchor: article.Anchor{Time: dct, Source: article.FromDateline}}
	for _, c := range []struct{ text, expr, want string }{
		{"The FBI warned theaters on Tuesday.", "Tuesday",
			"Tuesday → Tue. Dec. 16, 2014: the Tuesday before this article's dateline (Wed. Dec. 17, 2014), because the verb is in the past tense"},
		{"The studio will release the film on Friday.", "Friday",
			"Friday → Fri. Dec. 19, 2014: the Friday after this article's dateline (Wed. Dec. 17, 2014), because the verb is in the future tense"},
		{"Talks lasted two days.", "two days", "two days → a length of time, 2 days, not a date"},
		{"The film premiered on December 11, 2014.", "December 11, 2014", "December 11, 2014 → Thu. Dec. 11, 2014: the date as written"},
	} {
		var got string
		for _, m := range tg.Tag(c.text, dct) {
			if m.Text == c.expr {
				got = readerExplain(a, m)
			}
		}
		if got != c.want {
			t.Errorf("%q: %q\nwant %q", c.text, got, c.want)
		}
		if strings.Contains(got, "DURATION") || strings.Contains(got, "rule") {
			t.Errorf("%q: technical words in %q", c.text, got)
		}
	}
}
