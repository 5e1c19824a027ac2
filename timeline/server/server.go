// Package server previews a site: it serves the built folder on loopback,
// rebuilds when content or templates change, and reloads open pages (or
// shows the build error in them) over server-sent events.
package server

import (
	"context"
	_ "embed"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"log/slog"
	"mime"
	"net"
	"net/http"
	"os"
	"path"
	"runtime"
	"strings"
	"sync"
	"time"
)

//go:embed live.js
var liveJS []byte

// Config says what to serve and how to rebuild it.
type Config struct {
	Addr string // host:port to listen on; 127.0.0.1 unless told otherwise
	Dir  string // the built site
	// Build rebuilds the site into Dir; changed lists the paths that
	// changed, as the watcher reported them (nil for the first build; it
	// holds Unknown when the watcher could not tell). It may call ready once the pages
	// are in place, before the rest of the site is written, to reload the
	// browser early; otherwise the reload follows a good build.
	Build func(ctx context.Context, changed []string, ready func()) error
	Watch []string // folders whose changes trigger a rebuild
	// WatchFiles are single files whose changes trigger a rebuild (the
	// settings file); they need not exist yet.
	WatchFiles []string
	Poll       time.Duration
	Log        *slog.Logger
	// Quiet is how long the folders must be still before a rebuild.
	Quiet time.Duration
}

// Server is a running preview.
type Server struct {
	cfg   Config
	hub   *hub
	mu    sync.Mutex
	err   error // the last build's error, shown in pages
	hosts map[string]bool
	ln    net.Listener
}

// New returns a server for cfg; Listen then Serve, or Run.
func New(cfg Config) *Server {
	if cfg.Log == nil {
		cfg.Log = slog.New(slog.NewTextHandler(io.Discard, nil))
	}
	if cfg.Quiet == 0 {
		cfg.Quiet = 100 * time.Millisecond
	}
	return &Server{cfg: cfg, hub: newHub()}
}

// Listen binds the address. Its host must be an IP literal or localhost.
func (s *Server) Listen() error {
	ln, err := net.Listen("tcp", s.cfg.Addr)
	if err != nil {
		return err
	}
	s.ln = ln
	s.hosts = allowedHosts(ln.Addr().(*net.TCPAddr))
	return nil
}

// URL is where the site is served.
func (s *Server) URL() string {
	a := s.ln.Addr().(*net.TCPAddr)
	host := a.IP.String()
	if a.IP.IsUnspecified() {
		host = "127.0.0.1"
	}
	return "http://" + net.JoinHostPort(host, fmt.Sprint(a.Port)) + "/"
}

// allowedHosts are the Host headers a request may carry: the bound
// address and, on loopback, localhost. Anything else is a DNS-rebinding
// attempt (a remote page resolving its own name to 127.0.0.1).
func allowedHosts(a *net.TCPAddr) map[string]bool {
	port := fmt.Sprint(a.Port)
	h := map[string]bool{net.JoinHostPort(a.IP.String(), port): true}
	if a.IP.IsLoopback() || a.IP.IsUnspecified() {
		for _, n := range []string{"localhost", "127.0.0.1", "::1"} {
			h[net.JoinHostPort(n, port)] = true
		}
	}
	if a.IP.IsUnspecified() {
		if addrs, err := net.InterfaceAddrs(); err == nil {
			for _, ad := range addrs {
				if ipn, ok := ad.(*net.IPNet); ok {
					h[net.JoinHostPort(ipn.IP.String(), port)] = true
				}
			}
		}
	}
	return h
}

// Run builds, serves and watches until ctx ends, then shuts down.
func (s *Server) Run(ctx context.Context) error {
	if s.ln == nil {
		if err := s.Listen(); err != nil {
			return err
		}
	}
	s.rebuild(ctx, nil)
	w, err := s.watcher()
	if err != nil {
		return err
	}
	defer w.Close()
	go debounce(ctx, w.Changes(), s.cfg.Quiet, func(changed []string) { s.rebuild(ctx, changed) })
	srv := &http.Server{
		Handler:           s,
		ReadHeaderTimeout: 5 * time.Second,
		ReadTimeout:       10 * time.Second,
		WriteTimeout:      30 * time.Second,
		IdleTimeout:       60 * time.Second,
		BaseContext:       func(net.Listener) context.Context { return ctx },
	}
	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(s.ln) }()
	select {
	case err := <-errc:
		return err
	case <-ctx.Done():
	}
	shut, cancel := context.WithTimeout(context.Background(), 3*time.Second)
	defer cancel()
	srv.Shutdown(shut)
	return nil
}

func (s *Server) watcher() (Watcher, error) {
	if s.cfg.Poll > 0 {
		return NewPollWatcher(s.cfg.Watch, s.cfg.WatchFiles, s.cfg.Poll), nil
	}
	return NewFSWatcher(s.cfg.Watch, s.cfg.WatchFiles)
}

