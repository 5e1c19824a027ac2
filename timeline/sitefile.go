package timeline

import (
	"errors"
	"fmt"
	"os"

	"github.com/newsroom/timeline/timeline/internal/yamlfile"
)

// SiteFile is the site's settings file (timeline.yaml in the folder
// timeline runs in). Command-line flags override it.
type SiteFile struct {
	Title       string `yaml:"title"`
	Description string `yaml:"description"`
	BaseURL     string `yaml:"baseURL"`
	Timezone    string `yaml:"timezone"`
	Language    string `yaml:"language"`
	Source      string `yaml:"source"`
	Output      string `yaml:"output"`
	KeyDates    int    `yaml:"keyDates"`
	SplitEvents int    `yaml:"splitEvents"`
}

// ReadSiteFile reads a settings file; a missing file is no error and
// gives zero settings.
func ReadSiteFile(path string) (SiteFile, bool, error) {
	var f SiteFile
	src, err := os.ReadFile(path)
	if errors.Is(err, os.ErrNotExist) {
		return f, false, nil
	}
	if err != nil {
		return f, false, err
	}
	if err := yamlfile.Decode(src, &f); err != nil {
		var ye *yamlfile.Error
		errors.As(err, &ye)
		return f, true, fmt.Errorf("%s:%d: %s (known settings: title, description, baseURL, timezone, language, source, output, keyDates, splitEvents)", path, ye.Line, ye.Msg)
	}
	return f, true, nil
}
