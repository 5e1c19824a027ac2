package article

import (
	"bytes"
	"errors"
	"fmt"
	"regexp"
	"strings"

	"github.com/newsroom/timeline/timeline/internal/yamlfile"
)

// FrontMatter is the YAML block at the top of a Markdown article.
type FrontMatter struct {
	Title    string   `yaml:"title"`
	Date     string   `yaml:"date"`
	Outlet   string   `yaml:"outlet"`
	Source   string   `yaml:"source"`
	URL      string   `yaml:"url"`
	Author   string   `yaml:"author"`
	Tags     []string `yaml:"tags"`
	Timezone string   `yaml:"timezone"`
	Draft    bool     `yaml:"draft"`
}

// frontFields are FrontMatter's keys in the order a message lists them;
// text is the field of a plain string key, which plainFrontMatter reads
// without the YAML library (nil for tags and draft).
var frontFields = []struct {
	key  string
	text func(*FrontMatter) *string
}{
	{"title", func(f *FrontMatter) *string { return &f.Title }},
	{"date", func(f *FrontMatter) *string { return &f.Date }},
	{"outlet", func(f *FrontMatter) *string { return &f.Outlet }},
	{"source", func(f *FrontMatter) *string { return &f.Source }},
	{"url", func(f *FrontMatter) *string { return &f.URL }},
	{"author", func(f *FrontMatter) *string { return &f.Author }},
	{"tags", nil},
	{"timezone", func(f *FrontMatter) *string { return &f.Timezone }},
	{"draft", nil},
}

var topKey = regexp.MustCompile(`^([A-Za-z_][\w-]*)\s*:`)

// frontField is the index of key in frontFields, -1 when unknown.
func frontField(key string) int {
	for i, f := range frontFields {
		if f.key == key {
			return i
		}
	}
	return -1
}

// knownList names the known fields for a message.
func knownList() string {
	keys := make([]string, len(frontFields))
	for i, f := range frontFields {
		keys[i] = f.key
	}
	return "known fields: " + strings.Join(keys, ", ")
}

// maxFrontMatter bounds the YAML block; nothing legitimate comes near it,
// and it keeps alias bombs small.
const maxFrontMatter = 64 << 10

// splitFrontMatter separates a leading ---/--- block from the body. It
// returns the YAML, the body and the 1-based file line of each; ok is
// false when the file has no front matter.
func splitFrontMatter(src []byte) (yml, body []byte, ymlLine, bodyLine int, ok bool, err error) {
	first, rest, found := bytes.Cut(src, []byte("\n"))
	if strings.TrimRight(string(first), " \t\r") != "---" {
		return nil, src, 0, 1, false, nil
	}
	if !found {
		return nil, nil, 0, 0, true, errors.New("front matter is never closed: add a line with --- after it")
	}
	line := 2
	off := 0
	for off <= len(rest) {
		end := bytes.IndexByte(rest[off:], '\n')
		var l []byte
		if end < 0 {
			l = rest[off:]
		} else {
			l = rest[off : off+end]
		}
		if t := strings.TrimRight(string(l), " \t\r"); t == "---" || t == "..." {
			body := []byte{}
			if end >= 0 {
				body = rest[off+end+1:]
			}
			return rest[:off], body, 2, line + 1, true, nil
		}
		if end < 0 {
			break
		}
		off += end + 1
		line++
	}
	return nil, nil, 0, 0, true, errors.New("front matter is never closed: add a line with --- after it")
}

