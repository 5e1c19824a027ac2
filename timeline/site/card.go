package site

import (
	"crypto/sha256"
	"encoding/hex"
	"html/template"
	"strconv"
	"strings"
)

// The built-in event card, drawn by Go code. html/template spends some
// 60 µs of CPU on a card (forty-odd escaped fields, each a reflective
// call), and a site draws one per event: a tenth of a Timeline17 build
// and a second of a 10,000-article one. writeCard writes exactly what the
// "event" template of templates/event.html writes, escaping each field as
// html/template does in its place (TestCardMatchesTemplate, FuzzCard). It
// is used only while that template is the one it was written from
// (builtinCard); a site that overrides the card gets its own template.

// builtinCard is the SHA-256 of the parse tree of the "event" template
// writeCard draws. TestBuiltinCard fails when templates/event.html's card
// changes: make writeCard draw the new card, then set this to the hash
// the test prints. (A Go release that prints parse trees differently
// only turns the Go card off until then.)
const builtinCard = "8bdfa869340f4c680966de239e6c475590f7c57571f975599cc98c801b7c49a3"

// cardTree is the hash of t's "event" template, "" when it has none.
func cardTree(t *template.Template) string {
	ev := t.Lookup("event")
	if ev == nil || ev.Tree == nil || ev.Tree.Root == nil {
		return ""
	}
	sum := sha256.Sum256([]byte(ev.Tree.Root.String()))
	return hex.EncodeToString(sum[:])
}

// writeCard writes v's card; see event.html for what each part is.
func writeCard(b *strings.Builder, v *eventView) {
	b.WriteString("\n<article class=\"event")
	if v.Disputed {
		b.WriteString(" disputed")
	}
	if v.Planned {
		b.WriteString(" planned")
	}
	b.WriteString(`" id="`)
	escapeHTML(b, v.ID)
	b.WriteString(`" data-start="`)
	escapeHTML(b, v.Start)
	b.WriteString(`" data-outlets="`)
	escapeHTML(b, v.OutletKeys)
	b.WriteString("\">\n  <p class=\"event-date\"><time datetime=\"")
	escapeHTML(b, v.DateTime)
	b.WriteString(`">`)
	escapeHTML(b, v.DateLabel)
	b.WriteString("</time>")
	for _, g := range v.Badges {
		b.WriteString(` <span class="badge badge-`)
		escapeHTML(b, g.Class)
		b.WriteString(`" title="`)
		escapeHTML(b, g.Explain)
		b.WriteString(`">`)
		escapeHTML(b, g.Label)
		b.WriteString("</span>")
	}
	if v.Disputed {
		b.WriteString(`<span class="dispute">Sources differ: `)
		for i, d := range v.SourceDates {
			if i > 0 {
				b.WriteString("; ")
			}
			escapeHTML(b, d)
		}
		b.WriteString("</span>")
	}
	b.WriteString("</p>\n  <h4 class=\"event-title\"><a href=\"#")
	escapeHTML(b, escapeURL(v.ID, false))
	b.WriteString(`" class="permalink">`)
	escapeHTML(b, v.Title)
	b.WriteString("</a></h4>")
	if m := v.Media; m != nil {
		b.WriteString("\n  <figure class=\"event-media\"><img src=\"")
		escapeHTML(b, escapeURL(filterURL(m.URL), true))
		b.WriteString(`" alt="`)
		escapeHTML(b, m.Alt)
		b.WriteString(`" loading="lazy" decoding="async"`)
		if m.Width != 0 {
			b.WriteString(` width="` + strconv.Itoa(m.Width) + `" height="` + strconv.Itoa(m.Height) + `"`)
		}
		b.WriteString(">")
		if m.Credit != "" {
			b.WriteString("<figcaption>Image: ")
			escapeHTML(b, m.Credit)
			b.WriteString("</figcaption>")
		}
		b.WriteString("</figure>")
	}
	b.WriteString("\n  <ul class=\"sources\">")
	for i := range v.Sources {
		s := &v.Sources[i]
		b.WriteString("\n    <li>")
		if s.Sentence != "" {
			b.WriteString("\n      <blockquote>")
			escapeHTML(b, s.Sentence)
			b.WriteString("</blockquote>")
		}
		b.WriteString("\n      <p class=\"cite\">")
		writeCite(b, s)
		if s.URL != "" {
			b.WriteString(` · <a href="`)
			escapeHTML(b, escapeURL(filterURL(s.URL), true))
			b.WriteString(`" rel="nofollow noopener">original</a>`)
		}
		if s.Inferred {
			b.WriteString(` · <span class="badge badge-inferred">inferred date</span>`)
		}
		if s.Beforehand {
			b.WriteString(` · <span class="badge badge-beforehand">announced beforehand</span>`)
		}
		b.WriteString("</p>\n    </li>")
	}
	b.WriteString("\n  </ul>")
	if len(v.More) > 0 {
		b.WriteString("\n  <details class=\"more-sources\"><summary>")
		b.WriteString(strconv.Itoa(len(v.More)))
		b.WriteString(" more sources</summary>\n    <ul>")
		for i := range v.More {
			b.WriteString("<li>")
			writeCite(b, &v.More[i])
			b.WriteString("</li>")
		}
		b.WriteString("</ul>\n  </details>")
	}
	if len(v.Evidence) > 0 {
		b.WriteString("\n  <details class=\"evidence\"><summary>Why these sources are one event</summary>\n    <ul>")
		writeItems(b, v.Evidence)
		b.WriteString("</ul>\n  </details>")
	}
	b.WriteString("\n</article>\n")
}

