package event

import (
	"cmp"
	"context"
	"math"
	"regexp"
	"slices"
	"strings"
	"time"
	"unicode"

	"github.com/newsroom/timeline/timeline/article"
	"github.com/newsroom/timeline/timeline/internal/parallel"
)

// Day summaries: a key date's summary is the one to three sentences that
// tell its main happening (KeyDate.Summary; events.json lists them first
// among the key date's events), drawn from its cards and from the
// articles that report them (summary, below). The cards are put in the
// order that tells the day best (summarize), those of the summary first
// (the site leads the key date with the first): the day's main happening
// is the most reported (most outlets, most articles) and the most central
// among the day's reports (its sentence nearest the TF-IDF centroid of
// the day's sentences, each weighted by the articles reporting it), on
// the story's subject (near the centroid of every key date's sentences:
// a collection gathered by a keyword carries listings and asides that
// name a day too). A sentence that cannot tell a day (a live-blog header,
// a quote, a fragment, a page stamp, a reader's comment) takes no place
// in the summary.
//
// Measured and left for the cards' order (Timeline17 dev, date-aligned
// ROUGE-1 0.208 with this ranking as the summary; leave-one-topic-out
// over H1N1, MJ and haiti, each fold taking the variant best on the other
// two): ranking the day's events by the centroid of every source sentence
// of the day and the leads of the articles published the day before to
// the day after, cross-validated 0.207 (0.213 at best in-sample); the
// factors of summaryScore raised to 0.5 to 2 or dropped, 0.207; a
// stronger length mark-down (squared, or from 18 words), 0.206 to 0.209;
// words peculiar to the day (idf over the key dates) below 0.211
// in-sample at every weight. Choosing with hindsight among the day's
// events' telling sentences reaches 0.235, among all their sources'
// sentences 0.256.

// notSummary is a kind of sentence that tells no day, with an example of
// it and one of a sentence it must not take. A kind is told by what opens
// the sentence (start, tried at its first byte only), by how it ends (end,
// tried on its last endBytes bytes), by phrases anywhere in it
// (lower-cased), by a clock time's zone and what stands around it
// (around), by a lone quotation mark, or by a word count: an expression
// tried at every place of every candidate sentence cost more than ranking
// the days.
type notSummary struct {
	why   string
	start *regexp.Regexp // anchored at the start
	end   *regexp.Regexp // anchored at the end
	// unless are words (lower-cased, whole) that make a sentence the end
	// expression takes another kind: a caption's scene is in the present,
	// a report closed alike by a past verb tells its day.
	unless    []string
	around    *regexp.Regexp // tried on aroundBytes either side of each of zones
	phrases   []string
	loneQuote bool
	endsIn    string // a closing mark (after any closing quotes): the sentence asks, not tells
	maxWords  int
	example   string
	unlike    string
}

// endBytes is how much of a sentence's end an end expression reads: a
// place and a date with its year. It is tried only on a sentence that
// ends in a number (endsInNumber): the expression, unanchored at its
// start, cost three times the rest of the table.
const endBytes = 48

// endsInNumber reports whether s ends in a digit, before a closing full
// stop and spaces.
func endsInNumber(s string) bool {
	s = strings.TrimRight(s, ". ")
	return s != "" && s[len(s)-1] >= '0' && s[len(s)-1] <= '9'
}

// zoneNames are the clock zones a page stamp gives its time in;
// aroundBytes is how far either side of one a stamp's date may lie.
const zoneNames = `GMT|BST|UTC|UK time|EDT|EST|CET`

var zones = strings.Split(zoneNames, "|")

const aroundBytes = 40

const monthName = `(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?`

