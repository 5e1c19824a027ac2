package site

import (
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/newsroom/timeline/timeline/article"
	"github.com/newsroom/timeline/timeline/event"
	"github.com/newsroom/timeline/timeline/temporal"
	"github.com/newsroom/timeline/timeline/timex"
)

func whySource(path, outlet, text string, day int) *event.Source {
	a := &article.Article{ID: path, Path: path + ".md", Title: "Headline", Outlet: outlet, Body: text}
	start := time.Date(2014, 12, day, 0, 0, 0, 0, time.UTC)
	tm := event.Time{Value: timex.DayOf(start), Start: start, End: start.Add(24 * time.Hour)}
	return &event.Source{Doc: &event.Doc{Article: a}, Text: text, Mention: &temporal.Mention{}, Time: tm}
}

// TestWhyLines: each outlet once, in words a reader reads, never a path,
// a score or a source compared with itself.
func TestWhyLines(t *testing.T) {
	ledger := whySource("news/ledger-1", "The Ledger", "Sony Pictures canceled the release of the comedy on Wednesday.", 17)
	srcs := []*event.Source{
		ledger,
		whySource("wire/a", "Metro Wire", "Sony Pictures pulled the comedy's release on Wednesday after threats.", 17),
		whySource("wire/b", "Metro Wire", "The studio canceled the release, Sony Pictures said.", 17),
		whySource("news/ledger-2", "The Ledger", "Sony Pictures canceled the release of the comedy.", 18),
	}
	got := whyLines(&event.Event{Sources: srcs}, srcs)
	want := []string{
		"Metro Wire (2 articles) tells it with the same words (“comedy”, “release”, “canceled”), the same names (Sony Pictures) and the same day (Wed. Dec. 17, 2014) as The Ledger.",
		"Another Ledger article tells it with the same words (“canceled”, “release”, “comedy”), the same names (Sony Pictures) and another date (Thu. Dec. 18, 2014; the first has Wed. Dec. 17, 2014) as the first.",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	for _, l := range got {
		if strings.Contains(l, ".md") || strings.Contains(l, "similarity") || strings.Contains(l, "/") {
			t.Errorf("a path or a score in %q", l)
		}
	}
	if got := whyLines(&event.Event{Sources: srcs[:1]}, srcs[:1]); got != nil {
		t.Errorf("one source explains nothing, got %q", got)
	}
}

// appendWhyFields must split every text as strings.FieldsFunc(s, wordBreak).
func FuzzWhyFields(f *testing.F) {
	for _, s := range []string{"", "The U.S. envoy's self-styled 2.5% rise", "  spaced  out ", "caf\u00e9 na\u00efve", "tab\there", "don't--stop...now", "\xff broken"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := appendWhyFields(nil, s), strings.FieldsFunc(s, wordBreak); !slices.Equal(got, want) {
			t.Errorf("appendWhyFields(nil, %q) = %q, want %q", s, got, want)
		}
	})
}

// sameText must judge every pair as its first form did: their spaced,
// lower-cased forms equal.
func FuzzSameText(f *testing.F) {
	for _, p := range [][2]string{{"The studio pulled the film.", "the  studio pulled the FILM"}, {"A b", "A b c"}, {"", " . "}, {"Straße", "STRASSE"}, {"\u212a", "k"}, {"a\u00a0b", "a b"}, {"\xff x", "\xef\xbf\xbd x"}} {
		f.Add(p[0], p[1])
	}
	f.Fuzz(func(t *testing.T, a, b string) {
		norm := func(s string) string {
			return strings.ToLower(strings.Join(strings.Fields(strings.TrimRight(s, " .")), " "))
		}
		if got, want := sameText(a, b), norm(a) == norm(b); got != want {
			t.Errorf("sameText(%q, %q) = %v, want %v", a, b, got, want)
		}
	})
}
