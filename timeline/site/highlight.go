package site

import (
	"bytes"
	"html"
	"html/template"
	"strings"

	"github.com/newsroom/timeline/timeline/article"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/parser"
	grender "github.com/yuin/goldmark/renderer"
	ghtml "github.com/yuin/goldmark/renderer/html"
	"github.com/yuin/goldmark/text"
	"github.com/yuin/goldmark/util"
)

// Mark is a highlighted span of an article body: a time expression and
// what to say about it.
type Mark struct {
	Start, End int
	ID         string // element id, for links from the timeline
	Value      string // the resolved TIMEX3 value
	Explain    string // for readers: what it was read as, and why
	Detail     string // for the curious: TIMEX3 value, anchor and rule
}

// markRenderer renders goldmark text nodes with marks around the byte
// ranges of the source they cover. Everything else is goldmark's default
// (safe) HTML renderer: raw HTML is omitted and unsafe link schemes
// dropped.
type markRenderer struct {
	marks []Mark
	w     ghtml.Writer
}

func (r *markRenderer) RegisterFuncs(reg grender.NodeRendererFuncRegisterer) {
	reg.Register(ast.KindText, r.renderText)
}

func (r *markRenderer) renderText(w util.BufWriter, src []byte, node ast.Node, entering bool) (ast.WalkStatus, error) {
	if !entering {
		return ast.WalkContinue, nil
	}
	n := node.(*ast.Text)
	seg := n.Segment
	if n.IsRaw() {
		r.w.RawWrite(w, seg.Value(src))
	} else {
		writeMarked(w, src, seg.Start, seg.Stop, r.marks, func(b []byte) { r.w.Write(w, b) })
		if n.HardLineBreak() {
			_, _ = w.WriteString("<br>\n")
		} else if n.SoftLineBreak() {
			_ = w.WriteByte('\n')
		}
	}
	return ast.WalkContinue, nil
}

// writeMarked writes src[start:stop], wrapping the parts marks cover.
// esc writes a run of plain text, escaped.
func writeMarked(w stringWriter, src []byte, start, stop int, marks []Mark, esc func([]byte)) {
	at := start
	for _, m := range marks {
		if m.End <= at || m.Start >= stop {
			continue
		}
		s, e := max(m.Start, at), min(m.End, stop)
		if s > at {
			esc(src[at:s])
		}
		_, _ = w.WriteString(`<mark class="timex" tabindex="0" id="` + html.EscapeString(m.ID) + `" data-value="` + html.EscapeString(m.Value) + `" aria-describedby="` + html.EscapeString(m.ID) + `-x">`)
		esc(src[s:e])
		_, _ = w.WriteString(`<span class="explain" role="tooltip" id="` + html.EscapeString(m.ID) + `-x">` + html.EscapeString(m.Explain) + `</span></mark>`)
		at = e
	}
	if at < stop {
		esc(src[at:stop])
	}
}

type stringWriter interface{ WriteString(string) (int, error) }

// markBytes is about what a mark adds to a page: its tags and the
// explanation it shows.
const markBytes = 400

// markdownHTML renders a Markdown body with its marks; md is goldmark's
// parser, made once for every page (it is safe for concurrent use).
func markdownHTML(body string, marks []Mark, md parser.Parser) (template.HTML, error) {
	src := []byte(body)
	// Sized for the page's body up front (its text, tags, and a mark's
	// tooltip each), and kept as it is drawn: grown by doubling and then
	// copied whole, the body made 12% of a build's garbage.
	var b strings.Builder
	b.Grow(len(body) + len(body)/4 + markBytes*len(marks))
	if plainParagraphs(body) {
		writeParagraphs(&b, src, marks)
	} else if err := renderMarkdown(&b, src, marks, md); err != nil {
		return "", err
	}
	return template.HTML(b.String()), nil // goldmark's safe mode escaped the text
}

// renderMarkdown parses src with md and renders it with its marks.
func renderMarkdown(b *strings.Builder, src []byte, marks []Mark, md parser.Parser) error {
	doc := md.Parse(text.NewReader(src))
	r := grender.NewRenderer(grender.WithNodeRenderers(
		util.Prioritized(ghtml.NewRenderer(), 1000),
		util.Prioritized(&markRenderer{marks: marks, w: ghtml.DefaultWriter}, 100),
	))
	return r.Render(b, src, doc)
}

// plainParagraphs reports whether src is only paragraphs of text to
// goldmark: no byte that opens inline markup but "!" and "]", which open
// nothing without a "[" (an escape, and a character reference, are left
// to goldmark's writer, as in a parsed text), and no line that could open
// another block (a heading, a list item, a quote, a fence, a rule, a
// setext underline, HTML, indented code). Most scraped news saved as
// Markdown is: writeParagraphs draws it as goldmark would, byte for byte
// (FuzzPlainParagraphs), without parsing it.
func plainParagraphs(body string) bool {
	return !strings.ContainsAny(body, "[<*_\r\v\f") && article.Paragraphs(body)
}