var notSummaries = []notSummary{
	{why: "live-blog entry header", start: regexp.MustCompile(`^(?i)(\d{1,2}[.:]\d{2}\s*(am|pm)?|\d{4})\s*(gmt|bst|utc|[ecmp][sd]t)?\s*[:\-–—]`),
		example: "10.42am: The minister has just arrived at the hospital.", unlike: "10.50 euros was the fare before the strike began."},
	{why: "live-blog or programme header", start: regexp.MustCompile(`^(?i)as it happened\b`),
		phrases: []string{"live coverage", "live updates", "live blog", "running order", "is broadcast live"},
		example: "As it happened: flood defences fail Live coverage of the storm.", unlike: "The storm broke the flood defences, as forecasters had warned."},
	{why: "page stamp", start: regexp.MustCompile(`^(?i)(updated|published|posted)\s*:`), phrases: []string{"last updated", "last modified"},
		example: "Page last updated at 09:12 GMT, Friday, 12 March 2010", unlike: "Officials updated the death toll on Friday."},
	{why: "page stamp run into the text: a clock time and its zone right beside a full date", around: regexp.MustCompile(`(?:19|20)\d\d,?\s+\d{1,2}[.:]\d{2}\s*(?:` + zoneNames + `)|\d{1,2}[.:]\d{2}\s*(?:` + zoneNames + `),?\s+(?:\p{Lu}\p{Ll}+day,?\s+)?\d{1,2}\s+` + monthName + `\s+(?:19|20)\d\d`),
		example: "Flood defences fail, says agency Tuesday 28 April 2009 17.37 BST The agency said the defences failed.", unlike: "The quake struck at 16.53 local time (21.53 GMT) on Tuesday 12 January 2010."},
	{why: "photo caption: a scene told in the present, closed by its place and date", end: regexp.MustCompile(`\b\p{Lu}\p{L}+\s+` + monthName + `\s+\d{1,2},\s+\d{4}\.?\s*$`),
		unless:  []string{"was", "were", "had", "did", "said", "told", "died"},
		example: "A nurse checks a patient at a clinic in Dallas, Texas April 29, 2009.", unlike: "The clinic in Dallas closed its doors on April 29, 2009."},
	{why: "quote fragment: opens mid-sentence", start: regexp.MustCompile(`^(?:[\p{Ll},;:)\]…]|\.\.\.)`),
		example: "and then the lights went out across the whole city.", unlike: "Lights went out across the whole city on Monday."},
	{why: "quote fragment: a quote left open or closed alone", loneQuote: true,
		example: `The mayor said: "we will rebuild every school.`, unlike: `The mayor said "we will rebuild" on Tuesday.`},
	{why: "opens with a quote: what someone said, not what happened", start: regexp.MustCompile(`^["“‘']`),
		example: `"We have never seen water this high," the mayor said on Monday.`, unlike: `The mayor said on Monday that the water had never been this high.`},
	{why: "told in the first person: a witness's or a reader's words, not the report's", start: regexp.MustCompile(`^I(?:['’](?:m|ve|d|ll))?\s`),
		example: "I think the council got the sea wall wrong.", unlike: "I-95 was closed on Monday after the crash."},
	{why: "leans on the sentence before: opens with a pronoun for someone it has not named", start: regexp.MustCompile(`^(?:He|She|They|His|Her|Their)\s`),
		example: "He said the wall would be rebuilt by the spring.", unlike: "Helen Marsh said the wall would be rebuilt by the spring."},
	{why: "a question: it asks, not tells", endsIn: "?",
		example: `Who will pay for the new sea wall?`, unlike: `The council asked on Monday who would pay for the new sea wall.`},
	{why: "a reader's comment, quoted under its header", phrases: []string{" wrote:"},
		example: "At 4:55 pm on 21 Jan 2010, harbourwatcher wrote: The wall should have been built years ago.", unlike: "The mayor wrote to the harbour board on Monday to ask for a new wall."},
	{why: "too short to tell a happening", maxWords: 5,
		example: "It happened on Monday.", unlike: "The bridge collapsed on Monday morning."},
}

// takes reports whether s (trimmed; lower, lower-cased) is of kind n.
func (n notSummary) takes(s, lower string) bool {
	switch {
	case n.start != nil && n.start.MatchString(s):
		return true
	case n.end != nil && endsInNumber(s) && n.end.MatchString(s[max(0, len(s)-endBytes):]) && !hasWord(lower, n.unless):
		return true
	case n.around != nil && stampAround(n.around, s):
		return true
	case n.loneQuote && strings.Count(s, `"`)+strings.Count(s, "“")+strings.Count(s, "”") == 1:
		return true
	case n.maxWords > 0 && wordCount(s) <= n.maxWords:
		return true
	case n.endsIn != "" && strings.HasSuffix(strings.TrimRight(s, `"'”’ `), n.endsIn):
		return true
	}
	return slices.ContainsFunc(n.phrases, func(p string) bool { return strings.Contains(lower, p) })
}

// hasWord reports whether lower holds one of words whole.
func hasWord(lower string, words []string) bool {
	return slices.ContainsFunc(words, func(w string) bool {
		return foundWhere(lower, w, func(i int) bool {
			return (i == 0 || !isWordByte(lower[i-1])) && (i+len(w) == len(lower) || !isWordByte(lower[i+len(w)]))
		})
	})
}

func isWordByte(c byte) bool { return c >= 'a' && c <= 'z' || c >= '0' && c <= '9' }

// stampAround reports whether re matches near one of zones in s (it is
// tried only there: few sentences name a clock zone).
func stampAround(re *regexp.Regexp, s string) bool {
	return slices.ContainsFunc(zones, func(z string) bool {
		return foundWhere(s, z, func(i int) bool {
			return re.MatchString(s[max(0, i-aroundBytes):min(len(s), i+len(z)+aroundBytes)])
		})
	})
}

