package article

import (
	"bytes"
	"html"
	"regexp"
	"strings"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/text"
)

// The text a reader sees. A Markdown body is the source the site renders:
// "**December 25th**", "[a link](url)" and a heading's "#" are not what a
// reader reads, and a sentence wrapped over lines is one line to them.
// Spans stay offsets into Body (the article page highlights them and
// TimeML cites them), so the reader's view is kept at Body's length: each
// byte a reader does not see is Hidden. Sentences and titles are taken
// from the view (Visible) and made text with Plain.

// Hidden stands, in Visible, for a byte of Body a reader does not see.
// Body never holds it (normalize blanks control characters).
const Hidden = '\x00'

// Visible is Body with each byte a reader does not see replaced by
// Hidden: in Markdown, emphasis and code marks, link and image targets,
// heading and list markers, raw HTML and the backslash of an escape (an
// entity, "&amp;", is the character it names followed by Hidden bytes);
// in any article, the wire headers (WireHeaders). Scraped text and web
// pages are otherwise shown as they are.
func (a *Article) Visible() string {
	if a.visible == "" {
		return a.Body
	}
	return a.visible
}

// RestoreView makes again what a reader sees of a's body (Visible),
// which is not part of an article as a value (a record does not carry
// it): an article read back from a record then reads as one read from
// its file.
func (a *Article) RestoreView() { a.makeView(nil) }

// makeView sets what a reader sees of a's body (visible, and the wire
// headers it hides) and returns the blocks no sentence runs across (none:
// the body is one text, which the segmenter parts at blank lines). md
// parses Markdown; nil makes one when a body needs it (a parser is made
// in about the time a short body is parsed: a text article asks none).
func (a *Article) makeView(md parser.Parser) []Sentence {
	a.visible, a.heads = "", wireHeaders(a.Body)
	var blocks []Sentence
	if a.Format == Markdown && mayHaveMarkup(a.Body) {
		if md == nil {
			md = goldmark.DefaultParser()
		}
		a.visible, blocks = markdownView(a.Body, md)
	}
	if len(a.heads) > 0 {
		v := []byte(a.Visible())
		for _, h := range a.heads {
			for i := h.Start; i < h.End; i++ {
				if c := v[i]; c != ' ' && c != '\n' && c != '\t' {
					v[i] = Hidden
				}
			}
		}
		a.visible = string(v)
	}
	return blocks
}

// WireHeaders are the spans of a's body that are a wire header (a
// byline, a page stamp, a "CITY (Agency) -" dateline: see wireParts),
// which its view hides; the times in them date the page, not a happening.
func (a *Article) WireHeaders() []Sentence { return a.heads }

// TagText is the text time expressions are looked for in: Body as a
// reader sees it (a date in a link's address or an HTML attribute is
// none), each hidden byte a space so that offsets stay Body's, but with
// the wire headers as written, whose times are the page's stamps.
func (a *Article) TagText() string {
	if a.visible == "" {
		return a.Body
	}
	v := []byte(a.visible)
	for i, c := range v {
		if c == Hidden {
			v[i] = ' '
		}
	}
	for _, h := range a.heads {
		copy(v[h.Start:h.End], a.Body[h.Start:h.End])
	}
	return string(v)
}

// Plain is body[start:end] as a reader reads it: Hidden bytes out, runs
// of white space (a wrapped line's break among them) one space, trimmed.
func (a *Article) Plain(start, end int) string {
	return PlainText(a.Visible()[start:end])
}

// PlainText is a span of Visible made text: Hidden bytes out, white space
// runs one space, trimmed.
func PlainText(v string) string {
	if !strings.ContainsAny(v, "\x00\n\t\r") && !strings.Contains(v, "  ") {
		return strings.TrimSpace(v) // most sentences: nothing to do, nothing allocated
	}
	var b strings.Builder
	b.Grow(len(v))
	space := false
	for i := 0; i < len(v); i++ {
		switch c := v[i]; c {
		case Hidden:
		case ' ', '\n', '\t', '\r':
			space = b.Len() > 0
		default:
			if space {
				b.WriteByte(' ')
				space = false
			}
			b.WriteByte(c)
		}
	}
	return b.String()
}

// markdownView parses a Markdown body as the site renders it (goldmark,
// CommonMark, raw HTML left out) and returns its Visible view and the
// spans of its leaf blocks (paragraphs, headings, list items' text, code
// blocks), which no sentence runs across. md is goldmark's parser, made
// once (it is safe for concurrent use; made for each article, it cost
// about what parsing a short one does).
func markdownView(body string, md parser.Parser) (string, []Sentence) {
	src := []byte(body)
	view := make([]byte, len(src))
	for i, c := range src {
		if c == ' ' || c == '\n' || c == '\t' {
			view[i] = c // white space stays white space: it parts words
		} else {
			view[i] = Hidden
		}
	}
	var blocks []Sentence
	doc := md.Parse(text.NewReader(src))
	_ = ast.Walk(doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering {
			return ast.WalkContinue, nil
		}
		switch n := n.(type) {
		case *ast.HTMLBlock, *ast.Image, *ast.RawHTML:
			return ast.WalkSkipChildren, nil // not shown (an image's alt text is no prose)
		case *ast.Text:
			seg := n.Segment
			copy(view[seg.Start:seg.Stop], src[seg.Start:seg.Stop])
			if !n.IsRaw() {
				unescape(view[seg.Start:seg.Stop])
			}
		case *ast.CodeBlock, *ast.FencedCodeBlock:
			lines := n.Lines()
			for i := 0; i < lines.Len(); i++ {
				seg := lines.At(i)
				copy(view[seg.Start:seg.Stop], src[seg.Start:seg.Stop])
			}
		}
		if n.Type() == ast.TypeBlock && n.Kind() != ast.KindHTMLBlock {
			if lines := n.Lines(); lines.Len() > 0 {
				blocks = append(blocks, Sentence{lines.At(0).Start, lines.At(lines.Len() - 1).Stop})
			}
		}
		return ast.WalkContinue, nil
	})
	return string(view), blocks
}

