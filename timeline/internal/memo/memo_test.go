package memo

import (
	"errors"
	"fmt"
	"testing"
)

// A table keeps across one Rotate what the build used, and drops the rest.
func TestTableKeepsWhatABuildUsed(t *testing.T) {
	type step struct {
		op   string // get, put, rotate
		key  string
		val  int
		want bool // for get: found
	}
	for _, tc := range []struct {
		name  string
		steps []step
	}{
		{"found in the same build", []step{{"put", "a", 1, false}, {"get", "a", 1, true}}},
		{"found in the next build", []step{{"put", "a", 1, false}, {"rotate", "", 0, false}, {"get", "a", 1, true}}},
		{"dropped after a build that did not use it", []step{{"put", "a", 1, false}, {"rotate", "", 0, false}, {"rotate", "", 0, false}, {"get", "a", 0, false}}},
		{"a get carries it on", []step{{"put", "a", 1, false}, {"rotate", "", 0, false}, {"get", "a", 1, true}, {"rotate", "", 0, false}, {"get", "a", 1, true}}},
		{"a put replaces", []step{{"put", "a", 1, false}, {"rotate", "", 0, false}, {"put", "a", 2, false}, {"get", "a", 2, true}}},
		{"empty", []step{{"get", "a", 0, false}}},
	} {
		var tb Table[string, int]
		for i, s := range tc.steps {
			switch s.op {
			case "put":
				tb.Put(s.key, s.val)
			case "rotate":
				tb.Rotate()
			case "get":
				v, ok := tb.Get(s.key)
				if ok != s.want || v != s.val {
					t.Errorf("%s: step %d: Get(%q) = %d, %v; want %d, %v", tc.name, i, s.key, v, ok, s.val, s.want)
				}
			}
		}
	}
}

// Recall makes a value once per key and keeps no error.
func TestRecall(t *testing.T) {
	var tb Table[int, string]
	made := 0
	mk := func() (string, error) { made++; return "x", nil }
	for range 3 {
		if v, err := tb.Recall(1, mk); v != "x" || err != nil {
			t.Fatalf("Recall = %q, %v", v, err)
		}
		tb.Rotate()
	}
	if made != 1 {
		t.Errorf("made %d times, want 1", made)
	}
	bad := errors.New("bad")
	if _, err := tb.Recall(2, func() (string, error) { return "", bad }); err != bad {
		t.Errorf("error %v, want %v", err, bad)
	}
	if _, ok := tb.Get(2); ok {
		t.Error("a failed make was kept")
	}
}

func BenchmarkRecall(b *testing.B) {
	var tb Table[int, int]
	for i := range 1000 {
		tb.Put(i, i)
	}
	tb.Rotate()
	for i := 0; b.Loop(); i++ {
		tb.Recall(i%1000, func() (int, error) { return i, nil })
	}
}

// BenchmarkRebuild is a rebuild's use of a table of 40,000 entries (an
// event's per event at 10,000 articles): each one found, then the build
// ends.
func BenchmarkRebuild(b *testing.B) {
	var tb Table[int, []byte]
	for i := range 40000 {
		tb.Put(i, nil)
	}
	tb.Rotate()
	for b.Loop() {
		for i := range 40000 {
			tb.Get(i)
		}
		tb.Rotate()
	}
}

// BenchmarkRebuildStrings is BenchmarkRebuild with keys as the site's
// article pages have them (an id and a hash), scattered in memory.
func BenchmarkRebuildStrings(b *testing.B) {
	type key struct {
		id  string
		sum uint64
	}
	var tb Table[key, []byte]
	keys := make([]key, 10000)
	for i := range keys {
		keys[i] = key{fmt.Sprintf("article-%05d", i*7919%10000), uint64(i) * 0x9e3779b97f4a7c15}
		tb.Put(keys[i], nil)
	}
	tb.Rotate()
	for b.Loop() {
		for _, k := range keys {
			tb.Get(k)
		}
		tb.Rotate()
	}
}
