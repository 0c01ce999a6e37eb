package metrics

import (
	"runtime/metrics"
	"slices"
	"strconv"
	"sync"
	"time"

	"github.com/isonode/isonode/isolate"
	"github.com/isonode/isonode/reactor"
	"github.com/isonode/isonode/scheduler"
	"github.com/prometheus/client_golang/prometheus"
)

var (
	isoLabel = []string{"isolate"}

	descLag       = prometheus.NewDesc("nodejs_eventloop_lag_seconds", "Lag of event loop in seconds: how overdue the earliest timer is, or how long the running callback has run.", isoLabel, nil)
	descLagMin    = prometheus.NewDesc("nodejs_eventloop_lag_min_seconds", "The minimum recorded event loop delay (timer lag since the previous scrape).", isoLabel, nil)
	descLagMax    = prometheus.NewDesc("nodejs_eventloop_lag_max_seconds", "The maximum recorded event loop delay (timer lag since the previous scrape).", isoLabel, nil)
	descLagMean   = prometheus.NewDesc("nodejs_eventloop_lag_mean_seconds", "The mean of the recorded event loop delays (timer lag since the previous scrape).", isoLabel, nil)
	descLagStddev = prometheus.NewDesc("nodejs_eventloop_lag_stddev_seconds", "The standard deviation of the recorded event loop delays (timer lag since the previous scrape).", isoLabel, nil)
	descLagP50    = prometheus.NewDesc("nodejs_eventloop_lag_p50_seconds", "The 50th percentile of the recorded event loop delays (timer lag since the previous scrape).", isoLabel, nil)
	descLagP90    = prometheus.NewDesc("nodejs_eventloop_lag_p90_seconds", "The 90th percentile of the recorded event loop delays (timer lag since the previous scrape).", isoLabel, nil)
	descLagP99    = prometheus.NewDesc("nodejs_eventloop_lag_p99_seconds", "The 99th percentile of the recorded event loop delays (timer lag since the previous scrape).", isoLabel, nil)

	descHandles       = prometheus.NewDesc("nodejs_active_handles", "Number of active libuv handles grouped by handle type. Every handle type is C++ class name.", []string{"isolate", "type"}, nil)
	descHandlesTotal  = prometheus.NewDesc("nodejs_active_handles_total", "Total number of active handles.", isoLabel, nil)
	descRequestsTotal = prometheus.NewDesc("nodejs_active_requests_total", "Total number of active requests.", isoLabel, nil)

	descUtil       = prometheus.NewDesc("isonode_isolate_loop_utilization", "Event loop utilization since the previous scrape: active time / elapsed time (0…1).", isoLabel, nil)
	descActive     = prometheus.NewDesc("isonode_isolate_loop_active_seconds_total", "Time the event loop was not blocked waiting for work.", isoLabel, nil)
	descIdle       = prometheus.NewDesc("isonode_isolate_loop_idle_seconds_total", "Time the event loop was blocked in the poll phase waiting for work.", isoLabel, nil)
	descIters      = prometheus.NewDesc("isonode_isolate_loop_iterations_total", "Event loop iterations.", isoLabel, nil)
	descJS         = prometheus.NewDesc("isonode_isolate_js_seconds_total", "Time spent inside callbacks (JS, ticks and promise jobs).", isoLabel, nil)
	descRunning    = prometheus.NewDesc("isonode_isolate_callback_running_seconds", "How long the callback running now has been running (0 when the loop is not in JS).", isoLabel, nil)
	descCallbacks  = prometheus.NewDesc("isonode_isolate_callbacks_total", "Callbacks entered from the event loop.", isoLabel, nil)
	descTicks      = prometheus.NewDesc("isonode_isolate_ticks_total", "process.nextTick callbacks run.", isoLabel, nil)
	descPosts      = prometheus.NewDesc("isonode_isolate_posts_total", "Mailbox tasks run (I/O completions and messages from other goroutines).", isoLabel, nil)
	descTimers     = prometheus.NewDesc("isonode_isolate_timers_fired_total", "Timers fired.", isoLabel, nil)
	descViolations = prometheus.NewDesc("isonode_isolate_limit_violations_total", "Limits the isolate ran into (stack overflows, …).", isoLabel, nil)
	descVMContexts = prometheus.NewDesc("isonode_vm_contexts_created_total", "vm contexts the isolate created.", isoLabel, nil)
	descVMTimeouts = prometheus.NewDesc("isonode_vm_timeouts_total", "vm runs stopped by their timeout.", isoLabel, nil)
	descMemory     = prometheus.NewDesc("isonode_isolate_memory_estimate_bytes", "Estimated memory of the isolate: live Go heap apportioned by time in JS.", isoLabel, nil)
	descLabeled    = prometheus.NewDesc("isonode_isolates_labeled", "Live isolates reported under a label of their own.", nil, nil)
	descOther      = prometheus.NewDesc("isonode_isolates_other", "Live isolates aggregated under isolate=\"_other\".", nil, nil)

	descLive    = prometheus.NewDesc("isonode_isolates_live", "Isolates running now.", nil, nil)
	descSpawned = prometheus.NewDesc("isonode_isolates_spawned_total", "Isolates spawned.", nil, nil)
	descExited  = prometheus.NewDesc("isonode_isolates_exited_total", "Isolates that ended, by reason.", []string{"reason"}, nil)

	descPoolWorkers   = prometheus.NewDesc("isonode_pool_workers", "Workers of the blocking-I/O pool (UV_THREADPOOL_SIZE).", nil, nil)
	descPoolQueued    = prometheus.NewDesc("isonode_pool_queued_jobs", "Jobs waiting for a worker of the blocking-I/O pool.", nil, nil)
	descPoolBusy      = prometheus.NewDesc("isonode_pool_busy_workers", "Workers of the blocking-I/O pool running a job.", nil, nil)
	descPoolCompleted = prometheus.NewDesc("isonode_pool_completed_jobs_total", "Jobs the blocking-I/O pool has run.", nil, nil)

	shardLabel         = []string{"shard"}
	descReactorRegs    = prometheus.NewDesc("isonode_reactor_registrations", "File descriptors registered with the epoll reactor.", nil, nil)
	descReactorEvents  = prometheus.NewDesc("isonode_reactor_events_total", "Readiness events taken from epoll_wait.", shardLabel, nil)
	descReactorWakeups = prometheus.NewDesc("isonode_reactor_wakeups_total", "Eventfd wake-ups of an epoll shard.", shardLabel, nil)
	descReactorBatches = prometheus.NewDesc("isonode_reactor_batches_total", "Batches of readiness posted to isolate mailboxes.", shardLabel, nil)
	descReactorStale   = prometheus.NewDesc("isonode_reactor_stale_events_total", "Events dropped because their registration was gone.", shardLabel, nil)
)