// foundWhere reports whether sub is found in s at a place i where ok(i).
func foundWhere(s, sub string, ok func(i int) bool) bool {
	for from := 0; ; {
		i := strings.Index(s[from:], sub)
		if i < 0 {
			return false
		}
		i += from
		if ok(i) {
			return true
		}
		from = i + len(sub)
	}
}

// tellsNoDay reports whether a sentence is of a kind that tells no day.
func tellsNoDay(s string) bool {
	s = strings.TrimSpace(s)
	lower := strings.ToLower(s)
	return slices.ContainsFunc(notSummaries, func(n notSummary) bool { return n.takes(s, lower) })
}

// summaryLength is about the longest sentence a day's summary line
// runs to (journalists' timeline lines run 15 to 24 words on average in
// Timeline17); a longer one is marked down in proportion. Not fitted:
// date-aligned ROUGE-1 on dev moves 0.183 to 0.188 from 15 to 40 words.
const summaryLength = 25

// summarizer orders the events of key dates; it holds what the whole
// story says: each key-date event's content words and, over them, how
// many events use each word.
type summarizer struct {
	words   map[*Event][]string
	text    map[*Event]string // the sentence that stands for the event
	outlets map[*Event]int    // reporting it
	df      map[string]int
	n       int     // events counted in df
	norm    float64 // squared length of the story centroid
	stop    map[string]bool
	reports map[*Doc][]reportSentence // the sentences a pool may take, read before the summaries (readReports)
	cards   map[*Event][]string       // poolWords of each key date's card, read with the reports
	stems   *stemCache                // the build's (similarity.stems)
	dated   map[place]time.Time       // datedSentences of the timeline's events
	// shown are the sentences of the summaries drawn so far, best
	// ranked key date first: a report read on three days tells one.
	shown map[string]bool
}

// newSummarizer reads the events of the key dates, with the outlets and
// the sentence that tells each (Telling) from the days' evidence (words: the content words of a sentence,
// similarity.words, the words merging compares).
func newSummarizer(kds []KeyDate, days []*dayEvidence, words func(string) []string, stems *stemCache) *summarizer {
	s := &summarizer{words: map[*Event][]string{}, text: map[*Event]string{}, outlets: map[*Event]int{}, df: map[string]int{}, stop: map[string]bool{}, reports: map[*Doc][]reportSentence{}, shown: map[string]bool{}}
	for _, w := range stopwords() {
		s.stop[w] = true
	}
	s.stems = stems
	for _, d := range days {
		for i, e := range d.events {
			s.outlets[e] = d.outlets[i]
			s.text[e] = e.Telling().Text
		}
	}
	var events []*Event
	for _, k := range kds {
		events = append(events, k.Events...)
	}
	ws := make([][]string, len(events))
	parallel.Do(context.Background(), len(events), func(i int) { ws[i] = words(s.text[events[i]]) })
	for i, e := range events {
		s.words[e] = ws[i]
		s.n++
		for _, w := range ws[i] {
			s.df[w]++
		}
	}
	for t, c := range s.df {
		x := float64(c) * s.idf(t)
		s.norm += x * x
	}
	return s
}

// idf is a word's inverse frequency among the story's events.
func (s *summarizer) idf(t string) float64 {
	return math.Log(1 + float64(s.n)/float64(max(1, s.df[t])))
}

// onStory is the cosine of a sentence's words with the story's centroid
// (every event's words at their idf; a word's weight there is df × idf).
func (s *summarizer) onStory(ws []string) float64 {
	var dot, n float64
	for _, t := range ws {
		x := s.idf(t)
		dot += x * x * float64(s.df[t])
		n += x * x
	}
	if n == 0 || s.norm == 0 {
		return 0
	}
	return dot / math.Sqrt(n*s.norm)
}

