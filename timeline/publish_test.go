package timeline

import (
	"context"
	"errors"
	"io"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"

	"github.com/newsroom/timeline/timeline/site"
)

func writeIndex(body string) func(w site.Writer) error {
	return func(w site.Writer) error { return w.WriteFile("index.html", []byte(body)) }
}

// The output folder gets the mode the umask gives, like its subfolders:
// 0700 locked out a web server running as another user.
func TestOutputFolderModeFromUmask(t *testing.T) {
	old := syscall.Umask(0o022)
	defer syscall.Umask(old)
	out := filepath.Join(t.TempDir(), "public")
	if err := Publish(context.Background(), out, writeIndex("x")); err != nil {
		t.Fatal(err)
	}
	info, err := os.Stat(out)
	if err != nil {
		t.Fatal(err)
	}
	if got := info.Mode().Perm(); got != 0o755 {
		t.Errorf("output folder mode %o under umask 022, want 755", got)
	}
}

// An output that is a link is written through: the folder it names is
// replaced and the link stays. A link to nothing is refused, saying so.
func TestOutputSymlink(t *testing.T) {
	dir := t.TempDir()
	target, link := filepath.Join(dir, "sites", "news"), filepath.Join(dir, "public")
	if err := Publish(context.Background(), target, writeIndex("old")); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink(target, link); err != nil {
		t.Fatal(err)
	}
	if err := Publish(context.Background(), link, writeIndex("new")); err != nil {
		t.Fatal(err)
	}
	if info, err := os.Lstat(link); err != nil || info.Mode()&os.ModeSymlink == 0 {
		t.Fatalf("the link was replaced: %v", err)
	}
	if b, _ := os.ReadFile(filepath.Join(target, "index.html")); string(b) != "new" {
		t.Errorf("target's index.html = %q, want the new site", b)
	}
	dangling := filepath.Join(dir, "gone")
	os.Symlink(filepath.Join(dir, "nowhere"), dangling)
	err := Publish(context.Background(), dangling, writeIndex("x"))
	if err == nil || !strings.Contains(err.Error(), "is a link to "+filepath.Join(dir, "nowhere")+", which does not exist") {
		t.Errorf("dangling link: %v", err)
	}
}

// While one process holds the output's lock, another build into it fails
// at once, naming the holder, and touches nothing; once it is let go,
// builds go on.
func TestOutputLock(t *testing.T) {
	dir := t.TempDir()
	out := filepath.Join(dir, "public")
	if err := Publish(context.Background(), out, writeIndex("first")); err != nil {
		t.Fatal(err)
	}
	unlock, err := lockOutput(out)
	if err != nil {
		t.Fatal(err)
	}
	// A temporary folder the holder is writing must survive.
	busy := filepath.Join(dir, tmpPrefix+"public-busy")
	writeContent(t, busy, map[string]string{"index.html": "half"})
	err = Publish(context.Background(), out, writeIndex("second"))
	want := "another timeline build is writing " + out + " (pid "
	if err == nil || !strings.Contains(err.Error(), want) {
		t.Errorf("build while locked: %v, want %q", err, want)
	}
	if _, err := os.Stat(busy); err != nil {
		t.Error("the holder's temporary folder was removed")
	}
	// serve's rebuilds, which write in place, take the same lock.
	content := filepath.Join(dir, "content")
	writeContent(t, content, map[string]string{"a.md": okArticle})
	if _, err := Build(context.Background(), Config{Source: content, Output: out, Cache: NewCache()}); err == nil || !strings.Contains(err.Error(), want) {
		t.Errorf("cached build while locked: %v", err)
	}
	unlock()
	if err := Publish(context.Background(), out, writeIndex("third")); err != nil {
		t.Fatal(err)
	}
	if b, _ := os.ReadFile(filepath.Join(out, "index.html")); string(b) != "third" {
		t.Errorf("index.html = %q", b)
	}
}

