// Package parallel runs independent jobs on every core.
package parallel

import (
	"context"
	"runtime"
	"sync"
	"sync/atomic"
)

// Do calls f(0) … f(n-1) on GOMAXPROCS workers and returns when all are
// done, or after the jobs started before ctx ended. Jobs write their
// results into slots of their own, so the result never depends on the
// schedule.
func Do(ctx context.Context, n int, f func(i int)) {
	// Workers take the next job from a counter: tens of thousands of small
	// jobs (settling each event) cost less through it than through a
	// channel.
	var next atomic.Int64
	var wg sync.WaitGroup
	for range max(1, min(n, runtime.GOMAXPROCS(0))) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for ctx.Err() == nil {
				i := int(next.Add(1)) - 1
				if i >= n {
					return
				}
				f(i)
			}
		}()
	}
	wg.Wait()
}