var exitReasons = []scheduler.ExitReason{scheduler.ExitNormal, scheduler.ExitError, scheduler.ExitTerminated, scheduler.ExitCrash}

// collector reads the scheduler's isolates, the pool and the reactor at
// scrape time.
type collector struct {
	sched *scheduler.Scheduler
	opts  Options
	max   int

	mu     sync.Mutex // one Collect at a time: the fields below
	states map[uint64]*isoState
	gen    uint64
	rows   []row
	heap   []metrics.Sample
}

// isoState is what the collector remembers of an isolate between scrapes.
type isoState struct {
	gen            uint64
	lag            isolate.LagHistogram // at the previous scrape
	active, uptime time.Duration        // at the previous scrape
	idle, js       time.Duration        // largest seen (keeps counters monotonic)
}

// row is one isolate's values at this scrape.
type row struct {
	h     *scheduler.Handle
	st    *isoState
	ls    isolate.LoopStats
	delta isolate.LagHistogram
	// deltas since the previous scrape, for the utilization
	dActive, dUptime time.Duration
}

func newCollector(sched *scheduler.Scheduler, opts Options) *collector {
	return &collector{
		sched:  sched,
		opts:   opts,
		max:    opts.maxIsolates(),
		states: make(map[uint64]*isoState),
		heap:   []metrics.Sample{{Name: "/memory/classes/heap/objects:bytes"}},
	}
}

func (c *collector) Describe(ch chan<- *prometheus.Desc) {
	for _, d := range []*prometheus.Desc{
		descLag, descLagMin, descLagMax, descLagMean, descLagStddev, descLagP50, descLagP90, descLagP99,
		descHandles, descHandlesTotal, descRequestsTotal,
		descUtil, descActive, descIdle, descIters, descJS, descRunning, descCallbacks, descTicks,
		descPosts, descTimers, descViolations, descVMContexts, descVMTimeouts, descMemory, descLabeled, descOther,
		descLive, descSpawned, descExited,
		descPoolWorkers, descPoolQueued, descPoolBusy, descPoolCompleted,
		descReactorRegs, descReactorEvents, descReactorWakeups, descReactorBatches, descReactorStale,
	} {
		ch <- d
	}
}

