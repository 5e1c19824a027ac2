package temporal

import (
	"sort"
	"strings"

	"github.com/newsroom/timeline/timeline/timex"
)

// The English lexicons. Each is a list of phrases with the value the
// phrase stands for; phrases are tokenized like text, so "New Year's Eve"
// and "a.m." are written as they appear. A phrase marked with a leading ^
// matches only when capitalized ("May", "March", "Sun"), so the verb "may"
// is never a month; one marked with = only in lower case ("sec", not the
// SEC).

type lexItem struct {
	phrase string
	val    int
}

func weekdays() []lexItem {
	return []lexItem{
		{"monday", 1}, {"mon", 1}, {"tuesday", 2}, {"tue", 2}, {"tues", 2},
		{"wednesday", 3}, {"^wed", 3}, {"thursday", 4}, {"thu", 4}, {"thur", 4}, {"thurs", 4},
		{"friday", 5}, {"fri", 5}, {"saturday", 6}, {"sunday", 7},
	}
}

func weekdaysPlural() []lexItem {
	return []lexItem{{"mondays", 1}, {"tuesdays", 2}, {"wednesdays", 3}, {"thursdays", 4}, {"fridays", 5}, {"saturdays", 6}, {"sundays", 7}}
}

func months() []lexItem {
	return []lexItem{
		{"january", 1}, {"jan", 1}, {"february", 2}, {"feb", 2}, {"^march", 3}, {"^mar", 3},
		{"april", 4}, {"apr", 4}, {"^may", 5}, {"june", 6}, {"jun", 6}, {"july", 7}, {"jul", 7},
		{"august", 8}, {"aug", 8}, {"september", 9}, {"sep", 9}, {"sept", 9},
		{"october", 10}, {"oct", 10}, {"november", 11}, {"nov", 11}, {"december", 12}, {"dec", 12},
	}
}

// units maps unit words, singular and plural, to timex units.
func units() []lexItem {
	var out []lexItem
	for _, u := range []struct {
		words []string
		unit  timex.Unit
		times int // a fortnight is two weeks (0: one)
	}{
		// Capitalized, the short forms are names: "an SEC spokesman".
		{[]string{"second", "seconds", "=sec", "=secs"}, timex.Seconds, 0},
		{[]string{"minute", "minutes", "=min", "=mins"}, timex.Minutes, 0},
		{[]string{"hour", "hours", "=hr", "=hrs"}, timex.Hours, 0},
		{[]string{"day", "days"}, timex.Days, 0},
		{[]string{"week", "weeks"}, timex.Weeks, 0},
		{[]string{"fortnight", "fortnights"}, timex.Weeks, 2},
		{[]string{"month", "months"}, timex.Months, 0},
		{[]string{"quarter", "quarters"}, timex.Quarters, 0},
		{[]string{"year", "years"}, timex.Years, 0},
		{[]string{"decade", "decades"}, timex.Decades, 0},
		{[]string{"century", "centuries"}, timex.Centuries, 0},
		{[]string{"millennium", "millennia", "millenniums"}, timex.Millennia, 0},
	} {
		for _, w := range u.words {
			out = append(out, lexItem{w, int(u.unit) | u.times<<unitTimesShift})
		}
	}
	return out
}

// unitTimesShift places a unit word's multiple above its unit in the
// lexicon's value (match.unit reads both).
const unitTimesShift = 8

func partsOfDay() []lexItem {
	return []lexItem{
		{"morning", int(timex.Morning)}, {"mornings", int(timex.Morning)},
		{"afternoon", int(timex.Afternoon)}, {"afternoons", int(timex.Afternoon)},
		{"evening", int(timex.Evening)}, {"evenings", int(timex.Evening)}, {"tonight", int(timex.Night)},
		{"night", int(timex.Night)}, {"nights", int(timex.Night)}, {"overnight", int(timex.Night)},
		{"midday", int(timex.Midday)}, {"daytime", int(timex.Daytime)},
	}
}

// Business shorthand for quarters and halves ("Q3 2009", "H1 2010").
func quarterCodes() []lexItem { return []lexItem{{"q1", 1}, {"q2", 2}, {"q3", 3}, {"q4", 4}} }
func halfCodes() []lexItem    { return []lexItem{{"h1", 1}, {"h2", 2}} }

