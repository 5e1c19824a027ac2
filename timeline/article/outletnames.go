package article

import (
	"strings"
	"unicode"
)

// Well-known outlets, so that a folder named "rt" or an address on
// bbc.co.uk reads as the outlet's own name ("RT", "BBC News") rather than
// "Rt" or a bare domain. Keys are folder names squeezed to lower-case
// letters and digits ("buzzfeed-news" → "buzzfeednews") and domains
// without "www."; a subdomain finds its domain ("edition.cnn.com").
// Examples are a folder path or an address, each naming the outlet
// (TestOutletNames). A name an article or _outlets.yaml gives always wins.
type outletName struct {
	Name     string
	Keys     []string
	Examples []string
}

func outletNames() []outletName {
	return []outletName{
		{"BuzzFeed News", []string{"buzzfeed", "buzzfeednews", "buzzfeed.com", "buzzfeednews.com"}, []string{"buzzfeed/x.txt", "https://www.buzzfeednews.com/article/x"}},
		{"RT", []string{"rt", "rtcom", "rt.com"}, []string{"rt/x.txt", "https://www.rt.com/usa/x/"}},
		{"BBC News", []string{"bbc", "bbcnews", "bbc.co.uk", "bbc.com"}, []string{"bbc/x.txt", "https://www.bbc.co.uk/news/world-x", "https://news.bbc.co.uk/2/hi/x.stm"}},
		{"CNN", []string{"cnn", "cnn.com"}, []string{"cnn/x.txt", "https://edition.cnn.com/2014/12/17/x"}},
		{"Reuters", []string{"reuters", "reuters.com"}, []string{"reuters/x.txt", "https://uk.reuters.com/article/x"}},
		{"Associated Press", []string{"ap", "apnews", "associatedpress", "apnews.com"}, []string{"ap/x.txt", "associated-press/x.txt", "https://apnews.com/x"}},
		{"AFP", []string{"afp", "afp.com"}, []string{"afp/x.txt"}},
		{"The New York Times", []string{"nytimes", "nyt", "newyorktimes", "thenewyorktimes", "nytimes.com"}, []string{"nytimes/x.txt", "new-york-times/x.txt", "https://www.nytimes.com/2014/12/18/x.html"}},
		{"The Washington Post", []string{"washingtonpost", "wapo", "thewashingtonpost", "washingtonpost.com"}, []string{"washington-post/x.txt", "https://www.washingtonpost.com/x"}},
		{"The Wall Street Journal", []string{"wsj", "wallstreetjournal", "thewallstreetjournal", "wsj.com"}, []string{"wsj/x.txt", "https://www.wsj.com/articles/x"}},
		{"The Guardian", []string{"guardian", "theguardian", "theguardian.com", "guardian.co.uk"}, []string{"guardian/x.txt", "https://www.theguardian.com/world/x"}},
		{"Financial Times", []string{"ft", "financialtimes", "ft.com"}, []string{"ft/x.txt", "https://www.ft.com/content/x"}},
		{"The Telegraph", []string{"telegraph", "thetelegraph", "telegraph.co.uk"}, []string{"telegraph/x.txt", "https://www.telegraph.co.uk/news/x"}},
		{"The Independent", []string{"independent", "theindependent", "independent.co.uk"}, []string{"https://www.independent.co.uk/news/x"}},
		{"Los Angeles Times", []string{"latimes", "losangelestimes", "latimes.com"}, []string{"latimes/x.txt", "https://www.latimes.com/x"}},
		{"USA Today", []string{"usatoday", "usatoday.com"}, []string{"usa-today/x.txt", "https://eu.usatoday.com/story/x"}},
		{"Bloomberg", []string{"bloomberg", "bloomberg.com"}, []string{"https://www.bloomberg.com/news/x"}},
		{"Al Jazeera", []string{"aljazeera", "aljazeera.com", "aljazeera.net"}, []string{"al-jazeera/x.txt", "https://www.aljazeera.com/news/x"}},
		{"NPR", []string{"npr", "npr.org"}, []string{"npr/x.txt", "https://www.npr.org/2014/12/17/x"}},
		{"Fox News", []string{"foxnews", "fox", "foxnews.com"}, []string{"fox-news/x.txt", "https://www.foxnews.com/x"}},
		{"ABC News", []string{"abcnews", "abcnews.go.com"}, []string{"abc-news/x.txt", "https://abcnews.go.com/x"}},
		{"CBS News", []string{"cbsnews", "cbsnews.com"}, []string{"https://www.cbsnews.com/news/x"}},
		{"NBC News", []string{"nbcnews", "nbcnews.com"}, []string{"https://www.nbcnews.com/news/x"}},
		{"Sky News", []string{"skynews", "news.sky.com"}, []string{"sky-news/x.txt", "https://news.sky.com/story/x"}},
		{"Politico", []string{"politico", "politico.com", "politico.eu"}, []string{"https://www.politico.com/story/x"}},
		{"HuffPost", []string{"huffpost", "huffingtonpost", "huffpost.com", "huffingtonpost.com"}, []string{"https://www.huffpost.com/entry/x"}},
		{"Daily Mail", []string{"dailymail", "dailymail.co.uk"}, []string{"https://www.dailymail.co.uk/news/x"}},
		{"Deutsche Welle", []string{"dw", "deutschewelle", "dw.com"}, []string{"dw/x.txt", "https://www.dw.com/en/x"}},
		{"France 24", []string{"france24", "france24.com"}, []string{"https://www.france24.com/en/x"}},
		{"Xinhua", []string{"xinhua", "xinhuanet.com", "news.cn"}, []string{"http://www.xinhuanet.com/english/x"}},
		{"South China Morning Post", []string{"scmp", "scmp.com"}, []string{"https://www.scmp.com/news/x"}},
		{"The Hindu", []string{"thehindu", "thehindu.com"}, []string{"https://www.thehindu.com/news/x"}},
	}
}