func (c *collector) Collect(ch chan<- prometheus.Metric) {
	live := c.sched.Live()
	c.collectScheduler(ch, len(live))
	c.collectPool(ch)
	c.collectReactor(ch)

	c.mu.Lock()
	defer c.mu.Unlock()
	c.gen++
	slices.SortFunc(live, func(a, b *scheduler.Handle) int {
		return cmpUint(a.Isolate().ID(), b.Isolate().ID())
	})
	if cap(c.rows) < len(live) {
		c.rows = make([]row, len(live))
	}
	rows := c.rows[:len(live)]
	var totalJS time.Duration
	for i, h := range live {
		r := &rows[i]
		r.h = h
		iso := h.Isolate()
		iso.ReadLoopStats(&r.ls)
		st := c.states[iso.ID()]
		first := st == nil
		if first {
			st = &isoState{}
			c.states[iso.ID()] = st
		}
		st.gen = c.gen
		r.st = st
		// monotonic counters despite the loose reads of ReadLoopStats
		st.idle = max(st.idle, r.ls.Idle)
		st.js = max(st.js, r.ls.InJS)
		active := max(st.active, r.ls.Uptime-st.idle)
		if first {
			r.dActive, r.dUptime = active, r.ls.Uptime
			r.delta = r.ls.TimerLag
		} else {
			r.dActive, r.dUptime = active-st.active, r.ls.Uptime-st.uptime
			r.delta = r.ls.TimerLag.Sub(&st.lag)
		}
		st.active, st.uptime, st.lag = active, r.ls.Uptime, r.ls.TimerLag
		totalJS += st.js
	}
	for id, st := range c.states {
		if st.gen != c.gen {
			delete(c.states, id)
		}
	}

	metrics.Read(c.heap)
	var heapUsed float64
	if c.heap[0].Value.Kind() == metrics.KindUint64 {
		heapUsed = float64(c.heap[0].Value.Uint64())
	}
	memShare := func(r *row) float64 {
		if totalJS <= 0 {
			return heapUsed / float64(len(rows))
		}
		return heapUsed * float64(r.st.js) / float64(totalJS)
	}

	labeled := min(len(rows), c.max)
	ch <- gauge(descLabeled, float64(labeled))
	ch <- gauge(descOther, float64(len(rows)-labeled))
	used := make(map[string]bool, labeled)
	for i := range rows[:labeled] {
		r := &rows[i]
		name := r.h.Isolate().Name()
		if used[name] || name == OtherIsolates {
			name += "#" + strconv.FormatUint(r.h.Isolate().ID(), 10)
		}
		used[name] = true
		c.emit(ch, name, aggregate{
			lag: r.ls.Lag, running: r.ls.Callback, delta: &r.delta,
			dActive: r.dActive, dUptime: r.dUptime,
			active: r.st.active, idle: r.st.idle, js: r.st.js, iters: r.ls.Iterations,
			timers: r.ls.TimerLag.Count, mem: memShare(r),
		}, []*scheduler.Handle{r.h})
	}
	if len(rows) > labeled {
		var a aggregate
		var hist isolate.LagHistogram
		hs := make([]*scheduler.Handle, 0, len(rows)-labeled)
		for i := range rows[labeled:] {
			r := &rows[labeled+i]
			hs = append(hs, r.h)
			a.lag = max(a.lag, r.ls.Lag)
			a.running = max(a.running, r.ls.Callback)
			a.dActive += r.dActive
			a.dUptime += r.dUptime
			a.active += r.st.active
			a.idle += r.st.idle
			a.js += r.st.js
			a.iters += r.ls.Iterations
			a.timers += r.ls.TimerLag.Count
			a.mem += memShare(r)
			hist.Count += r.delta.Count
			hist.Sum += r.delta.Sum
			for b, n := range r.delta.Buckets {
				hist.Buckets[b] += n
			}
		}
		a.delta = &hist
		c.emit(ch, OtherIsolates, a, hs)
	}
	clear(rows) // drop the handles
}

// aggregate is what is reported under one isolate label.
type aggregate struct {
	lag, running     time.Duration
	delta            *isolate.LagHistogram
	dActive, dUptime time.Duration
	active, idle, js time.Duration
	iters, timers    uint64
	mem              float64
}

