package main

import (
	"bufio"
	"bytes"
	"context"
	"fmt"
	"io"
	"os"
	"time"

	"github.com/newsroom/timeline/timeline"
	"github.com/newsroom/timeline/timeline/record"
)

// runRender merges records that `timeline extract` (or the Beam
// pipeline) made into the site a build of their articles writes,
// published the same way: swapped in whole, the last site untouched
// when it fails.
func runRender(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	return render(ctx, args, os.Stdin, stdout, stderr)
}

func render(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	fs := flagSet("render", stdout)
	var f buildFlags
	addBuildFlags(fs, &f)
	from := fs.String("records", "", "file of records, one JSON line each, as `timeline extract` writes them (- reads stdin)")
	// How articles are read was settled when they were extracted.
	for _, name := range []string{"dct", "timezone", "follow-links"} {
		fs.MarkHidden(name)
	}
	if err := parse(fs, args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return usagef("unexpected argument %q (the records are given with --records)", fs.Arg(0))
	}
	if *from == "" {
		return usagef("name the records with --records FILE (- for stdin)")
	}
	cfg, err := f.buildConfig(stderr)
	if err != nil {
		return err
	}
	cfg.RequireArticles = true
	start := time.Now()
	in, name := stdin, "stdin"
	if *from != "-" {
		file, err := os.Open(*from)
		if err != nil {
			return err
		}
		defer file.Close()
		in, name = file, *from
	}
	recs, err := readRecords(in, name)
	if err != nil {
		return err
	}
	line := progressLine(stderr, f.quiet)
	if line != nil {
		cfg.Progress = line
	}
	res, err := timeline.BuildRecords(ctx, cfg, recs)
	if line != nil {
		line.Close()
	}
	return f.built(stdout, stderr, cfg, res, err, start)
}

// readRecords reads one record per line (blank lines skipped); an error
// names the line.
func readRecords(r io.Reader, name string) ([]*record.Record, error) {
	br := bufio.NewReaderSize(r, 1<<20)
	var recs []*record.Record
	for n := 1; ; n++ {
		line, err := br.ReadBytes('\n')
		if len(line) > 0 && len(bytes.TrimSpace(line)) > 0 {
			rec, rerr := record.Unmarshal(line)
			if rerr != nil {
				return nil, fmt.Errorf("%s:%d: %w", name, n, rerr)
			}
			recs = append(recs, rec)
		}
		if err == io.EOF {
			return recs, nil
		}
		if err != nil {
			return nil, fmt.Errorf("%s:%d: %w", name, n, err)
		}
	}
}