func seasons() []lexItem {
	return []lexItem{{"spring", timex.Spring}, {"summer", timex.Summer}, {"fall", timex.Fall}, {"autumn", timex.Fall}, {"winter", timex.Winter}}
}

// A season named alone is a time only as "the …" after a preposition of
// time ("in the autumn", "into the summer"), and not when "of", "in" or "from" follows:
// "the fall of Rome", "the fall in prices", "hot springs" are not times.
func seasonLeads() map[string]bool {
	return words("in", "into", "during", "by", "until", "till", "since", "through", "throughout", "over", "before", "after", "from", "toward", "towards")
}

func seasonBlocks() map[string]bool { return words("of", "in", "from") }

// dayLeads are the words before which "the day" is the day the text
// tells of ("ended the day higher", "for the day"); dayStops the words
// after it that make it another's ("the day of the vote", "the day when").
func dayLeads() map[string]bool {
	return words("end", "ended", "ends", "ending", "close", "closed", "closes", "closing", "finish", "finished", "finishing",
		"start", "started", "began", "begin", "for", "during", "throughout", "all")
}

func dayStops() map[string]bool {
	return words("of", "when", "that", "before", "after", "which", "on", "in", "the", "a", "an", "to")
}

// resultNouns are what a period's results are called: "this quarter's
// earnings" are reported after it.
func resultNouns() map[string]bool {
	return words("results", "earnings", "profit", "profits", "sales", "figures", "numbers", "revenue", "revenues", "loss", "losses", "performance")
}

// stretchLeads are the prepositions after which "the past year" is the
// year up to now, a duration ("doubled over the past year").
func stretchLeads() map[string]bool { return words("over", "during", "throughout", "for") }

// quarterRooms are the words before which "quarters" are rooms or
// circles, not periods ("living quarters", "in some quarters").
func quarterRooms() map[string]bool {
	return words("living", "sleeping", "close", "cramped", "crew", "staff", "officers", "servants", "married", "family",
		"some", "many", "other", "all", "certain", "various", "official", "diplomatic", "residential", "winter")
}

// rateLeads are the quantities "a day" or "per week" makes a rate of
// ("$40 million a day", "24 hours a day"); a number before it does too.
func rateLeads() map[string]bool {
	return words("hundred", "thousand", "million", "billion", "trillion", "dozen", "percent", "cents", "dollars", "pounds", "euros", "yen",
		"seconds", "minutes", "hours", "days", "weeks", "months", "times")
}

// rangeJoins join two ends of a range (range.go); "and" joins them only
// after "between", or between two days of one month.
func rangeJoins() map[string]bool { return words("to", "through", "thru", "until", "till", "-", "–") }

// dayFollowers are the words that may follow a range's second day ("April
// 24 and 25 when …"); a number before any other word counts something
// ("on May 3 and 12 lawmakers left").
func dayFollowers() map[string]bool {
	return words("in", "at", "on", "when", "as", "and", "or", "but", "to", "with", "for", "the", "from", "before", "after",
		"while", "of", "this", "last", "next", "that", "is", "was", "were", "are", "will", "would")
}

// planNouns name a thing set for a day ahead: a day named before one is
// when it is due, not a happening told of ("the Jan. 14 deadline", "the
// December 25th opening").
func planNouns() map[string]bool {
	return words("deadline", "target", "cutoff", "expiry", "expiration", "date", "timetable", "goal",
		"opening", "release", "launch", "premiere", "debut", "kickoff", "rollout")
}

// auxiliaries come before a verb: "last" after one is the verb ("the
// strike will last 48 hours").
func auxiliaries() map[string]bool {
	return words("will", "would", "could", "can", "may", "might", "must", "should", "to", "ll", "not", "did", "does", "do")
}

// partLeads are the prepositions before which "late afternoon" and the
// like are a time; elsewhere they describe ("an early-morning session",
// "her late night show").
func partLeads() map[string]bool {
	return words("by", "at", "in", "until", "till", "from", "since", "after", "before", "around", "about", "through", "into", "during", "toward", "towards")
}

// clauseWords may follow "the short term" as a time; any other word makes
// it an adjective ("the short term trend").
func clauseWords() map[string]bool {
	return words("and", "or", "but", "to", "as", "is", "are", "was", "were", "will", "would", "for", "of", "in", "at", "on",
		"when", "if", "because", "while", "after", "before", "than", "the", "a", "it", "we", "they")
}

