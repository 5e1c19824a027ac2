// Headlines: a clause made into a card's title the way a sub-editor
// would, by dropping asides and ending it where a clause or phrase ends,
// never by cutting it at a word count.

package event

import (
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsroom/timeline/timeline/article"
)

// Headline length: a title is kept to maxHeadWords words, and a cut
// leaves at least minHeadWords when any boundary allows it.
const (
	minHeadWords = 6
	maxHeadWords = 14
)

// A title that must show a time ends at the first phrase boundary at most
// maxKeptTail words after it, or at the time; maxAsideTail is how far
// after the time an aside holding it may close ("(1770 - 1839)").
const (
	maxKeptTail  = 4
	maxAsideTail = 12
)

// maxKeptLead bounds the words a title keeps up to its time.
const maxKeptLead = 2 * maxHeadWords

// lastPhraseStart is where the last phrase of words begins that follows
// punctuation (or a conjunction after it), holds at least three words
// and at most maxKeptLead; failing that, the last that follows a word
// opening a clause of its own (clauseOpener: "… who married in 1786",
// "… and died in 1857"), the opener left out; -1 when none does.
func lastPhraseStart(words []string) int {
	for k := len(words) - 3; k > 0 && len(words)-k <= maxKeptLead; k-- {
		if prev := words[k-1]; strings.ContainsAny(prev[len(prev)-1:], ",;:") || prev == "--" || prev == "—" {
			if joins[bare(words[k])] && len(words)-k > 3 {
				k++
			}
			return k
		}
	}
	for k := len(words) - 3; k > 0 && len(words)-k <= maxKeptLead; k-- {
		if clauseOpener(words, k-1) {
			return k
		}
	}
	return -1
}

// clauseOpener reports whether words[k] opens a clause a headline may
// start after: a boundary of the heaviest weight ("who", "when", "but")
// or "and", not inside a name.
func clauseOpener(words []string, k int) bool {
	w := bare(words[k])
	return (boundaryWeight[w] > 1 || w == "and") && (k == 0 || !insideName(words, k))
}

// joins are conjunctions a phrase taken from the middle of a sentence
// does not open with.
var joins = wordSet("and but or")

// A boundary is a word a headline may end before: what follows it is a
// clause or phrase of its own. Its weight says how clean the ending is.
// Each entry carries a sentence and the headline it gives (checked by
// TestBoundaries).
type boundary struct {
	word    string
	weight  int
	example string
	want    string
}

// Punctuation that ends a word ends a phrase, weight 3 (see cutAt).
const punctWeight = 3

