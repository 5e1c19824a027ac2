package site

import (
	"fmt"
	"html/template"
	"strconv"

	"github.com/yuin/goldmark/parser"

	"github.com/newsroom/timeline/timeline/article"
	"github.com/newsroom/timeline/timeline/event"
	"github.com/newsroom/timeline/timeline/temporal"
)

// An article's page: its text with every time expression marked and
// explained.

func anchorFrom(a *article.Article) string { return anchorSource(a) + modified(a) }

func anchorSource(a *article.Article) string {
	switch a.Anchor.Source {
	case article.FromFrontMatter:
		return "the front matter date (line " + fmt.Sprint(a.Anchor.Line) + ")"
	case article.FromPage:
		return fmt.Sprintf("the page's %s %q", a.Anchor.Field, a.Anchor.Text)
	case article.FromDateline:
		if a.Format == article.HTML { // its line is one of the extracted text's, not the file's
			return fmt.Sprintf("the dateline %q in the page's text", a.Anchor.Text)
		}
		return fmt.Sprintf("the dateline %q (line %d)", a.Anchor.Text, a.Anchor.Line)
	case article.FromFlag:
		return "the --dct flag"
	case article.FromInferred:
		return "events shared with dated articles (inferred)"
	}
	return "nowhere: no date"
}

// modified notes when a web page says it was last changed: shown, and
// said not to be the anchor.
func modified(a *article.Article) string {
	if a.Modified == "" {
		return ""
	}
	return fmt.Sprintf("; the page was modified %s (%s), which dates nothing", a.Modified, a.ModifiedFrom)
}

// ArticlePath is where an article's page is, relative to the site root.
// Pages are files, not folders, so that a large site costs one file per
// article to write.
func ArticlePath(id string) string { return "articles/" + id + ".html" }

// markID names the highlight of a mention on its article page.
func markID(m temporal.Mention) string { return "t" + strconv.Itoa(m.Start) }

// articlePage is an article's page without its body, and the marks the
// body will carry: everything the page shows, cheaply (the body, the
// costly part, is drawn by articleBody).
func (r *renderer) articlePage(d *event.Doc, evs []*event.Event) (articlePage, []Mark) {
	a := d.Article
	var marks []Mark
	stamped := d.Stamped()
	var readings []readingView
	for i, m := range d.Mentions {
		x := readerExplain(a, m)
		if stamped[i] {
			x += "; " + stampNote
		}
		mk := Mark{Start: m.Start, End: m.End, ID: markID(m), Value: m.Value.String(), Explain: x, Detail: technical(a, m)}
		marks = append(marks, mk)
		readings = append(readings, readingView{ID: mk.ID, Text: a.Body[m.Start:m.End], Detail: mk.Detail})
	}
	dl, iso := datelineLabel(a)
	v := articleView{Title: a.Title, Outlet: a.Outlet, URL: safeURL(a.URL), Dateline: dl, DatelineISO: iso,
		AnchorFrom: anchorFrom(a), Inferred: a.Anchor.Source == article.FromInferred,
		MentionCount: len(d.Mentions), Readings: readings, Removed: a.Removed, Warnings: a.Warnings}
	for _, e := range evs {
		v.Events = append(v.Events, eventView{ID: e.ID, Title: e.Title, DateLabel: EventLabel(e), DateTime: DateTimeAttr(e.Time.Value), Href: r.link(e.ID)})
	}
	p := r.pageAt(ArticlePath(a.ID))
	p.Image = safeURL(a.Image.URL)
	return articlePage{page: p, Article: v}, marks
}

// articleBody draws an article's text with its time expressions marked;
// md parses Markdown.
func articleBody(a *article.Article, marks []Mark, md parser.Parser) (template.HTML, error) {
	if a.Format != article.Markdown {
		return textHTML(a.Body, marks), nil
	}
	body, err := markdownHTML(a.Body, marks, md)
	if err != nil {
		return "", fmt.Errorf("%s: rendering Markdown: %w", a.Path, err)
	}
	return body, nil
}

// stampNote ends the explanation of a page's own stamp: a reader who sees
// the date highlighted should know why no event has it.
const stampNote = "the page's own stamp (or a comment's), so it dates no event"
