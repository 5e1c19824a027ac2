package event

import (
	"fmt"
	"sync"
	"testing"
)

// The cache gives every word its stem, from any number of cores at once,
// across the snapshots it makes as its words grow.
func TestStemCache(t *testing.T) {
	var words []string
	for i := range 2000 {
		words = append(words, fmt.Sprintf("running%d", i), "agreed", "studios", "cancelled")
	}
	var c stemCache
	var wg sync.WaitGroup
	for g := range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range words {
				w := words[(i+g*97)%len(words)]
				if got, want := c.stem(w), stem(w); got != want {
					t.Errorf("stem(%q) = %q, want %q", w, got, want)
					return
				}
			}
		}()
	}
	wg.Wait()
	if c.hot.Load() == nil {
		t.Error("no snapshot made after 2,003 words")
	}
}
