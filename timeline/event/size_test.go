package event

import (
	"testing"
	"unsafe"
)

// A build holds every source at once: a Source past 224 bytes takes the
// next allocation size class, 240 (see Source.Seq and idBase; 216 since a
// TIMEX3 value's calendar fields are 32 bits and the id is not kept).
func TestSourceFitsItsSizeClass(t *testing.T) {
	if n := unsafe.Sizeof(Source{}); n > 224 {
		t.Errorf("event.Source is %d bytes, over 224", n)
	}
}

// A build holds every merge candidate until merging ends.
func TestCandidateFitsItsSizeClass(t *testing.T) {
	if n := unsafe.Sizeof(candidate{}); n > 128 {
		t.Errorf("candidate is %d bytes, over 128", n)
	}
}
