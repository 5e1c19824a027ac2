package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"os"
	"path/filepath"
	"strconv"
	"syscall"
	"time"

	"github.com/newsroom/timeline/timeline"
	"github.com/newsroom/timeline/timeline/progress"
	"github.com/newsroom/timeline/timeline/server"
	"github.com/spf13/pflag"
)

// serveFlags are serve's own flags, beside the build flags.
type serveFlags struct {
	port int
	bind string
	poll time.Duration
}

// serveFlagSet defines serve's flags. The settings file is read again
// when it changes, so the arguments are parsed again then, into fresh
// values: what the file no longer says falls back to the default.
func serveFlagSet(stdout io.Writer) (*pflag.FlagSet, *buildFlags, *serveFlags) {
	fs := flagSet("serve", stdout)
	var f buildFlags
	var s serveFlags
	addBuildFlags(fs, &f)
	fs.IntVarP(&s.port, "port", "p", 8080, "port to listen on (0 picks a free one)")
	fs.StringVar(&s.bind, "bind", "127.0.0.1", "address to listen on; anything but loopback exposes your drafts to the network")
	fs.DurationVar(&s.poll, "poll", 0, "poll for changes at this interval instead of using file system events (e.g. 500ms)")
	return fs, &f, &s
}

func runServe(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs, f, s := serveFlagSet(stdout)
	if err := parse(fs, args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return usagef("unexpected argument %q", fs.Arg(0))
	}
	if s.port < 0 || s.port > 65535 {
		return usagef("--port %d is not a port", s.port)
	}
	ip := net.ParseIP(s.bind)
	if ip == nil && s.bind != "localhost" {
		return usagef("--bind %q is not an IP address", s.bind)
	}
	p, err := newPreview(args, stderr)
	if err != nil {
		return err
	}
	// A templates/ folder beside the content (the site's own, or this
	// repository's when run from a checkout) overrides the built-in
	// templates and is watched, so template edits show at once.
	watch := []string{p.cfg.Source}
	if p.cfg.Templates != "" {
		watch = append(watch, p.cfg.Templates)
	}
	log := slog.New(slog.NewTextHandler(stderr, &slog.HandlerOptions{Level: slog.LevelInfo}))
	if f.quiet {
		log = slog.New(slog.NewTextHandler(stderr, &slog.HandlerOptions{Level: slog.LevelError}))
	}
	srv := server.New(server.Config{
		Addr:       net.JoinHostPort(s.bind, strconv.Itoa(s.port)),
		Dir:        p.cfg.Output,
		Build:      p.build,
		Watch:      watch,
		WatchFiles: []string{p.settings},
		Poll:       s.poll,
		Log:        log,
	})
	if err := srv.Listen(); err != nil {
		if errors.Is(err, syscall.EADDRINUSE) {
			return fmt.Errorf("port %d on %s is already in use (another timeline serve?): pick another with --port %d, or make serve PORT=%d", s.port, s.bind, s.port+1, s.port+1)
		}
		return err
	}
	if ip != nil && !ip.IsLoopback() {
		fmt.Fprintf(stderr, "WARNING: serving on %s, reachable from other machines. The preview is for you alone; use --bind 127.0.0.1 unless you mean to share it.\n", s.bind)
	}
	fmt.Fprintf(stdout, "serving %s at %s (Ctrl-C to stop)\n", p.cfg.Source, srv.URL())
	start := time.Now()
	err = srv.Run(ctx)
	fmt.Fprintf(stderr, "stopped after %s\n", time.Since(start).Round(time.Second))
	return err
}

// preview is what serve rebuilds: the settings from the command line
// and the settings file, and the cache that makes a rebuild read only
// what changed. The server calls build one at a time.
type preview struct {
	args     []string
	stderr   io.Writer
	quiet    bool
	verbose  bool
	settings string // the settings file, watched
	cfg      timeline.Config
	// stale: the settings file changed and could not be read since; every
	// build tries it again, so that a preview never looks good on
	// settings the file no longer holds.
	stale bool
	built bool // the first build, which may be long, is done
}

func newPreview(args []string, stderr io.Writer) (*preview, error) {
	p := &preview{args: args, stderr: stderr}
	cfg, err := p.load()
	if err != nil {
		return nil, err
	}
	p.cfg = cfg
	return p, nil
}

// load reads the settings afresh: the arguments, then the settings file.
func (p *preview) load() (timeline.Config, error) {
	fs, f, _ := serveFlagSet(io.Discard)
	if err := parse(fs, p.args); err != nil {
		return timeline.Config{}, err
	}
	p.settings, p.quiet, p.verbose = f.config, f.quiet, f.verbose
	cfg, err := f.buildConfig(p.stderr)
	if err != nil {
		return cfg, err
	}
	if cfg.Templates == "" {
		if _, err := os.Stat(filepath.Join("templates", "layout.html")); err == nil {
			cfg.Templates = "templates"
		}
	}
	cfg.Site.LiveReload = true
	// A new cache with new settings: the next build is a clean one (what
	// the cache kept was read, tagged and drawn with the old settings).
	cfg.Cache = timeline.NewCache()
	return cfg, nil
}

// build is the server's Build: it rebuilds what changed, or everything
// with the settings read again when the settings file changed (or the
// watcher could not tell what did).
func (p *preview) build(ctx context.Context, changed []string, ready func()) error {
	if changed != nil && (p.stale || p.namesSettings(changed)) {
		p.stale = true
		cfg, err := p.load()
		if err != nil {
			return err
		}
		if cfg.Source != p.cfg.Source || cfg.Output != p.cfg.Output || cfg.Templates != p.cfg.Templates {
			return fmt.Errorf("%s now names other folders (source %s, output %s): stop serve and start it again to preview them", p.settings, cfg.Source, cfg.Output)
		}
		p.cfg, p.stale, changed = cfg, false, nil
	}
	c := p.cfg
	c.Ready = ready // the pages reload before the exports are written
	c.Changed = timeline.ChangedPaths(c.Source, changed)
	// The first build reads everything: on a terminal it shows its
	// progress as build does. Rebuilds are quick, and logged.
	var line *progress.Line
	if !p.built {
		if line = progressLine(p.stderr, p.quiet); line != nil {
			c.Progress = line
		}
	}
	res, err := timeline.Build(ctx, c)
	if line != nil {
		line.Close()
	}
	p.built = true
	if res != nil && changed == nil {
		report(p.stderr, res, p.quiet, p.verbose)
	}
	return err
}

// namesSettings reports whether the watcher's paths include the
// settings file, or Unknown (anything may have changed).
func (p *preview) namesSettings(changed []string) bool {
	want, err := filepath.Abs(p.settings) // once: a batch after a checkout holds thousands
	for _, c := range changed {
		if c == server.Unknown {
			return true
		}
		if a, errC := filepath.Abs(c); err == nil && errC == nil && a == want {
			return true
		}
	}
	return false
}
