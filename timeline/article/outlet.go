package article

import (
	"errors"
	"fmt"
	"net/url"
	"path"
	"regexp"
	"sort"
	"strings"

	"github.com/newsroom/timeline/timeline/internal/yamlfile"
)

// Outlets: who published an article. In order, the article names it (an
// "outlet:" or "source:" field in front matter, or such a line at the top
// of scraped text), _outlets.yaml in the content folder maps its folder or
// file name to one, its folder is named after one, or its address's
// domain stands for one. An article none of these names is warned about.

// Where an article's outlet came from (Article.OutletFrom).
const (
	OutletFromArticle = "article" // front matter, or a line of the scrape
	OutletFromMap     = "map"     // _outlets.yaml
	OutletFromFolder  = "folder"
	OutletFromDomain  = "domain"
)

// OutletsFile is the map of folders and file globs to outlets, in the
// content folder (skipped as an article, like every name starting with _).
const OutletsFile = "_outlets.yaml"

// scrapeMeta is a line a scraper writes at the top of a page's text
// ("Source: Metro Wire", "URL: https://…"): metadata, not story.
var scrapeMeta = regexp.MustCompile(`(?i)^\s*(source|outlet|publisher|url|link|canonical)\s*:\s*(\S.{0,200})$`)

// isScrapeMeta reports whether a line is scrape metadata (a junk rule).
func isScrapeMeta(line string) bool {
	m := scrapeMeta.FindStringSubmatch(line)
	if m == nil {
		return false
	}
	if v := strings.TrimSpace(m[2]); isAddressField(m[1]) {
		return isAddress(v)
	} else {
		return len(strings.Fields(v)) <= 8 && !strings.HasSuffix(v, ".")
	}
}

func isAddressField(f string) bool {
	f = strings.ToLower(f)
	return f == "url" || f == "link" || f == "canonical"
}

func isAddress(s string) bool {
	u, err := url.Parse(s)
	return err == nil && (u.Scheme == "http" || u.Scheme == "https") && u.Host != ""
}

// metaOf reads the outlet and address a scrape's metadata lines give,
// among its first lines.
func metaOf(text string) (outlet, addr string) {
	for i, line := range strings.SplitN(text, "\n", datelineLines*3+1) {
		if i == datelineLines*3 {
			break
		}
		line = strings.TrimSpace(line)
		if !isScrapeMeta(line) {
			continue
		}
		m := scrapeMeta.FindStringSubmatch(line)
		v := strings.TrimSpace(m[2])
		switch {
		case isAddressField(m[1]) && addr == "":
			addr = v
		case !isAddressField(m[1]) && outlet == "":
			outlet = v
		}
	}
	return outlet, addr
}

// name gives a the outlet it names itself, else its folder's or its
// address's; an _outlets.yaml rule is applied later (Outlets.Apply),
// over the folder and the address but never over the article's own.
func (n outletNamer) name(a *Article, text string) {
	if a.Format == Text {
		outlet, addr := metaOf(text) // copied: the text is let go after reading
		if a.Outlet == "" {
			a.Outlet = strings.Clone(outlet)
		}
		if a.URL == "" {
			a.URL = strings.Clone(addr)
		}
	}
	switch {
	case a.Outlet != "":
		a.OutletFrom = OutletFromArticle
	case n.folder(a.Path) != "":
		a.Outlet, a.OutletFrom = n.folder(a.Path), OutletFromFolder
	case isAddress(a.URL) && domainOf(a.URL) != "":
		a.Outlet, a.OutletFrom = n.domain(domainOf(a.URL)), OutletFromDomain
	}
}

// Outlets maps folders and file globs of the content folder to outlets.
type Outlets struct {
	rules []outletRule
}

type outletRule struct {
	Files  string `yaml:"files"`  // "metro-wire/" (a folder) or a glob: "*.txt", "wire/2014-*"
	Outlet string `yaml:"outlet"` // the outlet's name
	URL    string `yaml:"url"`    // its home page, optional
}

