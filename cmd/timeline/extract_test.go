package main

import (
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"testing"
)

// TestExtractRenderDemo: extract over the demo, then render, publishes
// the site build publishes, byte for byte, whatever order the articles
// are extracted in.
func TestExtractRenderDemo(t *testing.T) {
	dir := t.TempDir()
	common := []string{"--config", "../../timeline.yaml", "--source", "../../content"}
	if code, _, stderr := runCLI(t, append([]string{"build", "-q", "--output", filepath.Join(dir, "built")}, common...)...); code != exitOK {
		t.Fatalf("build: exit %d: %s", code, stderr)
	}
	var files []string
	filepath.WalkDir("../../content", func(p string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() && filepath.Ext(p) != ".yaml" {
			files = append(files, p)
		}
		return err
	})
	slices.Reverse(files)
	code, records, stderr := runCLI(t, append(append([]string{"extract"}, common...), files...)...)
	if code != exitOK || stderr != "" {
		t.Fatalf("extract: exit %d: %s", code, stderr)
	}
	recs := filepath.Join(dir, "records.jsonl")
	if err := os.WriteFile(recs, []byte(records), 0o644); err != nil {
		t.Fatal(err)
	}
	if code, _, stderr := runCLI(t, append([]string{"render", "-q", "--records", recs, "--output", filepath.Join(dir, "rendered")}, common...)...); code != exitOK {
		t.Fatalf("render: exit %d: %s", code, stderr)
	}
	built, rendered := siteFiles(t, filepath.Join(dir, "built")), siteFiles(t, filepath.Join(dir, "rendered"))
	if built["events.json"] == "" {
		t.Fatal("build wrote no events.json")
	}
	for name, b := range built {
		if rendered[name] != b {
			t.Errorf("%s: render from records differs from build", name)
		}
	}
	if len(rendered) != len(built) {
		t.Errorf("render wrote %d files, build %d", len(rendered), len(built))
	}
}