// summarize returns a day's cards in the order that tells the day: the
// best event by summaryScore that can tell a day, then the best of the
// rest that does not say again what is chosen, and so on for three
// places; the rest after them, best first (pick then draws the day's
// summary and puts its cards first). (Whether a sentence can tell a day
// is asked of the candidates for those places only: asking it of every
// sentence of every day cost more than the ranking.)
func (s *summarizer) summarize(events []*Event) []*Event {
	if len(events) < 2 {
		return events
	}
	// Centrality within the day: words weighted by their rarity among
	// the day's events, the centroid by the articles reporting each.
	words := make([][]string, len(events))
	for i, e := range events {
		words[i] = s.words[e]
	}
	weighted, central := centralities(words, func(i int) float64 { return events[i].Score })
	type ranked struct {
		e     *Event
		w     termVector
		score float64
	}
	rs := make([]ranked, len(events))
	for i, e := range events {
		rs[i] = ranked{e, weighted[i], summaryScore(e.Score, s.outlets[e], s.text[e], central[i], s.onStory(s.words[e]))}
	}
	slices.SortStableFunc(rs, func(a, b ranked) int { return cmp.Compare(b.score, a.score) })
	places := summaryPlaces
	out := make([]*Event, 0, len(events))
	var chosen []termVector
	used := make([]bool, len(rs))
	var cannot []*Event // sentences that tell no day, best first
	for i := 0; i < len(rs) && len(chosen) < places; i++ {
		r := rs[i]
		switch {
		case tellsNoDay(s.text[r.e]):
			cannot = append(cannot, r.e)
		case slices.ContainsFunc(chosen, func(c termVector) bool { return c.cosine(r.w) > sameText }):
			continue
		default:
			chosen = append(chosen, r.w)
			out = append(out, r.e)
		}
		used[i] = true
	}
	// Sentences that say again what is chosen come after it; those that
	// tell no day come last of the ones asked.
	for i, r := range rs {
		if !used[i] {
			out = append(out, r.e)
		}
	}
	return append(out, cannot...)
}

// summaryPlaces is how many sentences a summary runs to at most;
// sameText is the cosine above which a sentence says again what is
// chosen.
const (
	summaryPlaces = 3
	sameText      = 0.75
)

// The summary proper. A day's cards are its happenings, each told by
// one sentence, but the articles that report them tell the day better:
// a report's lead, or the line in it that sums the day up. A key date's
// summary is drawn from a pool of the sentences of its cards and of every
// sentence of the articles published on the day or lineLag days after
// that report one of its cards: the summaryPlaces sentences most central
// among them (cosine with the pool's TF-IDF centroid, each sentence
// counted as often as the pool gives it, so a wire line three papers
// print weighs thrice), marked down past summaryLength words, none that
// tells no day or says again what is chosen. A report's sentence that is
// a source of one of the day's cards tells that card: a happening takes
// one place; one that dates a happening of another day by a time of its
// own ("officials said Wednesday night", in Thursday's paper) tells that
// day, not this one, and takes no place (datedSentences: Timeline17 dev
// ROUGE-1 0.233 -> 0.231 with it, kept for what the line says). A chosen sentence that is no card's own is a summary line
// quoting its report (SummaryLine.Doc), listed in events.json with its
// key date but shown on no page.
//
// Measured on Timeline17 dev (date-aligned ROUGE, score.py): ROUGE-1
// 0.208 -> 0.231, ROUGE-2 0.044 -> 0.062, every topic gaining (H1N1
// 0.211 -> 0.227, MJ 0.085 -> 0.123, haiti 0.324 -> 0.353); date F1
// unchanged (the summary takes no part in ranking days). Tried and left,
// on a replay of the build's events.json: the cards, then the leads of
// their reports, 0.213; only the reports' first one or three sentences,
// 0.199 and 0.205; the reports of the first three cards only, 0.224; no
// length mark-down 0.202, from 20 or 35 words 0.222 and 0.226
// (summaryLength, not fitted, kept). In the build: every article
// published on the day or the two after, reporting a card or not, 0.224;
// each line once over all key dates (to the best ranked), 0.228 (kept
// later all the same, shown: a report read on three days told one
// sentence thrice on the front page); each
// report's sentences weighed by one over the root of their number (so
// that a long article, a reader thread, weighs less), 0.213.
//
// The lines take no place among a key date's events, and a reader of
// events.json (score.py too) reads the cards. Tried and left (issue
// #23; Timeline17 dev, ROUGE-1/2 of the first events as score.py reads
// them, 0.208/0.044 as above): letting a line tell a card its article
// is a source of (the card's sentence becomes the line; sources, title
// and happening unchanged), the nearest such card by the pool's cosine,
// 0.220/0.058, but most of the 60 cards so told were told by another
// happening's sentence (a telethon's card by "at least 75,000 bodies
// have been buried", a card on the flu's chatter on blogs by Scotland's
// first cases): the lines that sum a day up are mostly sentences no
// card's source gives (leads and overviews dated by no expression), and
// a card of one article is seldom the happening its lead tells. Held to
// the card it is near (cosine above 0.1, 0.2, 0.3: 0.213/0.055,
// 0.210/0.052, 0.207/0.045; or merging's own test, overlap at least
// mergeSim and minShared words with the card's sentence or a source's,
// 0.209/0.051) half the cards so told still read wrong: a live blog's
// card of a hundred sources shares words with any line. Wholly faithful
// ways stay near 0.208: a line that is a card's source telling that
// card, 0.206/0.044; the cards after the summary ordered by the pool's
// ranking, 0.211/0.046, or led by the card nearest each line (ordering
// only), 0.203 to 0.212; the summary drawn from cards and their sources
// alone, 0.208/0.044; each card told by its source nearest the pool's
// centroid, 0.207/0.042.
//
// lineLag and lineMinWords were chosen by leave-one-topic-out
// cross-validation over the three dev topics (each fold taking the value
// best on the other two's timelines), one after the other. lineLag on
// {0, 1, 2} days: ROUGE-1 0.223, 0.228, 0.231 in-sample (ROUGE-2 0.064,
// 0.063, 0.062), the folds chose 1 (H1N1 held out), 2 and 2 (MJ, haiti),
// cross-validated 0.227.
const lineLag = 2 // days after the key date a report may be published

