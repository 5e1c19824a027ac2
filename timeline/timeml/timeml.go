// Package timeml reads and writes TimeML documents as TempEval-3 uses
// them: a DCT TIMEX3 and a TEXT element whose raw text is kept byte for
// byte, with inline TIMEX3 annotations.
package timeml

import (
	"bytes"
	"errors"
	"fmt"
	"html"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"
)

// Timex is one TIMEX3 annotation, its span in the document's decoded text.
type Timex struct {
	Start, End int
	TID        string
	Type       string
	Value      string
	Mod        string
	Text       string
}

// Event is one EVENT annotation, its span in the decoded text, with the
// attributes of its first MAKEINSTANCE (TimeML 1.2 keeps tense,
// polarity and modality there; an event no instance names has none).
type Event struct {
	Start, End int
	EID        string
	Class      string
	Tense      string // PAST, PRESENT, FUTURE, NONE, …
	Aspect     string
	Polarity   string // POS or NEG
	Modality   string // the modal word, lower case: "may", "could", …
	POS        string // VERB, NOUN, …
	Text       string
}

// Doc is a TimeML document.
type Doc struct {
	Name     string
	DCT      time.Time // the DCT's calendar date (and clock if given)
	DCTValue string
	// Text is the content of <TEXT> with tags removed and entities decoded.
	Text    string
	Timexes []Timex
	Events  []Event
	raw     []byte
	// textStart and textEnd bound the raw bytes of TEXT's content.
	textStart, textEnd int
	// rawAt maps a byte offset in Text to one in raw (len(Text)+1 entries).
	rawAt []int
}

// Error is a syntax error at a line of a TimeML file.
type Error struct {
	Name string
	Line int
	Msg  string
}

func (e *Error) Error() string { return fmt.Sprintf("%s:%d: %s", e.Name, e.Line, e.Msg) }

// Parse reads a TimeML document. name is used in errors.
func Parse(name string, raw []byte) (*Doc, error) {
	d := &Doc{Name: name, raw: raw}
	lineAt := func(off int) int { return bytes.Count(raw[:off], []byte{'\n'}) + 1 }
	if i := bytes.Index(raw, []byte("<DCT>")); i >= 0 {
		j := bytes.Index(raw[i:], []byte("</DCT>"))
		if j < 0 {
			return nil, &Error{name, lineAt(i), "<DCT> is never closed"}
		}
		v := attr(string(raw[i:i+j]), "value")
		t, err := parseDCT(v)
		if err != nil {
			return nil, &Error{name, lineAt(i), fmt.Sprintf("DCT value %q: %v", v, err)}
		}
		d.DCT, d.DCTValue = t, v
	} else {
		return nil, &Error{name, 1, "no <DCT> element: the document creation time is needed to resolve dates"}
	}
	open := bytes.Index(raw, []byte("<TEXT>"))
	if open < 0 {
		return nil, &Error{name, 1, "no <TEXT> element"}
	}
	d.textStart = open + len("<TEXT>")
	closeAt := bytes.LastIndex(raw, []byte("</TEXT>"))
	if closeAt < d.textStart {
		return nil, &Error{name, lineAt(open), "<TEXT> is never closed"}
	}
	d.textEnd = closeAt
	if err := d.scanText(); err != nil {
		var e *Error
		if errors.As(err, &e) {
			e.Line = lineAt(d.textStart) + e.Line - 1
		}
		return nil, err
	}
	d.readInstances()
	return d, nil
}

// ReadFile reads and parses the TimeML document at path.
func ReadFile(path string) (*Doc, error) {
	raw, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	return Parse(path, raw)
}

// ReadAll reads every document whose path matches pattern (as
// filepath.Glob), in path order; none is no error.
func ReadAll(pattern string) ([]*Doc, error) {
	files, err := filepath.Glob(pattern)
	if err != nil {
		return nil, err
	}
	sort.Strings(files)
	docs := make([]*Doc, 0, len(files))
	for _, f := range files {
		d, err := ReadFile(f)
		if err != nil {
			return nil, err
		}
		docs = append(docs, d)
	}
	return docs, nil
}

