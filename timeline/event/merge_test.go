package event

import (
	"maps"
	"slices"
	"strings"
	"testing"
)

// Pages that name their days ("13 Jan", "14 Jan") tell two happenings,
// however alike their words: a live page's days are never one disputed
// event. A day counted from the dateline ("Tuesday") may be off by a
// wrong anchor, and can still be disputed (TestDispute).
func TestNamedDaysNeverMerge(t *testing.T) {
	tl, _ := buildFiles(t, map[string][]byte{
		"a.md": md("2010-01-14", "Ledger", "As it happened: the Haiti earthquake aftermath on 13 Jan."),
		"b.md": md("2010-01-15", "Ledger", "As it happened: the Haiti earthquake aftermath on 14 Jan."),
	})
	evs := find(tl, "haiti")
	if len(evs) != 2 {
		t.Fatalf("want two events, one per day, got %q", titles(tl))
	}
	forbid(t, evs, "disputed", func(e *Event) bool { return e.Disputed })
}

// forbid fails for each of evs that is what bad says.
func forbid(t *testing.T, evs []*Event, what string, bad func(*Event) bool) {
	t.Helper()
	for _, e := range evs {
		if bad(e) {
			t.Errorf("%s %q is %s", e.Time.Value, e.Title, what)
		}
	}
}

// Sources that agree on the day, one more finely than another, make no
// dispute; neither do a week and a day in it.
func TestAgreeingSourcesAreNoDispute(t *testing.T) {
	tl, _ := buildFiles(t, map[string][]byte{
		"a.md": md("2010-01-13", "Ledger", "A powerful earthquake struck Haiti on Tuesday, flattening much of Port-au-Prince."),
		"b.md": md("2010-01-13", "Courier", "A powerful earthquake struck Haiti late Tuesday afternoon, leveling Port-au-Prince."),
		"c.md": md("2010-01-14", "Herald", "The powerful earthquake that struck Haiti on Jan. 12 leveled Port-au-Prince."),
	})
	evs := find(tl, "haiti")
	if len(evs) != 1 || len(evs[0].Sources) != 3 {
		t.Fatalf("want one event citing all three, got %q", titles(tl))
	}
	if evs[0].Disputed {
		t.Errorf("all sources give Jan. 12, but the event is disputed")
	}
}

// An undated article whose days are all counted from the dateline
// ("Wednesday") fits a same-kind story of another year as well as its
// own: with two such stories, no anchor is taken on a thin margin.
func TestNoInferenceAcrossSameKindStories(t *testing.T) {
	tl, unanchored := buildFiles(t, map[string][]byte{
		"2008.md": md("2008-12-18", "Ledger", "The Saints placed their running back on injured reserve Wednesday."),
		"2011.md": md("2011-12-29", "Courier", "The Saints placed their running back on injured reserve Wednesday with an ankle injury. "+
			"The coach said on Tuesday the team would sign a replacement."),
		"undated.txt": []byte("Saints lose back\n\nThe Saints placed their star running back on injured reserve Wednesday. " +
			"The coach said on Tuesday that the team would sign a replacement.\n"),
	})
	for _, d := range tl.Docs {
		if d.Article.Path == "undated.txt" && !d.Article.Anchor.IsZero() && len(unanchored) == 0 {
			t.Errorf("undated article dated %s from counted days alone", d.Article.Anchor.Time.Format("2006-01-02"))
		}
	}
}

// An article with no date keeps the happenings it dates in full; a day
// counted from the dateline it lacks ("Tuesday") dates nothing.
func TestUndatedKeepsFullDates(t *testing.T) {
	tl, unanchored := buildFiles(t, map[string][]byte{
		"undated.md": []byte("---\ntitle: Flood\n---\n\nThe river burst its banks on June 8, 2008, flooding the old town. Crews cleared the roads on Tuesday.\n"),
	})
	if len(unanchored) != 1 {
		t.Fatalf("want the article listed as undated, got %d", len(unanchored))
	}
	if evs := find(tl, "river"); len(evs) != 1 || evs[0].Time.Value.String() != "2008-06-08" {
		t.Errorf("want the flood on 2008-06-08, got %q", titles(tl))
	}
	if evs := find(tl, "crews"); len(evs) != 0 {
		t.Errorf("a weekday with no dateline dated %q", titles(tl))
	}
}

