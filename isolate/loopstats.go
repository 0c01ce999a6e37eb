package isolate

import (
	"math"
	"math/bits"
	"sync/atomic"
	"time"
)

// Loop instrumentation, for metrics.
//
// The loop goroutine keeps a few counters in atomics; ReadLoopStats copies
// them from any goroutine. Every counter has a single writer (the loop
// goroutine), so it is updated with a plain atomic store, never a locked
// read-modify-write, and nothing allocates. What the loop measures:
//
//   - idle time: the time blocked in the poll phase waiting for work (a
//     timer to come due or a post to arrive). Everything else is active
//     time, and active / (active + idle) is the loop utilization, as in
//     Node's performance.eventLoopUtilization();
//   - time in JS: the time inside top-level callbacks (MakeCallback,
//     RunInTopLevel), ticks and promise jobs included;
//   - timer lag: for every timer that fires, how late it fires relative to
//     its due time, recorded in a log-linear histogram (LagHistogram);
//   - the current lag: how overdue the earliest timer is now, or how long
//     the callback running now has been running, whichever is larger. It
//     grows while a script is stuck in a loop, when no timer can fire.
//
// Times are nanoseconds on the monotonic clock since the isolate was
// created; "since" fields store t+1 so that zero means "not now".
type loopClock struct {
	runStart  atomic.Int64 // Run began (t+1)
	runEnd    atomic.Int64 // Run returned (t+1)
	idleNs    atomic.Int64 // completed waits
	idleSince atomic.Int64 // wait in progress (t+1)
	jsNs      atomic.Int64 // completed top-level callbacks
	jsSince   atomic.Int64 // top-level callback in progress (t+1)
	iters     atomic.Uint64
	nextDue   atomic.Int64 // earliest timer's due time (t+1), 0 for none
	lagCount  atomic.Uint64
	lagSum    atomic.Uint64 // ns
	lagMax    atomic.Uint64 // ns, lifetime
	lagBucket [LagBuckets]atomic.Uint64
}

// mono is the monotonic time since the isolate was created, in ns.
func (iso *Isolate) mono() int64 { return int64(time.Since(iso.started)) }

// bump adds 1 to a counter with a single writer.
func bump(c *atomic.Uint64) { c.Store(c.Load() + 1) }

func (iso *Isolate) noteNextDue() {
	if len(iso.timers) == 0 {
		iso.clock.nextDue.Store(0)
		return
	}
	iso.clock.nextDue.Store(iso.timers[0].when*int64(time.Millisecond) + 1)
}

// recordTimerLag records how late a timer due at when (loop ms) fires now.
// "Now" is the loop's latest clock reading (taken at the start of the
// iteration, or when the previous callback returned), which saves a clock
// read per timer.
func (iso *Isolate) recordTimerLag(when int64) {
	c := &iso.clock
	lag := iso.lastNs - when*int64(time.Millisecond)
	if lag < 0 {
		lag = 0
	}
	ns := uint64(lag)
	bump(&c.lagBucket[lagBucketOf(ns)])
	c.lagSum.Store(c.lagSum.Load() + ns)
	if ns > c.lagMax.Load() {
		c.lagMax.Store(ns)
	}
	// the count is stored last: a reader that sees it sees the bucket too
	bump(&c.lagCount)
}

func (iso *Isolate) beginWait() int64 {
	t := iso.mono()
	iso.clock.idleSince.Store(t + 1)
	return t
}

func (iso *Isolate) endWait(t0 int64) {
	c := &iso.clock
	iso.lastNs = iso.mono()
	c.idleNs.Store(c.idleNs.Load() + iso.lastNs - t0)
	c.idleSince.Store(0)
}

// LagBuckets is the number of buckets of a LagHistogram.
const LagBuckets = 1 + lagOctaves*lagSub

const (
	lagSubBits  = 3
	lagSub      = 1 << lagSubBits // buckets per power of two
	lagMinShift = 10              // first octave starts at 2^10 ns (~1 µs)
	lagOctaves  = 28              // up to 2^38 ns (~4.6 min); beyond goes in the last bucket
)

// lagBucketOf maps a lag in ns to its bucket: bucket 0 holds lags under
// 1024 ns; then each power of two is split in 8 equal buckets, so a bucket's
// bounds are within 12.5% of each other.
func lagBucketOf(ns uint64) int {
	if ns < 1<<lagMinShift {
		return 0
	}
	e := bits.Len64(ns) - 1
	sub := int(ns>>(e-lagSubBits)) & (lagSub - 1)
	i := 1 + (e-lagMinShift)*lagSub + sub
	if i >= LagBuckets {
		return LagBuckets - 1
	}
	return i
}

// LagBucketBounds returns bucket i's lower and upper bound in ns.
func LagBucketBounds(i int) (lo, hi uint64) {
	if i <= 0 {
		return 0, 1 << lagMinShift
	}
	e := (i-1)/lagSub + lagMinShift
	sub := uint64((i - 1) % lagSub)
	step := uint64(1) << (e - lagSubBits)
	return (lagSub + sub) * step, (lagSub + sub + 1) * step
}

// LagHistogram is a snapshot of the timer-lag histogram.
type LagHistogram struct {
	Count   uint64             // timers recorded
	Sum     uint64             // total lag, ns
	Buckets [LagBuckets]uint64 // see LagBucketBounds
}

