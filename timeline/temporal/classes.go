package temporal

// Built-in classes: numbers read from digits, and unions of classes.

// digitClass matches one number token within [min, max].
type digitClass struct {
	min, max int
	ndigits  int  // exact digit count, 0 = any
	ord      int  // 0 = ordinal suffix forbidden, 1 = allowed, 2 = required
	plural   bool // the "s" suffix is required ("1990s")
}

func (d digitClass) firsts() []string { return []string{"#"} }
func (d digitClass) maxTokens() int   { return 1 }

func (d digitClass) match(toks []token, i int, out []classHit) []classHit {
	t := toks[i]
	if t.kind != tokNum || t.plural != d.plural {
		return out
	}
	if (d.ord == 0 && t.ord) || (d.ord == 2 && !t.ord) {
		return out
	}
	if d.ndigits > 0 && t.ndigits != d.ndigits {
		return out
	}
	if t.ndigits > 9 || t.num < d.min || t.num > d.max {
		return out
	}
	return append(out, classHit{t.num, 1})
}

// union matches any of its members.
type union []classMatcher

func (u union) firsts() []string {
	var out []string
	for _, c := range u {
		out = append(out, c.firsts()...)
	}
	return out
}

func (u union) maxTokens() int {
	n := 0
	for _, c := range u {
		n = max(n, c.maxTokens())
	}
	return n
}

func (u union) match(toks []token, i int, out []classHit) []classHit {
	for _, c := range u {
		out = c.match(toks, i, out)
	}
	return out
}

// decadeClass reads "1990s" and "90s" as the decade's first year, and
// "the 1920's" too: after "the" or "early", "mid-", an apostrophe is no
// possessive ("1990's budget" is a year's).
type decadeClass struct{}

func (decadeClass) firsts() []string { return []string{"#"} }
func (decadeClass) maxTokens() int   { return 3 }

func (decadeClass) match(toks []token, i int, out []classHit) []classHit {
	t := toks[i]
	if t.kind != tokNum || t.num%10 != 0 {
		return out
	}
	if t.ndigits == 2 && agedBy(toks, i) {
		return out // "in their 40s", "a man in his early 50s": an age
	}
	n := 1
	if !t.plural {
		if !apostropheS(toks, i) || i == 0 || !decadeLeads(toks[i-1].lower) {
			return out
		}
		n = 3
	}
	switch t.ndigits {
	case 4:
		return append(out, classHit{t.num, n})
	case 2:
		return append(out, classHit{1900 + t.num, n})
	}
	return out
}

// agedBy reports whether a possessive stands before toks[i], an "early",
// "mid" or "late" and a hyphen aside: "their 40s" is an age.
func agedBy(toks []token, i int) bool {
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		switch toks[k].lower {
		case "early", "mid", "late", "-":
			continue
		case "his", "her", "their", "its", "my", "your", "our":
			return true
		}
		return false
	}
	return false
}

// apostropheS reports whether toks[i] is written with 's right after it.
func apostropheS(toks []token, i int) bool {
	return i+2 < len(toks) && toks[i+1].lower == "'" && toks[i+2].lower == "s" &&
		toks[i+1].start == toks[i].end && toks[i+2].start == toks[i+1].end
}

// decadeLeads are the words after which "1920's" is a decade.
func decadeLeads(w string) bool {
	switch w {
	case "the", "'", "-", "early", "mid", "late":
		return true
	}
	return false
}

// classes returns every class a pattern may name.
func classes() map[string]classMatcher {
	numWords := newLexClass(numberWords())
	ordWords := newLexClass(ordinalWords())
	return map[string]classMatcher{
		"weekday":    newLexClass(weekdays()),
		"weekdays":   newLexClass(weekdaysPlural()),
		"month":      newLexClass(months()),
		"unit":       newLexClass(units()),
		"pod":        newLexClass(partsOfDay()),
		"season":     newLexClass(seasons()),
		"qcode":      newLexClass(quarterCodes()),
		"hcode":      newLexClass(halfCodes()),
		"dir":        newLexClass(directions()),
		"offset":     newLexClass(offsets()),
		"approx":     newLexClass(approximators()),
		"bound":      newLexClass(bounds()),
		"position":   newLexClass(positions()),
		"vague":      newLexClass(vagueAmounts()),
		"ampm":       newLexClass(ampm()),
		"zone":       newLexClass(zones()),
		"ref":        newLexClass(references()),
		"deictic":    newLexClass(deicticDays()),
		"freq":       newLexClass(frequencies()),
		"times":      newLexClass(timesWords()),
		"holiday":    newLexClass(holidayItems()),
		"famous":     newLexClass(famousItems()),
		"decadeword": newLexClass(decadeWords()),
		"numword":    numWords,
		"yearword":   newLexClass(spokenYears()),
		"num":        union{digitClass{min: 0, max: 1 << 30}, numWords},
		"int":        digitClass{min: 0, max: 1 << 30},
		"day":        union{digitClass{min: 1, max: 31, ord: 1}, ordWords},
		"dd":         digitClass{min: 1, max: 31, ord: 1},
		"ord":        union{digitClass{min: 1, max: 99, ord: 2}, ordWords},
		"mm":         digitClass{min: 1, max: 12},
		"year":       digitClass{min: 1000, max: 2999, ndigits: 4},
		"yy":         digitClass{min: 0, max: 99, ndigits: 2},
		"decade":     decadeClass{},
		"hour":       digitClass{min: 0, max: 24},
		"hh":         digitClass{min: 0, max: 24, ndigits: 2},
		"minute":     digitClass{min: 0, max: 59, ndigits: 2},
		"hhmm":       digitClass{min: 0, max: 2359, ndigits: 4},
	}
}
