package site

import (
	"crypto/sha256"
	"fmt"
	"io/fs"
	"sort"
	"sync"

	"github.com/newsroom/timeline/timeline/article"
)

// Memo keeps the article pages of one render for the next (serve keeps
// one): a page whose inputs did not change — the article, its marks and
// explanations, its events' titles and dates, the templates — is not
// drawn again. Pages not used by a render are dropped after it, so the
// memo holds one site's article pages at most. A nil *Memo keeps nothing.
type Memo struct {
	mu         sync.Mutex
	pages, now map[memoKey][]byte
}

type memoKey [sha256.Size]byte

// NewMemo returns an empty memo.
func NewMemo() *Memo { return &Memo{pages: map[memoKey][]byte{}, now: map[memoKey][]byte{}} }

func (m *Memo) get(k memoKey) ([]byte, bool) {
	if m == nil {
		return nil, false
	}
	m.mu.Lock()
	defer m.mu.Unlock()
	b, ok := m.pages[k]
	if ok {
		m.now[k] = b
	}
	return b, ok
}

func (m *Memo) put(k memoKey, page []byte) {
	if m == nil {
		return
	}
	m.mu.Lock()
	m.now[k] = page
	m.mu.Unlock()
}

// rotate ends a render: what it used is what the next one may reuse.
func (m *Memo) rotate() {
	if m == nil {
		return
	}
	m.mu.Lock()
	m.pages, m.now = m.now, map[memoKey][]byte{}
	m.mu.Unlock()
}

// articleKey identifies everything an article page shows: its view (all
// but the body), the marks drawn into the body, the body's source, and
// the templates it is drawn with.
func (s *Site) articleKey(ap articlePage, marks []Mark, a *article.Article) memoKey {
	h := sha256.New()
	h.Write(s.fingerprint[:])
	fmt.Fprintf(h, "%#v\x00%#v\x00%v\x00", ap, marks, a.Format)
	h.Write([]byte(a.Body))
	var k memoKey
	h.Sum(k[:0])
	return k
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
