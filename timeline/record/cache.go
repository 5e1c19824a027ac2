package record

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"sync"
	"time"

	"github.com/newsroom/timeline/timeline/article"
)

// Cache keeps records on disk, each under the hash of all it depends on:
// the article's path and bytes, the settings' key, the program (its
// version and a hash of its executable) and the record schema. Nothing else is trusted (no file times), so the
// folder is safe to delete, copy or share between checkouts; an entry
// that cannot be read is extracted again. Trim bounds its size.
type Cache struct {
	Dir string
	// MaxBytes bounds the folder (DefaultCacheBytes when 0): Trim removes
	// the entries used longest ago until it fits.
	MaxBytes int64
	// program names the running binary (programID), read once.
	once    sync.Once
	program string
}

// programID is a hash of the running executable: a development build
// ("dev") keeps one version string through every change to the code, and
// its records must not outlive the code that made them.
func programID() string {
	exe, err := os.Executable()
	if err != nil {
		return ""
	}
	f, err := os.Open(exe)
	if err != nil {
		return ""
	}
	defer f.Close()
	h := sha256.New()
	if _, err := io.Copy(h, f); err != nil {
		return ""
	}
	return hex.EncodeToString(h.Sum(nil)[:8])
}

// DefaultCacheBytes bounds a cache folder by default: records of about
// 30,000 news articles.
const DefaultCacheBytes = 512 << 20

// File returns the record of the article at rel in fsys, from the cache
// when it holds one for these bytes, else extracted by x and kept.
func (c *Cache) File(x *Extractor, fsys fs.FS, rel string) *Record {
	info, err := fs.Stat(fsys, rel)
	if err != nil || !info.Mode().IsRegular() || info.Size() > article.MaxSize {
		return x.File(fsys, rel) // it says what is wrong
	}
	src, err := fs.ReadFile(fsys, rel)
	if err != nil {
		return x.File(fsys, rel)
	}
	name := c.entry(x, rel, src)
	if line, err := os.ReadFile(name); err == nil {
		if r, err := Unmarshal(line); err == nil && r.Path == rel {
			now := time.Now()
			os.Chtimes(name, now, now) // used now: Trim keeps it longer
			return r
		}
	}
	r := x.Parse(rel, src)
	if line, err := r.Marshal(); err == nil {
		c.put(name, line) // a cache that cannot be written only costs time
	}
	return r
}

// entry is the file the record of src at rel is kept in.
func (c *Cache) entry(x *Extractor, rel string, src []byte) string {
	c.once.Do(func() { c.program = programID() })
	h := sha256.New()
	fmt.Fprintf(h, "schema %d\nversion %q %s\nsettings %s\npath %q\n%d\n", Schema, x.set.Version, c.program, x.key, rel, len(src))
	h.Write(src)
	sum := hex.EncodeToString(h.Sum(nil))
	return filepath.Join(c.Dir, sum[:2], sum[2:]+".json")
}

// put writes an entry whole (a rename), so a reader never sees half.
func (c *Cache) put(name string, line []byte) {
	if err := os.MkdirAll(filepath.Dir(name), 0o755); err != nil {
		return
	}
	tmp := name + ".tmp" + strconv.Itoa(os.Getpid())
	if err := os.WriteFile(tmp, line, 0o644); err != nil {
		os.Remove(tmp)
		return
	}
	if os.Rename(tmp, name) != nil {
		os.Remove(tmp)
	}
}

// Trim removes the entries used longest ago until the folder holds no
// more than MaxBytes.
func (c *Cache) Trim() error {
	limit := c.MaxBytes
	if limit <= 0 {
		limit = DefaultCacheBytes
	}
	type entry struct {
		path string
		size int64
		used int64
	}
	var all []entry
	var total int64
	err := filepath.WalkDir(c.Dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			if os.IsNotExist(err) {
				return filepath.SkipAll
			}
			return err
		}
		if d.IsDir() {
			return nil
		}
		info, err := d.Info()
		if err != nil {
			return nil // removed meanwhile
		}
		all = append(all, entry{p, info.Size(), info.ModTime().UnixNano()})
		total += info.Size()
		return nil
	})
	if err != nil || total <= limit {
		return err
	}
	sort.Slice(all, func(i, j int) bool { return all[i].used < all[j].used })
	for _, e := range all {
		if total <= limit {
			break
		}
		if err := os.Remove(e.path); err == nil || os.IsNotExist(err) {
			total -= e.size
		}
	}
	return nil
}
