package site

import (
	"encoding/json"
	"strings"
)

// SearchPath is the search index a split timeline's front page loads.
const SearchPath = "search.json"

// searchIndex is kept small: an event is its id, date label, title, page
// and outlets, as numbers into shared lists (no sentences: a month page
// searches those itself). At 10,000 articles it is a few hundred
// kilobytes, against tens of megabytes for the pages it indexes.
type searchIndex struct {
	Schema  int       `json:"schema"`
	Pages   []string  `json:"pages"`
	Outlets []string  `json:"outlets"` // keys, as the filter checkboxes name them
	Events  [][]any   `json:"events"`  // [id, date label, title, page, [outlet…]]
	Fields  [5]string `json:"fields"`
}

func writeSearchIndex(index indexPage, pages []monthPage, w Writer) error {
	ix := searchIndex{Schema: 1, Fields: [5]string{"id", "date", "title", "page", "outlets"}, Pages: []string{}, Outlets: []string{}, Events: [][]any{}}
	outlet := map[string]int{}
	for i, o := range index.Outlets {
		ix.Outlets = append(ix.Outlets, o.Key)
		outlet[o.Key] = i
	}
	add := func(page string, e eventView) {
		if n := len(ix.Pages); n == 0 || ix.Pages[n-1] != page {
			ix.Pages = append(ix.Pages, page)
		}
		os := []int{}
		for _, k := range strings.Fields(e.OutletKeys) {
			os = append(os, outlet[k])
		}
		ix.Events = append(ix.Events, []any{e.ID, e.DateLabel, e.Title, len(ix.Pages) - 1, os})
	}
	for _, p := range pages {
		for _, g := range p.Month.Groups {
			for _, e := range g.Events {
				add(MonthPath(p.Month.Key), e)
			}
		}
		for _, e := range p.Background {
			add(BackgroundPath, e)
		}
	}
	b, err := json.Marshal(ix)
	if err != nil {
		return err
	}
	return w.WriteFile(SearchPath, append(b, '\n'))
}
