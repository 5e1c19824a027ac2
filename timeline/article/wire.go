package article

import (
	"regexp"
	"strings"
)

// Wire copy opens with a page header glued to the story's first sentence:
// a byline, the page's stamp and the "CITY (Agency) -" dateline ("By Jane
// Roe, Health Editor BOSTON | Tue Mar 3, 2009 4:23 pm EST BOSTON (Reuters)
// - The agency said…"). A reader skips it; as part of the first sentence it
// spoils the story's title and the day's summary. So the reader's view
// hides it (sentences and titles start at "The agency said…"), while the
// time expressions in it are still found and are page stamps, which date
// no event (event/stamp.go).

// wirePart is one part of a wire header, with headers it must match.
type wirePart struct {
	name, why string
	// pattern matches the part, without the white space after it.
	pattern  string
	examples []string
}

// wireParts are the parts a header is made of, in the order they come.
// Every part but the dateline is optional; a header is the parts at the
// start of a paragraph that end with a dateline, or a paragraph that is
// only a byline or a stamp, or only a dateline without its dash (perhaps
// after a byline).
var wireParts = []wirePart{
	{"byline", "the writer, with a role or a desk after a comma",
		`By ` + wireName + `(?: and ` + wireName + `)?(?:,(?: (?:[A-Z][\w&'’-]*|and|of|for|the|in)){1,6})?`,
		[]string{"By Jane Roe, Health Editor", "By Tom O'Hare", "By Ann Roe and Li Wei", "By Ann B. Kowalski, Chief Correspondent for Asia"}},
	{"place", "the filing city before the page stamp, ahead of a bar",
		wirePlace + ` \|`,
		[]string{"BOSTON |", "SAN JUAN, Puerto Rico |", "LIMA, May 3 |", "OSLO/STOCKHOLM |"}},
	{"stamp", "when the page was filed: weekday, month, day, year, clock, zone",
		`(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?,? ` + wireMonthDay + `,? \d{4},?|\d{4} \d{2} \d{1,2}) \d{1,2}:\d{2}(?: ?[ap]\.?m\.?)?(?: [A-Z]{2,4})?`,
		[]string{"Tue Mar 3, 2009 4:23 pm EST", "Sat Nov 14, 2015 11:02 am GMT", "Wednesday, June 8, 2011 09:15", "2012 06 04 21:40 JST"}},
	{"label", "a page's stamp under its label, at a paragraph's start",
		`(?:Page last updated at|Last updated:?|Updated:)(?:[ ,-]+(?:\d{1,2}:\d{2}|\d{1,4}|GMT|BST|UTC|UK|E[SD]?T|(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)){2,10}`,
		[]string{"Page last updated at 10:05 GMT, Friday, 4 March 2011", "Last updated: 12 July 2010", "Last updated: 2 june, 2010 - 09:30 GMT"}},
	{"post", "a blog post's writer, a bar and when it was posted, opening its first paragraph",
		wireName + ` \| \d{1,2}[:.]\d{2}(?: ?[AP]M| UK time| GMT| BST)?, (?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,? \d{1,2} (?:January|February|March|April|May|June|July|August|September|October|November|December),? \d{4}`,
		[]string{"Jane Roe | 18:00 UK time, Saturday, 25 April 2009", "Tom O'Hare | 09:53 AM, Thursday, 21 May 2009", "Ann B. Kowalski | 14:07 PM, Monday, 1 June 2009"}},
	{"dateline", "where the story was filed and the agency that filed it, then a dash",
		`(?:` + wirePlace + ` )?` + wireAgency,
		[]string{"BOSTON (Reuters) -", "CAIRO, Egypt (AP) —", "GENEVA, Oct 2 (AFP) -", "LIMA May 3 (Reuters) -", "ATLANTA, Georgia (CNN) --", "(Reuters) -"}},
	// Without its dash a dateline is only one when its line holds nothing
	// else: a paragraph of prose may end "near LIMA (Peru)".
	{"bare", "a dateline without its dash, alone on its line: the scrape put the story on the next line",
		`(?:` + wirePlace + ` )?` + wireAgencyName,
		[]string{"LONDON (Reuters Life!)", "(AP)", "CAIRO, Egypt (AFP)"}},
}

