// Command timeline-beam runs timeline's build as an Apache Beam pipeline
// (see package beam): on Prism in this process by default, or on the
// runner --runner names (flink, spark, dataflow, universal, with
// --endpoint and the runner's own flags).
//
//	timeline-beam --source content --output out/
//	timeline render --records out/records.jsonl --output public
package main

import (
	"context"
	"flag"
	"log"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	_ "github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem/gcs" // gs:// output for Dataflow
	"github.com/apache/beam/sdks/v2/go/pkg/beam/x/beamx"

	tlbeam "github.com/newsroom/timeline/beam"
)

func main() {
	var set tlbeam.Settings
	flag.StringVar(&set.Source, "source", "content", "content folder (every worker must read it at this path)")
	output := flag.String("output", "beam-out", "folder (or gs:// URL) to write events.json and records.jsonl into")
	flag.StringVar(&set.Zone, "timezone", "", "time zone for datelines that name none, e.g. America/New_York (default UTC)")
	flag.StringVar(&set.DCT, "dct", "", "anchor date for articles with no date of their own, e.g. 2014-12-17")
	flag.StringVar(&set.Title, "title", "Timeline", "site title (events.json carries it)")
	flag.IntVar(&set.KeyDates, "key-dates", 0, "keep only the N most important dates (0 = all)")
	flag.BoolVar(&set.Drafts, "drafts", false, "include articles marked draft")
	flag.BoolVar(&set.KeepGoing, "keep-going", false, "merge the good articles when some are bad")
	flag.Parse()
	beam.Init() // on a worker, Init runs the worker and does not return
	p, s := beam.NewPipelineWithRoot()
	if err := tlbeam.Build(s, set, *output); err != nil {
		log.Fatal(err)
	}
	if err := beamx.Run(context.Background(), p); err != nil {
		log.Fatalf("the pipeline failed: %v", err)
	}
}
