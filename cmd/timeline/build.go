package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"path/filepath"
	"time"

	"github.com/newsroom/timeline/timeline"
	"github.com/newsroom/timeline/timeline/record"
	"github.com/spf13/pflag"
)

// buildFlags are shared by build and serve.
type buildFlags struct {
	source, output, templates, dct, zone, title, description, baseURL string
	keepGoing, drafts, quiet, verbose, followLinks                    bool
	keyDates, splitEvents                                             int
	language                                                          string
	config                                                            string
	set                                                               *pflag.FlagSet
}

func addBuildFlags(fs *pflag.FlagSet, f *buildFlags) {
	f.set = fs
	fs.StringVar(&f.config, "config", "timeline.yaml", "site settings file (title, description, baseURL, timezone, …); flags override it")
	fs.StringVarP(&f.source, "source", "s", "content", "folder of articles (.md, .markdown, .txt, .html)")
	fs.StringVarP(&f.output, "output", "o", "public", "folder to write the site to (replaced whole on success)")
	fs.StringVar(&f.templates, "templates", "", "folder of templates overriding the built-in ones, file by file")
	fs.StringVar(&f.dct, "dct", "", "anchor date for articles with no date of their own, e.g. 2014-12-17")
	fs.StringVar(&f.zone, "timezone", "", "time zone for datelines that name none, e.g. America/New_York (default UTC)")
	fs.StringVar(&f.title, "title", "Timeline", "site title")
	fs.StringVar(&f.description, "description", "", "site description")
	fs.StringVar(&f.baseURL, "base-url", "", "URL the site will be published at, for feeds")
	fs.IntVar(&f.keyDates, "key-dates", 0, "keep only the N most important dates in the key-dates list (0 = all)")
	fs.BoolVar(&f.keepGoing, "keep-going", false, "publish the good articles when some are bad (still exits 1 and lists them)")
	fs.BoolVar(&f.drafts, "drafts", false, "include articles marked draft")
	fs.BoolVar(&f.followLinks, "follow-links", false, "read links to articles outside --source (otherwise left out with a warning)")
	fs.BoolVarP(&f.quiet, "quiet", "q", false, "print errors only (no warnings, no progress)")
	fs.BoolVarP(&f.verbose, "verbose", "v", false, "print how long each stage took")
}

func (f *buildFlags) buildConfig(stderr io.Writer) (timeline.Config, error) {
	if err := f.applySiteFile(stderr); err != nil {
		return timeline.Config{}, err
	}
	cfg := timeline.Config{Source: f.source, Output: f.output, Templates: f.templates, KeepGoing: f.keepGoing,
		Drafts: f.drafts, KeyDates: f.keyDates, FollowLinks: f.followLinks}
	cfg.Site.Title, cfg.Site.Description, cfg.Site.BaseURL, cfg.Site.Language = f.title, f.description, f.baseURL, f.language
	cfg.Site.SplitEvents = f.splitEvents
	if f.dct != "" {
		t, err := time.Parse(time.DateOnly, f.dct)
		if err != nil {
			return cfg, usagef("--dct %q: write the date as 2014-12-17", f.dct)
		}
		cfg.DCT = t
	}
	if f.zone != "" {
		loc, err := time.LoadLocation(f.zone)
		if err != nil {
			return cfg, usagef("--timezone %q: use a zone name such as America/New_York", f.zone)
		}
		cfg.Zone = loc
	}
	if f.keyDates < 0 {
		return cfg, usagef("--key-dates must be 0 or more")
	}
	// Settings that cannot work are the command line's mistake (exit 2),
	// said before anything is read.
	if err := cfg.Check(); err != nil {
		return cfg, &usageError{err.Error()}
	}
	return cfg, nil
}

func runBuild(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := flagSet("build", stdout)
	var f buildFlags
	addBuildFlags(fs, &f)
	records := fs.String("record-cache", "", "keep each article's record (read, tagged, extracted) in this folder, by a hash of its bytes and settings, and reuse it (safe to delete; bounded to 512 MB)")
	if err := parse(fs, args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return usagef("unexpected argument %q (the content folder is given with --source)", fs.Arg(0))
	}
	cfg, err := f.buildConfig(stderr)
	if err != nil {
		return err
	}
	if *records != "" {
		cfg.Records = &record.Cache{Dir: *records}
		if err := cfg.Check(); err != nil {
			return &usageError{err.Error()}
		}
	}
	cfg.RequireArticles = true
	start := time.Now()
	line := progressLine(stderr, f.quiet)
	if line != nil {
		cfg.Progress = line
	}
	res, err := timeline.Build(ctx, cfg)
	if line != nil {
		line.Close()
	}
	return f.built(stdout, stderr, cfg, res, err, start)
}