// ParseOutlets reads an _outlets.yaml: a list of rules, the first that
// matches an article's path naming its outlet. path is used in errors.
func ParseOutlets(file string, src []byte) (*Outlets, error) {
	var rules []outletRule
	if err := yamlfile.Decode(src, &rules); err != nil {
		var ye *yamlfile.Error
		errors.As(err, &ye)
		return nil, &Error{Path: file, Line: ye.Line, Err: errors.New(ye.Msg + outletsHelp)}
	}
	lines := strings.Split(string(src), "\n")
	lineOf := func(n int) int { // the line of the n-th rule (its "- ")
		for i, l := range lines {
			if strings.HasPrefix(strings.TrimSpace(l), "-") {
				if n == 0 {
					return i + 1
				}
				n--
			}
		}
		return 0
	}
	for i, r := range rules {
		switch {
		case strings.TrimSpace(r.Files) == "" || strings.TrimSpace(r.Outlet) == "":
			return nil, &Error{Path: file, Line: lineOf(i), Err: errors.New("each entry needs files: and outlet:" + outletsHelp)}
		case r.URL != "" && !isAddress(r.URL):
			return nil, &Error{Path: file, Line: lineOf(i), Err: fmt.Errorf("url %q is not an http(s) address", r.URL)}
		}
		if _, err := path.Match(strings.TrimSuffix(r.Files, "/"), ""); err != nil {
			return nil, &Error{Path: file, Line: lineOf(i), Err: fmt.Errorf("files %q is not a glob: %v", r.Files, err)}
		}
	}
	return &Outlets{rules: rules}, nil
}

const outletsHelp = ` (the file is a list of entries such as "- files: metro-wire/" with "outlet: Metro Wire" and an optional "url:")`

// match returns the rule naming the outlet of the article at rel.
func (o *Outlets) match(rel string) (outletRule, bool) {
	if o == nil {
		return outletRule{}, false
	}
	for _, r := range o.rules {
		pat := strings.TrimSpace(r.Files)
		if dir, ok := strings.CutSuffix(pat, "/"); ok {
			if strings.HasPrefix(rel, dir+"/") {
				return r, true
			}
			continue
		}
		if ok, _ := path.Match(pat, rel); ok {
			return r, true
		}
		if ok, _ := path.Match(pat, path.Base(rel)); ok && !strings.Contains(pat, "/") {
			return r, true
		}
	}
	return outletRule{}, false
}

// Apply names, by the map, the outlets of articles that do not name
// their own, and returns a warning listing the articles still without
// one. It changes the articles in arts: give it each build's copies.
func (o *Outlets) Apply(arts []*Article) []string {
	var unnamed []string
	for _, a := range arts {
		if a.OutletFrom != OutletFromArticle {
			if r, ok := o.match(a.Path); ok {
				a.Outlet, a.OutletFrom = strings.TrimSpace(r.Outlet), OutletFromMap
				a.OutletURL = r.URL
			}
		}
		if a.Outlet == "" {
			unnamed = append(unnamed, a.Path)
		}
	}
	if len(unnamed) == 0 {
		return nil
	}
	sort.Strings(unnamed)
	list := unnamed
	if len(list) > 5 {
		list = append(list[:5:5], fmt.Sprintf("and %d more", len(unnamed)-5))
	}
	return []string{fmt.Sprintf("%s no outlet: %s. Name each with an \"outlet:\" line in the front matter or a \"Source: Name\" line at the top of the text, "+
		"put the files in a folder named after the outlet, or map them in %s (\"- files: \\\"*.txt\\\"\" then \"outlet: Name\")",
		countArticles(len(unnamed)), strings.Join(list, ", "), OutletsFile)}
}

func countArticles(n int) string {
	if n == 1 {
		return "1 article has"
	}
	return fmt.Sprintf("%d articles have", n)
}
