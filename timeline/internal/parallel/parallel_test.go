package parallel

import (
	"context"
	"sync/atomic"
	"testing"
)

func TestDo(t *testing.T) {
	out := make([]int, 1000)
	Do(context.Background(), len(out), func(i int) { out[i] = i * i })
	for i, v := range out {
		if v != i*i {
			t.Fatalf("out[%d] = %d", i, v)
		}
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	var ran atomic.Int32
	Do(ctx, 1000, func(int) { ran.Add(1) })
	if ran.Load() != 0 {
		t.Errorf("%d jobs ran after cancel", ran.Load())
	}
	Do(context.Background(), 0, func(int) { t.Error("ran a job of none") })
}
