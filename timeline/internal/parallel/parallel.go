// Package parallel runs independent jobs on every core.
package parallel

import (
	"context"
	"runtime"
	"sync"
)

// Do calls f(0) … f(n-1) on GOMAXPROCS workers and returns when all are
// done, or after the jobs started before ctx ended. Jobs write their
// results into slots of their own, so the result never depends on the
// schedule.
func Do(ctx context.Context, n int, f func(i int)) {
	next := make(chan int)
	var wg sync.WaitGroup
	for range max(1, min(n, runtime.GOMAXPROCS(0))) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				f(i)
			}
		}()
	}
	for i := 0; i < n && ctx.Err() == nil; i++ {
		next <- i
	}
	close(next)
	wg.Wait()
}
