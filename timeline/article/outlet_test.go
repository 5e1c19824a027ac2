package article

import (
	"strings"
	"testing"
)

// TestOutletOrder: the article's own line beats the map, the map beats
// the folder, the folder beats the address's domain.
func TestOutletOrder(t *testing.T) {
	m, err := ParseOutlets("_outlets.yaml", []byte(`
- files: wire/
  outlet: Metro Wire
  url: https://metrowire.example
- files: "*-ledger-*.md"
  outlet: The Evening Ledger
`))
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct{ path, src, want, from string }{
		{"wire/a.txt", "Source: Harbor Post\nDec. 17, 2014\n\nThe council met on Tuesday to vote.\n", "Harbor Post", OutletFromArticle},
		{"wire/b.txt", "Dec. 17, 2014\n\nThe council met on Tuesday to vote.\n", "Metro Wire", OutletFromMap},
		{"2014-12-17-ledger-x.md", "---\ntitle: T\n---\nThe council met.\n", "The Evening Ledger", OutletFromMap},
		{"2014-12-17-ledger-y.md", "---\ntitle: T\noutlet: The Ledger\n---\nThe council met.\n", "The Ledger", OutletFromArticle},
		{"harbor-post/c.txt", "Dec. 17, 2014\n\nThe council met on Tuesday to vote.\n", "Harbor Post", OutletFromFolder},
		{"d.txt", "URL: https://www.harborpost.example/2014/vote\nDec. 17, 2014\n\nThe council met on Tuesday to vote.\n", "harborpost.example", OutletFromDomain},
		{"e.txt", "Dec. 17, 2014\n\nThe council met on Tuesday to vote.\n", "", ""},
	} {
		a, err := NewReader(nil).Parse(c.path, []byte(c.src))
		if err != nil {
			t.Fatal(err)
		}
		m.Apply([]*Article{a})
		if a.Outlet != c.want || a.OutletFrom != c.from {
			t.Errorf("%s: outlet %q from %q, want %q from %q", c.path, a.Outlet, a.OutletFrom, c.want, c.from)
		}
		if strings.Contains(a.Body, "Source:") || strings.Contains(a.Body, "URL:") {
			t.Errorf("%s: the metadata line stayed in the story: %q", c.path, a.Body)
		}
	}
}

// TestOutletsFileErrors: a bad map names its line.
func TestOutletsFileErrors(t *testing.T) {
	for _, c := range []struct{ src, want string }{
		{"- files: wire/\n  outlet: Wire\n- files: x/\n", "_outlets.yaml:3: each entry needs files: and outlet:"},
		{"- files: \"[\"\n  outlet: Wire\n", "_outlets.yaml:1: files \"[\" is not a glob"},
		{"- files: a/\n  outlet: A\n  url: ftp://x\n", "_outlets.yaml:1: url \"ftp://x\" is not an http(s) address"},
		{"- files: a/\n  outlet: A\n  colour: red\n", "_outlets.yaml:3:"},
	} {
		_, err := ParseOutlets("_outlets.yaml", []byte(c.src))
		if err == nil || !strings.HasPrefix(err.Error(), c.want) {
			t.Errorf("%q: error %v, want %q…", c.src, err, c.want)
		}
	}
}

// TestUnnamedOutletWarning: an article nothing names is warned about,
// with the way to name it.
func TestUnnamedOutletWarning(t *testing.T) {
	a, _ := NewReader(nil).Parse("x.txt", []byte("Dec. 17, 2014\n\nThe council met on Tuesday to vote.\n"))
	w := (*Outlets)(nil).Apply([]*Article{a})
	if len(w) != 1 || !strings.Contains(w[0], "1 article has no outlet: x.txt") || !strings.Contains(w[0], OutletsFile) {
		t.Errorf("warnings %q", w)
	}
}

func FuzzParseOutlets(f *testing.F) {
	f.Add([]byte("- files: wire/\n  outlet: Wire\n"))
	f.Add([]byte("- files: \"*.txt\"\n  outlet: W\n  url: https://w.example\n"))
	f.Fuzz(func(t *testing.T, src []byte) {
		m, err := ParseOutlets("_outlets.yaml", src)
		if err == nil {
			m.match("a/b.txt")
		}
	})
}
