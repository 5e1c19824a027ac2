package main

import (
	"os"
	"path/filepath"
	"slices"
	"testing"

	"github.com/newsroom/timeline/timeline/server"
)

// contentPaths names watched changes under the content folder, or gives
// up (nil: check every file) for anything else.
func TestContentPaths(t *testing.T) {
	dir := t.TempDir()
	wd, _ := os.Getwd()
	defer os.Chdir(wd)
	os.Chdir(dir)
	for _, tc := range []struct {
		name    string
		source  string
		changed []string
		want    []string
	}{
		{"first build", "content", nil, nil},
		{"relative", "content", []string{"content/a.md", "content/wire/b.txt"}, []string{"a.md", "wire/b.txt"}},
		{"absolute", "content", []string{filepath.Join(dir, "content", "a.md")}, []string{"a.md"}},
		{"the folder itself", "content", []string{"content"}, []string{"."}},
		{"a template", "content", []string{"content/a.md", "templates/layout.html"}, nil},
		{"a sibling with the same prefix", "content", []string{"content2/a.md"}, nil},
		{"unknown", "content", []string{"content/a.md", server.Unknown}, nil},
		{"nothing named", "content", []string{}, []string{}},
	} {
		got := contentPaths(tc.source, tc.changed)
		if (got == nil) != (tc.want == nil) || !slices.Equal(got, tc.want) {
			t.Errorf("%s: contentPaths(%q, %q) = %q, want %q", tc.name, tc.source, tc.changed, got, tc.want)
		}
	}
}
