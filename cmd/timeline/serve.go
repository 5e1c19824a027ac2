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
	"github.com/newsroom/timeline/timeline/server"
)

func runServe(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := flagSet("serve", stdout)
	var f buildFlags
	addBuildFlags(fs, &f)
	port := fs.IntP("port", "p", 8080, "port to listen on (0 picks a free one)")
	bind := fs.String("bind", "127.0.0.1", "address to listen on; anything but loopback exposes your drafts to the network")
	poll := fs.Duration("poll", 0, "poll for changes at this interval instead of using file system events (e.g. 500ms)")
	if err := parse(fs, args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return usagef("unexpected argument %q", fs.Arg(0))
	}
	if *port < 0 || *port > 65535 {
		return usagef("--port %d is not a port", *port)
	}
	ip := net.ParseIP(*bind)
	if ip == nil && *bind != "localhost" {
		return usagef("--bind %q is not an IP address", *bind)
	}
	cfg, err := f.buildConfig(stderr)
	if err != nil {
		return err
	}
	cfg.Site.LiveReload = true
	cfg.Cache = timeline.NewCache() // rebuilds read only the articles that changed
	// A templates/ folder beside the content (the site's own, or this
	// repository's when run from a checkout) overrides the built-in
	// templates and is watched, so template edits show at once.
	watch := []string{cfg.Source}
	if cfg.Templates == "" {
		if _, err := os.Stat(filepath.Join("templates", "layout.html")); err == nil {
			cfg.Templates = "templates"
		}
	}
	if cfg.Templates != "" {
		watch = append(watch, cfg.Templates)
	}
	log := slog.New(slog.NewTextHandler(stderr, &slog.HandlerOptions{Level: slog.LevelInfo}))
	if f.quiet {
		log = slog.New(slog.NewTextHandler(stderr, &slog.HandlerOptions{Level: slog.LevelError}))
	}
	srv := server.New(server.Config{
		Addr: net.JoinHostPort(*bind, strconv.Itoa(*port)),
		Dir:  cfg.Output,
		Build: func(ctx context.Context, changed []string, ready func()) error {
			c := cfg
			c.Ready = ready // the pages reload before the exports are written
			c.Changed = timeline.ChangedPaths(cfg.Source, changed)
			res, err := timeline.Build(ctx, c)
			if res != nil && changed == nil {
				report(stderr, res, f.quiet, f.verbose)
			}
			return err
		},
		Watch: watch,
		Poll:  *poll,
		Log:   log,
	})
	if err := srv.Listen(); err != nil {
		if errors.Is(err, syscall.EADDRINUSE) {
			return fmt.Errorf("port %d on %s is already in use (another timeline serve?): pick another with --port %d, or make serve PORT=%d", *port, *bind, *port+1, *port+1)
		}
		return err
	}
	if ip != nil && !ip.IsLoopback() {
		fmt.Fprintf(stderr, "WARNING: serving on %s, reachable from other machines. The preview is for you alone; use --bind 127.0.0.1 unless you mean to share it.\n", *bind)
	}
	fmt.Fprintf(stdout, "serving %s at %s (Ctrl-C to stop)\n", cfg.Source, srv.URL())
	start := time.Now()
	err = srv.Run(ctx)
	fmt.Fprintf(stderr, "stopped after %s\n", time.Since(start).Round(time.Second))
	return err
}
