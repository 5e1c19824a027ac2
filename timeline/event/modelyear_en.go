// Model years: a year written before a product's noun names the product
// ("the 2011 version of its photo software", "a 2012 model"), as a
// title names a book; what the sentence tells did not happen in that
// year. Such a year gives no card; another time of the sentence still
// dates its happening.

package event

import (
	"strings"

	"github.com/newsroom/timeline/timeline/temporal"
	"github.com/newsroom/timeline/timeline/timex"
)

// A modelNoun is a noun a year before it names, with a sentence whose
// expression between [ and ] gives no card (TestModelYears).
type modelNoun struct {
	noun    string
	example string
}

var modelNouns = []modelNoun{
	{"version", "Apple released the [2011] version of its photo software on Tuesday."},
	{"versions", "The shop sold out of the [2015] versions on Tuesday."},
	{"model", "The carmaker recalled its [2012] model on Tuesday."},
	{"models", "Dealers cut the prices of [2013] models on Tuesday."},
	{"edition", "The publisher printed the [2015] edition of the guide on Tuesday."},
	{"editions", "Stores pulled the [2014] editions of the atlas on Tuesday."},
	{"vintage", "The estate auctioned its [1982] vintage on Tuesday."},
}

// modelYear reports whether m is a year written in digits right before
// one of modelNouns.
func modelYear(body string, m temporal.Mention) bool {
	if m.Value.Gran != timex.Year || !isDigits(strings.TrimSpace(body[m.Start:m.End])) {
		return false
	}
	rest, ok := strings.CutPrefix(body[m.End:], " ")
	if !ok {
		return false
	}
	w, _, _ := strings.Cut(rest, " ")
	w = strings.ToLower(strings.TrimRight(w, ",;:.!?\"'”’"))
	for _, n := range modelNouns {
		if w == n.noun {
			return true
		}
	}
	return false
}
