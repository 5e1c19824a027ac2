package event

import (
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/newsroom/timeline/timeline/temporal"
)

func TestTrimLeadWords(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"The studio canceled the premiere on", "The studio canceled the premiere "},
		{"Talks resumed late on", "Talks resumed "},
		{"The rate stood at 5% as of", "The rate stood at 5% "},
		{"It was known as", "It was known as"},
		{"Upon", "Upon"},
		{"on", ""},
		{"", ""},
		{"Prices rose for", "Prices rose "},
		{"The plan, announced", "The plan, announced"},
	} {
		if got := trimLeadWords(c.in); got != c.want {
			t.Errorf("trimLeadWords(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestOverlap(t *testing.T) {
	s := newSimilarity()
	a := s.words("Sony canceled the release of the film after threats")
	b := s.words("The film's release was cancelled by Sony")
	sim, n := overlap(s.numbers(a), s.numbers(b))
	shown := asWritten(sharedWords(a, b), "Sony canceled the release of the film after threats", stem)
	if want := []string{"canceled", "film", "release", "sony"}; !slices.Equal(shown, want) || n != len(want) {
		t.Errorf("shared %v (%d), want %v", shown, n, want)
	}
	if sim != 1 { // every content word of the shorter text is shared
		t.Errorf("similarity %.2f, want 1", sim)
	}
	if sim, n := overlap(s.numbers(a), nil); sim != 0 || n != 0 {
		t.Errorf("overlap with nothing = %.2f, %d", sim, n)
	}
}

func TestNounPhraseTitle(t *testing.T) {
	tg := temporal.MustNew()
	for _, c := range []struct{ text, date, want string }{
		{"On Wednesday, Sony officially canceled its December 25th release.", "December 25th", "Sony's December 25th release"},
		{"On Dec. 17, Sony officially canceled its December 25th release.", "December 25th", "Sony's December 25th release"},
		{"Sony Pictures on Wednesday called off the **December 25th** opening of \"The Interview,\" its comedy.", "December 25th", "The December 25th opening of \"The Interview\""},
		{"Sony canceled the Christmas Day release on Wednesday.", "Christmas Day", "The Christmas Day release"},
		{"The council postponed the March 3 vote on the harbor budget.", "March 3", "The March 3 vote"},
		{"The Post said Carmike Cinemas's Dec. 18 screenings were off.", "Dec. 18", "Carmike Cinemas's Dec. 18 screenings"},
		{"Investigators said the attack came on Tuesday.", "Tuesday", ""},
		{"The studio said Tuesday that it would act.", "Tuesday", ""},
		{"Theaters dropped the film on Tuesday, the chain said.", "Tuesday", ""},
		{"The Dec. 5 Sony hack shocked Hollywood.", "Dec. 5", ""},
		// A date after "of" dates the noun phrase before it.
		{"The hackers invoked the attacks of September 11, 2001, in their threat.", "September 11, 2001", "The attacks"},
		{"Residents still speak of the floods of 1953.", "1953", "The floods"},
		{"Residents still speak of the great floods of 1953.", "1953", ""},
		{"Crews will work through the night of Dec. 16 on the line.", "Dec. 16", ""},
		{"Historians say the 1918 caused more deaths than the war.", "1918", ""},
		// The phrase ends before the clause's verb.
		{"Veterans of the 1944 landings gathered on the beach.", "1944", "The 1944 landings"},
		{"Survivors of the 1906 fire met at the old hall.", "1906", "The 1906 fire"},
		{"The studio spoke of Tuesday as a turning point.", "Tuesday", ""},
	} {
		ms := strings.Index(c.text, c.date)
		var before []temporal.Mention
		for _, m := range tg.Tag(c.text, time.Date(2014, 12, 17, 0, 0, 0, 0, time.UTC)) {
			if m.End <= ms {
				before = append(before, m)
			}
		}
		got, _, ok := nounPhraseTitle(c.text, 0, ms, ms+len(c.date), len(c.text), before)
		if w, at := wordBefore(c.text, 0, ms); w == "of" {
			got, ok = ofPhraseTitle(c.text, 0, at)
		}
		if !ok {
			got = ""
		}
		if got != c.want {
			t.Errorf("%q: title %q, want %q", c.text, got, c.want)
		}
	}
}

// TestTitles: what a sentence's event is called, for the date it names.
func TestTitles(t *testing.T) {
	for _, c := range []struct{ sentence, value, want string }{
		// One sentence, one headline, two days: each card keeps its own
		// time where the sentence has it (retitle.go), the other dropped.
		{"The government is expected to make a formal statement on Thursday or Friday, one official said.", "2014-12-19",
			"The government is expected to make a formal statement on Friday"},
		{"The government is expected to make a formal statement on Thursday or Friday, one official said.", "2014-12-18",
			"The government is expected to make a formal statement on Thursday"},
		{"His grandfather captained the village's first eleven in 1921 and 1922.", "1922",
			"His grandfather captained the village's first eleven in 1922"},
		{"Investors will watch the jobs report on Friday, analysts said.", "2014-12-19", "Investors will watch the jobs report"},
		{"Prices rose sharply on Monday, the Financial Times reported.", "2014-12-15", "Prices rose sharply"},
		// An attribution stays when what it reports opens with a pronoun.
		{"The board said on Friday that it had found no fault in the audit.", "2014-12-12", "The board said that it had found no fault in the audit"},
		{"Theaters dropped the film on Tuesday, the chain said.", "2014-12-16", "Theaters dropped the film"},
		// A speaker's own plan in the present names the speaker for the pronoun.
		{"The mayor says she will reopen the schools on Monday.", "2014-12-22", "The mayor will reopen the schools"},
		{"Secretary of State Hillary Clinton says at a news conference that she will go to Haiti on Saturday with aid officials.", "2014-12-20",
			"Secretary of State Hillary Clinton will go to Haiti with aid officials"},
		{"The minister said on Friday that he would resign.", "2014-12-12", "The minister said that he would resign"},
		// A named speaker's view keeps its speaker; an anonymous source's report goes.
		{"President Obama told an interviewer on Thursday that people should keep going to the movies.", "2014-12-11",
			"President Obama told an interviewer that people should keep going to the movies"},
		{"Officials said on Thursday that the harbor would reopen.", "2014-12-11", "The harbor would reopen"},
		{"Speaking after a visit to the port, the agency's director, Jane Roe, said that on Friday the agency had delivered two million meals.", "2014-12-12",
			"The agency had delivered two million meals"},
		{"Our correspondent reports that the three travelers were all aboard a flight from the coast on April 21.", "2014-04-21",
			"The three travelers were all aboard a flight from the coast"},
		// A report after a comma goes whole, whoever speaks.
		{"The old ferryman retired in 1974, his daughter said.", "1974", "The old ferryman retired"},
		{"The storm damaged the harbor wall, port officials told local reporters on Monday.", "2014-12-15", "The storm damaged the harbor wall"},
		{"The mayor opened the new bridge on Monday, and she said it was overdue.", "2014-12-15", "The mayor opened the new bridge, and she said it was overdue"},
		{"The old pier collapsed and on Monday, a diver was rescued from the water.", "2014-12-15", "The old pier collapsed and a diver was rescued from the water"},
		{"That is how one diver, on Monday, found the wreck of the ferry.", "2014-12-15", "That is how one diver found the wreck of the ferry"},
		// The comma that closes a date written with one is the date's.
		{"The leak was first spotted on Dec. 2, 2014, when a clerk saw a strange file.", "2014-12-02", "The leak was first spotted when a clerk saw a strange file"},
		{"The ferry was launched in Glasgow on March 3, 1961, before the war in the south began.", "1961-03-03", "The ferry was launched in Glasgow before the war in the south began"},
		// A time that is the clause's subject stays: without it the title
		// would open on its verb.
		{"Officials said Thursday was the first day no one was pulled out alive.", "2014-12-11", "Thursday was the first day no one was pulled out alive"},
		{"This year has seen record sales at the harbor shop.", "2014", "This year has seen record sales at the harbor shop"},
		{"The vote on Monday was delayed by a storm.", "2014-12-15", "The vote was delayed by a storm"},
		{"The ferry that sank on Tuesday was carrying 150 people.", "2014-12-16", "The ferry that sank was carrying 150 people"},
		{"The ferry that sank Tuesday was carrying 150 people.", "2014-12-16", "The ferry that sank was carrying 150 people"},
		// (A canceled release is no event of its old day: TestCalledOffPlan.)
		{"On Wednesday, Sony announced its December 25th release.", "2014-12-25", "Sony's December 25th release"},
		// A time that owns the subject ("Tonight's") is no lead-in to
		// skip: the title would open on "'s".
		{"This week's show features a concert recorded at the harbor on Monday.", "2014-12-15", "This week's show features a concert recorded at the harbor"},
		// A clause after "and" that opens on its verb shares the
		// sentence's subject.
		{"The ferry's captain had reported a leak on Monday, and was rescued on Tuesday.", "2014-12-16", "The ferry's captain was rescued"},
		{"In 2006 the agency filed a claim against the firm, and was fined on Tuesday.", "2014-12-16", "The agency was fined"},
		{"The captain reported a leak on Monday, and was rescued on Tuesday.", "2014-12-16", "The captain was rescued"},
		{"The minister was admitted to hospital on Monday, and resigned on Saturday.", "2014-12-13", "The minister resigned on Saturday"},
		// Whose subject follows a told clause? None is borrowed.
		{"The captain told the crew the ship had sprung a leak on Monday, and was rescued on Tuesday.", "2014-12-16", "Was rescued"},
		// A past verb after "and" may open a subject of its own.
		{"The storm hit the coast on Monday, and flooded streets were closed on Tuesday.", "2014-12-16", "Flooded streets were closed"},
		// A stretch's card drops both its times.
		{"The council closed the bridge from 2001 to 2003 for repairs.", "2001", "The council closed the bridge for repairs"},
		// A capitalized article opening the clause names nobody.
		{"The carmaker announced its December 25th launch on Wednesday.", "2014-12-25", "The December 25th launch"},
		// A condition dates nothing; the report after it is the happening.
		{"Should the ferry sail on New Year's Day, \"the harbor will be closed,\" the port authority wrote on Tuesday.", "2014-12-16",
			"The port authority wrote \"the harbor will be closed\""},
		// A date that names its happening, or follows it after "of", stays.
		{"The envoy's speech recalled the 9/11 attacks and the war that followed.", "2001-09-11", "The 9/11 attacks"},
		{"The envoy recalled the attacks of September 11, 2001 in his speech.", "2001-09-11", "The attacks of September 11, 2001"},
		{"Relief finally reached the survivors of last week's flood in the valley.", "2014-W50", "Relief finally reached the survivors of last week's flood in the valley"},
		{"On Wednesday, Sony canceled its December 25th release.", "2014-12-17", "Sony canceled its December 25th release"},
		{"Yesterday's vote left the council split over the harbor budget.", "2014-12-16", "Yesterday's vote left the council split over the harbor budget"},
		// What a report tells, not the report, after its source and a comma.
		{"The pollster said according to its survey, the corner shop overtook the chain store as the town's second grocer in 2013.", "2013",
			"The corner shop overtook the chain store as the town's second grocer"},
		{"The ferry line said its boats had carried 4 million riders since the first crossing in 2003 and that as of October, the night boat carries a third of them.", "2014-10",
			"The night boat carries a third of them"},
		// Not after a pronoun's "that".
		{"Oil prices rose in 2008 and that of gas fell in 2009.", "2009", "Oil prices rose in 2008 and that of gas fell"},
	} {
		tl, _ := buildFiles(t, map[string][]byte{"a.md": md("2014-12-17", "Ledger", c.sentence)})
		var got []string
		for _, e := range tl.Events {
			if e.Time.Value.String() == c.value {
				got = append(got, e.Title)
			}
		}
		if len(got) != 1 || got[0] != c.want {
			t.Errorf("%q on %s: titles %q, want %q (all: %q)", c.sentence, c.value, got, c.want, titles(tl))
		}
	}
}

// FuzzAttributionEnding: the cheap check before an end-anchored
// attribution pattern never skips a title the pattern would trim.
func FuzzAttributionEnding(f *testing.F) {
	for _, s := range []string{
		"Theaters dropped the film on Tuesday, the chain said.",
		"The film opens, Reuters reported",
		"The vote was delayed, two senior officials told reporters on Monday",
		"Rates rose, according to the central bank",
		"The plan stalled, officials said ,",
		"It ended, sources SAID.",
		"Talks resumed, he told. ",
	} {
		f.Add(s)
	}
	x := newExtractor()
	f.Fuzz(func(t *testing.T, title string) {
		for i, a := range x.attribution {
			if a.re.MatchString(title) && !a.mayEnd(title) {
				t.Errorf("pattern %d matches %q but its ending check says it cannot", i, title)
			}
		}
	})
}

// FuzzHeadline: a headline made of a headline is itself (a title is made
// once, so what one pass leaves must already be clean), and it keeps the
// promises the title lint checks.
func FuzzHeadline(f *testing.F) {
	for _, s := range []string{"He married a Jane L. Rowland. .", "[the vote](http://x) **passed** ,", "one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen,", "- — ;"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		once := headline(s)
		if twice := headline(once); twice != once {
			t.Errorf("headline(%q) = %q, but a headline of that is %q", s, once, twice)
		}
		if n := len(strings.Fields(once)); n > maxHeadWords {
			t.Errorf("headline(%q) = %q: %d words", s, once, n)
		}
		if strings.Count(once, `"`)%2 == 1 {
			t.Errorf("headline(%q) = %q: unbalanced quotes", s, once)
		}
	})
}

// TestPredicateExamples runs the predicate table (predicates_en.go): each
// entry's two sentences share its kind, its other sentence does not, and
// no word names two kinds.
func TestPredicateExamples(t *testing.T) {
	s := newSimilarity()
	owner := map[string]string{}
	for _, p := range englishPredicates() {
		for _, w := range p.words {
			if k, ok := owner[w]; ok && k != p.kind {
				t.Errorf("%q names both %s and %s", w, k, p.kind)
			}
			owner[w] = p.kind
		}
		for _, ex := range p.same {
			if _, ok := slices.BinarySearch(s.words(ex), p.kind); !ok {
				t.Errorf("%s: %q gives %v, without the kind", p.kind, ex, s.words(ex))
			}
		}
		if _, ok := slices.BinarySearch(s.words(p.other), p.kind); ok {
			t.Errorf("%s: %q gives the kind, but names another happening", p.kind, p.other)
		}
	}
}

// TestOnlyTime: a title of nothing but time holds no happening.
func TestOnlyTime(t *testing.T) {
	body := "The pier would not reopen before March 1."
	ms := temporal.MustNew().Tag(body, time.Date(2014, 12, 17, 0, 0, 0, 0, time.UTC))
	for _, c := range []struct {
		title string
		want  bool
	}{
		{"March 1", true},
		{"The weeks before March 1", true},
		{"In 2004", true},
		{"The pier would not reopen", false},
		{"The 1989 earthquake", false},
	} {
		if got := onlyTime(c.title, ms, body); got != c.want {
			t.Errorf("onlyTime(%q) = %v, want %v", c.title, got, c.want)
		}
	}
}

// A duration counted from a happening the article dates itself ("the 12
// January earthquake") makes no source of its own when the count agrees
// with that day within its rounding: "found on Wednesday, two weeks after
// the earthquake" is not a second earthquake a day later. A day the count
// misses by far is another happening, and the count stands.
func TestRelativeToADatedHappeningItCounts(t *testing.T) {
	for _, c := range []struct {
		name, dated, want string
	}{
		{"agrees", "12 January", ""},
		{"another one", "2 January", "2010-01-13"},
	} {
		body := "The " + c.dated + " earthquake flattened the harbour district.\n\n" +
			"Divers reached a trapped fisherman on Wednesday at the quay, two weeks after the earthquake."
		tl, _ := buildFiles(t, map[string][]byte{"a.md": md("2010-01-29", "Ledger", body)})
		got := ""
		for _, e := range tl.Events {
			for _, s := range e.Sources {
				if strings.HasPrefix(s.Mention.Rule, RuleRelative) {
					got = s.Time.Value.String()
				}
			}
		}
		if got != c.want {
			t.Errorf("%s: relative source on %q, want %q (%q)", c.name, got, c.want, titles(tl))
		}
	}
}

// TestDateAloneNoEvent: a sentence that is only its date ("1833).", a
// list's bare year) tells nothing that happened: no card. A sentence
// with words does.
func TestDateAloneNoEvent(t *testing.T) {
	tl, _ := buildFiles(t, map[string][]byte{"a.md": md("2014-12-17", "Ledger", "The family kept records.\n\n1833).\n\n1840.\n\nThe mill opened in 1834.")})
	var got []string
	for _, e := range tl.Events { // background ones too
		got = append(got, e.Time.Value.String())
	}
	if len(got) != 1 || got[0] != "1834" {
		t.Errorf("events on %v, want only 1834 (%q)", got, titles(tl))
	}
}
