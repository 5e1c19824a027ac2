package article

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"time"
	"unicode/utf8"

	readability "codeberg.org/readeck/go-readability/v2"
	"golang.org/x/net/html"
	"golang.org/x/net/html/charset"
)

// Saved web pages (.html, .htm): the story's text is taken out of the
// page by go-readability (the Readability.js port readeck maintains),
// then read as scraped text is (parseText: headline, dateline,
// boilerplate, sentences). The title, outlet, address, image and anchor
// come from the page's metadata (htmlmeta.go, htmlfacts.go).

// MaxHTMLSize is the largest page read: twice an article's limit, since a
// saved page carries its scripts, styles and inline app state besides
// the story (the largest news pages come to a few MB). A page saved with
// its images inlined (SingleFile and the like) can pass it: save it
// without them.
const MaxHTMLSize = 16 << 20

// DefaultHTMLTimeout bounds the extraction of one page; a page that
// takes longer is refused (a news page takes a few milliseconds).
const DefaultHTMLTimeout = 10 * time.Second

// maxNesting is how deep tags may nest before deeper ones are dropped
// (their text kept), as browsers cap the tree (Chromium at 512): the HTML
// parser's cost grows with the square of the depth, and 100,000 nested
// <div>s took it over a minute.
const maxNesting = 256

// maxElements is the most elements a page may have (a news page has a
// few thousand).
const maxElements = 250_000

// malformedWarn is how many stray end tags and unclosed elements a page
// may have before it is reported: a few slips are common and harmless.
const malformedWarn = 10

// IsHTML reports whether a file name is read as a saved web page.
func IsHTML(name string) bool {
	n := strings.ToLower(name)
	return strings.HasSuffix(n, ".html") || strings.HasSuffix(n, ".htm")
}

// maxSize is the largest file read for an article at rel.
func maxSize(rel string) int64 {
	if IsHTML(rel) {
		return MaxHTMLSize
	}
	return MaxSize
}

// decodePage turns a page saved in a legacy encoding (a <meta charset>
// of windows-1252, ISO-8859-1, Shift_JIS…, as older news sites still
// declare) into UTF-8. Bytes that are valid UTF-8 already are left as
// they are: they are that, whatever the page declares.
func decodePage(src []byte) []byte {
	if utf8.Valid(src) {
		return src
	}
	enc, name, _ := charset.DetermineEncoding(src, "text/html")
	if name == "utf-8" {
		return src // invalid UTF-8 it says it is: normalize reports where
	}
	out, err := enc.NewDecoder().Bytes(src)
	if err != nil {
		return src
	}
	return out
}

// page is what the extraction found in a page.
type page struct {
	meta   *pageMeta
	blocks []string
}

func (r *Reader) parseHTML(a *Article, text string) error {
	src, report, err := guardNesting(text)
	if err != nil {
		return &Error{Path: a.Path, Err: err}
	}
	a.Warnings = append(a.Warnings, report...)
	timeout := r.HTMLTimeout
	if timeout <= 0 {
		timeout = DefaultHTMLTimeout
	}
	p, err := within(context.Background(), timeout, func() (page, error) { return extractPage(src, r.chrome) })
	if err != nil {
		return &Error{Path: a.Path, Err: err}
	}
	f := p.meta.facts(r.metaKeys, r.urlDates)
	a.Warnings = append(a.Warnings, p.meta.warnings...)
	a.Warnings = append(a.Warnings, f.Warnings...)
	if err := storyCheck(p.blocks); err != nil {
		return &Error{Path: a.Path, Err: err}
	}
	// The headline goes first, as on a scraped page, so that the text
	// reader knows it (and drops its repeats).
	var composed strings.Builder
	if f.Title != "" {
		composed.WriteString(f.Title + "\n\n")
	}
	composed.WriteString(strings.Join(p.blocks, "\n\n"))
	r.parseText(a, composed.String(), r.pageJunk)
	textAnchor := a.Anchor
	a.Anchor = Anchor{}
	if f.Title != "" {
		a.Title = f.Title
	}
	a.URL, a.Outlet, a.Author, a.Image = f.URL, f.Outlet, f.Author, f.Image
	a.Modified = f.Modified.Value
	a.ModifiedFrom = f.Modified.Field
	for _, d := range f.Dates {
		anchor, err := r.datelines.ParseFrontMatterDate(d.Value)
		if err != nil {
			a.Warnings = append(a.Warnings, fmt.Sprintf("%s %s is not a usable date (%v); the next source of a date is tried", d.Field, describe(d.Value), err))
			continue
		}
		anchor.Source, anchor.Text, anchor.Field = FromPage, d.Value, d.Field
		a.Anchor = anchor
		break
	}
	switch {
	case a.Anchor.IsZero() && !textAnchor.IsZero():
		textAnchor.Field = "text dateline"
		a.Anchor = textAnchor
	case !textAnchor.IsZero() && textAnchor.Time.Format(time.DateOnly) != a.Anchor.Time.Format(time.DateOnly):
		// Each day is read in its own zone, as the pages print them.
		a.Warnings = append(a.Warnings, fmt.Sprintf("the text's dateline %s gives %s, the page's %s %s; the page's is used",
			describe(textAnchor.Text), textAnchor.Time.Format(time.DateOnly), a.Anchor.Field, a.Anchor.Time.Format(time.DateOnly)))
	}
	return nil
}

