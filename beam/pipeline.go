// Package beam is timeline's build as an Apache Beam pipeline, so that
// the work that grows with the collection runs on a cluster (Flink,
// Spark, Dataflow) and on one machine alike (Prism, in-process):
//
//	article paths → extract records (on every worker) → one group → merge → events.json
//	                                                 ↘ records.jsonl
//
// Extraction is the same Go function `timeline extract` runs
// (record.Extractor.File), one article at a time: it scales out. Merging
// does not, yet: an undated article's anchor is inferred from every dated
// article's events, key dates are ranked over the whole collection and
// event ids are made unique across it, so the merge takes all records at
// once, on one worker (records.jsonl lets `timeline render --records`
// publish the whole site from the same records).
package beam

import (
	"context"
	"fmt"
	"os"
	"strings"
	"sync"
	"time"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	_ "github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem/local" // output to a folder
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/textio"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/register"

	"github.com/newsroom/timeline/timeline"
	"github.com/newsroom/timeline/timeline/article"
	"github.com/newsroom/timeline/timeline/record"
	"github.com/newsroom/timeline/timeline/temporal"
)

// Settings are the build's, as plain fields: Beam sends them to the
// workers with the functions that use them.
type Settings struct {
	// Source is the content folder. Every worker reads the articles from
	// it at this path: on a cluster, a shared file system.
	Source string
	// Zone and DCT are --timezone and --dct: how articles are read.
	Zone, DCT string
	// Title, KeyDates, Drafts and KeepGoing are what merging and
	// events.json take (the overrides are read from Source).
	Title     string
	KeyDates  int
	Drafts    bool
	KeepGoing bool
}

// Config is the build configuration the settings stand for.
func (s Settings) Config() (timeline.Config, error) {
	cfg := timeline.Config{Source: s.Source, KeyDates: s.KeyDates, Drafts: s.Drafts, KeepGoing: s.KeepGoing}
	cfg.Site.Title = s.Title
	if s.Zone != "" {
		loc, err := time.LoadLocation(s.Zone)
		if err != nil {
			return cfg, fmt.Errorf("time zone %q: %w", s.Zone, err)
		}
		cfg.Zone = loc
	}
	if s.DCT != "" {
		t, err := time.Parse(time.DateOnly, s.DCT)
		if err != nil {
			return cfg, fmt.Errorf("dct %q: write the date as 2014-12-17", s.DCT)
		}
		cfg.DCT = t
	}
	return cfg, nil
}

// Build adds the pipeline to s: the articles of set.Source are listed
// here (as a build lists them), extracted on the workers and merged;
// output (a folder, in any file system Beam writes to) receives
// events.json and records.jsonl.
func Build(s beam.Scope, set Settings, output string) error {
	found, err := article.Discover(os.DirFS(set.Source))
	if err != nil {
		return fmt.Errorf("reading %s: %w", set.Source, err)
	}
	if len(found.Files) == 0 {
		return fmt.Errorf("%s has no articles", set.Source)
	}
	paths := beam.Reshuffle(s, beam.CreateList(s, found.Files)) // spread over the workers
	records := beam.ParDo(s, &extractFn{Settings: set}, paths)
	output = strings.TrimSuffix(output, "/") + "/" // a URL (gs://…) too: no path.Join
	textio.Write(s, output+"records.jsonl", records)
	merged := beam.ParDo(s, &mergeFn{Settings: set}, beam.GroupByKey(s, beam.AddFixedKey(s, records)))
	textio.Write(s, output+"events.json", merged)
	return nil
}

func init() {
	register.DoFn2x1[string, func(string), error](&extractFn{})
	register.DoFn4x1[context.Context, int, func(*string) bool, func(string), error](&mergeFn{})
	register.Emitter1[string]()
	register.Iter1[string]()
}

// extractFn makes the record of each article path, a JSON line.
type extractFn struct {
	Settings Settings
	x        *record.Extractor
	root     *os.Root
}

func (f *extractFn) Setup() error {
	cfg, err := f.Settings.Config()
	if err != nil {
		return err
	}
	if f.x, err = timeline.NewExtractor(cfg); err != nil {
		return err
	}
	// Read through an os.Root, as a build does: no link leads out.
	f.root, err = os.OpenRoot(f.Settings.Source)
	return err
}

func (f *extractFn) Teardown() error {
	if f.root == nil {
		return nil // Setup failed before opening it
	}
	return f.root.Close()
}

func (f *extractFn) ProcessElement(rel string, emit func(string)) error {
	line, err := f.x.File(f.root.FS(), rel).Marshal()
	if err != nil {
		return err
	}
	emit(string(line))
	return nil
}

// mergeFn merges every record into the timeline and emits its
// events.json, as a build of the same articles writes it.
type mergeFn struct {
	Settings Settings
	tagger   *temporal.Tagger
}

func (f *mergeFn) Setup() error {
	var err error
	f.tagger, err = temporal.New()
	return err
}

func (f *mergeFn) ProcessElement(ctx context.Context, _ int, lines func(*string) bool, emit func(string)) error {
	cfg, err := f.Settings.Config()
	if err != nil {
		return err
	}
	var recs []*record.Record
	var line string
	for lines(&line) {
		r, err := record.Unmarshal([]byte(line))
		if err != nil {
			return err
		}
		recs = append(recs, r)
	}
	res, err := timeline.LoadRecords(ctx, cfg, f.tagger, recs)
	if err != nil && !(cfg.KeepGoing && res != nil && res.Timeline != nil) {
		return err
	}
	events := &keepFile{name: "events.json"}
	if err := timeline.RenderTo(ctx, cfg, res, events); err != nil {
		return err
	}
	// textio ends each element with a newline, as events.json ends.
	emit(strings.TrimSuffix(string(events.data), "\n"))
	return nil
}

// keepFile keeps one file of those a site render writes (on every core
// at once) and drops the others.
type keepFile struct {
	name string
	mu   sync.Mutex
	data []byte
}

func (k *keepFile) WriteFile(name string, data []byte) error {
	if name == k.name {
		k.mu.Lock()
		k.data = data
		k.mu.Unlock()
	}
	return nil
}