// secondFollowers are the words after which "a second" is still a time
// ("a second later", "a second or two", "a second of silence"); before
// any other word it is an ordinal ("a second flight").
func secondFollowers() map[string]bool {
	return words("later", "earlier", "ago", "before", "after", "or", "and", "of", "longer", "more", "to", "in", "when")
}

// dayOfMonthLeads are the prepositions "the 12th" takes to be a day.
func dayOfMonthLeads() map[string]bool {
	return words("on", "by", "until", "till", "since", "from", "before", "after")
}

// yearLeads are the words after which a four-digit number is a year
// whatever its value ("in 1066", "by 2050", "between 2030 and 2050").
func yearLeads() map[string]bool {
	return words("in", "of", "since", "from", "by", "until", "till", "before", "after", "around", "circa", "through",
		"to", "between", "and", "during", "-", "–", "year")
}

// unVerbs are the stems of verbs whose un- undoes an action: their -ed
// forms are past tenses, where other un-…-ed words are adjectives
// (tense.go's negatedParticiple).
func unVerbs() []string {
	return []string{"unveil", "unleash", "uncover", "unlock", "unload", "unpack", "unseal", "unearth", "unseat",
		"unplug", "unmask", "unwrap", "unblock", "unfold", "unravel", "unnerv", "unti", "unzip", "unif", "unit",
		"unfreez", "unroll", "unbutton", "unchain", "unburden", "unhook", "unsettl", "unburi", "unscrew", "unfurl"}
}

// monthLeads are the words that may stand capitalized inside a sentence
// before a month's name (a heading's "Sales Rose In May", "Early May").
func monthLeads() map[string]bool {
	m := monthPreps()
	m["and"], m["or"] = true, true
	for _, w := range weekdays() { // "Wednesday January the 12th"
		m[w.phrase] = true
	}
	return m
}

// monthPreps are the prepositions, words of time and determiners that put
// a month's name before a capitalized word ("in June Congress passed …",
// "the June European elections"); after anything else, "June Barrie" is
// a first name and a surname.
func monthPreps() map[string]bool {
	return words("in", "on", "by", "since", "until", "till", "from", "to", "of", "during", "through", "before",
		"after", "last", "next", "this", "early", "late", "mid", "end", "start", "between",
		"the", "a", "its", "their", "his", "her", "our", "that") // "the June European elections"
}

// optativeSubjects are the words that, after "May" opening a sentence,
// make it a wish ("May the relief reach them", "May God bless Haiti",
// "May they rest in peace"): a month's name opening a sentence is
// followed by a verb, a number or a comma instead ("May was wet", "May
// 5 is the deadline"). Examples in TestNotTimes and the month rule's.
func optativeSubjects() map[string]bool {
	return words("the", "god", "he", "she", "they", "we", "you", "it", "his", "her", "their", "our", "your", "all",
		"this", "these", "those", "every", "each")
}

// clockLeads are the words that may stand before an hour told by its
// part of the day ("at 4 in the morning"): without one, "scored 4 in the
// morning session" would be a time.
func clockLeads() map[string]bool {
	return words("at", "by", "until", "till", "around", "about", "after", "before", "from", "since", "to", "and")
}

// gameWords tell of a game's play: a quarter (or half) in their sentence
// is the game's ("a touchdown in the fourth quarter"), unless accountWords
// are there too ("fourth-quarter profit beat the league's forecasts").
func gameWords() map[string]bool {
	return words("touchdown", "touchdowns", "td", "quarterback", "yards", "scored", "score", "points", "goal", "goals",
		"basket", "rebounds", "fumble", "interception", "halftime", "overtime", "inning", "innings", "rallied",
		"comeback", "game", "match", "playoff", "playoffs", "stampede", "victory", "win", "defeat", "beat")
}

func accountWords() map[string]bool {
	return words("profit", "profits", "earnings", "revenue", "revenues", "sales", "results", "growth", "gdp", "economy",
		"fiscal", "net", "income", "shares", "percent", "%", "quarterly", "margin", "margins", "dividend", "forecast",
		"forecasts", "output", "deliveries", "billion", "million", "loss", "losses", "prices", "inflation", "orders")
}

func words(ws ...string) map[string]bool {
	out := make(map[string]bool, len(ws))
	for _, w := range ws {
		out[w] = true
	}
	return out
}

