package isolate

import (
	"time"
)

func (iso *Isolate) updateNow() {
	d := time.Since(iso.started)
	iso.lastNs = int64(d)
	iso.now = d.Milliseconds()
}

// Now is the loop's cached time in milliseconds since the isolate started,
// updated at the start of each loop iteration. Loop goroutine only.
func (iso *Isolate) Now() int64 { return iso.now }

// Uptime is the wall time since the isolate was created.
func (iso *Isolate) Uptime() time.Duration { return time.Since(iso.started) }

func (iso *Isolate) alive() bool {
	return iso.refTimers > 0 || iso.refImmed > 0 || iso.refHandles > 0 ||
		iso.requests.Load() > 0 || len(iso.closing) > 0
}

func (iso *Isolate) loop() {
	for !iso.Exiting() {
		if !iso.alive() && !iso.mailboxPending() {
			if iso.hooks.BeforeExit != nil {
				iso.hooks.BeforeExit()
			}
			if iso.Exiting() || (!iso.alive() && !iso.mailboxPending()) {
				return
			}
		}
		bump(&iso.clock.iters)
		iso.updateNow()
		iso.runTimers()
		if iso.Exiting() {
			return
		}
		iso.poll(iso.pollTimeout())
		if iso.Exiting() {
			return
		}
		iso.runImmediates()
		if iso.Exiting() {
			return
		}
		iso.runClosing()
	}
}

// pollTimeout is how long the poll phase may block: 0 with immediates or
// close callbacks pending, the time to the next timer, or -1 for "until a
// post arrives".
func (iso *Isolate) pollTimeout() time.Duration {
	if len(iso.immediates) > 0 || len(iso.closing) > 0 || !iso.alive() {
		return 0
	}
	if len(iso.timers) > 0 {
		d := time.Duration(iso.timers[0].when)*time.Millisecond - time.Since(iso.started)
		if d < 0 {
			d = 0
		}
		return d
	}
	return -1
}

func (iso *Isolate) mailboxPending() bool {
	iso.mu.Lock()
	n := len(iso.inbox)
	iso.mu.Unlock()
	return n > 0
}

func (iso *Isolate) takeInbox() []func() {
	iso.mu.Lock()
	tasks := iso.inbox
	iso.inbox = nil
	iso.mu.Unlock()
	return tasks
}

func (iso *Isolate) poll(timeout time.Duration) {
	tasks := iso.takeInbox()
	if len(tasks) == 0 && timeout != 0 {
		if iso.idlePoll != nil && iso.idlePoll() {
			return
		}
		iso.wait(timeout)
		tasks = iso.takeInbox()
	}
	for i, task := range tasks {
		if iso.Exiting() {
			return
		}
		tasks[i] = nil
		iso.stats.Posts.Add(1)
		task()
	}
}

// SetIdlePoll makes the loop call f each time its poll phase finds the
// mailbox empty and would block: a source of events that can be polled
// without blocking (the reactor's epoll shard) then delivers what is ready
// at once, on this goroutine, rather than through another goroutine's Post
// and a wake-up. f must not block; it runs handlers as a posted task would
// (and may Post), and reports whether it ran any: the loop then goes on to
// its next phase instead of waiting. Loop goroutine only; a later call
// replaces f.
//
//	if !iso.HasIdlePoll() {
//		iso.SetIdlePoll(func() bool { return pollReadyWithoutWaiting(iso) })
//	}
func (iso *Isolate) SetIdlePoll(f func() bool) { iso.idlePoll = f }

// HasIdlePoll reports whether SetIdlePoll was called. Loop goroutine only.
func (iso *Isolate) HasIdlePoll() bool { return iso.idlePoll != nil }

func (iso *Isolate) wait(timeout time.Duration) {
	defer iso.endWait(iso.beginWait())
	if timeout < 0 {
		<-iso.wake
		return
	}
	if iso.pollTimer == nil {
		iso.pollTimer = time.NewTimer(timeout)
	} else {
		iso.pollTimer.Reset(timeout)
	}
	select {
	case <-iso.wake:
		iso.pollTimer.Stop()
	case <-iso.pollTimer.C:
	}
}

// OnClose queues fn for the close-callbacks phase of this loop iteration;
// it keeps the loop alive until it has run. Loop goroutine only.
func (iso *Isolate) OnClose(fn func()) { iso.closing = append(iso.closing, fn) }

func (iso *Isolate) runClosing() {
	fns := iso.closing
	iso.closing = nil
	for _, fn := range fns {
		if iso.Exiting() {
			return
		}
		fn()
	}
}

// Alive reports whether anything ref'd (timers, immediates, handles,
// requests, close callbacks) would keep the loop running. Loop goroutine only.
func (iso *Isolate) Alive() bool { return iso.alive() }
