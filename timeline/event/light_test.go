package event

import (
	"strings"
	"testing"
)

// TestLightClauses runs each light clause's own example: the title is
// the happening its when- or that-clause tells, whether the time stands
// in the clause (as status reads it) or not (as titles have it).
func TestLightClauses(t *testing.T) {
	for _, l := range lightClauses {
		in, from, to := l.example, -1, -1
		if i, j := strings.Index(in, "["), strings.Index(in, "]"); i >= 0 && j > i {
			in, from, to = in[:i]+in[i+1:j]+in[j+1:], i, j-1
		}
		k := lightSplit(in, func(a, b int) bool { return a >= from && b <= to })
		if k < 0 {
			t.Errorf("%q: %q is no light clause", l.pred, in)
			continue
		}
		if got := headline(in[k:]); got != l.want {
			t.Errorf("%q: %q gives %q, want %q", l.pred, in, got, l.want)
		}
		if from >= 0 {
			if out := strings.Join(strings.Fields(in[:from]+in[to:]), " "); headline(lightHappening(out)) != l.want {
				t.Errorf("%q: without its time, %q gives %q, want %q", l.pred, out, headline(lightHappening(out)), l.want)
			}
		}
	}
	for _, s := range []string{
		"The general came to power when the president fled the country",
		"The minister said that the talks would resume",
		"Protesters came out onto the streets as the results were read",
	} {
		if got := lightHappening(s); got != s {
			t.Errorf("lightHappening(%q) = %q, want it whole", s, got)
		}
	}
}

// hasConnector, lightSplit's quick look, never says no where lightRe
// finds a light clause: checked on the examples and on sentences around
// its edges (the connector last, in capitals, after a tab; days named).
func TestLightConnector(t *testing.T) {
	texts := []string{
		"The ruling came on the very day\tthe mayor resigned from office",
		"IT HAPPENED ON SUNDAY WHEN A GAS MAIN BURST BENEATH THE MARKET",
		"The strike came on Friday that the union had set for it",
		"The vote came on Friday after the deadline had passed for all",
		"The news came today when",
		"The ruling came the same day ",
	}
	for _, l := range lightClauses {
		texts = append(texts, strings.NewReplacer("[", "", "]", "").Replace(l.example))
	}
	for _, s := range texts {
		if lightRe.MatchString(s) && !hasConnector(s) {
			t.Errorf("hasConnector(%q) = false, but lightRe matches", s)
		}
	}
	for _, s := range []string{"The vote came on Friday after the deadline had passed for all", "Its whenever thatch today"} {
		if hasConnector(s) {
			t.Errorf("hasConnector(%q) = true, want false", s)
		}
	}
}

// FuzzLightConnector checks hasConnector against lightRe on any text.
func FuzzLightConnector(f *testing.F) {
	for _, l := range lightClauses {
		f.Add(l.example)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if lightRe.MatchString(s) && !hasConnector(s) {
			t.Errorf("hasConnector(%q) = false, but lightRe matches", s)
		}
	})
}
