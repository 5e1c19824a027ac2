package site

import (
	"archive/zip"
	"bytes"
	"context"
	"hash/crc32"
	"io"
	"sync"
	"time"

	"github.com/klauspost/compress/flate"
	"github.com/newsroom/timeline/timeline/event"
	"github.com/newsroom/timeline/timeline/timeml"
)

// TimeMLPath is the zip of every article as TimeML, <id>.tml each (unzip
// it and `timeline eval --system` reads the folder). One file rather than
// one per article: a site of 10,000 articles has 10,000 files fewer to
// make and to upload, and a researcher downloads one.
const TimeMLPath = "timeml.zip"

// zipped is one article's TimeML, compressed, ready for the zip.
type zipped struct {
	crc        uint32
	size       uint64
	compressed []byte
}

// timemlZip compresses the articles on every core (or takes them from
// the memo), a chunk at a time, and writes them to out in the articles'
// order: held whole, a large archive's zip and its entries were hundreds
// of megabytes. The entries' times are fixed, so the same site gives the
// same bytes.
func (r *renderer) timemlZip(ctx context.Context, tl *event.Timeline, out io.Writer) error {
	zw := zip.NewWriter(out)
	docs := tl.Docs
	err := inChunks(ctx, len(docs), nil, 0, func(i int) (zipped, error) { return r.timeml(docs[i]), nil }, func(i int, e zipped) error {
		w, err := zw.CreateRaw(&zip.FileHeader{Name: docs[i].Article.ID + ".tml", Method: zip.Deflate, Modified: zipTime,
			CRC32: e.crc, CompressedSize64: uint64(len(e.compressed)), UncompressedSize64: e.size})
		if err != nil {
			return err
		}
		_, err = w.Write(e.compressed)
		return err
	})
	if err != nil {
		return err
	}
	return zw.Close()
}

// zipTime is every entry's time: the zip format's first day.
var zipTime = time.Date(1980, 1, 1, 0, 0, 0, 0, time.UTC)

// timeml returns d's zip entry, from the memo when it can.
func (r *renderer) timeml(d *event.Doc) zipped {
	m := r.cfg.Memo
	if m == nil {
		return zipTimeML(d)
	}
	z, _ := recall(m, timemlOf, timemlKey{d.Article.ID, r.hashes(d).sum}, func() (zipped, error) { return zipTimeML(d), nil })
	return z
}

// compressors are reused: a deflate writer is large to make. They are
// klauspost/compress's: at its level 2 it deflates this TimeML twice as
// fast as the standard library's fastest level, a little smaller (44% of
// the text, against 45%), and the zip stays plain deflate.
var compressors = sync.Pool{New: func() any {
	w, _ := flate.NewWriter(nil, 2)
	return w
}}

func zipTimeML(d *event.Doc) zipped {
	raw := docTimeML(d)
	var b bytes.Buffer
	b.Grow(len(raw)/2 + 64) // deflated, TimeML is under half its size: the buffer is never copied to grow
	fw := compressors.Get().(*flate.Writer)
	fw.Reset(&b)
	fw.Write(raw) // a bytes.Buffer does not fail
	fw.Close()
	compressors.Put(fw)
	return zipped{crc: crc32.ChecksumIEEE(raw), size: uint64(len(raw)), compressed: b.Bytes()}
}

// docTimeML is an article with its time expressions as TimeML.
func docTimeML(d *event.Doc) []byte {
	var tx []timeml.Timex
	for _, m := range d.Mentions {
		t := timeml.Timex{Start: m.Start, End: m.End, Type: m.Value.Type.String(), Value: m.Value.String()}
		if m.Value.Mod != 0 {
			t.Mod = m.Value.Mod.String()
		}
		tx = append(tx, t)
	}
	dct := ""
	if !d.Article.Anchor.IsZero() {
		dct = d.Article.Anchor.Time.Format("2006-01-02")
	}
	return timeml.Write(d.Article.ID, dct, d.Article.Body, tx)
}
