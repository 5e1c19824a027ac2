// Package memo keeps what one build made for the next one (serve's
// rebuilds): a generational table, whose entries a build uses (finds or
// puts) are kept for the next build and the others swept once they are a
// fifth of the table (Rotate), so a table holds what about one build and
// a quarter used, never the history of every edit.
// It is the one memo layer at the stage boundaries: merging keeps how each
// event settled in one (event.MergeMemo), rendering its pages, cards and
// export entries (site.Memo).
package memo

import "sync"

// Table maps keys to what was made of them. Keys name everything the
// value was made from (a hash of the inputs, or an identity that changes
// when they do), so an entry never goes stale: it is only no longer
// asked for. A Table is safe for concurrent use; the zero Table is ready.
//
// Each entry is stamped with the last build that used it, in one map: a
// value the last build used is found by one look-up and a stamp, where
// moving it into a map of this build's (as two maps, last and this
// build's, did) cost 4-6 ms per 40,000 entries at every rebuild, with
// tables of events' keys, cards and export entries that size at 10,000
// articles.
type Table[K comparable, V any] struct {
	mu sync.Mutex
	// build numbers the builds (Rotate); used counts the entries this
	// one used.
	build, used int
	m           map[K]*entry[V]
}

type entry[V any] struct {
	v    V
	used int // the last build that used it
}

// Get returns the value kept under k by this build or the last one; a
// value of the last build is kept for the next one too.
func (t *Table[K, V]) Get(k K) (V, bool) {
	t.mu.Lock()
	defer t.mu.Unlock()
	e, ok := t.m[k]
	if !ok || e.used < t.build-1 { // not used by this build or the last
		var zero V
		return zero, false
	}
	t.use(e)
	return e.v, true
}

// Put keeps v under k for the next build.
func (t *Table[K, V]) Put(k K, v V) {
	t.mu.Lock()
	defer t.mu.Unlock()
	if e, ok := t.m[k]; ok {
		e.v = v
		t.use(e)
		return
	}
	if t.m == nil {
		t.m = map[K]*entry[V]{}
	}
	t.m[k] = &entry[V]{v: v, used: t.build}
	t.used++
}

// use stamps e as used by this build.
func (t *Table[K, V]) use(e *entry[V]) {
	if e.used != t.build {
		e.used = t.build
		t.used++
	}
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
// nothing else may be found any more. (What no build may find is
// deleted once it is a fifth of the table: Get tells it by its stamp
// meanwhile, and each build need not walk the whole table.)
func (t *Table[K, V]) Rotate() {
	t.mu.Lock()
	defer t.mu.Unlock()
	t.build++
	if len(t.m)-t.used > t.used/4 {
		for k, e := range t.m {
			if e.used < t.build-1 {
				delete(t.m, k)
			}
		}
	}
	t.used = 0
}
