// Package poll runs a periodic check on a goroutine of its own that lives
// only while there is something to check.
package poll

import (
	"sync"
	"time"
)

// Poller runs tick every interval on a goroutine of its own, which exists
// only while entries are registered: it starts with the first and ends with
// the last. tick runs with the poller's lock held, so it sees a stable set
// of entries; it must not block. Safe for use by many goroutines.
//
//	var p = poll.Poller[*job]{Interval: 20 * time.Millisecond}
//	p.Add(j, checkJobs) // checkJobs(entries) runs every 20 ms …
//	defer p.Remove(j)   // … until no job is left
type Poller[E comparable] struct {
	// Interval is the time between ticks; set it before the first Add.
	Interval time.Duration

	mu      sync.Mutex
	entries map[E]struct{}
	running bool
}

// Add registers e; tick is what the polling goroutine runs (the same
// function on every call).
func (p *Poller[E]) Add(e E, tick func(entries map[E]struct{})) {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.entries == nil {
		p.entries = make(map[E]struct{})
	}
	p.entries[e] = struct{}{}
	if !p.running {
		p.running = true
		go p.loop(tick)
	}
}

func (p *Poller[E]) Remove(e E) {
	p.mu.Lock()
	delete(p.entries, e)
	p.mu.Unlock()
}

// Locked runs f with the lock held, on the current entries.
func (p *Poller[E]) Locked(f func(entries map[E]struct{})) {
	p.mu.Lock()
	defer p.mu.Unlock()
	f(p.entries)
}

func (p *Poller[E]) loop(tick func(entries map[E]struct{})) {
	t := time.NewTicker(p.Interval)
	defer t.Stop()
	for range t.C {
		p.mu.Lock()
		if len(p.entries) == 0 {
			p.running = false
			p.mu.Unlock()
			return
		}
		tick(p.entries)
		p.mu.Unlock()
	}
}
