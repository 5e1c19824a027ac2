package timeline

import (
	"errors"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"slices"
	"strings"

	"github.com/newsroom/timeline/timeline/article"
)

// What a cached rebuild looks at: the paths serve's watcher named since
// the last build, not every file of the content folder (Config.Changed).

// listing is what a build found in its content folder.
type listing struct {
	source string
	found  article.Found
}

// changedOnly returns the articles in source as the last build found
// them, brought up to date with the paths named as changed since, and
// those paths: only they need looking at again. ok is false when every
// file must be checked: no changes named, another folder built last, or
// a change the listing cannot take in (a folder added, or a path gone
// that was no file it listed: perhaps a folder).
func (c *Cache) changedOnly(source string, changed []string) (found article.Found, only map[string]bool, ok bool) {
	if c == nil || changed == nil {
		return found, nil, false
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	c.pending = append(c.pending, changed...) // until a build reads them (found)
	// Links out and unreadable folders are found by a walk only.
	if c.listed == nil || c.listed.source != source || len(c.listed.found.Outside) > 0 || len(c.listed.found.Unreadable) > 0 {
		return found, nil, false
	}
	files := slices.Clone(c.listed.found.Files)
	ignored := slices.Clone(c.listed.found.Ignored)
	only = map[string]bool{}
	for _, p := range c.pending {
		p = path.Clean(p)
		if p == "." || p == ".." || strings.HasPrefix(p, "../") || path.IsAbs(p) {
			return found, nil, false
		}
		if slices.ContainsFunc(strings.Split(p, "/"), article.Skipped) {
			continue // in a folder, or a file, that no build reads
		}
		info, err := os.Lstat(filepath.Join(source, filepath.FromSlash(p)))
		switch {
		case errors.Is(err, fs.ErrNotExist):
			var was bool
			if files, was = remove(files, p); !was {
				if ignored, was = remove(ignored, p); !was {
					return found, nil, false
				}
			}
		case err != nil || info.IsDir() || info.Mode()&fs.ModeSymlink != 0:
			return found, nil, false
		case article.IsArticle(p):
			files, only[p] = insert(files, p), true
		default:
			ignored = insert(ignored, p)
		}
	}
	return article.Found{Files: files, Ignored: ignored}, only, true
}

// found keeps what a build found in source, once it has read it all.
func (c *Cache) found(source string, f article.Found) {
	if c == nil {
		return
	}
	c.mu.Lock()
	c.listed, c.pending = &listing{source, f}, nil
	c.mu.Unlock()
}

// insert adds p to a sorted list that may hold it.
func insert(list []string, p string) []string {
	i, ok := slices.BinarySearch(list, p)
	if ok {
		return list
	}
	return slices.Insert(list, i, p)
}

// remove takes p out of a sorted list, reporting whether it was there.
func remove(list []string, p string) ([]string, bool) {
	i, ok := slices.BinarySearch(list, p)
	if !ok {
		return list, false
	}
	return slices.Delete(list, i, i+1), true
}

// ChangedPaths turns the paths a watcher reported into paths under the
// content folder, for Config.Changed: nil (check every file) for a first
// build (reported nil), when a path is outside the folder (a template), or
// when one is empty: the watcher could not tell what changed
// (server.Unknown).
func ChangedPaths(source string, reported []string) []string {
	if reported == nil {
		return nil
	}
	root, err := filepath.Abs(source)
	if err != nil {
		return nil
	}
	out := make([]string, 0, len(reported))
	for _, p := range reported {
		if p == "" {
			return nil
		}
		abs, err := filepath.Abs(p)
		if err != nil {
			return nil
		}
		rel, err := filepath.Rel(root, abs)
		if err != nil || rel == ".." || strings.HasPrefix(rel, ".."+string(filepath.Separator)) {
			return nil
		}
		out = append(out, filepath.ToSlash(rel))
	}
	return out
}
