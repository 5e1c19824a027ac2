package event

import "strings"

// A page talks to its reader as well as of the news: "Click on the cards
// below to see this week's winners", "Sign up for our daily briefing". Such
// a sentence tells no happening, whatever time it names, and a page that
// republishes it under a later dateline would put it on another day.

// readerCall is the opening of a sentence addressed to the reader, with a
// sentence it takes and a like one of the news it must not.
type readerCall struct {
	openings []string // as the sentence starts, capital included
	example  string
	unlike   string
}

var readerCalls = []readerCall{
	// A company may be called Click or Tap: the word alone is no call.
	{[]string{"Click on ", "Click here", "Click the ", "Click below"}, "Click on the photos below to see this week's best dressed.", "Click Software said on Monday that sales had doubled."},
	{[]string{"Tap here", "Tap on ", "Tap the "}, "Tap here to watch the highlights from Sunday.", "Tap water was declared safe on Monday."},
	{[]string{"Scroll down "}, "Scroll down to read the full statement from Friday.", "Scrolls found in the cave were dated to 200 BC."},
	{[]string{"Sign up "}, "Sign up for our weekly briefing, sent every Friday.", "Signs of recovery appeared in March."},
	{[]string{"Subscribe to "}, "Subscribe to our newsletter for this week's top stories.", "Subscribers rose by a fifth in 2013."},
	{[]string{"Follow us "}, "Follow us on Twitter for updates through Tuesday.", "Follow-up tests on Tuesday found no trace of the virus."},
	{[]string{"Share your "}, "Share your memories of the 1987 storm with us.", "Shares fell 4% on Monday."},
	{[]string{"Tell us "}, "Tell us what you saw on Saturday night.", "Tellers at the bank walked out on Saturday."},
	{[]string{"Send us "}, "Send us your pictures of Monday's snowfall.", "Sending troops was ruled out on Monday."},
	{[]string{"Have your say "}, "Have your say on this week's budget below.", "Have-nots marched through the capital on Friday."},
}

// callsReader reports whether a sentence (as a reader reads it) is
// addressed to its reader.
func callsReader(s string) bool {
	s = strings.TrimLeft(s, " \t\n\"“‘'(")
	for _, c := range readerCalls {
		for _, o := range c.openings {
			if strings.HasPrefix(s, o) {
				return true
			}
		}
	}
	return false
}
