package isolate

import (
	"container/heap"
	"time"
)

// Timer is one entry of the isolate's timer heap. Its callback runs on the
// loop goroutine at top level during the timers phase. All methods are loop
// goroutine only.
type Timer struct {
	iso   *Isolate
	fn    func()
	when  int64 // loop ms
	delay int64
	seq   uint64
	index int // in heap; -1 when not scheduled
	ref   bool
}

// SetTimer schedules fn to run once, delay milliseconds from now — the clock
// is read afresh, so synchronous work before the call does not shorten the
// delay — (at least 1, as Node's timers). A new timer is ref'd: it keeps
// the loop alive until it fires or is stopped.
func (iso *Isolate) SetTimer(delay int64, fn func()) *Timer {
	t := &Timer{iso: iso, fn: fn, index: -1, ref: true}
	t.start(delay)
	return t
}

func (t *Timer) start(delay int64) {
	if delay < 1 {
		delay = 1
	}
	iso := t.iso
	t.delay = delay
	// from the current time, not the loop's cached one: a timer set after
	// a long synchronous stretch must not fire early (as in Node)
	iso.updateNow()
	t.when = iso.now + delay
	iso.timerSeq++
	t.seq = iso.timerSeq
	if t.index < 0 {
		heap.Push(&iso.timers, t)
		if t.ref {
			iso.refTimers++
		}
	} else {
		heap.Fix(&iso.timers, t.index)
	}
	iso.noteNextDue()
}

// Reset reschedules the timer delay ms from now, whether or not it fired.
func (t *Timer) Reset(delay int64) { t.start(delay) }

// Refresh reschedules the timer with its last delay, counted from now.
func (t *Timer) Refresh() { t.start(t.delay) }

// Stop unschedules the timer; it reports whether it was scheduled.
func (t *Timer) Stop() bool {
	if t.index < 0 {
		return false
	}
	heap.Remove(&t.iso.timers, t.index)
	if t.ref {
		t.iso.refTimers--
	}
	t.iso.noteNextDue()
	return true
}

// Active reports whether the timer is scheduled.
func (t *Timer) Active() bool { return t.index >= 0 }

// Ref makes the timer keep the loop alive (the default).
func (t *Timer) Ref() {
	if !t.ref {
		t.ref = true
		if t.index >= 0 {
			t.iso.refTimers++
		}
	}
}

// Unref lets the loop end while the timer is still scheduled.
func (t *Timer) Unref() {
	if t.ref {
		t.ref = false
		if t.index >= 0 {
			t.iso.refTimers--
		}
	}
}

// HasRef reports whether the timer keeps the loop alive.
func (t *Timer) HasRef() bool { return t.ref }

func (iso *Isolate) runTimers() {
	defer iso.noteNextDue()
	for len(iso.timers) > 0 && !iso.Exiting() {
		t := iso.timers[0]
		if t.when > iso.now {
			return
		}
		heap.Pop(&iso.timers)
		if t.ref {
			iso.refTimers--
		}
		iso.recordTimerLag(t.when)
		t.fn()
	}
}

// NextTimer returns how long until the next timer is due, and false if none.
func (iso *Isolate) NextTimer() (time.Duration, bool) {
	if len(iso.timers) == 0 {
		return 0, false
	}
	return time.Duration(iso.timers[0].when-iso.now) * time.Millisecond, true
}

type timerHeap []*Timer

func (h timerHeap) Len() int { return len(h) }
func (h timerHeap) Less(i, j int) bool {
	if h[i].when != h[j].when {
		return h[i].when < h[j].when
	}
	return h[i].seq < h[j].seq
}
func (h timerHeap) Swap(i, j int) {
	h[i], h[j] = h[j], h[i]
	h[i].index = i
	h[j].index = j
}
func (h *timerHeap) Push(x any) {
	t := x.(*Timer)
	t.index = len(*h)
	*h = append(*h, t)
}
func (h *timerHeap) Pop() any {
	old := *h
	n := len(old)
	t := old[n-1]
	old[n-1] = nil
	t.index = -1
	*h = old[:n-1]
	return t
}

// Immediate is a setImmediate entry: it runs in the check phase of the next
// loop iteration. Methods are loop goroutine only.
type Immediate struct {
	iso     *Isolate
	fn      func()
	ref     bool
	pending bool
}

// SetImmediate queues fn for the check phase. Immediates queued while the
// phase runs wait for the next iteration.
func (iso *Isolate) SetImmediate(fn func()) *Immediate {
	im := &Immediate{iso: iso, fn: fn, ref: true, pending: true}
	iso.immediates = append(iso.immediates, im)
	iso.refImmed++
	return im
}

// Stop cancels the immediate if it has not run.
func (im *Immediate) Stop() {
	if im.pending {
		im.pending = false
		if im.ref {
			im.iso.refImmed--
		}
	}
}

// Ref makes a pending immediate keep the loop alive (the default).
func (im *Immediate) Ref() {
	if !im.ref {
		im.ref = true
		if im.pending {
			im.iso.refImmed++
		}
	}
}

// Unref lets the loop end with the immediate still pending.
func (im *Immediate) Unref() {
	if im.ref {
		im.ref = false
		if im.pending {
			im.iso.refImmed--
		}
	}
}

// HasRef reports whether the immediate keeps the loop alive.
func (im *Immediate) HasRef() bool { return im.ref }

func (iso *Isolate) runImmediates() {
	queue := iso.immediates
	if len(queue) == 0 {
		return // (the step closure below escapes: not made on every turn)
	}
	iso.immediates = nil
	iso.RunBatch(len(queue), func(i int) {
		im := queue[i]
		queue[i] = nil
		if !im.pending {
			return
		}
		im.pending = false
		if im.ref {
			iso.refImmed--
		}
		im.fn()
	})
}