// extractPage parses the page, reads its metadata and takes out the
// story's text, one block (paragraph, heading, list item) at a time.
func extractPage(src string, chrome map[string]bool) (page, error) {
	doc, err := html.Parse(strings.NewReader(src))
	if err != nil {
		return page{}, fmt.Errorf("not readable as HTML: %w", err)
	}
	p := page{meta: readPageMeta(doc)}
	pruneChrome(doc, chrome)
	// Readability keeps state per page: one parser each.
	parser := readability.NewParser()
	parser.MaxElemsToParse = maxElements
	story, err := parser.ParseAndMutate(doc, nil)
	if err != nil || story.Node == nil {
		return p, fmt.Errorf("no story text found in the page (the extractor said: %v)", errOrNone(err))
	}
	p.blocks = storyBlocks(story.Node)
	return p, nil
}

func errOrNone(err error) string {
	if err == nil {
		return "the page is empty"
	}
	return err.Error()
}

// within runs f with a time bound. A page past it is refused; f runs on
// until it ends (Go cannot stop it), which the size and nesting limits
// keep short. A panic in f is an error for this page alone.
func within[T any](ctx context.Context, d time.Duration, f func() (T, error)) (T, error) {
	ctx, cancel := context.WithTimeout(ctx, d)
	defer cancel()
	type result struct {
		v   T
		err error
	}
	done := make(chan result, 1)
	go func() {
		defer func() {
			if p := recover(); p != nil {
				var zero T
				done <- result{zero, fmt.Errorf("the text extractor failed on this page: %v", p)}
			}
		}()
		v, err := f()
		done <- result{v, err}
	}()
	select {
	case r := <-done:
		return r.v, r.err
	case <-ctx.Done():
		var zero T
		if errors.Is(ctx.Err(), context.DeadlineExceeded) {
			return zero, fmt.Errorf("reading the page took over %v; it is refused", d)
		}
		return zero, ctx.Err()
	}
}

// pageJunkRules are blocks of a web page's story that are not story: a
// live page prints each entry's time in an element of its own, which
// extraction makes a paragraph of its own ("13:20"). (In scraped text
// the time shares the entry's line, and the tagger reads it as the
// page's stamp.)
func pageJunkRules() []junkRule {
	return []junkRule{
		{"a live page's entry time", lineRe(`^(\d{1,2}[:.]\d{2}|\d{1,2}(:\d{2})?\s*[aApP]\.?[mM]\.?)(\s*[aApP]\.?[mM]\.?)?(\s+[A-Z]{2,4})?$`)},
	}
}

// minStoryWords is the fewest words a page's story may have; a page with
// fewer (a section front, a page of links) has no story to tell.
const minStoryWords = 12

// storyCheck refuses a page whose extracted text is no story: empty, or
// only short lines with no sentence among them (navigation, link lists).
func storyCheck(blocks []string) error {
	words := 0
	sentence := false
	for _, b := range blocks {
		n := len(strings.Fields(b))
		words += n
		if last, _ := utf8.DecodeLastRuneInString(b); n >= 6 && strings.ContainsRune(`.!?"”'’`, last) {
			sentence = true
		}
	}
	if words < minStoryWords || !sentence {
		what := fmt.Sprintf("%d words", words)
		if words == 1 {
			what = "1 word"
		}
		return fmt.Errorf("no story text found in the page: %s, and no sentence among them (a page of navigation or links?)", what)
	}
	return nil
}