// parseFrontMatter decodes the YAML block. Errors carry the line in the
// whole file, counting from ymlLine.
func parseFrontMatter(path string, yml []byte, ymlLine int) (FrontMatter, error) {
	var fm FrontMatter
	if len(yml) > maxFrontMatter {
		return fm, errorf(path, ymlLine, "front matter is larger than %d KB", maxFrontMatter>>10)
	}
	if len(bytes.TrimSpace(yml)) == 0 {
		return fm, nil
	}
	if fm, ok := plainFrontMatter(yml); ok {
		return fm, nil
	}
	// Unknown keys are reported first, in file order: the YAML library
	// finds them in map order, which would make the message vary.
	for i, l := range strings.Split(string(yml), "\n") {
		if m := topKey.FindStringSubmatch(l); m != nil && frontField(m[1]) < 0 {
			return fm, errorf(path, ymlLine+i, "front matter: unknown field %q (%s)", m[1], knownList())
		}
	}
	err := yamlfile.Decode(yml, &fm)
	if err == nil {
		return fm, nil
	}
	line := ymlLine
	var ye *yamlfile.Error
	errors.As(err, &ye)
	if ye.Line > 0 {
		line = ymlLine + ye.Line - 1
	}
	msg := ye.Msg
	msg = strings.TrimSpace(msg)
	if strings.Contains(msg, "not allowed in this context") {
		msg += ` (a value that starts with a quote mark must be quoted whole: title: '"The Interview" returns')`
	}
	if strings.HasPrefix(msg, "unknown field") {
		msg += " (" + knownList() + ")"
	}
	return fm, errorf(path, line, "front matter: %s", firstLine(msg))
}

// plainFrontMatter reads the commonest front matter without the YAML
// library, which parses it twice (for aliases, then to decode) and was 2%
// of a build: lines of "key: value" with known string keys, once each,
// whose values YAML reads as the text written (a plain word or date, no
// quote, comment, flow or special word). ok is false for anything else,
// which the YAML path reads; FuzzPlainFrontMatter holds the two alike.
func plainFrontMatter(yml []byte) (fm FrontMatter, ok bool) {
	seen := 0
	for line := range bytes.Lines(yml) {
		line = bytes.TrimSuffix(line, []byte("\n"))
		if len(line) == 0 {
			continue
		}
		key, value, found := bytes.Cut(line, []byte(": "))
		if !found || !plainValue(value) {
			return FrontMatter{}, false
		}
		i := frontField(string(key))
		if i < 0 || frontFields[i].text == nil {
			return FrontMatter{}, false // tags, draft, an unknown key, an indent
		}
		bit := 1 << i
		if seen&bit != 0 {
			return FrontMatter{}, false // YAML's error for a key given twice
		}
		seen |= bit
		*frontFields[i].text(&fm) = string(value)
	}
	return fm, true
}

// plainValue reports whether YAML reads v, a plain scalar, as v: words of
// letters and digits (a letter first) joined by spaces and ". , / - _",
// or a date; no word YAML reads as a boolean or null.
func plainValue(v []byte) bool {
	if len(v) == 0 {
		return false
	}
	if isDate(v) {
		return true
	}
	if c := v[0] | 0x20; c < 'a' || c > 'z' {
		return false
	}
	last := v[len(v)-1]
	if last == ' ' || last == ':' {
		return false
	}
	for i, c := range v {
		switch {
		case c >= 'a' && c <= 'z', c >= 'A' && c <= 'Z', c >= '0' && c <= '9', c == '.', c == ',', c == '/', c == '-', c == '_':
		case c == ' ' && v[i-1] != ' ':
		case c == ':' && v[i+1] != ' ':
		default:
			return false
		}
	}
	if len(v) > len("false") {
		return true // longer than any word YAML reads as a boolean or null: no lower-cased copy of every title
	}
	switch strings.ToLower(string(v)) {
	case "y", "n", "yes", "no", "on", "off", "true", "false", "null":
		return false
	}
	return true
}

// isDate is YYYY-MM-DD.
func isDate(v []byte) bool {
	if len(v) != 10 || v[4] != '-' || v[7] != '-' {
		return false
	}
	for i, c := range v {
		if i != 4 && i != 7 && (c < '0' || c > '9') {
			return false
		}
	}
	return true
}

func firstLine(s string) string {
	s, _, _ = strings.Cut(s, "\n")
	return s
}

// fieldLine finds the file line of a top-level key, for errors about a
// value that parsed as YAML but means nothing to us (a bad date).
func fieldLine(yml []byte, ymlLine int, key string) int {
	for i, l := range strings.Split(string(yml), "\n") {
		if strings.HasPrefix(l, key+":") {
			return ymlLine + i
		}
	}
	return ymlLine
}

// describe is used in error messages that quote a value.
func describe(s string) string {
	if len(s) > 60 {
		s = s[:60] + "…"
	}
	return fmt.Sprintf("%q", s)
}