// readInstances gives each event the attributes of its first
// MAKEINSTANCE (they stand after TEXT, in any order).
func (d *Doc) readInstances() {
	if len(d.Events) == 0 {
		return
	}
	at := make(map[string]int, len(d.Events))
	for i, e := range d.Events {
		at[e.EID] = i
	}
	for rest := d.raw[d.textEnd:]; ; { // instances stand after TEXT
		i := bytes.Index(rest, []byte("<MAKEINSTANCE"))
		if i < 0 {
			return
		}
		j := bytes.IndexByte(rest[i:], '>')
		if j < 0 {
			return
		}
		tag := string(rest[i+1 : i+j])
		rest = rest[i+j:]
		id := attr(tag, "eventID")
		k, ok := at[id]
		if !ok {
			continue
		}
		delete(at, id) // an event's first instance is read
		e := &d.Events[k]
		e.Tense, e.Aspect, e.Polarity, e.POS = attr(tag, "tense"), attr(tag, "aspect"), attr(tag, "polarity"), attr(tag, "pos")
		e.Modality = strings.ToLower(attr(tag, "modality"))
	}
}

func parseDCT(v string) (time.Time, error) {
	for _, layout := range []string{"2006-01-02T15:04:05", "2006-01-02T15:04", time.DateOnly, "20060102"} {
		if t, err := time.Parse(layout, v); err == nil {
			return t, nil
		}
	}
	if len(v) >= 10 {
		if t, err := time.Parse(time.DateOnly, v[:10]); err == nil {
			return t, nil
		}
	}
	return time.Time{}, errors.New("not a date")
}

// scanText decodes TEXT, dropping tags and recording TIMEX3 spans.
func (d *Doc) scanText() error {
	raw := d.raw[d.textStart:d.textEnd]
	var text strings.Builder
	text.Grow(len(raw))
	d.rawAt = make([]int, 0, len(raw)+1)
	var stack []Timex
	var opened []int   // the line each open TIMEX3 started on
	var events []Event // EVENTs open
	line := 1
	for i := 0; i < len(raw); {
		c := raw[i]
		switch c {
		case '<':
			j := bytes.IndexByte(raw[i:], '>')
			if j < 0 {
				return &Error{d.Name, line, "a tag is never closed"}
			}
			tag := string(raw[i+1 : i+j])
			line += strings.Count(tag, "\n")
			switch {
			case strings.HasPrefix(tag, "TIMEX3"):
				stack = append(stack, Timex{
					Start: text.Len(), TID: attr(tag, "tid"), Type: attr(tag, "type"),
					Value: attr(tag, "value"), Mod: attr(tag, "mod"),
				})
				opened = append(opened, line)
				if strings.HasSuffix(tag, "/") { // an empty TIMEX3 marks no text
					stack, opened = stack[:len(stack)-1], opened[:len(opened)-1]
				}
			case strings.HasPrefix(tag, "EVENT ") || tag == "EVENT":
				events = append(events, Event{Start: text.Len(), EID: attr(tag, "eid"), Class: attr(tag, "class")})
				if strings.HasSuffix(tag, "/") {
					events = events[:len(events)-1]
				}
			case tag == "/EVENT":
				if len(events) == 0 {
					return &Error{d.Name, line, "</EVENT> without <EVENT>"}
				}
				e := events[len(events)-1]
				events = events[:len(events)-1]
				e.End = text.Len()
				e.Text = text.String()[e.Start:e.End]
				d.Events = append(d.Events, e)
			case tag == "/TIMEX3":
				if len(stack) == 0 {
					return &Error{d.Name, line, "</TIMEX3> without <TIMEX3>"}
				}
				t := stack[len(stack)-1]
				stack, opened = stack[:len(stack)-1], opened[:len(opened)-1]
				t.End = text.Len()
				t.Text = text.String()[t.Start:t.End]
				d.Timexes = append(d.Timexes, t)
			}
			i += j + 1
		case '&':
			j := bytes.IndexByte(raw[i:], ';')
			if j > 0 && j < 12 {
				dec := html.UnescapeString(string(raw[i : i+j+1]))
				if dec != string(raw[i:i+j+1]) {
					for range len(dec) {
						d.rawAt = append(d.rawAt, d.textStart+i)
					}
					text.WriteString(dec)
					i += j + 1
					continue
				}
			}
			fallthrough
		default:
			if c == '\n' {
				line++
			}
			d.rawAt = append(d.rawAt, d.textStart+i)
			text.WriteByte(c)
			i++
		}
	}
	if len(stack) > 0 {
		return &Error{d.Name, opened[len(opened)-1], "<TIMEX3> is never closed"}
	}
	d.rawAt = append(d.rawAt, d.textEnd)
	d.Text = text.String()
	return nil
}