// A time counted from a happening takes that happening's day when the
// article gives it, not the dateline's, and says what it was counted
// from.
func TestRelativeToItsEvent(t *testing.T) {
	for _, c := range []struct{ body, words, want string }{
		// Dated in another sentence of the article.
		{"Sony Pictures on Wednesday decided to cancel the release of the comedy. The decision came a day after the hackers threatened theaters.", "hackers threatened", "2014-12-16"},
		// Dated earlier in the same sentence.
		{"On Wednesday the studio pulled the film, two days after the hackers threatened theaters.", "hackers threatened", "2014-12-15"},
	} {
		tl, _ := buildFiles(t, map[string][]byte{"a.md": md("2014-12-18", "Ledger", c.body)})
		var evs []*Event
		for _, e := range find(tl, c.words) {
			if strings.HasPrefix(strings.ToLower(e.Title), "the "+c.words) {
				evs = append(evs, e)
			}
		}
		if len(evs) != 1 {
			t.Errorf("%q: no event %q in %q", c.body, c.words, titles(tl))
			continue
		}
		e := evs[0]
		if e.Time.Value.String() != c.want || e.Time.Qualifier == Approximate || !e.Relative {
			t.Errorf("%q: %s %q relative=%v, want %s counted from the happening", c.body, e.Time.Value, e.Time.Qualifier, e.Relative, c.want)
		}
		if r := e.Sources[0].Mention.Rule; !strings.Contains(r, "counted from") {
			t.Errorf("%q: rule %q does not say what it was counted from", c.body, r)
		}
	}
}

// "a week before Christmas Day" counts from a time, which dates itself:
// no happening is made of it.
func TestRelativeToATimeMakesNoEvent(t *testing.T) {
	tl, _ := buildFiles(t, map[string][]byte{"a.md": md("2014-12-17", "Ledger", "The studio canceled the release on Wednesday, a week before Christmas Day.")})
	forbid(t, tl.Events, "relative", func(e *Event) bool { return e.Relative })
}

// A lead told without a time ("… has died") joins the happening another
// outlet dates that day or the day before; alone it makes no card.
func TestLeadJoinsItsHappening(t *testing.T) {
	tl, _ := buildFiles(t, map[string][]byte{
		"a.md": md("2013-06-07", "Ledger", "Esther Williams died in her sleep on Thursday in Beverly Hills, her publicist said."),
		"b.md": md("2013-06-07", "Courier", "Esther Williams, the champion swimmer turned film star, has died in her sleep in Beverly Hills.\n\nShe was 91."),
	})
	evs := find(tl, "williams")
	if len(evs) != 1 || len(evs[0].Sources) != 2 || evs[0].Time.Value.String() != "2013-06-06" {
		t.Fatalf("want one event on 2013-06-06 citing both, got %q", titles(tl))
	}
	tl, _ = buildFiles(t, map[string][]byte{
		"b.md": md("2013-06-07", "Courier", "Esther Williams, the champion swimmer turned film star, has died in her sleep in Beverly Hills."),
	})
	if len(tl.Events) != 0 {
		t.Errorf("a lead alone made %q", titles(tl))
	}
}

// When what a duration is counted from is dated in the article ("the
// attack", on Monday), the clause before it takes that day plus the
// duration: "Police arrested him two days after the attack" is Wednesday.
func TestRelativeFromADatedHappening(t *testing.T) {
	// Told in the past perfect too: the attack's day dates it, not the
	// dateline's (datelineDay is only the fallback's).
	for _, arrest := range []string{"Police arrested the driver", "Police had arrested the driver"} {
		tl, _ := buildFiles(t, map[string][]byte{"a.md": md("2015-03-13", "Ledger",
			"Gunmen attacked the national museum on Monday. "+arrest+" two days after the attack on the museum.")})
		evs := find(tl, "arrested")
		if len(evs) != 1 || evs[0].Time.Value.String() != "2015-03-11" || evs[0].Time.Qualifier == Approximate {
			t.Fatalf("%s: want the arrest on 2015-03-11, got %q", arrest, titles(tl))
		}
		if r := evs[0].Sources[0].Mention.Rule; !strings.Contains(r, "counted from 2015-03-09") {
			t.Errorf("%s: rule %q does not name the attack's day", arrest, r)
		}
	}
}

