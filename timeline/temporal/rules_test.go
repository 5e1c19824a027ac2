package temporal

import (
	"strings"
	"testing"
	"time"
)

// parseDCT reads an example's document date.
func parseDCT(t testing.TB, s string) time.Time {
	t.Helper()
	for _, layout := range []string{time.DateOnly, "2006-01-02T15:04"} {
		if d, err := time.Parse(layout, s); err == nil {
			return d
		}
	}
	t.Fatalf("bad DCT %q", s)
	return time.Time{}
}

// splitExample removes the [ ] marks and returns the text and the span.
func splitExample(in string) (text string, start, end int) {
	start = strings.IndexByte(in, '[')
	end = strings.IndexByte(in, ']') - 1
	return strings.Replace(strings.Replace(in, "[", "", 1), "]", "", 1), start, end
}

// TestRuleExamples runs every example of every rule: the rule must find
// exactly the marked expression and resolve it to the wanted value.
func TestRuleExamples(t *testing.T) {
	tg := MustNew()
	for _, r := range tg.Rules() {
		for _, ex := range r.Examples {
			text, start, end := splitExample(ex.In)
			got := tg.Tag(text, parseDCT(t, ex.DCT))
			var m *Mention
			for i := range got {
				if got[i].Start < end && got[i].End > start {
					m = &got[i]
					break
				}
			}
			switch {
			case m == nil:
				t.Errorf("rule %s: %q: found nothing at %q (found %v)", r.Name, ex.In, text[start:end], got)
			case m.Start != start || m.End != end:
				t.Errorf("rule %s: %q: span %q, want %q", r.Name, ex.In, m.Text, text[start:end])
			case m.Rule != r.Name:
				t.Errorf("rule %s: %q: matched by rule %s instead", r.Name, ex.In, m.Rule)
			case m.Value.String() != ex.Want:
				t.Errorf("rule %s: %q (DCT %s): value %s, want %s", r.Name, ex.In, ex.DCT, m.Value, ex.Want)
			}
		}
	}
}

func TestRulesWellFormed(t *testing.T) {
	rules := englishRules()
	names := map[string]bool{}
	patterns := map[string]string{}
	for _, r := range rules {
		if names[r.Name] {
			t.Errorf("rule name %q used twice", r.Name)
		}
		names[r.Name] = true
		if other, ok := patterns[r.Pattern]; ok {
			t.Errorf("rules %s and %s share a pattern", other, r.Name)
		}
		patterns[r.Pattern] = r.Name
		if len(r.Examples) == 0 {
			t.Errorf("rule %s has no example", r.Name)
		}
		if r.Build == nil {
			t.Errorf("rule %s has no builder", r.Name)
		}
		if _, err := compilePattern(r.Pattern, classes(), nil); err != nil {
			t.Errorf("rule %s: %v", r.Name, err)
		}
	}
}

func TestPatternErrors(t *testing.T) {
	for _, p := range []string{"{nosuch}", "(a b", "{month", "( )", "a ( | b )"} {
		if _, err := compilePattern(p, classes(), nil); err == nil {
			t.Errorf("compilePattern(%q) succeeded, want an error", p)
		}
	}
}

