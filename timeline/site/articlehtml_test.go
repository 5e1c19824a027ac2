package site

import (
	"fmt"
	"html/template"
	"io/fs"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/yuin/goldmark"

	"github.com/newsroom/timeline/static"
	"github.com/newsroom/timeline/templates"
	"github.com/newsroom/timeline/timeline/article"
)

// templateArticle draws p with article.html, as a site that overrides it
// would.
func templateArticle(t testing.TB, s *Site, p *articlePage) string {
	t.Helper()
	var b strings.Builder
	if err := s.pages["article.html"].ExecuteTemplate(&b, "article.html", p); err != nil {
		t.Fatal(err)
	}
	return b.String()
}

func goArticle(p *articlePage) string {
	var b strings.Builder
	writeArticlePage(&b, p)
	return b.String()
}

// The built-in article page is drawn by Go code only while its templates
// are the ones that code was written from.
func TestBuiltinArticle(t *testing.T) {
	s := builtinSite(t)
	if !s.builtinArticle {
		t.Fatalf("templates/article.html or layout.html is not what writeArticlePage draws: make it draw them "+
			"(TestArticlePageMatchesTemplate), then set builtinArticle to %q", articleTrees(s.pages["article.html"]))
	}
	for _, name := range []string{"article.html", "layout.html"} {
		fsys := fstest.MapFS{}
		files, _ := fs.Glob(templates.FS, "*.html")
		for _, f := range files {
			fsys[f] = &fstest.MapFile{Data: mustRead(t, f)}
		}
		fsys[name] = &fstest.MapFile{Data: []byte(strings.Replace(string(mustRead(t, name)), "</main>", "</main><p>mine</p>", 1) + `{{define "x"}}{{end}}`)}
		if name == "article.html" {
			fsys[name] = &fstest.MapFile{Data: []byte(`{{template "layout" .}}{{define "title"}}{{.Article.Title}}{{end}}{{define "main"}}<p>{{.Article.Title}}</p>{{end}}`)}
		}
		o, err := New(Config{}, fsys, static.FS)
		if err != nil {
			t.Fatal(err)
		}
		if o.builtinArticle {
			t.Errorf("a site's own %s is drawn as the built-in article page", name)
		}
	}
}

// TestArticlePageMatchesTemplate compares writeArticlePage with the
// templates on the demo site's article pages, at both of its depths and
// with and without live reload, and on pages with text that every
// escaper treats differently in every field.
func TestArticlePageMatchesTemplate(t *testing.T) {
	s := builtinSite(t)
	tl := demoTimeline(t)
	r := &renderer{cfg: Config{Title: "demo", Description: "a <demo>", Version: "dev"}, articles: len(tl.Docs)}
	perDoc := tl.PerDoc()
	var pages []articlePage
	for i, d := range tl.Docs {
		p, marks := r.articlePage(d, perDoc[i].Events)
		body, err := articleBody(d.Article, marks, goldmark.DefaultParser())
		if err != nil {
			t.Fatal(err)
		}
		p.Article.Body = body
		pages = append(pages, p)
		live := p
		live.Site.LiveReload, live.Root = true, ""
		pages = append(pages, live)
	}
	for _, text := range []string{"", hostile, "javascript:alert(1)", "HTTP://example.com/a?b=c&d=e", "../", "mailto:a@b", "/a:b"} {
		pages = append(pages, filledArticle(text, true), filledArticle(text, false))
	}
	t.Logf("%d article pages compared", len(pages))
	for i := range pages {
		p := &pages[i]
		if got, want := goArticle(p), templateArticle(t, s, p); got != want {
			t.Errorf("article page %q differs from the template's:\n%s", p.Article.Title, firstDifference(got, want))
		}
	}
}

func FuzzArticlePage(f *testing.F) {
	for _, s := range []string{"", hostile, "javascript:alert(1)", "%41%zz", "mailto:x", "\xff\xfe", "../../"} {
		f.Add(s, true)
	}
	s := builtinSite(f)
	f.Fuzz(func(t *testing.T, text string, flags bool) {
		p := filledArticle(text, flags)
		if got, want := goArticle(&p), templateArticle(t, s, &p); got != want {
			t.Fatalf("article page differs from the template's:\n%s", firstDifference(got, want))
		}
	})
}

// filledArticle has text in every field an article page shows; full
// sets every flag and list, or none.
func filledArticle(text string, full bool) articlePage {
	p := articlePage{page: page{Site: siteView{Title: text, Description: text, Language: text, Version: text, ArticleCount: 3, LiveReload: full}, Root: text},
		Article: articleView{Title: text, Outlet: text, URL: text, Dateline: text, DatelineISO: text, AnchorFrom: text,
			Inferred: full, Body: template.HTML("<p>" + text + "</p>"), MentionCount: 7}}
	if full {
		p.Canonical, p.Image = text, text
		p.Article.Readings = []readingView{{ID: text, Text: text, Detail: text}, {}}
		p.Article.Events = []eventView{{ID: text, Title: text, DateLabel: text, DateTime: text, Href: text}, {}}
		p.Article.Removed = []article.Removed{{Line: 4, Text: text, Reason: text}, {}}
		p.Article.Warnings = []string{text, ""}
	}
	return p
}

// firstDifference shows where two pages part.
func firstDifference(got, want string) string {
	i := 0
	for i < len(got) && i < len(want) && got[i] == want[i] {
		i++
	}
	from := max(0, i-80)
	return fmt.Sprintf("at byte %d:\n got …%q\nwant …%q", i, clip(got[from:], 200), clip(want[from:], 200))
}

func clip(s string, n int) string {
	if len(s) > n {
		return s[:n]
	}
	return s
}
