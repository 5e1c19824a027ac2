package timeline

import (
	"bytes"
	"context"
	"io"
	"os"
	"path"
	"path/filepath"
	"sort"
	"sync"

	"github.com/newsroom/timeline/timeline/site"
)

// serve's rebuilds: the site is drawn into memory, and when the output
// folder is the one the last rebuild wrote, only the files whose bytes
// changed are written (each replaced by a rename, so a reader sees the old
// file or the new one) and the files no longer drawn are removed. Any
// other time — the first build, a folder changed under us, a write that
// fails — the whole site is published as build does, swapped in at once.

// published is what the last rebuild wrote: the bytes of each file, and
// the site's marker file, whose identity tells whether another build (a
// `timeline build` into the same folder) has swapped its own site in since.
// A file is known unchanged by its bytes: a page the site's memo hands out
// again is the very same bytes (kept bytes are never changed; bytes.Equal
// tells a slice from itself at once), and a file
// drawn anew is compared with the bytes it replaces, which stops at the
// first difference (hashing them read all of each export, 62 MB at 10,000
// articles, after every edit).
type published struct {
	dir    string
	files  map[string][]byte
	marker os.FileInfo
	// gone, once a build began (listAhead), finds the files gone from dir.
	gone func() map[string]bool
}

// memWriter collects a site in memory. last is what the last rebuild
// wrote, if anything (nil): a file drawn as a stream is drawn into room
// for its last size, and a file whose bytes differ from last's (or that
// last has not) is listed in changed, for writeChanged.
type memWriter struct {
	mu      sync.Mutex
	files   map[string][]byte
	last    map[string][]byte
	changed []string
}

// WriteStream draws a file into a buffer of the size it had last time,
// with a little room to grow: the exports of 10,000 articles, megabytes
// each, were drawn into a buffer that doubled (zeroed and copied) again
// and again on every rebuild, then copied once more to their length. The
// bytes are kept at about their own length (serve keeps the site between
// rebuilds).
func (m *memWriter) WriteStream(name string, draw func(io.Writer) error) error {
	clean, err := siteName(name)
	if err != nil {
		return err
	}
	n := len(m.last[clean])
	b := bytes.NewBuffer(make([]byte, 0, n+n/64+512))
	if err := draw(b); err != nil {
		return err
	}
	data := b.Bytes()
	if cap(data)-len(data) > len(data)/32+512 {
		data = bytes.Clone(data) // it grew: at its own length
	}
	return m.WriteFile(name, data)
}

// WriteFile keeps a file, comparing it with last's as it comes (on the
// drawing's cores): a page the site's memo hands out again is the very
// slice last holds, which bytes.Equal tells at once. Comparing all 10,000
// pages' names and bytes after they were drawn made a reload wait 7-10 ms.
func (m *memWriter) WriteFile(name string, data []byte) error {
	name, err := siteName(name)
	if err != nil {
		return err
	}
	old, ok := m.last[name] // last is only read while a site is drawn
	same := ok && bytes.Equal(old, data)
	m.mu.Lock()
	m.files[name] = data
	if !same {
		m.changed = append(m.changed, name)
	}
	m.mu.Unlock()
	return nil
}

// takeChanged returns the names written with new bytes since it was last
// called.
func (m *memWriter) takeChanged() []string {
	m.mu.Lock()
	defer m.mu.Unlock()
	c := m.changed
	m.changed = nil
	return c
}

// publishChanged renders the site and writes what changed since the last
// call into out. ready, when set, is called as soon as the pages are in
// place: when only changed files are written, that is before the exports
// are drawn (no page loads them), so a preview reloads without waiting for
// them; otherwise once the whole site is published.
func (c *Cache) publishChanged(ctx context.Context, out string, render func(w site.Writer, pagesDone func() error) error, ready func()) error {
	c.mu.Lock()
	last := c.site
	c.site = nil // until this publish succeeds
	c.mu.Unlock()
	// At the last site's size: 10,000 pages are written into it at once.
	before := lastFiles(last)
	mem := &memWriter{files: make(map[string][]byte, len(before)), last: before}
	out, unlock, err := openOutput(out)
	if err != nil {
		return err
	}
	defer unlock()
	inPlace := last != nil && last.dir == out && sameSite(out, last.marker)
	var gone func() map[string]bool // only asked when inPlace
	switch {
	case inPlace && last.gone != nil:
		gone = last.gone
	case inPlace:
		gone = goneFiles(out, last.files)
	}
	signaled := false
	signal := func() {
		if ready != nil && !signaled {
			signaled = true
			ready()
		}
	}
	// The first stage writes the pages that changed or are gone from
	// out; the second writes the rest and removes what is no longer
	// drawn.
	pagesDone := func() error {
		if !inPlace || ready == nil {
			return nil
		}
		if err := ctx.Err(); err != nil {
			return err
		}
		if writeChanged(out, mem, gone()) != nil {
			inPlace = false // publish the whole site instead
			return nil
		}
		signal()
		return nil
	}
	if err := render(mem, pagesDone); err != nil {
		return err
	}
	if err := ctx.Err(); err != nil {
		return err
	}
	if inPlace && writeChanged(out, mem, gone()) == nil && removeGone(out, mem.files, last.files) == nil {
		c.mu.Lock()
		c.site = &published{dir: out, files: mem.files, marker: last.marker}
		c.mu.Unlock()
		signal()
		return nil
	}
	names := make([]string, 0, len(mem.files))
	for name := range mem.files {
		names = append(names, name)
	}
	sort.Strings(names)
	err = publishLocked(ctx, out, func(w site.Writer) error {
		for _, name := range names {
			if err := w.WriteFile(name, mem.files[name]); err != nil {
				return err
			}
		}
		return nil
	})
	if err == nil {
		if info, serr := os.Stat(filepath.Join(out, marker)); serr == nil {
			c.mu.Lock()
			c.site = &published{dir: out, files: mem.files, marker: info}
			c.mu.Unlock()
		}
		signal()
	}
	return err
}

