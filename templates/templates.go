// Package templates holds the site's default HTML templates. A site can
// override any of them file by file (timeline build --templates DIR).
package templates

import "embed"

// FS holds the *.html templates.
//
//go:embed *.html
var FS embed.FS