// built reports a finished build (or render) of cfg: its warnings, its
// stages with --verbose, and what was written.
func (f *buildFlags) built(stdout, stderr io.Writer, cfg timeline.Config, res *timeline.Result, err error, start time.Time) error {
	report(stderr, res, f.quiet, f.verbose)
	if f.verbose && res != nil {
		for _, s := range res.Stages {
			fmt.Fprintf(stderr, "%-28s %6d items %10s\n", s.Name, s.Items, s.Duration.Round(time.Millisecond))
		}
	}
	if err != nil {
		var be *timeline.BuildError
		var none *timeline.NoArticlesError
		if errors.As(err, &none) {
			fmt.Fprintf(stderr, "warning: %v\nnothing written: %s is unchanged\n", none, cfg.Output)
			return errReported
		}
		if errors.As(err, &be) && f.keepGoing && res != nil && res.Timeline != nil {
			fmt.Fprintf(stderr, "published %d articles to %s; %d left out\n", res.Articles, cfg.Output, len(be.Errs))
		} else if errors.As(err, &be) {
			fmt.Fprintf(stderr, "nothing written: %s is unchanged (use --keep-going to publish the good articles)\n", cfg.Output)
		}
		return err
	}
	if !f.quiet {
		fmt.Fprintf(stdout, "built %d articles, %d events into %s in %s\n", res.Articles, len(res.Timeline.Events), cfg.Output, time.Since(start).Round(time.Millisecond))
	}
	return nil
}

// report prints a build's warnings.
// maxWarnings is how many warnings a build prints unless --verbose: an
// archive of thousands of articles can have thousands, and a screenful
// says what kind they are.
const maxWarnings = 20

func report(w io.Writer, res *timeline.Result, quiet, verbose bool) {
	if res == nil || quiet {
		return
	}
	for i, warn := range res.Warnings {
		if i == maxWarnings && !verbose {
			fmt.Fprintf(w, "… and %d more warnings (--verbose prints them all)\n", len(res.Warnings)-i)
			break
		}
		fmt.Fprintln(w, "warning:", warn)
	}
}

// sameFolder reports whether two paths name one file or folder, written
// relative or absolute.
func sameFolder(a, b string) bool {
	aa, err1 := filepath.Abs(a)
	bb, err2 := filepath.Abs(b)
	return err1 == nil && err2 == nil && aa == bb
}

// applySiteFile fills every setting the command line did not set from
// the site file.
func (f *buildFlags) applySiteFile(stderr io.Writer) error {
	sf, found, err := timeline.ReadSiteFile(f.config)
	if err != nil {
		return err
	}
	if !found {
		if f.set.Changed("config") {
			return fmt.Errorf("settings file %s not found", f.config)
		}
		return nil
	}
	// The file found where timeline runs describes the folder it names:
	// building another one with it would title that site after this one
	// ("from four reports by three outlets" over two articles by one).
	if !f.set.Changed("config") && sf.Source != "" && f.set.Changed("source") && !sameFolder(sf.Source, f.source) {
		if !f.quiet {
			fmt.Fprintf(stderr, "warning: %s is the settings of %s, not of %s: not used (pass --config %s to use them)\n", f.config, sf.Source, f.source, f.config)
		}
		return nil
	}
	for _, s := range []struct {
		flag string
		dst  *string
		val  string
	}{
		{"title", &f.title, sf.Title}, {"description", &f.description, sf.Description}, {"base-url", &f.baseURL, sf.BaseURL},
		{"timezone", &f.zone, sf.Timezone}, {"source", &f.source, sf.Source}, {"output", &f.output, sf.Output},
	} {
		if s.val != "" && !f.set.Changed(s.flag) {
			*s.dst = s.val
		}
	}
	f.language = sf.Language
	f.splitEvents = sf.SplitEvents
	if sf.KeyDates > 0 && !f.set.Changed("key-dates") {
		f.keyDates = sf.KeyDates
	}
	return nil
}
