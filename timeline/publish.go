package timeline

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"math/rand/v2"
	"os"
	"path"
	"path/filepath"
	"strconv"
	"strings"
	"sync"

	"github.com/newsroom/timeline/timeline/site"
)

// The output folder is replaced whole or not at all: the site renders into
// a temporary folder beside it, then two renames swap it in. A build that
// fails, or is killed, leaves the previous site where it was; temporary
// folders a killed build left behind are cleared by the next one. One
// process at a time writes a folder (lockOutput): the temporary folders
// found beside it while the lock is held are a dead build's, never a
// running one's.

const (
	tmpPrefix  = ".timeline-build-"
	oldPrefix  = ".timeline-old-"
	lockPrefix = ".timeline-lock-"
	// marker is written into every site timeline builds, so that a folder
	// the user made is never replaced.
	marker = ".timeline-site"
)

// dirWriter writes files under a fresh folder it made itself, refusing
// names that would leave it. (The folder is new and only we write to it,
// so no symlink can be in the way; checking names is enough, and much
// cheaper per file than resolving every path through an os.Root.)
//
// Writing is handed to a few goroutines of its own: a page waiting on the
// disk then does not hold up the drawing of the next (drawing uses every
// core; writing mostly waits). close waits for them and reports the first
// failure.
//
// A file whose bytes are those of the same file in the site being
// replaced (prev) is hard-linked from it instead of written: on this kind
// of disk making a new file costs some 30 times a link, and a rebuild
// leaves most files as they were. Nothing in prev is ever written to, so
// a reader of the live site is never disturbed.
//
// The site's folders (articles/ holds a file per article) are made under
// a name of their own, random, and given their names by close. On ext4
// without a journal, making a file skips every inode of its block group
// freed in the last minutes, one by one from the group's start: after a
// site of 10,000 files was deleted (the site a build replaces, any other
// program's temporary files) each new file cost up to a millisecond of
// kernel time. With dir marked a top folder (spreadFolders), ext4 puts
// each folder made in it in a group chosen from its name, so a random
// name is most often a group nothing was freed in.
type dirWriter struct {
	dir   string
	prev  string // the site being replaced, "" when there is none
	mu    sync.Mutex
	dirs  map[string]string // a site folder made, and where it is on disk
	named [][2]string       // the top folders to name at close: where, name
	queue chan pendingFile
	wg    sync.WaitGroup
	err   error // first write error, under mu
	// streams are WriteStream's buffers, reused: a build streams a few
	// dozen files, and a buffer made for each was 3% of the bytes a
	// Timeline17 build allocates.
	streams sync.Pool
}

type pendingFile struct {
	name string
	data []byte
}

// writers is how many files are written at once.
const writers = 8

func newDirWriter(dir, prev string) *dirWriter {
	spreadFolders(dir)
	w := &dirWriter{dir: dir, prev: prev, dirs: map[string]string{}, queue: make(chan pendingFile, 4*writers)}
	for range writers {
		w.wg.Add(1)
		go func() {
			defer w.wg.Done()
			block := make([]byte, 32<<10) // this writer's, for comparing files
			for f := range w.queue {
				if err := w.write(f.name, f.data, block); err != nil {
					w.mu.Lock()
					if w.err == nil {
						w.err = err
					}
					w.mu.Unlock()
				}
			}
		}()
	}
	return w
}

func (w *dirWriter) WriteFile(name string, data []byte) error {
	name, err := w.accept(name)
	if err != nil {
		return err
	}
	w.queue <- pendingFile{name, data}
	return nil
}

// accept checks name for the site and returns it cleaned, or the first
// write error so far: after one, nothing more is written.
func (w *dirWriter) accept(name string) (string, error) {
	name, err := siteName(name)
	if err != nil {
		return "", err
	}
	w.mu.Lock()
	defer w.mu.Unlock()
	return name, w.err
}

// WriteStream writes the file name as draw writes it, straight into the
// new folder: a large export is never whole in memory. (It is not linked
// from the previous site when unchanged: an export changes with any
// article, and these are a handful of files.)
func (w *dirWriter) WriteStream(name string, draw func(io.Writer) error) error {
	name, err := w.accept(name)
	if err != nil {
		return err
	}
	dst, err := w.path(name)
	if err != nil {
		return err
	}
	f, err := os.OpenFile(dst, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o644)
	if err != nil {
		return err
	}
	bw, _ := w.streams.Get().(*bufio.Writer)
	if bw == nil {
		bw = bufio.NewWriterSize(f, 256<<10)
	} else {
		bw.Reset(f)
	}
	err = draw(bw)
	if err == nil {
		err = bw.Flush()
	}
	bw.Reset(nil) // let go of f
	w.streams.Put(bw)
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	return err
}

