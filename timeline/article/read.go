package article

import (
	"bytes"
	"fmt"
	"path"
	"regexp"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/parser"

	"github.com/newsroom/timeline/timeline/progress"
)

// Reader turns files into articles. Make one with NewReader and share it;
// it is safe for concurrent use.
type Reader struct {
	datelines *DatelineParser
	segmenter *Segmenter
	junk      []junkRule
	pageJunk  []junkRule // junk, and what only a web page's blocks can be
	metaKeys  []metaKey
	urlDates  []urlDatePattern
	chrome    map[string]bool // chromeClasses' words
	outlets   outletNamer
	markdown  parser.Parser // goldmark's, shared by the articles read
	// Zone is the site's time zone, for datelines that name none.
	Zone *time.Location
	// Default is the anchor used when an article has no date of its own
	// (the --dct flag); zero means none.
	Default time.Time
	// Progress, when set, is told of each file ReadAll reads.
	Progress progress.Reporter
	// HTMLTimeout bounds reading one web page (DefaultHTMLTimeout when
	// zero).
	HTMLTimeout time.Duration
}

// NewReader returns a Reader that reads datelines without a zone in zone
// (UTC when nil).
func NewReader(zone *time.Location) *Reader {
	if zone == nil {
		zone = time.UTC
	}
	return &Reader{datelines: NewDatelineParser(zone), segmenter: NewSegmenter(), junk: junkRules(),
		pageJunk: append(junkRules(), pageJunkRules()...), metaKeys: metaKeys(), urlDates: urlDatePatterns(),
		chrome: chromeWords(), outlets: newOutletNamer(), markdown: goldmark.DefaultParser(), Zone: zone}
}

// MaxSize is the largest article file read; larger files are refused with
// an error rather than slowing every build.
const MaxSize = 8 << 20

// datelineLines is how many non-empty lines at the top of scraped text are
// searched for a dateline.
const datelineLines = 8

// Parse reads one article from its bytes. rel is the slash-separated path
// inside the content folder, used for the id and in errors.
func (r *Reader) Parse(rel string, src []byte) (*Article, error) {
	if limit := maxSize(rel); int64(len(src)) > limit {
		return nil, tooBig(rel, int64(len(src)), limit)
	}
	if isUTF16(src) {
		return nil, errorf(rel, 0, "UTF-16 text: save it as UTF-8")
	}
	if looksBinary(src) {
		return nil, errorf(rel, 0, "not a text file (it contains NUL bytes); only .md, .markdown, .txt and .html articles are read")
	}
	if IsHTML(rel) {
		src = decodePage(src)
	}
	text, warnings := normalize(src)
	if strings.TrimSpace(text) == "" {
		return nil, errorf(rel, 0, "the file is empty")
	}
	a := &Article{Path: rel, ID: Slug(rel), Warnings: warnings}
	var err error
	switch strings.ToLower(path.Ext(rel)) {
	case ".md", ".markdown":
		a.Format = Markdown
		err = r.parseMarkdown(a, text)
	case ".html", ".htm":
		a.Format = HTML
		err = r.parseHTML(a, text)
	default:
		a.Format = Text
		r.parseText(a, text, r.junk)
	}
	if err != nil {
		return nil, err
	}
	r.outlets.name(a, text)
	if a.Anchor.IsZero() && !r.Default.IsZero() {
		a.Anchor = Anchor{Time: r.Default, Source: FromFlag}
	}
	if blocks := a.makeView(r.markdown); blocks != nil {
		a.Sentences = r.segmenter.splitBlocks(a.visible, blocks)
	} else {
		a.Sentences = r.segmenter.Split(a.Visible())
	}
	return a, nil
}

