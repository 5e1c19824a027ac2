// Package site renders a timeline as a static HTML site: the timeline
// page, one page per article with its time expressions highlighted and
// explained, a sources page, and machine-readable exports.
package site

import (
	"bytes"
	"context"
	"fmt"
	"html/template"
	"io"
	"io/fs"
	"path"
	"sort"
	"strings"
	"sync"

	"github.com/yuin/goldmark"

	"github.com/newsroom/timeline/timeline/event"
	"github.com/newsroom/timeline/timeline/internal/parallel"
)

// Config is what a site says about itself.
type Config struct {
	Title       string
	Description string
	BaseURL     string
	Language    string
	Version     string
	LiveReload  bool // serve mode: pages load the reload script
	// KeyDatesShown is how many key dates the front page lists.
	KeyDatesShown int
	// SplitEvents is the most events the front page shows in full; a
	// longer timeline gets a page per month (default 500).
	SplitEvents int
	// SplitSources is the most sources the front page's events may cite
	// between them and still be shown in full (default 5,000): each
	// cited source is about 200 bytes of card, so a few hundred events
	// told by thousands of articles split too, rather than making a
	// front page of megabytes that every edit redraws.
	SplitSources int
	// Problems are build notes shown on the timeline page (skipped
	// articles, warnings).
	Problems []string
	// Memo, when set, keeps article pages from one render to the next.
	Memo *Memo
}

// Writer receives the site's files. Names are slash-separated and
// relative to the site root.
type Writer interface {
	WriteFile(name string, data []byte) error
}

// StreamWriter is a Writer that also takes a file as it is drawn, so a
// large file (events.json of a big archive) is never whole in memory.
// WriteStream calls draw once with where the file's bytes go; the file is
// written when draw returns nil.
type StreamWriter interface {
	Writer
	WriteStream(name string, draw func(io.Writer) error) error
}

// Stream has draw write the file name through w: as it is drawn when w
// is a StreamWriter, else drawn whole first.
func Stream(w Writer, name string, draw func(io.Writer) error) error {
	if sw, ok := w.(StreamWriter); ok {
		return sw.WriteStream(name, draw)
	}
	var b bytes.Buffer
	if err := draw(&b); err != nil {
		return err
	}
	// At its own length: a writer may keep the bytes (serve's keeps the
	// site between rebuilds), and a grown buffer has up to twice the room.
	return w.WriteFile(name, bytes.Clone(b.Bytes()))
}

// Site renders timelines with one set of templates and static files.
type Site struct {
	cfg         Config
	static      fs.FS
	fingerprint [32]byte // of the templates, for the memo
	parsed
}

// parsed are a set of templates' pages as parsed, with what drawing asks
// of them. They are only read once made (a memo hands them to the next
// render with the same templates).
type parsed struct {
	pages map[string]*template.Template
	// builtinCard, per page template, says its card template is the
	// built-in one, which writeCard draws without html/template (card.go).
	builtinCard map[string]bool
	// builtinArticle says the article page's templates are the built-in
	// ones, which writeArticlePage draws without html/template
	// (articlehtml.go).
	builtinArticle bool
	// wholeCards says a page of cards reads a card's quotes or citations
	// outside its card (a site's own template may): they are then made
	// up front, not as each card is drawn (renderer.card).
	wholeCards bool
}

// pageFiles are the templates that each become a page; the others
// (layout.html, event.html) are shared by all of them.
var pageFiles = []string{"index.html", "article.html", "sources.html", "month.html", "data.html"}

// New parses the templates (or takes cfg.Memo's parse of the same
// files). templates is usually the embedded set,
// overlaid with a site's own folder (see Overlay).
func New(cfg Config, templates, static fs.FS) (*Site, error) {
	if cfg.Language == "" {
		cfg.Language = "en"
	}
	if cfg.Title == "" {
		cfg.Title = "Timeline"
	}
	if cfg.KeyDatesShown == 0 {
		cfg.KeyDatesShown = 10
	}
	if cfg.SplitEvents == 0 {
		cfg.SplitEvents = 500
	}
	if cfg.SplitSources == 0 {
		cfg.SplitSources = 5000
	}
	s := &Site{cfg: cfg, static: static}
	var p *parsed
	var err error
	if cfg.Memo == nil {
		p, err = parse(templates)
	} else {
		fp, ferr := fingerprint(templates)
		if ferr != nil {
			return nil, fmt.Errorf("templates: %w", ferr)
		}
		s.fingerprint = fp
		// The same files parse to the same pages: serve's rebuilds take
		// the last one's (parsing them was 3 ms of every reload).
		p, err = cfg.Memo.templates.Recall(fp, func() (*parsed, error) { return parse(templates) })
	}
	if err != nil {
		return nil, err
	}
	s.parsed = *p
	return s, nil
}