var boundaries = []boundary{
	{"which", 2, "The council approved a new harbor budget for the coming year which critics said was far too small for the repairs", "The council approved a new harbor budget for the coming year"},
	{"who", 2, "Police arrested two men near the station late in the evening who had been sought for weeks by detectives", "Police arrested two men near the station late in the evening"},
	{"because", 2, "The airline grounded its entire fleet of small jets across the region because inspectors had found cracks in the wings", "The airline grounded its entire fleet of small jets across the region"},
	{"when", 2, "The intrusion was first noticed by the staff of the studio when employees found a skull image on their screens", "The intrusion was first noticed by the staff of the studio"},
	{"while", 2, "Rescue teams pulled three survivors from the rubble of the hotel while aftershocks shook the capital", "Rescue teams pulled three survivors from the rubble of the hotel"},
	{"after", 2, "Sony canceled the release of the comedy in every cinema in the country after the largest chains pulled out", "Sony canceled the release of the comedy in every cinema in the country"},
	{"before", 2, "The film had its premiere at a theater in Los Angeles last week before the threats began to arrive", "The film had its premiere at a theater in Los Angeles last week"},
	{"although", 2, "The president signed the spending bill into law at the White House although many in his party opposed it", "The president signed the spending bill into law at the White House"},
	{"as", 2, "Stock markets in Asia fell sharply for the third day in a row as investors sold shares", "Stock markets in Asia fell sharply for the third day in a row"},
	{"but", 2, "The company reported record sales for the quarter in every region it serves but warned that profits would fall", "The company reported record sales for the quarter in every region it serves"},
	{"saying", 2, "The ministry issued a statement to the press late that night saying the results were final and binding", "The ministry issued a statement to the press late that night"},
	{"despite", 2, "Thousands of protesters marched through the center of the capital for a second day despite a ban on gatherings", "Thousands of protesters marched through the center of the capital for a second day"},
	{"and", 1, "Doctors plan to open the Physical Medicine and Rehabilitation Institute in the capital and train nurses there", "Doctors plan to open the Physical Medicine and Rehabilitation Institute in the capital"},
	{"and", 1, "The storm knocked out power to more than two million homes along the coast and flooded roads inland", "The storm knocked out power to more than two million homes along the coast"},
	{"in", 1, "The studio told reporters that it had no plans to release the movie in theaters or online at all", "The studio told reporters that it had no plans to release the movie"},
	{"on", 1, "Employees found a skull image and a threatening message waiting for them on their screens that morning", "Employees found a skull image and a threatening message waiting for them"},
	{"at", 1, "Thousands of mourners gathered for the funeral of the former prime minister at the cathedral downtown", "Thousands of mourners gathered for the funeral of the former prime minister"},
	{"for", 1, "Aid agencies appealed to governments around the world to send tents and clean water for the survivors of the quake", "Aid agencies appealed to governments around the world to send tents and clean water"},
	{"with", 1, "Investigators searched the offices of the bank and seized boxes of documents with the help of police", "Investigators searched the offices of the bank and seized boxes of documents"},
	{"from", 1, "The government ordered about ten thousand residents of the coastal towns to leave from their homes by noon", "The government ordered about ten thousand residents of the coastal towns to leave"},
	{"that", 1, "Hackers from a group calling itself the Guardians of Peace had warned that cinemas screening the film would face attacks", "Hackers from a group calling itself the Guardians of Peace had warned"},
	{"into", 1, "Thousands of families who had lost their homes in the storm moved into tents near the football ground", "Thousands of families who had lost their homes in the storm moved"},
	{"during", 1, "The minister who leads the talks for the government walked out of the meeting during a row over fishing quotas", "The minister who leads the talks for the government walked out of the meeting"},
	{"about", 1, "Reporters who had waited outside the court for the verdict asked the lawyers about the sentence", "Reporters who had waited outside the court for the verdict asked the lawyers"},
	{"of", 1, "Rescuers pulled a girl alive out of the collapsed school building in the hills of the province", "Rescuers pulled a girl alive out of the collapsed school building in the hills"},
}

// A government is a verb that governs a phrase of the preposition after
// its object ("keep Americans from …", "accused the minister of …"): a
// headline does not end before that phrase, which the verb needs. Each
// entry carries a sentence and its headline (TestGovernments).
type government struct {
	verbs, prep string
	example     string
	want        string
}

var governments = []government{
	{"keep keeps kept stop stops stopped prevent prevents prevented bar bars barred ban bans banned deter deters deterred discourage discourages discouraged", "from",
		"The mayor said the storm warnings shouldn't keep families from visiting the coast this winter or going out at night",
		"The mayor said the storm warnings shouldn't keep families from visiting the coast"},
	{"accuse accuses accused suspect suspects suspected convict convicts convicted acquit acquits acquitted", "of",
		"Prosecutors in the northern province formally accused the former mayor of taking bribes from the builders of the new bridge",
		"Prosecutors in the northern province formally accused the former mayor of taking bribes"},
}

// governedBy maps a preposition to the verbs that govern it.
var governedBy = func() map[string]map[string]bool {
	m := map[string]map[string]bool{}
	for _, g := range governments {
		if m[g.prep] == nil {
			m[g.prep] = map[string]bool{}
		}
		for _, v := range strings.Fields(g.verbs) {
			m[g.prep][v] = true
		}
	}
	return m
}()

