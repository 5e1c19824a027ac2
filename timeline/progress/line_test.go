package progress

import (
	"bytes"
	"strings"
	"sync"
	"testing"
	"time"
)

// clock is a fake time that tests move on.
type clock struct{ t time.Time }

func (c *clock) now() time.Time          { return c.t }
func (c *clock) advance(d time.Duration) { c.t = c.t.Add(d) }
func newTestLine(w *bytes.Buffer) (*Line, *clock) {
	c := &clock{t: time.Date(2014, 12, 17, 12, 0, 0, 0, time.UTC)}
	l := &Line{w: w, After: time.Second, Now: c.now}
	l.start = c.now()
	return l, c
}

// screen is what a terminal shows after w's bytes: each \r\033[K wipes
// the line being drawn, each \n ends it.
func screen(out string) []string {
	var lines []string
	cur := ""
	for i := 0; i < len(out); {
		switch {
		case strings.HasPrefix(out[i:], "\r\033[K"):
			cur = ""
			i += len("\r\033[K")
		case out[i] == '\n':
			lines = append(lines, cur)
			cur = ""
			i++
		default:
			cur += out[i : i+1]
			i++
		}
	}
	if cur != "" {
		lines = append(lines, cur)
	}
	return lines
}

func TestLineShowsEachStage(t *testing.T) {
	var out bytes.Buffer
	l, c := newTestLine(&out)
	l.Stage("finding articles", 0)
	c.advance(100 * time.Millisecond)
	l.Stage("reading articles", 10000)
	c.advance(400 * time.Millisecond)
	l.Add(3000)
	l.Draw()
	if out.Len() != 0 {
		t.Fatalf("drawn before a second had passed: %q", out.String())
	}
	c.advance(600 * time.Millisecond) // 1.1s into the job, 1s into reading
	l.Add(2000)
	l.Draw()
	want := []string{
		"finding articles              0.1s",
		"reading articles             5,000 of 10,000  5,000/s  about 1.0s left  1.0s",
	}
	if got := screen(out.String()); strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Fatalf("screen after a second:\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	c.advance(time.Second)
	l.Add(5000)
	l.Stage("merging events", 0) // a stage whose count is not known ahead
	c.advance(3 * time.Second)
	l.Add(78500)
	l.Draw()
	l.Stage("writing the site", 10002)
	c.advance(12 * time.Second)
	l.Add(10040) // the site holds a few files more than its pages
	l.Draw()
	l.Close()
	l.Draw() // after Close: nothing
	want = []string{
		"finding articles              0.1s",
		"reading articles             10,000  5,000/s  2.0s",
		"merging events               78,500  26,167/s  3.0s",
		"writing the site             10,040  837/s  12s",
	}
	if got := screen(out.String()); strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("screen at the end:\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if !strings.HasSuffix(out.String(), "\n") {
		t.Errorf("the last line is not ended: %q", out.String())
	}
}

// A job done within After prints nothing, whatever its stages.
func TestLineQuickJobPrintsNothing(t *testing.T) {
	var out bytes.Buffer
	l, c := newTestLine(&out)
	for _, name := range []string{"reading articles", "resolving time expressions", "writing the site"} {
		l.Stage(name, 4)
		l.Add(4)
		c.advance(200 * time.Millisecond)
		l.Draw()
	}
	l.Close()
	if out.Len() != 0 {
		t.Errorf("a 0.6s job printed %q", out.String())
	}
}

// Add is called from every worker while Start redraws.
func TestLineConcurrentAdd(t *testing.T) {
	var out syncBuffer
	l := NewLine(&out)
	l.After = 0
	l.Start(time.Millisecond)
	l.Stage("tagging", 8000)
	var wg sync.WaitGroup
	for range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for range 1000 {
				l.Add(1)
			}
		}()
	}
	wg.Wait()
	l.Close()
	got := screen(out.String())
	if len(got) != 1 || !strings.HasPrefix(got[0], "tagging                      8,000  ") {
		t.Errorf("got %q", got)
	}
}

type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

func TestFigures(t *testing.T) {
	for n, want := range map[int64]string{0: "0", 999: "999", 1000: "1,000", 78500: "78,500", 1234567: "1,234,567"} {
		if got := count(n); got != want {
			t.Errorf("count(%d) = %q, want %q", n, got, want)
		}
	}
	for d, want := range map[time.Duration]string{
		400 * time.Millisecond: "0.4s", 9940 * time.Millisecond: "9.9s", 9960 * time.Millisecond: "10s", 12 * time.Second: "12s",
		59600 * time.Millisecond: "1m00s", 125 * time.Second: "2m05s",
	} {
		if got := seconds(d); got != want {
			t.Errorf("seconds(%v) = %q, want %q", d, got, want)
		}
	}
}

func TestOr(t *testing.T) {
	Or(nil).Stage("x", 1) // does nothing, does not panic
	Or(nil).Add(1)
	l := NewLine(&bytes.Buffer{})
	if Or(l) != Reporter(l) {
		t.Error("Or(r) is not r")
	}
}

// TestLineFigures: what one stage's line says, as the job goes.
func TestLineFigures(t *testing.T) {
	for _, tc := range []struct {
		name string
		job  func(l *Line, c *clock)
		want string // the screen's one line at the end
	}{
		{"a stage cut short (an interrupted build) says how far it got", func(l *Line, c *clock) {
			l.Stage("resolving time expressions", 10000)
			c.advance(2 * time.Second)
			l.Add(4210)
			l.Close()
		}, "resolving time expressions   4,210 of 10,000  2,105/s  2.0s"},
		{"a stage slow to start estimates from its pace over the last rateWindow", func(l *Line, c *clock) {
			l.Stage("writing the site", 10000)
			for range 10 { // 2s with nothing written (the front pages)
				c.advance(200 * time.Millisecond)
				l.Draw()
			}
			for range 15 { // then 1,000 files a second, for 3s
				c.advance(200 * time.Millisecond)
				l.Add(200)
				l.Draw()
			}
		}, "writing the site             3,000 of 10,000  1,000/s  about 7.0s left  5.0s"},
		{"under 1% done the rate shows, but no time left", func(l *Line, c *clock) {
			l.Stage("writing the site", 10000)
			c.advance(3 * time.Second)
			l.Add(6)
			l.Draw()
		}, "writing the site             6 of 10,000  2/s  3.0s"},
		{"at 1% done the time left shows", func(l *Line, c *clock) {
			l.Stage("writing the site", 10000)
			c.advance(3 * time.Second)
			l.Add(6)
			l.Draw()
			c.advance(time.Second)
			l.Add(94)
			l.Draw()
		}, "writing the site             100 of 10,000  25/s  about 6m36s left  4.0s"},
		{"a stage of no known count says what it did", func(l *Line, c *clock) {
			l.Stage("merging events", 0)
			c.advance(1500 * time.Millisecond)
			l.Add(3000)
			l.Draw()
		}, "merging events               3,000  2,000/s  1.5s"},
	} {
		var out bytes.Buffer
		l, c := newTestLine(&out)
		l.After = 0
		tc.job(l, c)
		if got := screen(out.String()); len(got) != 1 || got[0] != tc.want {
			t.Errorf("%s:\ngot  %q\nwant %q", tc.name, got, tc.want)
		}
	}
}