// parse parses the page templates, each with the shared ones.
func parse(templates fs.FS) (*parsed, error) {
	p := &parsed{pages: map[string]*template.Template{}, builtinCard: map[string]bool{}}
	shared, err := fs.Glob(templates, "*.html")
	if err != nil {
		return nil, err
	}
	var common []string
	for _, f := range shared {
		if !isPage(f) {
			common = append(common, f)
		}
	}
	for _, name := range pageFiles {
		t, err := template.New(name).Option("missingkey=error").ParseFS(templates, append(append([]string{}, common...), name)...)
		if err != nil {
			return nil, fmt.Errorf("templates: %w", err)
		}
		p.pages[name] = t
		p.builtinCard[name] = cardTree(t) == builtinCard
		if name == "index.html" || name == "month.html" {
			p.wholeCards = p.wholeCards || readsCitations(t)
		}
	}
	p.builtinArticle = articleTrees(p.pages["article.html"]) == builtinArticle
	return p, nil
}

func isPage(name string) bool {
	for _, p := range pageFiles {
		if p == name {
			return true
		}
	}
	return false
}

type renderer struct {
	cfg      Config
	articles int
	// wholeCards is Site.wholeCards.
	wholeCards bool
	// eventPage is the page each event is on when the timeline is split
	// into months (otherwise every event is on index.html).
	eventPage map[string]string
	// keys and docs are the events' and articles' memo keys, hashed
	// once per render.
	keys map[*event.Event]eventKeys
	docs map[*event.Doc]docHashes
	// docBase is the start of every docKey (docKeyBase).
	baseOnce sync.Once
	docBase  []byte
}

// link is an event's address relative to the site root.
func (r *renderer) link(id string) string {
	if p, ok := r.eventPage[id]; ok {
		return p + "#" + id
	}
	return "index.html#" + id
}

func (r *renderer) page(depth int) page {
	return page{Site: siteView{Title: r.cfg.Title, Description: r.cfg.Description, Language: r.cfg.Language,
		Version: r.cfg.Version, BaseURL: r.cfg.BaseURL, ArticleCount: r.articles, LiveReload: r.cfg.LiveReload}, Root: r.root(depth)}
}

// pageAt is the page at path (from the site root), with its canonical
// address when the site has a baseURL.
func (r *renderer) pageAt(path string) page {
	p := r.page(strings.Count(path, "/"))
	if r.cfg.BaseURL != "" {
		p.Canonical = strings.TrimSuffix(r.cfg.BaseURL, "/") + "/" + path
	}
	return p
}

// Render writes the whole site for tl. Pages render in parallel; the
// files written are the same, byte for byte, for the same input.
func (s *Site) Render(ctx context.Context, tl *event.Timeline, w Writer) error {
	return s.RenderStaged(ctx, tl, w, nil)
}