// maxGovernedObject is how many words may stand between a governing
// verb and its preposition ("keep the nation's cinemas from").
const maxGovernedObject = 4

// governed reports whether the preposition words[k] is governed by a
// verb at most maxGovernedObject words before it.
func governed(words []string, k int) bool {
	verbs := governedBy[bare(words[k])]
	if verbs == nil {
		return false
	}
	for i := k - 1; i >= 0 && i >= k-1-maxGovernedObject; i-- {
		if verbs[bare(words[i])] {
			return true
		}
	}
	return false
}

// danglers are words a headline may not end on: they lean on what
// follows ("…would", "…as early as", "…on").
var danglers = wordSet("a an the of to in on at by for from with as and or but nor if than that which who whom whose " +
	"would will could should can may might must shall is are was were be been being has have had do does did " +
	"its their his our your my this these those into onto upon about after before over under between among " +
	"during since until while when where because though although so not very such just also including amid against " +
	"toward towards via per whether both either neither each every some any no")

// asides are pairs that set off a parenthetical a headline drops.
var asides = [][2]string{{" (", ")"}, {" — ", " — "}, {" – ", " – "}, {" - ", " - "}}

var boundaryWeight = func() map[string]int {
	m := map[string]int{}
	for _, b := range boundaries {
		m[b.word] = b.weight
	}
	return m
}()

// headline makes a card's title of a clause. Its work is linear in the
// clause's length but for a clause with brackets, taken away one pass at
// a time.
func headline(t string) string { return headlineKeeping(t, "", 0) }

// headlineKeeping is headline, cut no earlier than the end of keep's
// last occurrence in t (a time expression the title must show): what
// leads up to it stays whole, what follows ends at the first phrase
// boundary at most tail words on, or at keep.
func headlineKeeping(t, keep string, tail int) string {
	// White space as single spaces: asides are found by their spaces
	// (" ("), and a headline made again must find the same ones. Bytes
	// that are no UTF-8 go first: taking a quote out from between them
	// would make a character of them.
	t = spaced(stripMarkup(article.PlainText(strings.ToValidUTF8(t, ""))))
	if strings.Contains(t, ")") {
		t = balanceBrackets(t) // a stray closing bracket goes before asides are found
	}
	least := 0
	if keep = spaced(article.PlainText(keep)); keep != "" {
		i := strings.LastIndex(t, keep)
		if i < 0 {
			return ""
		}
		// An aside that holds the time stays ("including Thomas (1843)").
		from, to := i, i+len(keep)
		if open := strings.LastIndex(t[:i], " ("); open >= 0 && !strings.Contains(t[open:i], ")") {
			if c := strings.IndexByte(t[to:], ')'); c >= 0 && c <= maxAsideTail {
				from, to = open, to+c+1
			}
		}
		head := dropAsides(t[:from]) + t[from:to]
		least = wordCount(head)
		t = head + dropAsides(t[to:])
	} else {
		t = dropAsides(t)
	}
	words := strings.Fields(t)
	if least == 0 {
		words = dropSubjectAppositive(words)
	}
	if least == 0 && len(words) > maxHeadWords {
		words = dropSubjectRelative(words)
	}
	if least > maxKeptLead {
		// Too long a run up to the time: the phrase that holds it, from
		// the last punctuation before it ("…, its highest level since
		// the 1918 pandemic"), or no title.
		from := lastPhraseStart(words[:least])
		if from < 0 {
			return ""
		}
		words, least = words[from:], least-from
	}
	if len(words) > max(maxHeadWords, least) {
		words = words[:cutAt(words, least, tail)]
	}
	// Brackets after the dangling words go (one may close a bracket),
	// and before the trims: what is left of a bracket may end on a
	// dangling word or a comma.
	words = trimDangling(words)
	for slices.ContainsFunc(words, func(w string) bool { return strings.ContainsAny(w, "()") }) {
		// each pass only takes words or brackets away: it ends
		u := trimDangling(strings.Fields(balanceBrackets(strings.Join(words, " "))))
		if slices.Equal(u, words) {
			break
		}
		words = u
	}
	t = strings.Join(words, " ")
	// Trims and quote marks until nothing changes: taking a mark out can
	// leave markup that was not ("_"_"), a mark bare (`."`) or a
	// quotation's comma at the end (`0,"`). A few passes on news, one a
	// comma of a run of them at a time; its length bounds the passes.
	for range len(t) + 1 {
		u := strings.TrimRight(strings.TrimLeft(t, " ,;:-—–"), " ,;:-—–.")
		for _, q := range []string{`"`, "”"} {
			if strings.HasSuffix(u, ","+q) {
				u = strings.TrimSuffix(u, ","+q) + q
			}
		}
		// Dangling words again: a trim can bare one ("0:". gives "0:").
		u = strings.Join(trimDangling(strings.Fields(stripMarkup(balanceQuotes(u)))), " ")
		if u == t {
			break
		}
		t = u
	}
	if r, size := utf8.DecodeRuneInString(t); size > 0 && unicode.IsLower(r) {
		t = string(unicode.ToUpper(r)) + t[size:]
	}
	return t
}