func (r *Reader) parseMarkdown(a *Article, text string) error {
	yml, body, ymlLine, bodyLine, ok, err := splitFrontMatter([]byte(text))
	if err != nil {
		return &Error{Path: a.Path, Line: 1, Err: err}
	}
	a.Body, a.BodyLine = string(body), bodyLine
	a.bodyStart = len(text) - len(body)
	a.lineStarts = make([]lineStart, 0, strings.Count(a.Body, "\n")+1) // kept to the end of the build: at its size
	for i, line := 0, bodyLine; i < len(a.Body); line++ {
		a.lineStarts = append(a.lineStarts, newLineStart(i, line, a.bodyStart+i))
		j := strings.IndexByte(a.Body[i:], '\n')
		if j < 0 {
			break
		}
		i += j + 1
	}
	if !ok {
		a.Title = firstHeading(a.Body)
		return nil
	}
	fm, err := parseFrontMatter(a.Path, yml, ymlLine)
	if err != nil {
		return err
	}
	a.Title, a.URL, a.Author, a.Tags, a.Draft = fm.Title, fm.URL, fm.Author, fm.Tags, fm.Draft
	a.Outlet = fm.Outlet
	if a.Outlet == "" {
		a.Outlet = fm.Source
	}
	if a.Title == "" {
		a.Title = firstHeading(a.Body)
	}
	if fm.Date != "" {
		p := r.datelines
		if fm.Timezone != "" {
			loc, err := time.LoadLocation(fm.Timezone)
			if err != nil {
				return errorf(a.Path, fieldLine(yml, ymlLine, "timezone"), "unknown time zone %s: use a name such as America/New_York", describe(fm.Timezone))
			}
			p = NewDatelineParser(loc)
		}
		anchor, err := p.ParseFrontMatterDate(fm.Date)
		if err != nil {
			return errorf(a.Path, fieldLine(yml, ymlLine, "date"), "date %s is not a date: write it as 2014-12-17 or 2014-12-17 23:29 -05:00", describe(fm.Date))
		}
		anchor.Source, anchor.Line = FromFrontMatter, fieldLine(yml, ymlLine, "date")
		a.Anchor = anchor
	}
	return nil
}

// ParseFrontMatterDate reads a front-matter date: ISO first, then any
// dateline form.
func (p *DatelineParser) ParseFrontMatterDate(s string) (Anchor, error) {
	s = strings.TrimSpace(s)
	for _, l := range []struct {
		layout      string
		clock, zone bool
	}{
		{time.DateOnly, false, false}, {"2006-01-02 15:04", true, false}, {"2006-01-02T15:04", true, false},
		{"2006-01-02 15:04:05", true, false}, {"2006-01-02T15:04:05", true, false},
		{time.RFC3339, true, true}, {"2006-01-02 15:04 -07:00", true, true}, {"2006-01-02 15:04:05 -07:00", true, true},
		{"2006-01-02T15:04:05Z07:00", true, true}, {"2006-01-02 15:04:05 -0700 MST", true, true},
	} {
		if t, err := time.ParseInLocation(l.layout, s, p.Zone); err == nil {
			if t.Year() < 1800 || t.Year() > 2199 {
				return Anchor{}, fmt.Errorf("year %d out of range", t.Year())
			}
			return Anchor{Time: t, HasClock: l.clock, HasZone: l.zone}, nil
		}
	}
	return p.Parse(s)
}

func firstHeading(body string) string {
	for _, l := range strings.Split(body, "\n") {
		if t := strings.TrimSpace(l); strings.HasPrefix(t, "#") {
			return strings.TrimSpace(strings.TrimLeft(t, "#"))
		}
	}
	return ""
}

