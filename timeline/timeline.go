// Package timeline turns a folder of news articles into a source-cited
// event timeline site. It wires the stages together: article reads the
// files, temporal resolves their time expressions, event builds the
// timeline, site renders it.
package timeline

import (
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"net/url"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"github.com/newsroom/timeline/static"
	"github.com/newsroom/timeline/templates"
	"github.com/newsroom/timeline/timeline/article"
	"github.com/newsroom/timeline/timeline/event"
	"github.com/newsroom/timeline/timeline/internal/parallel"
	"github.com/newsroom/timeline/timeline/progress"
	"github.com/newsroom/timeline/timeline/record"
	"github.com/newsroom/timeline/timeline/site"
	"github.com/newsroom/timeline/timeline/temporal"
)

// Version is the tool's version, set at link time for releases.
var Version = "dev"

// Config says what to build and where.
type Config struct {
	Source string // folder of articles
	Output string // folder to write the site to
	// Templates, when set, overrides the embedded templates file by file.
	Templates string
	// DCT is the anchor for articles with no date of their own.
	DCT time.Time
	// Zone reads datelines that name no zone (UTC when nil).
	Zone *time.Location
	// KeepGoing publishes the good articles when some are bad; the bad
	// ones are still reported and the build still fails.
	KeepGoing bool
	// Drafts includes articles marked draft.
	Drafts bool
	// FollowLinks reads links to articles outside Source; without it
	// each is left out with a warning.
	FollowLinks bool
	KeyDates    int
	Site        site.Config
	// RequireArticles makes a folder with no article to build an error
	// (a NoArticlesError, before anything is written), rather than an
	// empty site replacing the last one: `build` sets it; a preview of a
	// folder still empty waits for its first article instead.
	RequireArticles bool
	// Progress, when set, is told as each stage of a build starts, with
	// the number of items it works on, and as items are done (for a
	// progress display such as progress.Line).
	Progress progress.Reporter
	// Cache, when set, keeps read and resolved articles between builds so
	// a rebuild only reads the files that changed (serve uses one).
	Cache *Cache
	// Records, when set (and Cache is not), keeps each article's record
	// on disk by a hash of its bytes and settings: a build takes the
	// records of unchanged articles from it instead of reading, tagging
	// and extracting them again (build --record-cache).
	Records *record.Cache
	// Changed, with a Cache that built this Source before, lists the
	// paths under Source (relative, slash-separated) that may have
	// changed since: only they are looked at again, and the folder is not
	// walked (serve passes what its watcher saw). A path that names a
	// folder, or none the last build knew that is gone now, has the whole
	// folder checked. nil: every file is checked.
	Changed []string
	// Ready, when set, is called once the site's pages are published. A
	// cached rebuild into the folder it wrote last calls it before the
	// machine-readable exports are drawn (no page loads them), so a
	// preview can reload the browser without waiting for them; Build
	// returns when they are written too.
	Ready func()
}

// StageTime is how long one stage of a build took.
type StageTime struct {
	Name     string
	Items    int
	Duration time.Duration
}

// stages times the stages of a build and reports them to
// Config.Progress; it is the progress.Reporter the stages are given, so
// a stage of theirs ("merging events") is timed too.
type stages struct {
	cfg   *Config
	times []StageTime
	start time.Time
}

func (s *stages) begin(name string, items int) {
	s.end()
	s.times = append(s.times, StageTime{Name: name, Items: items})
	s.start = time.Now()
	if s.cfg.Progress != nil {
		s.cfg.Progress.Stage(name, items)
	}
}

func (s *stages) Stage(name string, items int) { s.begin(name, items) }

func (s *stages) Add(n int) {
	if s.cfg.Progress != nil {
		s.cfg.Progress.Add(n)
	}
}

func (s *stages) end() {
	if n := len(s.times); n > 0 && s.times[n-1].Duration == 0 {
		s.times[n-1].Duration = max(time.Since(s.start), time.Nanosecond)
	}
}

