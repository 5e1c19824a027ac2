// Package article reads what a reporter drops into the content folder —
// Markdown with front matter, plain text scraped off a news site, or a
// saved web page — into
// clean articles with a title, an outlet, an anchor time and a body.
package article

import (
	"fmt"
	"time"
)

// Format is how an article file is written.
type Format string

// Article formats.
const (
	Markdown Format = "markdown"
	Text     Format = "text"
	HTML     Format = "html"
)

// AnchorSource says where an article's anchor time came from.
type AnchorSource string

// Anchor sources, in order of precedence.
const (
	FromFrontMatter AnchorSource = "front matter"
	FromPage        AnchorSource = "page metadata" // a web page's own markup (Anchor.Field says which)
	FromDateline    AnchorSource = "dateline"
	FromFlag        AnchorSource = "flag"
	FromInferred    AnchorSource = "inferred"
	NoAnchor        AnchorSource = ""
)

// Anchor is the time an article's relative dates are resolved against:
// its dateline.
type Anchor struct {
	// Time carries the calendar date and clock in the dateline's own zone;
	// it is never converted, so a late-night dateline keeps its day.
	Time     time.Time
	HasClock bool
	HasZone  bool
	Source   AnchorSource
	Text     string // the dateline as written, when it came from the text or a page's markup
	Line     int    // its line in the file
	// Field names where in a web page the date was found ("JSON-LD
	// datePublished", "meta article:published_time", "URL date").
	Field string
}

// IsZero reports whether no anchor was found.
func (a Anchor) IsZero() bool { return a.Source == NoAnchor }

// Removed is a line of scraped text dropped as page boilerplate.
type Removed struct {
	Line   int
	Text   string
	Reason string
}

// Sentence is a sentence's byte span in the article body.
type Sentence struct{ Start, End int }

// Article is one cleaned article.
type Article struct {
	ID     string // URL-safe slug, unique in a site
	Path   string // slash-separated, relative to the content folder
	Format Format
	Title  string
	Outlet string
	URL    string
	Author string
	Tags   []string
	Draft  bool
	Anchor Anchor
	// Image is a web page's lead image (by URL; none when URL is "").
	Image Image
	// Modified is when a web page says it was last changed, as written,
	// and ModifiedFrom where it says so; shown, never the anchor.
	Modified, ModifiedFrom string
	// Body is the text time expressions are found in: the Markdown source
	// after the front matter, or the scraped text with boilerplate lines
	// removed. Spans everywhere are byte offsets into Body.
	Body string
	// BodyLine is the file line Body starts on.
	BodyLine int
	// lines maps Body offsets back to file lines: lines[i] is the body
	// offset where file line BodyLine+i starts (text articles keep a
	// sparse map, since removed lines are gone from Body).
	lineStarts []lineStart
	bodyStart  int // file offset of Body's first byte
	Removed    []Removed
	Sentences  []Sentence
	Warnings   []string
}

type lineStart struct{ off, line, fileOff int }

// LineOf returns the file line of a byte offset in Body.
func (a *Article) LineOf(off int) int {
	line := a.BodyLine
	for _, ls := range a.lineStarts {
		if ls.off > off {
			break
		}
		line = ls.line
	}
	return line
}

// SourceOffset maps a byte offset in Body to one in the file as read
// (after normalization: BOM dropped, CRLF turned into LF).
func (a *Article) SourceOffset(off int) int {
	ls := lineStart{fileOff: a.bodyStart}
	for _, l := range a.lineStarts {
		if l.off > off {
			break
		}
		ls = l
	}
	return ls.fileOff + off - ls.off
}

// Error is a problem with one article file, at a line where there is one.
type Error struct {
	Path string
	Line int
	Err  error
}

func (e *Error) Error() string {
	if e.Line > 0 {
		return fmt.Sprintf("%s:%d: %v", e.Path, e.Line, e.Err)
	}
	return fmt.Sprintf("%s: %v", e.Path, e.Err)
}

func (e *Error) Unwrap() error { return e.Err }

func errorf(path string, line int, format string, args ...any) *Error {
	return &Error{Path: path, Line: line, Err: fmt.Errorf(format, args...)}
}
