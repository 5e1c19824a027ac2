package site

import "github.com/newsroom/timeline/timeline/event"

// How an event's status (event.Status) reads in every output: the card's
// badge, the feed's and the calendar's summaries, the TimelineJS slide.

// statusNote is a short phrase for e's status, "" for a happening: "planned",
// "cancelled (was planned for Thu. Dec. 25, 2014)", "denied".
func statusNote(e *event.Event) string {
	st := e.Status
	switch st {
	case "", event.StatusHappened:
		return ""
	case event.StatusCancelled, event.StatusPostponed:
		if !e.PlannedFor.Start.IsZero() {
			return string(st) + " (was planned for " + ValueLabel(e.PlannedFor.Value) + ")"
		}
	}
	return string(st)
}

// statusExplain says what each status badge means.
var statusExplain = map[event.Status]string{
	event.StatusPlanned:   "Announced ahead: no source written on or after its day reports it done.",
	event.StatusCancelled: "Called off: a source reports it will not take place.",
	event.StatusPostponed: "Moved to a later day.",
	event.StatusDenied:    "A source says it did not, or will not, happen.",
	event.StatusUncertain: "The sources hedge (reportedly, may, could, not confirmed).",
}

// statusBadge is e's status badge; ok is false for a happening.
func statusBadge(e *event.Event) (b badgeView, ok bool) {
	note := statusNote(e)
	if note == "" {
		return badgeView{}, false
	}
	return badgeView{Label: note, Class: string(e.Status), Explain: statusExplain[e.Status]}, true
}

// summaryPrefix is what a one-line summary (feed, calendar) starts with
// for e's status: "cancelled (…): ", or "" for a happening.
func summaryPrefix(e *event.Event) string {
	if n := statusNote(e); n != "" {
		return n + ": "
	}
	return ""
}
