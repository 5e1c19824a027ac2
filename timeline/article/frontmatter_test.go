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

// TestFrontFieldsAreTheTags: the keys frontFields lists are FrontMatter's
// yaml tags, in order, each plain string field with its reader.
func TestFrontFieldsAreTheTags(t *testing.T) {
	ty := reflect.TypeOf(FrontMatter{})
	if ty.NumField() != len(frontFields) {
		t.Fatalf("FrontMatter has %d fields, frontFields %d", ty.NumField(), len(frontFields))
	}
	for i, f := range frontFields {
		sf := ty.Field(i)
		if tag := sf.Tag.Get("yaml"); tag != f.key {
			t.Errorf("field %d: tag %q, frontFields %q", i, tag, f.key)
		}
		if (sf.Type.Kind() == reflect.String) != (f.text != nil) {
			t.Errorf("%s: a string field needs its reader, and only it", f.key)
		} else if f.text != nil {
			var fm FrontMatter
			*f.text(&fm) = "x"
			if reflect.ValueOf(fm).Field(i).String() != "x" {
				t.Errorf("%s: its reader sets another field", f.key)
			}
		}
	}
}
