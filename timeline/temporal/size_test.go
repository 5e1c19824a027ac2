package temporal

import (
	"testing"
	"unsafe"
)

// A build holds every article's mentions until it ends: 128 bytes each
// (160 before the Value's calendar fields and Dir were 32 bits).
func TestMentionSize(t *testing.T) {
	if n := unsafe.Sizeof(Mention{}); n > 128 {
		t.Errorf("temporal.Mention is %d bytes, over 128", n)
	}
}
