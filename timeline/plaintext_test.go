package timeline

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// shownMarkup is what a reader must never meet in a sentence or title
// drawn from a Markdown article: emphasis, code marks, links, headings,
// list bullets, entities, the hard line breaks of wrapped source lines.
var shownMarkup = regexp.MustCompile("\\*|\\b_|_\\b|`|\\]\\(|^#|^- |&amp;|\n|  ")

// TestEventsArePlainText builds a Markdown article full of markup and
// checks that events.json tells its sentences and titles as a reader
// reads them, while each source's span still points at its expression in
// the body and the article page still highlights it.
func TestEventsArePlainText(t *testing.T) {
	src := filepath.Join("testdata", "markup")
	cfg := Config{Source: src, Output: filepath.Join(t.TempDir(), "public")}
	if _, err := Build(context.Background(), cfg); err != nil {
		t.Fatal(err)
	}
	raw, err := os.ReadFile(filepath.Join(cfg.Output, "events.json"))
	if err != nil {
		t.Fatal(err)
	}
	var got struct {
		Events []struct {
			Title, Sentence string // a summary line's sentence too: read plain
			Sources         []struct {
				Article, Sentence, Expression string
				Start, End                    int
			}
		}
	}
	if err := json.Unmarshal(raw, &got); err != nil {
		t.Fatal(err)
	}
	file, err := os.ReadFile(filepath.Join(src, "ferry-terminal.md"))
	if err != nil {
		t.Fatal(err)
	}
	_, body, _ := strings.Cut(strings.TrimPrefix(string(file), "---\n"), "---\n") // spans are offsets into the body after the front matter
	page, err := os.ReadFile(filepath.Join(cfg.Output, "articles", "ferry-terminal.html"))
	if err != nil {
		t.Fatal(err)
	}
	sentences := map[string]bool{}
	for _, e := range got.Events {
		for _, text := range []string{e.Title, e.Sentence} {
			if shownMarkup.MatchString(text) {
				t.Errorf("markup or a line break shown: %q", text)
			}
		}
		for _, s := range e.Sources {
			sentences[s.Sentence] = true
			if shownMarkup.MatchString(s.Sentence) {
				t.Errorf("source sentence keeps markup: %q", s.Sentence)
			}
			if s.Start < 0 || s.End > len(body) || body[s.Start:s.End] != s.Expression {
				t.Errorf("span %d-%d of %q does not cover it in the body", s.Start, s.End, s.Expression)
			}
			if !strings.Contains(string(page), ">"+s.Expression+`<span class="explain"`) {
				t.Errorf("the article page does not highlight %q", s.Expression)
			}
		}
	}
	for _, want := range []string{
		"The harbor board on Thursday approved the new ferry terminal, a plan first put forward by the mayor's office.",
		"Work on the pier-two site will begin on March 15, the board said, and the first boats are due to sail in the summer.",
		"Residents packed the hall on Tuesday to speak against the cost.",
		"The mayor signed the budget on Monday & sent it to the council.",
		"What comes next on March 22", // a heading is a sentence of its own
	} {
		if !sentences[want] {
			t.Errorf("no source tells %q; sentences: %v", want, sentences)
		}
	}
}