// reportWeighs is how many sentences of a report weigh fully in the
// pool's centroid; a longer one's weigh reportWeighs in all, so that a
// page of three hundred readers' comments does not pull the centroid to
// its own words (a language-lesson page's "once in a blue moon" was the
// summary of two days of a flu story). On Timeline17 dev, the summary as
// written (keyDates[].summary first), ROUGE-1/2: 10 0.223/0.060, 20
// 0.228/0.063, 40 0.231/0.064, no bound 0.231/0.062 (with each sentence
// on one key date only): 40, the least that loses nothing.
const reportWeighs = 40

// lineMinWords is the fewest words a report's sentence needs to join
// the pool: shorter ones are headings, credits and captions. On {6, 8,
// 10} (lineLag 2, before datedSentences): ROUGE-1 0.232, 0.233, 0.231
// in-sample; every fold chose 8, cross-validated 0.233 (differences of a
// few thousandths: 8 is also the length below which a telling sentence
// is marked down).
const lineMinWords = 8

// poolSentence is a sentence of a key date's pool.
type poolSentence struct {
	text  string
	card  *Event // the card it is a sentence of, if any
	doc   *Doc
	ws    []string
	n     int     // words of text
	given float64 // how much the pool gives it: once a card or report, less for a long report
}

// rankedPool is a key date's pool, most central first (order), with each
// sentence's TF-IDF vector.
type rankedPool struct {
	pool  []*poolSentence
	vs    []termVector
	order []int
}

// rankPool draws k's pool and ranks it. It reads only what the
// summarizer holds, so the key dates' pools are ranked on every core;
// pick then chooses from them one key date after another.
func (s *summarizer) rankPool(k KeyDate) *rankedPool {
	if len(k.Events) == 0 {
		return &rankedPool{}
	}
	var pool []*poolSentence
	byText := map[string]*poolSentence{}
	add := func(c *poolSentence, weight float64) {
		if k := byText[c.text]; k != nil {
			k.given += weight
			return
		}
		c.given = weight
		byText[c.text] = c
		pool = append(pool, c)
	}
	for _, e := range k.Events {
		text, n := oneSpaced(s.text[e])
		add(&poolSentence{text: text, card: e, ws: s.cards[e], n: n}, 1) // read by readReports
	}
	// A report's sentence that is a source of one of the day's cards
	// stands for the card, told as the card is.
	cardOf := map[place]*Event{}
	for _, e := range k.Events {
		for _, src := range e.Sources {
			if p := (place{src.Doc, src.Sentence.Start}); cardOf[p] == nil {
				cardOf[p] = e
			}
		}
	}
	seen := map[*Doc]bool{}
	for _, e := range k.Events {
		for _, src := range e.Sources {
			d := src.Doc
			if seen[d] {
				continue
			}
			seen[d] = true
			if !reportsDay(d, k.Date) {
				continue
			}
			report := s.reports[d] // read by readReports: every report a pool takes (reportDocs)
			weight := min(1, reportWeighs/float64(len(report)))
			for _, r := range report {
				card := cardOf[place{d, r.sent.Start}]
				if day := s.dated[place{d, r.sent.Start}]; card == nil && !day.IsZero() && !day.Equal(k.Date) {
					continue // it tells a happening of another day, by its own time
				}
				add(&poolSentence{text: r.text, card: card, doc: d, ws: r.ws, n: r.n}, weight)
			}
		}
	}
	words := make([][]string, len(pool))
	for i, c := range pool {
		words[i] = c.ws
	}
	vs, scores := centralities(words, func(i int) float64 { return pool[i].given })
	for i, c := range pool {
		scores[i] *= min(1, summaryLength/float64(max(1, c.n)))
	}
	order := make([]int, len(pool))
	for i := range order {
		order[i] = i
	}
	slices.SortStableFunc(order, func(a, b int) int { return cmp.Compare(scores[b], scores[a]) })
	return &rankedPool{pool: pool, vs: vs, order: order}
}

