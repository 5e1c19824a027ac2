package article

import (
	"fmt"
	"net/url"
	"regexp"
	"strings"
)

// What a page says about itself is weighed in a fixed order of trust:
// JSON-LD (written for machines, and usually by the CMS from its own
// record), then OpenGraph and article meta tags, then a <time datetime>
// by the headline, then the date in the page's URL; the text's own
// dateline comes last (html.go).

// metaField is what a meta tag tells.
type metaField int

const (
	metaSite metaField = iota
	metaTitle
	metaPublished
	metaModified
	metaURL
	metaImage
	metaImageAlt
	metaImageWidth
	metaImageHeight
	metaAuthor
)

// metaKey is a meta tag name read for a field; within a field the first
// listed that a page has wins. Example is the tag as pages write it
// (TestMetaKeys reads each).
type metaKey struct {
	key     string
	field   metaField
	example string
}

func metaKeys() []metaKey {
	return []metaKey{
		{"og:site_name", metaSite, `<meta property="og:site_name" content="The Harbour Light">`},
		{"application-name", metaSite, `<meta name="application-name" content="The Harbour Light">`},
		{"og:title", metaTitle, `<meta property="og:title" content="Ferry crews walk out">`},
		{"twitter:title", metaTitle, `<meta name="twitter:title" content="Ferry crews walk out">`},
		{"article:published_time", metaPublished, `<meta property="article:published_time" content="2014-12-17T18:05:00+00:00">`},
		{"og:article:published_time", metaPublished, `<meta property="og:article:published_time" content="2014-12-17T18:05:00+00:00">`},
		{"datepublished", metaPublished, `<meta itemprop="datePublished" content="2014-12-17">`},
		{"parsely-pub-date", metaPublished, `<meta name="parsely-pub-date" content="2014-12-17T18:05:00Z">`},
		{"sailthru.date", metaPublished, `<meta name="sailthru.date" content="2014-12-17 18:05:00">`},
		{"pubdate", metaPublished, `<meta name="pubdate" content="2014-12-17">`},
		{"dc.date.issued", metaPublished, `<meta name="DC.date.issued" content="2014-12-17">`},
		{"article:modified_time", metaModified, `<meta property="article:modified_time" content="2014-12-18T07:30:00+00:00">`},
		{"og:updated_time", metaModified, `<meta property="og:updated_time" content="2014-12-18T07:30:00+00:00">`},
		{"datemodified", metaModified, `<meta itemprop="dateModified" content="2014-12-18">`},
		{"og:url", metaURL, `<meta property="og:url" content="https://harbourlight.example/2014/12/17/ferry/">`},
		{"og:image", metaImage, `<meta property="og:image" content="https://harbourlight.example/img/pier.jpg">`},
		{"og:image:secure_url", metaImage, `<meta property="og:image:secure_url" content="https://harbourlight.example/img/pier.jpg">`},
		{"og:image:url", metaImage, `<meta property="og:image:url" content="https://harbourlight.example/img/pier.jpg">`},
		{"twitter:image", metaImage, `<meta name="twitter:image" content="https://harbourlight.example/img/pier.jpg">`},
		{"twitter:image:src", metaImage, `<meta name="twitter:image:src" content="https://harbourlight.example/img/pier.jpg">`},
		{"og:image:alt", metaImageAlt, `<meta property="og:image:alt" content="An empty pier at dusk">`},
		{"twitter:image:alt", metaImageAlt, `<meta name="twitter:image:alt" content="An empty pier at dusk">`},
		{"og:image:width", metaImageWidth, `<meta property="og:image:width" content="1200">`},
		{"og:image:height", metaImageHeight, `<meta property="og:image:height" content="800">`},
		{"author", metaAuthor, `<meta name="author" content="Priya Lund">`},
		{"parsely-author", metaAuthor, `<meta name="parsely-author" content="Priya Lund">`},
	}
}

// metaValue is the first tag a page has for f, and its content.
func (pm *pageMeta) metaValue(keys []metaKey, f metaField) (key, value string) {
	for _, k := range keys {
		if v := pm.meta[k.key]; k.field == f && v != "" {
			return k.key, v
		}
	}
	return "", ""
}

// pageDate is a date a page gives, as written, and where it was found.
type pageDate struct{ Field, Value string }

// pageFacts is what the timeline takes from a page's metadata.
type pageFacts struct {
	Title, Outlet, URL, Author string
	Image                      Image
	Dates                      []pageDate // anchor candidates, most trusted first
	Modified                   pageDate   // shown, never the anchor
	Warnings                   []string
}