// Direction words: which way "last", "next", "this" move from the anchor.
// "following" and "previous" count from the last mentioned time instead
// (see anaphoricDirs).
func directions() []lexItem {
	return []lexItem{
		{"last", -1}, {"past", -1}, {"previous", -1}, {"preceding", -1}, {"prior", -1},
		{"next", 1}, {"coming", 1}, {"upcoming", 1}, {"following", 1},
		{"this", 0}, {"current", 0}, {"this past", -1}, {"this coming", 1},
	}
}

// Words that put a value before or after its anchor ("two days ago").
func offsets() []lexItem {
	return []lexItem{
		{"ago", -1}, {"earlier", -1}, {"previously", -1}, {"back", -1},
		{"later", 1}, {"afterward", 1}, {"afterwards", 1}, {"hence", 1}, {"from now", 1}, {"on", 1},
	}
}

// Approximators and bounds become the TIMEX3 mod.
func approximators() []lexItem {
	return []lexItem{
		{"about", int(timex.Approx)}, {"around", int(timex.Approx)}, {"approximately", int(timex.Approx)},
		{"roughly", int(timex.Approx)}, {"some", int(timex.Approx)}, {"nearly", int(timex.Approx)},
		{"almost", int(timex.LessThan)}, {"close to", int(timex.Approx)}, {"circa", int(timex.Approx)},
		{"more than", int(timex.MoreThan)}, {"longer than", int(timex.MoreThan)}, {"over", int(timex.MoreThan)}, {"well over", int(timex.MoreThan)},
		{"less than", int(timex.LessThan)}, {"under", int(timex.LessThan)}, {"fewer than", int(timex.LessThan)}, {"just under", int(timex.LessThan)},
		{"at least", int(timex.EqualOrMore)}, {"no less than", int(timex.EqualOrMore)},
		{"up to", int(timex.EqualOrLess)}, {"at most", int(timex.EqualOrLess)}, {"no more than", int(timex.EqualOrLess)},
	}
}

// bounds are the approximators a duration or a clock time takes into its
// extent; "about" stays outside ("about [two weeks]", "about [10:35
// a.m.]", as TimeBank marks them) and still makes the mod APPROX.
func bounds() []lexItem {
	var out []lexItem
	for _, it := range approximators() {
		if it.phrase != "about" {
			out = append(out, it)
		}
	}
	return out
}

// Position words pick a part of a span: "early 2014", "mid-December", "the
// end of the year".
func positions() []lexItem {
	return []lexItem{
		{"early", int(timex.Start)}, {"the beginning of", int(timex.Start)}, {"the start of", int(timex.Start)},
		{"beginning of", int(timex.Start)}, {"the early part of", int(timex.Start)},
		{"mid", int(timex.Mid)}, {"middle", int(timex.Mid)}, {"the middle of", int(timex.Mid)}, {"the mid", int(timex.Mid)},
		{"late", int(timex.End)}, {"the end of", int(timex.End)}, {"end of", int(timex.End)}, {"the close of", int(timex.End)},
		{"the latter part of", int(timex.End)}, {"the late", int(timex.End)}, {"the early", int(timex.Start)},
	}
}

// Vague quantities stand for X in a duration ("several weeks" is PXW).
func vagueAmounts() []lexItem {
	return []lexItem{
		{"several", timex.X}, {"a few", timex.X}, {"few", timex.X}, {"many", timex.X}, {"some", timex.X},
		{"a number of", timex.X}, {"numerous", timex.X}, {"the past few", timex.X},
		{"the last few", timex.X}, {"the next few", timex.X}, {"the coming", timex.X}, {"coming", timex.X},
		{"the next several", timex.X}, {"the past several", timex.X}, {"the last several", timex.X},
	}
}

func ampm() []lexItem {
	return []lexItem{{"a.m.", 0}, {"a.m", 0}, {"am", 0}, {"a. m.", 0}, {"p.m.", 12}, {"p.m", 12}, {"pm", 12}, {"p. m.", 12}}
}

