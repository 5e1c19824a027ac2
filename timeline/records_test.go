package timeline

import (
	"bytes"
	"context"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/newsroom/timeline/timeline/article"
	"github.com/newsroom/timeline/timeline/record"
)

// extractAll makes the record of every article in cfg.Source and sends
// each through JSON and back, as records travel between machines.
func extractAll(t *testing.T, cfg Config) []*record.Record {
	t.Helper()
	x, err := NewExtractor(cfg)
	if err != nil {
		t.Fatal(err)
	}
	fsys := os.DirFS(cfg.Source)
	found, err := article.Discover(fsys)
	if err != nil {
		t.Fatal(err)
	}
	var recs []*record.Record
	// In reverse: the merge must not depend on the order records come in.
	for i := len(found.Files) - 1; i >= 0; i-- {
		line, err := x.File(fsys, found.Files[i]).Marshal()
		if err != nil {
			t.Fatal(err)
		}
		r, err := record.Unmarshal(line)
		if err != nil {
			t.Fatalf("%s: %v", found.Files[i], err)
		}
		if again, _ := r.Marshal(); !bytes.Equal(again, line) {
			t.Fatalf("%s: the record changes when read back and written again", found.Files[i])
		}
		recs = append(recs, r)
	}
	return recs
}

// recordsSameSite builds cfg from its files and from its records and fails
// unless both write the same site, byte for byte.
func recordsSameSite(t *testing.T, cfg Config) {
	t.Helper()
	dir := t.TempDir()
	direct, fromRecords := cfg, cfg
	direct.Output, fromRecords.Output = filepath.Join(dir, "direct"), filepath.Join(dir, "records")
	res, err := Build(context.Background(), direct)
	var be *BuildError
	if err != nil && !(cfg.KeepGoing && errors.As(err, &be)) {
		t.Fatal(err)
	}
	res2, err2 := BuildRecords(context.Background(), fromRecords, extractAll(t, cfg))
	if (err == nil) != (err2 == nil) || (err != nil && err.Error() != err2.Error()) {
		t.Fatalf("build: %v\nfrom records: %v", err, err2)
	}
	if !reflect.DeepEqual(res.Warnings, res2.Warnings) {
		t.Errorf("warnings differ:\nbuild: %q\nfrom records: %q", res.Warnings, res2.Warnings)
	}
	a, b := readTree(t, direct.Output), readTree(t, fromRecords.Output)
	if len(a) == 0 || a["events.json"] == "" {
		t.Fatal("the build wrote no events.json")
	}
	for name, want := range a {
		if b[name] != want {
			t.Errorf("%s differs between the build and the build from records", name)
		}
	}
	for name := range b {
		if _, ok := a[name]; !ok {
			t.Errorf("%s is written only from records", name)
		}
	}
}

// TestRecordsBuildSame: records made one article at a time, sent through
// JSON and merged give the site a build gives, byte for byte: on the
// demo, on articles that exercise what a record must carry (a dateline's
// named zone, an undated article, drafts, a bad file, an outlets map),
// and on a Timeline17 topic when the corpus is present.
func TestRecordsBuildSame(t *testing.T) {
	t.Run("demo", func(t *testing.T) { recordsSameSite(t, Config{Source: "../content"}) })
	t.Run("edge cases", func(t *testing.T) {
		src := filepath.Join(t.TempDir(), "content")
		writeContent(t, src, map[string]string{
			"a.md":          "---\ntitle: Vote\ndate: 2014-12-17 23:29 -05:00\noutlet: Ledger\n---\nLate Wednesday the council voted on the budget; on Tuesday it had delayed the vote.\n",
			"zoned.txt":     "Budget passes\n\nDec. 18, 2014 9:15 a.m. EST\n\nThe council passed the budget on Thursday morning after a vote on Wednesday night.\n",
			"pacific.md":    "---\ntitle: West\ndate: 2014-12-18 08:00\ntimezone: America/Los_Angeles\noutlet: Coast Daily\n---\nThe mayor signed the budget on Thursday morning.\n",
			"undated.md":    "---\ntitle: Undated\n---\nThe council voted on the budget on Wednesday and passed it on Thursday.\n",
			"draft.md":      "---\ntitle: Draft\ndate: 2014-12-19\ndraft: true\n---\nThe mayor spoke on Friday.\n",
			"empty.txt":     "   \n",
			"wire/w.txt":    "The vote\n\nDec. 17, 2014\n\nCouncil members voted late on Wednesday.\n",
			"_outlets.yaml": "- files: wire/\n  outlet: City Wire\n",
		})
		recordsSameSite(t, Config{Source: src, KeepGoing: true, KeyDates: 2})
		recordsSameSite(t, Config{Source: src, KeepGoing: true, Drafts: true, DCT: time.Date(2014, 12, 20, 0, 0, 0, 0, time.UTC), Zone: time.FixedZone("EST", -5*3600)})
	})
	topic := filepath.Join(t17Dir, "MJ", "content")
	if _, err := os.Stat(topic); err != nil {
		t.Logf("skipping the Timeline17 topic: %s not found", topic)
		return
	}
	t.Run("t17 MJ", func(t *testing.T) { recordsSameSite(t, Config{Source: topic, KeepGoing: true}) })
}

