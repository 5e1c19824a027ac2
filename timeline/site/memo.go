package site

import (
	"crypto/sha256"
	"encoding/binary"
	"fmt"
	"hash"
	"hash/maphash"
	"html/template"
	"io/fs"
	"sort"

	"github.com/newsroom/timeline/timeline/article"
	"github.com/newsroom/timeline/timeline/event"
	"github.com/newsroom/timeline/timeline/internal/memo"
)

// Memo keeps what one render drew for the next (serve keeps one): an
// article or month page whose inputs did not change — the article, its
// marks and explanations, its events, the templates — is not drawn again,
// nor is an event's card or export entry (eventmemo.go). Each kind is a
// memo.Table: what renders stop using is swept once it is a fifth of
// its table, so the memo holds about a site and a quarter at most. A nil
// *Memo keeps nothing.
type Memo struct {
	seed     maphash.Seed
	pages    memo.Table[memoKey, []byte] // article and month pages, by what they show
	articles memo.Table[docKey, []byte]  // article pages, by what they are drawn from
	views    memo.Table[viewKey, eventView]
	cards    memo.Table[cardKey, template.HTML]
	exports  memo.Table[eventKey, []byte]
	timeml   memo.Table[timemlKey, zipped]
	texts    memo.Table[textKey, string]
	docs     memo.Table[uint64, docHashes] // by event.Doc.Serial
	// contents are events' hashes of what they show, by their hashes
	// of the reads their sources come from (eventKey).
	contents memo.Table[uint64, uint64]
	// reads are the sums of the reads events' sources come from, by
	// their first source (readSum).
	reads memo.Table[*event.Source, *sourceReads]
	// templates are the templates parsed, by their fingerprint.
	templates memo.Table[memoKey, *parsed]
}

type memoKey [sha256.Size]byte

// NewMemo returns an empty memo.
func NewMemo() *Memo { return &Memo{seed: maphash.MakeSeed()} }

// rotate ends a render: what it used is what the next one may reuse.
func (m *Memo) rotate() {
	if m == nil {
		return
	}
	m.pages.Rotate()
	m.articles.Rotate()
	m.views.Rotate()
	m.cards.Rotate()
	m.exports.Rotate()
	m.timeml.Rotate()
	m.texts.Rotate()
	m.docs.Rotate()
	m.contents.Rotate()
	m.reads.Rotate()
	m.templates.Rotate()
}

// articleKey identifies everything an article page shows: its view (all
// but the body), the marks drawn into the body, the body's source, and
// the templates it is drawn with. (Written field by field: fmt's %#v of
// the view cost more than drawing some pages.)
func (s *Site) articleKey(ap articlePage, marks []Mark, a *article.Article) memoKey {
	var k keyWriter
	v := ap.Article
	k.page(ap.page)
	k.str(v.Title, v.Outlet, v.URL, v.Dateline, v.DatelineISO, v.AnchorFrom, string(a.Format))
	k.num(b2i(v.Inferred), v.MentionCount, len(v.Removed), len(v.Warnings), len(v.Events), len(marks))
	for _, r := range v.Removed {
		k.num(r.Line)
		k.str(r.Text, r.Reason)
	}
	k.str(v.Warnings...)
	for _, e := range v.Events {
		k.str(e.ID, e.Title, e.DateLabel, e.DateTime, e.Href)
	}
	for _, m := range marks {
		k.num(m.Start, m.End)
		k.str(m.ID, m.Value, m.Explain, m.Detail)
	}
	k.str(a.Body)
	return s.sum(&k)
}

// sum is the key of what k holds, drawn with this site's templates.
func (s *Site) sum(k *keyWriter) memoKey {
	k.flush()
	k.h.Write(s.fingerprint[:]) // last, of a fixed size: no ambiguity
	var key memoKey
	k.h.Sum(key[:0])
	return key
}