// path is where on disk the site file name (cleaned by accept) is
// written, its folder made.
func (w *dirWriter) path(name string) (string, error) {
	dir, err := w.mkdir(path.Dir(name))
	if err != nil {
		return "", err
	}
	return filepath.Join(dir, path.Base(name)), nil
}

// mkdir makes the folder dir of the new site (slash-separated, "." for
// its root) once, and returns where it is on disk: a top folder is made
// under a random name, which close changes to its own.
func (w *dirWriter) mkdir(dir string) (string, error) {
	if dir == "." {
		return w.dir, nil
	}
	w.mu.Lock()
	defer w.mu.Unlock()
	if d, ok := w.dirs[dir]; ok {
		return d, nil
	}
	top, rest, nested := strings.Cut(dir, "/")
	d, ok := w.dirs[top]
	if !ok {
		var err error
		if d, err = makeTemp(w.dir, tmpPrefix+top+"-", 0o755); err != nil { // as MkdirAll makes the others
			return "", err
		}
		w.dirs[top] = d
		w.named = append(w.named, [2]string{d, filepath.Join(w.dir, top)})
	}
	if nested {
		d = filepath.Join(d, filepath.FromSlash(rest))
		if err := os.MkdirAll(d, 0o755); err != nil {
			return "", err
		}
		w.dirs[dir] = d
	}
	return d, nil
}

// close waits for every queued file, gives the top folders their names
// and returns the first error.
func (w *dirWriter) close() error {
	close(w.queue)
	w.wg.Wait()
	if w.err != nil {
		return w.err
	}
	for _, n := range w.named {
		if err := os.Rename(n[0], n[1]); err != nil {
			return err
		}
	}
	return nil
}

func (w *dirWriter) write(name string, data, block []byte) error {
	dst, err := w.path(name)
	if err != nil {
		return err
	}
	// The marker is always new: its identity tells serve whether the
	// site it wrote is still the one in place.
	if w.prev != "" && name != marker {
		src := filepath.Join(w.prev, filepath.FromSlash(name))
		if sameBytes(src, data, block) && os.Link(src, dst) == nil {
			return nil
		}
	}
	return os.WriteFile(dst, data, 0o644)
}

// sameBytes reports whether the regular file at path holds exactly data.
// It compares a block at a time through the caller's buffer, so checking
// a large site makes no garbage the size of the site.
func sameBytes(path string, data, block []byte) bool {
	info, err := os.Lstat(path)
	if err != nil || !info.Mode().IsRegular() || info.Size() != int64(len(data)) {
		return false
	}
	f, err := os.Open(path)
	if err != nil {
		return false
	}
	defer f.Close()
	for off := 0; off < len(data); {
		n, err := io.ReadFull(f, block[:min(len(block), len(data)-off)])
		if err != nil || !bytes.Equal(block[:n], data[off:off+n]) {
			return false
		}
		off += n
	}
	return true
}

// siteName cleans a file name a renderer gives and refuses one that
// would leave the site.
func siteName(name string) (string, error) {
	name = path.Clean(name)
	if !fsValidPath(name) {
		return "", fmt.Errorf("refusing to write %q outside the site", name)
	}
	return name, nil
}

func fsValidPath(name string) bool {
	return name != "" && name != "." && !strings.HasPrefix(name, "/") && !strings.HasPrefix(name, "../") && name != ".." &&
		!strings.Contains(name, "/../") && !strings.Contains(name, "\\") && !strings.ContainsRune(name, 0)
}

// Publish renders into a fresh folder beside out with render, then swaps
// it in for out. When out is a symbolic link, the folder it names is
// replaced and the link kept.
func Publish(ctx context.Context, out string, render func(w site.Writer) error) error {
	out, unlock, err := openOutput(out)
	if err != nil {
		return err
	}
	defer unlock()
	return publishLocked(ctx, out, render)
}

// openOutput resolves out (through a link) and takes its lock.
func openOutput(out string) (string, func(), error) {
	out, err := resolveOutput(out)
	if err != nil {
		return "", nil, err
	}
	if err := os.MkdirAll(filepath.Dir(out), 0o755); err != nil {
		return "", nil, fmt.Errorf("output folder: %w", err)
	}
	unlock, err := lockOutput(out)
	if err != nil {
		return "", nil, err
	}
	return out, unlock, nil
}

