package timeline

import (
	"bytes"
	"context"
	"io/fs"
	"sync"
	"time"

	"github.com/newsroom/timeline/timeline/article"
	"github.com/newsroom/timeline/timeline/event"
	"github.com/newsroom/timeline/timeline/internal/parallel"
	"github.com/newsroom/timeline/timeline/progress"
	"github.com/newsroom/timeline/timeline/site"
	"github.com/newsroom/timeline/timeline/temporal"
)

// Cache keeps each article as read and resolved, keyed by its path, size
// and modification time, so that a rebuild after an edit reads and tags
// only the files that changed, merging re-decides only around them, and
// only changed pages are drawn and written. A cached build is the same,
// byte for byte, as a clean one (TestCacheEquivalence). A nil *Cache
// caches nothing. One Build at a time may use a Cache: builds hand the
// same Docs and candidates to each other.
type Cache struct {
	mu      sync.Mutex
	entries map[string]cacheEntry
	// pages and site let a rebuild draw only the article pages that
	// changed and write only the files that did (incremental.go).
	pages *site.Memo
	site  *published
	merge *event.MergeMemo // how the last build merged (event/remerge.go)
	// serials numbers each read of an article (event.Doc.Serial): a
	// number is never given twice.
	serials uint64
	// listed is the content folder as the last build found it, and
	// pending the paths named as changed since a build last read them
	// all (changedOnly).
	listed  *listing
	pending []string
	// outlets is the content folder's _outlets.yaml as the cached reads
	// were named by (see forOutlets).
	outlets []byte
}

type cacheEntry struct {
	serial    uint64 // this read's number (event.Doc.Serial)
	mod       time.Time
	size      int64
	art       *article.Article
	err       error
	mentions  []temporal.Mention
	extracted *event.Extraction // what event building found in it
	// doc is the Doc made of it, handed back to the next build while the
	// file is unchanged, so that event building takes the candidates it
	// made for it as they are (only an article with its own anchor: one
	// whose anchor is inferred is changed by the build).
	doc *event.Doc
}

// keptDoc is the Doc kept of the entry while it still names this read
// (its Serial), else nil: read hands back its article, doc the Doc.
func (e *cacheEntry) keptDoc() *event.Doc {
	if e.doc != nil && e.doc.Serial == e.serial {
		return e.doc
	}
	return nil
}

// NewCache returns an empty cache.
func NewCache() *Cache {
	return &Cache{entries: map[string]cacheEntry{}, pages: site.NewMemo(), merge: event.NewMergeMemo()}
}

