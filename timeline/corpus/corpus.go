// Package corpus generates deterministic, news-like article collections
// for benchmarks and scale tests: several outlets report an evolving story,
// in both input forms (Markdown with front matter, scraped text with a
// dateline and page boilerplate), with the density of time expressions
// real news has.
package corpus

import (
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"time"
)

// Options shape a generated collection.
type Options struct {
	Articles int
	Seed     uint64
	Start    time.Time // first publication day (default 2014-11-24)
	// Sentences is how many sentences each article's body has (at least
	// 2); 0 keeps the default, 9 to 15 varying by article.
	Sentences int
}

// The word stock. Every sentence is assembled from these pieces, so the
// collection is ours and the same for the same seed.
var (
	outlets  = []string{"The Evening Ledger", "Harbor Courier", "Metro Wire", "Valley Gazette", "Capital Dispatch", "Northern Star"}
	actors   = []string{"The studio", "Federal investigators", "The theater chain", "The company's chief executive", "Lawmakers", "The hackers", "City officials", "The union", "Security researchers", "The trade group"}
	verbs    = []string{"announced", "denied", "confirmed", "canceled", "delayed", "released", "criticized", "defended", "disclosed", "settled"}
	objects  = []string{"the release of the film", "a new round of layoffs", "the findings of the review", "plans for a public hearing", "the leaked documents", "a lawsuit over the breach", "the agreement with distributors", "a statement on the attack", "the schedule for the premiere", "an offer to employees"}
	places   = []string{"in Los Angeles", "in Washington", "in New York", "at the company's headquarters", "in a court filing", "on its website", "in a televised interview", "at a news conference"}
	fillers  = []string{"The move surprised analysts who follow the industry.", "Shares in the parent company were little changed.", "Neither side would comment further.", "Several people familiar with the matter confirmed the account.", "The decision drew criticism from free-speech groups.", "Details of the arrangement were not disclosed."}
	weekdays = []string{"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"}
)

// happening is one event of the story: who did what, on which day.
type happening struct {
	actor, verb, object, place string
	day                        time.Time
}

// Generate writes the collection into dir, which must not exist or be
// empty. Articles are spread over outlets and days; each reports a few of
// the story's happenings relative to its own date.
func Generate(dir string, o Options) error {
	if o.Start.IsZero() {
		o.Start = time.Date(2014, 11, 24, 0, 0, 0, 0, time.UTC)
	}
	rng := rand.New(rand.NewPCG(o.Seed, 0x7469_6d65))
	days := max(30, o.Articles/40) // a newsroom writes about 40 articles a day on a big story
	var story []happening
	for d := range days {
		for range 1 + rng.IntN(3) {
			story = append(story, happening{
				actor: pick(rng, actors), verb: pick(rng, verbs), object: pick(rng, objects), place: pick(rng, places),
				day: o.Start.AddDate(0, 0, d),
			})
		}
	}
	for i := range o.Articles {
		outlet := outlets[i%len(outlets)]
		pub := o.Start.AddDate(0, 0, 1+i*days/max(1, o.Articles)).Add(time.Duration(6+rng.IntN(16))*time.Hour + time.Duration(rng.IntN(60))*time.Minute)
		// Happenings told, each followed by a filler, then one future plan.
		told := 4 + rng.IntN(4)
		if o.Sentences > 0 {
			told = max(1, o.Sentences/2)
		}
		var body []string
		for range told {
			h := story[rng.IntN(len(story))]
			if h.day.After(pub) {
				h.day = pub.AddDate(0, 0, -rng.IntN(5))
			}
			body = append(body, sentence(rng, h, pub))
			if o.Sentences == 0 || len(body)+2 <= o.Sentences {
				body = append(body, pick(rng, fillers))
			}
		}
		body = append(body, future(rng, pub))
		title := fmt.Sprintf("%s %s %s", pick(rng, actors), pick(rng, verbs), pick(rng, objects))
		slug := fmt.Sprintf("%s/%05d-%s", strings.ToLower(strings.ReplaceAll(outlet, " ", "-")), i, pub.Format("2006-01-02"))
		var err error
		if i%3 == 2 {
			err = write(filepath.Join(dir, slug+".txt"), scraped(title, pub, body))
		} else {
			err = write(filepath.Join(dir, slug+".md"), markdown(title, outlet, pub, body))
		}
		if err != nil {
			return err
		}
	}
	return nil
}

