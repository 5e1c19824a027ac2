package beam

import (
	"bufio"
	"os"

	"github.com/newsroom/timeline/timeline/record"
)

// readRecords reads a records.jsonl, one record a line.
func readRecords(name string) ([]*record.Record, error) {
	f, err := os.Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 64<<20)
	var recs []*record.Record
	for sc.Scan() {
		r, err := record.Unmarshal(sc.Bytes())
		if err != nil {
			return nil, err
		}
		recs = append(recs, r)
	}
	return recs, sc.Err()
}