// mayHaveMarkup reports whether a Markdown body may hold anything a
// reader does not see: a byte that opens inline markup (emphasis, code,
// a link, an escape, an HTML tag or entity), or a line that opens a
// block other than a paragraph (a heading, a list item, a quote, a code
// block, a setext underline). A body of plain paragraphs — most scraped
// news saved as Markdown — is its own view, and is spared parsing.
func mayHaveMarkup(body string) bool {
	if strings.ContainsAny(body, "*_[\\") || entity.MatchString(body) || htmlTag.MatchString(body) {
		return true
	}
	return !Paragraphs(body)
}

// Paragraphs reports whether a Markdown body's blocks are all paragraphs
// as far as its lines and backticks go: no backtick opens a code span
// and no line may open another block (OpensBlock). Its inline markup is
// for the caller to rule out (mayHaveMarkup here, site's drawing of plain
// paragraphs there: each lets through what it can read itself).
func Paragraphs(body string) bool {
	if !BackticksOpenNothing(body) {
		return false
	}
	for line := range strings.Lines(body) {
		if OpensBlock(line) {
			return false
		}
	}
	return true
}

// BackticksOpenNothing reports whether no backtick in a Markdown body
// can open a code span: each is alone (no run of two, none escaped) and
// the only one in its paragraph, so no other closes it and goldmark
// reads it as text. Scraped news quoting as TimeBank does ("` flu '",
// about one in seven Timeline17 articles) is then read, and drawn, as
// plain paragraphs.
func BackticksOpenNothing(body string) bool {
	if strings.IndexByte(body, '`') < 0 {
		return true
	}
	if strings.Contains(body, "``") || strings.Contains(body, "\\`") {
		return false
	}
	seen := false // a backtick in this paragraph
	for line := range strings.Lines(body) {
		// A line of spaces and tabs ends a paragraph; any other is taken
		// to go on with it (goldmark's blank lines are these and more).
		if strings.Trim(line, " \t\n") == "" {
			seen = false
			continue
		}
		switch strings.Count(line, "`") {
		case 0:
		case 1:
			if seen {
				return false
			}
			seen = true
		default:
			return false
		}
	}
	return true
}

// blockOpeners are the first bytes of a Markdown line that may open a
// block other than a paragraph: a heading, a list item, a quote, a
// fence, a rule or a setext underline.
const blockOpeners = "#-+=>~"

// OpensBlock reports whether a Markdown line may open a block other than
// a paragraph: indented code (four spaces, or a tab in the indent), a
// line opening with one of blockOpeners, or an ordered list item ("1."
// or "1)"). A body none of whose lines does so is paragraphs, as far as
// blocks go (site's drawing of plain paragraphs reads it too).
func OpensBlock(line string) bool {
	i := 0
	for i < len(line) && line[i] == ' ' {
		i++
	}
	if i >= 4 || i < len(line) && line[i] == '\t' {
		return true
	}
	if i == len(line) {
		return false
	}
	if strings.IndexByte(blockOpeners, line[i]) >= 0 {
		return true
	}
	j := i
	for j < len(line) && '0' <= line[j] && line[j] <= '9' {
		j++
	}
	return j > i && j < len(line) && (line[j] == '.' || line[j] == ')')
}

// htmlTag is the start of raw HTML or an autolink.
var htmlTag = regexp.MustCompile(`<[A-Za-z/!?]`)

// entity is an HTML character reference as CommonMark reads one.
var entity = regexp.MustCompile(`&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});`)

// unescape rewrites, in place, a text segment's backslash escapes and
// character references as the reader sees them, padding with Hidden.
func unescape(v []byte) {
	for i := 0; i+1 < len(v); i++ {
		if v[i] == '\\' && strings.IndexByte("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~", v[i+1]) >= 0 {
			v[i] = Hidden
			i++ // the escaped character is shown, even a backslash
		}
	}
	if bytes.IndexByte(v, '&') < 0 {
		return
	}
	for _, m := range entity.FindAllIndex(v, -1) {
		r := html.UnescapeString(string(v[m[0]:m[1]]))
		if len(r) > m[1]-m[0] || r == string(v[m[0]:m[1]]) {
			continue
		}
		n := copy(v[m[0]:], r)
		for k := m[0] + n; k < m[1]; k++ {
			v[k] = Hidden
		}
	}
}

// splitBlocks segments each block of a Markdown view on its own.
func (s *Segmenter) splitBlocks(view string, blocks []Sentence) []Sentence {
	var out []Sentence
	for _, b := range blocks {
		for _, st := range s.Split(view[b.Start:b.End]) {
			out = append(out, Sentence{b.Start + st.Start, b.Start + st.End})
		}
	}
	return out
}
