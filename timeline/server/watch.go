package server

import (
	"context"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/fsnotify/fsnotify"
)

// Watcher reports that something under the watched folders changed.
type Watcher interface {
	// Changes delivers the paths of changed files as they happen, none
	// dropped (a rebuild reads again only what it is told of), or
	// Unknown when the watcher cannot tell what changed.
	Changes() <-chan string
	Close() error
}

// ignoredName reports editor and system files whose changes mean nothing:
// swap files, backups, vim's 4913 probe, Emacs lock files.
func ignoredName(name string) bool {
	base := filepath.Base(name)
	return strings.HasSuffix(base, ".swp") || strings.HasSuffix(base, ".swx") || strings.HasSuffix(base, "~") ||
		strings.HasPrefix(base, ".#") || base == "4913" || base == ".DS_Store" || strings.HasSuffix(base, ".tmp")
}

// fsWatcher watches folders with fsnotify. fsnotify does not recurse, so
// every folder is added, and folders created later are added as they come.
// A single file is watched through its folder (an editor saves by
// writing a new file and renaming it over the old, which a watch on the
// file itself would lose), and only its own changes are reported.
type fsWatcher struct {
	w     *fsnotify.Watcher
	out   chan string
	trees []string        // folders watched with everything below them
	files map[string]bool // single files watched
	// A tree's folder removed is looked for every rearmEvery until it is
	// back (its watch went with it, and its parent may not be watched),
	// then watched again and reported in returned.
	returned chan string
	done     chan struct{}
	closing  sync.Once
}

// rearmEvery is how often a removed tree's folder is looked for.
const rearmEvery = 250 * time.Millisecond

// NewFSWatcher watches dirs and everything below them, and files, which
// need not exist yet.
func NewFSWatcher(dirs, files []string) (Watcher, error) {
	w, err := fsnotify.NewWatcher()
	if err != nil {
		return nil, err
	}
	fw := &fsWatcher{w: w, out: make(chan string, 64), files: map[string]bool{}, returned: make(chan string), done: make(chan struct{})}
	for _, d := range dirs {
		if err := fw.addTree(d); err != nil {
			w.Close()
			return nil, err
		}
		fw.trees = append(fw.trees, filepath.Clean(d))
	}
	for _, f := range files {
		if err := w.Add(filepath.Dir(f)); err != nil {
			w.Close()
			return nil, err
		}
		fw.files[filepath.Clean(f)] = true
	}
	go fw.loop()
	return fw, nil
}

// watched reports whether a change to p is one to report: p is a
// watched file or lies in a watched tree (and is not, say, a sibling of
// the settings file in the folder watched for it).
func (fw *fsWatcher) watched(p string) bool {
	if fw.files[filepath.Clean(p)] { // fsnotify names "./timeline.yaml" for a watch on "."
		return true
	}
	for _, t := range fw.trees {
		if rel, err := filepath.Rel(t, p); err == nil && rel != ".." && !strings.HasPrefix(rel, ".."+string(filepath.Separator)) {
			return true
		}
	}
	return false
}

func (fw *fsWatcher) addTree(dir string) error {
	return filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return nil // a folder vanished while walking; its parent is watched
		}
		if d.IsDir() {
			if p != dir && strings.HasPrefix(d.Name(), ".") {
				return filepath.SkipDir
			}
			return fw.w.Add(p)
		}
		return nil
	})
}

// Unknown is the change a watcher reports when it cannot name what
// changed (the system's queue of events overflowed): anything may have.
const Unknown = ""

// maxPending is how many changes a watcher holds for a slow reader;
// beyond that it reports Unknown.
const maxPending = 4096

