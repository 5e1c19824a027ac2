package article

import (
	"errors"
	"fmt"
	"regexp"
	"strings"
	"time"
	_ "time/tzdata" // zone names resolve the same on every machine
	"unicode"

	"github.com/araddon/dateparse"
)

// Datelines come in the forms news sites print. dateparse reads absolute
// dates well once they are in a shape it knows, but it fails on several of
// these forms and silently misreads others (a 10-digit number as Unix time,
// "04.29 GMT" as 00:04, a missing year as year 0, zone abbreviations
// dropped). So each dateline goes through this table of rewrites first,
// and the result is checked before it is trusted.

type rewrite struct {
	why string
	re  *regexp.Regexp
	to  string
}

func datelineRewrites() []rewrite {
	return []rewrite{
		{"label before the date", regexp.MustCompile(`(?i)^(?:first |last )?(?:published|updated|posted|modified|date|dateline|filed)(?: on| at)?\s*:?\s*`), ""},
		{"weekday names confuse dateparse", regexp.MustCompile(`(?i)\b(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|sday|nesday|rsday|urday)?\b\.?,?\s*`), ""},
		{"a.m. with periods", regexp.MustCompile(`\b[aA]\.?\s?[mM]\b\.?`), "AM"},
		{"p.m. with periods", regexp.MustCompile(`\b[pP]\.?\s?[mM]\b\.?`), "PM"},
		{"dotted clock times (04.29)", regexp.MustCompile(`\b(\d{1,2})\.(\d{2})\b(\s*(?:[AaPp][Mm]\b|[A-Z]{2,5}\b|$))`), "$1:$2$3"},
		{"comma after the month (17 Dec, 2014)", regexp.MustCompile(`\b(\d{1,2}\s+[A-Za-z]{3,9})\.?,\s*(\d{4})`), "$1 $2"},
		{"period after a month abbreviation", regexp.MustCompile(`\b(Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.`), "$1"},
		{"Sept is not a dateparse month", regexp.MustCompile(`\bSept\b`), "Sep"},
		{"full month names fail before a clock (18 December 2014 04:29)", regexp.MustCompile(`\b(Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Oct|Nov|Dec)(?:uary|ruary|ch|il|e|y|ust|tember|ober|ember)\b`), "$1"},
		{"'at' between date and time", regexp.MustCompile(`(?i)\s+at\s+`), " "},
		{"comma before the clock", regexp.MustCompile(`(\d{4}),\s*(\d{1,2}:\d{2})`), "$1 $2"},
		{"hyphen or bar between date and time", regexp.MustCompile(`(\d{4})\s*[|–—-]\s+(\d{1,2}:\d{2})`), "$1 $2"},
	}
}

// zoneOffsets are the zone abbreviations datelines use. Abbreviations of
// a zone with summer time map to the location, so the offset is right for
// the date.
func zoneLocations() map[string]string {
	return map[string]string{
		"ET": "America/New_York", "EST": "-0500", "EDT": "-0400",
		"CT": "America/Chicago", "CST": "-0600", "CDT": "-0500",
		"MT": "America/Denver", "MST": "-0700", "MDT": "-0600",
		"PT": "America/Los_Angeles", "PST": "-0800", "PDT": "-0700",
		"GMT": "+0000", "UTC": "+0000", "Z": "+0000", "BST": "+0100", "CET": "+0100", "CEST": "+0200",
		"EET": "+0200", "MSK": "+0300", "IST": "+0530", "HKT": "+0800", "SGT": "+0800", "JST": "+0900",
		"KST": "+0900", "AEST": "+1000", "AEDT": "+1100",
	}
}

var (
	trailingZone = regexp.MustCompile(`\s*\(?\b([A-Z]{1,4})\)?\s*$`)
	leadingClock = regexp.MustCompile(`^(\d{1,2}(?::\d{2})?\s*(?:[AP]M)?)\s+(?:([A-Z]{1,4})\b)?\s*,?\s*(.+)$`)
	hasClock     = regexp.MustCompile(`(?i)\d{1,2}:\d{2}|\d\s*[ap]m\b`)
	hasYear      = regexp.MustCompile(`\b(1[89]\d\d|2[01]\d\d)\b`)
	monthWord    = regexp.MustCompile(`(?i)\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b`)
	isoDate      = regexp.MustCompile(`\b\d{4}-\d{2}-\d{2}|\b\d{1,2}/\d{1,2}/\d{2,4}\b`)
	onlyNumber   = regexp.MustCompile(`^\d{9,}$`)
)

// DatelineParser reads datelines. Make one with NewDatelineParser; it is
// safe for concurrent use.
type DatelineParser struct {
	rewrites []rewrite
	zones    map[string]string
	// Zone is used when a dateline names none.
	Zone *time.Location
}

// NewDatelineParser returns a parser whose datelines without a zone are
// read in def (UTC when nil).
func NewDatelineParser(def *time.Location) *DatelineParser {
	if def == nil {
		def = time.UTC
	}
	return &DatelineParser{rewrites: datelineRewrites(), zones: zoneLocations(), Zone: def}
}

// ErrNoDate says a string holds no complete date.
var ErrNoDate = errors.New("not a date with a year")

