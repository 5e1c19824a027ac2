package event

import (
	"slices"
	"strings"
	"testing"

	"github.com/newsroom/timeline/timeline/temporal"
)

// TestRangeExamples reads each range example as the extractor does (its
// sources found, their statuses read, ranges joined) and checks what the
// two marked times give: one source running from the first to the
// second (a stretch), one at the second moved from the first (a move),
// or a source each.
func TestRangeExamples(t *testing.T) {
	x := newExtractor()
	tg := temporal.MustNew()
	for _, c := range englishRanges() {
		if len(c.Examples) == 0 {
			t.Errorf("range %q/%q has no example", c.Before, c.Joiner)
		}
		for _, ex := range c.Examples {
			text, marks := unmark(ex.In)
			if len(marks) != 2 {
				t.Errorf("range %q: example %q must mark two expressions", c.Joiner, ex.In)
				continue
			}
			d := exampleArticle(tg, text)
			var at [2]*Source
			srcs := x.rangeSources(d, x.statuses(d, x.sourcesOf(d)))
			for _, s := range srcs {
				for i, m := range marks {
					if s.Mention.Start == m[0] && s.Mention.End == m[1] {
						at[i] = s
					}
				}
			}
			second, _ := timeOf(*mentionAt(d, marks[1]), cueExampleDay)
			until, joined := Time{}.Until()
			if at[0] != nil {
				until, joined = at[0].Time.Until()
			}
			got := twoTimes
			switch {
			case joined:
				got = stretch
			case at[0] == nil && at[1] != nil && at[1].Status == StatusPostponed:
				got = move
			}
			switch {
			case got != ex.Want:
				t.Errorf("range %q: %q: read %d, want %d (sources %d)", c.Joiner, ex.In, got, ex.Want, len(srcs))
			case got == stretch && at[1] != nil:
				t.Errorf("range %q: %q: the second time still gives a source", c.Joiner, ex.In)
			case got == stretch && !strings.Contains(at[0].Mention.Rule, text[marks[1][0]:marks[1][1]]):
				t.Errorf("range %q: %q: the first time's rule %q does not name the second", c.Joiner, ex.In, at[0].Mention.Rule)
			case got == stretch && until.String() != second.Value.String():
				t.Errorf("range %q: %q: runs to %s, want %s", c.Joiner, ex.In, until, second.Value)
			case got == move:
				first, _ := timeOf(*mentionAt(d, marks[0]), cueExampleDay)
				if at[1].WasTime().Value != first.Value {
					t.Errorf("range %q: %q: moved from %s, want %s", c.Joiner, ex.In, at[1].WasTime().Value, first.Value)
				}
			case got == twoTimes && (at[0] == nil || at[1] == nil):
				t.Errorf("range %q: %q: two times give %d sources", c.Joiner, ex.In, len(srcs))
			}
		}
	}
}

// unmark takes the [ ] marks out of s, returning the text and each
// marked span.
func unmark(s string) (string, [][2]int) {
	var b strings.Builder
	var marks [][2]int
	for _, r := range s {
		switch r {
		case '[':
			marks = append(marks, [2]int{b.Len(), -1})
		case ']':
			if n := len(marks); n > 0 {
				marks[n-1][1] = b.Len()
			}
		default:
			b.WriteRune(r)
		}
	}
	return b.String(), marks
}

func mentionAt(d *Doc, span [2]int) *temporal.Mention {
	for i, m := range d.Mentions {
		if m.Start == span[0] && m.End == span[1] {
			return &d.Mentions[i]
		}
	}
	return &temporal.Mention{}
}

// TestRangeTitle: a stretch makes one card, whose title drops both its
// times.
func TestRangeTitle(t *testing.T) {
	tl, _ := buildFiles(t, map[string][]byte{"a.md": md("2010-09-20", "Post", "The council closed the bridge from 2001 to 2003 for repairs.\n\nTrade grew between 1450 and 1600 across the region.")})
	got := titles(tl)
	want := []string{"2001 The council closed the bridge for repairs", "1450 Trade grew across the region"}
	for _, w := range want {
		if !slices.Contains(got, w) {
			t.Errorf("no card %q in %q", w, got)
		}
	}
	if len(got) != 2 {
		t.Errorf("%d cards, want 2: %q", len(got), got)
	}
}

// TestMoveRetitledWithBothDays: two moves that share a title are told
// apart by their days, both of them ("moved from Dec. 22 to Jan. 5"),
// never by the new day alone after "from".
func TestMoveRetitledWithBothDays(t *testing.T) {
	tl, _ := buildFiles(t, map[string][]byte{
		"a.md": md("2014-12-17", "Post", "The vote was moved from Monday to Friday."),
		"b.md": md("2014-12-17", "Ledger", "The vote was moved from Dec. 22 to Jan. 5."),
	})
	got := titles(tl)
	if !slices.Contains(got, "2015-01-05 The vote was moved from Dec. 22 to Jan. 5") || len(got) != 2 {
		t.Errorf("want two cards, one retitled with both its days: %q", got)
	}
	for _, g := range got {
		if strings.HasSuffix(g, "from Jan. 5") || strings.HasSuffix(g, "from Friday") {
			t.Errorf("card %q says the plan moved from its new day", g)
		}
	}
}
