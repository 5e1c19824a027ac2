package timeml

import (
	"fmt"
	"io"
	"sort"
)

// Scores are TempEval-3 Task A figures for TIMEX3: span detection, strict
// (exact span) and relaxed (overlap), and attribute accuracy over the
// relaxed matches. Value F1 is relaxed F1 times value accuracy, the figure
// TempEval-3 ranked systems by.
type Scores struct {
	Gold, System            int
	StrictMatch, RelaxMatch int
	TypeMatch, ValueMatch   int
}

// Add accumulates another document's counts.
func (s *Scores) Add(o Scores) {
	s.Gold += o.Gold
	s.System += o.System
	s.StrictMatch += o.StrictMatch
	s.RelaxMatch += o.RelaxMatch
	s.TypeMatch += o.TypeMatch
	s.ValueMatch += o.ValueMatch
}

func prf(match, sys, gold int) (p, r, f float64) {
	if sys > 0 {
		p = float64(match) / float64(sys)
	}
	if gold > 0 {
		r = float64(match) / float64(gold)
	}
	if p+r > 0 {
		f = 2 * p * r / (p + r)
	}
	return
}

// Strict returns precision, recall and F1 for exact spans.
func (s Scores) Strict() (p, r, f float64) { return prf(s.StrictMatch, s.System, s.Gold) }

// Relaxed returns precision, recall and F1 for overlapping spans.
func (s Scores) Relaxed() (p, r, f float64) { return prf(s.RelaxMatch, s.System, s.Gold) }

// ValueAccuracy is the share of relaxed matches with the gold value.
func (s Scores) ValueAccuracy() float64 { return ratio(s.ValueMatch, s.RelaxMatch) }

// TypeAccuracy is the share of relaxed matches with the gold type.
func (s Scores) TypeAccuracy() float64 { return ratio(s.TypeMatch, s.RelaxMatch) }

// ValueF1 is relaxed F1 times value accuracy.
func (s Scores) ValueF1() float64 { _, _, f := s.Relaxed(); return f * s.ValueAccuracy() }

// TypeF1 is relaxed F1 times type accuracy.
func (s Scores) TypeF1() float64 { _, _, f := s.Relaxed(); return f * s.TypeAccuracy() }

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// Problem is one difference between a system and the gold standard.
type Problem struct {
	Kind         string // "missed", "spurious", "value", "span"
	Gold, System Timex
}

// Compare scores one document's system timexes against the gold ones.
// Each gold timex is matched to at most one system timex (the first that
// overlaps it), as the TempEval-3 scorer does.
func Compare(gold, system []Timex) (Scores, []Problem) {
	s := Scores{Gold: len(gold), System: len(system)}
	var probs []Problem
	used := make([]bool, len(system))
	sys := append([]Timex(nil), system...)
	sort.SliceStable(sys, func(i, j int) bool { return sys[i].Start < sys[j].Start })
	for _, g := range gold {
		k := -1
		for i, t := range sys {
			if !used[i] && t.Start < g.End && g.Start < t.End {
				k = i
				break
			}
		}
		if k < 0 {
			probs = append(probs, Problem{Kind: "missed", Gold: g})
			continue
		}
		used[k] = true
		t := sys[k]
		s.RelaxMatch++
		if t.Start == g.Start && t.End == g.End {
			s.StrictMatch++
		} else {
			probs = append(probs, Problem{Kind: "span", Gold: g, System: t})
		}
		if t.Type == g.Type {
			s.TypeMatch++
		}
		if t.Value == g.Value {
			s.ValueMatch++
		} else {
			probs = append(probs, Problem{Kind: "value", Gold: g, System: t})
		}
	}
	for i, t := range sys {
		if !used[i] {
			probs = append(probs, Problem{Kind: "spurious", System: t})
		}
	}
	return s, probs
}

// Report writes the figures as a small table.
func (s Scores) Report(w io.Writer) {
	sp, sr, sf := s.Strict()
	rp, rr, rf := s.Relaxed()
	fmt.Fprintf(w, "timexes: gold %d, system %d\n", s.Gold, s.System)
	fmt.Fprintf(w, "strict  span  P %.3f  R %.3f  F1 %.3f\n", sp, sr, sf)
	fmt.Fprintf(w, "relaxed span  P %.3f  R %.3f  F1 %.3f\n", rp, rr, rf)
	fmt.Fprintf(w, "type  accuracy %.3f  F1 %.3f\n", s.TypeAccuracy(), s.TypeF1())
	fmt.Fprintf(w, "value accuracy %.3f  F1 %.3f\n", s.ValueAccuracy(), s.ValueF1())
}
