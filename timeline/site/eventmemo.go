package site

import (
	"context"
	"encoding/binary"
	"fmt"
	"hash/maphash"
	"html/template"
	"math"
	"slices"
	"strings"

	"github.com/newsroom/timeline/timeline/article"
	"github.com/newsroom/timeline/timeline/event"
	"github.com/newsroom/timeline/timeline/internal/memo"
	"github.com/newsroom/timeline/timeline/internal/parallel"
	"github.com/newsroom/timeline/timeline/temporal"
	"github.com/newsroom/timeline/timeline/timex"
)

// Between renders the memo also keeps, per event, its card (eventView)
// and its events.json entry, and per article its TimeML: at 10,000
// articles drawing those again for every edit cost more than everything
// else a rebuild does. They are keyed by a hash of everything they show,
// so a stale one is never handed out; hashing is a small fraction of the
// cost of drawing.

// eventKey identifies an event's content: its ID and number of sources,
// and a hash of every field a card or an export shows.
type eventKey struct {
	id      string
	sources int
	sum     uint64
}

// sourceFacts is what a card or an export shows of one source: its
// sentence (its bounds and the text it quotes), its time expression and
// time, and its article (docFacts).
type sourceFacts struct {
	sentence  article.Sentence
	text      string
	mention   temporal.Mention // without its anchor, which is a pointer: anchor holds its value
	anchor    timex.Value
	time      event.Time
	anaphoric bool
	doc       uint64
	status    event.Status
	was       event.Time
}

// eventKey hashes e; hashes gives each article's docHashes (nil: hash
// them here; a render passes its own, hashed once per article). An event
// is keyed by what its sources show, not by which read of their articles
// they come from: an edit that changes none of what an event shows (a
// sentence added that dates nothing) leaves its card, its export entries
// and the month page showing it as they were. Hashing what every source
// shows for every rebuild would cost more than the cards it saves, so the
// content's hash is recalled by a cheaper one of the reads its sources come
// from: only the events of an article read afresh are hashed in full.
func (m *Memo) eventKey(e *event.Event, hashes func(*event.Doc) docHashes) eventKey {
	if hashes == nil {
		hashes = m.docHashes
	}
	var k hasher
	m.eventFields(&k, e)
	k.uv(m.readSum(e, hashes))
	read := k.h.Sum64()
	sum, _ := m.contents.Recall(read, func() (uint64, error) {
		return m.eventSum(e, func(s *event.Source) uint64 { return m.sourceSum(s, hashes(s.Doc)) }), nil
	})
	return eventKey{id: e.ID, sources: len(e.Sources), sum: sum}
}

// sourceReads is what readSum hashed: the sources, and their sum.
type sourceReads struct {
	sources []*event.Source
	sum     uint64
}

// readSum hashes the reads e's sources come from: each one's article as
// read and its place in it (or, for an article with no serial, what the
// source shows). An event whose sources are the very ones the last
// render's event of its first source had takes the sum made then (a
// source's article read is fixed): hashing read each of 78,500 sources,
// far apart in memory, for every rebuild at 10,000 articles. The sum is
// kept only when every article has its serial (the sources held keep
// their addresses from being taken by new ones).
func (m *Memo) readSum(e *event.Event, hashes func(*event.Doc) docHashes) uint64 {
	if len(e.Sources) > 0 {
		if r, ok := m.reads.Get(e.Sources[0]); ok && slices.Equal(r.sources, e.Sources) {
			return r.sum
		}
	}
	var k hasher
	k.h.SetSeed(m.seed)
	serials := true
	for _, s := range e.Sources {
		if s.Doc.Serial != 0 {
			// The article as read names all a source shows
			// (event.Doc.Serial), with its place among them (no article
			// gives a million sources).
			k.uv(s.Doc.Serial<<20 ^ uint64(s.Seq))
			continue
		}
		serials = false
		k.uv(m.sourceSum(s, hashes(s.Doc)))
	}
	sum := k.h.Sum64()
	if serials && len(e.Sources) > 0 {
		m.reads.Put(e.Sources[0], &sourceReads{sources: slices.Clone(e.Sources), sum: sum})
	}
	return sum
}

// eventSum hashes e's fields that a card or an export shows, and each of
// its sources as source says.
func (m *Memo) eventSum(e *event.Event, source func(*event.Source) uint64) uint64 {
	var k hasher
	m.eventFields(&k, e)
	for _, s := range e.Sources {
		k.uv(source(s))
	}
	return k.h.Sum64()
}