// pick chooses a summary from a ranked pool: the most central sentences
// that tell a day, none saying again what is chosen or telling a card
// told already, none shown in a better ranked key date's summary (pools
// are picked from in rank order: s.shown).
func (s *summarizer) pick(r *rankedPool) (summary []SummaryLine) {
	var chosen []termVector
	told := map[*Event]bool{} // cards the summary tells, by their sentence or a source's
	for _, i := range r.order {
		if len(summary) == summaryPlaces {
			break
		}
		c := r.pool[i]
		if tellsNoDay(c.text) || c.card != nil && told[c.card] || s.shown[c.text] ||
			slices.ContainsFunc(chosen, func(v termVector) bool { return v.cosine(r.vs[i]) > sameText }) {
			continue
		}
		chosen = append(chosen, r.vs[i])
		s.shown[c.text] = true
		if c.card != nil {
			told[c.card] = true
		}
		if c.doc == nil {
			summary = append(summary, SummaryLine{Text: s.text[c.card], Event: c.card})
		} else {
			summary = append(summary, SummaryLine{Text: c.text, Doc: c.doc})
		}
	}
	return summary
}

// place is a sentence of an article, by where it starts.
type place struct {
	d     *Doc
	start int
}

// datedSentences are the sentences of reports that date a happening of
// events by a time of their own (not a lead's dateline): such a sentence
// of a report tells the day of its happening, and takes no other day's
// summary. Only the reports a summary may read are looked at: a map of
// every source of the collection cost serve's rebuild a third of its
// time at 10,000 articles.
func datedSentences(events []*Event, reports map[*Doc]bool) map[place]time.Time {
	out := map[place]time.Time{}
	var buf []*Doc
	for _, e := range events {
		if !dayGranular(e.Time) {
			continue
		}
		// By the sources' articles, kept with the event: only a
		// report's sources are read.
		facts := e.sourceFacts(&buf)
		for i, d := range facts.docs {
			if !reports[d] {
				continue
			}
			if src := e.Sources[i]; !isLead(src) {
				if p := (place{d, src.Sentence.Start}); out[p].IsZero() {
					out[p] = e.Time.Start
				}
			}
		}
	}
	return out
}

// reportsDay reports whether d, an article reporting one of a key date's
// cards, may lend its sentences to the summary of day: it was published
// on the day or within lineLag days after.
func reportsDay(d *Doc, day time.Time) bool {
	if d.Article.Anchor.IsZero() {
		return false
	}
	pub := civilDay(d.Article.Anchor.Time)
	return !pub.Before(day) && daysApart(pub, day) <= lineLag
}

// reportDocs are the articles whose sentences may join the summary of one
// of kds: those published on a key date or within lineLag days after it
// that report one of its events (as summary reads them).
func reportDocs(kds []KeyDate) map[*Doc]bool {
	out := map[*Doc]bool{}
	for _, k := range kds {
		for _, e := range k.Events {
			for _, src := range e.Sources {
				if reportsDay(src.Doc, k.Date) {
					out[src.Doc] = true
				}
			}
		}
	}
	return out
}

// reportSentence is a sentence of a report that may join a summary's
// pool, with its words.
type reportSentence struct {
	sent article.Sentence
	text string
	ws   []string
	n    int // words of text
}

// readReports reads the sentences of docs (reportDocs) that may join a
// summary's pool, once each (an article reports to the pools of two
// days), and the words of the cards of kds, on every core.
func (s *summarizer) readReports(docs map[*Doc]bool, kds []KeyDate) {
	ds := make([]*Doc, 0, len(docs))
	for d := range docs {
		ds = append(ds, d)
	}
	var cards []*Event
	for _, k := range kds {
		cards = append(cards, k.Events...)
	}
	read := make([][]reportSentence, len(ds))
	ws := make([][]string, len(cards))
	parallel.Do(context.Background(), len(ds)+len(cards), func(i int) {
		if i < len(ds) {
			read[i] = s.readReport(ds[i])
			return
		}
		text, _ := oneSpaced(s.text[cards[i-len(ds)]])
		ws[i-len(ds)] = s.poolWords(text)
	})
	for i, d := range ds {
		s.reports[d] = read[i]
	}
	s.cards = make(map[*Event][]string, len(cards))
	for i, e := range cards {
		s.cards[e] = ws[i]
	}
}

// readReport reads d's sentences that may join a pool.
func (s *summarizer) readReport(d *Doc) []reportSentence {
	a := d.Article
	var out []reportSentence
	for _, sent := range a.Sentences {
		if text, n := oneSpaced(a.Plain(sent.Start, sent.End)); n >= lineMinWords {
			out = append(out, reportSentence{sent, text, s.poolWords(text), n})
		}
	}
	return out
}