func pick(rng *rand.Rand, s []string) string { return s[rng.IntN(len(s))] }

// sentence tells a happening as of pub, with the kind of time expression
// a reporter would use for its distance.
func sentence(rng *rand.Rand, h happening, pub time.Time) string {
	pubDay := time.Date(pub.Year(), pub.Month(), pub.Day(), 0, 0, 0, 0, time.UTC)
	ago := int(pubDay.Sub(h.day).Hours() / 24)
	var when string
	switch {
	case ago == 0 && rng.IntN(2) == 0:
		when = "today"
	case ago == 0:
		when = "on " + weekdays[(int(h.day.Weekday())+6)%7]
	case ago == 1 && rng.IntN(2) == 0:
		when = "yesterday"
	case ago < 7:
		when = []string{"on ", "late ", "early "}[rng.IntN(3)] + weekdays[(int(h.day.Weekday())+6)%7]
	case ago < 14 && rng.IntN(2) == 0:
		when = "last week"
	case ago < 60 && rng.IntN(3) == 0:
		when = fmt.Sprintf("%d days ago", ago)
	default:
		when = "on " + apDate(h.day)
	}
	s := fmt.Sprintf("%s %s %s %s %s", h.actor, h.verb, h.object, h.place, when)
	if rng.IntN(4) == 0 {
		s += fmt.Sprintf(", a couple of days after %s %s", strings.ToLower(pick(rng, actors)), pick(rng, []string{"warned of delays", "asked for more time", "met with regulators"}))
	}
	if rng.IntN(5) == 0 {
		s += fmt.Sprintf(", after talks that lasted %d hours", 2+rng.IntN(20))
	}
	return s + "."
}

func future(rng *rand.Rand, pub time.Time) string {
	next := pub.AddDate(0, 0, 1+rng.IntN(6))
	return fmt.Sprintf("%s will %s %s on %s, and a decision is expected within two weeks.",
		pick(rng, actors), pick(rng, []string{"discuss", "review", "present"}), pick(rng, objects), weekdays[(int(next.Weekday())+6)%7])
}

func markdown(title, outlet string, pub time.Time, body []string) string {
	return fmt.Sprintf("---\ntitle: %q\ndate: %s\noutlet: %s\n---\n\n%s\n", title, pub.Format("2006-01-02 15:04"), outlet, paragraphs(body))
}

func scraped(title string, pub time.Time, body []string) string {
	return fmt.Sprintf("icon menu icon search icon share icon close icon mail\n%s\n%s\nSkip to content\n%s\n\n%s\n\nREAD MORE: %s\nShare this article\n",
		pub.Format("02 Jan, 2006 15:04"), title, title, paragraphs(body), title)
}

func paragraphs(s []string) string {
	var b strings.Builder
	for i := 0; i < len(s); i += 2 {
		b.WriteString(strings.Join(s[i:min(i+2, len(s))], " "))
		b.WriteString("\n\n")
	}
	return strings.TrimSpace(b.String())
}

func write(path, content string) error {
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return err
	}
	return os.WriteFile(path, []byte(content), 0o644)
}

// apDate writes a date the way wire copy does: "Dec. 5, 2014", "May 1, 2015".
func apDate(t time.Time) string {
	m := [...]string{"", "Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."}[t.Month()]
	return fmt.Sprintf("%s %d, %d", m, t.Day(), t.Year())
}
