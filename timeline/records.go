package timeline

import (
	"context"
	"fmt"
	"io/fs"
	"os"
	"sort"

	"github.com/newsroom/timeline/timeline/article"
	"github.com/newsroom/timeline/timeline/event"
	"github.com/newsroom/timeline/timeline/internal/parallel"
	"github.com/newsroom/timeline/timeline/record"
	"github.com/newsroom/timeline/timeline/site"
	"github.com/newsroom/timeline/timeline/temporal"
)

// ExtractSettings are the settings of cfg that reading an article
// depends on: its zone and default anchor, and the content folder's
// outlets map (none when the folder or the map is absent).
func ExtractSettings(cfg Config) (record.Settings, error) {
	if info, err := os.Stat(cfg.Source); err != nil || !info.IsDir() {
		return extractSettings(cfg, nil, nil), nil
	}
	outlets, src, err := readOutlets(cfg.Source, os.DirFS(cfg.Source))
	return extractSettings(cfg, outlets, src), err
}

// extractSettings are cfg's reading settings with the outlets map read
// (and its bytes): the one place a build and `timeline extract` make
// them, so their records' keys agree.
func extractSettings(cfg Config, outlets *article.Outlets, src []byte) record.Settings {
	return record.Settings{Zone: cfg.Zone, DCT: cfg.DCT, Outlets: outlets, OutletsFile: src, Version: Version}
}

// NewExtractor returns the extractor that reads articles as a build of
// cfg does (`timeline extract` and the Beam pipeline use it).
func NewExtractor(cfg Config) (*record.Extractor, error) {
	set, err := ExtractSettings(cfg)
	if err != nil {
		return nil, err
	}
	return record.NewExtractor(set)
}

// LoadRecords builds the timeline of the articles in recs, as Load
// builds it from the files they were extracted from: merging, anchor
// inference for undated articles (which reads the dated ones, so it
// needs every record at once) and key dates. Only cfg's merge settings
// count (KeyDates, Drafts, KeepGoing, RequireArticles, the overrides in
// Source); the reading ones were the extractor's. Records made by
// another version or with other settings than the rest are refused.
func LoadRecords(ctx context.Context, cfg Config, tagger *temporal.Tagger, recs []*record.Record) (*Result, error) {
	st := &stages{cfg: &cfg}
	st.begin("reading records", len(recs))
	res, err := loadRecords(ctx, cfg, tagger, recs, nil, st)
	st.end()
	if res != nil {
		res.Stages = st.times
	}
	return res, err
}

// loadRecords is LoadRecords of the records of the articles found (nil
// when the records came from elsewhere), with found's warnings and errors.
func loadRecords(ctx context.Context, cfg Config, tagger *temporal.Tagger, recs []*record.Record, found *article.Found, st *stages) (*Result, error) {
	recs = append([]*record.Record(nil), recs...)
	// A build takes its articles in path order.
	sort.SliceStable(recs, func(i, j int) bool { return recs[i].Path < recs[j].Path })
	arts := make([]*article.Article, len(recs))
	errs := make([]error, len(recs))
	docOf := map[*article.Article]*event.Doc{}
	for i, r := range recs {
		if err := sameMaking(recs[0], r); err != nil {
			return nil, err
		}
		if i > 0 && r.Path == recs[i-1].Path {
			return nil, fmt.Errorf("%s: two records of one article: extract each article once", r.Path)
		}
		d, err := r.Doc()
		if err != nil {
			errs[i] = err
			continue
		}
		arts[i], docOf[d.Article] = d.Article, d
	}
	arts, errs = article.Collect(arts, errs)
	res := &Result{}
	// The outlets map was applied when extracting; what is left is the
	// warning naming the articles still without an outlet.
	res.Warnings = append(res.Warnings, (*article.Outlets)(nil).Apply(arts)...)
	source := "the records"
	if found != nil {
		res.Warnings = append(res.Warnings, foundWarnings(cfg, *found)...)
		errs, source = append(errs, found.Unreadable...), cfg.Source
	}
	docs := articleDocs(cfg, arts, res, func(a *article.Article) *event.Doc { return docOf[a] })
	if cfg.RequireArticles && len(docs) == 0 && len(errs) == 0 {
		return res, &NoArticlesError{Source: source, Drafts: len(arts)}
	}
	return buildEvents(ctx, cfg, tagger, docs, errs, res, st)
}

// sameMaking refuses to merge r with first when another program or
// other settings made it: the timeline would be no build's.
func sameMaking(first, r *record.Record) error {
	switch {
	case r.Version != first.Version:
		return fmt.Errorf("%s was extracted by timeline %s and %s by %s: extract them again with one version", first.Path, first.Version, r.Path, r.Version)
	case r.Settings != first.Settings:
		return fmt.Errorf("%s and %s were extracted with different settings (time zone, --dct or _outlets.yaml): extract them again with the same", first.Path, r.Path)
	}
	return nil
}

// BuildRecords renders the site of the articles in recs into cfg.Output
// as Build renders it from their files (swapped in whole: when the build
// fails the previous site is left as it was).
func BuildRecords(ctx context.Context, cfg Config, recs []*record.Record) (*Result, error) {
	if err := cfg.Check(); err != nil {
		return nil, err
	}
	tagger, err := temporal.New()
	if err != nil {
		return nil, err
	}
	res, err := LoadRecords(ctx, cfg, tagger, recs)
	if err != nil {
		return res, err
	}
	return render(ctx, cfg, res)
}

// loadCached loads the articles found in fsys through cfg.Records:
// each article's record is taken from the cache when its bytes and
// settings are the same, else extracted (with set) and kept.
func loadCached(ctx context.Context, cfg Config, tagger *temporal.Tagger, fsys fs.FS, found article.Found, set record.Settings, st *stages) (*Result, error) {
	x := record.NewExtractorWith(set, tagger)
	recs := make([]*record.Record, len(found.Files))
	parallel.Do(ctx, len(recs), func(i int) {
		recs[i] = cfg.Records.File(x, fsys, found.Files[i])
		st.Add(1)
	})
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	if err := cfg.Records.Trim(); err != nil {
		return nil, fmt.Errorf("record cache %s: %w", cfg.Records.Dir, err)
	}
	return loadRecords(ctx, cfg, tagger, recs, &found, st)
}

// RenderTo draws the site of a loaded timeline into w, file by file, as
// Build publishes it: for a pipeline that stores the files itself (the
// Beam pipeline keeps events.json). Files are written on every core at
// once: w must be safe for concurrent use. Nothing is swapped in whole.
func RenderTo(ctx context.Context, cfg Config, res *Result, w site.Writer) error {
	sc, err := siteOf(cfg, res)
	if err != nil {
		return err
	}
	return sc.Render(ctx, res.Timeline, w)
}