// writeParagraphs writes what goldmark renders of src, which
// plainParagraphs accepted: each run of non-blank lines a paragraph, its
// lines trimmed at the left; a line ending in two spaces or a backslash
// a hard break, any other a soft one, the last trimmed at the right.
// Each line is one text node, or more when a backtick, "!" or "]"
// opened nothing (see below), each node marked as markRenderer marks it.
func writeParagraphs(b *strings.Builder, src []byte, marks []Mark) {
	esc := func(p []byte) { writeText(b, p) }
	open, escaped := false, false
	var nodes [][2]int // a line's text nodes but its last
	for at := 0; at < len(src); {
		end := lineEnd(src, at)
		line := src[at:end]
		if util.IsBlank(line) {
			if open {
				b.WriteString("</p>\n")
				open, escaped = false, false
			}
			at = end
			continue
		}
		start := at + util.TrimLeftSpaceLength(line)
		last := end == len(src) || util.IsBlank(src[end:lineEnd(src, end)]) // the end or a blank line follows
		if !open {
			b.WriteString("<p>")
			open = true
		}
		// stop ends the text goldmark reads (parseBlock), trim says
		// whether its trailing space is dropped, brk is what follows it.
		stop, trim, brk := end, true, ""
		if last {
			stop -= util.TrimRightSpaceLength(src[start:end]) // the paragraph's close trims it
		} else {
			n := end - 1 // the newline
			switch {
			case n-start >= 2 && src[n-1] == '\\' && src[n-2] != '\\' || n-start == 1 && src[start] == '\\':
				stop, trim, brk = n-1, false, "<br>\n"
			case n-start >= 2 && src[n-1] == ' ' && src[n-2] == ' ':
				stop, brk = n-2, "<br>\n"
			default:
				stop, brk = n, "\n"
			}
		}
		// The line's text nodes: goldmark starts one at each backtick
		// (one opening nothing is a node of its own) and at each "!" or
		// "]" after the line's or the backtick's start that opened
		// nothing, and merges it into the node before when that ends
		// where it starts (ast.MergeOrAppendTextSegment).
		nodes = nodes[:0]
		cut := func(from, to int) {
			if k := len(nodes) - 1; k >= 0 && nodes[k][1] == from {
				nodes[k][1] = to
			} else {
				nodes = append(nodes, [2]int{from, to})
			}
		}
		from, retry := start, start // the open node's start; where goldmark reads on after a backtick
		for i := start; i < stop; i++ {
			// goldmark tries a byte's parsers when it is not escaped, and
			// always at the start of what it reads (an escape may run on
			// from the line before).
			c, tried := src[i], !escaped || i == retry
			if tried && c == '`' {
				if i > retry {
					cut(from, i)
				}
				nodes = append(nodes, [2]int{i, i + 1})
				from, retry = i+1, i+1
				continue // read on from there, escaped as before
			}
			if tried && (c == '!' || c == ']') && i > retry {
				cut(from, i)
				from = i
			}
			switch {
			case escaped:
				escaped = false
			case c == '\\':
				escaped = true
			}
		}
		if trim {
			stop -= util.TrimRightSpaceLength(src[start:stop])
		}
		for _, n := range nodes {
			writeMarked(b, src, n[0], n[1], marks, esc)
		}
		if !last || from < stop { // a paragraph's last backtick ends it: nothing is read after it
			writeMarked(b, src, from, max(from, stop), marks, esc)
		}
		b.WriteString(brk)
		at = end
	}
	if open {
		b.WriteString("</p>\n")
	}
}

// lineEnd is where the line of src starting at at ends, past its
// newline.
func lineEnd(src []byte, at int) int {
	if i := bytes.IndexByte(src[at:], '\n'); i >= 0 {
		return at + i + 1
	}
	return len(src)
}

// writeText writes p as goldmark's writer does: a run with no character
// reference, escape or NUL has only its HTML special bytes escaped
// (RawWrite), which is done here a run at a time instead of a byte.
func writeText(b *strings.Builder, p []byte) {
	if bytes.ContainsAny(p, "&\\\x00") {
		ghtml.DefaultWriter.Write(builderWriter{b}, p)
		return
	}
	for len(p) > 0 { // plainParagraphs let no "<" through
		i := bytes.IndexAny(p, `">`)
		if i < 0 {
			b.Write(p)
			return
		}
		b.Write(p[:i])
		if p[i] == '"' {
			b.WriteString("&quot;")
		} else {
			b.WriteString("&gt;")
		}
		p = p[i+1:]
	}
}

// builderWriter is a strings.Builder as goldmark's writer takes one.
type builderWriter struct{ *strings.Builder }

func (builderWriter) Available() int { return 1 << 20 }
func (builderWriter) Buffered() int  { return 0 }
func (builderWriter) Flush() error   { return nil }

// textHTML renders scraped text: paragraphs at blank lines, every byte
// escaped, marks around time expressions.
func textHTML(body string, marks []Mark) template.HTML {
	var b strings.Builder
	src := []byte(body)
	esc := func(p []byte) { b.WriteString(html.EscapeString(string(p))) }
	at := 0
	for at < len(body) {
		end := strings.Index(body[at:], "\n\n")
		if end < 0 {
			end = len(body)
		} else {
			end += at
		}
		if strings.TrimSpace(body[at:end]) != "" {
			b.WriteString("<p>")
			writeMarked(&b, src, at, end, marks, esc)
			b.WriteString("</p>\n")
		}
		at = end + 2
	}
	return template.HTML(b.String())
}