// dropSubjectRelative takes the relative clause out of a long title's
// subject, as a sub-editor would before cutting the predicate: "The
// hackers who broke into the studio's network had warned that cinemas
// would face attacks" is "The hackers had warned that cinemas would face
// attacks". The clause opens with "who" among the first words of a
// subject that opens with a determiner or a name (not "She asked who
// …"), its first word is no auxiliary ("The man who was arrested …"
// keeps it: its end cannot be told), and it ends before the first
// auxiliary after it, which opens the predicate; a comma or a long run
// first leaves the words as they are.
func dropSubjectRelative(words []string) []string {
	if len(words) < 4 || !subjectOpener(words[0]) {
		return words
	}
	for i := 1; i < len(words)-2 && i <= maxRelativeAt; i++ {
		if strings.ContainsAny(words[i-1], ",;:") {
			return words
		}
		if words[i] != "who" { // not "The WHO expects"
			continue
		}
		if auxiliaries[bare(words[i+1])] {
			return words
		}
		for j := i + 2; j < len(words) && j <= i+maxRelativeWords; j++ {
			if strings.ContainsAny(words[j-1], ",;:") || clausePronouns[bare(words[j-1])] {
				return words // "Anyone who thinks they can will …": a clause of its own inside
			}
			if auxiliaries[bare(words[j])] {
				return append(words[:i:i], words[j:]...)
			}
		}
		return words
	}
	return words
}

// dropSubjectAppositive takes out what the subject's commas set off
// before its predicate, as a sub-editor would: "The Airbus A380, the
// world's largest passenger plane, was set to land in the United States"
// is "The Airbus A380 was set to land in the United States", and "The
// airline, which is the third largest in China, signed the agreement"
// is "The airline signed the agreement" (a cut at the first comma left
// the subject alone). The subject opens the title (a determiner or a
// name, not a lead-in such as "In Paris,"), its first comma comes within
// maxAppositiveAt words, and a later one within maxAppositiveWords
// after it is followed by an auxiliary or a verb in the past ("made its
// first flight"), not "and" of a list.
func dropSubjectAppositive(words []string) []string {
	if len(words) < 5 {
		return words
	}
	if w := bare(words[0]); !subjectOpener(words[0]) || leadIns[w] || danglers[w] && !determiners[w] || notSubjects[w] || verbLike(w) || strings.HasSuffix(w, "ly") {
		return words
	}
	// The subject runs to its first comma, with no verb of its own (else
	// the commas set off no apposition).
	i := slices.IndexFunc(words[:min(len(words)-3, maxAppositiveAt)], func(w string) bool { return strings.ContainsAny(w, ",;:") })
	if i < 0 || !strings.HasSuffix(words[i], ",") || strings.ContainsAny(words[i], ";:") ||
		slices.ContainsFunc(words[1:i+1], func(w string) bool { return auxiliaries[bare(w)] || verbLike(bare(w)) }) {
		return words
	}
	j := predicateComma(words, i)
	if j < 0 || !droppable(words, i, j) {
		return words
	}
	return append(append(words[:i:i], strings.TrimSuffix(words[i], ",")), words[j+1:]...)
}