// Time zones join the expression, and those with one known offset put it
// in the value ("14:30 GMT" is T14:30Z): the clock is not converted, it
// stays in the zone the text gives it. "UK" is how British pages print
// their own time ("11:12 UK", "18:00 UK time"), GMT or BST by the season,
// and "ET", "local time" name no offset: those add none.
func zones() []lexItem {
	var out []lexItem
	for _, z := range []struct {
		name   string
		offset int // minutes east of UTC
	}{
		{"^gmt", 0}, {"^utc", 0}, {"^bst", 60}, {"^cet", 60}, {"^cest", 120}, {"^eet", 120}, {"^eest", 180},
		{"^msk", 180}, {"^jst", 540}, {"^kst", 540}, {"^hkt", 480}, {"^aest", 600}, {"^aedt", 660},
		{"^est", -300}, {"^edt", -240}, {"^cst", -360}, {"^cdt", -300}, {"^mst", -420}, {"^mdt", -360},
		{"^pst", -480}, {"^pdt", -420}, {"^akst", -540}, {"^hst", -600},
	} {
		out = append(out, lexItem{z.name, z.offset + zoneKnown})
	}
	for _, z := range []string{"^uk time", "^uk", "^et", "^ct", "^pt", "^ist", "local time"} {
		out = append(out, lexItem{z, 0})
	}
	return out
}

// zoneKnown marks a zone lexicon value as an offset (the value less it);
// 0 is a zone with none.
const zoneKnown = 1 << 16

// References with no calendar place. Adverbs that only order two
// happenings ("previously", "formerly", "shortly after") place nothing in
// time and are left out, as TimeML leaves them.
func references() []lexItem {
	return []lexItem{
		{"now", int(timex.PresentRef)}, {"currently", int(timex.PresentRef)},
		{"nowadays", int(timex.PresentRef)}, {"at present", int(timex.PresentRef)}, {"presently", int(timex.PresentRef)},
		{"these days", int(timex.PresentRef)}, {"at the moment", int(timex.PresentRef)}, {"the present", int(timex.PresentRef)},
		{"at this time", int(timex.PresentRef)}, {"current", int(timex.PresentRef)},
		{"recently", int(timex.PastRef)}, {"lately", int(timex.PastRef)}, {"the past", int(timex.PastRef)},
		{"not long ago", int(timex.PastRef)}, {"some time ago", int(timex.PastRef)}, {"a while ago", int(timex.PastRef)},
		{"the time being", int(timex.PresentRef)},
		// "soon" is left out: no annotated news corpus tags it alone.
		{"the future", int(timex.FutureRef)},
		{"as soon as possible", int(timex.FutureRef)}, {"the near future", int(timex.FutureRef)}, {"someday", int(timex.FutureRef)},
		{"the foreseeable future", int(timex.FutureRef)}, {"the near term", int(timex.FutureRef)},
		{"the short term", int(timex.FutureRef)},
	}
}

// Deictic days: offsets in days from the anchor.
func deicticDays() []lexItem {
	return []lexItem{
		{"today", 0}, {"yesterday", -1}, {"tomorrow", 1},
		{"the day before yesterday", -2}, {"the day after tomorrow", 2},
	}
}

// Set words: "daily" is every day, "weekly" every week.
func frequencies() []lexItem {
	return []lexItem{
		{"hourly", int(timex.Hours)}, {"daily", int(timex.Days)}, {"nightly", int(timex.Days)}, {"weekly", int(timex.Weeks)},
		{"biweekly", int(timex.Weeks)}, {"monthly", int(timex.Months)},
		{"yearly", int(timex.Years)}, {"annually", int(timex.Years)},
	}
}

// Frequencies for "once a week", "twice a year".
func timesWords() []lexItem {
	return []lexItem{{"once", 1}, {"twice", 2}, {"three times", 3}, {"four times", 4}, {"five times", 5}, {"several times", timex.X}, {"many times", timex.X}}
}

