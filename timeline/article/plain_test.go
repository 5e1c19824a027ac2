package article

import (
	"reflect"
	"strings"
	"testing"

	"github.com/yuin/goldmark"
)

// TestPlainSentences reads Markdown bodies and checks each sentence as a
// reader sees it, with the spans still Body's.
func TestPlainSentences(t *testing.T) {
	r := NewReader(nil)
	for _, tc := range []struct {
		name, body string
		want       []string
	}{
		{"emphasis and a wrapped line", "The mayor **signed** the _harbor_ budget\non Monday. Crews began work.",
			[]string{"The mayor signed the harbor budget on Monday.", "Crews began work."}},
		{"link, code and an entity", "See the [plan](https://example.org/a.b \"plan\") for `pier-two` &amp; the dock.",
			[]string{"See the plan for pier-two & the dock."}},
		{"a heading without a blank line is its own sentence", "## Vote on Tuesday\nThe board voted to build it.",
			[]string{"Vote on Tuesday", "The board voted to build it."}},
		{"list items", "- Residents spoke on Tuesday\n- The mayor signed it\n\n1. First item here.",
			[]string{"Residents spoke on Tuesday", "The mayor signed it", "First item here."}},
		{"a quote wrapped over lines", "> The ferry will sail\n> in the summer, she said.",
			[]string{"The ferry will sail in the summer, she said."}},
		{"escapes and raw HTML", "Prices rose 5\\* <b>sharply</b> in March. An image ![a dock](d.png) here.",
			[]string{"Prices rose 5* sharply in March.", "An image here."}},
		{"emphasis around a sentence's end", "*It was over.* The crowd left.",
			[]string{"It was over.", "The crowd left."}},
	} {
		a, err := r.Parse("a.md", []byte("---\ntitle: T\n---\n"+tc.body+"\n"))
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, s := range a.Sentences {
			got = append(got, a.Plain(s.Start, s.End))
		}
		if !reflect.DeepEqual(got, tc.want) {
			t.Errorf("%s: sentences %q, want %q", tc.name, got, tc.want)
		}
		if len(a.Visible()) != len(a.Body) {
			t.Errorf("%s: the view is %d bytes, the body %d: spans would not match", tc.name, len(a.Visible()), len(a.Body))
		}
	}
	// Scraped text is shown as written.
	a, err := r.Parse("a.txt", []byte("Headline\n\nPrices rose *sharply* on Monday.\n"))
	if err != nil {
		t.Fatal(err)
	}
	if got := a.Plain(a.Sentences[0].Start, a.Sentences[0].End); got != "Prices rose *sharply* on Monday." {
		t.Errorf("text article sentence %q", got)
	}
}

// FuzzMarkdownView checks that any Markdown body gets a view of its own
// length, and sentences inside it that read without Hidden bytes.
func FuzzMarkdownView(f *testing.F) {
	for _, s := range []string{"**a** [b](c) `d` &amp; \\*", "# h\n- i\n> q\n\n    code", "<div>x</div>\n\n![a](b) <i>c</i>"} {
		f.Add(s)
	}
	r := NewReader(nil)
	f.Fuzz(func(t *testing.T, body string) {
		a, err := r.Parse("f.md", []byte(body))
		if err != nil {
			return
		}
		if len(a.Visible()) != len(a.Body) {
			t.Fatalf("view %d bytes, body %d", len(a.Visible()), len(a.Body))
		}
		for _, s := range a.Sentences {
			if s.Start < 0 || s.End > len(a.Body) || s.Start > s.End {
				t.Fatalf("sentence %v outside the body of %d bytes", s, len(a.Body))
			}
			if p := a.Plain(s.Start, s.End); strings.IndexByte(p, Hidden) >= 0 {
				t.Fatalf("plain sentence %q keeps a Hidden byte", p)
			}
		}
	})
}

// TestPlainBodySkipsParsing: a body mayHaveMarkup passes over reads as
// the parser would read it, so skipping the parse changes nothing.
func TestPlainBodySkipsParsing(t *testing.T) {
	seg := NewSegmenter()
	for _, body := range []string{
		"The board met on Tuesday. It voted to build the terminal.\n\nCrews begin in March, the mayor said.",
		"A sentence wrapped over\ntwo lines ends here.  \nAnother follows it.\n\n\nA third paragraph, after two blank lines.",
		"Prices rose 5% in 2009 (the most since 1990); shares fell.",
		"He called it ` a plan ' on Tuesday.\n\nThen ` another ' came.",
	} {
		if mayHaveMarkup(body) {
			t.Errorf("%q: taken for markup", body)
			continue
		}
		view, blocks := markdownView(body, goldmark.DefaultParser())
		if view != body {
			t.Errorf("%q: the parser's view differs: %q", body, view)
		}
		if got, want := seg.splitBlocks(view, blocks), seg.Split(body); !reflect.DeepEqual(got, want) {
			t.Errorf("%q: sentences %v by block, %v whole", body, got, want)
		}
	}
	for _, body := range []string{"# Title", "Text\n- item", "Text\n\n    code", "1. first", "Title\n===", "> quote", "a *b*", "x &amp; y", "` a ' and ` b '", "a ``b``", "` a\nb `"} {
		if !mayHaveMarkup(body) {
			t.Errorf("%q: markup not seen", body)
		}
	}
}

// FuzzLoneBackticks: a backtick in a body mayHaveMarkup passes over is
// read by the parser as a letter would be, so skipping the parse reads
// it as TestPlainBodySkipsParsing reads any plain body.
func FuzzLoneBackticks(f *testing.F) {
	for _, s := range []string{"A ` b ' c.\n\nD ` e ' f.", "x `\n\ny ` z", "a! b] ` c\n d", "  ` x", "` \n \t\n`", "`"} {
		f.Add(s)
	}
	md := goldmark.DefaultParser()
	f.Fuzz(func(t *testing.T, body string) {
		if !strings.Contains(body, "`") || mayHaveMarkup(body) {
			return
		}
		view, blocks := markdownView(body, md)
		// "q" opens nothing: no other markup is in the body.
		letters, letterBlocks := markdownView(strings.ReplaceAll(body, "`", "q"), md)
		for i := range view {
			if view[i] != letters[i] && (body[i] != '`' || view[i] != '`' || letters[i] != 'q') {
				t.Fatalf("%q: view %q, with letters %q", body, view, letters)
			}
		}
		if !reflect.DeepEqual(blocks, letterBlocks) {
			t.Fatalf("%q: blocks %v, with letters %v", body, blocks, letterBlocks)
		}
	})
}