// A time counted from a happening its article dates nowhere takes the
// day another article gives that happening, when it lies within the
// count's slack of the dateline fallback, and names that article; beyond
// the slack it stays the approximate fallback.
func TestRelativeAnchoredByAnotherArticle(t *testing.T) {
	firm := md("2021-03-05", "Valley Post", "A landslide buried the mountain road near the three villages on Tuesday.")
	again := md("2021-03-04", "Hill Courier", "A landslide buried the mountain road near the villages on Tuesday, officials said.")
	later := md("2021-03-12", "Valley Post", "A smaller landslide buried the mountain road again on Thursday.")
	for _, c := range []struct {
		name, dateline, want string
		more                 map[string][]byte
		joins                bool
	}{
		// Friday's fallback is Mar 3, a day after the firm Mar 2.
		{"within the slack", "2021-03-06", "2021-03-02", nil, true},
		// Written a week on, the fallback (Mar 9) is a week from Mar 2.
		{"beyond the slack", "2021-03-12", "2021-03-09", nil, false},
		// A lesser landslide (Mar 11) lies within the slack of the
		// fallback (Mar 12), but "the landslide" the story tells most
		// is the one of Mar 2: which one is meant is not known.
		{"a lesser one of the kind", "2021-03-15", "2021-03-12", map[string][]byte{"c.md": again, "d.md": later}, false},
	} {
		files := map[string][]byte{
			"a.md": firm,
			"b.md": md(c.dateline, "Hill Courier", "Engineers reopened one lane of the mountain road three days after the landslide."),
		}
		maps.Copy(files, c.more)
		tl, _ := buildFiles(t, files)
		var got *Source
		var in *Event
		for _, e := range tl.Events {
			for _, s := range e.Sources {
				if s.Doc.Article.Path == "b.md" && isRelative(s) {
					got, in = s, e
				}
			}
		}
		if got == nil {
			t.Errorf("%s: no relative source of b.md in %q", c.name, titles(tl))
			continue
		}
		if got.Time.Value.String() != c.want {
			t.Errorf("%s: counted to %s, want %s", c.name, got.Time.Value, c.want)
		}
		joined := slices.ContainsFunc(in.Sources, func(s *Source) bool { return s.Doc.Article.Path != "b.md" })
		if joined != c.joins {
			t.Errorf("%s: joined a firm landslide %v, want %v (%q)", c.name, joined, c.joins, got.Mention.Rule)
		}
		if named := strings.Contains(got.Mention.Rule, "a.md dates it"); named != c.joins || (c.joins && got.Time.Qualifier == Approximate) {
			t.Errorf("%s: rule %q, qualifier %q", c.name, got.Mention.Rule, got.Time.Qualifier)
		}
	}
}

// TestNumbersAreWords: a number of two digits tells the happening as any
// word does; the digits of a clock time or a decimal do not.
func TestNumbersAreWords(t *testing.T) {
	s := newSimilarity()
	for _, c := range []struct {
		text     string
		want     []string
		unwanted []string
	}{
		{"The actress died aged 91 in her sleep.", []string{"91"}, nil},
		{"The home side won 65-53 in the final.", []string{"65", "53"}, nil},
		{"He took the dose at 10.40 am and again at 1:30.", nil, []string{"10", "40", "30"}},
		{"Growth slowed to 2.5 percent in 12 months.", []string{"12"}, []string{"2", "5"}},
	} {
		got := s.words(c.text)
		for _, w := range c.want {
			if !slices.Contains(got, w) {
				t.Errorf("words(%q) = %v, without %q", c.text, got, w)
			}
		}
		for _, w := range c.unwanted {
			if slices.Contains(got, w) {
				t.Errorf("words(%q) = %v, with %q", c.text, got, w)
			}
		}
	}
}

// A duration the article dates nowhere is counted from the dateline's
// day only when its clause may tell that day: not when what it counts
// from has a time of its own, nor when the clause is in the past perfect.
func TestRelativeFromTheDatelineOnlyForTheDay(t *testing.T) {
	for _, c := range []struct {
		body string
		want bool
	}{
		{"Six days after the earthquake, food is finally reaching the capital.", true},
		{"Aid that had been promised is arriving: six days after the earthquake, food is reaching the capital.", true},
		{"Earlier, a detective, who interviewed the doctor two days after the singer's death in June 2009, gave evidence.", false},
		{"Officials said he had been trapped by an aftershock two days after the quake.", false},
	} {
		tl, _ := buildFiles(t, map[string][]byte{"a.md": md("2010-01-18", "Ledger", c.body)})
		got := slices.ContainsFunc(tl.Events, func(e *Event) bool { return slices.ContainsFunc(e.Sources, isRelative) })
		if got != c.want {
			t.Errorf("%q: a relative event %v, want %v (%q)", c.body, got, c.want, titles(tl))
		}
	}
}

// TestJoinNames: a capitalized name's hyphens go, so that it is one word;
// a lower-case compound keeps them.
func TestJoinNames(t *testing.T) {
	for in, want := range map[string]string{
		"Rescuers reached Port-au-Prince on Monday": "Rescuers reached PortauPrince on Monday",
		"a well-known anti-war song":                "a well-known anti-war song",
		"Coca-Cola and Al-Qaeda":                    "CocaCola and AlQaeda",
		"-Port- a -":                                "-Port- a -",
	} {
		if got := joinNames(in); got != want {
			t.Errorf("joinNames(%q) = %q, want %q", in, got, want)
		}
	}
}
