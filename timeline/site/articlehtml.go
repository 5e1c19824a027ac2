package site

import (
	"crypto/sha256"
	"encoding/hex"
	"html/template"
	"strconv"
	"strings"
)

// The built-in article page, drawn by Go code, as the built-in card is
// (card.go): html/template spent a fifth of a Timeline17 build's CPU on
// article pages, most of it reflective calls for their lists of events.
// writeArticlePage writes exactly what templates/article.html in
// templates/layout.html writes (TestArticlePageMatchesTemplate,
// FuzzArticlePage), and is used only while those are the templates it
// was written from (builtinArticle).

// builtinArticle is the SHA-256 of the parse trees of the article page's
// templates. TestBuiltinArticle fails when article.html or layout.html
// changes: make writeArticlePage draw the new page, then set this to the
// hash the test prints.
const builtinArticle = "563bb741a8431b93a25aa3001cbbdd839adef896cb972b9592a017764ce6894a"

// articleTrees is the hash of the templates an article page is drawn
// with, "" when one is missing.
func articleTrees(t *template.Template) string {
	h := sha256.New()
	for _, name := range []string{"article.html", "layout", "title", "main"} {
		x := t.Lookup(name)
		if x == nil || x.Tree == nil || x.Tree.Root == nil {
			return ""
		}
		h.Write([]byte(name + "\x00" + x.Tree.Root.String() + "\x00"))
	}
	return hex.EncodeToString(h.Sum(nil))
}

// writeArticlePage writes p as article.html does, in layout.html.
func writeArticlePage(b *strings.Builder, p *articlePage) {
	a := &p.Article
	b.WriteString("<!doctype html>\n<html lang=\"")
	escapeHTML(b, p.Site.Language)
	b.WriteString("\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>")
	escapeHTML(b, a.Title)
	b.WriteString(" · ")
	escapeHTML(b, p.Site.Title)
	b.WriteString("</title>\n<meta name=\"description\" content=\"")
	escapeHTML(b, p.Site.Description)
	b.WriteString("\">\n<meta name=\"generator\" content=\"timeline ")
	escapeHTML(b, p.Site.Version)
	root := escapeURL(filterURL(p.Root), true)
	b.WriteString("\">\n<link rel=\"icon\" href=\"")
	escapeHTML(b, root)
	b.WriteString("static/favicon.svg\" type=\"image/svg+xml\">")
	if p.Canonical != "" {
		b.WriteString("\n<link rel=\"canonical\" href=\"")
		escapeHTML(b, escapeURL(filterURL(p.Canonical), true))
		b.WriteString("\">\n<meta property=\"og:url\" content=\"")
		escapeHTML(b, p.Canonical)
		b.WriteString("\">")
	}
	b.WriteString("\n<meta property=\"og:type\" content=\"website\">\n<meta property=\"og:site_name\" content=\"")
	escapeHTML(b, p.Site.Title)
	b.WriteString("\">\n<meta property=\"og:title\" content=\"")
	escapeHTML(b, a.Title)
	b.WriteString(" · ")
	escapeHTML(b, p.Site.Title)
	b.WriteString("\">\n<meta property=\"og:description\" content=\"")
	escapeHTML(b, p.Site.Description)
	b.WriteString("\">")
	if p.Image != "" {
		b.WriteString("\n<meta property=\"og:image\" content=\"")
		escapeHTML(b, p.Image)
		b.WriteString("\">\n<meta name=\"twitter:card\" content=\"summary_large_image\">")
	} else {
		b.WriteString("\n<meta name=\"twitter:card\" content=\"summary\">")
	}
	b.WriteString("\n<link rel=\"stylesheet\" href=\"")
	escapeHTML(b, root)
	b.WriteString("static/style.css\">\n<link rel=\"alternate\" type=\"application/feed+json\" title=\"")
	escapeHTML(b, p.Site.Title)
	b.WriteString("\" href=\"")
	escapeHTML(b, root)
	b.WriteString("feed.json\">\n</head>\n<body>\n<a class=\"skip\" href=\"#main\">Skip to the timeline</a>\n<header class=\"site-header\" role=\"banner\">\n  <p class=\"site-name\"><a href=\"")
	escapeHTML(b, root)
	b.WriteString("index.html\">")
	escapeHTML(b, p.Site.Title)
	b.WriteString("</a></p>\n  <nav aria-label=\"Site\">\n    <ul>\n      <li><a href=\"")
	escapeHTML(b, root)
	b.WriteString("index.html\">Timeline</a></li>\n      <li><a href=\"")
	escapeHTML(b, root)
	b.WriteString("sources.html\">Sources</a></li>\n      <li><a href=\"")
	escapeHTML(b, root)
	b.WriteString("data.html\">Data</a></li>\n    </ul>\n  </nav>\n</header>\n<main id=\"main\" tabindex=\"-1\">\n")
	writeArticleMain(b, p, root)
	b.WriteString("\n</main>\n<footer class=\"site-footer\" role=\"contentinfo\">\n  <p>Built by timeline from ")
	b.WriteString(strconv.Itoa(p.Site.ArticleCount))
	b.WriteString(" articles. Every date links to the sentence it came from.\n  Data: <a href=\"")
	escapeHTML(b, root)
	b.WriteString("data.html\">every export, and what each is for</a>.</p>\n</footer>\n<script src=\"")
	escapeHTML(b, root)
	b.WriteString("static/app.js\" defer></script>\n")
	if p.Site.LiveReload {
		b.WriteString("<script src=\"/_timeline/live.js\" defer></script>")
	}
	b.WriteString("\n</body>\n</html>\n\n\n\n") // the layout, then the newlines between article.html's parts
}

