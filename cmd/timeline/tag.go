package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/newsroom/timeline/timeline/article"
	"github.com/newsroom/timeline/timeline/progress"
	"github.com/newsroom/timeline/timeline/temporal"
	"github.com/newsroom/timeline/timeline/timeml"
)

// tagLine is one mention in `timeline tag` JSON output.
type tagLine struct {
	File   string `json:"file"`
	Start  int    `json:"start"`
	End    int    `json:"end"`
	Text   string `json:"text"`
	Type   string `json:"type"`
	Value  string `json:"value"`
	Mod    string `json:"mod,omitempty"`
	Rule   string `json:"rule"`
	Anchor string `json:"anchor"`
}

func runTag(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := flagSet("tag", stdout)
	dct := fs.String("dct", "", "document date to resolve against, e.g. 2014-12-17 (default: each article's own date)")
	format := fs.String("format", "json", "output: json (one mention per line) or text")
	tml := fs.Bool("timeml", false, "read TempEval-3 TimeML files from IN_DIR, write them annotated to OUT_DIR")
	quiet := fs.BoolP("quiet", "q", false, "show no progress")
	if err := parse(fs, args); err != nil {
		return err
	}
	// The progress line ends (done) before the results are printed.
	p, done := progress.Or(nil), func() {}
	if line := progressLine(stderr, *quiet); line != nil {
		p, done = line, line.Close
		defer done()
	}
	tagger, err := temporal.New()
	if err != nil {
		return err
	}
	if *tml {
		if fs.NArg() != 2 {
			return usagef("--timeml takes IN_DIR and OUT_DIR")
		}
		n, err := tagTimeML(ctx, tagger, fs.Arg(0), fs.Arg(1), p)
		if err != nil {
			return err
		}
		done()
		fmt.Fprintf(stdout, "tagged %d files into %s\n", n, fs.Arg(1))
		return nil
	}
	if fs.NArg() == 0 {
		return usagef("name at least one file to tag")
	}
	if *format != "json" && *format != "text" {
		return usagef("--format must be json or text, not %q", *format)
	}
	var fixed time.Time
	if *dct != "" {
		if fixed, err = time.Parse(time.DateOnly, *dct); err != nil {
			if fixed, err = time.Parse("2006-01-02T15:04", *dct); err != nil {
				return usagef("--dct %q: write it as 2014-12-17", *dct)
			}
		}
	}
	rd := article.NewReader(nil)
	var lines []tagLine
	p.Stage("tagging files", fs.NArg())
	for _, path := range fs.Args() {
		if err := ctx.Err(); err != nil {
			return err
		}
		src, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		a, err := rd.Parse(filepath.Base(path), src)
		if err != nil {
			return err
		}
		anchor := fixed
		if anchor.IsZero() {
			anchor = a.Anchor.Time
		}
		if anchor.IsZero() {
			return fmt.Errorf("%s: no date to resolve against: pass --dct 2014-12-17", path)
		}
		for _, m := range tagger.Tag(a.TagText(), anchor) {
			// Spans are byte offsets in the file (after a BOM and CRs are
			// dropped), not in the cleaned body.
			l := tagLine{File: path, Start: a.SourceOffset(m.Start), End: a.SourceOffset(m.End), Text: m.Text,
				Type: m.Value.Type.String(), Value: m.Value.String(), Rule: m.Rule, Anchor: m.AnchorValue().String()}
			if m.Value.Mod != 0 {
				l.Mod = m.Value.Mod.String()
			}
			lines = append(lines, l)
		}
		p.Add(1)
	}
	done()
	if *format == "text" {
		tw := tabwriter.NewWriter(stdout, 2, 4, 2, ' ', 0)
		fmt.Fprintln(tw, "FILE\tSPAN\tTEXT\tTYPE\tVALUE\tRULE")
		for _, l := range lines {
			fmt.Fprintf(tw, "%s\t%d-%d\t%s\t%s\t%s\t%s\n", l.File, l.Start, l.End, l.Text, l.Type, l.Value, l.Rule)
		}
		return tw.Flush()
	}
	enc := json.NewEncoder(stdout)
	for _, l := range lines {
		if err := enc.Encode(l); err != nil {
			return err
		}
	}
	return nil
}

// tagTimeML annotates every .tml file of in into out, telling p of each,
// and returns how many it annotated.
func tagTimeML(ctx context.Context, tagger *temporal.Tagger, in, out string, p progress.Reporter) (int, error) {
	files, err := filepath.Glob(filepath.Join(in, "*.tml"))
	if err != nil {
		return 0, err
	}
	if len(files) == 0 {
		return 0, fmt.Errorf("%s: no .tml files", in)
	}
	if err := os.MkdirAll(out, 0o755); err != nil {
		return 0, err
	}
	sort.Strings(files)
	p.Stage("tagging TimeML files", len(files))
	for _, f := range files {
		if err := ctx.Err(); err != nil {
			return 0, err
		}
		raw, err := os.ReadFile(f)
		if err != nil {
			return 0, err
		}
		doc, err := timeml.Parse(f, stripTags(raw))
		if err != nil {
			return 0, err
		}
		var tx []timeml.Timex
		for _, m := range tagger.Tag(doc.Text, doc.DCT) {
			t := timeml.Timex{Start: m.Start, End: m.End, Type: m.Value.Type.String(), Value: m.Value.String()}
			if m.Value.Mod != 0 {
				t.Mod = m.Value.Mod.String()
			}
			tx = append(tx, t)
		}
		if err := os.WriteFile(filepath.Join(out, filepath.Base(f)), doc.Annotate(tx), 0o644); err != nil {
			return 0, err
		}
		p.Add(1)
	}
	return len(files), nil
}

// stripTags turns an annotated TimeML file into TempEval-3 input form:
// tags inside TEXT removed, TLINK and other link lines dropped.
func stripTags(raw []byte) []byte {
	s := string(raw)
	i, j := strings.Index(s, "<TEXT>"), strings.LastIndex(s, "</TEXT>")
	if i < 0 || j < i {
		return raw
	}
	var b strings.Builder
	b.WriteString(s[:i+len("<TEXT>")])
	inner := s[i+len("<TEXT>") : j]
	for k := 0; k < len(inner); {
		if inner[k] == '<' {
			if e := strings.IndexByte(inner[k:], '>'); e >= 0 {
				k += e + 1
				continue
			}
		}
		b.WriteByte(inner[k])
		k++
	}
	b.WriteString("</TEXT>")
	for _, line := range strings.SplitAfter(s[j+len("</TEXT>"):], "\n") {
		t := strings.TrimSpace(line)
		if strings.HasPrefix(t, "<TLINK") || strings.HasPrefix(t, "<SLINK") || strings.HasPrefix(t, "<ALINK") || strings.HasPrefix(t, "<MAKEINSTANCE") {
			continue
		}
		b.WriteString(line)
	}
	return []byte(b.String())
}