const (
	// wireCity is a dateline's city, in capitals ("NEW YORK", "OSLO/BERGEN",
	// the slash escaped in Markdown).
	wireCity = `[A-Z][A-Z.'’-]+(?:(?: |\\?/)[A-Z][A-Z.'’-]+){0,3}`
	// wireName is a writer's name ("Jane Roe", "Ann B. Kowalski").
	wireName = `(?:[A-Z][\w.'’-]*\.? ){0,3}[A-Z][\w'’-]+`
	// wirePlace is where a story was filed: a city, perhaps its region
	// or country, perhaps the day ("SAN JUAN, Puerto Rico", "LIMA, May 3").
	wirePlace = wireCity + `(?:, [A-Z][a-z]+(?: [A-Z][a-z]+)?)?(?:,? ` + wireMonthDay + `)?`
	// wireAgency is the agency that filed it, in brackets, and a dash.
	wireAgency = wireAgencyName + ` ?(?:-{1,2}|–|—)`
	// wireAgencyName is the agency in its brackets ("(Reuters Life!)").
	wireAgencyName = `\((?:[A-Z][A-Za-z.&!]*(?: [A-Z][A-Za-z.&!]*)?)\)`
	// wireMonthDay is a month, written out or cut short, and a day.
	wireMonthDay = `(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.? \d{1,2}`
)

// wireHeader is the header forms, made of the parts: the parts that open
// a paragraph and end with a dateline, or a paragraph (a line) that is
// only a byline or a stamp. Compiled once, as htmlTag is: a read-only
// table.
var wireHeader = func() *regexp.Regexp {
	p := map[string]string{}
	for _, w := range wireParts {
		p[w.name] = `(?:` + w.pattern + `)`
	}
	opt := func(name string) string { return `(?:` + p[name] + `\s+)?` }
	// A dateline with its city opens the story: what stands before it in
	// its paragraph (a headline, summary bullets, a photo credit, an
	// editor's note) is page furniture too.
	furniture := `(?:[^\n]{0,400}?[ \t])??`
	// It is run on one line at a time (wireHeaders), so a header starts
	// at the line's start: \A, which the matcher tries only there, where
	// ^ had it try every byte of the line.
	return regexp.MustCompile(`(?m)\A[ \t]*(?:` +
		opt("byline") + opt("place") + opt("stamp") + p["dateline"] + `\s` +
		`|` + furniture + opt("byline") + opt("place") + opt("stamp") + wirePlace + ` ` + wireAgency + `\s` +
		`|(?:` + p["byline"] + `(?:\s+` + p["place"] + `)?(?:\s+` + p["stamp"] + `)?|(?:` + p["place"] + `\s+)?` + p["stamp"] + `)[ \t]*$` +
		`|` + p["label"] + `\s` +
		`|` + p["post"] + `\s` +
		`|` + opt("byline") + p["bare"] + `[ \t]*$)`)
}()

// wireHeaders are the spans of body's wire headers (see wireParts), in
// order, without the white space around them. A header lies within a
// line, so the expression is tried only on lines with a cue of one (an
// agency's bracket and dash, a byline, a stamp's label, a line closed by
// a bracket, or a short line with a clock): trying it over every body cost fifteen times segmenting.
func wireHeaders(body string) []Sentence {
	var out []Sentence
	at := 0
	for line := range strings.Lines(body) {
		from := at
		at += len(line)
		if !wireCue(line) {
			continue
		}
		for _, m := range wireHeader.FindAllStringIndex(line, -1) {
			start, end := from+m[0], from+m[1]
			for start < end && strings.IndexByte(" \t\r\n", body[start]) >= 0 {
				start++
			}
			for end > start && strings.IndexByte(" \t\r\n", body[end-1]) >= 0 {
				end--
			}
			if end > start {
				out = append(out, Sentence{start, end})
			}
		}
	}
	return out
}

// wireCue reports whether a line may hold a wire header.
func wireCue(line string) bool {
	for _, cue := range []string{") -", ")-", ") —", ") –", ")—", ")–", "By ", "updated", "Updated", " | "} {
		if strings.Contains(line, cue) {
			return true
		}
	}
	if strings.HasSuffix(strings.TrimRight(line, " \t\r\n"), ")") {
		return true // a dateline without its dash
	}
	return len(line) < 120 && strings.IndexByte(line, ':') >= 0
}
