package main

import (
	"errors"
	"fmt"
	"strings"

	"github.com/spf13/pflag"
)

// Mistakes on the command line, said in the user's terms: what a flag
// wanted, and the nearest command or flag to one that does not exist.

// flagWants says, by pflag value type, what a flag's value must look
// like; example is a value that is not one, for the test.
var flagWants = []struct{ typ, want, example string }{
	{"int", "a whole number", "x"},
	{"uint", "a whole number, 0 or more", "-1"},
	{"float64", "a number", "half"},
	{"bool", "true or false", "maybe"},
	{"duration", "a duration such as 500ms, 2s or 1m", "5"},
}

// flagMessage rewords pflag's error: `invalid argument "x" for "--key-dates"
// flag: strconv.ParseInt: parsing "x": invalid syntax` becomes
// `--key-dates: want a whole number, got x`.
func flagMessage(fs *pflag.FlagSet, err error) string {
	var iv *pflag.InvalidValueError
	if errors.As(err, &iv) {
		f := iv.GetFlag()
		for _, w := range flagWants {
			if w.typ == f.Value.Type() {
				return fmt.Sprintf("--%s: want %s, got %s", f.Name, w.want, shown(iv.GetValue()))
			}
		}
		return fmt.Sprintf("--%s: %s is not a value it takes", f.Name, shown(iv.GetValue()))
	}
	var ne *pflag.NotExistError
	if errors.As(err, &ne) {
		if name := ne.GetSpecifiedName(); name != "" {
			var names []string
			fs.VisitAll(func(f *pflag.Flag) { names = append(names, f.Name) })
			if near := nearest(name, names); near != "" {
				return fmt.Sprintf("%v (did you mean --%s?)", err, near)
			}
		}
	}
	return err.Error()
}

// shown is a value as the user typed it, quoted only when it would not
// be seen (empty, or spaces at its ends).
func shown(v string) string {
	if v == "" || strings.TrimSpace(v) != v {
		return fmt.Sprintf("%q", v)
	}
	return v
}

// didYouMean is " (did you mean X?)" for the name nearest to typed, or
// "" when none is near.
func didYouMean(typed string, names []string) string {
	if near := nearest(typed, names); near != "" {
		return fmt.Sprintf(" (did you mean %s?)", near)
	}
	return ""
}

// nearest returns the name a typo most likely meant: the one fewest
// edits away (a swap of two letters counts one), if the edits are few
// for the word's length, or the only name typed begins.
func nearest(typed string, names []string) string {
	typed = strings.ToLower(typed)
	best, bestD := "", 0
	for _, n := range names {
		d := editDistance(typed, n)
		if best == "" || d < bestD {
			best, bestD = n, d
		}
	}
	if best != "" && bestD <= max(1, min(2, len(typed)/3)) {
		return best
	}
	var prefixed []string
	for _, n := range names {
		if len(typed) >= 2 && strings.HasPrefix(n, typed) {
			prefixed = append(prefixed, n)
		}
	}
	if len(prefixed) == 1 {
		return prefixed[0]
	}
	return ""
}

// editDistance is the optimal string alignment distance: insertions,
// deletions, substitutions and swaps of neighbours, each one edit.
func editDistance(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	d := make([][]int, len(ra)+1)
	for i := range d {
		d[i] = make([]int, len(rb)+1)
		d[i][0] = i
	}
	for j := range d[0] {
		d[0][j] = j
	}
	for i := 1; i <= len(ra); i++ {
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			d[i][j] = min(d[i-1][j]+1, d[i][j-1]+1, d[i-1][j-1]+cost)
			if i > 1 && j > 1 && ra[i-1] == rb[j-2] && ra[i-2] == rb[j-1] {
				d[i][j] = min(d[i][j], d[i-2][j-2]+1)
			}
		}
	}
	return d[len(ra)][len(rb)]
}