// predicateComma is the comma after words[i] (within maxAppositiveWords)
// that the predicate follows: an auxiliary or a past verb, not a
// participle with its agent ("… committee, chaired by the minister");
// -1 when none does before a semicolon or colon.
func predicateComma(words []string, i int) int {
	for j := i + 1; j < len(words)-1 && j <= i+maxAppositiveWords; j++ {
		if strings.ContainsAny(words[j], ";:") {
			return -1
		}
		if !strings.HasSuffix(strings.TrimRight(words[j], `"”’'`), ",") {
			continue
		}
		next, w := words[j+1], bare(words[j+1])
		if unicode.IsUpper([]rune(next)[0]) || !auxiliaries[w] && !verbLike(w) ||
			!auxiliaries[w] && j+2 < len(words) && bare(words[j+2]) == "by" {
			continue // the apposition goes on ("Jane Roe, 38, from Glasgow, was named")
		}
		return j
	}
	return -1
}

// droppable reports whether words[i+1:j+1], set off after the subject
// words[:i+1], may go: not a list of names going on ("The Edge, Bono and
// Jay-Z, along with Rihanna, are due …": the subject itself), not a name
// in apposition ("Irish low cost airline, Ryanair, announced": what the
// title must keep; its first chunk names and joins, "Cedric and Omar,",
// "Mars,"), not a determiner's phrase set off before more (the words
// before the first comma lead in: "Like its rival, the airline, which
// …,"), not a quotation running on past the comma.
func droppable(words []string, i, j int) bool {
	off := words[i+1 : j+1]
	capital := func(w string) bool { return unicode.IsUpper([]rune(w)[0]) }
	if !slices.ContainsFunc(words[:i+1], func(w string) bool { return !capital(w) }) &&
		slices.ContainsFunc(off, func(w string) bool { return joins[bare(w)] || w == "&" }) {
		return false
	}
	first := slices.IndexFunc(off, func(w string) bool { return strings.HasSuffix(w, ",") })
	if first < 0 {
		first = len(off) - 1 // the closing comma has a quote after it
	}
	if !slices.ContainsFunc(off[:first+1], func(w string) bool {
		return !capital(w) && !joins[bare(w)] && bare(w) != "the" && bare(w) != "of" && w != "&"
	}) {
		return false
	}
	if first < len(off)-1 && (determiners[bare(off[0])] || bare(off[0]) == "my") {
		return false
	}
	quoted := strings.TrimRight(words[j], `"”’'`) != words[j]
	return !quoted || strings.Count(strings.Join(off, " "), `"`)%2 == 0
}

// notSubjects open a sentence before a comma without being its subject:
// sentence adverbs ("Likewise, other factors …"; most others end in
// "-ly") and a participle that opens a clause ("Born, Welshpool, …").
var notSubjects = wordSet("likewise however meanwhile moreover still indeed instead yet today now then again nevertheless nonetheless elsewhere overall besides thus hence born")

// An appositive's first comma comes within maxAppositiveAt words of the
// title's start, and it runs at most maxAppositiveWords.
const (
	maxAppositiveAt    = 10
	maxAppositiveWords = 12
)

// clausePronouns subject a clause inside a relative clause, whose
// auxiliary is then not the predicate's.
var clausePronouns = wordSet(`i you he she it we they`)

// askers open a question, not a subject: "Who …", "What …", "Which …".
var askers = wordSet(`who what which`)

// A subject's relative clause opens within maxRelativeAt words and runs
// at most maxRelativeWords.
const (
	maxRelativeAt    = 4
	maxRelativeWords = 10
)

