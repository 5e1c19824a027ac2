package site

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"io"
	"time"

	"github.com/newsroom/timeline/timeline/article"
	"github.com/newsroom/timeline/timeline/event"
	"github.com/newsroom/timeline/timeline/internal/parallel"
)

// SchemaVersion is the version of events.json; it changes when a field
// changes meaning or goes away (new fields do not bump it).
const SchemaVersion = 1

type exportAnchor struct {
	Value  string `json:"value"`
	Source string `json:"source"`
	Text   string `json:"text,omitempty"`
	Line   int    `json:"line,omitempty"`
	Field  string `json:"field,omitempty"` // where in a web page it was found
}

type exportArticle struct {
	ID       string        `json:"id"`
	Path     string        `json:"path"`
	Title    string        `json:"title"`
	Outlet   string        `json:"outlet"`
	URL      string        `json:"url,omitempty"`
	Image    string        `json:"image,omitempty"` // a web page's lead image
	Format   string        `json:"format"`
	Anchor   *exportAnchor `json:"anchor"`
	Removed  int           `json:"removedLines"`
	Mentions int           `json:"mentions"`
}

type exportTime struct {
	Value       string `json:"value"`
	Type        string `json:"type"`
	Start       string `json:"start"`
	End         string `json:"end"`
	Granularity string `json:"granularity"`
	Qualifier   string `json:"qualifier,omitempty"`
	Label       string `json:"label"`
}

type exportSource struct {
	Article    string     `json:"article"`
	Sentence   string     `json:"sentence"`
	Expression string     `json:"expression"`
	Start      int        `json:"start"`
	End        int        `json:"end"`
	Value      string     `json:"value"`
	Rule       string     `json:"rule"`
	Time       exportTime `json:"time"`
	// Status is what this source's sentence tells (event.Status, never
	// empty); beforehand marks a plan its event's later sources report
	// done; plannedFor is the time a called-off or moved plan was for.
	Status     string      `json:"status"`
	Beforehand bool        `json:"beforehand,omitempty"`
	PlannedFor *exportTime `json:"plannedFor,omitempty"`
}

type exportEvent struct {
	ID         string         `json:"id"`
	Time       exportTime     `json:"time"`
	Title      string         `json:"title"`
	Sentence   string         `json:"sentence"`
	Background bool           `json:"background,omitempty"`
	Disputed   bool           `json:"disputed,omitempty"`
	Relative   bool           `json:"relative,omitempty"`
	Inferred   bool           `json:"inferred,omitempty"`
	Score      float64        `json:"score"`
	Status     string         `json:"status"`               // the closed set of event.Status
	PlannedFor *exportTime    `json:"plannedFor,omitempty"` // cancelled or postponed: the time it had been for
	Evidence   []string       `json:"evidence,omitempty"`
	Sources    []exportSource `json:"sources"`
}

type exportKeyDate struct {
	Date    string       `json:"date"`
	Score   float64      `json:"score"`
	Events  []string     `json:"events"`
	Summary []exportLine `json:"summary"`
}

func exportTimeOf(t event.Time) exportTime {
	last := t.End.AddDate(0, 0, -1)
	return exportTime{Value: t.Value.String(), Type: t.Value.Type.String(), Start: t.Start.Format(time.DateOnly),
		End: last.Format(time.DateOnly), Granularity: t.Value.Gran.String(), Qualifier: string(t.Qualifier), Label: TimeLabel(t)}
}

// exportWas is a plan's old time, nil when there is none.
func exportWas(t event.Time) *exportTime {
	if t.Start.IsZero() {
		return nil
	}
	x := exportTimeOf(t)
	return &x
}

// AnchorValue writes an article's anchor as an ISO value at the precision
// it was given.
func AnchorValue(a article.Anchor) string {
	switch {
	case a.HasZone:
		return a.Time.Format(time.RFC3339)
	case a.HasClock:
		return a.Time.Format("2006-01-02T15:04")
	}
	return a.Time.Format(time.DateOnly)
}

// The events.json document: exportHead's fields, then "events" (each an
// exportEvent), then "keyDates" (exportKeyDate). Field names are the
// schema the README documents.
type exportHead struct {
	Schema    int             `json:"schema"`
	Generator string          `json:"generator"`
	Title     string          `json:"title"`
	Articles  []exportArticle `json:"articles"`
}

