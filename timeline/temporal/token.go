package temporal

import (
	"unicode"
	"unicode/utf8"
)

// tokKind says what a token is made of.
type tokKind uint8

const (
	tokWord  tokKind = iota // letters
	tokNum                  // digits, with an optional ordinal or plural suffix
	tokPunct                // any other single character
)

// token is a word, number or punctuation mark with its byte span in the
// source. Matching works on tokens, never on the raw bytes, so a rule sees
// "Dec ." whether the text had "Dec." or "Dec ."; lexicon entries are
// tokenized the same way.
type token struct {
	start, end int
	kind       tokKind
	lower      string // lower-cased text; curly quotes and dashes folded
	num        int    // value of a tokNum (capped), -1 otherwise
	ndigits    int    // digits in a tokNum
	ord        bool   // "25th"
	plural     bool   // "1990s"
	upper      bool   // first letter is upper case
	brk        bool   // a paragraph break (blank line) or sentence end precedes it
	entry      bool   // a live page's entry time ("1040 Hundreds are feared trapped"; markEntries)
	web        bool   // part of a web or mail address (markAddresses): never a time
	info       *wordInfo
	needs      uint64 // the rules this token can satisfy a need of (compiled.needs)
}

// wordInfo is what the tagger knows about a word before matching: which
// lexicon classes can start with it and which rules it can start.
type wordInfo struct {
	classes uint64
	rules   []int
	needs   uint64 // bit i: rule i needs this word (compiled.needs)
}

// tokenize splits text into tokens. It never fails: invalid UTF-8 becomes
// punctuation tokens and is skipped by every rule.
func tokenize(text string, buf []token) []token {
	toks := buf[:0]
	newlines := 0
	for i := 0; i < len(text); {
		c := text[i]
		if c < utf8.RuneSelf {
			switch {
			case c == '\n':
				newlines++
				i++
				continue
			case c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v':
				i++
				continue
			case isASCIILetter(c):
				j := i + 1
				for j < len(text) && isWordByte(text, j) {
					j += runeLen(text, j)
				}
				toks = append(toks, wordToken(text, i, j, newlines > 1))
				newlines = 0
				i = j
				continue
			case c >= '0' && c <= '9':
				t, j := numToken(text, i)
				t.brk = newlines > 1
				toks = append(toks, t)
				newlines = 0
				i = j
				continue
			}
			toks = append(toks, token{start: i, end: i + 1, kind: tokPunct, lower: punctLower(c), num: -1, brk: newlines > 1})
			newlines = 0
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(text[i:])
		switch {
		case r == '\u00a0' || r == '\u2009' || r == '\u202f' || unicode.IsSpace(r):
			if r == '\u2028' || r == '\u2029' {
				newlines += 2
			}
			i += size
			continue
		case r == '\u200b' || r == '\u200c' || r == '\u200d' || r == '\ufeff' || r == '\u00ad':
			// Zero-width characters and soft hyphens inside a word are
			// skipped, so "Wed\u200bnesday" is still a weekday.
			i += size
			continue
		case unicode.IsLetter(r):
			j := i + size
			for j < len(text) && isWordByte(text, j) {
				j += runeLen(text, j)
			}
			toks = append(toks, wordToken(text, i, j, newlines > 1))
			newlines = 0
			i = j
			continue
		}
		toks = append(toks, token{start: i, end: i + size, kind: tokPunct, lower: foldPunct(r), num: -1, brk: newlines > 1})
		newlines = 0
		i += size
	}
	return toks
}

func isASCIILetter(c byte) bool { return c|0x20 >= 'a' && c|0x20 <= 'z' }

// isWordByte reports whether the rune at text[j] continues a word.
func isWordByte(text string, j int) bool {
	c := text[j]
	if c < utf8.RuneSelf {
		return isASCIILetter(c)
	}
	r, _ := utf8.DecodeRuneInString(text[j:])
	return unicode.IsLetter(r) || r == '\u200b' || r == '\u200c' || r == '\u200d' || r == '\u00ad'
}

func runeLen(text string, j int) int {
	if text[j] < utf8.RuneSelf {
		return 1
	}
	_, n := utf8.DecodeRuneInString(text[j:])
	return n
}

func wordToken(text string, i, j int, brk bool) token {
	w := text[i:j]
	t := token{start: i, end: j, kind: tokWord, num: -1, brk: brk}
	r, _ := utf8.DecodeRuneInString(w)
	t.upper = unicode.IsUpper(r)
	t.lower = lowerWord(w)
	return t
}

// lowerWord lower-cases w, dropping zero-width characters; pure-ASCII
// lower-case words (the common case) are returned without allocating.
func lowerWord(w string) string {
	clean := true
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= utf8.RuneSelf || (c >= 'A' && c <= 'Z') {
			clean = false
			break
		}
	}
	if clean {
		return w
	}
	b := make([]byte, 0, len(w))
	for _, r := range w {
		switch r {
		case '\u200b', '\u200c', '\u200d', '\u00ad':
			continue
		}
		b = utf8.AppendRune(b, unicode.ToLower(r))
	}
	return string(b)
}

// numToken reads a digit run at text[i] and an attached suffix: "25th" is
// an ordinal, "1990s" a plural; any other letters start a new token.
func numToken(text string, i int) (token, int) {
	j, n := i, 0
	for j < len(text) && text[j] >= '0' && text[j] <= '9' {
		if n < 1e8 {
			n = n*10 + int(text[j]-'0')
		}
		j++
	}
	// "1,000", "7,500": groups of three after commas are one number. Its
	// digit count is the width written, commas and all, so that "1,994"
	// is no year.
	for j < len(text) && text[j] == ',' && j-i <= 11 && threeDigits(text, j+1) {
		for _, c := range []byte(text[j+1 : j+4]) {
			if n < 1e8 {
				n = n*10 + int(c-'0')
			}
		}
		j += 4
	}
	t := token{start: i, kind: tokNum, lower: text[i:j], num: n, ndigits: j - i}
	if k := suffixEnd(text, j); k > j {
		switch suf := lowerWord(text[j:k]); suf {
		case "st", "nd", "rd", "th":
			t.ord = true
			j = k
		case "s":
			t.plural = true
			j = k
		}
	}
	t.end = j
	return t, j
}

// threeDigits reports whether text[k:] holds exactly three digits and then
// no digit.
func threeDigits(text string, k int) bool {
	if k+3 > len(text) {
		return false
	}
	for _, c := range []byte(text[k : k+3]) {
		if c < '0' || c > '9' {
			return false
		}
	}
	return k+3 == len(text) || text[k+3] < '0' || text[k+3] > '9'
}

func suffixEnd(text string, j int) int {
	k := j
	for k < len(text) && k-j < 3 && isASCIILetter(text[k]) {
		k++
	}
	if k < len(text) && isASCIILetter(text[k]) {
		return j // a longer word: "4pm" splits, "25thousand" does not end in a suffix
	}
	return k
}

var punctStrings = func() (p [128]string) {
	for c := range p {
		p[c] = string(rune(c))
	}
	return p
}()

func punctLower(c byte) string { return punctStrings[c] }

// foldPunct maps typographic punctuation onto its ASCII twin, so that
// "New Year’s" and "New Year's" match alike and an en dash is a hyphen.
func foldPunct(r rune) string {
	switch r {
	case '\u2018', '\u2019', '\u02bc', '\u2032':
		return "'"
	case '\u201c', '\u201d', '\u00ab', '\u00bb':
		return `"`
	case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2212':
		return "-"
	}
	return string(r)
}
