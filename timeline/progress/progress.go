// Package progress is how long work says how far it has got: stages
// report to a Reporter (the stage starts, items finish), and Line draws
// that on a terminal, one line per stage, redrawn in place.
package progress

// Reporter is told what a long job is doing.
type Reporter interface {
	// Stage says a stage starts, working on total items (0 when the
	// count is not known ahead).
	Stage(name string, total int)
	// Add says n more items of the current stage are done. It is called
	// from any goroutine, often: it must be cheap.
	Add(n int)
}

// Or returns r, or a Reporter that ignores everything when r is nil, so
// a stage can report without asking whether anyone listens.
func Or(r Reporter) Reporter {
	if r == nil {
		return nop{}
	}
	return r
}

type nop struct{}

func (nop) Stage(string, int) {}
func (nop) Add(int)           {}
