package server

import "sync"

// hub fans build results out to every open page. Each subscriber gets a
// channel with room for one message; a slow page misses intermediate
// messages but always sees the latest, which is all a reload needs.
type hub struct {
	mu   sync.Mutex
	subs map[chan message]bool
	last message
}

type message struct {
	kind string // "reload" or "error"
	data string
	seq  int
}

func newHub() *hub { return &hub{subs: map[chan message]bool{}} }

func (h *hub) subscribe() (chan message, message) {
	h.mu.Lock()
	defer h.mu.Unlock()
	c := make(chan message, 1)
	h.subs[c] = true
	return c, h.last
}

func (h *hub) unsubscribe(c chan message) {
	h.mu.Lock()
	defer h.mu.Unlock()
	delete(h.subs, c)
}

func (h *hub) broadcast(kind, data string) {
	h.mu.Lock()
	defer h.mu.Unlock()
	h.last = message{kind: kind, data: data, seq: h.last.seq + 1}
	for c := range h.subs {
		select {
		case <-c: // drop the stale message
		default:
		}
		c <- h.last
	}
}
