package record

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io/fs"
	"time"

	"github.com/newsroom/timeline/timeline/article"
	"github.com/newsroom/timeline/timeline/event"
	"github.com/newsroom/timeline/timeline/temporal"
)

// Settings are what reading an article depends on beyond its bytes.
type Settings struct {
	// Zone reads datelines that name none (UTC when nil).
	Zone *time.Location
	// DCT anchors articles with no date of their own (none when zero).
	DCT time.Time
	// Outlets is the content folder's outlets map, and OutletsFile its
	// bytes (nil when there is none).
	Outlets     *article.Outlets
	OutletsFile []byte
	// Version is the program's: a record says which made it.
	Version string
}

// Key names the settings in a record: two records with one key were read
// alike.
func (s Settings) Key() string {
	h := sha256.New()
	zone := "UTC"
	if s.Zone != nil {
		zone = s.Zone.String()
	}
	dct := ""
	if !s.DCT.IsZero() {
		dct = s.DCT.Format(time.RFC3339Nano)
	}
	fmt.Fprintf(h, "zone %q\ndct %q\noutlets %d\n", zone, dct, len(s.OutletsFile))
	h.Write(s.OutletsFile)
	return hex.EncodeToString(h.Sum(nil)[:8])
}

// Extractor makes records. It is safe for concurrent use: make one per
// process (a tagger takes a while to build) and share it.
type Extractor struct {
	set    Settings
	key    string
	reader *article.Reader
	tagger *temporal.Tagger
	events *event.Builder
}

// NewExtractor returns an Extractor reading with set.
func NewExtractor(set Settings) (*Extractor, error) {
	tagger, err := temporal.New()
	if err != nil {
		return nil, err
	}
	return NewExtractorWith(set, tagger), nil
}

// NewExtractorWith returns an Extractor reading with set that tags with
// tagger (one a build has made already).
func NewExtractorWith(set Settings, tagger *temporal.Tagger) *Extractor {
	rd := article.NewReader(set.Zone)
	rd.Default = set.DCT
	return &Extractor{set: set, key: set.Key(), reader: rd, tagger: tagger, events: event.NewBuilder(event.Options{})}
}

// Tagger is the extractor's tagger (merging tags undated articles with it).
func (x *Extractor) Tagger() *temporal.Tagger { return x.tagger }

// File reads the article at rel in fsys (the content folder) into a
// record, as a build reads it: the same size limit, the same errors.
func (x *Extractor) File(fsys fs.FS, rel string) *Record {
	a, err := x.reader.ReadFile(fsys, rel)
	return x.record(rel, a, err)
}

// Parse makes the record of an article given as its bytes; rel is its
// path in the content folder (it names the article and its page).
func (x *Extractor) Parse(rel string, src []byte) *Record {
	a, err := x.reader.Parse(rel, src)
	return x.record(rel, a, err)
}

// Failure is the error record of an article that was not read: the
// input named no article, or none in the content folder.
func (x *Extractor) Failure(rel string, err error) *Record { return x.record(rel, nil, err) }

func (x *Extractor) record(rel string, a *article.Article, err error) *Record {
	r := &Record{Schema: Schema, Version: x.set.Version, Settings: x.key, Path: rel}
	if err != nil {
		r.Error = &Error{Message: err.Error()}
		var ae *article.Error
		if errors.As(err, &ae) {
			r.Error = &Error{Line: ae.Line, Message: ae.Err.Error()}
		}
		return r
	}
	x.set.Outlets.Apply([]*article.Article{a}) // its warning is the whole collection's, made when merging
	r.Article, r.Lines = a, a.LineMap()
	if a.Anchor.IsZero() {
		return r
	}
	r.Zone = zoneOf(a.Anchor.Time)
	d := &event.Doc{Article: a, Mentions: x.tagger.Tag(a.TagText(), a.Anchor.Time)}
	r.Mentions, r.Candidates = d.Mentions, x.events.Extract(d)
	return r
}