// TestRecordsRefuseMixing: records made by another version or with other
// settings are not merged with the rest, and a record of another schema
// is not read.
func TestRecordsRefuseMixing(t *testing.T) {
	recs := extractAll(t, Config{Source: "../content"})
	for _, c := range []struct {
		name   string
		change func(r *record.Record)
		want   string
	}{
		{"version", func(r *record.Record) { r.Version = "v0.0.1" }, "extracted by timeline"},
		{"settings", func(r *record.Record) { r.Settings = "0000" }, "different settings"},
		{"twice", func(r *record.Record) { r.Path = recs[0].Path }, "two records of one article"},
	} {
		mixed := append([]*record.Record(nil), recs...)
		r := *mixed[1]
		c.change(&r)
		mixed[1] = &r
		_, err := LoadRecords(context.Background(), Config{}, nil, mixed)
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%s: got %v, want an error saying %q", c.name, err, c.want)
		}
	}
	line, _ := recs[0].Marshal()
	if _, err := record.Unmarshal(bytes.Replace(line, []byte(`"schema":1`), []byte(`"schema":99`), 1)); err == nil || !strings.Contains(err.Error(), "schema 99") {
		t.Errorf("a record of schema 99 was read: %v", err)
	}
}

// TestRecordCacheBuildSame: a build through the on-disk record cache,
// cold and then warm (after an edit, an addition, and a damaged entry),
// writes the site a clean build writes, byte for byte; the cache stays
// within its bound, and it is refused inside the output or content folder.
func TestRecordCacheBuildSame(t *testing.T) {
	dir := t.TempDir()
	src := filepath.Join(dir, "content")
	os.CopyFS(src, os.DirFS("../content"))
	writeContent(t, src, map[string]string{
		"undated.md": "---\ntitle: Undated\n---\nThe studio canceled the release on Wednesday.\n",
		"notes.csv":  "a,b\n",
		"broken.md":  "---\ntitle: [unclosed\n---\nBody.\n",
	})
	cache := &record.Cache{Dir: filepath.Join(dir, "records")}
	build := func(name string, records *record.Cache) map[string]string {
		t.Helper()
		cfg := Config{Source: src, Output: filepath.Join(dir, name), Records: records, KeepGoing: true, Zone: time.FixedZone("EST", -5*3600)}
		res, err := Build(context.Background(), cfg)
		var be *BuildError
		if !errors.As(err, &be) || len(be.Errs) != 1 {
			t.Fatalf("%s: got %v, want broken.md's error", name, err)
		}
		if records != nil && !strings.Contains(strings.Join(res.Warnings, "\n"), "notes.csv: ignored") {
			t.Errorf("%s: the cached build lost the warning of an ignored file: %q", name, res.Warnings)
		}
		return readTree(t, cfg.Output)
	}
	same := func(step string) {
		t.Helper()
		clean, cold, warm := build("clean", nil), build("cold", cache), build("warm", cache)
		for _, got := range []map[string]string{cold, warm} {
			if !reflect.DeepEqual(got, clean) {
				for name := range clean {
					if got[name] != clean[name] {
						t.Errorf("%s: %s differs from a clean build's", step, name)
					}
				}
			}
		}
		os.RemoveAll(cache.Dir) // the next cold build starts empty
	}
	same("demo")
	writeContent(t, src, map[string]string{"metro-wire/late.txt": "Late word\n\nDec. 20, 2014\n\nThe studio said on Saturday it would release the film online.\n"})
	same("an article added")
	// A damaged entry is extracted again, not trusted.
	build("fill", cache)
	entries, _ := filepath.Glob(filepath.Join(cache.Dir, "*", "*.json"))
	if len(entries) == 0 {
		t.Fatal("the cache kept no records")
	}
	for _, e := range entries {
		os.WriteFile(e, []byte(`{"schema":1,"path":"elsewhere.md"`), 0o644)
	}
	if got, clean := build("damaged", cache), build("clean", nil); !reflect.DeepEqual(got, clean) {
		t.Error("a build over damaged cache entries differs from a clean one")
	}
	// Bounded: past MaxBytes the entries used longest ago go.
	small := &record.Cache{Dir: cache.Dir, MaxBytes: 20 << 10}
	build("small", small)
	var total int64
	filepath.WalkDir(cache.Dir, func(p string, d fs.DirEntry, err error) error {
		if info, err := d.Info(); err == nil && !d.IsDir() {
			total += info.Size()
		}
		return nil
	})
	if total > small.MaxBytes || total == 0 {
		t.Errorf("the cache holds %d bytes, bound %d", total, small.MaxBytes)
	}
	for _, bad := range []string{filepath.Join(dir, "out", "records"), filepath.Join(src, "_records")} {
		err := Config{Source: src, Output: filepath.Join(dir, "out"), Records: &record.Cache{Dir: bad}}.Check()
		if err == nil {
			t.Errorf("a record cache at %s was taken", bad)
		}
	}
}
