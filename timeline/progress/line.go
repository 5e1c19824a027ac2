package progress

import (
	"fmt"
	"io"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"
)

// Line draws progress on a terminal: each stage has a line, redrawn in
// place while it runs ("resolving time expressions  4,210 of 10,000
// 2,105/s  about 3s left") and left with its figures when the next
// starts. A job done within After prints nothing at all: a quick build
// stays quiet.
type Line struct {
	w io.Writer
	// After is how long the job must run before anything is drawn.
	After time.Duration
	// Now is the clock (time.Now unless a test sets another).
	Now func() time.Time

	done atomic.Int64

	mu      sync.Mutex
	start   time.Time // of the job
	shown   bool      // anything drawn yet
	stages  []stage   // all begun; the last is running unless closed
	closed  bool
	stopped chan struct{}
}

type stage struct {
	name  string
	total int
	start time.Time
	done  int64         // when finished
	took  time.Duration // when finished
	// seen are the counts drawn over the last rateWindow, oldest first:
	// the rate is taken over them, so that a stage whose first items are
	// slow (the site's front pages before its article pages) soon
	// estimates from its pace now, not its start.
	seen []sample
}

type sample struct {
	at   time.Time
	done int64
}

// rateWindow is how far back the rate of a running stage looks.
const rateWindow = 2 * time.Second

// NewLine returns a Line drawing on w (a terminal), its job starting now.
func NewLine(w io.Writer) *Line {
	l := &Line{w: w, After: time.Second, Now: time.Now}
	l.start = l.Now()
	return l
}

// Stage finishes the running stage's line and starts another.
func (l *Line) Stage(name string, total int) {
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.closed {
		return
	}
	now := l.Now()
	l.finish(now)
	l.stages = append(l.stages, stage{name: name, total: total, start: now, seen: []sample{{now, 0}}})
	l.done.Store(0)
	l.draw(now)
}

// Add counts n more items of the running stage as done.
func (l *Line) Add(n int) { l.done.Add(int64(n)) }

// Draw redraws the running stage's line, and the lines of the stages
// already finished when this is the first drawing (the job has just
// passed After).
func (l *Line) Draw() {
	l.mu.Lock()
	defer l.mu.Unlock()
	if !l.closed {
		l.draw(l.Now())
	}
}

// Start redraws every interval until Close.
func (l *Line) Start(interval time.Duration) {
	l.mu.Lock()
	l.stopped = make(chan struct{})
	stop := l.stopped
	l.mu.Unlock()
	go func() {
		t := time.NewTicker(interval)
		defer t.Stop()
		for {
			select {
			case <-stop:
				return
			case <-t.C:
				l.Draw()
			}
		}
	}()
}

// Close finishes the last stage's line, if lines were drawn, and stops
// the redrawing. What follows starts on a line of its own.
func (l *Line) Close() {
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.closed {
		return
	}
	now := l.Now()
	l.draw(now) // a job past After shows, even between two redraws
	l.finish(now)
	l.closed = true
	if l.stopped != nil {
		close(l.stopped)
	}
}

// finish closes the running stage: its figures are kept, and its line,
// when shown, is left as it ends.
func (l *Line) finish(now time.Time) {
	n := len(l.stages)
	if n == 0 || l.stages[n-1].took != 0 {
		return
	}
	s := &l.stages[n-1]
	s.done, s.took = l.done.Load(), max(now.Sub(s.start), time.Nanosecond)
	if l.shown {
		fmt.Fprintf(l.w, "\r\033[K%s\n", s.finished())
	}
}

func (l *Line) draw(now time.Time) {
	n := len(l.stages)
	running := n > 0 && l.stages[n-1].took == 0
	var done int64
	if running {
		done = l.done.Load()
		l.stages[n-1].see(now, done)
	}
	if !l.shown {
		if now.Sub(l.start) < l.After {
			return
		}
		l.shown = true
		for _, s := range l.stages {
			if s.took != 0 {
				fmt.Fprintln(l.w, s.finished())
			}
		}
	}
	if running {
		fmt.Fprintf(l.w, "\r\033[K%s", l.stages[n-1].running(done, now))
	}
}

// see notes the count at now, forgetting what is past the window (but
// for one sample from before it, to measure across it).
func (s *stage) see(now time.Time, done int64) {
	s.seen = append(s.seen, sample{now, done})
	drop := 0
	for drop+1 < len(s.seen) && now.Sub(s.seen[drop+1].at) >= rateWindow {
		drop++
	}
	s.seen = s.seen[drop:]
}

// nameWidth aligns the figures of the stages' lines.
const nameWidth = 28

// running is a running stage's line: done of total, the rate, and the
// time left at that rate once there is a rate to tell.
func (s stage) running(done int64, now time.Time) string {
	el := now.Sub(s.start)
	b := &strings.Builder{}
	fmt.Fprintf(b, "%-*s", nameWidth, s.name)
	switch {
	case s.total > 0 && done <= int64(s.total):
		fmt.Fprintf(b, " %s of %s", count(done), count(int64(s.total)))
	case done > 0:
		fmt.Fprintf(b, " %s", count(done))
	}
	first := s.seen[0]
	if span := now.Sub(first.at); done > first.done && span >= 200*time.Millisecond {
		rate := float64(done-first.done) / span.Seconds()
		fmt.Fprintf(b, "  %s/s", count(int64(rate+0.5)))
		// The time left waits for 1% done: the first few items of a
		// stage are no guide (the site draws its front pages, slow and
		// few, before the article pages).
		if left := int64(s.total) - done; s.total > 0 && left > 0 && done*100 >= int64(s.total) {
			fmt.Fprintf(b, "  about %s left", seconds(time.Duration(float64(left)/rate*float64(time.Second))))
		}
	}
	fmt.Fprintf(b, "  %s", seconds(el))
	return b.String()
}

// finished is a finished stage's line: what it did, its rate, its time.
func (s stage) finished() string {
	b := &strings.Builder{}
	fmt.Fprintf(b, "%-*s", nameWidth, s.name)
	if s.done > 0 {
		fmt.Fprintf(b, " %s", count(s.done))
		if s.total > 0 && s.done < int64(s.total) {
			fmt.Fprintf(b, " of %s", count(int64(s.total)))
		}
		if s.took >= 200*time.Millisecond {
			fmt.Fprintf(b, "  %s/s", count(int64(float64(s.done)/s.took.Seconds()+0.5)))
		}
	}
	fmt.Fprintf(b, "  %s", seconds(s.took))
	return b.String()
}

// count writes n with thousands separators: 10,000.
func count(n int64) string {
	s := strconv.FormatInt(n, 10)
	if n < 0 {
		return s
	}
	for i := len(s) - 3; i > 0; i -= 3 {
		s = s[:i] + "," + s[i:]
	}
	return s
}

// seconds writes a duration as people read one: 0.4s, 12s, 2m05s.
func seconds(d time.Duration) string {
	if d < 9950*time.Millisecond {
		return fmt.Sprintf("%.1fs", d.Seconds())
	}
	d = d.Round(time.Second)
	if d < time.Minute {
		return fmt.Sprintf("%ds", int(d.Seconds()))
	}
	return fmt.Sprintf("%dm%02ds", int(d.Minutes()), int(d.Seconds())%60)
}
