package article

import (
	"encoding/json"
	"fmt"
	"slices"
	"strconv"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// A saved news page says what the timeline needs in machine-readable
// form: JSON-LD (schema.org NewsArticle and kin), OpenGraph and article
// meta tags, <time datetime>, the canonical link. readPageMeta collects
// all of it from the parsed page, as written; html.go decides what to
// trust (see pageFacts).

// pageMeta is what a page's markup says about itself.
type pageMeta struct {
	ld        []ldArticle       // JSON-LD article objects, in page order
	meta      map[string]string // first content of each meta property, name or itemprop (lower case)
	canonical string            // <link rel="canonical">
	h1        string            // the first <h1>'s text
	title     string            // <title>
	timeByH1  string            // datetime of the first <time> shortly after the <h1>
	warnings  []string
}

// ldArticle is one JSON-LD article object's fields the timeline uses.
type ldArticle struct {
	Type, Headline, Published, Modified, Publisher, Author, URL string
	Image                                                       Image
}

// Image is a page's lead image, referenced by URL (never fetched).
type Image struct {
	URL, Alt      string
	Width, Height int // 0 when the page does not say
}

// ldArticleTypes are the schema.org types read as the page's article:
// Article and the subtypes news pages use.
var ldArticleTypes = map[string]bool{
	"Article": true, "NewsArticle": true, "ReportageNewsArticle": true, "AnalysisNewsArticle": true,
	"BackgroundNewsArticle": true, "OpinionNewsArticle": true, "ReviewNewsArticle": true,
	"BlogPosting": true, "LiveBlogPosting": true, "Report": true,
}

// nearHeadline is how many elements after the <h1> a <time datetime>
// may come and still be read as the story's (bylines sit just below the
// headline; a comment's time is much further on).
const nearHeadline = 40

// readPageMeta walks the document once, in document order.
func readPageMeta(doc *html.Node) *pageMeta {
	pm := &pageMeta{meta: map[string]string{}}
	var objs []any
	ldBlocks := 0
	afterH1 := -1 // elements seen since the <h1>; -1 before it
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode {
			if afterH1 >= 0 {
				afterH1++
			}
			switch n.DataAtom {
			case atom.Meta:
				content := attr(n, "content")
				for _, k := range []string{"property", "name", "itemprop"} {
					if key := strings.ToLower(strings.TrimSpace(attr(n, k))); key != "" && content != "" {
						if _, ok := pm.meta[key]; !ok {
							pm.meta[key] = strings.TrimSpace(content)
						}
					}
				}
			case atom.Link:
				if pm.canonical == "" && hasToken(attr(n, "rel"), "canonical") {
					pm.canonical = strings.TrimSpace(attr(n, "href"))
				}
			case atom.Title:
				if pm.title == "" {
					pm.title = squash(textOf(n))
				}
			case atom.H1:
				if afterH1 < 0 {
					pm.h1, afterH1 = squash(textOf(n)), 0
				}
			case atom.Time:
				if dt := strings.TrimSpace(attr(n, "datetime")); pm.timeByH1 == "" && dt != "" && afterH1 >= 0 && afterH1 <= nearHeadline {
					pm.timeByH1 = dt
				}
			case atom.Script:
				if strings.EqualFold(strings.TrimSpace(attr(n, "type")), "application/ld+json") {
					ldBlocks++
					v, err := parseJSONLD(textOf(n))
					if err != nil {
						pm.warnings = append(pm.warnings, fmt.Sprintf("JSON-LD block %d is not JSON (%v); its metadata is ignored", ldBlocks, err))
						return
					}
					objs = flattenLD(v, objs)
				}
				return
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)
	pm.ld = ldArticles(objs)
	return pm
}

// parseJSONLD reads a JSON-LD block, forgiving the HTML comment or CDATA
// wrapper some CMSs still put around scripts.
func parseJSONLD(s string) (any, error) {
	s = strings.TrimSpace(s)
	for _, w := range [][2]string{{"<!--", "-->"}, {"//<![CDATA[", "//]]>"}, {"<![CDATA[", "]]>"}} {
		if strings.HasPrefix(s, w[0]) && strings.HasSuffix(s, w[1]) {
			s = strings.TrimSpace(s[len(w[0]) : len(s)-len(w[1])])
		}
	}
	var v any
	if err := json.Unmarshal([]byte(s), &v); err != nil {
		return nil, err
	}
	return v, nil
}

// flattenLD lists every object of a JSON-LD value: arrays, @graph
// members and the top level alike.
func flattenLD(v any, out []any) []any {
	switch v := v.(type) {
	case []any:
		for _, e := range v {
			out = flattenLD(e, out)
		}
	case map[string]any:
		out = append(out, v)
		if g, ok := v["@graph"]; ok {
			out = flattenLD(g, out)
		}
	}
	return out
}

// ldArticles reads the article objects among objs, following {"@id": …}
// references (Yoast and Arc pages name the publisher and the image once
// and point at them).
func ldArticles(objs []any) []ldArticle {
	byID := map[string]map[string]any{}
	for _, o := range objs {
		m := o.(map[string]any)
		if id, ok := m["@id"].(string); ok && len(m) > 1 {
			if _, dup := byID[id]; !dup {
				byID[id] = m
			}
		}
	}
	deref := func(v any) any {
		if m, ok := v.(map[string]any); ok && len(m) == 1 {
			if id, ok := m["@id"].(string); ok && byID[id] != nil {
				return byID[id]
			}
		}
		return v
	}
	var out []ldArticle
	for _, o := range objs {
		m := o.(map[string]any)
		typ, ok := ldType(m["@type"])
		if !ok {
			continue
		}
		a := ldArticle{Type: typ, Headline: ldString(m["headline"]), Published: ldString(m["datePublished"]),
			Modified: ldString(m["dateModified"]), URL: ldString(m["url"])}
		if a.URL == "" {
			a.URL = ldString(deref(m["mainEntityOfPage"]))
		}
		a.Publisher = ldNames(m["publisher"], deref)
		a.Author = ldNames(m["author"], deref)
		a.Image = ldImage(m["image"], deref)
		out = append(out, a)
	}
	return out
}

// ldType is the first article type an @type (a string or a list) names.
func ldType(v any) (string, bool) {
	switch v := v.(type) {
	case string:
		t := strings.TrimPrefix(strings.TrimPrefix(v, "https://schema.org/"), "http://schema.org/")
		return t, ldArticleTypes[t]
	case []any:
		for _, e := range v {
			if t, ok := ldType(e); ok {
				return t, true
			}
		}
	}
	return "", false
}

// ldString is a text value: a string, or an object's @id or url (as
// mainEntityOfPage is often written).
func ldString(v any) string {
	switch v := v.(type) {
	case string:
		return strings.TrimSpace(v)
	case map[string]any:
		for _, k := range []string{"@id", "url"} {
			if s, ok := v[k].(string); ok {
				return strings.TrimSpace(s)
			}
		}
	}
	return ""
}

// ldNames reads who a publisher or author is: a name, an object with a
// name, or a list of them (joined).
func ldNames(v any, deref func(any) any) string {
	v = deref(v)
	switch v := v.(type) {
	case string:
		return strings.TrimSpace(v)
	case map[string]any:
		return ldString(v["name"])
	case []any:
		var names []string
		for _, e := range v {
			if n := ldNames(e, deref); n != "" && !slices.Contains(names, n) {
				names = append(names, n)
			}
		}
		return strings.Join(names, ", ")
	}
	return ""
}

// ldImage reads an image: a URL, an ImageObject, or a list (the first
// that has a URL).
func ldImage(v any, deref func(any) any) Image {
	v = deref(v)
	switch v := v.(type) {
	case string:
		return Image{URL: strings.TrimSpace(v)}
	case map[string]any:
		img := Image{URL: ldString(v["url"])}
		if img.URL == "" {
			img.URL, _ = v["contentUrl"].(string)
		}
		img.Alt = ldString(v["caption"])
		if img.Alt == "" {
			img.Alt = ldString(v["description"])
		}
		img.Width, img.Height = ldInt(v["width"]), ldInt(v["height"])
		return img
	case []any:
		for _, e := range v {
			if img := ldImage(e, deref); img.URL != "" {
				return img
			}
		}
	}
	return Image{}
}

// ldInt reads a pixel size written as a number, a string or a
// QuantitativeValue; 0 when it is none of those or not a sane size.
func ldInt(v any) int {
	var n int
	switch v := v.(type) {
	case float64:
		n = int(v)
	case string:
		n, _ = strconv.Atoi(strings.TrimSuffix(strings.TrimSpace(v), "px"))
	case map[string]any:
		return ldInt(v["value"])
	}
	if n <= 0 || n > 100000 {
		return 0
	}
	return n
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Namespace == "" && strings.EqualFold(a.Key, key) {
			return a.Val
		}
	}
	return ""
}

func hasToken(list, tok string) bool {
	for _, f := range strings.Fields(list) {
		if strings.EqualFold(f, tok) {
			return true
		}
	}
	return false
}

// textOf is the text inside n, tags dropped.
func textOf(n *html.Node) string {
	var b strings.Builder
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.TextNode {
			b.WriteString(n.Data)
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(n)
	return b.String()
}

// squash collapses runs of white space into one space.
func squash(s string) string { return strings.Join(strings.Fields(s), " ") }
