// Package memo keeps what one build made for the next one (serve's
// rebuilds): a generational table, whose entries a build uses (finds or
// puts) are kept for the next build and the others dropped when it ends,
// so a table holds what one build used, never the history of every edit.
// It is the one memo layer at the stage boundaries: merging keeps how each
// event settled in one (event.MergeMemo), rendering its pages, cards and
// export entries (site.Memo).
package memo

import "sync"

// Table maps keys to what was made of them. Keys name everything the
// value was made from (a hash of the inputs, or an identity that changes
// when they do), so an entry never goes stale: it is only no longer
// asked for. A Table is safe for concurrent use; the zero Table is ready.
type Table[K comparable, V any] struct {
	mu        sync.Mutex
	last, cur map[K]V
}

// Get returns the value kept under k by this build or the last one; a
// value of the last build is kept for the next one too.
func (t *Table[K, V]) Get(k K) (V, bool) {
	t.mu.Lock()
	defer t.mu.Unlock()
	v, ok := t.cur[k]
	if !ok {
		if v, ok = t.last[k]; ok {
			t.put(k, v)
		}
	}
	return v, ok
}

// Put keeps v under k for the next build.
func (t *Table[K, V]) Put(k K, v V) {
	t.mu.Lock()
	t.put(k, v)
	t.mu.Unlock()
}

func (t *Table[K, V]) put(k K, v V) {
	if t.cur == nil {
		// Sized as the last build's: a rebuild uses about as many, and
		// growing a map of 10,000 entries rehashed them again and again.
		t.cur = make(map[K]V, len(t.last))
	}
	t.cur[k] = v
}

// Recall returns the value kept under k, or else makes it (the lock is
// not held meanwhile: make may recall from another table, and two builds'
// workers may make the same value at once, which only costs time); either
// way it is kept for the next build. An error is returned and not kept.
func (t *Table[K, V]) Recall(k K, make func() (V, error)) (V, error) {
	if v, ok := t.Get(k); ok {
		return v, nil
	}
	v, err := make()
	if err != nil {
		return v, err
	}
	t.Put(k, v)
	return v, nil
}

// Rotate ends a build: what it used is what the next build may find, and
// everything else is dropped.
func (t *Table[K, V]) Rotate() {
	t.mu.Lock()
	t.last, t.cur = t.cur, nil
	t.mu.Unlock()
}
