package event

import (
	"github.com/newsroom/timeline/timeline/article"
	"github.com/newsroom/timeline/timeline/temporal"
)

// Candidate is one dated source of an article with its title, as
// extraction finds it before merging: what event building takes of one
// article, as a plain value that a record carries from the machine that
// extracted it to the one that merges.
type Candidate struct {
	Sentence  article.Sentence `json:"sentence"`
	Text      string           `json:"text"`
	Mention   temporal.Mention `json:"mention"`
	Time      Time             `json:"time"`
	Anaphoric bool             `json:"anaphoric,omitempty"`
	Status    Status           `json:"status,omitempty"`
	Was       Time             `json:"was,omitzero"`
	Title     string           `json:"title"`
	Words     []string         `json:"words"`
}

// Extract returns the candidates of one dated article (d.Article has an
// anchor and d.Mentions are resolved against it), as Build would make
// them; it reads no other article. An undated article has none: its
// anchor is inferred from the others when they are merged.
func (b *Builder) Extract(d *Doc) []Candidate {
	if d.Article.Anchor.IsZero() {
		return nil
	}
	cands := b.candidates(d)
	out := make([]Candidate, len(cands))
	for i, c := range cands {
		s := c.src
		out[i] = Candidate{Sentence: s.Sentence, Text: s.Text, Mention: *s.Mention, Time: s.Time, Anaphoric: s.Anaphoric,
			Status: s.Status, Was: s.WasTime(), Title: c.title, Words: c.words()}
	}
	return out
}

// Extracted returns the extraction made of candidates that Extract
// returned for the same article and mentions: a Doc given it as its
// Extracted is built without extracting again.
func Extracted(cands []Candidate) *Extraction {
	x := &Extraction{items: make([]extracted, len(cands))}
	for i, c := range cands {
		m := c.Mention // its own: the candidate, with its words, is not kept
		var was *Time
		if w := c.Was; w != (Time{}) {
			was = &w
		}
		x.items[i] = extracted{src: Source{Sentence: c.Sentence, Text: c.Text, Mention: &m, Time: c.Time, Anaphoric: c.Anaphoric,
			Status: c.Status, Was: was, Seq: int32(i)}, title: c.Title, words: c.Words, value: c.Time.Value.String()}
	}
	return x
}
