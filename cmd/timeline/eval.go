package main

import (
	"context"
	"fmt"
	"io"
	"path/filepath"

	"github.com/newsroom/timeline/timeline/timeml"
)

func runEval(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := flagSet("eval", stdout)
	gold := fs.String("gold", "", "folder of gold TimeML files")
	system := fs.String("system", "", "folder of system TimeML files with the same names")
	perFile := fs.Bool("files", false, "print the figures of every file")
	showErrors := fs.Bool("errors", false, "list misses, spurious expressions and wrong values")
	if err := parse(fs, args); err != nil {
		return err
	}
	if *gold == "" || *system == "" {
		return usagef("--gold and --system are both needed")
	}
	golds, err := timeml.ReadAll(filepath.Join(*gold, "*.tml"))
	if err != nil {
		return err
	}
	if len(golds) == 0 {
		return fmt.Errorf("%s: no .tml files", *gold)
	}
	var total timeml.Scores
	for _, gd := range golds {
		gf := gd.Name
		sf := filepath.Join(*system, filepath.Base(gf))
		sd, err := timeml.ReadFile(sf)
		if err != nil {
			return err
		}
		s, probs := timeml.Compare(gd.Timexes, sd.Timexes)
		total.Add(s)
		if *perFile {
			_, _, sfv := s.Strict()
			_, _, rf := s.Relaxed()
			fmt.Fprintf(stdout, "%-40s strict %.3f relaxed %.3f value %.3f\n", filepath.Base(gf), sfv, rf, s.ValueF1())
		}
		if *showErrors {
			for _, p := range probs {
				fmt.Fprintf(stdout, "%s\t%s\tgold %q %s\tsystem %q %s\n", filepath.Base(gf), p.Kind, p.Gold.Text, p.Gold.Value, p.System.Text, p.System.Value)
			}
		}
	}
	fmt.Fprintf(stdout, "%d files\n", len(golds))
	total.Report(stdout)
	return nil
}
