package timex

import (
	"testing"
	"unsafe"
)

// Every time expression, source and event of a build holds Values: the
// calendar fields are 32 bits so that one is 64 bytes (88 with ints).
func TestValueSize(t *testing.T) {
	if n := unsafe.Sizeof(Value{}); n > 64 {
		t.Errorf("timex.Value is %d bytes, over 64", n)
	}
}
