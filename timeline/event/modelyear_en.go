// Model years: a year between a determiner and a product's noun names
// the product ("the 2011 version of its photo software", "a 2012
// model"), as a title names a book; what the sentence tells did not
// happen in that year. Such a year gives no card; another time of the
// sentence still dates its happening. After a preposition the year is
// the sentence's ("In 2012 models showed the storm would miss"), and an
// edition of a happening is the happening ("the 2015 edition of the
// Tour").

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
	{"models", "Dealers cut the prices of their [2013] models on Tuesday."},
	{"vintage", "The estate auctioned its [1982] vintage on Tuesday."},
}

// notModel are sentences whose year before such a noun dates them
// (TestModelYears).
var notModel = []string{
	"In [2012] models showed the storm would miss the coast.",
	"By [2015] versions of the drug were sold in 40 countries.",
}

// determiners stand before a model year, and open a subject (headline.go,
// title.go).
var determiners = wordSet(`the a an its their his her our this that these those`)

// modelYear reports whether m is a year written in digits between a
// determiner and one of modelNouns.
func modelYear(body string, m temporal.Mention) bool {
	if m.Value.Gran != timex.Year || !isDigits(strings.TrimSpace(body[m.Start:m.End])) {
		return false
	}
	if w, _ := wordBefore(body, 0, m.Start); !determiners[strings.ToLower(w)] {
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