// writeArticleMain is article.html's "main".
func writeArticleMain(b *strings.Builder, p *articlePage, root string) {
	a := &p.Article
	b.WriteString("\n<article class=\"article-page\">\n<header>\n  <p class=\"kicker\">")
	if a.Outlet != "" {
		escapeHTML(b, a.Outlet)
	} else {
		b.WriteString("Unknown outlet")
	}
	b.WriteString("</p>\n  <h1>")
	escapeHTML(b, a.Title)
	b.WriteString("</h1>\n  <p class=\"dateline\">")
	if a.Dateline != "" {
		b.WriteString("<time datetime=\"")
		escapeHTML(b, a.DatelineISO)
		b.WriteString("\">")
		escapeHTML(b, a.Dateline)
		b.WriteString("</time>")
	} else {
		b.WriteString("No date")
	}
	b.WriteString("\n    <span class=\"anchor-source\">anchor from ")
	escapeHTML(b, a.AnchorFrom)
	b.WriteString("</span>")
	if a.Inferred {
		b.WriteString(" <span class=\"badge badge-inferred\" title=\"This article has no date; it was inferred from events it shares with dated articles.\">inferred</span>")
	}
	b.WriteString("</p>\n  ")
	if a.URL != "" {
		b.WriteString("<p class=\"original\"><a href=\"")
		escapeHTML(b, escapeURL(filterURL(a.URL), true))
		b.WriteString("\" rel=\"nofollow noopener\">Original article</a></p>")
	}
	b.WriteString("\n</header>\n<p class=\"how\">Each highlighted time expression shows, on hover or focus, the date it was read as and why. ")
	b.WriteString(strconv.Itoa(a.MentionCount))
	b.WriteString(" found.</p>\n<div class=\"article-body\">\n")
	b.WriteString(string(a.Body))
	b.WriteString("\n</div>\n")
	if len(a.Readings) > 0 {
		b.WriteString("\n<details class=\"readings\"><summary>How each date was read, for the curious: TIMEX3 values and rules</summary>\n  <ul>")
		for _, r := range a.Readings {
			b.WriteString("<li><a href=\"#")
			escapeHTML(b, escapeURL(r.ID, false))
			b.WriteString("\">")
			escapeHTML(b, r.Text)
			b.WriteString("</a>: ")
			escapeHTML(b, r.Detail)
			b.WriteString("</li>")
		}
		b.WriteString("</ul>\n</details>\n")
	}
	b.WriteString("\n")
	if len(a.Events) > 0 {
		b.WriteString("\n<section aria-labelledby=\"contrib-h\">\n  <h2 id=\"contrib-h\">Events from this article</h2>\n  <ul>")
		for i := range a.Events {
			e := &a.Events[i]
			b.WriteString("<li><a href=\"")
			escapeHTML(b, root)
			escapeHTML(b, escapeURL(filterURL(e.Href), true))
			b.WriteString("\"><time datetime=\"")
			escapeHTML(b, e.DateTime)
			b.WriteString("\">")
			escapeHTML(b, e.DateLabel)
			b.WriteString("</time></a> ")
			escapeHTML(b, e.Title)
			b.WriteString("</li>")
		}
		b.WriteString("</ul>\n</section>\n")
	}
	b.WriteString("\n")
	if len(a.Removed) > 0 {
		b.WriteString("\n<section aria-labelledby=\"removed-h\">\n  <h2 id=\"removed-h\">Removed as page boilerplate</h2>\n  <table class=\"removed\">\n    <thead><tr><th scope=\"col\">Line</th><th scope=\"col\">Why</th><th scope=\"col\">Text</th></tr></thead>\n    <tbody>")
		for _, r := range a.Removed {
			b.WriteString("<tr><td>")
			b.WriteString(strconv.Itoa(r.Line))
			b.WriteString("</td><td>")
			escapeHTML(b, r.Reason)
			b.WriteString("</td><td>")
			escapeHTML(b, r.Text)
			b.WriteString("</td></tr>")
		}
		b.WriteString("</tbody>\n  </table>\n</section>\n")
	}
	b.WriteString("\n")
	if len(a.Warnings) > 0 {
		b.WriteString("\n<section aria-labelledby=\"warn-h\"><h2 id=\"warn-h\">Warnings</h2><ul>")
		writeItems(b, a.Warnings)
		b.WriteString("</ul></section>\n")
	}
	b.WriteString("\n</article>\n")
}
