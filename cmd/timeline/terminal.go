package main

import (
	"io"
	"os"
	"time"

	"github.com/newsroom/timeline/timeline/progress"
)

// progressAfter is how long a command runs before its progress shows: a
// quick build prints only its summary.
const progressAfter = time.Second

// progressLine starts the progress display of a command reporting on w,
// or returns nil when there is to be none: w is no terminal, or quiet.
// A writer with a ProgressAfter method counts as a terminal that shows
// progress after that long (the tests' stand-in for one).
func progressLine(w io.Writer, quiet bool) *progress.Line {
	if quiet {
		return nil
	}
	after := progressAfter
	if t, ok := w.(interface{ ProgressAfter() time.Duration }); ok {
		after = t.ProgressAfter()
	} else if !isTerminal(w) {
		return nil
	}
	l := progress.NewLine(w)
	l.After = after
	l.Start(200 * time.Millisecond)
	return l
}

// isTerminal reports whether w is a terminal.
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	info, err := f.Stat()
	return err == nil && info.Mode()&os.ModeCharDevice != 0
}