// subjectOpener reports whether w may open a subject a relative clause
// follows: a determiner or a capitalized word that is no pronoun.
func subjectOpener(w string) bool {
	lw := strings.ToLower(w)
	if determiners[lw] {
		return true
	}
	if clausePronouns[lw] || askers[lw] {
		return false
	}
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

// bare is a word without the punctuation around it, lower-cased.
func bare(w string) string {
	return strings.ToLower(strings.TrimFunc(w, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '\'' }))
}

// cutAt returns how many of words a headline keeps: the boundary that
// leaves minHeadWords to maxHeadWords words with the best score (its
// weight, four words to a point of weight: a comma after eight words
// beats a preposition after fourteen), the latest among equals; else the
// best leaving fewer, since a short whole phrase beats a long cut one;
// else maxHeadWords.
//
// With least > 0 it keeps at least least words, and ends at the first
// boundary at most tail words past them, else there.
func cutAt(words []string, least, tail int) int {
	best, bestScore := 0, 0
	try := func(lo, hi int) {
		for k := lo; k <= hi && k < len(words); k++ {
			w := 0
			if core := strings.TrimRight(words[k-1], `"”’'`); strings.HasSuffix(core, ",") || strings.HasSuffix(core, ";") || strings.HasSuffix(core, ":") {
				w = punctWeight
			} else if bw := boundaryWeight[bare(words[k])]; bw > 0 && !strings.ContainsAny(words[k-1], `(“`) && !insideName(words, k) && !governed(words, k) {
				w = bw
			}
			if score := 4*w + k; w > 0 && score >= bestScore && kept(words[:k]) >= lo {
				best, bestScore = k, score
			}
		}
	}
	if least > 0 {
		// The nearest end of a phrase after the kept words, else there.
		for k := least; k <= min(len(words), least+tail); k++ {
			if k == len(words) || strings.ContainsAny(words[k-1][len(words[k-1])-1:], ",;:") || boundaryWeight[bare(words[k])] > 0 {
				return k
			}
		}
		return least
	}
	try(minHeadWords, maxHeadWords)
	if best == 0 {
		try(3, minHeadWords-1)
	}
	if best == 0 {
		return maxHeadWords
	}
	return best
}

// insideName reports whether the word at k joins two capitalized words,
// as "and" and "of" do in "Physical Medicine and Rehabilitation
// Institute" or "Bank of England": a name is not a phrase boundary.
func insideName(words []string, k int) bool {
	if k+1 >= len(words) {
		return false
	}
	capital := func(w string) bool {
		r, _ := utf8.DecodeRuneInString(strings.TrimLeft(w, `"“'(`))
		return unicode.IsUpper(r)
	}
	return capital(words[k-1]) && capital(words[k+1]) && !strings.ContainsAny(words[k-1], ",;:")
}

// trimDangling drops the function words and punctuation a headline
// would otherwise end on; it keeps at least two words.
func trimDangling(words []string) []string {
	words = words[:kept(words)]
	if n := len(words); n > 0 {
		// A phrase that ended at a comma keeps its closing quote: `"The Interview,"` → `"The Interview"`.
		last := words[n-1]
		core := strings.TrimRight(last, `,;:"”`)
		closing := strings.TrimLeft(last[len(core):], ",;:")
		words = append(words[:n-1:n-1], core+strings.Trim(closing, ",;:"))
	}
	return words
}

// kept is how many of words trimDangling keeps (counted without
// allocating: cutAt asks it of every boundary).
func kept(words []string) int {
	n := len(words)
	for n > 2 {
		if b := bare(words[n-1]); b != "" && !danglers[b] {
			break
		}
		n--
	}
	return n
}