// oneSpaced is text's words joined by one space, and how many there are
// (strings.Fields and strings.Join): text itself when it is printable
// ASCII already so spaced, as most sentences are.
func oneSpaced(text string) (string, int) {
	n := 1
	for i := 0; i < len(text); i++ {
		switch c := text[i]; {
		case c == ' ' && i > 0 && i+1 < len(text) && text[i+1] != ' ':
			n++
		case c <= ' ' || c >= 0x7f:
			f := strings.Fields(text)
			return strings.Join(f, " "), len(f)
		}
	}
	if text == "" {
		return "", 0
	}
	return text, n
}

// poolWords are the words a summary's pool compares: the stems of a
// sentence's lower-cased words of three letters or more but stopwords,
// sorted and each once. Not similarity.words: its predicate phrases and
// shared stem cache, asked of every sentence of every report, took half
// again the user CPU time of a whole build (Timeline17 H1N1, 0.61 s
// before summary lines, 0.92 s with similarity.words, 0.77 s with these)
// for ROUGE-1 0.229 against 0.228 (lineLag 1, lineMinWords 6).
func (s *summarizer) poolWords(text string) []string {
	if !isASCII(text) {
		toks, _ := lowerWords(text)
		out := toks[:0]
		for _, w := range toks {
			w = strings.TrimSuffix(strings.TrimSuffix(strings.Trim(w, "'’"), "'s"), "’s")
			if len(w) < 3 || s.stop[w] {
				continue
			}
			out = append(out, s.stems.stem(w))
		}
		slices.Sort(out)
		return slices.Compact(out)
	}
	// An ASCII sentence's words (asciiWords of it lower-cased) are read
	// in place, a capitalized one lower-cased into lower: no lower-cased
	// copy of the sentence and no list of its words is made for them.
	var lower [32]byte
	out := make([]string, 0, len(text)/6+1)
	for i := 0; i < len(text); {
		for i < len(text) && !writtenPoolByte(text[i]) {
			i++
		}
		j := i
		for j < len(text) && writtenPoolByte(text[j]) {
			j++
		}
		w := text[i:j]
		i = j
		w = strings.Trim(w, "'")
		if n := len(w); n >= 2 && w[n-2] == '\'' && w[n-1]|0x20 == 's' { // "'s" once lower-cased
			w = w[:n-2]
		}
		if len(w) < 3 {
			continue
		}
		if !hasUpper(w) {
			if !s.stop[w] {
				out = append(out, s.stems.stem(w))
			}
			continue
		}
		if len(w) > len(lower) {
			if w = strings.ToLower(w); !s.stop[w] {
				out = append(out, s.stems.stem(w))
			}
			continue
		}
		b := lower[:len(w)]
		for k := range len(w) {
			b[k] = w[k] | 0x20 // lower-cases a letter; digits and ' have the bit
		}
		if !s.stop[string(b)] {
			out = append(out, s.stems.stemBytes(b))
		}
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// isASCII reports whether text is all ASCII.
func isASCII(text string) bool {
	for i := 0; i < len(text); i++ {
		if text[i] >= 0x80 {
			return false
		}
	}
	return true
}

// hasUpper reports whether an ASCII word holds a capital.
func hasUpper(w string) bool {
	for i := 0; i < len(w); i++ {
		if 'A' <= w[i] && w[i] <= 'Z' {
			return true
		}
	}
	return false
}

// spaced is strings.Join(strings.Fields(text), " ") (oneSpaced).
func spaced(text string) string {
	t, _ := oneSpaced(text)
	return t
}

// wordCount is len(strings.Fields(text)), with no slice made.
func wordCount(text string) int {
	n, in := 0, false
	for _, r := range text {
		if unicode.IsSpace(r) {
			in = false
		} else if !in {
			in = true
			n++
		}
	}
	return n
}

// asciiLower is text lower-cased, when it is ASCII.
func asciiLower(text string) (string, bool) {
	upper := false
	for i := 0; i < len(text); i++ {
		c := text[i]
		if c >= 0x80 {
			return "", false
		}
		upper = upper || 'A' <= c && c <= 'Z'
	}
	if !upper {
		return text, true
	}
	b := []byte(text)
	for i, c := range b {
		if 'A' <= c && c <= 'Z' {
			b[i] = c + 'a' - 'A'
		}
	}
	return string(b), true
}

// asciiWords are the runs of letters, digits and apostrophes of an ASCII
// text in lower case (poolWords' words: strings.FieldsFunc on an ASCII
// text, without its function call at every byte).
func asciiWords(lower string) []string {
	// Counted first: made at its length, not grown by doubling.
	n, in := 0, false
	for i := 0; i < len(lower); i++ {
		c := poolByte(lower[i])
		if c && !in {
			n++
		}
		in = c
	}
	out := make([]string, 0, n)
	for i := 0; i < len(lower); {
		for i < len(lower) && !poolByte(lower[i]) {
			i++
		}
		j := i
		for j < len(lower) && poolByte(lower[j]) {
			j++
		}
		if j > i {
			out = append(out, lower[i:j])
		}
		i = j
	}
	return out
}

func poolByte(c byte) bool { return 'a' <= c && c <= 'z' || isDigit(c) || c == '\'' }

// writtenPoolByte is poolByte of c lower-cased.
func writtenPoolByte(c byte) bool { return poolByte(c) || 'A' <= c && c <= 'Z' }

// cardsFirst orders events (a key date's cards) with the cards of
// summary first, in its order, then the rest as they were.
func cardsFirst(events []*Event, summary []SummaryLine) []*Event {
	out := make([]*Event, 0, len(events))
	for _, l := range summary {
		if l.Event != nil && slices.Contains(events, l.Event) {
			out = append(out, l.Event)
		}
	}
	for _, e := range events {
		if !slices.Contains(out, e) {
			out = append(out, e)
		}
	}
	return out
}

// summaryScore is how well an event reported by articles from outlets,
// told by text, tells its day: its centrality in the day times its
// nearness to the story, raised by the outlets and articles reporting it,
// marked down past summaryLength words.
func summaryScore(articles float64, outlets int, text string, central, onStory float64) float64 {
	long := min(1, summaryLength/float64(wordCount(text)))
	return central * onStory * long * (1 + math.Log(float64(max(1, outlets)))) * (1 + math.Log(max(1, articles)))
}

// termVector is a sentence's TF-IDF weights over its words, sorted and
// distinct as similarity.words gives them (a word counts once in a
// sentence): two are compared in one pass, with no map.
type termVector struct {
	words []string
	w     []float64
	norm  float64
}

// centralities are the TF-IDF vectors of sentences (their words, idf
// over these sentences) and the cosine of each with their centroid, each
// sentence weighing in it by weight(i): 0 for a sentence of no word.
// Each distinct word is numbered as first met, and its count, idf and
// centroid weight are kept in slices by number: as maps, written and
// read at every word, they were half of this.
func centralities(words [][]string, weight func(i int) float64) ([]termVector, []float64) {
	total := 0
	for _, ws := range words {
		total += len(ws)
	}
	// Sized for about the distinct words a pool has (half its words):
	// grown from empty, its writes were half of this in a profile of
	// Timeline17's build.
	num := make(map[string]int32, total/2)
	df := make([]int, 0, total/2)
	nums := make([]int32, 0, total) // each sentence's words' numbers, one after the other
	for _, ws := range words {
		for _, t := range ws {
			k, ok := num[t]
			if !ok {
				k = int32(len(df))
				num[t] = k
				df = append(df, 0)
			}
			df[k]++
			nums = append(nums, k)
		}
	}
	n := float64(len(words))
	idf := make([]float64, len(df))
	for k, c := range df {
		idf[k] = math.Log(1 + n/float64(c))
	}
	centroid := make([]float64, len(df))
	vs := make([]termVector, len(words))
	weights := make([]float64, total)
	at := 0
	for i, ws := range words {
		v := termVector{words: ws, w: weights[at : at+len(ws) : at+len(ws)]}
		for j, k := range nums[at : at+len(ws)] {
			v.w[j] = idf[k]
			v.norm += v.w[j] * v.w[j]
		}
		v.norm = math.Sqrt(v.norm)
		vs[i] = v
		for j, k := range nums[at : at+len(ws)] {
			centroid[k] += weight(i) * v.w[j]
		}
		at += len(ws)
	}
	var cnorm float64
	for _, w := range centroid {
		cnorm += w * w
	}
	cnorm = math.Sqrt(cnorm)
	central := make([]float64, len(words))
	at = 0
	for i, v := range vs {
		ks := nums[at : at+len(v.words)]
		at += len(v.words)
		if v.norm == 0 || cnorm == 0 {
			continue
		}
		var dot float64
		for j, k := range ks {
			dot += v.w[j] * centroid[k]
		}
		central[i] = dot / (v.norm * cnorm)
	}
	return vs, central
}

func (a termVector) cosine(b termVector) float64 {
	if a.norm == 0 || b.norm == 0 {
		return 0
	}
	var dot float64
	for i, j := 0, 0; i < len(a.words) && j < len(b.words); {
		switch c := strings.Compare(a.words[i], b.words[j]); {
		case c < 0:
			i++
		case c > 0:
			j++
		default:
			dot += a.w[i] * b.w[j]
			i++
			j++
		}
	}
	return dot / (a.norm * b.norm)
}