func (c *collector) emit(ch chan<- prometheus.Metric, name string, a aggregate, hs []*scheduler.Handle) {
	lbl := []string{name}
	ch <- gauge(descLag, a.lag.Seconds(), lbl...)
	d := a.delta
	var lmin, lmax, lmean, lsd, p50, p90, p99 time.Duration
	if d.Count == 0 {
		lmin, lmax, lmean, p50, p90, p99 = a.lag, a.lag, a.lag, a.lag, a.lag, a.lag
	} else {
		lmin, lmax, lmean, lsd = d.Quantile(0), max(d.Quantile(1), a.lag), d.Mean(), d.Stddev()
		p50, p90, p99 = d.Quantile(0.5), d.Quantile(0.9), d.Quantile(0.99)
	}
	ch <- gauge(descLagMin, lmin.Seconds(), lbl...)
	ch <- gauge(descLagMax, lmax.Seconds(), lbl...)
	ch <- gauge(descLagMean, lmean.Seconds(), lbl...)
	ch <- gauge(descLagStddev, lsd.Seconds(), lbl...)
	ch <- gauge(descLagP50, p50.Seconds(), lbl...)
	ch <- gauge(descLagP90, p90.Seconds(), lbl...)
	ch <- gauge(descLagP99, p99.Seconds(), lbl...)

	util := 0.0
	if a.dUptime > 0 {
		util = min(1, max(0, a.dActive.Seconds()/a.dUptime.Seconds()))
	}
	ch <- gauge(descUtil, util, lbl...)
	ch <- counter(descActive, a.active.Seconds(), lbl...)
	ch <- counter(descIdle, a.idle.Seconds(), lbl...)
	ch <- counter(descIters, float64(a.iters), lbl...)
	ch <- counter(descJS, a.js.Seconds(), lbl...)
	ch <- gauge(descRunning, a.running.Seconds(), lbl...)
	ch <- counter(descTimers, float64(a.timers), lbl...)
	ch <- gauge(descMemory, a.mem, lbl...)

	var callbacks, ticks, posts, violations, vmContexts, vmTimeouts uint64
	var handles, requests int
	kinds := map[string]int{}
	for _, h := range hs {
		iso := h.Isolate()
		s := iso.Stats()
		callbacks += s.Callbacks.Load()
		ticks += s.Ticks.Load()
		posts += s.Posts.Load()
		violations += s.LimitViolations.Load()
		vmContexts += s.VMContexts.Load()
		vmTimeouts += s.VMTimeouts.Load()
		requests += iso.ActiveRequests()
		iso.EachHandleKind(func(kind string, n int) {
			kinds[kind] += n
			handles += n
		})
	}
	ch <- counter(descCallbacks, float64(callbacks), lbl...)
	ch <- counter(descTicks, float64(ticks), lbl...)
	ch <- counter(descPosts, float64(posts), lbl...)
	ch <- counter(descViolations, float64(violations), lbl...)
	ch <- counter(descVMContexts, float64(vmContexts), lbl...)
	ch <- counter(descVMTimeouts, float64(vmTimeouts), lbl...)
	ch <- untyped(descHandlesTotal, float64(handles), lbl...)
	ch <- untyped(descRequestsTotal, float64(requests), lbl...)
	for kind, n := range kinds {
		ch <- gauge(descHandles, float64(n), name, kind)
	}
}

func (c *collector) collectScheduler(ch chan<- prometheus.Metric, live int) {
	s := c.sched
	ch <- gauge(descLive, float64(live))
	ch <- counter(descSpawned, float64(s.Spawned()))
	for _, r := range exitReasons {
		ch <- counter(descExited, float64(s.Exited(r)), string(r))
	}
}

func (c *collector) collectPool(ch chan<- prometheus.Metric) {
	p := c.opts.Pool
	if p == nil {
		p = reactor.Default()
	}
	ch <- gauge(descPoolWorkers, float64(p.Size()))
	ch <- gauge(descPoolQueued, float64(p.Queued()))
	ch <- gauge(descPoolBusy, float64(p.Busy()))
	ch <- counter(descPoolCompleted, float64(p.Completed()))
}

func (c *collector) collectReactor(ch chan<- prometheus.Metric) {
	if c.opts.Reactor == nil {
		return
	}
	st, ok := c.opts.Reactor()
	if !ok {
		return
	}
	ch <- gauge(descReactorRegs, float64(st.Registered))
	for i, sh := range st.Shards {
		l := strconv.Itoa(i)
		ch <- counter(descReactorEvents, float64(sh.Events), l)
		ch <- counter(descReactorWakeups, float64(sh.Wakeups), l)
		ch <- counter(descReactorBatches, float64(sh.Batches), l)
		ch <- counter(descReactorStale, float64(sh.Stale), l)
	}
}

func gauge(d *prometheus.Desc, v float64, lbl ...string) prometheus.Metric {
	return prometheus.MustNewConstMetric(d, prometheus.GaugeValue, v, lbl...)
}

func counter(d *prometheus.Desc, v float64, lbl ...string) prometheus.Metric {
	return prometheus.MustNewConstMetric(d, prometheus.CounterValue, v, lbl...)
}

func untyped(d *prometheus.Desc, v float64, lbl ...string) prometheus.Metric {
	return prometheus.MustNewConstMetric(d, prometheus.UntypedValue, v, lbl...)
}

func cmpUint(a, b uint64) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}
