package article

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"path"
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
}

// Discover walks fsys for article files. Symbolic links to files are
// followed (read through fsys); links to folders are not walked, so a link
// loop cannot hang a build.
func Discover(fsys fs.FS) (Found, error) {
	var f Found
	err := fs.WalkDir(fsys, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			if p == "." {
				return err
			}
			f.Ignored = append(f.Ignored, p+" (unreadable: "+errText(err)+")")
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
	var out []*Article
	var all []error
	byID := map[string]string{}
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
