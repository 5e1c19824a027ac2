package site_test

import (
	"encoding/json"
	"fmt"
	"regexp"
	"strings"
	"testing"

	"github.com/newsroom/timeline/timeline/site"
)

// splitFixture is a story over three months, each day with its own event.
func splitFixture() map[string]string {
	files := map[string]string{}
	happenings := []string{"the council approved the harbor budget", "divers found the missing freighter",
		"the mayor resigned over the contract", "a court froze the port accounts", "dock workers began a strike",
		"the governor sent state auditors"}
	for i, h := range happenings {
		month := 10 + i/2
		files[fmt.Sprintf("post/%d.md", i)] = fmt.Sprintf("---\ntitle: Story %d\ndate: 2014-%02d-%02d\noutlet: The Post\n---\n\nOn Monday %s, officials said.\n", i, month, 8+i, h)
	}
	files["post/look-back.md"] = "---\ntitle: Looking back\ndate: 2014-12-20\noutlet: The Post\n---\n\nIn 1998 the port was sold to a private trust.\n"
	return files
}

// A timeline longer than SplitEvents gets a front page of key dates and
// months, a page per month, and a search index that finds every event.
func TestSplitIntoMonths(t *testing.T) {
	files := renderWith(t, site.Config{Title: "Split", SplitEvents: 2}, splitFixture())
	index := string(files["index.html"])
	if strings.Contains(index, `class="timeline"`) {
		t.Error("the split front page still holds the whole timeline")
	}
	// Every link on every page that points into the site lands on a page
	// that exists and, with a fragment, on an element with that id.
	href := regexp.MustCompile(`href="([^"#:]*)(#[^"]*)?"`)
	pages := 0
	for name, b := range files {
		if !strings.HasSuffix(name, ".html") {
			continue
		}
		pages++
		dir := name[:strings.LastIndex(name, "/")+1]
		for _, m := range href.FindAllStringSubmatch(string(b), -1) {
			target := m[1]
			if target == "" {
				target = name
			} else {
				target = clean(dir + target)
			}
			if strings.HasPrefix(target, "static/") || target == "feed.json" || target == "events.json" {
				continue
			}
			page, ok := files[target]
			if !ok {
				t.Errorf("%s links to %s, which is not in the site", name, m[0])
				continue
			}
			if frag := strings.TrimPrefix(m[2], "#"); frag != "" && frag != "main" && !strings.Contains(string(page), `id="`+frag+`"`) {
				t.Errorf("%s links to %s, which has no element %q", name, target, frag)
			}
		}
	}
	var months []string
	for name := range files {
		if strings.HasPrefix(name, "months/") {
			months = append(months, name)
		}
	}
	if len(months) != 3 {
		t.Fatalf("month pages %v, want 3 (October to December)", months)
	}
	for _, m := range months {
		if !strings.Contains(index, `href="`+m+`"`) {
			t.Errorf("front page does not link to %s", m)
		}
	}
	if !strings.Contains(string(files[site.BackgroundPath]), "private trust") {
		t.Errorf("the 1998 background event is not on %s", site.BackgroundPath)
	}
	// The search index lists each event once, on the page that shows it.
	var ix struct {
		Pages   []string
		Outlets []string
		Events  [][]json.RawMessage
	}
	if err := json.Unmarshal(files[site.SearchPath], &ix); err != nil {
		t.Fatalf("%s: %v", site.SearchPath, err)
	}
	var all struct{ Events []struct{ ID string } }
	json.Unmarshal(files["events.json"], &all)
	seen := map[string]bool{}
	for _, e := range ix.Events {
		var id string
		var page int
		json.Unmarshal(e[0], &id)
		json.Unmarshal(e[3], &page)
		if seen[id] {
			t.Errorf("%s listed twice", id)
		}
		seen[id] = true
		if !strings.Contains(string(files[ix.Pages[page]]), `id="`+id+`"`) {
			t.Errorf("search index puts %s on %s, which does not show it", id, ix.Pages[page])
		}
	}
	if len(seen) != len(all.Events) || len(all.Events) < 7 {
		t.Errorf("search index has %d events, events.json %d", len(seen), len(all.Events))
	}
	if pages < 6 {
		t.Errorf("only %d pages", pages)
	}
}

// A short timeline stays on one page: no month pages, no search index.
func TestNoSplitWhenShort(t *testing.T) {
	files := renderWith(t, site.Config{Title: "Short"}, splitFixture())
	for name := range files {
		if strings.HasPrefix(name, "months/") || name == site.SearchPath || name == site.BackgroundPath {
			t.Errorf("%s written for a short timeline", name)
		}
	}
	if !strings.Contains(string(files["index.html"]), "harbor budget") {
		t.Error("front page lacks the events")
	}
}

// A timeline of few events that cite many sources between them splits
// too, past SplitSources (the fixture's seven events cite one each): its
// front page would otherwise hold every source's card.
func TestSplitBySources(t *testing.T) {
	for _, tc := range []struct {
		sources int
		split   bool
	}{{6, true}, {7, false}, {100, false}} {
		files := renderWith(t, site.Config{Title: "Cited", SplitSources: tc.sources}, splitFixture())
		_, split := files[site.SearchPath]
		_, month := files[site.MonthPath("2014-10")]
		if split != tc.split || month != tc.split {
			t.Errorf("SplitSources %d: search index %v, month page %v; want split %v", tc.sources, split, month, tc.split)
		}
	}
}

// clean resolves ".." in a slash path.
func clean(p string) string {
	var out []string
	for _, s := range strings.Split(p, "/") {
		switch s {
		case "..":
			if len(out) > 0 {
				out = out[:len(out)-1]
			}
		case ".", "":
		default:
			out = append(out, s)
		}
	}
	return strings.Join(out, "/")
}
