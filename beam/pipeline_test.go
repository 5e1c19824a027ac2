package beam

import (
	"bytes"
	"context"
	"log/slog"
	"os"
	"path/filepath"
	"testing"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/testing/ptest"

	"github.com/newsroom/timeline/timeline"
)

// The pipeline runs on Prism, Beam's local runner, in this process
// (--runner picks another); its progress notes are left out of the
// test's output.
func TestMain(m *testing.M) {
	slog.SetLogLoggerLevel(slog.LevelWarn)
	ptest.MainWithDefault(m, "prism")
}

// samePipeline runs the pipeline over set and fails unless its
// events.json is the one a single-machine build writes, byte for byte,
// and its records.jsonl renders into the same events.json too.
func samePipeline(t *testing.T, set Settings) {
	t.Helper()
	dir := t.TempDir()
	cfg, err := set.Config()
	if err != nil {
		t.Fatal(err)
	}
	cfg.Output = filepath.Join(dir, "built")
	if _, err := timeline.Build(context.Background(), cfg); err != nil && !set.KeepGoing {
		t.Fatal(err)
	}
	want, err := os.ReadFile(filepath.Join(cfg.Output, "events.json"))
	if err != nil {
		t.Fatal(err)
	}
	p, s := beam.NewPipelineWithRoot()
	out := filepath.Join(dir, "beam")
	if err := Build(s, set, out); err != nil {
		t.Fatal(err)
	}
	if err := ptest.Run(p); err != nil {
		t.Fatal(err)
	}
	got, err := os.ReadFile(filepath.Join(out, "events.json"))
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("the pipeline's events.json (%d bytes) differs from the build's (%d bytes)", len(got), len(want))
	}
	// The records it wrote are the ones `timeline render` takes.
	cfg.Output = filepath.Join(dir, "rendered")
	recs, err := readRecords(filepath.Join(out, "records.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := timeline.BuildRecords(context.Background(), cfg, recs); err != nil && !set.KeepGoing {
		t.Fatal(err)
	}
	if again, _ := os.ReadFile(filepath.Join(cfg.Output, "events.json")); !bytes.Equal(again, want) {
		t.Error("events.json rendered from the pipeline's records differs from the build's")
	}
}

// TestPipelineEqualsBuild: on the demo (with its settings) and on the
// Timeline17 development topics when present.
func TestPipelineEqualsBuild(t *testing.T) {
	t.Run("demo", func(t *testing.T) {
		samePipeline(t, Settings{Source: "../content", Zone: "America/New_York", Title: "The demo"})
	})
	const t17 = "../../shared/corpora/t17-dev"
	topics, _ := filepath.Glob(filepath.Join(t17, "*", "content"))
	if len(topics) == 0 {
		t.Logf("skipping Timeline17: no topics under %s", t17)
		return
	}
	for _, dir := range topics {
		t.Run(filepath.Base(filepath.Dir(dir)), func(t *testing.T) {
			samePipeline(t, Settings{Source: dir, KeepGoing: true, KeyDates: 20})
		})
	}
}