// resolveOutput is the folder out names: out itself, or where the link
// out is points (replacing the link with a folder would lose where the
// user meant the site to go).
func resolveOutput(out string) (string, error) {
	out = filepath.Clean(out)
	info, err := os.Lstat(out)
	if err != nil || info.Mode()&os.ModeSymlink == 0 {
		return out, nil
	}
	target, err := filepath.EvalSymlinks(out)
	if err != nil {
		dest, _ := os.Readlink(out)
		return "", fmt.Errorf("output %s is a link to %s, which does not exist: make that folder, or choose another --output", out, dest)
	}
	return target, nil
}

// publishLocked is Publish once out is resolved and locked.
func publishLocked(ctx context.Context, out string, render func(w site.Writer) error) error {
	parent := filepath.Dir(out)
	if err := checkOutput(out); err != nil {
		return err
	}
	recoverInterrupted(out)
	cleanStale(parent, filepath.Base(out))
	tmp, err := makeTemp(parent, tmpPrefix+filepath.Base(out)+"-", 0o777)
	if err != nil {
		return fmt.Errorf("output folder: %w", err)
	}
	ok := false
	defer func() {
		if !ok {
			os.RemoveAll(tmp)
		}
	}()
	prev := ""
	if _, err := os.Stat(filepath.Join(out, marker)); err == nil {
		prev = out
	}
	w := newDirWriter(tmp, prev)
	err = render(w)
	if err == nil {
		err = w.WriteFile(marker, []byte("This folder is written by timeline build and replaced whole on every build.\n"))
	}
	if cerr := w.close(); err == nil {
		err = cerr
	}
	if err != nil {
		return err
	}
	if err := ctx.Err(); err != nil {
		return err
	}
	if err := swap(tmp, out); err != nil {
		return err
	}
	ok = true
	return nil
}

// makeTemp makes a new folder named prefix and a random suffix, with
// mode perm less the umask (os.MkdirTemp makes it 0700, and the site,
// once swapped in, would be closed to a web server running as another
// user).
func makeTemp(parent, prefix string, perm os.FileMode) (string, error) {
	for range 100 {
		name := filepath.Join(parent, prefix+strconv.FormatUint(rand.Uint64(), 36))
		err := os.Mkdir(name, perm)
		if err == nil {
			return name, nil
		}
		if !errors.Is(err, fs.ErrExist) {
			return "", err
		}
	}
	return "", fmt.Errorf("no free name for a temporary folder in %s", parent)
}

// checkOutput refuses to replace a folder timeline did not make.
func checkOutput(out string) error {
	info, err := os.Stat(out)
	if errors.Is(err, os.ErrNotExist) {
		return nil
	}
	if err != nil {
		return fmt.Errorf("output folder: %w", err)
	}
	if !info.IsDir() {
		return fmt.Errorf("output %s exists and is not a folder; choose another --output", out)
	}
	if _, err := os.Stat(filepath.Join(out, marker)); err == nil {
		return nil
	}
	entries, err := os.ReadDir(out)
	if err != nil {
		return fmt.Errorf("output folder: %w", err)
	}
	if len(entries) > 0 {
		return fmt.Errorf("output folder %s holds files timeline did not write; it will not replace them: empty it, remove it or choose another --output", out)
	}
	return nil
}

// swap replaces out with tmp: in one atomic exchange where the system
// has it (readers never see the site missing), else with two renames.
func swap(tmp, out string) error {
	parent, base := filepath.Dir(out), filepath.Base(out)
	old := ""
	if _, err := os.Stat(out); err == nil {
		if exchange(tmp, out) == nil {
			os.RemoveAll(tmp) // tmp now holds the old site
			return nil
		}
		d, err := os.MkdirTemp(parent, oldPrefix+base+"-")
		if err != nil {
			return err
		}
		os.Remove(d)
		if err := os.Rename(out, d); err != nil {
			return fmt.Errorf("moving the old site aside: %w", err)
		}
		old = d
	}
	if err := os.Rename(tmp, out); err != nil {
		if old != "" {
			os.Rename(old, out)
		}
		return fmt.Errorf("swapping in the new site: %w", err)
	}
	if old != "" {
		os.RemoveAll(old)
	}
	return nil
}

// recoverInterrupted puts the old site back when a build was killed
// between the two renames of a swap.
func recoverInterrupted(out string) {
	if _, err := os.Stat(out); err == nil {
		return
	}
	olds, _ := filepath.Glob(filepath.Join(filepath.Dir(out), oldPrefix+filepath.Base(out)+"-*"))
	if len(olds) > 0 {
		os.Rename(olds[len(olds)-1], out)
	}
}

// cleanStale removes temporary folders killed builds left behind.
func cleanStale(parent, base string) {
	for _, p := range []string{tmpPrefix, oldPrefix} {
		stale, _ := filepath.Glob(filepath.Join(parent, p+base+"-*"))
		for _, s := range stale {
			os.RemoveAll(s)
		}
	}
}