// eventFields hashes into k, seeding it, e's own fields that a card or an
// export shows.
func (m *Memo) eventFields(k *hasher, e *event.Event) {
	k.h.SetSeed(m.seed)
	k.str(e.ID)
	k.uv(maphash.Comparable(m.seed, e.Time))
	k.uv(math.Float64bits(e.Score))
	k.h.Write([]byte{byte(b2i(e.Background)), byte(b2i(e.Disputed)), byte(b2i(e.Relative)), byte(b2i(e.Inferred)), byte(b2i(e.Hidden))})
	k.str(e.Title, string(e.Status))
	k.uv(maphash.Comparable(m.seed, e.PlannedFor))
	k.uv(uint64(len(e.Evidence)))
	k.str(e.Evidence...)
}

// sourceSum hashes what s shows (sourceFacts); h is its article's
// docHashes.
func (m *Memo) sourceSum(s *event.Source, h docHashes) uint64 {
	return maphash.Comparable(m.seed, sourceFacts{
		sentence: s.Sentence, text: s.Text, mention: unanchored(*s.Mention), anchor: s.Mention.AnchorValue(), time: s.Time,
		anaphoric: s.Anaphoric, doc: h.facts, status: s.Status, was: s.WasTime(),
	})
}

// unanchored is mn without its anchor: hashed as it is, the anchor's
// address would count (maphash.Comparable hashes a pointer, not what it
// points to), and every read of an article makes its anchors anew. Hash
// AnchorValue beside it.
func unanchored(mn temporal.Mention) temporal.Mention {
	mn.Anchor = nil
	return mn
}

// docFacts hashes what a card or an export shows of an article, by value
// and without its body (a source's sentence is hashed with the source):
// its id, path, title, outlet, address, image, format and anchor.
func (m *Memo) docFacts(d *event.Doc) uint64 {
	a := d.Article
	b := appendStrings(nil, a.ID, a.Path, a.Title, a.Outlet, a.URL, a.Image.URL, a.Image.Alt, string(a.Format))
	b = binary.AppendUvarint(b, uint64(a.Image.Width))
	b = binary.AppendUvarint(b, uint64(a.Image.Height))
	return maphash.Bytes(m.seed, appendAnchor(b, a.Anchor))
}

// appendAnchor appends an article's anchor by value: its time by its
// instant, offset and zone name (not by the identity of its
// time.Location, which every read makes anew), and where it was found.
func appendAnchor(b []byte, an article.Anchor) []byte {
	t := an.Time
	zone, offset := t.Zone()
	b = appendStrings(b, string(an.Source), an.Text, an.Field, zone)
	b = binary.AppendVarint(b, t.Unix())
	b = binary.AppendVarint(b, int64(t.Nanosecond()))
	b = binary.AppendVarint(b, int64(offset))
	b = binary.AppendVarint(b, int64(an.Line))
	return append(b, byte(b2i(an.HasClock)), byte(b2i(an.HasZone)), byte(b2i(t.IsZero())))
}

func appendStrings(b []byte, ss ...string) []byte {
	for _, s := range ss {
		b = binary.AppendUvarint(b, uint64(len(s)))
		b = append(b, s...)
	}
	return b
}

// viewKey is a card drawn for a page depth levels down.
type viewKey struct {
	eventKey
	depth int
}

// cardKey is a card drawn with one set of templates, for one page
// template (a site may give a page its own card).
type cardKey struct {
	viewKey
	templates [32]byte
	page      string
}

// drawCard draws a view's card with the "event" template of the page
// about to show them (so that a site's cards are not all held at
// once). With a memo, a card for the same event at the same depth, drawn
// with the same templates, is taken from the last render: a month page
// that changed is then mostly cards already drawn, put together.
func (s *Site) drawCard(page string, v *eventView) error {
	draw := func() (template.HTML, error) {
		var b strings.Builder
		if s.builtinCard[page] {
			writeCard(&b, v)
			return template.HTML(b.String()), nil
		}
		if err := s.pages[page].ExecuteTemplate(&b, "event", v); err != nil {
			return "", fmt.Errorf("rendering the card of event %s: %w", v.ID, err)
		}
		return template.HTML(b.String()), nil
	}
	memo := s.cfg.Memo
	if v.key == (viewKey{}) {
		memo = nil // not from the memo: nothing to key the card by
	}
	var err error
	v.Card, err = recall(memo, cardsOf, cardKey{v.key, s.fingerprint, page}, draw)
	return err
}

