package article

import (
	"regexp"
	"strings"
)

// Scraped pages bring their chrome along: icon-font names, "READ MORE"
// teasers, share and navigation links, bylines, photo credits. Each rule
// here names a kind of line and why it goes. Rules only ever match a whole
// line of a recognisable shape, so no sentence of the story is removed:
// a line that ends like a sentence and is long is never boilerplate unless
// it begins with an explicit marker such as "READ MORE:".

type junkRule struct {
	reason string
	match  func(line string) bool
}

func lineRe(expr string) func(string) bool {
	re := regexp.MustCompile(expr)
	return re.MatchString
}

func junkRules() []junkRule {
	return []junkRule{
		{"icon names from the page's icon font", iconRun},
		{"scrape metadata (outlet or address)", isScrapeMeta},
		{"related-story teaser", lineRe(`(?i)^\s*(read more|read also|related|see also|more on this|watch|listen|also read|recommended)\s*[:»>|]`)},
		{"navigation link", lineRe(`(?i)^\s*(skip to (footer|content|main content|navigation|main)|back to top|jump to|go to (top|home)|menu|home|search|sign in|sign up|log in|subscribe( now)?|newsletter|close)\s*$`)},
		{"share buttons", lineRe(`(?i)^\s*((share|tweet|email|print|copy link|facebook|twitter|whatsapp|linkedin|reddit|pinterest|telegram|comments?|save)(\s+(this|on|the|article|story|page|via))*\s*[|·,]?\s*){1,8}$`)},
		{"advertisement marker", lineRe(`(?i)^\s*(advertisement|sponsored( content)?|ad|promoted|story continues below( advertisement)?)\s*$`)},
		{"byline", lineRe(`^\s*(By|BY)\s+[A-Z][\p{L}.'-]+(\s+[A-Z][\p{L}.'-]+){0,3}(\s*(,|and|&)\s*[A-Z][\p{L}.'-]+(\s+[A-Z][\p{L}.'-]+){0,3})*\s*(,\s*[A-Z][\w ]{0,40})?$`)},
		{"copyright notice", lineRe(`(?i)^\s*(copyright|©)\s.*(all rights reserved|\d{4})`)},
		{"photo credit", lineRe(`(?i)^\s*((photo|image|picture|video|graphic)(\s+credit)?\s*:|\(?(photo|image)\s*(by|courtesy)\b|(photo|image)s?\s+courtesy\b|©|\(c\)\s)`)},
	}
}

// iconRun spots a line of icon-font class names: mostly words containing
// "icon", with no sentence punctuation.
func iconRun(line string) bool {
	f := strings.Fields(line)
	if len(f) < 4 || strings.ContainsAny(line, ".!?\"") {
		return false
	}
	n := 0
	for _, w := range f {
		if strings.Contains(strings.ToLower(w), "icon") {
			n++
		}
	}
	return n*2 >= len(f)
}

// classifyJunk returns the reason a line is boilerplate, or "".
func classifyJunk(rules []junkRule, line string) string {
	t := strings.TrimSpace(line)
	if t == "" {
		return ""
	}
	for _, r := range rules {
		if r.match(t) {
			return r.reason
		}
	}
	return ""
}
