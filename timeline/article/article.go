// Package article reads what a reporter drops into the content folder —
// Markdown with front matter, plain text scraped off a news site, or a
// saved web page — into
// clean articles with a title, an outlet, an anchor time and a body.
package article

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"path"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
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
	// OutletFrom says where Outlet came from (OutletFromArticle, …; "" when
	// nothing names it) and OutletURL is the outlet's home page when
	// _outlets.yaml gives one (outlet.go).
	OutletFrom, OutletURL string
	URL                   string
	Author                string
	Tags                  []string
	Draft                 bool
	Anchor                Anchor
	// Image is a web page's lead image (by URL; none when URL is "").
	Image Image
	// Modified is when a web page says it was last changed, as written,
	// and ModifiedFrom where it says so; shown, never the anchor.
	Modified, ModifiedFrom string
	// Body is the text time expressions are found in: the Markdown source
	// after the front matter, or the scraped text with boilerplate lines
	// removed. Spans everywhere are byte offsets into Body.
	Body string
	// visible is Body as a reader sees it, byte for byte (Visible); empty
	// when that is Body itself.
	visible string
	// heads are the wire headers the view hides (WireHeaders).
	heads []Sentence
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

// lineStart is where a kept line starts: its body offset, file line and
// file offset. 32 bits each (an article is at most 16 MB): a build holds
// every article's, a line each (8.5 MB of them at 20,000 generated
// articles at 64 bits, and their slack).
type lineStart struct{ off, line, fileOff int32 }

func newLineStart(off, line, fileOff int) lineStart {
	return lineStart{int32(off), int32(line), int32(fileOff)}
}

// LineOf returns the file line of a byte offset in Body.
func (a *Article) LineOf(off int) int {
	line := a.BodyLine
	for _, ls := range a.lineStarts {
		if int(ls.off) > off {
			break
		}
		line = int(ls.line)
	}
	return line
}

// SourceOffset maps a byte offset in Body to one in the file as read
// (after normalization: BOM dropped, CRLF turned into LF).
func (a *Article) SourceOffset(off int) int {
	ls := newLineStart(0, 0, a.bodyStart)
	for _, l := range a.lineStarts {
		if int(l.off) > off {
			break
		}
		ls = l
	}
	return int(ls.fileOff) + off - int(ls.off)
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

// Slug makes a URL-safe id from a path: lower-case letters (of any
// script: 東京.md and 日本語.md must not both be "article"), digits and
// hyphens, without the extension. A long one is cut and given a hash of
// the whole, so that a file 200 folders deep still has a page whose name
// the file system takes and that no other file's id shares.
func Slug(rel string) string {
	rel = strings.TrimSuffix(rel, path.Ext(rel))
	var b strings.Builder
	dash := false
	for _, r := range strings.ToLower(rel) {
		switch {
		case unicode.IsLetter(r) || unicode.IsDigit(r) || (unicode.IsMark(r) && b.Len() > 0 && !dash):
			b.WriteRune(r)
			dash = false
		case !dash && b.Len() > 0:
			b.WriteByte('-')
			dash = true
		}
	}
	s := strings.TrimRight(b.String(), "-")
	if s == "" {
		return "article"
	}
	if len(s) > maxIDBytes {
		cut := maxIDBytes - 9 // room for "-" and the hash
		for !utf8.RuneStart(s[cut]) {
			cut--
		}
		s = strings.TrimRight(s[:cut], "-") + "-" + shortHash(s)
	}
	return s
}

// maxIDBytes bounds an id: its page is articles/<id>.html, and a file
// name may be 255 bytes.
const maxIDBytes = 100

// shortHash is 8 hex digits of a hash of s.
func shortHash(s string) string {
	h := sha256.Sum256([]byte(s))
	return hex.EncodeToString(h[:4])
}
