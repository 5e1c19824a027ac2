package main

import (
	"context"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// siteFiles reads every file of a built site.
func siteFiles(t *testing.T, dir string) map[string]string {
	t.Helper()
	files := map[string]string{}
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, err := os.ReadFile(p)
		rel, _ := filepath.Rel(dir, p)
		files[filepath.ToSlash(rel)] = string(b)
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return files
}

// TestServeRereadsSettings: serve's rebuild after timeline.yaml changes
// gives the site a clean build with the new settings gives, byte for
// byte; a settings file that cannot be read fails every rebuild until
// it is mended; one that names other folders says to restart.
func TestServeRereadsSettings(t *testing.T) {
	dir := t.TempDir()
	content := filepath.Join(dir, "content")
	settings := filepath.Join(dir, "timeline.yaml")
	write := func(path, body string) {
		t.Helper()
		os.MkdirAll(filepath.Dir(path), 0o755)
		if err := os.WriteFile(path, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write(settings, "title: Before the change\nkeyDates: 1\n")
	write(filepath.Join(content, "ledger.md"), "---\ntitle: Studio shelves comedy\ndate: 2014-12-17 21:40\noutlet: Ledger\n---\nThe studio shelved the comedy on Wednesday. Theaters had dropped it on Tuesday.\n")
	write(filepath.Join(content, "wire/report.txt"), "Dec. 18, 2014\nChains drop the film\n\nTwo theater chains dropped the film on Tuesday, a spokesman said late Wednesday.\n")
	edited := filepath.Join(content, "courier.md")
	write(edited, "---\ntitle: Premiere off\ndate: 2014-12-16\noutlet: Courier\n---\nThe New York premiere was called off on Tuesday.\n")

	args := func(out string) []string { return []string{"--config", settings, "-s", content, "-o", out} }
	ctx := context.Background()
	p, err := newPreview(args(filepath.Join(dir, "served")), io.Discard)
	if err != nil {
		t.Fatal(err)
	}
	if err := p.build(ctx, nil, nil); err != nil {
		t.Fatal(err)
	}
	clean := func(name string) map[string]string {
		t.Helper()
		q, err := newPreview(args(filepath.Join(dir, name)), io.Discard)
		if err != nil {
			t.Fatal(err)
		}
		q.cfg.Cache = nil
		if err := q.build(ctx, nil, nil); err != nil {
			t.Fatal(err)
		}
		return siteFiles(t, filepath.Join(dir, name))
	}
	same := func(step string, want map[string]string) {
		t.Helper()
		got := siteFiles(t, filepath.Join(dir, "served"))
		for name, b := range want {
			if name == ".timeline-site" {
				continue // the marker, new with every build
			}
			if got[name] != b {
				t.Errorf("%s: %s differs from a clean build's", step, name)
			}
		}
		for name := range got {
			if _, ok := want[name]; !ok {
				t.Errorf("%s: %s is not in a clean build", step, name)
			}
		}
	}

	// New settings and an edited article in one batch, as the watcher
	// may report them.
	write(settings, "title: After the change\ndescription: Read again by serve\ntimezone: America/New_York\nkeyDates: 2\n")
	write(edited, "---\ntitle: Premiere off\ndate: 2014-12-16\noutlet: Courier\n---\nThe New York premiere was canceled on Tuesday, and the studio said so on Wednesday.\n")
	if err := p.build(ctx, []string{settings, edited}, nil); err != nil {
		t.Fatal(err)
	}
	want := clean("clean1")
	same("settings changed", want)
	if !strings.Contains(want["index.html"], "After the change") {
		t.Fatalf("the clean build does not have the new title")
	}

	// A settings file that cannot be read fails the rebuild, and the
	// next one, though only an article changed, until it is mended.
	write(settings, "title: After the change\ncolour: red\n")
	if err := p.build(ctx, []string{settings}, nil); err == nil || !strings.Contains(err.Error(), `timeline.yaml:2: unknown field "colour"`) {
		t.Errorf("bad settings: %v", err)
	}
	write(edited, "---\ntitle: Premiere off\ndate: 2014-12-16\noutlet: Courier\n---\nThe premiere was canceled on Tuesday.\n")
	if err := p.build(ctx, []string{edited}, nil); err == nil {
		t.Error("an article's rebuild succeeded on a settings file that cannot be read")
	}
	write(settings, "title: Mended\n")
	if err := p.build(ctx, []string{settings}, nil); err != nil {
		t.Fatal(err)
	}
	same("settings mended", clean("clean2"))

	// --source and --output on the command line win over the file: its
	// folders move nothing. Unknown (the watcher lost count) has the
	// settings read again too.
	write(settings, "title: Mended again\nsource: elsewhere\n")
	if err := p.build(ctx, []string{"", edited}, nil); err != nil {
		t.Fatal(err)
	}
	same("unknown change", clean("clean3"))

	// Folders from the file: serve cannot move what it watches and serves.
	own := filepath.Join(dir, "own.yaml")
	write(own, "source: "+content+"\noutput: "+filepath.Join(dir, "own")+"\n")
	q, err := newPreview([]string{"--config", own}, io.Discard)
	if err != nil {
		t.Fatal(err)
	}
	if err := q.build(ctx, nil, nil); err != nil {
		t.Fatal(err)
	}
	write(own, "source: "+filepath.Join(dir, "elsewhere")+"\noutput: "+filepath.Join(dir, "own")+"\n")
	if err := q.build(ctx, []string{own}, nil); err == nil || !strings.Contains(err.Error(), "stop serve and start it again") {
		t.Errorf("source moved: %v", err)
	}
}

// TestServeFirstBuildProgress: on a terminal serve's first build shows
// its stages as build does; the rebuilds after it do not.
func TestServeFirstBuildProgress(t *testing.T) {
	dir := t.TempDir()
	content := filepath.Join(dir, "content")
	os.MkdirAll(content, 0o755)
	article := filepath.Join(content, "a.md")
	os.WriteFile(article, []byte("---\ntitle: A\ndate: 2014-12-17\noutlet: Ledger\n---\nThe studio canceled the premiere on Tuesday.\n"), 0o644)
	term := &fakeTerminal{}
	p, err := newPreview([]string{"-s", content, "-o", filepath.Join(dir, "public")}, term)
	if err != nil {
		t.Fatal(err)
	}
	if err := p.build(context.Background(), nil, nil); err != nil {
		t.Fatal(err)
	}
	if got := screen(term.b.String()); len(got) != 6 || !strings.HasPrefix(got[1], "reading articles") {
		t.Errorf("first build shows %q, want its six stages", got)
	}
	term.b.Reset()
	os.WriteFile(article, []byte("---\ntitle: A\ndate: 2014-12-17\n---\nThe studio canceled the premiere on Monday.\n"), 0o644)
	if err := p.build(context.Background(), []string{article}, nil); err != nil {
		t.Fatal(err)
	}
	if term.b.Len() != 0 {
		t.Errorf("a rebuild shows %q", term.b.String())
	}
}