// Result describes a finished build.
type Result struct {
	Timeline *event.Timeline
	Articles int
	Warnings []string
	Skipped  []error // articles left out (with KeepGoing)
	Stages   []StageTime
}

// BuildError lists every article that could not be built.
type BuildError struct{ Errs []error }

func (e *BuildError) Error() string {
	if len(e.Errs) == 1 {
		return e.Errs[0].Error()
	}
	s := fmt.Sprintf("%d articles could not be built:", len(e.Errs))
	for _, err := range e.Errs {
		s += "\n  " + err.Error()
	}
	return s
}

func (e *BuildError) Unwrap() []error { return e.Errs }

// NoArticlesError is a content folder with nothing to build in it (with
// Config.RequireArticles).
type NoArticlesError struct {
	Source string
	Drafts int // articles left out as drafts
}

func (e *NoArticlesError) Error() string {
	if e.Drafts > 0 {
		return fmt.Sprintf("%s has no articles to build, only %d marked draft: --drafts includes them", e.Source, e.Drafts)
	}
	return fmt.Sprintf("%s has no articles to build: add .md, .markdown, .txt or .html files (see \"Make your own timeline\" in the README)", e.Source)
}

// Load reads the source folder and builds the timeline, without writing
// anything.
func Load(ctx context.Context, cfg Config, tagger *temporal.Tagger) (*Result, error) {
	st := &stages{cfg: &cfg}
	res, err := load(ctx, cfg, tagger, st)
	st.end()
	if res != nil {
		res.Stages = st.times
	}
	return res, err
}

