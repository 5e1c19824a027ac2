package event

import (
	"errors"
	"fmt"
	"sort"
	"strings"

	"github.com/newsroom/timeline/timeline/article"
	"github.com/newsroom/timeline/timeline/internal/yamlfile"
	"github.com/newsroom/timeline/timeline/timex"
)

// Overrides are an editor's corrections, kept in a file in the content
// folder (_overrides.yaml) so they survive every rebuild:
//
//	events:
//	  e-1a2b3c4d5e:
//	    date: 2014-12-16     # pin the date (a TIMEX3 value: 2014-12, 2014-W51, …)
//	    title: Carmike drops the film
//	    hide: true           # leave it off the timeline
//	    status: cancelled    # happened, planned, cancelled, postponed, denied, uncertain
//	merge:
//	  - [e-1a2b3c4d5e, e-6f7a8b9c0d]   # the second joins the first
//	split:
//	  - e-0d9c8b7a6f                   # every source becomes its own event
type Overrides struct {
	Events map[string]EventOverride `yaml:"events"`
	Merge  [][]string               `yaml:"merge"`
	Split  []string                 `yaml:"split"`
}

// EventOverride corrects one event.
type EventOverride struct {
	Date   string `yaml:"date"`
	Title  string `yaml:"title"`
	Hide   bool   `yaml:"hide"`
	Status Status `yaml:"status"` // one of the closed set (Status.Valid)
}

// overrideError is a problem in the overrides file, reported like any
// other file problem: path:line: message.
func overrideError(path string, line int, msg string) error {
	return &article.Error{Path: path, Line: line, Err: errors.New(msg)}
}

// ParseOverrides reads an overrides file; path is used in errors.
func ParseOverrides(path string, src []byte) (*Overrides, error) {
	var o Overrides
	if len(src) > 1<<20 {
		return nil, overrideError(path, 0, "larger than 1 MB")
	}
	if err := yamlfile.Decode(src, &o); err != nil {
		var ye *yamlfile.Error
		errors.As(err, &ye)
		return nil, overrideError(path, ye.Line, ye.Msg+" (the file holds events:, merge: and split:)")
	}
	lines := strings.Split(string(src), "\n")
	lineOf := func(s string) int {
		for i, l := range lines {
			if strings.Contains(l, s) {
				return i + 1
			}
		}
		return 0
	}
	ids := make([]string, 0, len(o.Events))
	for id := range o.Events {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	// lineUnder is the line of the first key under id's entry.
	lineUnder := func(id, key string) int {
		at := lineOf(id)
		for i := max(at, 1); i < len(lines); i++ {
			if strings.HasPrefix(strings.TrimSpace(lines[i]), key) {
				return i + 1
			}
		}
		return at
	}
	for _, id := range ids {
		if st := o.Events[id].Status; !st.Valid() {
			return nil, overrideError(path, lineUnder(id, "status:"), fmt.Sprintf("event %s: status %q is not one of happened, planned, cancelled, postponed, denied, uncertain", id, st))
		}
		if d := o.Events[id].Date; d != "" {
			v, err := timex.Parse(d)
			if _, _, ok := v.Interval(); err != nil || !ok {
				return nil, overrideError(path, lineOf(d), fmt.Sprintf("event %s: date %q is not a calendar date: write it as 2014-12-16, 2014-12 or 2014-W51", id, d))
			}
		}
	}
	for _, m := range o.Merge {
		if len(m) < 2 {
			return nil, overrideError(path, lineOf("merge"), "each merge lists two or more event ids")
		}
	}
	return &o, nil
}

// Apply makes the corrections on tl. An id that names no event is a
// warning, not an error: the article it came from may have been removed.
// Ids of untouched events do not change.
func (o *Overrides) Apply(tl *Timeline) (warnings []string) {
	byID := func() map[string]*Event {
		m := map[string]*Event{}
		for _, e := range tl.Events {
			m[e.ID] = e
		}
		return m
	}
	events := byID()
	// Split first, so a merge can name the parts.
	for _, id := range o.Split {
		e, ok := events[id]
		if !ok {
			warnings = append(warnings, fmt.Sprintf("overrides: split names no event %s", id))
			continue
		}
		if len(e.Sources) < 2 {
			continue
		}
		var parts []*Event
		for _, s := range e.Sources {
			p := &Event{Title: e.Title, Sources: []*Source{s}, Time: s.Time, Evidence: []string{"split from " + id + " by the editor"}}
			settle(p)
			parts = append(parts, p)
		}
		assignIDs(parts)
		tl.Events = replace(tl.Events, e, parts)
	}
	events = byID()
	for _, m := range o.Merge {
		into, ok := events[m[0]]
		if !ok {
			warnings = append(warnings, fmt.Sprintf("overrides: merge names no event %s", m[0]))
			continue
		}
		for _, id := range m[1:] {
			e, ok := events[id]
			if !ok || e == into {
				warnings = append(warnings, fmt.Sprintf("overrides: merge names no event %s", id))
				continue
			}
			into.Sources = append(into.Sources, e.Sources...)
			into.kept = nil // not the event the merge memo knows
			into.Evidence = append(into.Evidence, "merged with "+id+" by the editor")
			tl.Events = replace(tl.Events, e, nil)
		}
		settle(into)
	}
	events = byID()
	ids := make([]string, 0, len(o.Events))
	for id := range o.Events {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	for _, id := range ids {
		ov := o.Events[id]
		e, ok := events[id]
		if !ok {
			warnings = append(warnings, fmt.Sprintf("overrides: no event %s (its article may have been removed)", id))
			continue
		}
		if ov.Title != "" {
			e.Title = ov.Title
		}
		if ov.Hide {
			e.Hidden = true
		}
		if ov.Status != "" {
			e.Status = ov.Status
			if e.Status == StatusHappened && e.Time.Qualifier == Planned {
				e.Time.Qualifier = Exact
			}
			e.Evidence = append(e.Evidence, "status set to "+string(ov.Status)+" by the editor")
		}
		if ov.Date != "" {
			v := timex.MustParse(ov.Date)
			start, end, _ := v.Interval()
			e.Time = Time{Value: v, Start: start, End: end}
			e.Disputed = false
			e.kept = nil // the memo's choices (canonical, telling) were made for its old time
			e.Evidence = append(e.Evidence, "date set to "+ov.Date+" by the editor")
		}
	}
	order(tl.Events)
	return warnings
}

// replace swaps e in list for with (nil removes it).
func replace(list []*Event, e *Event, with []*Event) []*Event {
	out := make([]*Event, 0, len(list)+len(with))
	for _, x := range list {
		if x == e {
			out = append(out, with...)
			continue
		}
		out = append(out, x)
	}
	return out
}