// parseText reads scraped plain text: junk before the headline, the
// headline, a dateline among the first lines, boilerplate anywhere.
func (r *Reader) parseText(a *Article, text string, junk []junkRule) {
	lines := strings.SplitAfter(text, "\n")
	bare := make([]string, len(lines))
	for i, l := range lines {
		bare[i] = strings.TrimRight(l, "\r\n")
	}
	anchor, dl := r.datelines.findDateline(bare, datelineLines)
	if dl >= 0 {
		anchor.Source, anchor.Line = FromDateline, dl+1
		a.Anchor = anchor
	}
	var body strings.Builder
	body.Grow(len(text))
	titleLine, titleAt := -1, 0
	fileOff := 0
	for i, l := range bare {
		lineOff := fileOff
		fileOff += len(lines[i])
		t := strings.TrimSpace(l)
		reason := ""
		switch {
		case t == "":
		case i == dl:
			reason = "dateline"
		case titleLine < 0 && classifyJunk(junk, t) == "" && !isSentenceLine(t):
			titleLine, titleAt = i, lineOff
			a.Title = t
			reason = "headline"
		case titleLine >= 0 && t == a.Title:
			reason = "headline repeated"
		default:
			reason = classifyJunk(junk, t)
		}
		if reason == "dateline" {
			// A scraper may glue the story's first sentence to its
			// dateline: the dateline goes, the sentence stays.
			if at, ok := storyAfterDateline(l, anchor.Text); ok {
				a.Removed = append(a.Removed, Removed{Line: i + 1, Text: strings.TrimSpace(l[:at]), Reason: reason})
				if titleLine < 0 {
					titleLine = i
				}
				a.lineStarts = append(a.lineStarts, newLineStart(body.Len(), i+1, lineOff+at))
				body.WriteString(l[at:])
				body.WriteString("\n")
				continue
			}
		}
		if reason != "" {
			if reason != "headline" {
				a.Removed = append(a.Removed, Removed{Line: i + 1, Text: t, Reason: reason})
			}
			continue
		}
		if t == "" {
			if body.Len() > 0 && !strings.HasSuffix(body.String(), "\n\n") {
				body.WriteString("\n")
			}
			continue
		}
		if titleLine < 0 {
			titleLine = i // the text starts with its story: there is no headline
		}
		a.lineStarts = append(a.lineStarts, newLineStart(body.Len(), i+1, lineOff))
		body.WriteString(l)
		body.WriteString("\n")
	}
	a.Body = strings.TrimRight(body.String(), "\n")
	if a.Body == "" && titleLine >= 0 && len(a.Removed) == 0 {
		// A text of one line and nothing else ("Sony said on Tuesday it
		// would release the film.") is its own headline and its story:
		// tagging it finds what it says.
		a.Body = bare[titleLine]
		a.lineStarts = append(a.lineStarts, newLineStart(0, titleLine+1, titleAt))
	}
	if a.Title == "" {
		a.Title = titleFromPath(a.Path)
	}
	if len(a.lineStarts) > 0 {
		a.BodyLine = int(a.lineStarts[0].line)
	}
	// The body is a copy; what else is kept of the text is copied out of
	// it too, or one headline would keep the whole file's text to the end
	// of the build (17 MB of 400 at 20,000 generated articles).
	a.Title, a.Anchor.Text = strings.Clone(a.Title), strings.Clone(a.Anchor.Text)
	for i := range a.Removed {
		a.Removed[i].Text = strings.Clone(a.Removed[i].Text)
	}
}

// normalize makes text safe to process: a BOM dropped, CRLF and lone CR
// turned into LF, NBSP into a space, invalid UTF-8 replaced (with a warning
// that gives the byte offset). Curly quotes are kept; the tagger and the
// segmenter read them as their straight twins.
func normalize(src []byte) (string, []string) {
	var warnings []string
	src = bytes.TrimPrefix(src, []byte("\ufeff"))
	if !utf8.Valid(src) {
		var b strings.Builder
		first := -1
		for i := 0; i < len(src); {
			r, size := utf8.DecodeRune(src[i:])
			if r == utf8.RuneError && size <= 1 {
				if first < 0 {
					first = i
				}
				b.WriteRune(utf8.RuneError)
				i++
				continue
			}
			b.Write(src[i : i+size])
			i += size
		}
		warnings = append(warnings, fmt.Sprintf("invalid UTF-8 at byte %d (and possibly later) replaced with U+FFFD; save the file as UTF-8", first))
		src = []byte(b.String())
	}
	s := string(src)
	if strings.ContainsRune(s, '\r') {
		s = strings.ReplaceAll(s, "\r\n", "\n")
		s = strings.ReplaceAll(s, "\r", "\n")
	}
	s = strings.ReplaceAll(s, "\u00a0", " ")
	s, w := blankControls(s)
	if w != "" {
		warnings = append(warnings, w)
	}
	return s, warnings
}