// eventsJSON writes events.json (the schema above) to out from its
// parts: the head, each event's entry (from the memo when it can), the
// key dates. Entries are drawn on every core a chunk at a time and
// written in order: at 50,000 articles the file runs to hundreds of
// megabytes, which held whole (with its entries) was the peak of a build.
func (r *renderer) eventsJSON(ctx context.Context, tl *event.Timeline, out io.Writer) error {
	head := exportHead{Schema: SchemaVersion, Generator: "timeline " + r.cfg.Version, Title: r.cfg.Title, Articles: []exportArticle{}}
	for _, d := range tl.Docs {
		a := d.Article
		ea := exportArticle{ID: a.ID, Path: a.Path, Title: a.Title, Outlet: a.Outlet, URL: safeURL(a.URL), Image: safeURL(a.Image.URL), Format: string(a.Format),
			Removed: len(a.Removed), Mentions: len(d.Mentions)}
		if !a.Anchor.IsZero() {
			ea.Anchor = &exportAnchor{Value: AnchorValue(a.Anchor), Source: string(a.Anchor.Source), Text: a.Anchor.Text, Line: a.Anchor.Line, Field: a.Anchor.Field}
		}
		head.Articles = append(head.Articles, ea)
	}
	b, err := json.Marshal(head)
	if err != nil {
		return err
	}
	head.Articles = nil
	if _, err := out.Write(append(b[:len(b)-1], `,"events":[`...)); err != nil {
		return err
	}
	var shown []*event.Event
	for _, e := range tl.Events {
		if !e.Hidden {
			shown = append(shown, e)
		}
	}
	sources := func(i int) int { return len(shown[i].Sources) }
	err = inChunks(ctx, len(shown), sources, exportSources, func(i int) ([]byte, error) { return r.exported(shown[i]) }, func(i int, e []byte) error {
		if i > 0 {
			if _, err := io.WriteString(out, ","); err != nil {
				return err
			}
		}
		_, err := out.Write(e) // e may be the memo's: never changed
		return err
	})
	if err != nil {
		return err
	}
	keyDates := []exportKeyDate{}
	for _, k := range tl.KeyDates {
		kd := exportKeyDate{Date: k.Date.Format(time.DateOnly), Score: k.Score, Events: []string{}, Summary: []exportLine{}}
		for _, e := range k.Events { // the summary's cards lead them (event.KeyDate)
			kd.Events = append(kd.Events, e.ID)
		}
		for _, l := range k.Summary {
			x := exportLine{Sentence: l.Text}
			if l.Event != nil {
				x.Event = l.Event.ID
			} else {
				x.Article = l.Doc.Article.ID
			}
			kd.Summary = append(kd.Summary, x)
		}
		keyDates = append(keyDates, kd)
	}
	kd, err := json.Marshal(keyDates)
	if err != nil {
		return err
	}
	_, err = out.Write(append(append([]byte(`],"keyDates":`), kd...), "}\n"...))
	return err
}

// exportChunk is how many entries of a large export are drawn before
// they are written: enough to keep every core busy, few enough that
// they take little memory.
const exportChunk = 512

// exportSources bounds a chunk of events.json by its events' sources
// besides (about 470 bytes of JSON each): a large archive has few events
// of thousands of sources each, and 512 of them were the whole file
// (72 MB at 10,000 articles), held at once.
const exportSources = 16 << 10

// inChunks draws n entries on every core, exportChunk at a time (fewer
// when their weights, by weight, come to budget first; nil: no bound but
// the count), and writes each in order as it is drawn: a large export is
// never held whole.
func inChunks[T any](ctx context.Context, n int, weight func(i int) int, budget int, draw func(i int) (T, error), write func(i int, v T) error) error {
	vals := make([]T, min(n, exportChunk))
	errs := make([]error, len(vals))
	for from := 0; from < n; {
		m := min(exportChunk, n-from)
		if weight != nil {
			w := weight(from)
			for k := 1; k < m; k++ {
				if w += weight(from + k); w > budget {
					m = k
					break
				}
			}
		}
		parallel.Do(ctx, m, func(i int) { vals[i], errs[i] = draw(from + i) })
		if err := ctx.Err(); err != nil {
			return err
		}
		if err := errors.Join(errs[:m]...); err != nil {
			return err
		}
		for i := range m {
			if err := write(from+i, vals[i]); err != nil {
				return err
			}
			var zero T
			vals[i] = zero // the collector may take it
		}
		from += m
	}
	return nil
}

