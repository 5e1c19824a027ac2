// Package record is the extract stage as a value: one article read,
// its time expressions resolved and its candidate events found, as a
// plain, versioned record that serializes to one line of JSON. A record
// depends only on the article's bytes, the settings that affect reading
// it (Settings) and the program's version, so records can be made
// anywhere (`timeline extract`, a Beam worker, GNU parallel) and merged
// elsewhere into the same timeline as a build makes.
package record

import (
	"encoding/json"
	"errors"
	"fmt"
	"time"

	"github.com/newsroom/timeline/timeline/article"
	"github.com/newsroom/timeline/timeline/event"
	"github.com/newsroom/timeline/timeline/temporal"
)

// Schema is the record format's version; it changes when a field's
// meaning does, and a record of another schema is refused.
const Schema = 1

// Record is one article as the extract stage leaves it: read, tagged
// and extracted, or the error that kept it from being read.
type Record struct {
	Schema int `json:"schema"`
	// Version is the program that made it, and Settings the key of the
	// settings it was made with (Settings.Key): records made otherwise
	// would not merge into the build they claim to be.
	Version  string `json:"version"`
	Settings string `json:"settings"`
	Path     string `json:"path"` // slash-separated, relative to the content folder
	// Error is why the article could not be read; the rest is then empty.
	Error *Error `json:"error,omitempty"`
	// Article is the article as read (its outlet named by the settings'
	// outlets map), with what JSON leaves out of it: the zone of its
	// anchor and its map back to file lines.
	Article  *article.Article   `json:"article,omitempty"`
	Zone     *Zone              `json:"zone,omitempty"`
	Lines    article.LineMap    `json:"lines"`
	Mentions []temporal.Mention `json:"mentions,omitempty"`
	// Candidates are its dated sources with their titles (none for an
	// article with no anchor: merging infers one from the others).
	Candidates []event.Candidate `json:"candidates,omitempty"`
}

// Error is an article that could not be read, where in its file.
type Error struct {
	Line    int    `json:"line,omitempty"`
	Message string `json:"message"`
}

// Zone is the location of an anchor's time, which JSON's time keeps only
// as an offset: a page prints its name ("EST").
type Zone struct {
	Name   string `json:"name"`
	Offset int    `json:"offset"` // seconds east of UTC at the anchor
}

// Marshal is r as one line of JSON, without the newline.
func (r *Record) Marshal() ([]byte, error) {
	b, err := json.Marshal(r)
	if err != nil {
		return nil, fmt.Errorf("record of %s: %w", r.Path, err)
	}
	return b, nil
}

// Unmarshal reads one record, refusing another schema.
func Unmarshal(line []byte) (*Record, error) {
	var r Record
	if err := json.Unmarshal(line, &r); err != nil {
		return nil, fmt.Errorf("not a record: %w", err)
	}
	if r.Schema != Schema {
		return nil, fmt.Errorf("record of %s has schema %d; this program reads schema %d: extract it again", r.Path, r.Schema, Schema)
	}
	if r.Error == nil && r.Article == nil {
		return nil, fmt.Errorf("record of %s has neither an article nor an error", r.Path)
	}
	return &r, nil
}

// Err is the record's error as the build reports it (an *article.Error
// naming the file and line), nil when the article was read.
func (r *Record) Err() error {
	if r.Error == nil {
		return nil
	}
	return &article.Error{Path: r.Path, Line: r.Error.Line, Err: errors.New(r.Error.Message)}
}

// Doc is the record as event building takes it: the article with its
// mentions and, when it is dated, its extraction. Each call returns a new
// Doc (building may set an inferred anchor on its article).
func (r *Record) Doc() (*event.Doc, error) {
	if r.Article == nil {
		return nil, r.Err()
	}
	a := *r.Article
	a.SetLineMap(r.Lines)
	a.RestoreView()
	if r.Zone != nil {
		a.Anchor.Time = a.Anchor.Time.In(r.Zone.location(a.Anchor.Time))
	}
	d := &event.Doc{Article: &a, Mentions: r.Mentions}
	if !a.Anchor.IsZero() {
		d.Extracted = event.Extracted(r.Candidates)
	}
	return d, nil
}

// zoneOf is the zone of t as a record keeps it.
func zoneOf(t time.Time) *Zone {
	name, off := t.Zone()
	if loc := t.Location(); loc != time.UTC {
		name = loc.String()
	}
	return &Zone{Name: name, Offset: off}
}

// location is the zone back: the one of that name when it gives t the
// same offset, else a fixed zone of that name and offset (a dateline's
// "EST" or "+0530").
func (z *Zone) location(t time.Time) *time.Location {
	switch z.Name {
	case "UTC":
		if z.Offset == 0 {
			return time.UTC
		}
	case "Local":
		return time.Local
	}
	if loc, err := time.LoadLocation(z.Name); err == nil && z.Name != "" {
		if _, off := t.In(loc).Zone(); off == z.Offset {
			return loc
		}
	}
	return time.FixedZone(z.Name, z.Offset)
}
