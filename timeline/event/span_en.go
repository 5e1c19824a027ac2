package event

// English spans up to the telling: the words that make a time expression
// the stretch a tally or a state is counted over, ending when the article
// is written ("has climbed 57 percent in the past month", "so far this
// year"). Such a time is not the day of what the sentence tells: the
// tally stands as of the telling, and whatever happened within the span
// happened by then. So the source is dated by the article's day ("by"),
// or, when another time of its sentence dates what it tells ("…, its
// chairman said on Monday"), dates nothing: a sentence gives one card.
// Each entry carries examples, read as written on Wed. Dec. 17, 2014
// (cueExampleDay) by TestSpanExamples.
//
// "As of" is no such span: "as of 15 June, 76 countries have reported
// cases" gives the day the tally was taken, which is its day. Nor is
// "since": "has been fighting cancer since 2004" tells when the fight
// began, the day another report gives it ("fought cancer in 2004"); only
// a tally's "since" ("the first pandemic since 1968") is no day of its
// own, and words alone do not tell the two apart.

// SpanCue is one entry: the words standing right before the expression,
// and those it opens with. Patterns are word slots as in Cue.Words.
type SpanCue struct {
	Before string // slots ending right before the expression
	Opens  string // slots the expression itself opens with; "" for any
	// NotAfter are words that, right after the expression, tie it to
	// something other than the telling ("in the last decade of the
	// century", "the last day before the crash").
	NotAfter string
	Examples []SpanExample
}

// SpanExample is a sentence with its time expression between [ and ] and
// how its source is dated.
type SpanExample struct {
	In   string
	Want SpanRead
}

// SpanRead is how a source's time is read.
type SpanRead uint8

const (
	OwnTime   SpanRead = iota // the expression dates what its clause tells
	ByTelling                 // a span up to the telling: by the article's day
	Context                   // a span, another time of the sentence dates it: no source
)

func englishSpans() []SpanCue {
	return []SpanCue{
		{Before: "in|over|during|within|throughout|across|for", Opens: "the past|last", NotAfter: "of before or", Examples: []SpanExample{
			{"Shares have climbed 57 percent in [the past month].", ByTelling},
			{"The river has flooded twice in [the past year].", ByTelling},
			{"Three people died in [the last week].", ByTelling},
			{"In [the past week], the council met twice, its chairman said on Monday.", Context},
			{"In [the last day] or two before the crash the pilot seemed tired.", OwnTime},
			// Without "the" it is a calendar week, not a span.
			{"The plant closed in [last week]'s storm.", OwnTime},
			// "since" is the start of a state (see above).
			{"He has been fighting the illness since [2004].", OwnTime},
		}},
		// A span from the telling on is the stretch a state or plan
		// holds over, not a day of its own: what the sentence tells
		// is the telling ("should not keep Americans from going out
		// the rest of the month").
		{Before: "*", Opens: "the rest|remainder|balance of", Examples: []SpanExample{
			{"Threats should not keep people from going out [the rest of the month], the president said.", ByTelling},
			{"The museum stays shut for [the rest of the year].", ByTelling},
			{"For [the rest of the week], the mayor said on Monday, schools stay closed.", Context},
		}},
		{Before: "so|thus far", Examples: []SpanExample{
			{"So far [this year], 300 people have died on the roads.", ByTelling},
		}},
	}
}
