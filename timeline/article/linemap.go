package article

// LineMap is what maps an article's body offsets back to its file: the
// file offset of the body's first byte and, for each kept line, its body
// offset, file line and file offset (Article.LineOf, SourceOffset). It is
// part of an article as a value: a record carries it, so an article read
// back from one points at the same lines.
type LineMap struct {
	BodyStart int      `json:"bodyStart"`
	Lines     [][3]int `json:"lines,omitempty"` // body offset, file line, file offset
}

// LineMap returns a's map from body offsets to the file.
func (a *Article) LineMap() LineMap {
	m := LineMap{BodyStart: a.bodyStart}
	if len(a.lineStarts) > 0 {
		m.Lines = make([][3]int, len(a.lineStarts))
	}
	for i, l := range a.lineStarts {
		m.Lines[i] = [3]int{int(l.off), int(l.line), int(l.fileOff)}
	}
	return m
}

// SetLineMap gives a the map m (one LineMap returned).
func (a *Article) SetLineMap(m LineMap) {
	a.bodyStart, a.lineStarts = m.BodyStart, nil
	if len(m.Lines) > 0 {
		a.lineStarts = make([]lineStart, len(m.Lines))
	}
	for i, l := range m.Lines {
		a.lineStarts[i] = newLineStart(l[0], l[1], l[2])
	}
}