func numberWords() []lexItem {
	small := []string{"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
		"eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"}
	tens := []string{"", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"}
	var out []lexItem
	for i, w := range small {
		out = append(out, lexItem{w, i})
	}
	for t := 2; t < 10; t++ {
		out = append(out, lexItem{tens[t], t * 10})
		for u := 1; u < 10; u++ {
			out = append(out, lexItem{tens[t] + "-" + small[u], t*10 + u}, lexItem{tens[t] + " " + small[u], t*10 + u})
		}
	}
	out = append(out,
		lexItem{"a", 1}, lexItem{"an", 1}, lexItem{"a single", 1}, lexItem{"a couple of", 2}, lexItem{"a couple", 2},
		lexItem{"couple of", 2}, lexItem{"a pair of", 2}, lexItem{"a dozen", 12}, lexItem{"dozen", 12},
		lexItem{"a hundred", 100}, lexItem{"one hundred", 100}, lexItem{"hundred", 100}, lexItem{"a thousand", 1000},
		lexItem{"one thousand", 1000}, lexItem{"two thousand", 2000}, lexItem{"half a", 0}, lexItem{"a half", 0},
	)
	for i := 2; i < 10; i++ { // "two hundred", "three thousand"
		out = append(out, lexItem{small[i] + " hundred", i * 100})
		if i > 2 {
			out = append(out, lexItem{small[i] + " thousand", i * 1000})
		}
	}
	return out
}

func ordinalWords() []lexItem {
	words := []string{"", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
		"eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth"}
	var out []lexItem
	for i := 1; i < len(words); i++ {
		out = append(out, lexItem{words[i], i})
	}
	for i := 1; i < 10; i++ {
		out = append(out, lexItem{"twenty-" + words[i], 20 + i}, lexItem{"twenty " + words[i], 20 + i})
	}
	out = append(out, lexItem{"thirtieth", 30}, lexItem{"thirty-first", 31}, lexItem{"thirty first", 31})
	return out
}

// Decade words: "the nineties", "the sixties".
func decadeWords() []lexItem {
	return []lexItem{{"twenties", 20}, {"thirties", 30}, {"forties", 40}, {"fifties", 50}, {"sixties", 60}, {"seventies", 70}, {"eighties", 80}, {"nineties", 90}}
}

// lexClass matches the phrases of one lexicon.
type lexClass struct {
	byFirst map[string][]lexEntry
	keys    []string
	longest int    // tokens in the longest phrase
	bit     uint64 // this class's bit in wordInfo.classes (0 until a tagger numbers it)
}

type lexEntry struct {
	toks               []string
	val                int
	capOnly, lowerOnly bool
}

func newLexClass(items []lexItem) *lexClass {
	c := &lexClass{byFirst: map[string][]lexEntry{}}
	for _, it := range items {
		p, capOnly := strings.CutPrefix(it.phrase, "^")
		p, lowerOnly := strings.CutPrefix(p, "=")
		toks := tokenize(p, nil)
		words := make([]string, len(toks))
		for i, t := range toks {
			words[i] = t.lower
		}
		c.byFirst[words[0]] = append(c.byFirst[words[0]], lexEntry{words, it.val, capOnly, lowerOnly})
		c.longest = max(c.longest, len(words))
	}
	for k, es := range c.byFirst {
		sort.SliceStable(es, func(i, j int) bool { return len(es[i].toks) > len(es[j].toks) })
		c.keys = append(c.keys, k)
	}
	sort.Strings(c.keys)
	return c
}

func (c *lexClass) firsts() []string { return c.keys }
func (c *lexClass) maxTokens() int   { return c.longest }

func (c *lexClass) match(toks []token, i int, out []classHit) []classHit {
	// The token's vocabulary entry says which classes can start with it,
	// which spares the map lookup for nearly every token.
	if c.bit != 0 && (toks[i].info == nil || toks[i].info.classes&c.bit == 0) {
		return out
	}
	for _, e := range c.byFirst[toks[i].lower] {
		if e.capOnly && !toks[i].upper || e.lowerOnly && toks[i].upper {
			continue
		}
		if i+len(e.toks) > len(toks) {
			continue
		}
		ok := true
		for k := 1; k < len(e.toks); k++ {
			if t := toks[i+k]; t.lower != e.toks[k] || t.brk {
				ok = false
				break
			}
		}
		if ok {
			out = append(out, classHit{e.val, len(e.toks)})
		}
	}
	return out
}

// spokenYears are years as broadcast transcripts write them: "nineteen
// ninety-six", "two thousand and one".
func spokenYears() []lexItem {
	var out []lexItem
	nums := numberWords()
	for _, n := range nums {
		if n.val < 10 || n.val > 99 || strings.HasPrefix(n.phrase, "a") {
			continue
		}
		for _, c := range []struct {
			w string
			y int
		}{{"eighteen", 1800}, {"nineteen", 1900}} {
			out = append(out, lexItem{c.w + " " + n.phrase, c.y + n.val})
		}
	}
	out = append(out, lexItem{"two thousand", 2000})
	for _, n := range nums {
		if n.val >= 1 && n.val <= 30 && !strings.HasPrefix(n.phrase, "a") && n.phrase != "one thousand" {
			out = append(out, lexItem{"two thousand and " + n.phrase, 2000 + n.val}, lexItem{"two thousand " + n.phrase, 2000 + n.val})
		}
	}
	return out
}
