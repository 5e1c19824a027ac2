package site_test

import (
	"path"
	"strings"
	"testing"

	"github.com/newsroom/timeline/timeline/site"
)

// TestDataPageListsEveryExport: every file a build writes at the site
// root that is not a page is linked from the Data page with a line on
// what it is for; the layout links the Data page and the favicon, and
// pages carry sharing meta and, with a baseURL, their canonical address.
func TestDataPageListsEveryExport(t *testing.T) {
	files := renderWith(t, site.Config{Title: "T", BaseURL: "https://news.example/story/"}, fixture)
	data := string(files[site.DataPath])
	if data == "" {
		t.Fatalf("no %s; have %v", site.DataPath, keys(files))
	}
	for name := range files {
		if strings.Contains(name, "/") || path.Ext(name) == ".html" {
			continue
		}
		if !strings.Contains(data, `href="`+name+`"`) {
			t.Errorf("%s does not link %s", site.DataPath, name)
		}
	}
	if _, ok := files["static/favicon.svg"]; !ok {
		t.Error("no favicon written")
	}
	for _, c := range []struct{ page, canonical string }{
		{"index.html", "https://news.example/story/index.html"},
		{"articles/ledger-pull.html", "https://news.example/story/articles/ledger-pull.html"},
	} {
		p := string(files[c.page])
		for _, want := range []string{`<link rel="canonical" href="` + c.canonical + `">`, `<meta property="og:url" content="` + c.canonical + `">`,
			`<meta property="og:title" content="`, `<meta name="twitter:card" content="summary">`, `static/favicon.svg`, `data.html">Data</a>`} {
			if !strings.Contains(p, want) {
				t.Errorf("%s lacks %s", c.page, want)
			}
		}
	}
}
