// Package t17 reads the Timeline17 benchmark's gold timelines for the
// tests that score key dates against them (the fitting harness in
// timeline/event, the pipeline's score in timeline).
package t17

import (
	"bufio"
	"fmt"
	"os"
	"slices"
	"strings"
	"time"
)

// GoldDates returns the distinct dates of a gold timeline file, in order:
// a YYYY-MM-DD line, that day's summary sentences, a line of dashes. (A
// date may head two entries; it is one date to find, as the scorer counts
// it.)
func GoldDates(path string) ([]time.Time, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var dates []time.Time
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if d, err := time.Parse(time.DateOnly, strings.TrimSpace(sc.Text())); err == nil && !slices.Contains(dates, d) {
			dates = append(dates, d)
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	if len(dates) == 0 {
		return nil, fmt.Errorf("%s: no YYYY-MM-DD line: not a gold timeline", path)
	}
	slices.SortFunc(dates, time.Time.Compare)
	return dates, nil
}
