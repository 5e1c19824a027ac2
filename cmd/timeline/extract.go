package main

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"strings"

	"github.com/newsroom/timeline/timeline"
	"github.com/newsroom/timeline/timeline/article"
	"github.com/newsroom/timeline/timeline/record"
)

// extractInput is one article to extract: a path, and its text when the
// input gave it rather than the file.
type extractInput struct {
	where string // "stdin:3" or "argument 2", for errors
	path  string
	text  *string
}

// runExtract writes one record per article, a JSON line each, in the
// order the articles were named: the stage a cluster's workers run
// (RDD.pipe, Hadoop streaming and GNU parallel feed lines in and read
// lines out), merged by `timeline render --records`. A bad article gets
// an error record (so a merge fails or, with --keep-going, lists it, as a
// build does) and a line on stderr; the exit is then 1, after the other
// records are written.
func runExtract(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	return extract(ctx, args, os.Stdin, stdout, stderr)
}

func extract(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	fs := flagSet("extract", stdout)
	var f buildFlags
	f.set = fs
	fs.StringVar(&f.config, "config", "timeline.yaml", "site settings file (source, timezone); flags override it")
	fs.StringVarP(&f.source, "source", "s", "content", "content folder the articles are in: a record names its article by its path there")
	fs.StringVar(&f.dct, "dct", "", "anchor date for articles with no date of their own, e.g. 2014-12-17")
	fs.StringVar(&f.zone, "timezone", "", "time zone for datelines that name none, e.g. America/New_York (default UTC)")
	if err := parse(fs, args); err != nil {
		return err
	}
	cfg, err := f.buildConfig(stderr)
	if err != nil {
		return err
	}
	root, err := filepath.Abs(cfg.Source)
	if err != nil {
		return err
	}
	dir, err := os.OpenRoot(root)
	if err != nil {
		return fmt.Errorf("content folder %s: %w", cfg.Source, errors.Unwrap(err))
	}
	defer dir.Close()
	x, err := timeline.NewExtractor(cfg)
	if err != nil {
		return err
	}
	// A failed write (the reader of stdout gone) stops the reading and
	// extracting of what is left, not only its output.
	ctx, stop := context.WithCancel(ctx)
	defer stop()
	inputs := make(chan extractInput)
	bad := make(chan error, 1) // the first unreadable input line, if any
	go func() {
		defer close(inputs)
		if fs.NArg() > 0 {
			for i, a := range fs.Args() {
				select {
				case inputs <- extractInput{where: fmt.Sprintf("argument %d", i+1), path: a}:
				case <-ctx.Done():
					return
				}
			}
			return
		}
		if err := readInputs(ctx, stdin, inputs, stderr); err != nil {
			bad <- err
		}
	}()
	failed := false
	write := func(r *record.Record) error {
		line, err := r.Marshal()
		if err != nil {
			return err
		}
		if r.Error != nil {
			failed = true
			fmt.Fprintf(stderr, "timeline extract: %v\n", r.Err())
		}
		if _, err = stdout.Write(append(line, '\n')); err != nil {
			stop()
		}
		return err
	}
	if err := inOrder(ctx, inputs, func(in extractInput) *record.Record { return extractOne(x, dir.FS(), root, in) }, write); err != nil {
		return err
	}
	select {
	case err := <-bad:
		return err
	default:
	}
	if err := ctx.Err(); err != nil {
		return err
	}
	if failed {
		return errReported
	}
	return nil
}

// readInputs sends the articles named on r, a line each: a path, or a
// JSON object {"path": …} or {"path": …, "text": …}. A line that is
// neither is reported on stderr and the rest are read; the error returned
// then says how many there were.
func readInputs(ctx context.Context, r io.Reader, out chan<- extractInput, stderr io.Writer) error {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64<<10), article.MaxSize*2) // a text in JSON may be escaped
	n, bad := 0, 0
	for sc.Scan() {
		n++
		line := strings.TrimSpace(sc.Text())
		if line == "" {
			continue
		}
		in := extractInput{where: fmt.Sprintf("stdin:%d", n), path: line}
		if strings.HasPrefix(line, "{") {
			var j struct {
				Path string  `json:"path"`
				Text *string `json:"text"`
			}
			if err := json.Unmarshal([]byte(line), &j); err != nil || j.Path == "" {
				if err == nil {
					err = errors.New(`no "path"`)
				}
				fmt.Fprintf(stderr, "timeline extract: stdin:%d: not a path nor {\"path\": …, \"text\": …}: %v\n", n, err)
				bad++
				continue
			}
			in.path, in.text = j.Path, j.Text
		}
		select {
		case out <- in:
		case <-ctx.Done():
			return nil
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("stdin:%d: %w", n+1, err)
	}
	if bad > 0 {
		return fmt.Errorf("%d lines of stdin named no article (said above)", bad)
	}
	return nil
}

// extractOne makes the record of one input. Its path is a file path as
// the shell names it (relative to the working folder, or absolute), in
// the content folder root; the record names it relative to root.
func extractOne(x *record.Extractor, fsys fs.FS, root string, in extractInput) *record.Record {
	fail := func(rel, format string, args ...any) *record.Record {
		return x.Failure(rel, fmt.Errorf(format, args...))
	}
	abs, err := filepath.Abs(in.path)
	if err != nil {
		return fail(in.path, "%s: %v", in.where, err)
	}
	rel, err := filepath.Rel(root, abs)
	if err != nil || rel == ".." || strings.HasPrefix(rel, ".."+string(filepath.Separator)) || rel == "." {
		return fail(in.path, "not in the content folder %s (--source names it)", root)
	}
	rel = filepath.ToSlash(rel)
	if !article.IsArticle(rel) {
		return fail(rel, "not an article: articles are .md, .markdown, .txt, .html or .htm files")
	}
	if in.text != nil {
		return x.Parse(rel, []byte(*in.text))
	}
	return x.File(fsys, rel)
}

// inOrder runs do on each input on every core and hands the results to
// write in the order of the inputs, holding no more than a few per core.
func inOrder[In, Out any](ctx context.Context, inputs <-chan In, do func(In) Out, write func(Out) error) error {
	workers := runtime.GOMAXPROCS(0)
	queue := make(chan chan Out, 4*workers)
	slots := make(chan struct{}, workers)
	go func() {
		defer close(queue)
		for in := range inputs {
			res := make(chan Out, 1)
			select {
			case queue <- res:
			case <-ctx.Done():
				return
			}
			slots <- struct{}{}
			go func() {
				defer func() { <-slots }()
				res <- do(in)
			}()
		}
	}()
	var err error
	for res := range queue {
		out := <-res
		if err == nil {
			err = write(out) // after a failed write, the rest are drained
		}
	}
	return err
}