// Parse reads one dateline. The result keeps the dateline's own zone.
func (p *DatelineParser) Parse(s string) (Anchor, error) {
	s = strings.TrimSpace(s)
	orig := s
	if len(s) > 120 || s == "" {
		return Anchor{}, ErrNoDate
	}
	if onlyNumber.MatchString(s) {
		return Anchor{}, fmt.Errorf("%w: a bare number is not read as a Unix time", ErrNoDate)
	}
	for _, r := range p.rewrites {
		s = r.re.ReplaceAllString(s, r.to)
	}
	s = strings.TrimSpace(strings.Trim(s, ",;|"))
	// "11:29 PM ET, December 17, 2014": clock first, date after.
	if m := leadingClock.FindStringSubmatch(s); m != nil && hasYear.MatchString(m[3]) && (strings.Contains(m[1], ":") || strings.HasSuffix(m[1], "M")) {
		s = strings.TrimSpace(m[3]) + " " + m[1]
		if m[2] != "" {
			s += " " + m[2]
		}
	}
	loc := p.Zone
	hasZone := false
	if m := trailingZone.FindStringSubmatchIndex(s); m != nil {
		abbr := s[m[2]:m[3]]
		if z, ok := p.zones[abbr]; ok {
			l, err := p.location(abbr, z)
			if err != nil {
				return Anchor{}, err
			}
			loc, hasZone = l, true
			s = strings.TrimSpace(s[:m[0]])
		}
	}
	if !hasYear.MatchString(s) {
		return Anchor{}, fmt.Errorf("%w: %s has no year", ErrNoDate, describe(orig))
	}
	if n := proseWords(s); n >= maxProseWords {
		// dateparse reads "3 May 2009 09:15 GMT The ministry shut …" as
		// a date and drops the rest: a sentence is no dateline.
		return Anchor{}, fmt.Errorf("%w: %s has %d words that are not a date's", ErrNoDate, describe(orig), n)
	}
	if !monthWord.MatchString(s) && !isoDate.MatchString(s) {
		return Anchor{}, fmt.Errorf("%w: %s names no month", ErrNoDate, describe(orig))
	}
	t, err := dateparse.ParseIn(s, loc)
	if err != nil {
		return Anchor{}, fmt.Errorf("%w: %s: %v", ErrNoDate, describe(orig), err)
	}
	if t.Year() < 1800 || t.Year() > 2199 {
		return Anchor{}, fmt.Errorf("%w: %s gives the year %d", ErrNoDate, describe(orig), t.Year())
	}
	if !hasZone && t.Location() != loc {
		// An offset written into the date ("-05:00") is kept as given.
		hasZone = true
	}
	return Anchor{Time: t, HasClock: hasClock.MatchString(s), HasZone: hasZone, Text: orig}, nil
}

func (p *DatelineParser) location(abbr, z string) (*time.Location, error) {
	if z[0] == '+' || z[0] == '-' {
		t, err := time.Parse("-0700", z)
		if err != nil {
			return nil, err
		}
		_, off := t.Zone()
		return time.FixedZone(abbr, off), nil
	}
	return time.LoadLocation(z)
}

// findDateline looks for a dateline among the first lines of scraped
// text: a short line, or one segment of a line split at | or ·, that
// parses as a full date. It returns the line index or -1.
func (p *DatelineParser) findDateline(lines []string, limit int) (Anchor, int) {
	seen := 0
	for i, l := range lines {
		l = strings.TrimSpace(l)
		if l == "" {
			continue
		}
		if seen++; seen > limit {
			break
		}
		if len(l) > 120 {
			continue
		}
		for _, seg := range splitSegments(l) {
			if a, err := p.Parse(seg); err == nil {
				a.Text = strings.TrimSpace(seg)
				return a, i
			}
		}
	}
	return Anchor{}, -1
}

// maxProseWords is how many words a dateline may have that are not a
// date's (a place, an outlet: "WASHINGTON, Dec. 17, 2014").
const maxProseWords = 3

// proseWords counts the words of s made of letters alone that are neither
// a month's name nor a zone's (after the rewrites dropped labels,
// weekdays and "at").
func proseWords(s string) int {
	n := 0
	for _, w := range strings.Fields(s) {
		w = strings.Trim(w, ",.;:()")
		if !lettersOnly(w) {
			continue
		}
		if monthWord.MatchString(w) || w == "AM" || w == "PM" || isZone(w) {
			continue
		}
		n++
	}
	return n
}

func lettersOnly(w string) bool {
	return w != "" && strings.IndexFunc(w, func(r rune) bool { return !unicode.IsLetter(r) }) < 0
}

// isZone reports whether w is an upper-case abbreviation such as "GMT".
func isZone(w string) bool {
	return len(w) <= 4 && strings.ToUpper(w) == w
}

// splitSegments gives the parts of a line a dateline may be: the line, its
// parts between separators, and its beginnings up to a word with a digit
// and the zone after it, longest first ("17 Dec, 2014 23:29" of "17 Dec,
// 2014 23:29 The studio pulled the film …").
func splitSegments(l string) []string {
	out := []string{l}
	for _, sep := range []string{"|", "·", " - ", " — "} {
		if strings.Contains(l, sep) {
			out = append(out, strings.Split(l, sep)...)
		}
	}
	words := strings.Fields(l)
	var prefixes []string
	end := 0
	for i, w := range words {
		end = strings.Index(l[end:], w) + end + len(w)
		if !strings.ContainsAny(w, "0123456789") || i == len(words)-1 {
			continue
		}
		p := l[:end]
		if next := strings.Trim(words[i+1], ",.;:()"); lettersOnly(next) && isZone(next) {
			p = l[:strings.Index(l[end:], words[i+1])+end+len(words[i+1])]
		}
		prefixes = append(prefixes, p)
	}
	for i := len(prefixes) - 1; i >= 0; i-- {
		out = append(out, prefixes[i])
	}
	return out
}
