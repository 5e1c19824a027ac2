package event

import (
	"strings"
	"testing"
)

func TestOverrides(t *testing.T) {
	files := map[string][]byte{
		"a.md": md("2014-12-17", "Ledger", "The studio canceled the film's release on Wednesday. Hackers threatened theaters on Tuesday. A bakery opened on Monday."),
		"b.md": md("2014-12-18", "Courier", "On Wednesday the studio canceled the release of the comedy. Police closed a road on Tuesday."),
	}
	base, _ := buildFiles(t, files)
	id := func(tl *Timeline, word string) string {
		for _, e := range tl.Events {
			if strings.Contains(strings.ToLower(e.Title), word) {
				return e.ID
			}
		}
		t.Fatalf("no event with %q in %q", word, titles(tl))
		return ""
	}
	cancel, threat, bakery, road := id(base, "cancel"), id(base, "threatened"), id(base, "bakery"), id(base, "road")
	ov, err := ParseOverrides("_overrides.yaml", []byte(`
events:
  `+threat+`:
    date: 2014-12-15
    title: Hackers threaten theaters
  `+bakery+`:
    hide: true
  `+cancel+`:
    status: postponed
  e-0000000000:
    title: gone
merge:
  - [`+threat+`, `+road+`]
split:
  - `+cancel+`
`))
	if err != nil {
		t.Fatal(err)
	}
	tl, _ := buildFilesWith(t, files, Options{Overrides: ov})
	byID := map[string]*Event{}
	for _, e := range tl.Events {
		byID[e.ID] = e
	}
	th := byID[threat]
	if th == nil || th.Title != "Hackers threaten theaters" || th.Time.Value.String() != "2014-12-15" || len(th.Sources) != 2 {
		t.Errorf("retitled, pinned and merged event: %+v", th)
	}
	if _, ok := byID[road]; ok {
		t.Error("the merged event is still there")
	}
	if b := byID[bakery]; b == nil || !b.Hidden {
		t.Error("the hidden event is not hidden")
	}
	for _, e := range tl.Story() {
		if e.ID == bakery {
			t.Error("a hidden event is in the story")
		}
	}
	// The part from the earliest source keeps the id.
	if e, ok := byID[cancel]; !ok || len(e.Sources) != 1 {
		t.Error("the split event is still whole, or lost its id")
	}
	if n := len(find(tl, "cancel")); n != 2 {
		t.Errorf("split made %d events, want 2", n)
	}
	if e := byID[cancel]; e == nil || e.Status != StatusPostponed {
		t.Errorf("the status override did not apply: %+v", e)
	}
	warned := false
	for _, w := range tl.Warnings {
		if strings.Contains(w, "no event e-0000000000") {
			warned = true
		}
	}
	if !warned {
		t.Errorf("no warning for an unknown id: %q", tl.Warnings)
	}
}

func TestOverrideErrors(t *testing.T) {
	for in, want := range map[string]string{
		"events:\n  e-1:\n    date: next week\n": `_overrides.yaml:3: event e-1: date "next week" is not a calendar date`,
		"events:\n  e-1:\n    colour: red\n":     `_overrides.yaml:3: unknown field "colour"`,
		"merge:\n  - [e-1]\n":                    `_overrides.yaml:1: each merge lists two or more event ids`,
		"events: [\n":                            `_overrides.yaml:1:`,
		"events:\n  e-2:\n    hide: true\n  e-1:\n    title: x\n    status: off\n": `_overrides.yaml:6: event e-1: status "off" is not one of happened, planned, cancelled`,
	} {
		_, err := ParseOverrides("_overrides.yaml", []byte(in))
		if err == nil || !strings.HasPrefix(err.Error(), want) {
			t.Errorf("ParseOverrides(%q) = %v, want %s…", in, err, want)
		}
	}
}

func FuzzOverrides(f *testing.F) {
	f.Add("events:\n  e-1:\n    date: 2014-12-16\n    hide: true\nmerge:\n  - [e-1, e-2]\nsplit: [e-3]\n")
	f.Add("merge: [[a]]")
	f.Add("events:\n  e-1:\n    status: cancelled\n")
	f.Fuzz(func(t *testing.T, in string) {
		o, err := ParseOverrides("f.yaml", []byte(in))
		if err != nil {
			return
		}
		o.Apply(&Timeline{}) // must not panic on an empty timeline
	})
}
