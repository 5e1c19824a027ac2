package article

import (
	"strings"
	"testing"
)

// TestOutletNames runs every entry's examples: a folder path or an
// address names the outlet of its entry.
func TestOutletNames(t *testing.T) {
	n := newOutletNamer()
	for _, o := range outletNames() {
		if len(o.Examples) == 0 {
			t.Errorf("%s: no example", o.Name)
		}
		for _, ex := range o.Examples {
			var got string
			if isAddress(ex) {
				got = n.domain(domainOf(ex))
			} else {
				got = n.folder(ex)
			}
			if got != o.Name {
				t.Errorf("%s: %q named %q", o.Name, ex, got)
			}
		}
	}
}

// TestOutletNameFallbacks: folders and hosts no entry knows.
func TestOutletNameFallbacks(t *testing.T) {
	n := newOutletNamer()
	for _, c := range []struct{ in, want string }{
		{"metro-wire/x.txt", "Metro Wire"},
		{"harbor_post/x.txt", "Harbor Post"},
		{"kxl/x.txt", "KXL"},         // a short single word is a call sign or an acronym
		{"tribune/x.txt", "Tribune"}, // a word is capitalised, not shouted
		{"x.txt", ""},                // no folder, no outlet from it
		{"-/x.txt", ""},              // no words
		{"https://www.harborpost.example/a", "harborpost.example"},
		{"https://co.uk/a", "co.uk"}, // no domain of two labels is searched past
	} {
		var got string
		if isAddress(c.in) {
			got = n.domain(domainOf(c.in))
		} else {
			got = n.folder(c.in)
		}
		if got != c.want {
			t.Errorf("%q named %q, want %q", c.in, got, c.want)
		}
	}
	// A name the article gives wins over every entry.
	a, err := NewReader(nil).Parse("bbc/x.txt", []byte("Source: Harbor Post\nDec. 17, 2014\n\nThe council met on Tuesday to vote.\n"))
	if err != nil || a.Outlet != "Harbor Post" || !strings.Contains(a.OutletFrom, OutletFromArticle) {
		t.Errorf("bbc/x.txt with its own source line: %q from %q (%v)", a.Outlet, a.OutletFrom, err)
	}
}
