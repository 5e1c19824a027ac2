package event

import (
	"testing"
	"unsafe"
)

// A build holds every source at once: a Source past 240 bytes takes the
// next allocation size class, 256 (see Source.Seq; 232 since a TIMEX3
// value's calendar fields are 32 bits).
func TestSourceFitsItsSizeClass(t *testing.T) {
	if n := unsafe.Sizeof(Source{}); n > 240 {
		t.Errorf("event.Source is %d bytes, over 240", n)
	}
}

// A build holds every merge candidate until merging ends.
func TestCandidateFitsItsSizeClass(t *testing.T) {
	if n := unsafe.Sizeof(candidate{}); n > 128 {
		t.Errorf("candidate is %d bytes, over 128", n)
	}
}