// TestNotTimes lists text that looks like a time expression and is not.
func TestNotTimes(t *testing.T) {
	tg := MustNew()
	dct := parseDCT(t, "2014-12-17")
	for _, in := range []string{
		"Jan Smith said the deal was done.",
		"The company may decide to sell.",
		"Analysts at Sun Microsystems agreed.",
		"A 30-year-old man was arrested.",
		"He will march to the capitol.",
		"Shares rose 1,994 points.",
		"The fall in prices surprised investors.",
		// "May" opening a wish.
		"May the relief reach the people soon.",
		"We prayed. May God bless Haiti.",
		"\"May they rest in peace,\" he said.",
		// A month's name after a name is a surname.
		"Home Secretary Theresa May will face questions.",
		"He backs the plan.\n\nTheresa May will answer in the Commons.",
		// "that" opening a clause.
		"Officials said that overnight the river rose.",
		// A month's name before a surname is a first name.
		"The cast includes Bill Wallis and June Barrie as Mrs Etchells.",
		// A newspaper's name.
		"But the Sunday Mirror reports that the minister knew.",
		// An age.
		"Mr. Schwarz, 52 years old, will succeed him.",
		// An hour told by its part of the day follows "at", "by" or the like.
		"He scored 4 in the morning session.",
		// A game's quarter.
		"The rookie threw the winning touchdown late in the fourth quarter.",
		"Kansas City trailed by ten points after the third quarter.",
		// A season alone is a time only as "the …" after a preposition
		// of time; bare, it is mostly the season in general.
		"Flu spreads most in winter.",
		"Shares rose in after-hours trading.",
		"He lives on the 12th floor.",
		"The charity runs a village for 1000 orphaned children.",
		"1040 Hundreds of people are feared trapped.",
		"He left on the 31st.", // counted back into November, which has none
		"After the fall of the regime, exiles returned.",
		"The town is known for its hot springs.",
		"North Korea had previously denied it.",
		"The suspect was formerly a guard and was arrested shortly after.",
		"Police will call as soon as the suspect lands.",
		"Soon after the attack, crews cleared the street.",
		// No annotated news corpus tags "soon" alone.
		"Investigators plan an announcement soon.",
		// "a second" before a noun is an ordinal.
		"A second flight left Paris with tents.",
		// Names and an idiom.
		"He waits for Father Christmas to come.",
		"The Today programme interviewed the minister.",
		"She hosts a late-night show and an early morning one.",
		"Short swings matter less than the short term trend.",
		"Check out the Daily Mail headline.",
		"At the end of the day, voters will decide.",
		// Names of papers and shows.
		"The story ran in China Daily on its front page.",
		"He appeared on the Daily Show with two guests.",
		"Readers of Lloyd's List Weekly wrote in.",
		// Indexes, prices and points.
		"The FTSE 100 rose to 7,500 in heavy trade.",
		"The index fell 1299 points.",
		"The S&P 500 gained 2.5 percent.",
		"The average tumbled 39.55 points, to 2613.73, in active trading.",
		// Phone numbers and addresses.
		"Call 555-1234 for tickets.",
		"Dial 1 (800)860-2442 and ask for the desk.",
		"Tickets: 020 7946 0958 or 555-0199.",
		"The report is at http://example.com/2014/12/17/report.html online.",
		"See www.example.org/archive/1998/05 for the files.",
		"Write to desk-2014@example.com with tips.",
		// A game clock.
		"He scored with 4:11 left in the third period.",
		"They led 2-1 with 0:45 remaining.",
		"The visitors had 2:30 to play.",
		// Ordinals and fractions.
		"He finished the sixth and won the seventh.",
		"A quarter of the dealers closed.",
		"Three quarters of the voters agreed.",
		"The living quarters were cramped.",
		"Critics in some quarters were unhappy.",
		// Acronyms.
		"An SEC spokesman declined to comment.",
		"The MIN index is flat.",
		// Ages.
		"Most of the new voters were in their 40s.",
		"A man in his early 50s was arrested.",
		"Officials said that, at the end of the day, it was a choice.",
		// "the day", "the time" joined to a time of their own.
		"Voters remember the day of the flood.",
		"At the time of its founding, the club had 12 members.",
		"At the time Howes was captured, the war was over.",
		"By the time the police came, the men had fled.",
		"The day before the crash, traders were calm.",
		"Sales are 80 times what they were the day before he died.",
		"Listen to Thought for the Day with the bishop.",
	} {
		if got := tg.Tag(in, dct); len(got) != 0 {
			t.Errorf("%q: found %q (%s)", in, got[0].Text, got[0].Rule)
		}
	}
}