// marshalEvent is one event's entry in events.json.
func marshalEvent(e *event.Event) ([]byte, error) { return json.Marshal(exportOf(e)) }

// exportLine is a sentence of a key date's summary: a card's (event),
// or a sentence of a report of the day that no card tells (article, the
// report it is quoted from). Such a line is no event: it is not listed
// in events, which the event scorers and readers take as happenings.
type exportLine struct {
	Sentence string `json:"sentence"`
	Event    string `json:"event,omitempty"`
	Article  string `json:"article,omitempty"`
}

func exportOf(e *event.Event) exportEvent {
	ee := exportEvent{ID: e.ID, Time: exportTimeOf(e.Time), Title: e.Title, Sentence: e.Telling().Text,
		Background: e.Background, Disputed: e.Disputed, Relative: e.Relative, Inferred: e.Inferred, Score: e.Score, Evidence: e.Evidence,
		Status: e.Status.String(), PlannedFor: exportWas(e.PlannedFor)}
	for _, s := range e.Sources {
		ee.Sources = append(ee.Sources, exportSource{Article: s.Doc.Article.ID, Sentence: s.Text, Expression: s.Mention.Text,
			Start: s.Mention.Start, End: s.Mention.End, Value: s.Mention.Value.String(), Rule: s.Mention.Rule, Time: exportTimeOf(s.Time),
			Status: s.Status.String(), Beforehand: e.Beforehand(s), PlannedFor: exportWas(s.WasTime())})
	}
	return ee
}

// marshal writes compact JSON: an archive's events.json runs to tens of
// megabytes, where indenting cost more time than encoding (jq or a
// browser shows it indented).
func marshal(v any) ([]byte, error) {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	if err := enc.Encode(v); err != nil {
		return nil, err
	}
	return b.Bytes(), nil
}

// writeExports writes the machine-readable files, each drawn on its own
// core: the whole-timeline files, and every article as TimeML in one zip
// (for scoring and for other tools). The large ones are written as they
// are drawn when w can take a file so (StreamWriter).
func (r *renderer) writeExports(ctx context.Context, tl *event.Timeline, w Writer) error {
	cfg, link := r.cfg, r.link
	whole := func(draw func() ([]byte, error)) func(io.Writer) error {
		return func(out io.Writer) error {
			b, err := draw()
			if err == nil {
				_, err = out.Write(b)
			}
			return err
		}
	}
	files := []struct {
		name string
		draw func(io.Writer) error
	}{
		{"events.json", func(out io.Writer) error { return r.eventsJSON(ctx, tl, out) }},
		{"feed.json", whole(func() ([]byte, error) { return marshal(jsonFeed(tl, cfg, link)) })},
		{"timelinejs.json", func(out io.Writer) error { return r.timelineJS(tl, out) }},
		{"timeline.ics", whole(func() ([]byte, error) { return r.calendar(tl), nil })},
		{TimeMLPath, func(out io.Writer) error { return r.timemlZip(ctx, tl, out) }},
	}
	errs := make([]error, len(files))
	parallel.Do(ctx, len(errs), func(i int) { errs[i] = Stream(w, files[i].name, files[i].draw) })
	if err := ctx.Err(); err != nil {
		return err
	}
	return errors.Join(errs...)
}

// jsonFeed is a JSON Feed 1.1 of the story's events, newest first.
func jsonFeed(tl *event.Timeline, cfg Config, link func(id string) string) map[string]any {
	var items []map[string]any
	story := tl.Story()
	for i := len(story) - 1; i >= 0; i-- {
		e := story[i]
		item := map[string]any{
			"id":             e.ID,
			"url":            cfg.BaseURL + link(e.ID),
			"title":          TimeLabel(e.Time) + ": " + summaryPrefix(e) + e.Title,
			"content_text":   e.Canonical().Text,
			"date_published": e.Time.Start.Format(time.RFC3339),
		}
		item["tags"] = []string{e.Status.String()}
		items = append(items, item)
	}
	if items == nil {
		items = []map[string]any{}
	}
	return map[string]any{"version": "https://jsonfeed.org/version/1.1", "title": cfg.Title, "home_page_url": cfg.BaseURL, "items": items}
}