// outletNamer finds well-known outlets by folder or address.
type outletNamer map[string]string

func newOutletNamer() outletNamer {
	n := outletNamer{}
	for _, o := range outletNames() {
		for _, k := range o.Keys {
			n[k] = o.Name
		}
	}
	return n
}

// folder names the outlet after the folder an article at rel sits in,
// for scraped text, which has no front matter to say it: a well-known
// one by its name, an acronym of up to three letters in capitals ("ap"
// is AP), else the folder's words capitalised ("metro-wire" is Metro
// Wire). An article at the top of the content folder has none.
func (n outletNamer) folder(rel string) string {
	dir, _, ok := strings.Cut(rel, "/")
	if !ok {
		return ""
	}
	if name, ok := n[squeeze(dir)]; ok {
		return name
	}
	words := strings.FieldsFunc(dir, func(r rune) bool { return r == '-' || r == '_' || r == ' ' })
	if len(words) == 1 && len(words[0]) <= 3 && isLetters(words[0]) {
		return strings.ToUpper(words[0])
	}
	for i, w := range words {
		words[i] = strings.ToUpper(w[:1]) + w[1:]
	}
	return strings.Join(words, " ")
}

// domain names the outlet of a host ("news.bbc.co.uk" is BBC News), or
// gives the host itself.
func (n outletNamer) domain(host string) string {
	for h := host; h != ""; {
		if name, ok := n[h]; ok {
			return name
		}
		_, rest, ok := strings.Cut(h, ".")
		if !ok || !strings.Contains(rest, ".") {
			break
		}
		h = rest
	}
	return host
}

func squeeze(s string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return unicode.ToLower(r)
		}
		return -1
	}, s)
}

func isLetters(s string) bool {
	for _, r := range s {
		if !unicode.IsLetter(r) {
			return false
		}
	}
	return s != ""
}
