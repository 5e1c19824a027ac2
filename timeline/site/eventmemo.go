package site

import (
	"encoding/binary"
	"hash/maphash"
	"math"

	"github.com/newsroom/timeline/timeline/article"
	"github.com/newsroom/timeline/timeline/event"
	"github.com/newsroom/timeline/timeline/temporal"
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

// sourceFacts is what a card or an export shows of one source.
type sourceFacts struct {
	text      string
	sentence  article.Sentence
	mention   temporal.Mention
	time      event.Time
	anaphoric bool
	id, path  string
	title     string
	outlet    string
	url       string
	anchor    article.Anchor
}

// eventKey hashes e. (The anchor's time zone is hashed by identity, so an
// article read afresh misses the memo even when nothing changed: a
// miss, never a wrong page.)
func (m *Memo) eventKey(e *event.Event) eventKey {
	var h maphash.Hash
	h.SetSeed(m.seed)
	var b []byte
	b = binary.AppendUvarint(b, maphash.Comparable(m.seed, e.Time))
	b = binary.AppendUvarint(b, math.Float64bits(e.Score))
	b = append(b, byte(b2i(e.Background)), byte(b2i(e.Disputed)), byte(b2i(e.Relative)), byte(b2i(e.Inferred)), byte(b2i(e.Hidden)))
	b = appendStrings(b, e.Title)
	b = binary.AppendUvarint(b, uint64(len(e.Evidence)))
	b = appendStrings(b, e.Evidence...)
	for _, s := range e.Sources {
		a := s.Doc.Article
		b = binary.AppendUvarint(b, maphash.Comparable(m.seed, sourceFacts{
			text: s.Text, sentence: s.Sentence, mention: s.Mention, time: s.Time, anaphoric: s.Anaphoric,
			id: a.ID, path: a.Path, title: a.Title, outlet: a.Outlet, url: a.URL, anchor: a.Anchor,
		}))
	}
	h.Write(b)
	return eventKey{id: e.ID, sources: len(e.Sources), sum: h.Sum64()}
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

// kept is one render's per-event and per-article results; the memo holds
// the last render's and the current one's, like pages.
type kept struct {
	articles map[docKey][]byte
	views    map[viewKey]eventView
	exports  map[eventKey][]byte
	timeml   map[timemlKey][]byte
	texts    map[textKey]string
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

func newKept() kept {
	return kept{articles: map[docKey][]byte{}, views: map[viewKey]eventView{}, exports: map[eventKey][]byte{}, timeml: map[timemlKey][]byte{}, texts: map[textKey]string{}}
}

// view returns e's card, from the memo when it holds one for the same
// content.
func (r *renderer) view(e *event.Event, depth int) eventView {
	m := r.cfg.Memo
	if m == nil {
		return r.eventView(e, depth)
	}
	k := viewKey{r.key(e), depth}
	m.mu.Lock()
	v, ok := m.last.views[k]
	if !ok {
		v, ok = m.cur.views[k]
	}
	m.mu.Unlock()
	if !ok {
		v = r.eventView(e, depth)
		v.key = k
	}
	m.mu.Lock()
	m.cur.views[k] = v
	m.mu.Unlock()
	return v
}

// key is e's eventKey, hashed once per render.
func (r *renderer) key(e *event.Event) eventKey {
	r.keysMu.Lock()
	k, ok := r.keys[e]
	r.keysMu.Unlock()
	if !ok {
		k = r.cfg.Memo.eventKey(e)
		r.keysMu.Lock()
		r.keys[e] = k
		r.keysMu.Unlock()
	}
	return k
}

// exported returns e's events.json entry, from the memo when it can.
func (r *renderer) exported(e *event.Event) ([]byte, error) {
	m := r.cfg.Memo
	if m == nil {
		return marshalEvent(e)
	}
	k := r.key(e)
	m.mu.Lock()
	b, ok := m.last.exports[k]
	m.mu.Unlock()
	if !ok {
		var err error
		if b, err = marshalEvent(e); err != nil {
			return nil, err
		}
	}
	m.mu.Lock()
	m.cur.exports[k] = b
	m.mu.Unlock()
	return b, nil
}

// timemlOf returns d's TimeML, from the memo when it can.
func (r *renderer) timemlOf(d *event.Doc) []byte {
	m := r.cfg.Memo
	if m == nil {
		return docTimeML(d)
	}
	var h maphash.Hash
	h.SetSeed(m.seed)
	h.WriteString(d.Article.ID)
	h.Write(binary.AppendUvarint(nil, maphash.Comparable(m.seed, d.Article.Anchor)))
	h.WriteString(d.Article.Body)
	for _, mn := range d.Mentions {
		h.Write(binary.AppendUvarint(nil, maphash.Comparable(m.seed, mn)))
	}
	k := timemlKey{d.Article.ID, h.Sum64()}
	m.mu.Lock()
	b, ok := m.last.timeml[k]
	m.mu.Unlock()
	if !ok {
		b = docTimeML(d)
	}
	m.mu.Lock()
	m.cur.timeml[k] = b
	m.mu.Unlock()
	return b
}

// docKey identifies an article page by a fast hash of its inputs: the
// article and its mentions, its events and where they are, the page's
// site fields and the templates. It is tried before articleKey, which
// needs the page's view drawn first.
type docKey struct {
	id  string
	sum uint64
}

func (r *renderer) docKey(d *event.Doc, evs []*event.Event, templates [32]byte) docKey {
	m := r.cfg.Memo
	a := d.Article
	var h maphash.Hash
	h.SetSeed(m.seed)
	b := append([]byte(nil), templates[:]...)
	p := r.page(1)
	b = appendStrings(b, p.Root, p.Site.Title, p.Site.Description, p.Site.Language, p.Site.Version, a.Title, a.Outlet, a.URL, a.Path, string(a.Format))
	b = binary.AppendUvarint(b, uint64(p.Site.ArticleCount))
	b = append(b, byte(b2i(p.Site.LiveReload)))
	b = binary.AppendUvarint(b, maphash.Comparable(m.seed, a.Anchor))
	b = binary.AppendUvarint(b, uint64(len(a.Removed)))
	for _, rm := range a.Removed {
		b = binary.AppendUvarint(b, maphash.Comparable(m.seed, rm))
	}
	b = binary.AppendUvarint(b, uint64(len(a.Warnings)))
	b = appendStrings(b, a.Warnings...)
	b = binary.AppendUvarint(b, uint64(len(d.Mentions)))
	for _, mn := range d.Mentions {
		b = binary.AppendUvarint(b, maphash.Comparable(m.seed, mn))
	}
	b = binary.AppendUvarint(b, uint64(len(evs)))
	for _, e := range evs {
		k := r.key(e)
		b = appendStrings(b, k.id, r.link(e.ID))
		b = binary.AppendUvarint(b, uint64(k.sources))
		b = binary.AppendUvarint(b, k.sum)
	}
	h.Write(b)
	h.WriteString(a.Body)
	return docKey{a.ID, h.Sum64()}
}

// article returns the article page kept under k, if any.
func (m *Memo) article(k docKey) ([]byte, bool) {
	m.mu.Lock()
	defer m.mu.Unlock()
	b, ok := m.last.articles[k]
	if ok {
		m.cur.articles[k] = b
	}
	return b, ok
}

func (m *Memo) putArticle(k docKey, page []byte) {
	m.mu.Lock()
	m.cur.articles[k] = page
	m.mu.Unlock()
}

// memoText returns e's entry in the export kind, from the memo when it
// holds one for the same content and extra inputs, else from draw.
func (r *renderer) memoText(e *event.Event, kind, extra string, draw func() string) string {
	m := r.cfg.Memo
	if m == nil {
		return draw()
	}
	k := textKey{r.key(e), kind, extra}
	m.mu.Lock()
	t, ok := m.last.texts[k]
	m.mu.Unlock()
	if !ok {
		t = draw()
	}
	m.mu.Lock()
	m.cur.texts[k] = t
	m.mu.Unlock()
	return t
}
