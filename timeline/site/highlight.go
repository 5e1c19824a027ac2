package site

import (
	"html"
	"html/template"
	"strings"

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
	doc := md.Parse(text.NewReader(src))
	r := grender.NewRenderer(grender.WithNodeRenderers(
		util.Prioritized(ghtml.NewRenderer(), 1000),
		util.Prioritized(&markRenderer{marks: marks, w: ghtml.DefaultWriter}, 100),
	))
	// Sized for the page's body up front (its text, tags, and a mark's
	// tooltip each), and kept as it is drawn: grown by doubling and then
	// copied whole, the body made 12% of a build's garbage.
	var b strings.Builder
	b.Grow(len(body) + len(body)/4 + markBytes*len(marks))
	if err := r.Render(&b, src, doc); err != nil {
		return "", err
	}
	return template.HTML(b.String()), nil // goldmark's safe mode escaped the text
}

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
