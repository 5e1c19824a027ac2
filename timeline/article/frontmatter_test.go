package article

import (
	"reflect"
	"testing"

	"github.com/newsroom/timeline/timeline/internal/yamlfile"
)

// samePlainFrontMatter checks that what plainFrontMatter accepts, it
// reads as the YAML library does.
func samePlainFrontMatter(t *testing.T, yml string) bool {
	t.Helper()
	got, ok := plainFrontMatter([]byte(yml))
	if !ok {
		return false
	}
	var want FrontMatter
	if err := yamlfile.Decode([]byte(yml), &want); err != nil {
		t.Fatalf("%q: read plainly as %+v, but YAML says %v", yml, got, err)
	}
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("%q: read plainly as %+v, YAML reads %+v", yml, got, want)
	}
	return true
}

func TestPlainFrontMatter(t *testing.T) {
	for _, c := range []struct {
		yml   string
		plain bool
	}{
		{"date: 2009-06-27\noutlet: bbc\n", true},
		{"title: Aid arrives in Port-au-Prince\nurl: http://example.org/a/b_c.html\n\nauthor: A. N. Other\ntimezone: America/New_York\nsource: Reuters, London", true},
		{"date: 2009-06-27\ndate: 2009-06-28\n", false}, // twice
		{"title: yes\n", false},
		{"title: 2009\n", false},
		{"title: 'quoted'\n", false},
		{"title: a # comment\n", false},
		{"title: a: b\n", false},
		{"title:  two spaces\n", false},
		{"tags: x\n", false},
		{"draft: true\n", false},
		{"  title: indented\n", false},
		{"Title: x\n", false},
		{"title: trailing \n", false},
	} {
		if got := samePlainFrontMatter(t, c.yml); got != c.plain {
			t.Errorf("plainFrontMatter(%q) ok = %v, want %v", c.yml, got, c.plain)
		}
	}
}

// FuzzPlainFrontMatter holds plainFrontMatter to the YAML library on
// every block it accepts.
func FuzzPlainFrontMatter(f *testing.F) {
	for _, s := range []string{"date: 2009-06-27\noutlet: bbc\n", "title: On. Off\nurl: a:b/c\n", "date: 0000-99-99", "title: x,y-z_w\n\n", "author: Null Island", "title: e1\nsource: Inf"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, yml string) { samePlainFrontMatter(t, yml) })
}

// BenchmarkFrontMatter reads the commonest front matter (a date and an
// outlet) plainly and through the YAML library.
func BenchmarkFrontMatter(b *testing.B) {
	yml := []byte("date: 2009-06-27\noutlet: bbc\n")
	b.Run("path=yaml", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			var fm FrontMatter
			if err := yamlfile.Decode(yml, &fm); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("path=plain", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			if _, err := parseFrontMatter("a.md", yml, 2); err != nil {
				b.Fatal(err)
			}
		}
	})
}
