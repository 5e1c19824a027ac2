package temporal

import (
	"sort"
	"strings"
)

// markAddresses marks the tokens of web and mail addresses
// ("http://example.com/2014/12/17/story", "news@example.org"): the
// numbers in them are paths and names, not dates. Each sign of an address
// ("://", "www.", an "@" with no space either side) marks the run of text
// around it up to the spaces.
func markAddresses(text string, toks []token) {
	for _, sign := range [...]string{"://", "www.", "@"} {
		for from := 0; ; {
			k := strings.Index(text[from:], sign)
			if k < 0 {
				break
			}
			k += from
			from = k + len(sign)
			if sign == "@" && (k == 0 || k+1 >= len(text) || space(text[k-1]) || space(text[k+1])) {
				continue // "meet @ 5", a lone "@": no address
			}
			start, end := k, from
			for start > 0 && !space(text[start-1]) {
				start--
			}
			for end < len(text) && !space(text[end]) {
				end++
			}
			for i := sort.Search(len(toks), func(i int) bool { return toks[i].end > start }); i < len(toks) && toks[i].start < end; i++ {
				toks[i].web = true
			}
			from = end
		}
	}
}

func space(c byte) bool { return c == ' ' || c == '\n' || c == '\t' || c == '\r' }
