package vmctx

import (
	"sync"
	"time"
)

// poller runs tick every interval on a goroutine of its own, which exists
// only while entries are registered: it starts with the first and ends with
// the last. tick runs with the poller's lock held, so it sees a stable set
// of entries; it must not block. Safe for use by many goroutines.
//
//	var p = poller[*job]{interval: 20 * time.Millisecond}
//	p.add(j, checkJobs) // checkJobs(entries) runs every 20 ms …
//	defer p.remove(j)   // … until no job is left
type poller[E comparable] struct {
	interval time.Duration
	mu       sync.Mutex
	entries  map[E]struct{}
	running  bool
}

// add registers e; tick is what the polling goroutine runs (the same
// function on every call).
func (p *poller[E]) add(e E, tick func(entries map[E]struct{})) {
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

func (p *poller[E]) remove(e E) {
	p.mu.Lock()
	delete(p.entries, e)
	p.mu.Unlock()
}

// locked runs f with the lock held, on the current entries.
func (p *poller[E]) locked(f func(entries map[E]struct{})) {
	p.mu.Lock()
	defer p.mu.Unlock()
	f(p.entries)
}

func (p *poller[E]) loop(tick func(entries map[E]struct{})) {
	t := time.NewTicker(p.interval)
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
