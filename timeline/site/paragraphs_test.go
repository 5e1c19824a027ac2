package site

import (
	"fmt"
	"strings"
	"testing"

	"github.com/yuin/goldmark"
)

// samePlainHTML checks that writeParagraphs draws body as goldmark does,
// with marks at every span marks gives.
func samePlainHTML(t *testing.T, body string, marks []Mark) {
	t.Helper()
	src := []byte(body)
	if !plainParagraphs(body) {
		return
	}
	var got, want strings.Builder
	writeParagraphs(&got, src, marks)
	if err := renderMarkdown(&want, src, marks, goldmark.DefaultParser()); err != nil {
		t.Fatal(err)
	}
	if got.String() != want.String() {
		t.Fatalf("%q with marks %v:\n got %q\nwant %q", body, marks, got.String(), want.String())
	}
}

// fuzzMarks are marks over body made from the bytes of spec: each pair
// is a start and a length, so a mark may cross a line, a paragraph, or
// the white space goldmark trims.
func fuzzMarks(body string, spec []byte) []Mark {
	var marks []Mark
	at := 0
	for i := 0; i+1 < len(spec) && len(body) > 0; i += 2 {
		start := at + int(spec[i])%(len(body)+1)
		if start > len(body) {
			break
		}
		end := min(start+1+int(spec[i+1])%16, len(body))
		marks = append(marks, Mark{Start: start, End: end, ID: "t" + string(rune('a'+i/2%26)), Value: "2009-06-25", Explain: "a <day> & \"more\""})
		at = end
	}
	return marks
}

func TestPlainParagraphs(t *testing.T) {
	for _, c := range []struct {
		body  string
		plain bool
	}{
		{"", true},
		{"One line.", true},
		{"  Indented a little.\n  Still the same paragraph.  \n\n\nAnother one, \"quoted\" & done.   \n", true},
		{"Hard break  \nafter two spaces.\nSoft\t\nbreak.", true},
		{"   \n\t\n", false}, // a tab in an indent: left to goldmark
		{"AT&T and &amp; stay the writer's.", true},
		{"Ünïcode — dashes\u00a0and spaces.", true},
		{"# A heading", false},
		{"1. A list", false},
		{"Text\n===", false},
		{"Text\n- item", false},
		{"    code", false},
		{"\tcode", false},
		{"An *emphasis*.", false},
		{"A [link](x).", false},
		{"Wow! It works!! Twice]", true},
		{"An escaped \\! and \\\\! and \\/ slash.\nA line ending in a backslash\\\nand in two\\\\\nand three\\\\\\\n\\\n!at the start", true},
		{"2009 was the year.\n1,000 people came.", true},
		{"3) a list", false},
		{"12. a list", false},
		{"Wow ![image](x)", false},
		{"<b>tag</b>", false},
		{"Line\r\nbreak", false},
		{"He called it ` a plan ' on Tuesday.\n\nThen ` another ' came!", true}, // a backtick alone in its paragraph opens nothing
		{"`Wow! x` and! `\nnext`! line` ", false},                               // a code span
		{"One ` here\nand one ` there", false},                                  // closed on the next line
		{"Fence\n```\ncode", false},
		{"Two `` ticks", false},
		{"An escaped \\` tick", false},
		{"`! at the start] \nand at the end `\nx", false},
		{"`! at the start] and! the end", true},
		{"end `  \nhard \\\nbreaks\n\n`", true},
		{"hard ` \\\nbreak\n\nand `\\\n", true},
	} {
		if got := plainParagraphs(c.body); got != c.plain {
			t.Errorf("plainParagraphs(%q) = %v, want %v", c.body, got, c.plain)
		}
		samePlainHTML(t, c.body, nil)
		samePlainHTML(t, c.body, fuzzMarks(c.body, []byte{0, 3, 5, 40, 2, 9}))
	}
}

// FuzzPlainParagraphs holds writeParagraphs to goldmark's rendering for
// every body plainParagraphs accepts.
func FuzzPlainParagraphs(f *testing.F) {
	for _, s := range []string{
		"", "One.\nTwo.  \nThree \n\n  Four.   \n\n\n", "a ` b! c] d\n!`!\n\n` x  \ny\n\n z `\\\n", "Hey! You]\\!x!\\\ny\\\\\n\\\nz! \n", "a\\\\\\\n!b!\n\nc\\", "a  \n  \n b\n", "x \t \ny\tz", " \t x \t \n\ty", "AT&T &amp; &#35; &bogus;", "x\n\n\n", "\n\n a",
	} {
		f.Add(s, []byte{0, 2, 1, 7, 30, 1})
	}
	f.Fuzz(func(t *testing.T, body string, spec []byte) {
		samePlainHTML(t, body, fuzzMarks(body, spec))
	})
}

// BenchmarkPlainParagraphs draws an article body of plain paragraphs (as
// most scraped news saved as Markdown is) with goldmark and without.
func BenchmarkPlainParagraphs(b *testing.B) {
	var body strings.Builder
	body.WriteString("Officials in the capital said on Tuesday that the relief flights would resume.\n\n")
	for i := range 12 {
		fmt.Fprintf(&body, "The committee met for the %dth time since March, and its chair said that the talks, which had stalled twice, were \"close to an end\" and could finish by Friday.\n\n", i+2)
	}
	src := []byte(body.String())
	var marks []Mark
	for at := 0; ; {
		i := strings.Index(body.String()[at:], "Friday")
		if i < 0 {
			break
		}
		marks = append(marks, Mark{Start: at + i, End: at + i + 6, ID: fmt.Sprint("t", len(marks)), Value: "2009-06-26", Explain: "the Friday after the article's date"})
		at += i + 6
	}
	md := goldmark.DefaultParser()
	b.Run("path=goldmark", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			var w strings.Builder
			if err := renderMarkdown(&w, src, marks, md); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("path=plain", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			var w strings.Builder
			writeParagraphs(&w, src, marks)
		}
	})
}
