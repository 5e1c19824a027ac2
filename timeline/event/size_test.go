package event

import (
	"testing"
	"unsafe"
)

// A build holds every source at once: a Source past 256 bytes takes the
// next allocation size class, 288 (see Source.Seq).
func TestSourceFitsItsSizeClass(t *testing.T) {
	if n := unsafe.Sizeof(Source{}); n > 256 {
		t.Errorf("event.Source is %d bytes, over 256", n)
	}
}

// A build holds every merge candidate until merging ends.
func TestCandidateFitsItsSizeClass(t *testing.T) {
	if n := unsafe.Sizeof(candidate{}); n > 144 {
		t.Errorf("candidate is %d bytes, over 144", n)
	}
}