// attr returns the value of name="…" in a tag.
func attr(tag, name string) string {
	i := 0
	for {
		k := strings.Index(tag[i:], name+`="`)
		if k < 0 {
			return ""
		}
		k += i
		if k == 0 || tag[k-1] == ' ' || tag[k-1] == '\n' || tag[k-1] == '\t' {
			start := k + len(name) + 2
			end := strings.IndexByte(tag[start:], '"')
			if end < 0 {
				return ""
			}
			return html.UnescapeString(tag[start : start+end])
		}
		i = k + 1
	}
}

// Annotate writes the document back with the given TIMEX3s inline in
// TEXT. The document must be in TempEval-3 input form (no tags in TEXT);
// everything outside the inserted tags stays byte for byte. Overlapping
// timexes are dropped after the first. Tids are numbered t1, t2, ….
func (d *Doc) Annotate(timexes []Timex) []byte {
	var b bytes.Buffer
	b.Grow(len(d.raw) + 100*len(timexes))
	at, last, n := 0, 0, 0
	for _, t := range timexes {
		if t.Start < last || t.End <= t.Start || t.End > len(d.Text) {
			continue
		}
		rs, re := d.rawAt[t.Start], d.rawAt[t.End]
		b.Write(d.raw[at:rs])
		n++
		fmt.Fprintf(&b, `<TIMEX3 tid="t%d" type="%s" value="%s"`, n, esc(t.Type), esc(t.Value))
		if t.Mod != "" {
			fmt.Fprintf(&b, ` mod="%s"`, esc(t.Mod))
		}
		b.WriteString(">")
		b.Write(d.raw[rs:re])
		b.WriteString("</TIMEX3>")
		at, last = re, t.End
	}
	b.Write(d.raw[at:])
	return b.Bytes()
}

func esc(s string) string { return html.EscapeString(s) }

// Write makes a TimeML document of a plain text with its time
// expressions: the DCT as given, the text escaped, TIMEX3 tags inline
// (overlapping ones after the first are dropped), tids t1, t2, ….
func Write(docID, dctValue, text string, timexes []Timex) []byte {
	// Sized up front (the text, some escaping, a tag per time): grown
	// by doubling, a collection's documents made a tenth of a build's
	// garbage.
	var b bytes.Buffer
	b.Grow(len(text) + len(text)/16 + 256 + 128*len(timexes))
	b.WriteString("<?xml version=\"1.0\" ?>\n<TimeML>\n<DOCID>")
	b.WriteString(esc(docID))
	b.WriteString("</DOCID>\n<DCT><TIMEX3 tid=\"t0\" type=\"DATE\" value=\"")
	b.WriteString(esc(dctValue))
	b.WriteString("\" temporalFunction=\"false\" functionInDocument=\"CREATION_TIME\">")
	b.WriteString(esc(dctValue))
	b.WriteString("</TIMEX3></DCT>\n<TEXT>")
	at, n := 0, 0
	for _, t := range timexes {
		if t.Start < at || t.End <= t.Start || t.End > len(text) {
			continue
		}
		b.WriteString(esc(text[at:t.Start]))
		n++
		fmt.Fprintf(&b, `<TIMEX3 tid="t%d" type="%s" value="%s"`, n, esc(t.Type), esc(t.Value))
		if t.Mod != "" {
			fmt.Fprintf(&b, ` mod="%s"`, esc(t.Mod))
		}
		b.WriteString(">")
		b.WriteString(esc(text[t.Start:t.End]))
		b.WriteString("</TIMEX3>")
		at = t.End
	}
	b.WriteString(esc(text[at:]))
	b.WriteString("</TEXT>\n</TimeML>\n")
	return b.Bytes()
}
