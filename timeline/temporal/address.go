package temporal

import "strings"

// markAddresses marks the tokens of web and mail addresses
// ("http://example.com/2014/12/17/story", "news@example.org"): the
// numbers in them are paths and names, not dates.
func markAddresses(text string, toks []token) {
	if !strings.Contains(text, "://") && !strings.Contains(text, "www.") && !strings.Contains(text, "@") {
		return
	}
	for i := 0; i < len(toks); i++ {
		if !addressStarts(text, toks, i) {
			continue
		}
		// The address runs to the first space after it.
		end := toks[i].end
		for end < len(text) && text[end] != ' ' && text[end] != '\n' && text[end] != '\t' {
			end++
		}
		start := toks[i].start
		for start > 0 && text[start-1] != ' ' && text[start-1] != '\n' && text[start-1] != '\t' {
			start--
		}
		for k := i; k >= 0 && toks[k].start >= start; k-- {
			toks[k].web = true
		}
		for ; i < len(toks) && toks[i].start < end; i++ {
			toks[i].web = true
		}
	}
}

// addressStarts reports whether toks[i] is a sign of an address: "://",
// "www." or an "@" between two words with no space.
func addressStarts(text string, toks []token, i int) bool {
	t := toks[i]
	switch {
	case t.lower == ":":
		return strings.HasPrefix(text[t.start:], "://")
	case t.lower == "www":
		return t.end < len(text) && text[t.end] == '.'
	case t.lower == "@":
		return i > 0 && i+1 < len(toks) && toks[i-1].end == t.start && toks[i+1].start == t.end
	}
	return false
}