// facts weighs what the page says, most trusted first.
func (pm *pageMeta) facts(keys []metaKey, dates []urlDatePattern) pageFacts {
	var f pageFacts
	var ld ldArticle
	for _, a := range pm.ld {
		if a.Published != "" || ld.Type == "" {
			ld = a
		}
		if a.Published != "" {
			break
		}
	}
	_, ogURL := pm.metaValue(keys, metaURL)
	f.URL = firstOf(absoluteHTTP(ld.URL), absoluteHTTP(ogURL), absoluteHTTP(pm.canonical))
	_, ogTitle := pm.metaValue(keys, metaTitle)
	f.Title = firstOf(ld.Headline, ogTitle, pm.h1, pm.title)
	_, site := pm.metaValue(keys, metaSite)
	f.Outlet = firstOf(ld.Publisher, site, domainOf(f.URL))
	_, author := pm.metaValue(keys, metaAuthor)
	f.Author = firstOf(ld.Author, author)

	if ld.Published != "" {
		f.Dates = append(f.Dates, pageDate{"JSON-LD datePublished", ld.Published})
	}
	for _, k := range keys {
		if v := pm.meta[k.key]; k.field == metaPublished && v != "" {
			f.Dates = append(f.Dates, pageDate{"meta " + k.key, v})
		}
	}
	if pm.timeByH1 != "" {
		f.Dates = append(f.Dates, pageDate{"<time datetime> by the headline", pm.timeByH1})
	}
	if d := urlDate(dates, f.URL); d != "" {
		f.Dates = append(f.Dates, pageDate{"URL date", d})
	}
	if k, v := pm.metaValue(keys, metaModified); ld.Modified != "" {
		f.Modified = pageDate{"JSON-LD dateModified", ld.Modified}
	} else if v != "" {
		f.Modified = pageDate{"meta " + k, v}
	}

	img := ld.Image
	fromOG := img.URL == ""
	if fromOG {
		_, img.URL = pm.metaValue(keys, metaImage)
		_, w := pm.metaValue(keys, metaImageWidth)
		_, h := pm.metaValue(keys, metaImageHeight)
		img.Width, img.Height = ldInt(w), ldInt(h)
	}
	if img.Width == 0 || img.Height == 0 {
		img.Width, img.Height = 0, 0
	}
	if img.URL != "" {
		resolved, err := resolveImage(f.URL, img.URL)
		if err != nil {
			f.Warnings = append(f.Warnings, fmt.Sprintf("lead image %s left out: %v", describe(img.URL), err))
			img = Image{}
		}
		img.URL = resolved
	}
	if _, og := pm.metaValue(keys, metaImage); img.URL != "" && img.Alt == "" && (fromOG || sameImage(f.URL, og, img.URL)) {
		_, img.Alt = pm.metaValue(keys, metaImageAlt) // it describes og:image, which this is
	}
	if img.URL != "" && img.Alt == "" {
		img.Alt = f.Title
	}
	f.Image = img
	return f
}

// sameImage reports whether og, resolved against page, is img.
func sameImage(page, og, img string) bool {
	u, err := resolveImage(page, og)
	return err == nil && u == img
}

func firstOf(ss ...string) string {
	for _, s := range ss {
		if s = strings.TrimSpace(s); s != "" {
			return s
		}
	}
	return ""
}

// absoluteHTTP is u when it is an absolute http(s) address, else "".
func absoluteHTTP(u string) string {
	p, err := url.Parse(strings.TrimSpace(u))
	if err != nil || p.Host == "" || (p.Scheme != "http" && p.Scheme != "https") {
		return ""
	}
	return p.String()
}

// domainOf names an outlet after its site when the page names none:
// the host without "www.".
func domainOf(u string) string {
	p, err := url.Parse(u)
	if err != nil {
		return ""
	}
	return strings.TrimPrefix(strings.ToLower(p.Hostname()), "www.")
}

// resolveImage makes an image address absolute against the page's
// canonical one; only http(s) images are kept (never data: or
// javascript:), and none is fetched.
func resolveImage(page, img string) (string, error) {
	ref, err := url.Parse(strings.TrimSpace(img))
	if err != nil {
		return "", fmt.Errorf("not an address")
	}
	if !ref.IsAbs() {
		if page == "" {
			return "", fmt.Errorf("a relative address, and the page gives no URL of its own to resolve it against")
		}
		base, _ := url.Parse(page)
		ref = base.ResolveReference(ref)
	}
	if (ref.Scheme != "http" && ref.Scheme != "https") || ref.Host == "" {
		return "", fmt.Errorf("only http and https images are shown")
	}
	return ref.String(), nil
}

// urlDates are the ways news sites put the publication day in a story's
// address; Example is such an address and Want the day it gives
// (TestURLDates).
type urlDatePattern struct {
	re            *regexp.Regexp
	example, want string
}

func urlDatePatterns() []urlDatePattern {
	const y, m, d = `((?:19|20)\d\d)`, `(0[1-9]|1[0-2])`, `(0[1-9]|[12]\d|3[01])`
	return []urlDatePattern{
		{regexp.MustCompile(`/` + y + `/` + m + `/` + d + `(?:/|$)`), "https://lanternquay.example/2014/12/17/ferry-crews/", "2014-12-17"},
		{regexp.MustCompile(`(?i)/` + y + `/(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/(\d{1,2})(?:/|$)`), "https://paper.example/uk-news/2014/dec/17/ferry-crews", "2014-12-17"},
		{regexp.MustCompile(`[/_-]` + y + `-` + m + `-` + d + `(?:[/_.-]|$)`), "https://paper.example/news/ferry-crews-2014-12-17.html", "2014-12-17"},
		{regexp.MustCompile(`[/_-]` + y + m + d + `(?:[/_.-]|$)`), "https://paper.example/science/comet-brighter-20141217.html", "2014-12-17"},
	}
}

var months3 = map[string]string{"jan": "01", "feb": "02", "mar": "03", "apr": "04", "may": "05", "jun": "06",
	"jul": "07", "aug": "08", "sep": "09", "oct": "10", "nov": "11", "dec": "12"}

// urlDate is the day a story's address gives (YYYY-MM-DD), "" when none.
func urlDate(pats []urlDatePattern, u string) string {
	p, err := url.Parse(u)
	if err != nil || p.Path == "" {
		return ""
	}
	for _, pat := range pats {
		if g := pat.re.FindStringSubmatch(p.Path); g != nil {
			mon := g[2]
			if n, ok := months3[strings.ToLower(mon)]; ok {
				mon = n
			}
			day := g[3]
			if len(day) == 1 {
				day = "0" + day
			}
			return g[1] + "-" + mon + "-" + day
		}
	}
	return ""
}
