package timeline

import (
	"archive/zip"
	"bytes"
	"context"
	"encoding/xml"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// What a careless or hostile content folder brings: each case builds a
// site and checks what was published.

// A link out of the content folder (to /etc/passwd, say) is not
// published, and the warning names it; --follow-links reads it.
func TestLinkOutOfSourceNotPublished(t *testing.T) {
	dir := t.TempDir()
	content := filepath.Join(dir, "content")
	writeContent(t, content, map[string]string{"a.md": okArticle})
	writeContent(t, filepath.Join(dir, "private"), map[string]string{"secret.txt": "Secret memo\n\nDec. 17, 2014\n\nThe board met in private on Tuesday.\n"})
	if err := os.Symlink(filepath.Join(dir, "private", "secret.txt"), filepath.Join(content, "x.txt")); err != nil {
		t.Fatal(err)
	}
	cfg := Config{Source: content, Output: filepath.Join(dir, "public")}
	res, err := Build(context.Background(), cfg)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(strings.Join(res.Warnings, "\n"), "x.txt: not read: it links to "+filepath.Join(dir, "private", "secret.txt")+", outside the content folder") {
		t.Errorf("no warning naming the link: %q", res.Warnings)
	}
	if _, err := os.Stat(filepath.Join(cfg.Output, "articles", "x.html")); err == nil {
		t.Error("the linked file outside the content folder was published")
	}
	cfg.FollowLinks = true
	if _, err := Build(context.Background(), cfg); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(filepath.Join(cfg.Output, "articles", "x.html")); err != nil {
		t.Error("with FollowLinks the link was not read")
	}
}

// A 252-byte file name, a file 200 folders deep and names in other
// scripts all build, each with a page of its own.
func TestLongAndNonLatinNames(t *testing.T) {
	dir := t.TempDir()
	content := filepath.Join(dir, "content")
	long := strings.Repeat("n", 249) + ".md"
	deep := filepath.Join(strings.Repeat("d/", 200), "a.md")
	writeContent(t, content, map[string]string{long: okArticle, deep: okArticle, "東京.md": okArticle, "日本語.md": okArticle})
	cfg := Config{Source: content, Output: filepath.Join(dir, "public")}
	res, err := Build(context.Background(), cfg)
	if err != nil {
		t.Fatal(err)
	}
	if res.Articles != 4 {
		t.Errorf("%d articles built, want 4", res.Articles)
	}
	for _, name := range []string{"東京.html", "日本語.html"} {
		if _, err := os.Stat(filepath.Join(cfg.Output, "articles", name)); err != nil {
			t.Errorf("no page %s", name)
		}
	}
}

// Control characters in an article reach neither timeml.zip (which must
// stay well-formed XML) nor the calendar (RFC 5545 forbids them).
func TestControlCharactersStayOutOfExports(t *testing.T) {
	dir := t.TempDir()
	content := filepath.Join(dir, "content")
	writeContent(t, content, map[string]string{"a.md": "---\ntitle: Sony\x1b[2J hack\ndate: 2014-12-17\n---\nThe studio\x01 canceled\x0b the film\x0c on Wednesday.\n"})
	cfg := Config{Source: content, Output: filepath.Join(dir, "public")}
	res, err := Build(context.Background(), cfg)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(strings.Join(res.Warnings, "\n"), "a.md: control character U+001B") {
		t.Errorf("no warning: %q", res.Warnings)
	}
	ics, _ := os.ReadFile(filepath.Join(cfg.Output, "timeline.ics"))
	for i, c := range ics {
		if (c < 0x20 && c != '\t' && c != '\r' && c != '\n') || c == 0x7f {
			t.Fatalf("timeline.ics holds control character %#x at byte %d", c, i)
		}
	}
	zr, err := zip.OpenReader(filepath.Join(cfg.Output, "timeml.zip"))
	if err != nil {
		t.Fatal(err)
	}
	defer zr.Close()
	for _, f := range zr.File {
		rc, _ := f.Open()
		b, _ := io.ReadAll(rc)
		rc.Close()
		d := xml.NewDecoder(bytes.NewReader(b))
		for {
			_, err := d.Token()
			if err == io.EOF {
				break
			}
			if err != nil {
				t.Fatalf("%s is not well-formed: %v", f.Name, err)
			}
		}
	}
}