// Settings that would publish something unsafe or broken are refused
// before anything is read or written.
func TestConfigCheck(t *testing.T) {
	dir := t.TempDir()
	content := filepath.Join(dir, "content")
	writeContent(t, content, map[string]string{"a.md": okArticle})
	tests := []struct {
		name        string
		cfg         Config
		wantErrPart string
	}{
		{"javascript base URL", Config{Source: content, Output: filepath.Join(dir, "public"), Site: site.Config{BaseURL: "javascript:alert(3)//"}}, `base URL "javascript:alert(3)//": give the http:// or https://`},
		{"base URL without host", Config{Source: content, Output: filepath.Join(dir, "public"), Site: site.Config{BaseURL: "https:///x"}}, "base URL"},
		{"output inside source", Config{Source: content, Output: filepath.Join(content, "public")}, "is inside the content folder"},
		{"output is source", Config{Source: content, Output: content}, "is inside the content folder"},
		{"source inside output", Config{Source: content, Output: dir}, "is inside the output folder"},
		{"https base URL", Config{Source: content, Output: filepath.Join(dir, "public"), Site: site.Config{BaseURL: "https://example.org/sony/"}}, ""},
		{"http base URL", Config{Source: content, Output: filepath.Join(dir, "out"), Site: site.Config{BaseURL: "http://localhost:8080/"}}, ""},
	}
	for _, tt := range tests {
		_, err := Build(context.Background(), tt.cfg)
		switch {
		case tt.wantErrPart == "" && err != nil:
			t.Errorf("%s: %v", tt.name, err)
		case tt.wantErrPart != "" && (err == nil || !strings.Contains(err.Error(), tt.wantErrPart)):
			t.Errorf("%s: error %v, want one containing %q", tt.name, err, tt.wantErrPart)
		}
	}
	if _, err := os.Stat(filepath.Join(content, "public")); err == nil {
		t.Error("a refused build wrote into the content folder")
	}
}

// A file written as it is drawn (site.Stream) goes into the new site
// folder like any other, and a drawing that fails part way fails the
// build with the previous site left whole and no temporary folder.
func TestStreamedFilePublishedWhole(t *testing.T) {
	dir := t.TempDir()
	out := filepath.Join(dir, "public")
	stream := func(body string, fail error) func(w site.Writer) error {
		return func(w site.Writer) error {
			return site.Stream(w, "data/events.json", func(o io.Writer) error {
				io.WriteString(o, body)
				return fail
			})
		}
	}
	if err := Publish(context.Background(), out, stream(`{"old":1}`, nil)); err != nil {
		t.Fatal(err)
	}
	if b, _ := os.ReadFile(filepath.Join(out, "data", "events.json")); string(b) != `{"old":1}` {
		t.Fatalf("streamed file = %q", b)
	}
	broken := errors.New("drawing failed")
	if err := Publish(context.Background(), out, stream(`{"new":`, broken)); !errors.Is(err, broken) {
		t.Fatalf("a failed drawing published: %v", err)
	}
	if b, _ := os.ReadFile(filepath.Join(out, "data", "events.json")); string(b) != `{"old":1}` {
		t.Errorf("after a failed build the site holds %q, want the previous one", b)
	}
	if left, _ := filepath.Glob(filepath.Join(dir, ".timeline-build-*")); len(left) > 0 {
		t.Errorf("temporary folders left behind: %v", left)
	}
}

// The site's folders are made under names of their own (dirWriter) and
// have their names when the site is swapped in: written, streamed or
// linked from the site replaced, every file is where its name says, and
// nothing else is left.
func TestPublishedFolderNames(t *testing.T) {
	out := filepath.Join(t.TempDir(), "public")
	files := map[string]string{
		"index.html":          "front",
		"articles/a.html":     "a",
		"articles/b.html":     "b",
		"months/2014-11.html": "november",
		"static/css/site.css": "body{}",
	}
	render := func(w site.Writer) error {
		for name, body := range files {
			if name == "static/css/site.css" {
				if err := site.Stream(w, name, func(o io.Writer) error { _, err := io.WriteString(o, body); return err }); err != nil {
					return err
				}
				continue
			}
			if err := w.WriteFile(name, []byte(body)); err != nil {
				return err
			}
		}
		return nil
	}
	for build := range 2 { // the second links every file from the first
		if err := Publish(context.Background(), out, render); err != nil {
			t.Fatal(err)
		}
		got := map[string]string{}
		filepath.WalkDir(out, func(p string, d os.DirEntry, err error) error {
			if err == nil && !d.IsDir() && d.Name() != marker {
				b, _ := os.ReadFile(p)
				rel, _ := filepath.Rel(out, p)
				got[filepath.ToSlash(rel)] = string(b)
			}
			return err
		})
		if len(got) != len(files) {
			t.Errorf("build %d: site holds %v, want %v", build, got, files)
		}
		for name, body := range files {
			if got[name] != body {
				t.Errorf("build %d: %s = %q, want %q", build, name, got[name], body)
			}
		}
	}
}
