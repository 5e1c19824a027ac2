package site_test

import (
	"runtime"
	"strings"
	"testing"
	"time"
)

// TestDeeplyNestedMarkdown: pathological Markdown renders in bounded time
// and memory, and the page is still whole.
func TestDeeplyNestedMarkdown(t *testing.T) {
	cases := map[string]string{
		"nested quotes": strings.Repeat(">", 5000) + " On Tuesday it ended.\n",
		"nested lists":  strings.Repeat("  ", 0) + nestedList(400) + "\n",
		"open brackets": strings.Repeat("[", 20000) + " on Tuesday " + strings.Repeat("]", 20000) + "\n",
		"emphasis runs": strings.Repeat("*_", 20000) + " on Tuesday\n",
		"link storm":    strings.Repeat("[a](b) ", 20000) + "on Tuesday\n",
	}
	for name, body := range cases {
		var before, after runtime.MemStats
		runtime.GC()
		runtime.ReadMemStats(&before)
		start := time.Now()
		files := render(t, map[string]string{"x.md": "---\ntitle: X\ndate: 2014-12-17\n---\n" + body})
		took := time.Since(start)
		runtime.ReadMemStats(&after)
		page := string(files["articles/x.html"])
		if !strings.HasSuffix(page, "</html>\n") {
			t.Errorf("%s: page not whole", name)
		}
		if took > 10*time.Second {
			t.Errorf("%s: took %v", name, took)
		}
		if alloc := after.TotalAlloc - before.TotalAlloc; alloc > 1<<30 {
			t.Errorf("%s: allocated %d MB", name, alloc>>20)
		}
		t.Logf("%-14s %6d bytes in %v", name, len(body), took.Round(time.Millisecond))
	}
}

func nestedList(depth int) string {
	var b strings.Builder
	for i := range depth {
		b.WriteString(strings.Repeat("  ", i))
		b.WriteString("- item\n")
	}
	return b.String()
}
