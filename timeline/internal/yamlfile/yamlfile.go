// Package yamlfile decodes the small YAML files timeline reads (front
// matter, overrides, the site file) strictly, with the line of every error.
package yamlfile

import (
	"errors"
	"fmt"
	"strings"

	"github.com/goccy/go-yaml"
	"github.com/goccy/go-yaml/ast"
	"github.com/goccy/go-yaml/parser"
)

// Error is a decoding problem at a line of the YAML (1-based; 0 when the
// decoder gave none).
type Error struct {
	Line int
	Msg  string
}

func (e *Error) Error() string { return fmt.Sprintf("line %d: %s", e.Line, e.Msg) }

// Decode reads src into v, refusing unknown fields. The YAML library has
// panicked on some malformed input (found by fuzzing: a tag on a sequence
// item); a panic becomes an error here, so no file can crash a build.
func Decode(src []byte, v any) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = &Error{Line: 0, Msg: fmt.Sprintf("malformed YAML (%v)", r)}
		}
	}()
	// Aliases are refused before decoding: a few lines of nested aliases
	// expand to billions of nodes (the "billion laughs"), and none of our
	// files needs them.
	if f, err := parser.ParseBytes(src, 0); err == nil {
		for _, d := range f.Docs {
			if d == nil || d.Body == nil {
				continue // an empty file, or one of comments only: nothing to filter
			}
			if aliases := ast.Filter(ast.AliasType, d); len(aliases) > 0 {
				line := 0
				if tok := aliases[0].GetToken(); tok != nil && tok.Position != nil {
					line = tok.Position.Line
				}
				return &Error{Line: line, Msg: "aliases (*name) are not allowed here; write the value out"}
			}
		}
	}
	if err := yaml.UnmarshalWithOptions(src, v, yaml.DisallowUnknownField()); err != nil {
		e := &Error{Msg: err.Error()}
		var ye yaml.Error
		if errors.As(err, &ye) {
			if tok := ye.GetToken(); tok != nil && tok.Position != nil {
				e.Line = tok.Position.Line
			}
			e.Msg = ye.GetMessage()
		}
		e.Msg, _, _ = strings.Cut(strings.TrimSpace(e.Msg), "\n")
		return e
	}
	return nil
}
