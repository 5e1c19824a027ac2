package yamlfile

import (
	"strings"
	"testing"
)

func TestDecode(t *testing.T) {
	type doc struct {
		Title string   `yaml:"title"`
		Tags  []string `yaml:"tags"`
	}
	for _, tt := range []struct{ in, want string }{
		{"title: x\ntags: [a, b]\n", ""},
		{"title: x\ncolour: red\n", `line 2: unknown field "colour"`},
		{"title: &t x\ntags: [*t]\n", "line 2: aliases (*name) are not allowed here"},
		{"title: [x\n", "line 1:"},
		{"", ""},                    // an empty settings file is no settings
		{"# nothing set yet\n", ""}, // nor is one of comments only
		{"\n\n", ""},
	} {
		var d doc
		err := Decode([]byte(tt.in), &d)
		switch {
		case tt.want == "" && err != nil:
			t.Errorf("Decode(%q): %v", tt.in, err)
		case tt.want != "" && (err == nil || !strings.HasPrefix(err.Error(), tt.want)):
			t.Errorf("Decode(%q) = %v, want %s…", tt.in, err, tt.want)
		}
	}
}

func FuzzDecode(f *testing.F) {
	f.Add("title: x\ntags: [a]\n")
	f.Add("a: &a [*a]\n")
	f.Fuzz(func(t *testing.T, in string) {
		var d struct {
			Title string   `yaml:"title"`
			Tags  []string `yaml:"tags"`
		}
		Decode([]byte(in), &d) // must return, never panic or blow up
	})
}
