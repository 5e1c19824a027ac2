package article_test

import (
	"fmt"
	"html"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/newsroom/timeline/timeline/article"
	"github.com/newsroom/timeline/timeline/corpus"
)

// BenchmarkPages reads the same generated stories as scraped text and as
// web pages (the text's story in a news theme's markup: head metadata,
// JSON-LD, navigation, sidebar, footer), one page at a time, and reports
// pages per second for each, side by side.
func BenchmarkPages(b *testing.B) {
	dir := b.TempDir()
	if err := corpus.Generate(dir, corpus.Options{Articles: 300, Seed: 1}); err != nil {
		b.Fatal(err)
	}
	txts, _ := filepath.Glob(filepath.Join(dir, "*", "*.txt"))
	type file struct {
		name string
		src  []byte
	}
	var asText, asHTML []file
	for _, p := range txts {
		src, err := os.ReadFile(p)
		if err != nil {
			b.Fatal(err)
		}
		rel, _ := filepath.Rel(dir, p)
		asText = append(asText, file{rel, src})
		asHTML = append(asHTML, file{strings.TrimSuffix(rel, ".txt") + ".html", []byte(pageOf(b, string(src)))})
	}
	for _, c := range []struct {
		name  string
		files []file
	}{{"txt", asText}, {"html", asHTML}} {
		b.Run("format="+c.name, func(b *testing.B) {
			rd := article.NewReader(nil)
			var size int
			for _, f := range c.files {
				size += len(f.src)
			}
			b.SetBytes(int64(size / len(c.files)))
			b.ReportAllocs()
			n := 0
			for b.Loop() {
				f := c.files[n%len(c.files)]
				n++
				if _, err := rd.Parse(f.name, f.src); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(n)/b.Elapsed().Seconds(), "pages/s")
		})
	}
}

// pageOf wraps a generated scraped article (dateline, headline, story
// paragraphs, a teaser) in the markup of a news theme.
func pageOf(b *testing.B, txt string) string {
	lines := strings.Split(txt, "\n")
	pub, err := time.Parse("02 Jan, 2006 15:04", lines[1])
	if err != nil {
		b.Fatalf("generated dateline %q: %v", lines[1], err)
	}
	title := html.EscapeString(lines[2])
	var story strings.Builder
	for _, p := range strings.Split(txt, "\n\n")[1:] {
		if p = strings.TrimSpace(p); p != "" && !strings.HasPrefix(p, "READ MORE") {
			story.WriteString("<p>" + html.EscapeString(p) + "</p>\n")
		}
	}
	iso := pub.Format(time.RFC3339)
	return fmt.Sprintf(`<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>%[1]s | Metro Wire</title>
<link rel="canonical" href="https://metrowire.example/%[3]s/story/">
<meta property="og:site_name" content="Metro Wire"><meta property="og:title" content="%[1]s">
<meta property="og:image" content="/img/lead.jpg"><meta property="article:published_time" content="%[2]s">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"%[1]s","datePublished":"%[2]s","publisher":{"@type":"Organization","name":"Metro Wire"}}</script>
<link rel="stylesheet" href="/style.css"><script src="/app.js" defer></script></head>
<body><a class="skip" href="#main">Skip to content</a>
<header><p class="brand"><a href="/">Metro Wire</a></p><nav><ul><li><a href="/news">News</a></li><li><a href="/business">Business</a></li><li><a href="/sport">Sport</a></li><li><a href="/opinion">Opinion</a></li><li><a href="/subscribe">Subscribe</a></li></ul></nav></header>
<main id="main"><article><h1>%[1]s</h1><p class="byline">By the newsdesk · <time datetime="%[2]s">%[4]s</time></p>
<div class="entry-content">
%[5]s<div class="share"><a href="#">Share on Facebook</a> <a href="#">Share on X</a> <a href="#">Email</a></div>
</div></article>
<aside><h2>Most read</h2><ol><li><a href="/a">Council approves new budget</a></li><li><a href="/b">Storm warning lifted</a></li><li><a href="/c">Late goal wins the derby</a></li></ol></aside></main>
<footer><p>© 2014 Metro Wire. All rights reserved.</p><ul><li><a href="/privacy">Privacy</a></li><li><a href="/terms">Terms</a></li></ul></footer>
</body></html>`, title, iso, pub.Format("2006/01/02"), lines[1], story.String())
}