// forOutlets forgets every read when the outlets map changed: an
// article's outlet, which pages show by the read's serial, follows the
// map, so each article must be read (and numbered) again.
func (c *Cache) forOutlets(src []byte) {
	if c == nil {
		return
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if !bytes.Equal(c.outlets, src) {
		c.entries = map[string]cacheEntry{}
		c.outlets = bytes.Clone(src)
	}
}

// read reads the files, reusing cached articles whose file has not
// changed; with only set, the files not in it are taken from the cache
// as they are, unlooked at. It returns the articles, the errors, and
// which articles were read afresh (nil when there is no cache: all were).
// p is told of each file (without a cache, rd's Progress is).
func (c *Cache) read(ctx context.Context, rd *article.Reader, fsys fs.FS, files []string, only map[string]bool, p progress.Reporter) ([]*article.Article, []error, map[*article.Article]bool) {
	if c == nil {
		arts, errs := rd.ReadAll(ctx, fsys, files)
		return arts, errs, nil
	}
	arts := make([]*article.Article, len(files))
	errs := make([]error, len(files))
	stats := make([]fs.FileInfo, len(files))
	reread := make([]bool, len(files))
	// Entries are only read until the parallel part ends (one build at a
	// time uses a cache): no lock per file.
	parallel.Do(ctx, len(files), func(i int) {
		defer p.Add(1)
		e, ok := c.entries[files[i]]
		take := func() {
			switch {
			case e.art != nil && e.keptDoc() != nil:
				// doc hands back the Doc kept of it, with its article
				// (one with an anchor of its own, which events leave as
				// it is): a copy would go unused, one for each article
				// of the collection at every rebuild.
				arts[i] = e.doc.Article
			case e.art != nil:
				a := *e.art // events may set an inferred anchor on their copy
				arts[i] = &a
			}
			errs[i] = e.err
		}
		if ok && only != nil && !only[files[i]] {
			take()
			return
		}
		info, err := fs.Stat(fsys, files[i])
		stats[i] = info
		if err == nil && ok && e.size == info.Size() && e.mod.Equal(info.ModTime()) {
			take()
			return
		}
		arts[i], errs[i] = rd.ReadFile(fsys, files[i])
		reread[i] = true
	})
	if err := ctx.Err(); err != nil {
		return nil, []error{err}, nil // what was read is left out of the cache
	}
	fresh := map[*article.Article]bool{}
	c.mu.Lock()
	have := 0 // entries for files
	for i, f := range files {
		if !reread[i] {
			have++
			continue
		}
		if arts[i] != nil {
			fresh[arts[i]] = true
		}
		if stats[i] != nil {
			// The cache keeps its own copy: building events may give the
			// article in hand an inferred anchor, which must not stick.
			var kept *article.Article
			if arts[i] != nil {
				cp := *arts[i]
				kept = &cp
			}
			c.serials++
			have++
			c.entries[f] = cacheEntry{serial: c.serials, mod: stats[i].ModTime(), size: stats[i].Size(), art: kept, err: errs[i]}
		} else {
			delete(c.entries, f)
		}
	}
	if len(c.entries) > have { // some file is gone
		seen := make(map[string]bool, len(files))
		for _, f := range files {
			seen[f] = true
		}
		for f := range c.entries {
			if !seen[f] {
				delete(c.entries, f)
			}
		}
	}
	c.mu.Unlock()
	out, all := article.Collect(arts, errs)
	return out, all, fresh
}

// doc returns the event document of an article, with what the cache
// kept of it: its mentions and its extraction, when it was read from the
// cache (an article read afresh has neither yet).
func (c *Cache) doc(a *article.Article) *event.Doc {
	if c == nil {
		return &event.Doc{Article: a}
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	e, ok := c.entries[a.Path]
	if !ok || e.art == nil || e.art.ID != a.ID {
		return &event.Doc{Article: a}
	}
	if d := e.keptDoc(); d != nil {
		return d
	}
	d := &event.Doc{Article: a}
	// A fresh article is tagged in this build, as it would be from the
	// cache after it: the read's serial names it with its mentions either way.
	d.Serial = e.serial
	if e.mentions != nil {
		d.Mentions, d.Extracted = e.mentions, e.extracted
	}
	return d
}

// mergeMemo returns the merge decisions kept between builds (nil without
// a cache).
func (c *Cache) mergeMemo() *event.MergeMemo {
	if c == nil {
		return nil
	}
	return c.merge
}

// keepExtracted stores what event building found in each dated article
// whose mentions the cache holds.
func (c *Cache) keepExtracted(docs []*event.Doc) {
	if c == nil {
		return
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	for _, d := range docs {
		e, ok := c.entries[d.Article.Path]
		if !ok || e.mentions == nil || d.Article.Anchor.Source == article.FromInferred || d.Serial != e.serial {
			continue
		}
		was := e
		if e.extracted == nil {
			e.extracted = d.Extracted
		}
		if e.doc == nil && !e.art.Anchor.IsZero() && d.Extracted == e.extracted {
			e.doc = d
		}
		if e.extracted != was.extracted || e.doc != was.doc { // most are kept as they were
			c.entries[d.Article.Path] = e
		}
	}
}

// keep stores the mentions of freshly tagged articles.
func (c *Cache) keep(docs []*event.Doc) {
	if c == nil {
		return
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	for _, d := range docs {
		if e, ok := c.entries[d.Article.Path]; ok && e.mentions == nil {
			e.mentions = d.Mentions
			c.entries[d.Article.Path] = e
		}
	}
}