// RenderStaged is Render in two stages: the pages, their static files and
// search index first, then, after pagesDone returns, the machine-readable
// exports, which no page loads. A preview publishes the pages and reloads
// the browser in between (pagesDone); the exports follow. pagesDone may be
// nil.
func (s *Site) RenderStaged(ctx context.Context, tl *event.Timeline, w Writer, pagesDone func() error) error {
	r := &renderer{cfg: s.cfg, keys: map[*event.Event]eventKeys{}, wholeCards: s.wholeCards}
	if s.cfg.Memo != nil {
		// Every article's and event's memo key, hashed on every core up
		// front (drawing asks for them one by one).
		r.hashAll(ctx, tl)
	}
	r.articles = len(tl.Docs)
	type job struct {
		name string
		page string
		data any
		// An article page is put together in the job (its body is the
		// costly part), or taken from the memo when nothing it shows changed.
		doc    *event.Doc
		events []*event.Event
		// key, for a page the memo keeps (a month page, the sources
		// page), names everything the page shows.
		key func() memoKey
		// cards are the event cards the page shows, drawn just before it.
		cards []*eventView
	}
	perDoc := tl.PerDoc()
	outlets := r.outlets(tl, perDoc)
	index, months := r.indexPage(ctx, tl, outlets)
	sources := sourcesPage{page: r.pageAt("sources.html"), Outlets: outlets}
	data := dataPage{page: r.pageAt(DataPath), Exports: exportList(index.Split)}
	jobs := make([]job, 0, 3+len(months)+len(tl.Docs))
	jobs = append(jobs,
		job{name: "index.html", page: "index.html", data: index, cards: index.cards()},
		job{name: "sources.html", page: "sources.html", data: sources, key: func() memoKey { return s.sourcesKey(sources) }},
		job{name: DataPath, page: DataPath, data: data},
	)
	for _, m := range months {
		name := BackgroundPath
		if m.Background == nil {
			name = MonthPath(m.Month.Key)
		}
		jobs = append(jobs, job{name: name, page: "month.html", data: m, key: func() memoKey { return s.monthKey(m) }, cards: m.cards()})
	}
	for i, d := range tl.Docs {
		jobs = append(jobs, job{name: ArticlePath(d.Article.ID), page: "article.html", doc: d, events: perDoc[i].Events})
	}
	memo := s.cfg.Memo
	defer memo.rotate()
	split := index.Split
	if !split {
		// Only its job holds the front page's views now (no search index
		// reads them), so they go once it is drawn: a large archive's run
		// to hundreds of megabytes.
		index = indexPage{}
	}
	errs := make([]error, len(jobs))
	md := goldmark.DefaultParser() // one for every article page
	parallel.Do(ctx, len(jobs), func(i int) {
		j := jobs[i]
		defer func() { jobs[i] = job{} }() // drawn: what it was drawn from may go
		// executeTo draws the page from its template into out. Template
		// files end with newlines of their own; a page ends with one.
		executeTo := func(out io.Writer, data any) error {
			// A card made only as it is drawn (renderer.card) lets go of
			// its quotes and citations at once: its drawing holds them.
			for _, v := range j.cards {
				filled := r.fillCard(v)
				if err := s.drawCard(j.page, v); err != nil {
					return err
				}
				if filled {
					v.dropCard()
				}
			}
			defer func() {
				for _, v := range j.cards {
					v.Card = "" // drawn into the page (and kept by the memo, if any)
				}
			}()
			tw := &oneNewline{w: out}
			if err := s.pages[j.page].ExecuteTemplate(tw, j.page, data); err != nil {
				return fmt.Errorf("rendering %s with %s: %w", j.name, j.page, err)
			}
			return tw.end()
		}
		execute := func(data any) ([]byte, error) {
			var buf bytes.Buffer
			if err := executeTo(&buf, data); err != nil {
				return nil, err
			}
			return buf.Bytes(), nil
		}
		if len(j.cards) > 0 && memo == nil {
			// A page of event cards no memo keeps is written as it is
			// drawn: a large archive's front page runs to a hundred
			// megabytes, which held whole (in a buffer grown by
			// doubling) made the peak of a build.
			errs[i] = Stream(w, j.name, func(out io.Writer) error { return executeTo(out, j.data) })
			return
		}
		// An article page: its view and marks, then its body (the costly
		// part) when the memo has no page showing the same.
		article := func() ([]byte, error) {
			ap, marks := r.articlePage(j.doc, j.events)
			draw := func() ([]byte, error) {
				body, err := articleBody(j.doc.Article, marks, md)
				if err != nil {
					return nil, err
				}
				ap.Article.Body = body
				if s.builtinArticle {
					var b strings.Builder
					b.Grow(len(body) + 8<<10)
					writeArticlePage(&b, &ap)
					return append(bytes.TrimRight([]byte(b.String()), "\n"), '\n'), nil
				}
				return execute(ap)
			}
			if memo == nil {
				return draw()
			}
			return recall(memo, pagesOf, s.articleKey(ap, marks, j.doc.Article), draw)
		}
		var page []byte
		var err error
		switch {
		case j.doc != nil && memo != nil:
			// First by what the page is drawn from, which needs no drawing.
			page, err = recall(memo, articlesOf, r.docKey(j.doc, j.events, s.fingerprint), article)
		case j.doc != nil:
			page, err = article()
		case j.key != nil && memo != nil:
			page, err = recall(memo, pagesOf, j.key(), func() ([]byte, error) { return execute(j.data) })
		default:
			page, err = execute(j.data)
		}
		if err == nil {
			err = w.WriteFile(j.name, page)
		}
		errs[i] = err
	})
	if err := ctx.Err(); err != nil {
		return err
	}
	for _, err := range errs {
		if err != nil {
			return err
		}
	}
	if err := s.writeStatic(w); err != nil {
		return err
	}
	if split {
		if err := writeSearchIndex(index, months, w); err != nil {
			return err
		}
	}
	if pagesDone != nil {
		if err := pagesDone(); err != nil {
			return err
		}
	}
	return r.writeExports(ctx, tl, w)
}

// newlines is a run oneNewline writes held-back newlines from.
var newlines = bytes.Repeat([]byte{'\n'}, 64)

// oneNewline passes a page through to w with its trailing newlines made
// one (end writes it): what a template's file ends with is not the page's.
type oneNewline struct {
	w       io.Writer
	pending int // newlines held back: the end, unless more follows
}

func (o *oneNewline) Write(p []byte) (int, error) {
	end := len(bytes.TrimRight(p, "\n"))
	if end == 0 {
		o.pending += len(p)
		return len(p), nil
	}
	for n := o.pending; n > 0; { // from a fixed run: no allocation per write
		k := min(n, len(newlines))
		if _, err := o.w.Write(newlines[:k]); err != nil {
			return 0, err
		}
		n -= k
	}
	if _, err := o.w.Write(p[:end]); err != nil {
		return 0, err
	}
	o.pending = len(p) - end
	return len(p), nil
}

// end writes the page's one final newline.
func (o *oneNewline) end() error {
	_, err := o.w.Write([]byte{'\n'})
	return err
}

func (s *Site) writeStatic(w Writer) error {
	files, err := fs.Glob(s.static, "*")
	if err != nil {
		return err
	}
	sort.Strings(files)
	for _, f := range files {
		if path.Ext(f) == ".go" {
			continue
		}
		b, err := fs.ReadFile(s.static, f)
		if err != nil {
			return err
		}
		if err := w.WriteFile(path.Join("static", f), b); err != nil {
			return err
		}
	}
	return nil
}
