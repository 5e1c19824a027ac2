package article

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"path"
	"path/filepath"
	"sort"
	"strings"

	"github.com/newsroom/timeline/timeline/internal/parallel"
	"github.com/newsroom/timeline/timeline/progress"
)

// Source files: .md and .markdown are Markdown articles, .txt scraped
// text, .html and .htm saved web pages. Files and folders whose names start with _ or . are skipped (they
// hold drafts, overrides and editor files); anything else is listed as
// ignored so a misnamed article is noticed.

// IsArticle reports whether a file name is read as an article.
func IsArticle(name string) bool {
	switch strings.ToLower(path.Ext(name)) {
	case ".md", ".markdown", ".txt", ".html", ".htm":
		return true
	}
	return false
}

// Skipped reports whether a file or folder name is skipped by design.
func Skipped(name string) bool {
	return strings.HasPrefix(name, "_") || strings.HasPrefix(name, ".")
}

// Found is the result of scanning a content folder.
type Found struct {
	Files   []string // article paths, slash-separated, relative, sorted
	Ignored []string // other files, relative
	// Outside are links to articles out of the folder, not in Files: a
	// careless link could publish /etc/passwd. The caller warns of each,
	// or reads them when told to follow links.
	Outside []Link
	// Unreadable are folders that could not be listed: their articles
	// are missing, so each is an error.
	Unreadable []error
}

// Link is a symbolic link and where it points, as written.
type Link struct{ Path, Target string }

// Discover walks fsys for article files. Symbolic links to files are
// followed (read through fsys) when they stay inside it; links to folders
// are not walked, so a link loop cannot hang a build.
func Discover(fsys fs.FS) (Found, error) {
	var f Found
	err := fs.WalkDir(fsys, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			if p == "." {
				return err
			}
			f.Unreadable = append(f.Unreadable, &Error{Path: p, Err: fmt.Errorf("cannot read the folder: %s", errText(err))})
			return nil
		}
		if p != "." && Skipped(d.Name()) {
			if d.IsDir() {
				return fs.SkipDir
			}
			return nil
		}
		if d.IsDir() {
			return nil
		}
		if IsArticle(d.Name()) {
			if target, out := leaves(fsys, p, d); out {
				f.Outside = append(f.Outside, Link{p, target})
				return nil
			}
			f.Files = append(f.Files, p)
		} else {
			f.Ignored = append(f.Ignored, p)
		}
		return nil
	})
	sort.Strings(f.Files)
	sort.Strings(f.Ignored)
	return f, err
}

// leaves reports whether the link at p leads out of fsys, lexically, as
// os.Root judges it: an absolute target, or one that climbs above the
// top, at any step of a chain of links. (A folder on the way that is
// itself a link is caught when the file is read through an os.Root.)
func leaves(fsys fs.FS, p string, d fs.DirEntry) (string, bool) {
	lfs, ok := fsys.(fs.ReadLinkFS)
	if !ok || d.Type()&fs.ModeSymlink == 0 {
		return "", false
	}
	first := ""
	for range 40 { // as many links as Linux follows
		target, err := lfs.ReadLink(p)
		if err != nil {
			return "", false // reading it says what is wrong
		}
		if first == "" {
			first = target
		}
		next := path.Join(path.Dir(p), filepath.ToSlash(target))
		if filepath.IsAbs(target) || next == ".." || strings.HasPrefix(next, "../") {
			return first, true
		}
		info, err := lfs.Lstat(next)
		if err != nil || info.Mode()&fs.ModeSymlink == 0 {
			return "", false
		}
		p = next
	}
	return "", false
}

func errText(err error) string {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err.Error()
	}
	return err.Error()
}

// ReadAll reads every article in fsys, in parallel, and returns them in
// path order with every error found (one per bad file). Drafts are read
// and returned; the caller decides whether to publish them. Duplicate ids
// are errors naming both files.
func (r *Reader) ReadAll(ctx context.Context, fsys fs.FS, files []string) ([]*Article, []error) {
	arts := make([]*Article, len(files))
	errs := make([]error, len(files))
	p := progress.Or(r.Progress)
	parallel.Do(ctx, len(files), func(i int) { arts[i], errs[i] = r.ReadFile(fsys, files[i]); p.Add(1) })
	if err := ctx.Err(); err != nil {
		return nil, []error{err}
	}
	return Collect(arts, errs)
}

// Collect turns per-file results (in path order) into the articles and
// the errors, refusing a second article with an id already taken.
func Collect(arts []*Article, errs []error) ([]*Article, []error) {
	out := make([]*Article, 0, len(arts))
	var all []error
	byID := make(map[string]string, len(arts)) // grown from empty, 10,000 ids were rehashed again and again at every rebuild
	for i, a := range arts {
		if errs[i] != nil {
			all = append(all, errs[i])
			continue
		}
		if prev, ok := byID[a.ID]; ok {
			all = append(all, errorf(a.Path, 0, "has the same id %q as %s: rename one of them", a.ID, prev))
			continue
		}
		byID[a.ID] = a.Path
		out = append(out, a)
	}
	return out, all
}

// ReadFile reads and parses one article file.
func (r *Reader) ReadFile(fsys fs.FS, rel string) (*Article, error) {
	info, err := fs.Stat(fsys, rel)
	if err != nil {
		return nil, &Error{Path: rel, Err: fmt.Errorf("cannot read: %s", errText(err))}
	}
	if limit := maxSize(rel); info.Size() > limit {
		return nil, tooBig(rel, info.Size(), limit)
	}
	if !info.Mode().IsRegular() {
		return nil, errorf(rel, 0, "not a regular file")
	}
	src, err := fs.ReadFile(fsys, rel)
	if err != nil {
		return nil, &Error{Path: rel, Err: fmt.Errorf("cannot read: %s", errText(err))}
	}
	return r.Parse(rel, src)
}
