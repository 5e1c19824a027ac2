package timeline

import (
	"context"
	"fmt"
	"os"
	"regexp"
	"strings"
	"testing"
	"time"
	"unicode"

	"github.com/newsroom/timeline/timeline/article"
	"github.com/newsroom/timeline/timeline/event"
	"github.com/newsroom/timeline/timeline/temporal"
)

// lintFunctionWords are words a headline may not end on. The list is the
// test's own, not the builder's, so that the two check each other.
var lintFunctionWords = map[string]bool{}

func init() {
	for _, w := range strings.Fields("a an the of to in on at by for from with as and or but if than that which who " +
		"would will could should can may might must is are was were be been has have had its their his her this these " +
		"into about after before over under during since until while when because though although not") {
		lintFunctionWords[w] = true
	}
}

// lintLongWords is a title too long for a card: twice a headline's 14
// words (a title told apart from another may run past 14, not on and on).
const lintLongWords = 28

var lintMarkup = regexp.MustCompile("\\*|__|`|</?[a-zA-Z]|\\]\\(|^#")

// titleLint counts what a producer would send back in a set of titles.
type titleLint struct {
	titles, cut, dangling, quotes, markup, repeated, long int
	examples                                              map[string][]string
}

func (l *titleLint) add(tl *event.Timeline) {
	if l.examples == nil {
		l.examples = map[string][]string{}
	}
	note := func(kind, title string) {
		if len(l.examples[kind]) < 5 {
			l.examples[kind] = append(l.examples[kind], title)
		}
	}
	days := map[string]map[string]bool{}
	for _, e := range tl.Events {
		t := e.Title
		l.titles++
		if strings.HasSuffix(t, "…") || strings.HasSuffix(t, "...") {
			l.cut++
			note("cut", t)
		}
		words := strings.Fields(strings.TrimRight(t, " .…"))
		if len(words) > 0 && lintFunctionWords[strings.ToLower(strings.TrimFunc(words[len(words)-1], func(r rune) bool { return !unicode.IsLetter(r) }))] {
			l.dangling++
			note("dangling", t)
		}
		if strings.Count(t, `"`)%2 == 1 || strings.Count(t, "“") != strings.Count(t, "”") || !bracketsBalanced(t) {
			l.quotes++
			note("quotes", t)
		}
		if len(strings.Fields(t)) > lintLongWords {
			l.long++
			note("long", t)
		}
		if lintMarkup.MatchString(t) {
			l.markup++
			note("markup", t)
		}
		if days[t] == nil {
			days[t] = map[string]bool{}
		}
		days[t][e.Time.Value.String()] = true
	}
	for _, e := range tl.Events {
		if len(days[e.Title]) > 1 {
			l.repeated++
			note("repeated", e.Title)
		}
	}
}

// lintOf lints the titles of some timelines together.
func lintOf(tls ...*event.Timeline) *titleLint {
	var l titleLint
	for _, tl := range tls {
		l.add(tl)
	}
	return &l
}

func pct(n, of int) float64 { return 100 * float64(n) / float64(max(of, 1)) }

func (l *titleLint) String() string {
	s := fmt.Sprintf("%d titles: cut %.1f%%, dangling function word %.1f%%, unbalanced quotes or brackets %d, markup %d, same title on two days %d (%.1f%%), over %d words %d",
		l.titles, pct(l.cut, l.titles), pct(l.dangling, l.titles), l.quotes, l.markup, l.repeated, pct(l.repeated, l.titles), lintLongWords, l.long)
	for k, ex := range l.examples {
		s += fmt.Sprintf("\n  %s: %q", k, ex)
	}
	return s
}

// TestTitleLint lints every title of the demo and of the Timeline17 dev
// topics (issue 19 item 1).
func TestTitleLint(t *testing.T) {
	tg := temporal.MustNew()
	var l titleLint
	demo := os.DirFS("../content")
	found, err := article.Discover(demo)
	if err != nil {
		t.Fatal(err)
	}
	arts, errs := article.NewReader(time.UTC).ReadAll(context.Background(), demo, found.Files)
	if len(errs) > 0 {
		t.Fatal(errs[0])
	}
	var docs []*event.Doc
	for _, a := range arts {
		docs = append(docs, &event.Doc{Article: a})
	}
	tagAll(context.Background(), tg, docs, nil, nil)
	demoTL, _ := event.NewBuilder(event.Options{}).Build(context.Background(), docs)
	l.add(demoTL)
	t.Logf("demo alone: %s", lintOf(demoTL).String())
	if _, err := os.Stat(t17Dir); err != nil {
		t.Logf("Timeline17 topics not found at %s; linting the demo only", t17Dir)
	} else {
		for _, topic := range []string{"H1N1", "MJ", "haiti"} {
			tl, _ := event.NewBuilder(event.Options{}).Build(context.Background(), t17Topic(t, tg, topic))
			l.add(tl)
			if topic == "haiti" {
				t.Logf("demo and haiti: %s", lintOf(demoTL, tl).String())
			}
		}
	}
	t.Logf("demo and all dev topics: %s", l.String())
	if p := pct(l.cut+l.dangling, l.titles); p > 3 {
		t.Errorf("%.1f%% of titles are cut or end on a function word, want at most 3%%", p)
	}
	if l.quotes > 0 || l.markup > 0 {
		t.Errorf("%d titles with unbalanced quotes or brackets, %d with markup, want none", l.quotes, l.markup)
	}
	// None: colliding titles are told apart from their own sentences
	// (event/retitle.go), a title keeping its time ends before another
	// card's time ("… in 1786", not "… in 1786 and died in 1821"), and a
	// happening counted from that its article dates makes no second card
	// a day off ("two weeks after the earthquake", the earthquake dated).
	if l.repeated > 0 {
		t.Errorf("%d titles repeat on another day, want none", l.repeated)
	}
	if p := pct(l.long, l.titles); p > 0.5 {
		t.Errorf("%.2f%% of titles run over %d words, want at most 0.5%%", p, lintLongWords)
	}
}

// bracketsBalanced reports whether every bracket t opens it closes, in
// order.
func bracketsBalanced(t string) bool {
	depth := 0
	for _, r := range t {
		switch r {
		case '(':
			depth++
		case ')':
			if depth--; depth < 0 {
				return false
			}
		}
	}
	return depth == 0
}