// blankControls turns control characters other than tab and line break
// into spaces: XML (TimeML) may not hold them and iCalendar forbids them,
// and a terminal's escape sequence means nothing on a page. A space, not
// nothing, so that every byte offset still points where it did in the
// file. The warning names the first and counts the rest.
func blankControls(s string) (string, string) {
	first, n := -1, 0
	for i := 0; i < len(s); i++ {
		if isControl(s[i]) {
			if first < 0 {
				first = i
			}
			n++
		}
	}
	if n == 0 {
		return s, ""
	}
	b := []byte(s)
	for i, c := range b {
		if isControl(c) {
			b[i] = ' '
		}
	}
	w := fmt.Sprintf("control character U+%04X at byte %d", s[first], first)
	if n > 1 {
		w += fmt.Sprintf(" (and %d more)", n-1)
	}
	return string(b), w + " replaced with a space"
}

// isControl reports a C0 control character or DEL, other than tab and
// line feed (carriage returns are gone by then). NUL never gets here.
func isControl(c byte) bool { return (c < 0x20 && c != '\t' && c != '\n') || c == 0x7f }

// tooBig is the error for a file over its limit, in bytes: just over the
// limit rounds to the limit in megabytes.
func tooBig(rel string, size, limit int64) *Error {
	return errorf(rel, 0, "file is %d bytes, over the limit of %d bytes (%d MB) for an article", size, limit, limit>>20)
}

// isUTF16 reports UTF-16 text: a byte-order mark, or (Windows tools
// that write none) a NUL in every other byte of the start.
func isUTF16(src []byte) bool {
	if bytes.HasPrefix(src, []byte{0xff, 0xfe}) || bytes.HasPrefix(src, []byte{0xfe, 0xff}) {
		return true
	}
	n := min(len(src), 512) &^ 1
	if n < 8 {
		return false
	}
	even, odd := 0, 0
	for i := 0; i < n; i += 2 {
		if src[i] == 0 {
			even++
		}
		if src[i+1] == 0 {
			odd++
		}
	}
	half := n / 2
	return (4*even >= 3*half && odd == 0) || (4*odd >= 3*half && even == 0)
}

func looksBinary(src []byte) bool {
	n := min(len(src), 8000)
	return bytes.IndexByte(src[:n], 0) >= 0
}

// storyAfterDateline finds a sentence glued after the dateline in line
// ("17 Dec, 2014 23:29 The studio pulled the film on Wednesday."): where
// it starts, past separators and a clock time the dateline left (its
// "- 09:15 GMT"), if what follows is a sentence of four words or more.
func storyAfterDateline(line, dateline string) (int, bool) {
	i := strings.Index(line, dateline)
	if i < 0 || dateline == "" {
		return 0, false
	}
	at := i + len(dateline)
	at += len(line[at:]) - len(strings.TrimLeft(line[at:], " \t|·-—–:,"))
	if m := clockResidue.FindStringIndex(line[at:]); m != nil {
		at += m[1]
	}
	rest := strings.TrimRight(line[at:], " \t")
	last, _ := utf8.DecodeLastRuneInString(rest)
	if len(strings.Fields(rest)) < 4 || !strings.ContainsRune(".!?\"'”’", last) {
		return 0, false
	}
	return at, true
}

// clockResidue is a clock time, with its zone, at the start of the text
// after a dateline.
var clockResidue = regexp.MustCompile(`^\d{1,2}[:.]\d{2}(\s*([aApP]\.?[mM]\.?))?(\s+[A-Z]{2,4}\b)?[\s,|·-]*`)

// isSentenceLine reports whether a line reads as story text rather than
// a headline: headlines are short and do not end with a full stop.
func isSentenceLine(t string) bool {
	n := len(strings.Fields(t))
	return n > 25 || (n > 12 && strings.HasSuffix(t, "."))
}

// titleFromPath makes a title from a file name, for articles with none.
func titleFromPath(rel string) string {
	base := path.Base(strings.TrimSuffix(rel, path.Ext(rel)))
	return strings.Join(strings.FieldsFunc(base, func(r rune) bool { return r == '-' || r == '_' }), " ")
}