// lastFiles is what the last publish wrote, if any (nil: none).
func lastFiles(last *published) map[string][]byte {
	if last == nil {
		return nil
	}
	return last.files
}

// sameSite reports whether dir still holds the site whose marker was seen.
func sameSite(dir string, seen os.FileInfo) bool {
	info, err := os.Stat(filepath.Join(dir, marker))
	return err == nil && seen != nil && os.SameFile(info, seen)
}

// writeChanged writes the files mem took with new bytes since it was
// last called, and those drawn so far that are gone from dir (a page
// deleted by hand would otherwise stay missing until its bytes changed)
// and not yet put back (it strikes those it puts back from gone).
func writeChanged(dir string, mem *memWriter, gone map[string]bool) error {
	names := mem.takeChanged()
	for name := range gone {
		data, drawn := mem.files[name]
		if !drawn {
			continue
		}
		delete(gone, name)                     // put back: not again
		if bytes.Equal(data, mem.last[name]) { // else takeChanged listed it
			names = append(names, name)
		}
	}
	for _, name := range names {
		if err := replaceFile(filepath.Join(dir, filepath.FromSlash(name)), mem.files[name]); err != nil {
			return err
		}
	}
	return nil
}

// folderNames is what each folder of a site holds, listed once: listing
// a folder of 10,000 pages costs far less than a stat of each.
type folderNames map[string]map[string]bool

// has reports whether the file name (slash-separated, under dir) exists.
func (f folderNames) has(dir, name string) bool {
	sub, base := path.Split(name)
	names, ok := f[sub]
	if !ok {
		names = map[string]bool{}
		if d, err := os.Open(filepath.Join(dir, filepath.FromSlash(sub))); err == nil {
			list, _ := d.Readdirnames(-1)
			d.Close()
			for _, n := range list {
				names[n] = true
			}
		}
		f[sub] = names
	}
	return names[base]
}

// goneFiles finds, on a goroutine of its own, which of the files last
// written are no longer in dir, for writeChanged to put back; the result
// waits until asked for. Listing the folder of 10,000 pages took 5-8 ms
// that a reload waited for, and looking each page up in the listing as
// many again: begun as the build begins (listAhead), both are done beside
// it. (A page deleted by hand while the build runs is put back by the
// next rebuild, as one deleted after it is.)
func goneFiles(dir string, last map[string][]byte) func() map[string]bool {
	done := make(chan map[string]bool, 1)
	go func() {
		f := folderNames{}
		gone := map[string]bool{}
		for name := range last {
			if !f.has(dir, name) {
				gone[name] = true
			}
		}
		done <- gone
	}()
	return sync.OnceValue(func() map[string]bool { return <-done })
}

// listAhead begins looking for the files gone from the folder the last
// rebuild wrote (goneFiles) as a build begins: it is done while the
// articles are read and merged, which leave a core idle, rather than
// beside the pages' drawing on every core. publishChanged takes it when
// it publishes into that folder again.
func (c *Cache) listAhead() {
	if c == nil {
		return
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.site != nil {
		c.site.gone = goneFiles(c.site.dir, c.site.files)
	}
}

// removeGone removes the files last wrote that are no longer drawn.
func removeGone(dir string, files map[string][]byte, last map[string][]byte) error {
	for name := range last {
		if _, ok := files[name]; !ok {
			if err := os.Remove(filepath.Join(dir, filepath.FromSlash(name))); err != nil && !os.IsNotExist(err) {
				return err
			}
		}
	}
	return nil
}

// replaceFile writes a file beside its place and renames it there.
func replaceFile(name string, data []byte) (err error) {
	if err := os.MkdirAll(filepath.Dir(name), 0o755); err != nil {
		return err
	}
	f, err := os.CreateTemp(filepath.Dir(name), ".timeline-write-*")
	if err != nil {
		return err
	}
	defer func() {
		if err != nil {
			f.Close()
			os.Remove(f.Name())
		}
	}()
	if err := f.Chmod(0o644); err != nil {
		return err
	}
	if _, err := f.Write(data); err != nil {
		return err
	}
	if err := f.Close(); err != nil {
		return err
	}
	return os.Rename(f.Name(), name)
}