// rebuild runs a build and tells the pages.
func (s *Server) rebuild(ctx context.Context, changed []string) {
	start := time.Now()
	var reload time.Duration // when the pages were reloaded, if they were
	ready := func() {
		if reload == 0 {
			reload = max(time.Since(start), time.Nanosecond)
			s.mu.Lock()
			s.err = nil
			s.mu.Unlock()
			s.hub.broadcast("reload", "")
		}
	}
	err := s.cfg.Build(ctx, changed, ready)
	s.mu.Lock()
	s.err = err
	s.mu.Unlock()
	if err != nil {
		s.cfg.Log.Error("build failed; still serving the last good build", "err", err)
		s.hub.broadcast("error", err.Error())
		return
	}
	ready()
	s.cfg.Log.Info("built", "in", time.Since(start).Round(time.Millisecond), "reloaded after", reload.Round(time.Millisecond), "changed", len(changed))
	// Collect this build's garbage now, while the writer reads the page:
	// left to the collector, it is collected during the next rebuild,
	// which then reloads later (a large collection's heap is most of a
	// gigabyte).
	go runtime.GC()
}

// ServeHTTP serves the built site and the live-reload endpoints.
func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	h := w.Header()
	h.Set("X-Content-Type-Options", "nosniff")
	h.Set("Referrer-Policy", "no-referrer")
	if s.hosts != nil && !s.hosts[r.Host] {
		http.Error(w, "unexpected Host header", http.StatusForbidden)
		return
	}
	if r.Method != http.MethodGet && r.Method != http.MethodHead {
		h.Set("Allow", "GET, HEAD")
		http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
		return
	}
	switch r.URL.Path {
	case "/_timeline/live.js":
		h.Set("Content-Type", "text/javascript; charset=utf-8")
		h.Set("Cache-Control", "no-store")
		w.Write(liveJS)
		return
	case "/_timeline/events":
		s.events(w, r)
		return
	}
	s.file(w, r)
}

// file serves one file of the built site. Paths are resolved inside the
// site folder with os.Root, so neither "..", encoded slashes nor symlinks
// can reach outside it; folders are served by their index.html only.
func (s *Server) file(w http.ResponseWriter, r *http.Request) {
	p := r.URL.Path
	if strings.Contains(p, "\x00") || strings.Contains(r.URL.RawPath, "%2f") || strings.Contains(r.URL.RawPath, "%2F") || strings.Contains(r.URL.RawPath, "%5c") || strings.Contains(r.URL.RawPath, "%5C") {
		http.NotFound(w, r)
		return
	}
	name := strings.TrimPrefix(path.Clean("/"+p), "/")
	if name == "" || strings.HasSuffix(p, "/") {
		name = path.Join(name, "index.html")
	}
	// A rebuild swaps the site folder while requests are in flight: a
	// request that opened the old folder just before the swap may find its
	// file already removed, so it tries once more in the new one.
	var root *os.Root
	var f *os.File
	for try := 0; ; try++ {
		var err error
		if root, err = os.OpenRoot(s.cfg.Dir); err != nil {
			http.Error(w, "the site has not been built yet", http.StatusServiceUnavailable)
			return
		}
		if f, err = root.Open(name); err == nil {
			break
		}
		root.Close()
		if try == 1 || !errors.Is(err, fs.ErrNotExist) {
			http.NotFound(w, r)
			return
		}
	}
	defer root.Close()
	defer f.Close()
	info, err := f.Stat()
	if err != nil {
		http.NotFound(w, r)
		return
	}
	if info.IsDir() {
		// A folder without a trailing slash: redirect so relative links work.
		if _, err := root.Stat(path.Join(name, "index.html")); err == nil {
			http.Redirect(w, r, "/"+name+"/", http.StatusMovedPermanently)
			return
		}
		http.NotFound(w, r)
		return
	}
	ctype := mime.TypeByExtension(path.Ext(name))
	if ctype == "" {
		ctype = "application/octet-stream"
	}
	w.Header().Set("Content-Type", ctype)
	// A preview is never cached: Last-Modified has one-second resolution,
	// so a rebuild within the second would be answered 304 and the reload
	// would show the old page.
	w.Header().Set("Cache-Control", "no-store")
	http.ServeContent(w, r, name, time.Time{}, f)
}

// events is the server-sent event stream: "reload" after a good build,
// "error" with the message after a failed one. A new connection is told
// the current error at once.
func (s *Server) events(w http.ResponseWriter, r *http.Request) {
	rc := http.NewResponseController(w)
	rc.SetWriteDeadline(time.Time{}) // the stream outlives WriteTimeout
	h := w.Header()
	h.Set("Content-Type", "text/event-stream")
	h.Set("Cache-Control", "no-store")
	c, last := s.hub.subscribe()
	defer s.hub.unsubscribe(c)
	fmt.Fprintf(w, "retry: 1000\n\n")
	if last.kind == "error" {
		writeEvent(w, last)
	}
	if err := rc.Flush(); err != nil {
		return
	}
	beat := time.NewTicker(15 * time.Second)
	defer beat.Stop()
	for {
		select {
		case <-r.Context().Done():
			return
		case m := <-c:
			writeEvent(w, m)
		case <-beat.C:
			fmt.Fprint(w, ": keep-alive\n\n")
		}
		if err := rc.Flush(); err != nil {
			return
		}
	}
}

func writeEvent(w io.Writer, m message) {
	fmt.Fprintf(w, "event: %s\n", m.kind)
	for _, line := range strings.Split(m.data, "\n") {
		fmt.Fprintf(w, "data: %s\n", line)
	}
	fmt.Fprint(w, "\n")
}

// LastError returns the last build's error, nil after a good build.
func (s *Server) LastError() error {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.err
}
