package site

// The Data page: every export the site writes, with what each is for.
// TestDataPageListsEveryExport checks the list against what a build
// writes.

// DataPath is the Data page, from the site root.
const DataPath = "data.html"

// exportInfo is an export and the line the Data page says about it.
type exportInfo struct{ Name, Format, Purpose string }

type dataPage struct {
	page
	Exports []exportInfo
}

// exportList is what the Data page lists; split timelines also write the
// search index their pages load.
func exportList(split bool) []exportInfo {
	out := []exportInfo{
		{"events.json", "JSON", "Every event with its time (TIMEX3 value and range), title, sources, quoted sentences and merge notes: for your own tools, charts and archives."},
		{"feed.json", "JSON Feed", "The events as a feed, newest first: subscribe in a feed reader to follow the story."},
		{"timeline.ics", "iCalendar", "The events as calendar entries: import into or subscribe from a calendar app."},
		{"timelinejs.json", "TimelineJS", "The events in the format of the TimelineJS widget, to embed an interactive timeline in another page."},
		{TimeMLPath, "TimeML (zip)", "Every article with its time expressions annotated in TimeML: for checking the dates or scoring with research tools."},
	}
	if split {
		out = append(out, exportInfo{SearchPath, "JSON", "The search index the month pages load to search the whole timeline."})
	}
	return out
}