// writeCite is a source's outlet, linked headline and dateline.
func writeCite(b *strings.Builder, s *sourceView) {
	b.WriteString("<cite>")
	if s.Outlet != "" {
		escapeHTML(b, s.Outlet)
	} else {
		b.WriteString("Unknown outlet")
	}
	b.WriteString(`</cite>, <a href="`)
	escapeHTML(b, escapeURL(filterURL(s.ArticleHref), true))
	b.WriteString("#")
	escapeHTML(b, escapeURL(s.MarkID, false))
	b.WriteString(`">`)
	escapeHTML(b, s.Headline)
	b.WriteString("</a>")
	if s.Dateline != "" {
		b.WriteString(` · <time datetime="`)
		escapeHTML(b, s.DatelineISO)
		b.WriteString(`">`)
		escapeHTML(b, s.Dateline)
		b.WriteString("</time>")
	}
}

// writeItems writes each text as a list item.
func writeItems(b *strings.Builder, texts []string) {
	for _, t := range texts {
		b.WriteString("<li>")
		escapeHTML(b, t)
		b.WriteString("</li>")
	}
}

// escapeHTML escapes text for an element or a quoted attribute, as
// html/template does for a plain string: the five HTML specials, "+"
// (which some old browsers read as a charset marker) and NUL.
func escapeHTML(b *strings.Builder, s string) {
	last := 0
	for i := 0; i < len(s); i++ {
		var r string
		switch s[i] {
		case 0:
			r = "\uFFFD"
		case '"':
			r = "&#34;"
		case '&':
			r = "&amp;"
		case '\'':
			r = "&#39;"
		case '+':
			r = "&#43;"
		case '<':
			r = "&lt;"
		case '>':
			r = "&gt;"
		default:
			continue
		}
		b.WriteString(s[last:i])
		b.WriteString(r)
		last = i + 1
	}
	b.WriteString(s[last:])
}

// escapeURL percent-encodes s as html/template does for an address:
// whole (normalize: reserved characters and valid escapes stay) or as
// the part after "#" (everything but letters, digits and -._~ is
// encoded).
func escapeURL(s string, normalize bool) string {
	const hexDigits = "0123456789abcdef"
	var out []byte
	for i := 0; i < len(s); i++ {
		c := s[i]
		keep := 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || strings.IndexByte("-._~", c) >= 0
		if normalize && !keep {
			keep = strings.IndexByte("!#$&*+,/:;=?@[]", c) >= 0 ||
				c == '%' && i+2 < len(s) && isHexDigit(s[i+1]) && isHexDigit(s[i+2])
		}
		if keep {
			if out != nil {
				out = append(out, c)
			}
			continue
		}
		if out == nil {
			out = append(make([]byte, 0, len(s)+8), s[:i]...)
		}
		out = append(out, '%', hexDigits[c>>4], hexDigits[c&15])
	}
	if out == nil {
		return s
	}
	return string(out)
}

func isHexDigit(c byte) bool {
	return '0' <= c && c <= '9' || 'a' <= c && c <= 'f' || 'A' <= c && c <= 'F'
}

// filterURL refuses, as html/template does, an address with a scheme
// other than http, https or mailto ("javascript:…").
func filterURL(s string) string {
	scheme, _, ok := strings.Cut(s, ":")
	if ok && !strings.Contains(scheme, "/") && !strings.EqualFold(scheme, "http") &&
		!strings.EqualFold(scheme, "https") && !strings.EqualFold(scheme, "mailto") {
		return "#ZgotmplZ"
	}
	return s
}
