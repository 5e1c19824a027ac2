package site

import (
	"encoding/json"
	"fmt"
	"html"
	"io"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/newsroom/timeline/timeline/event"
	"github.com/newsroom/timeline/timeline/timex"
)

// iCalendar export (RFC 5545): one all-day event per story event, over the
// days it covers. A calendar cannot say "about" or "before", so the
// qualifier goes into the summary ("about: …", "planned: …").

// icsText escapes TEXT values. Angle brackets become their typographic
// twins: some calendar clients render descriptions as HTML, and article
// text must never become markup there.
// (One replacer, built once and read-only: building it per value cost
// more than the escaping.)
func icsText(s string) string { return icsEscaper.Replace(s) }

var icsEscaper = strings.NewReplacer(`\`, `\\`, ";", `\;`, ",", `\,`, "\r\n", `\n`, "\n", `\n`, "\r", `\n`, "<", "‹", ">", "›")

// foldLine writes one content line folded at 75 octets, never inside a
// UTF-8 sequence, with CRLF endings.
func foldLine(b *strings.Builder, line string) {
	limit := 75
	for len(line) > limit {
		cut := limit
		for cut > 0 && !utf8.RuneStart(line[cut]) {
			cut--
		}
		b.WriteString(line[:cut])
		b.WriteString("\r\n ")
		line = line[cut:]
		limit = 74 // a continuation line starts with a space
	}
	b.WriteString(line)
	b.WriteString("\r\n")
}

// calendar renders the story as an .ics file. DTSTAMP is the newest
// article's date, so the same input gives the same file. Each event's
// VEVENT comes from the memo when it holds one for the same content.
func (r *renderer) calendar(tl *event.Timeline) []byte {
	cfg := r.cfg
	var b strings.Builder
	stamp := time.Date(1970, 1, 1, 0, 0, 0, 0, time.UTC)
	for _, d := range tl.Docs {
		if t := d.Article.Anchor.Time; !d.Article.Anchor.IsZero() && t.After(stamp) {
			stamp = t
		}
	}
	for _, l := range []string{"BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//timeline//timeline " + cfg.Version + "//EN",
		"CALSCALE:GREGORIAN", "X-WR-CALNAME:" + icsText(cfg.Title)} {
		foldLine(&b, l)
	}
	stampText := stamp.UTC().Format("20060102T150405Z")
	story := tl.Story()
	events := make([]string, len(story))
	for i, e := range story {
		if e.Status == event.StatusCancelled || e.Status == event.StatusDenied {
			continue // no calendar entry for what will not take place
		}
		url := ""
		if cfg.BaseURL != "" {
			url = cfg.BaseURL + r.link(e.ID)
		}
		events[i] = r.memoText(e, "ics", stampText+"\x00"+url, func() string { return vevent(e, stampText, url) })
	}
	head := b.String()
	b.Reset()
	foldLine(&b, "END:VCALENDAR")
	return layOut(head, events, "", b.String())
}

// qualifierWords say in a calendar's summary what its all-day range
// cannot: "Late: …" for a happening late in the month the entry spans.
var qualifierWords = map[event.Qualifier]string{
	event.Approximate: "About", event.Before: "Before", event.After: "After", event.By: "By",
	event.Planned: "Planned", event.Start: "Early", event.Mid: "Mid", event.End: "Late",
}

// vevent is one story event as a VEVENT, folded.
func vevent(e *event.Event, stamp, url string) string {
	summary := summaryPrefix(e) + e.Title
	if q := e.Time.Qualifier; qualifierWords[q] != "" && !(q == event.Planned && e.Status == event.StatusPlanned) {
		summary = qualifierWords[q] + ": " + summary
	}
	if e.Disputed {
		summary = "Disputed: " + summary
	}
	desc := e.Canonical().Text
	var srcs []string
	seen := map[string]bool{}
	for _, s := range e.Sources {
		if o := s.Doc.Article.Outlet; !seen[o] {
			seen[o] = true
			srcs = append(srcs, o)
		}
	}
	desc += "\n\nSources: " + strings.Join(srcs, ", ") + "\nWhen: " + TimeLabel(e.Time)
	lines := []string{
		"BEGIN:VEVENT",
		"UID:" + e.ID + "@timeline",
		"DTSTAMP:" + stamp,
		"DTSTART;VALUE=DATE:" + e.Time.Start.Format("20060102"),
		"DTEND;VALUE=DATE:" + e.Time.End.Format("20060102"),
		"SUMMARY:" + icsText(summary),
		"DESCRIPTION:" + icsText(desc),
	}
	if url != "" {
		lines = append(lines, "URL:"+url)
	}
	lines = append(lines, "END:VEVENT")
	var b strings.Builder
	for _, l := range lines {
		foldLine(&b, l)
	}
	return b.String()
}

// timelineJS writes the TimelineJS3 JSON format (Knight Lab) to out: a
// title slide and one slide per story event, dated at the precision the
// text gave. It is written as json.Marshal writes the map {"events":
// [...], "title": ...} (keys sorted), each slide from the memo when it
// can, and each written as it is drawn (a large archive's runs to
// hundreds of megabytes).
func (r *renderer) timelineJS(tl *event.Timeline, out io.Writer) error {
	title, err := json.Marshal(map[string]any{"text": map[string]string{"headline": html.EscapeString(r.cfg.Title), "text": html.EscapeString(r.cfg.Description)}})
	if err != nil {
		return err
	}
	if _, err := io.WriteString(out, `{"events":[`); err != nil {
		return err
	}
	for i, e := range tl.Story() {
		slide := r.memoText(e, "timelinejs", "", func() string {
			var b []byte
			b, err = json.Marshal(timelineJSEvent(e))
			return string(b)
		})
		if err != nil {
			return err
		}
		if i > 0 {
			if _, err := io.WriteString(out, ","); err != nil {
				return err
			}
		}
		if _, err := io.WriteString(out, slide); err != nil {
			return err
		}
	}
	_, err = io.WriteString(out, `],"title":`+string(title)+"}\n")
	return err
}

// layOut joins a whole-timeline export in one allocation of its final
// size: at 10,000 articles the parts come to megabytes, and growing a
// buffer by doubling copied them again and again.
func layOut(head string, parts []string, sep, tail string) []byte {
	size := len(head) + len(tail) + len(sep)*len(parts)
	for _, p := range parts {
		size += len(p)
	}
	out := make([]byte, 0, size)
	out = append(out, head...)
	for i, p := range parts {
		if i > 0 {
			out = append(out, sep...)
		}
		out = append(out, p...)
	}
	return append(out, tail...)
}

func timelineJSEvent(e *event.Event) map[string]any {
	date := func(t event.Time) map[string]any {
		d := map[string]any{"year": fmt.Sprint(t.Start.Year())}
		switch g := t.Value.Gran; {
		case g >= timex.Month:
			d["month"] = fmt.Sprint(int(t.Start.Month()))
			if t.End.Sub(t.Start) <= 7*24*time.Hour {
				d["day"] = fmt.Sprint(t.Start.Day())
			}
		}
		d["display_date"] = html.EscapeString(TimeLabel(t))
		return d
	}
	// TimelineJS writes these fields with innerHTML: every text is
	// escaped, and text holds only the markup made here (a paragraph a
	// source, its outlet in bold), never an article's own.
	var cites strings.Builder
	for _, s := range e.Sources {
		cites.WriteString("<p>")
		if o := s.Doc.Article.Outlet; o != "" {
			cites.WriteString("<strong>" + html.EscapeString(o) + "</strong>: ")
		}
		cites.WriteString(html.EscapeString(s.Text) + "</p>")
	}
	ev := map[string]any{
		"unique_id":  e.ID,
		"start_date": date(e.Time),
		"text":       map[string]string{"headline": html.EscapeString(summaryPrefix(e) + e.Title), "text": cites.String()},
	}
	if e.Time.End.Sub(e.Time.Start) > 24*time.Hour {
		last := e.Time
		last.Start = e.Time.End.AddDate(0, 0, -1)
		ev["end_date"] = date(last)
	}
	if m := mediaOf(e); m != nil {
		// By URL (http or https only), as the card shows it; TimelineJS
		// loads it itself. Its words are escaped like the rest.
		media := map[string]string{"url": m.URL, "alt": html.EscapeString(m.Alt)}
		if m.Credit != "" {
			media["credit"] = html.EscapeString(m.Credit)
		}
		ev["media"] = media
	}
	return ev
}