// keyWriter lays values out unambiguously: each string with its length,
// into a hash a few kilobytes at a time (the sources page's key lists
// every article: a buffer of it all grew to megabytes for every render).
type keyWriter struct {
	b []byte
	h hash.Hash
}

// keyChunk is how much a keyWriter lays out before hashing it.
const keyChunk = 16 << 10

func (k *keyWriter) flush() {
	if k.h == nil {
		k.h = sha256.New()
	}
	k.h.Write(k.b)
	k.b = k.b[:0]
}

func (k *keyWriter) str(ss ...string) {
	for _, s := range ss {
		k.b = binary.AppendUvarint(k.b, uint64(len(s)))
		k.b = append(k.b, s...)
	}
	if len(k.b) > keyChunk {
		k.flush()
	}
}

func (k *keyWriter) num(ns ...int) {
	for _, n := range ns {
		k.b = binary.AppendVarint(k.b, int64(n))
	}
	if len(k.b) > keyChunk {
		k.flush()
	}
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

// fingerprint hashes every template file, so that a memo never hands a
// page drawn with other templates.
func fingerprint(templates fs.FS) ([sha256.Size]byte, error) {
	h := sha256.New()
	names, err := fs.Glob(templates, "*")
	if err != nil {
		return [sha256.Size]byte{}, err
	}
	sort.Strings(names)
	for _, n := range names {
		b, err := fs.ReadFile(templates, n)
		if err != nil {
			continue // a folder
		}
		fmt.Fprintf(h, "%s\x00%d\x00", n, len(b))
		h.Write(b)
	}
	var k [sha256.Size]byte
	h.Sum(k[:0])
	return k, nil
}

// monthKey identifies everything a month page (or the background page)
// shows, field by field like articleKey: its events' cards, its
// neighbours, its filter.
func (s *Site) monthKey(m monthPage) memoKey {
	var k keyWriter
	k.str("month")
	k.page(m.page)
	k.str(m.Month.Key, m.Month.Label)
	k.num(m.Month.Count, len(m.Month.Groups), len(m.Background))
	for _, g := range m.Month.Groups {
		k.str(g.Key, g.ISO, g.Label)
		k.events(g.Events)
	}
	k.events(m.Background)
	for _, l := range []*monthLink{m.Prev, m.Next} {
		if l == nil {
			k.str("")
			continue
		}
		k.str(l.Key, l.Label, l.Href)
		k.num(l.Events)
	}
	k.str(m.Filter.Label, m.Filter.Index)
	k.num(len(m.Filter.Outlets))
	for _, o := range m.Filter.Outlets {
		k.str(o.Key, o.Name) // the filter shows no more of an outlet
	}
	return s.sum(&k)
}

// sourcesKey identifies everything the sources page shows.
func (s *Site) sourcesKey(p sourcesPage) memoKey {
	var k keyWriter
	k.str("sources")
	k.page(p.page)
	k.num(len(p.Outlets))
	for _, o := range p.Outlets {
		k.str(o.Key, o.Name, o.URL)
		k.num(len(o.Articles))
		for _, a := range o.Articles {
			k.str(a.ID, a.Title, a.Dateline, a.DatelineISO)
			k.num(a.EventCount, b2i(a.Inferred))
		}
	}
	return s.sum(&k)
}

func (k *keyWriter) page(p page) {
	k.str(p.Root, p.Canonical, p.Image, p.Site.Title, p.Site.Description, p.Site.Language, p.Site.Version, p.Site.BaseURL)
	k.num(p.Site.ArticleCount, b2i(p.Site.LiveReload))
}

func (k *keyWriter) events(evs []eventView) {
	k.num(len(evs))
	for _, e := range evs {
		// Month pages show cards from the memo (renderer.view), whose key
		// stands for everything the card shows but the link.
		k.str(e.key.id, e.Href)
		k.num(e.key.sources, int(e.key.sum>>32), int(e.key.sum&0xffffffff), e.key.depth)
	}
}