// textKey is an event's entry in one of the whole-timeline exports
// (kind), drawn with the given extra inputs.
type textKey struct {
	eventKey
	kind, extra string
}

type timemlKey struct {
	id  string
	sum uint64
}

// recall returns what this render or the last one kept under k in the
// table, or else draws it; either way it is kept for the next render.
// With no memo it draws. (No lock is held while drawing, so a draw may
// recall from another table.)
func recall[K comparable, V any](m *Memo, table func(*Memo) *memo.Table[K, V], k K, draw func() (V, error)) (V, error) {
	if m == nil {
		return draw()
	}
	return table(m).Recall(k, draw)
}

func pagesOf(m *Memo) *memo.Table[memoKey, []byte]        { return &m.pages }
func articlesOf(m *Memo) *memo.Table[docKey, []byte]      { return &m.articles }
func viewsOf(m *Memo) *memo.Table[viewKey, eventView]     { return &m.views }
func cardsOf(m *Memo) *memo.Table[cardKey, template.HTML] { return &m.cards }
func exportsOf(m *Memo) *memo.Table[eventKey, []byte]     { return &m.exports }
func timemlOf(m *Memo) *memo.Table[timemlKey, zipped]     { return &m.timeml }
func textsOf(m *Memo) *memo.Table[textKey, string]        { return &m.texts }
func docsOf(m *Memo) *memo.Table[uint64, docHashes]       { return &m.docs }

// view returns e's card, from the memo when it holds one for the same
// content.
func (r *renderer) view(e *event.Event, depth int) eventView {
	if r.cfg.Memo == nil {
		return r.eventView(e, depth)
	}
	k := viewKey{r.key(e), depth}
	v, _ := recall(r.cfg.Memo, viewsOf, k, func() (eventView, error) {
		v := r.eventView(e, depth)
		v.key = k
		return v, nil
	})
	return v
}

// eventKeys are an event's eventKey and a hash of what an article page
// shows of it (its id, title and time): a page listing an event that
// gained a source is the same page.
type eventKeys struct {
	eventKey
	shown uint64
}

func (m *Memo) eventKeys(e *event.Event, hashes func(*event.Doc) docHashes) eventKeys {
	return eventKeys{m.eventKey(e, hashes), maphash.Comparable(m.seed, struct {
		id, title string
		time      event.Time
	}{e.ID, e.Title, e.Time})}
}

// keysOf are e's eventKeys, hashed for every event when the render began.
func (r *renderer) keysOf(e *event.Event) eventKeys {
	if k, ok := r.keys[e]; ok {
		return k
	}
	return r.cfg.Memo.eventKeys(e, r.hashes)
}

// key is e's eventKey.
func (r *renderer) key(e *event.Event) eventKey { return r.keysOf(e).eventKey }

// exported returns e's events.json entry, from the memo when it can.
func (r *renderer) exported(e *event.Event) ([]byte, error) {
	if r.cfg.Memo == nil {
		return marshalEvent(e)
	}
	return recall(r.cfg.Memo, exportsOf, r.key(e), func() ([]byte, error) { return marshalEvent(e) })
}

// docSum hashes what an article's TimeML shows, which its page shows too:
// its id, anchor, text and time expressions.
func (m *Memo) docSum(d *event.Doc) uint64 {
	var h maphash.Hash
	h.SetSeed(m.seed)
	b := appendAnchor(appendStrings(nil, d.Article.ID), d.Article.Anchor)
	b = binary.AppendUvarint(b, uint64(len(d.Mentions)))
	for _, mn := range d.Mentions {
		b = binary.AppendUvarint(b, maphash.Comparable(m.seed, unanchored(mn)))
		b = binary.AppendUvarint(b, maphash.Comparable(m.seed, mn.AnchorValue()))
	}
	h.Write(b)
	h.WriteString(d.Article.Body)
	return h.Sum64()
}

// docHashes are an article's docSum and docFacts, kept with its dateline
// as the lists show it (formatting 10,000 of those cost more than
// hashing them).
type docHashes struct {
	sum, facts uint64
	dateline   dateline
}

// docHashes hashes d, or recalls its hashes by its serial: the same
// article as read, whose body there is no need to hash again.
func (m *Memo) docHashes(d *event.Doc) docHashes {
	if d.Serial == 0 {
		return m.hashDoc(d)
	}
	h, _ := recall(m, docsOf, d.Serial, func() (docHashes, error) { return m.hashDoc(d), nil })
	return h
}

