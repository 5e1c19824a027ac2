// Package static holds the site's stylesheet and script, copied into every
// built site under static/.
package static

import "embed"

// FS holds the static files.
//
//go:embed *.css *.js *.svg
var FS embed.FS