// dropAsides removes parentheticals — "(echoing Epicurus)", "— or was —"
// — when they close within the clause.
func dropAsides(t string) string {
	for _, p := range asides {
		for {
			i := strings.Index(t, p[0])
			if i < 0 {
				break
			}
			j := strings.Index(t[i+len(p[0]):], p[1])
			if p[1] == ")" {
				j = closing(t[i+len(p[0]):]) // "(a (b) c)" is one aside
			}
			if j < 0 {
				break
			}
			rest := t[i+len(p[0])+j+len(p[1]):]
			if rest == "" || !strings.ContainsRune(",.;:", rune(rest[0])) {
				rest = " " + rest // no space left before a comma
			}
			t = t[:i] + rest
		}
	}
	return t
}

// closing is the index of the bracket that closes one opened just
// before t, or -1.
func closing(t string) int {
	depth := 0
	for i := 0; i < len(t); i++ {
		switch t[i] {
		case '(':
			depth++
		case ')':
			if depth == 0 {
				return i
			}
			depth--
		}
	}
	return -1
}

// listMarker is a list item's letter or number opening a line ("3)",
// "(b)"): no word of the headline.
var listMarker = regexp.MustCompile(`^\(?[0-9a-zA-Z]{1,2}\)\s+`)

// balanceBrackets takes a list item's marker off and drops what a cut
// leaves of a bracket: an aside opened and not closed goes with the rest
// of the headline after it (with too little before it, only its bracket
// goes), and a closing bracket whose opening was cut away goes.
func balanceBrackets(t string) string {
	if !strings.ContainsAny(t, "()") {
		return t
	}
	t = listMarker.ReplaceAllString(t, "")
	var open []int        // where the brackets not yet closed stand in b
	var b strings.Builder // bytes, not runes: brackets are ASCII, and other bytes stay as they are
	for i := 0; i < len(t); i++ {
		switch t[i] {
		case '(':
			open = append(open, b.Len())
		case ')':
			if len(open) == 0 {
				continue
			}
			open = open[:len(open)-1]
		}
		b.WriteByte(t[i])
	}
	t = b.String()
	if len(open) > 0 {
		// The cut goes before the word the bracket opens in ("x(y"),
		// unless a bracket closed in that word ("(a)(b").
		cut := open[0]
		if ws := max(0, strings.LastIndexByte(t[:cut], ' ')); !strings.ContainsAny(t[ws:cut], "()") {
			cut = ws
		}
		if head := strings.TrimRight(t[:cut], " ,;:-—–"); wordCount(head) >= minHeadWords {
			t = head
		} else {
			for i := len(open) - 1; i >= 0; i-- {
				t = t[:open[i]] + t[open[i]+1:]
			}
		}
	}
	return spaced(t)
}

// balanceQuotes closes a quotation the headline leaves open and drops a
// closing mark whose opening was cut away.
func balanceQuotes(t string) string {
	if strings.HasPrefix(t, `" `) {
		t = `"` + t[2:] // `" I worked` → `"I worked`
	}
	if strings.Count(t, `"`)%2 == 1 {
		i := strings.LastIndex(t, `"`)
		if i+1 < len(t) && (i == 0 || t[i-1] == ' ') {
			t += `"` // an opening mark: the quotation ran on past the cut
		} else {
			t = t[:i] + t[i+1:]
		}
	}
	if o, c := strings.Count(t, "“"), strings.Count(t, "”"); o > c {
		t += strings.Repeat("”", o-c)
	} else if c > o {
		t = strings.Replace(t, "”", "", c-o)
	}
	return strings.TrimSpace(t)
}

// stripMarkup takes Markdown emphasis, code marks and links out of t
// until none is left: taking one out can make another ("_#_" leaves
// "__", "[[a](b)](c)" leaves "[a](c)"); each pass shortens t.
func stripMarkup(t string) string {
	if !strings.ContainsAny(t, "*_`#") && !strings.Contains(t, "](") {
		return t // most sentences: nothing to take out, nothing allocated
	}
	for {
		u := markup.Replace(t)
		if strings.Contains(u, "](") {
			u = linkRe.ReplaceAllString(u, "$1")
		}
		if u == t {
			return t
		}
		t = u
	}
}
