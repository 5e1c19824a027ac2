package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"time"

	"github.com/newsroom/timeline/timeline"
	"github.com/spf13/pflag"
)

// buildFlags are shared by build and serve.
type buildFlags struct {
	source, output, templates, dct, zone, title, description, baseURL string
	keepGoing, drafts, quiet                                          bool
	keyDates                                                          int
}

func addBuildFlags(fs *pflag.FlagSet, f *buildFlags) {
	fs.StringVarP(&f.source, "source", "s", "content", "folder of articles (.md, .markdown, .txt)")
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
	fs.BoolVarP(&f.quiet, "quiet", "q", false, "print errors only")
}

func (f *buildFlags) config(stderr io.Writer) (timeline.Config, error) {
	cfg := timeline.Config{Source: f.source, Output: f.output, Templates: f.templates, KeepGoing: f.keepGoing,
		Drafts: f.drafts, KeyDates: f.keyDates, Log: stderr}
	cfg.Site.Title, cfg.Site.Description, cfg.Site.BaseURL = f.title, f.description, f.baseURL
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
	return cfg, nil
}

func runBuild(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := flagSet("build", stderr)
	var f buildFlags
	addBuildFlags(fs, &f)
	if err := parse(fs, args); err != nil {
		return helpOr(fs, err)
	}
	if fs.NArg() > 0 {
		return usagef("unexpected argument %q (the content folder is given with --source)", fs.Arg(0))
	}
	cfg, err := f.config(stderr)
	if err != nil {
		return err
	}
	start := time.Now()
	res, err := timeline.Build(ctx, cfg)
	report(stderr, res, f.quiet)
	if err != nil {
		var be *timeline.BuildError
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
func report(w io.Writer, res *timeline.Result, quiet bool) {
	if res == nil || quiet {
		return
	}
	for _, warn := range res.Warnings {
		fmt.Fprintln(w, "warning:", warn)
	}
}