func (m *Memo) hashDoc(d *event.Doc) docHashes {
	return docHashes{sum: m.docSum(d), facts: m.docFacts(d), dateline: datelineOf(d.Article)}
}

// hashes are d's docHashes, hashed for every article when the render
// began.
func (r *renderer) hashes(d *event.Doc) docHashes {
	if h, ok := r.docs[d]; ok {
		return h
	}
	return r.cfg.Memo.docHashes(d)
}

// hashAll hashes every article, then every event, on every core.
func (r *renderer) hashAll(ctx context.Context, tl *event.Timeline) {
	m := r.cfg.Memo
	docs := make([]docHashes, len(tl.Docs))
	parallel.Do(ctx, len(docs), func(i int) { docs[i] = m.docHashes(tl.Docs[i]) })
	r.docs = make(map[*event.Doc]docHashes, len(docs))
	for i, d := range tl.Docs {
		r.docs[d] = docs[i]
	}
	keys := make([]eventKeys, len(tl.Events))
	parallel.Do(ctx, len(keys), func(i int) { keys[i] = m.eventKeys(tl.Events[i], r.hashes) })
	r.keys = make(map[*event.Event]eventKeys, len(keys))
	for i, e := range tl.Events {
		r.keys[e] = keys[i]
	}
}

// docKey identifies an article page by a fast hash of its inputs: the
// article and its mentions, what it shows of its events and where they
// are, the page's site fields and the templates. It is tried before
// articleKey, which needs the page's view drawn first.
type docKey struct {
	id  string
	sum uint64
}

func (r *renderer) docKey(d *event.Doc, evs []*event.Event, templates [32]byte) docKey {
	m := r.cfg.Memo
	a := d.Article
	var k hasher
	k.h.SetSeed(m.seed)
	k.h.Write(r.docKeyBase(templates))
	if d.Serial != 0 {
		k.uv(d.Serial) // the article as read names all of it
	} else {
		k.h.WriteByte(0)
		k.str(a.Title, a.Outlet, a.URL, a.Path, string(a.Format), a.Image.URL) // the image: its og:image
		k.uv(r.hashes(d).sum)                                                  // its id, anchor, body and time expressions
		k.uv(uint64(len(a.Removed)))
		for _, rm := range a.Removed {
			k.uv(maphash.Comparable(m.seed, rm))
		}
		k.uv(uint64(len(a.Warnings)))
		k.str(a.Warnings...)
	}
	k.uv(uint64(len(evs)))
	for _, e := range evs {
		k.uv(r.keysOf(e).shown)
		k.str(r.eventPage[e.ID]) // where its link goes
	}
	return docKey{a.ID, k.h.Sum64()}
}

// hasher lays values out as appendStrings does (each string with its
// length), straight into a hash: a buffer of an article page's inputs, or
// of an event's hundreds of sources, outgrew the stack and was made anew
// for each of 10,000 articles at every render.
type hasher struct {
	h   maphash.Hash
	tmp [binary.MaxVarintLen64]byte
}

func (k *hasher) uv(n uint64) { k.h.Write(binary.AppendUvarint(k.tmp[:0], n)) }

func (k *hasher) str(ss ...string) {
	for _, s := range ss {
		k.uv(uint64(len(s)))
		k.h.WriteString(s)
	}
}

// docKeyBase is what every article page's docKey starts with: the
// templates and the page's site fields, laid out once per render.
func (r *renderer) docKeyBase(templates [32]byte) []byte {
	r.baseOnce.Do(func() {
		b := append([]byte(nil), templates[:]...)
		p := r.page(1)
		b = appendStrings(b, p.Root, p.Site.Title, p.Site.Description, p.Site.Language, p.Site.Version, p.Site.BaseURL) // an article's canonical address is BaseURL and its id
		b = binary.AppendUvarint(b, uint64(p.Site.ArticleCount))
		r.docBase = append(b, byte(b2i(p.Site.LiveReload)))
	})
	return r.docBase
}

// memoText returns e's entry in the export kind, from the memo when it
// holds one for the same content and extra inputs, else from draw.
func (r *renderer) memoText(e *event.Event, kind, extra string, draw func() string) string {
	if r.cfg.Memo == nil {
		return draw()
	}
	t, _ := recall(r.cfg.Memo, textsOf, textKey{r.key(e), kind, extra}, func() (string, error) { return draw(), nil })
	return t
}