func load(ctx context.Context, cfg Config, tagger *temporal.Tagger, st *stages) (*Result, error) {
	if info, err := os.Stat(cfg.Source); err != nil {
		return nil, fmt.Errorf("content folder %s: %w", cfg.Source, errors.Unwrap(err))
	} else if !info.IsDir() {
		return nil, fmt.Errorf("content folder %s is not a folder", cfg.Source)
	}
	// Articles are read through an os.Root, which no link can lead out
	// of, unless links out are wanted.
	fsys := os.DirFS(cfg.Source)
	if !cfg.FollowLinks {
		root, err := os.OpenRoot(cfg.Source)
		if err != nil {
			return nil, fmt.Errorf("content folder %s: %w", cfg.Source, err)
		}
		defer root.Close()
		fsys = root.FS()
	}
	st.begin("finding articles", 0)
	found, only, ok := cfg.Cache.changedOnly(cfg.Source, cfg.Changed)
	if !ok {
		var err error
		if found, err = article.Discover(fsys); err != nil {
			return nil, fmt.Errorf("reading %s: %w", cfg.Source, err)
		}
		if cfg.FollowLinks {
			for _, l := range found.Outside {
				found.Files = append(found.Files, l.Path)
			}
			sort.Strings(found.Files)
		}
	}
	outlets, outletSrc, err := readOutlets(cfg.Source, fsys)
	if err != nil {
		return nil, err
	}
	cfg.Cache.forOutlets(outletSrc)
	if cfg.Records != nil && cfg.Cache == nil {
		st.begin("reading articles", len(found.Files))
		return loadCached(ctx, cfg, tagger, fsys, found, extractSettings(cfg, outlets, outletSrc), st)
	}
	rd := article.NewReader(cfg.Zone)
	rd.Default = cfg.DCT
	rd.Progress = st
	st.begin("reading articles", len(found.Files))
	arts, errs, fresh := cfg.Cache.read(ctx, rd, fsys, found.Files, only, st)
	if ctx.Err() == nil {
		cfg.Cache.found(cfg.Source, found)
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	res := &Result{}
	res.Warnings = append(res.Warnings, outlets.Apply(arts)...)
	res.Warnings = append(res.Warnings, foundWarnings(cfg, found)...)
	errs = append(errs, found.Unreadable...)
	docs := articleDocs(cfg, arts, res, cfg.Cache.doc)
	if cfg.RequireArticles && len(docs) == 0 && len(errs) == 0 {
		return res, &NoArticlesError{Source: cfg.Source, Drafts: len(arts)}
	}
	st.begin("resolving time expressions", len(docs))
	tagAll(ctx, tagger, docs, fresh, st)
	cfg.Cache.keep(docs)
	return buildEvents(ctx, cfg, tagger, docs, errs, res, st)
}

// foundWarnings are the warnings of what a look through the content
// folder found besides articles.
func foundWarnings(cfg Config, found article.Found) []string {
	var out []string
	for _, ig := range found.Ignored {
		out = append(out, ig+": ignored (articles are .md, .markdown, .txt, .html or .htm; names starting with _ or . are skipped)")
	}
	if !cfg.FollowLinks {
		for _, l := range found.Outside {
			out = append(out, fmt.Sprintf("%s: not read: it links to %s, outside the content folder (--follow-links reads such links)", l.Path, l.Target))
		}
	}
	return out
}

// articleDocs are the event documents (made by doc) of the articles a
// build takes: drafts only with cfg.Drafts. Their warnings go to res.
func articleDocs(cfg Config, arts []*article.Article, res *Result, doc func(*article.Article) *event.Doc) []*event.Doc {
	docs := make([]*event.Doc, 0, len(arts))
	for _, a := range arts {
		if a.Draft && !cfg.Drafts {
			continue
		}
		for _, w := range a.Warnings {
			res.Warnings = append(res.Warnings, a.Path+": "+w)
		}
		docs = append(docs, doc(a))
	}
	return docs
}

// buildEvents merges the articles' events into the timeline of res: the
// stage after extraction, whether the articles were read here (load) or
// come as records (LoadRecords). errs are the articles that could not be
// read.
func buildEvents(ctx context.Context, cfg Config, tagger *temporal.Tagger, docs []*event.Doc, errs []error, res *Result, st *stages) (*Result, error) {
	ov, err := readOverrides(cfg.Source)
	if err != nil {
		return res, err
	}
	b := event.NewBuilder(event.Options{Tag: tagger.Tag, KeyDates: cfg.KeyDates, Overrides: ov, KeepExtracted: cfg.Cache != nil, Merge: cfg.Cache.mergeMemo(), Progress: st})
	st.begin("extracting events", len(docs))
	tl, unanchored := b.Build(ctx, docs)
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	cfg.Cache.keepExtracted(docs)
	res.Warnings = append(res.Warnings, tl.Warnings...)
	// An article with no date is no error: it keeps what it dates in
	// full, and the warning says how to date the rest.
	for _, d := range unanchored {
		res.Warnings = append(res.Warnings, undatedWarning(d))
	}
	sortErrors(errs)
	res.Timeline, res.Articles = tl, len(tl.Docs)
	if len(errs) > 0 {
		if !cfg.KeepGoing {
			return res, &BuildError{Errs: errs}
		}
		res.Skipped = errs
	}
	return res, nil
}

func undatedWarning(d *event.Doc) string {
	n := 0
	for _, m := range d.Mentions {
		if m.Value.IsCalendar() {
			n++
		}
	}
	return fmt.Sprintf("%s: no date: only the %d times it gives in full (such as 'June 8, 2008') are placed, the others ('Tuesday', 'a day later') are left unresolved; "+
		"add a 'date:' line to the front matter, put a dateline such as 'Dec. 17, 2014' near the top, or pass --dct", d.Article.Path, n)
}

// OverridesFile is the name of the editor's corrections in the content
// folder (skipped as an article, like every name starting with _).
const OverridesFile = "_overrides.yaml"

func readOverrides(source string) (*event.Overrides, error) {
	path := filepath.Join(source, OverridesFile)
	src, err := os.ReadFile(path)
	if errors.Is(err, os.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	return event.ParseOverrides(path, src)
}

// readOutlets reads the content folder's _outlets.yaml, if any, and
// returns it with its bytes.
func readOutlets(source string, fsys fs.FS) (*article.Outlets, []byte, error) {
	src, err := fs.ReadFile(fsys, article.OutletsFile)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, nil, nil
	}
	if err != nil {
		return nil, nil, err
	}
	o, err := article.ParseOutlets(filepath.Join(source, article.OutletsFile), src)
	return o, src, err
}

func sortErrors(errs []error) {
	sort.SliceStable(errs, func(i, j int) bool {
		var a, b *article.Error
		if errors.As(errs[i], &a) && errors.As(errs[j], &b) {
			return a.Path < b.Path
		}
		return false
	})
}

// tagAll resolves the time expressions of every dated article that was
// read afresh (fresh nil: all of them), telling p (if any) of each article.
func tagAll(ctx context.Context, tagger *temporal.Tagger, docs []*event.Doc, fresh map[*article.Article]bool, p progress.Reporter) {
	p = progress.Or(p)
	parallel.Do(ctx, len(docs), func(i int) {
		d := docs[i]
		if !d.Article.Anchor.IsZero() && (fresh == nil || fresh[d.Article]) {
			d.Mentions = tagger.Tag(d.Article.TagText(), d.Article.Anchor.Time)
		}
		p.Add(1)
	})
}

// Build reads, resolves and renders the site into cfg.Output. The output
// is swapped in whole: when the build fails, the previous site is left as
// it was.
func Build(ctx context.Context, cfg Config) (*Result, error) {
	if err := cfg.Check(); err != nil {
		return nil, err
	}
	tagger, err := temporal.New()
	if err != nil {
		return nil, err
	}
	cfg.Cache.listAhead()
	res, err := Load(ctx, cfg, tagger)
	if err != nil {
		return res, err
	}
	return render(ctx, cfg, res)
}

// render writes the site of a loaded timeline into cfg.Output, swapped in
// whole.
func render(ctx context.Context, cfg Config, res *Result) (*Result, error) {
	if cfg.Cache != nil {
		cfg.Site.Memo = cfg.Cache.pages
	}
	sc, err := siteOf(cfg, res)
	if err != nil {
		return res, err
	}
	st := &stages{cfg: &cfg}
	// The total is the pages, nearly all one per article; the few exports
	// and static files come on top.
	st.begin("writing the site", len(res.Timeline.Docs)+2)
	if cfg.Cache != nil {
		err = cfg.Cache.publishChanged(ctx, cfg.Output, func(w site.Writer, pagesDone func() error) error {
			return sc.RenderStaged(ctx, res.Timeline, counted{w, st}, pagesDone)
		}, cfg.Ready)
	} else {
		err = Publish(ctx, cfg.Output, func(w site.Writer) error { return sc.Render(ctx, res.Timeline, counted{w, st}) })
		if err == nil && cfg.Ready != nil {
			cfg.Ready()
		}
	}
	st.end()
	res.Stages = append(res.Stages, st.times...)
	if err != nil {
		return res, err
	}
	if len(res.Skipped) > 0 {
		return res, &BuildError{Errs: res.Skipped}
	}
	return res, nil
}

// counted tells p of each file written.
type counted struct {
	w site.Writer
	p progress.Reporter
}

func (c counted) WriteFile(name string, data []byte) error {
	err := c.w.WriteFile(name, data)
	c.p.Add(1)
	return err
}

func (c counted) WriteStream(name string, draw func(io.Writer) error) error {
	err := site.Stream(c.w, name, draw)
	c.p.Add(1)
	return err
}

// Check refuses settings that would publish something broken or unsafe,
// before anything is read: a base URL that is not http(s) (it goes into
// the feed and the calendar as a link: "javascript:alert(3)//" would run),
// and an output folder inside the content folder (its pages would be read
// back as content) or holding it (every build replaces it whole).
func (cfg Config) Check() error {
	if u := cfg.Site.BaseURL; u != "" {
		p, err := url.Parse(u)
		if err != nil || (p.Scheme != "http" && p.Scheme != "https") || p.Host == "" {
			return fmt.Errorf("base URL %q: give the http:// or https:// address the site will be published at", u)
		}
	}
	if cfg.Records != nil && cfg.Records.Dir != "" {
		c := realPath(cfg.Records.Dir)
		switch {
		case cfg.Output != "" && within(c, realPath(cfg.Output)):
			return fmt.Errorf("record cache %s is inside the output folder %s, which every build replaces whole; keep it apart", cfg.Records.Dir, cfg.Output)
		case cfg.Source != "" && within(c, realPath(cfg.Source)):
			return fmt.Errorf("record cache %s is inside the content folder %s, where its files would be taken for articles; keep it apart", cfg.Records.Dir, cfg.Source)
		}
	}
	if cfg.Output == "" || cfg.Source == "" {
		return nil
	}
	src, out := realPath(cfg.Source), realPath(cfg.Output)
	switch {
	case within(out, src):
		return fmt.Errorf("output folder %s is inside the content folder %s: its pages would be read as articles; choose an output folder outside it", cfg.Output, cfg.Source)
	case within(src, out):
		return fmt.Errorf("content folder %s is inside the output folder %s, which every build replaces whole; choose an output folder apart from it", cfg.Source, cfg.Output)
	}
	return nil
}

// realPath is p made absolute with its links resolved, as far as it
// exists (an output folder may not, yet).
func realPath(p string) string {
	abs, err := filepath.Abs(p)
	if err != nil {
		return filepath.Clean(p)
	}
	rest := ""
	for dir := abs; ; dir = filepath.Dir(dir) {
		if r, err := filepath.EvalSymlinks(dir); err == nil {
			return filepath.Join(r, rest)
		}
		if filepath.Dir(dir) == dir {
			return abs
		}
		rest = filepath.Join(filepath.Base(dir), rest)
	}
}

// within reports whether path p is dir or below it.
func within(p, dir string) bool {
	rel, err := filepath.Rel(dir, p)
	return err == nil && rel != ".." && !strings.HasPrefix(rel, ".."+string(filepath.Separator))
}

// siteOf is the site that draws res: the articles left out
// (--keep-going) are listed on its timeline page.
func siteOf(cfg Config, res *Result) (*site.Site, error) {
	for _, e := range res.Skipped {
		cfg.Site.Problems = append(cfg.Site.Problems, "Left out: "+e.Error())
	}
	return NewSite(cfg)
}

// NewSite parses the templates: the embedded ones, overlaid file by file
// with cfg.Templates when set.
func NewSite(cfg Config) (*site.Site, error) {
	var tfs fs.FS = templates.FS
	if cfg.Templates != "" {
		if _, err := os.Stat(cfg.Templates); err != nil {
			return nil, fmt.Errorf("templates folder: %w", err)
		}
		tfs = overlay{top: os.DirFS(cfg.Templates), base: templates.FS}
	}
	sc := cfg.Site
	sc.Version = Version
	return site.New(sc, tfs, static.FS)
}

// overlay serves a file from top when it has it, else from base.
type overlay struct{ top, base fs.FS }

func (o overlay) Open(name string) (fs.File, error) {
	if f, err := o.top.Open(name); err == nil {
		return f, nil
	}
	return o.base.Open(name)
}

func (o overlay) Glob(pattern string) ([]string, error) {
	a, err := fs.Glob(o.base, pattern)
	if err != nil {
		return nil, err
	}
	b, _ := fs.Glob(o.top, pattern)
	seen := map[string]bool{}
	var out []string
	for _, n := range append(a, b...) {
		if !seen[n] {
			seen[n] = true
			out = append(out, n)
		}
	}
	sort.Strings(out)
	return out, nil
}