func (fw *fsWatcher) loop() {
	defer close(fw.out)
	// Changes wait in pending until read: none is dropped, since a
	// rebuild reads again only the files it is told of.
	var pending []string
	add := func(p string) {
		switch {
		case len(pending) > 0 && pending[len(pending)-1] == p:
		case len(pending) >= maxPending:
			pending = append(pending[:0], Unknown)
		default:
			pending = append(pending, p)
		}
	}
	for {
		var out chan<- string
		var next string
		if len(pending) > 0 {
			out, next = fw.out, pending[0]
		}
		select {
		case ev, ok := <-fw.w.Events:
			if !ok {
				return
			}
			if ignoredName(ev.Name) || ev.Op == fsnotify.Chmod || !fw.watched(ev.Name) {
				continue
			}
			if ev.Op&fsnotify.Create != 0 {
				if info, err := os.Stat(ev.Name); err == nil && info.IsDir() {
					fw.addTree(ev.Name)
				}
			}
			if ev.Op&(fsnotify.Remove|fsnotify.Rename) != 0 && slices.Contains(fw.trees, filepath.Clean(ev.Name)) {
				go fw.awaitReturn(filepath.Clean(ev.Name))
			}
			add(ev.Name)
		case p := <-fw.returned:
			add(p) // a folder: the whole of it is checked
		case _, ok := <-fw.w.Errors:
			if !ok {
				return
			}
			add(Unknown) // fsnotify.ErrEventOverflow: events were lost
		case out <- next:
			pending = pending[1:]
		}
	}
}

// awaitReturn waits for a removed tree's folder to be back, watches it
// again and reports it.
func (fw *fsWatcher) awaitReturn(root string) {
	t := time.NewTicker(rearmEvery)
	defer t.Stop()
	for {
		select {
		case <-fw.done:
			return
		case <-t.C:
		}
		if info, err := os.Stat(root); err != nil || !info.IsDir() {
			continue
		}
		if fw.addTree(root) != nil {
			continue
		}
		select {
		case fw.returned <- root:
		case <-fw.done:
		}
		return
	}
}

func (fw *fsWatcher) Changes() <-chan string { return fw.out }
func (fw *fsWatcher) Close() error {
	fw.closing.Do(func() { close(fw.done) })
	return fw.w.Close()
}

// pollWatcher compares modification times and sizes every interval; it
// works where inotify does not (network drives, some containers).
type pollWatcher struct {
	out    chan string
	cancel context.CancelFunc
}

// NewPollWatcher polls dirs, and files (which need not exist yet), every
// interval.
func NewPollWatcher(dirs, files []string, interval time.Duration) Watcher {
	ctx, cancel := context.WithCancel(context.Background())
	pw := &pollWatcher{out: make(chan string, 64), cancel: cancel}
	dirs = append(slices.Clone(dirs), files...) // a walk from a file visits just it
	go func() {
		defer close(pw.out)
		prev := snapshot(dirs)
		t := time.NewTicker(interval)
		defer t.Stop()
		for {
			select {
			case <-ctx.Done():
				return
			case <-t.C:
				cur := snapshot(dirs)
				for p, s := range cur {
					if prev[p] != s {
						pw.send(ctx, p)
					}
				}
				for p := range prev {
					if _, ok := cur[p]; !ok {
						pw.send(ctx, p)
					}
				}
				prev = cur
			}
		}
	}()
	return pw
}

// send waits for the reader: a change dropped would not be rebuilt.
func (pw *pollWatcher) send(ctx context.Context, p string) {
	select {
	case pw.out <- p:
	case <-ctx.Done():
	}
}

type stamp struct {
	mod  time.Time
	size int64
}

func snapshot(dirs []string) map[string]stamp {
	m := map[string]stamp{}
	for _, d := range dirs {
		filepath.WalkDir(d, func(p string, e fs.DirEntry, err error) error {
			if err != nil || e.IsDir() || ignoredName(p) {
				return nil
			}
			if info, err := e.Info(); err == nil {
				m[p] = stamp{info.ModTime(), info.Size()}
			}
			return nil
		})
	}
	return m
}

func (pw *pollWatcher) Changes() <-chan string { return pw.out }
func (pw *pollWatcher) Close() error           { pw.cancel(); return nil }

// debounce collects changes until quiet has passed with none, then calls
// fire with the batch. It returns when changes closes or ctx ends.
func debounce(ctx context.Context, changes <-chan string, quiet time.Duration, fire func([]string)) {
	var batch []string
	var timer <-chan time.Time
	for {
		select {
		case <-ctx.Done():
			return
		case p, ok := <-changes:
			if !ok {
				return
			}
			batch = append(batch, p)
			timer = time.After(quiet)
		case <-timer:
			fire(batch)
			batch, timer = nil, nil
		}
	}
}
