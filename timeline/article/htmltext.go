package article

import (
	"fmt"
	"io"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// guardNesting reads the page's tags once, cheaply, before the HTML
// parser does: it counts elements (too many refuses the page), drops
// tags nested deeper than maxNesting (keeping their text) and notes
// markup malformed enough to mention. The nesting it tracks is the
// parser's in the main: void elements and the end tags HTML lets a page
// leave out (a <p> or <li> closed by the next one) are allowed for.
func guardNesting(src string) (string, []string, error) {
	z := html.NewTokenizer(strings.NewReader(src))
	var stack []atom.Atom
	var out strings.Builder
	dropped := map[string]int{} // deep start tags dropped, by name, whose end tags go too
	flattened, elements, stray, unclosed := 0, 0, 0, 0
	dropText := false
	for {
		tt := z.Next()
		if tt == html.ErrorToken {
			if z.Err() != io.EOF {
				return "", nil, fmt.Errorf("not readable as HTML: %w", z.Err())
			}
			break
		}
		raw := z.Raw()
		if tt == html.TextToken && dropText {
			dropText = false
			continue
		}
		dropText = false
		switch tt {
		case html.StartTagToken, html.SelfClosingTagToken:
			name, _ := z.TagName()
			a := atom.Lookup(name)
			elements++
			if elements > maxElements {
				return "", nil, fmt.Errorf("the page has over %d elements; no news page comes near it", maxElements)
			}
			if tt == html.SelfClosingTagToken || voidElement[a] {
				break
			}
			if n := len(stack); n > 0 && closesOpen(stack[n-1], a) {
				stack = stack[:n-1]
			}
			if len(stack) >= maxNesting {
				dropped[string(name)]++
				flattened++
				// A script's or style's text would be the page's text
				// once its tag is gone: it goes too.
				dropText = rawText[a]
				continue
			}
			stack = append(stack, a)
		case html.EndTagToken:
			name, _ := z.TagName()
			if dropped[string(name)] > 0 {
				dropped[string(name)]--
				continue
			}
			a := atom.Lookup(name)
			i := len(stack) - 1
			for i >= 0 && stack[i] != a {
				i--
			}
			if i < 0 {
				if !voidElement[a] {
					stray++
				}
				break
			}
			unclosed += countClosable(stack[i+1:])
			stack = stack[:i]
		}
		out.Write(raw)
	}
	var report []string
	if flattened > 0 {
		report = append(report, fmt.Sprintf("%d tags nested more than %d deep were dropped, their text kept (as browsers cap nesting)", flattened, maxNesting))
	}
	unclosed += countClosable(stack)
	if stray+unclosed >= malformedWarn {
		report = append(report, fmt.Sprintf("the markup is malformed (%d stray end tags, %d elements never closed); it was read as a browser would read it", stray, unclosed))
	}
	if flattened == 0 {
		return src, report, nil
	}
	return out.String(), report, nil
}

// countClosable counts the elements that should have been closed.
func countClosable(open []atom.Atom) int {
	n := 0
	for _, a := range open {
		if !optionalEnd[a] {
			n++
		}
	}
	return n
}

// rawText are the elements whose content the tokenizer reads as text
// up to their end tag.
var rawText = map[atom.Atom]bool{
	atom.Script: true, atom.Style: true, atom.Textarea: true, atom.Title: true, atom.Xmp: true,
	atom.Iframe: true, atom.Noembed: true, atom.Noframes: true, atom.Noscript: true,
}

// voidElement are elements that never have content or an end tag.
var voidElement = map[atom.Atom]bool{
	atom.Area: true, atom.Base: true, atom.Br: true, atom.Col: true, atom.Embed: true, atom.Hr: true,
	atom.Img: true, atom.Input: true, atom.Link: true, atom.Meta: true, atom.Source: true, atom.Track: true,
	atom.Wbr: true, atom.Param: true, atom.Keygen: true,
}

// optionalEnd are elements a page may leave open.
var optionalEnd = map[atom.Atom]bool{
	atom.Html: true, atom.Head: true, atom.Body: true, atom.P: true, atom.Li: true, atom.Dt: true, atom.Dd: true,
	atom.Option: true, atom.Optgroup: true, atom.Tr: true, atom.Td: true, atom.Th: true, atom.Thead: true,
	atom.Tbody: true, atom.Tfoot: true, atom.Colgroup: true, atom.Caption: true, atom.Rb: true, atom.Rt: true, atom.Rp: true,
}

// closesOpen reports whether a start tag next closes the open element
// top, as "<p>one<p>two" or "<li>one<li>two" do.
func closesOpen(top, next atom.Atom) bool {
	switch top {
	case atom.P:
		return blockStart[next]
	case atom.Li, atom.Dt, atom.Dd, atom.Option, atom.Td, atom.Th, atom.Tr:
		return next == top || (top == atom.Dt && next == atom.Dd) || (top == atom.Dd && next == atom.Dt) ||
			((top == atom.Td || top == atom.Th) && (next == atom.Td || next == atom.Th || next == atom.Tr))
	}
	return false
}

// blockStart are the start tags that close an open paragraph.
var blockStart = map[atom.Atom]bool{
	atom.Address: true, atom.Article: true, atom.Aside: true, atom.Blockquote: true, atom.Details: true,
	atom.Div: true, atom.Dl: true, atom.Fieldset: true, atom.Figcaption: true, atom.Figure: true, atom.Footer: true,
	atom.Form: true, atom.H1: true, atom.H2: true, atom.H3: true, atom.H4: true, atom.H5: true, atom.H6: true,
	atom.Header: true, atom.Hr: true, atom.Main: true, atom.Nav: true, atom.Ol: true, atom.P: true, atom.Pre: true,
	atom.Section: true, atom.Table: true, atom.Ul: true,
}

// chromeClass is a word in a class or id that marks page chrome around
// the story, which the extractor may keep when it sits inside the
// story's container (a newsletter box between paragraphs, share buttons
// under them). Example is such an element (TestChromeClasses).
type chromeClass struct{ word, example string }

func chromeClasses() []chromeClass {
	return []chromeClass{
		{"newsletter", `<div class="c-newsletter-signup"><h3>The Morning Record</h3><p>Start your day with us. Sign up for our free newsletter.</p></div>`},
		{"signup", `<aside class="signup-box"><p>Get the briefing in your inbox every morning before work.</p></aside>`},
		{"subscribe", `<div id="subscribe-inline"><p>Subscribe today and read every story without limits.</p></div>`},
		{"paywall", `<div class="paywall-prompt"><p>You have two free articles left this month.</p></div>`},
		{"promo", `<p class="promo">Get the Evening Wire app for breaking news alerts</p>`},
		{"advert", `<div class="advert-slot"><p>Advertisement from our partners across the region.</p></div>`},
		{"sponsored", `<div class="sponsored-links"><p>Sponsored: the best garden sheds of the year.</p></div>`},
		{"share", `<div class="share-tools">Share this page: Facebook, X, WhatsApp, Copy link</div>`},
		{"sharing", `<div class="sd-sharing-enabled"><p>Share this on your favourite network.</p></div>`},
		{"social", `<ul class="social-links"><li>Follow us on every network we are on</li></ul>`},
		{"related", `<div class="related-stories"><p>Bridge tolls to rise in the new year, council confirms.</p></div>`},
		{"copyright", `<p class="copyright">Saltmarsh Herald, all rights reserved.</p>`},
		{"outbrain", `<div class="OUTBRAIN"><p>You may like: ten tricks for a tidier kitchen.</p></div>`},
		{"taboola", `<div id="taboola-below-article"><p>Around the web: a village you must visit.</p></div>`},
	}
}

// maxChromeText is the most text an element marked as chrome may hold
// and still be removed: chrome is short, and a wrapper around the whole
// story with an unlucky class ("share-story-body") must not take the
// story with it.
const maxChromeText = 1500

// pruneChrome removes the elements marked as chrome (chromeClasses)
// before extraction.
func pruneChrome(doc *html.Node, words map[string]bool) {
	var doomed []*html.Node
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode && n.DataAtom != atom.Html && n.DataAtom != atom.Body && n.DataAtom != atom.Main &&
			n.DataAtom != atom.Article && markedChrome(n, words) && len(textOf(n)) <= maxChromeText {
			doomed = append(doomed, n)
			return
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)
	for _, n := range doomed {
		n.Parent.RemoveChild(n)
	}
}

// markedChrome reports whether n's class or id has a chrome word, as a
// word of its own ("c-newsletter-signup", "share_tools"; not
// "shareholders").
func markedChrome(n *html.Node, words map[string]bool) bool {
	for _, k := range []string{"class", "id"} {
		for _, w := range strings.FieldsFunc(strings.ToLower(attr(n, k)), func(r rune) bool {
			return !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9')
		}) {
			if words[w] {
				return true
			}
		}
	}
	return false
}

// storyBlock are the elements that make a paragraph of the story's text.
var storyBlock = map[atom.Atom]bool{
	atom.P: true, atom.H1: true, atom.H2: true, atom.H3: true, atom.H4: true, atom.H5: true, atom.H6: true,
	atom.Li: true, atom.Div: true, atom.Blockquote: true, atom.Pre: true, atom.Td: true, atom.Th: true,
	atom.Tr: true, atom.Section: true, atom.Article: true, atom.Dt: true, atom.Dd: true, atom.Ul: true,
	atom.Ol: true, atom.Table: true, atom.Header: true, atom.Footer: true, atom.Br: true,
}

// notStory are elements whose text is not the story's: captions and
// credits, scripts, controls.
var notStory = map[atom.Atom]bool{
	atom.Figure: true, atom.Figcaption: true, atom.Script: true, atom.Style: true, atom.Noscript: true,
	atom.Template: true, atom.Button: true, atom.Select: true, atom.Svg: true, atom.Iframe: true,
}

// storyBlocks is the text of the extracted story, a block per paragraph,
// white space collapsed.
func storyBlocks(n *html.Node) []string {
	var b strings.Builder
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.TextNode {
			b.WriteString(n.Data)
			return
		}
		if n.Type == html.ElementNode && notStory[n.DataAtom] {
			return
		}
		block := n.Type == html.ElementNode && storyBlock[n.DataAtom]
		if block {
			b.WriteString("\n\n")
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
		if block {
			b.WriteString("\n\n")
		}
	}
	walk(n)
	var blocks []string
	for _, p := range strings.Split(b.String(), "\n\n") {
		if p = squash(p); p != "" {
			blocks = append(blocks, p)
		}
	}
	return blocks
}

func chromeWords() map[string]bool {
	m := map[string]bool{}
	for _, c := range chromeClasses() {
		m[c.word] = true
	}
	return m
}
