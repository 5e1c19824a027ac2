package temporal

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"
)

// NewsText is news-like prose with a realistic density of time
// expressions, written for the benchmarks and the work budgets (exported
// to the package's external tests only).
const NewsText = `The studio said on Wednesday that it had canceled the December 25th release of the comedy,
a couple of days after the FBI said there was no evidence linking the attack to any government.
Theater chains dropped the film late Tuesday, and officials will brief lawmakers on Thursday.
Shares fell 3 percent last week and have lost nearly a fifth of their value since November 2014.
The company reported third-quarter results in October, and analysts expect a loss for the year.
Executives met for several hours on Monday night; they plan to meet again next month.
Investigators have been working for two weeks and expect to finish soon, perhaps by the end of the year.
`

// exhaustive is a tagger that tries every candidate rule everywhere: no
// rule is passed over for lack of a token it needs.
func exhaustive() *Tagger {
	t := MustNew()
	for i := range t.rules {
		t.rules[i].needs = false
	}
	return t
}

// The needs shortcut (Tagger.absent) only spares work: with it and
// without it the tagger finds the same mentions, in every rule example,
// in news-like text, in the cases that must find nothing, and in real
// news when the Timeline17 topics are there.
func TestNeedsSpareOnlyWork(t *testing.T) {
	tg, all := MustNew(), exhaustive()
	unmark := strings.NewReplacer("[", "", "]", "")
	texts := []string{NewsText}
	for _, r := range tg.Rules() {
		for _, ex := range r.Examples {
			texts = append(texts, unmark.Replace(ex.In))
		}
	}
	files, _ := filepath.Glob("../../../shared/corpora/t17-dev/*/content/*.md")
	if len(files) == 0 {
		t.Log("Timeline17 topics not found in ../shared/corpora/t17-dev; comparing on the examples only")
	}
	for _, f := range files[:min(len(files), 150)] {
		if b, err := os.ReadFile(f); err == nil {
			texts = append(texts, string(b))
		}
	}
	dct := time.Date(2014, 12, 17, 0, 0, 0, 0, time.UTC)
	for _, s := range texts {
		if got, want := tg.Tag(s, dct), all.Tag(s, dct); !reflect.DeepEqual(got, want) {
			t.Errorf("with the shortcut %d mentions, without %d, in %.80q", len(got), len(want), s)
		}
	}
	if w, n := workOf(tg, NewsText), workOf(all, NewsText); w >= n {
		t.Errorf("the shortcut spares no work on news: %d matcher steps, %d without", w, n)
	}
}

func FuzzNeeds(f *testing.F) {
	for _, s := range []string{NewsText, "the first quarter of 1990", "the 11th of September 2001", "the the the same week", "3 - quarter"} {
		f.Add(s)
	}
	tg, all := MustNew(), exhaustive()
	dct := time.Date(2014, 12, 17, 0, 0, 0, 0, time.UTC)
	f.Fuzz(func(t *testing.T, in string) {
		if got, want := tg.Tag(in, dct), all.Tag(in, dct); !reflect.DeepEqual(got, want) {
			t.Fatalf("with the shortcut %v, without %v", got, want)
		}
	})
}

// workOf counts the matcher's steps over text when every token is tried
// as a start: the tagger's work, measured without a clock.
func workOf(tg *Tagger, text string) int {
	toks := tokenize(text, nil)
	tg.lookUp(toks)
	st := matchState{toks: toks}
	steps := 0
	for i := range toks {
		for _, ri := range tg.candidates(toks[i]) {
			if tg.absent(ri, toks, i, &st) {
				continue
			}
			st.match(tg.rules[ri].seq, i)
			steps += st.steps
		}
	}
	return steps
}

// Pathological inputs: each must finish, keep spans sane, and cost no
// more matcher work per byte than news (a budget in steps, not time, so
// that a slow or busy machine cannot fail it).
func TestPathologicalInput(t *testing.T) {
	tg := MustNew()
	dct := time.Date(2014, 12, 17, 0, 0, 0, 0, time.UTC)
	cases := map[string]string{
		"1 MB single line":         strings.Repeat("word ", 200_000),
		"100,000 date words":       strings.Repeat("Tuesday ", 100_000),
		"month and number storm":   strings.Repeat("December 25 2014 , ", 20_000),
		"digits and slashes":       strings.Repeat("12/17/2014/12/17/", 30_000),
		"only digits":              strings.Repeat("1234567890", 50_000),
		"right-to-left text":       strings.Repeat("يوم الثلاثاء \u202e Tuesday \u202c ", 10_000),
		"zero-width inside words":  strings.Repeat("Wed\u200bnesday and Thurs\u200dday ", 10_000),
		"mixed encodings":          strings.Repeat("caf\xe9 on Tuesday \xff\xfe ", 10_000),
		"nested optional patterns": strings.Repeat("the the the last last next ", 20_000),
		"punctuation storm":        strings.Repeat(".,;:-/'\"()[]", 50_000),
		// A time opening its sentence looks far ahead for its verb; a
		// ", which" clause found past the near window once sent the look
		// back to the window's end, for ever.
		"clause past the window": "On Friday, Ministry a shift to Clause 9 of the Coastal Fisheries Act, which",
	}
	perByte := float64(workOf(tg, NewsText)) / float64(len(NewsText))
	for name, in := range cases {
		ms := tg.Tag(in, dct)
		last := 0
		for _, m := range ms {
			if m.Start < last || m.End <= m.Start || m.End > len(in) || in[m.Start:m.End] != m.Text {
				t.Fatalf("%s: bad span %d-%d after %d", name, m.Start, m.End, last)
			}
			last = m.End
		}
		// Generous: 20 times the work per byte of news.
		work := workOf(tg, in)
		if budget := 20 * perByte * float64(len(in)); float64(work) > budget {
			t.Errorf("%s: %d matcher steps for %d bytes, over the budget of %.0f", name, work, len(in), budget)
		}
		t.Logf("%-26s %8d bytes %6d mentions %9d steps", name, len(in), len(ms), work)
	}
	// The zero-width case still finds its weekdays.
	if ms := tg.Tag("They met on Wed\u200bnesday.", dct); len(ms) != 1 || ms[0].Value.String() != "2014-12-17" {
		t.Errorf("Wed\u200bnesday: %v", ms)
	}
}