// Sub returns h minus an earlier snapshot of the same histogram: the timers
// recorded in between.
func (h *LagHistogram) Sub(prev *LagHistogram) LagHistogram {
	var d LagHistogram
	if prev.Count > h.Count {
		return *h
	}
	d.Count, d.Sum = h.Count-prev.Count, h.Sum-prev.Sum
	for i := range h.Buckets {
		if h.Buckets[i] >= prev.Buckets[i] {
			d.Buckets[i] = h.Buckets[i] - prev.Buckets[i]
		}
	}
	return d
}

// Mean is the mean lag (exact); 0 without samples.
func (h *LagHistogram) Mean() time.Duration {
	if h.Count == 0 {
		return 0
	}
	return time.Duration(h.Sum / h.Count)
}

// Quantile estimates the q-quantile (0…1), interpolating within a bucket;
// 0 without samples. Min is Quantile(0) and Max Quantile(1), to a bucket's
// precision.
func (h *LagHistogram) Quantile(q float64) time.Duration {
	var n uint64
	for _, c := range h.Buckets {
		n += c
	}
	if n == 0 {
		return 0
	}
	if q <= 0 {
		for i, c := range h.Buckets {
			if c > 0 {
				lo, _ := LagBucketBounds(i)
				return time.Duration(lo)
			}
		}
	}
	rank := q * float64(n)
	var seen float64
	for i, c := range h.Buckets {
		if c == 0 {
			continue
		}
		if seen+float64(c) >= rank {
			lo, hi := LagBucketBounds(i)
			f := (rank - seen) / float64(c)
			return time.Duration(float64(lo) + f*float64(hi-lo))
		}
		seen += float64(c)
	}
	_, hi := LagBucketBounds(LagBuckets - 1)
	return time.Duration(hi)
}

// Stddev estimates the standard deviation from the buckets' midpoints and
// the exact mean; 0 with fewer than two samples.
func (h *LagHistogram) Stddev() time.Duration {
	if h.Count < 2 {
		return 0
	}
	mean := float64(h.Sum) / float64(h.Count)
	var n, ss float64
	for i, c := range h.Buckets {
		if c == 0 {
			continue
		}
		lo, hi := LagBucketBounds(i)
		d := (float64(lo)+float64(hi))/2 - mean
		ss += float64(c) * d * d
		n += float64(c)
	}
	if n == 0 {
		return 0
	}
	return time.Duration(math.Sqrt(ss / n))
}

// LoopStats is a snapshot of an isolate's loop instrumentation.
type LoopStats struct {
	// Uptime is the time since Run began (until it returned).
	Uptime time.Duration
	// Idle is the time the loop spent blocked in the poll phase waiting for
	// work; Uptime - Idle is the time it was active.
	Idle time.Duration
	// InJS is the time spent inside top-level callbacks, including the one
	// running now.
	InJS time.Duration
	// Callback is how long the callback running now has been running; 0
	// when the loop is not in JS.
	Callback time.Duration
	// Lag is the current lag: how overdue the earliest timer is, or
	// Callback, whichever is larger.
	Lag time.Duration
	// MaxTimerLag is the largest timer lag recorded since the start.
	MaxTimerLag time.Duration
	// Iterations counts loop iterations.
	Iterations uint64
	// Running is true between the start and the end of Run.
	Running bool
	// TimerLag is the histogram of how late timers fired.
	TimerLag LagHistogram
}

// Active is the time the loop was not blocked waiting for work.
func (s *LoopStats) Active() time.Duration {
	if a := s.Uptime - s.Idle; a > 0 {
		return a
	}
	return 0
}

// ReadLoopStats fills dst with the loop's instrumentation. Any goroutine; it
// does not allocate and never blocks the loop. The values are read one by one,
// so they may be off by an iteration relative to one another.
func (iso *Isolate) ReadLoopStats(dst *LoopStats) {
	c := &iso.clock
	now := iso.mono()
	start, end := c.runStart.Load(), c.runEnd.Load()
	*dst = LoopStats{}
	if start == 0 {
		return
	}
	if end != 0 {
		now = end - 1
	} else {
		dst.Running = true
	}
	dst.Uptime = time.Duration(now - (start - 1))
	idle, idleSince := readSpan(&c.idleNs, &c.idleSince, now)
	dst.Idle = time.Duration(idle)
	js, jsSince := readSpan(&c.jsNs, &c.jsSince, now)
	dst.InJS = time.Duration(js)
	if jsSince != 0 && end == 0 {
		dst.Callback = time.Duration(now - (jsSince - 1))
	}
	dst.Lag = dst.Callback
	if due := c.nextDue.Load(); due != 0 && idleSince == 0 && end == 0 {
		if over := time.Duration(now - (due - 1)); over > dst.Lag {
			dst.Lag = over
		}
	}
	dst.MaxTimerLag = time.Duration(c.lagMax.Load())
	dst.Iterations = c.iters.Load()
	h := &dst.TimerLag
	h.Count = c.lagCount.Load()
	h.Sum = c.lagSum.Load()
	for i := range h.Buckets {
		h.Buckets[i] = c.lagBucket[i].Load()
	}
}

// readSpan reads an accumulated duration plus the span in progress, if
// any; it returns the start (t+1) of the span in progress, or 0.
func readSpan(acc, since *atomic.Int64, now int64) (int64, int64) {
	for range 4 {
		s1 := since.Load()
		v := acc.Load()
		if s2 := since.Load(); s1 == s2 {
			if s1 != 0 && now > s1-1 {
				v += now - (s1 - 1)
			}
			return v, s1
		}
	}
	return acc.Load(), 0
}
