// Package metrics exposes isonode's runtime metrics to Prometheus.
//
// Register adds the collectors to any prometheus.Registerer (an embedder's
// registry); Handler and Serve build a registry of their own and serve it in
// the Prometheus text format, as `node --metrics-addr=HOST:PORT` does. The
// endpoint runs on Go goroutines of its own, so an isolate stuck in
// `while (true) {}` is still observable (and shows up as a growing
// nodejs_eventloop_lag_seconds and isonode_isolate_callback_running_seconds).
//
// # Cost
//
// Nothing is recorded for metrics on a hot path beyond the isolate loop's own
// atomic counters (see isolate.ReadLoopStats): every value is read from
// atomics at scrape time by a custom prometheus.Collector.
//
// # Series
//
// Node's familiar series, with prom-client's default names and units:
//
//	nodejs_eventloop_lag_seconds{isolate}                   gauge    current lag (see below)
//	nodejs_eventloop_lag_{min,max,mean,stddev,p50,p90,p99}_seconds{isolate}
//	                                                        gauge    timer lag since the previous scrape
//	nodejs_active_handles{isolate,type}                     gauge    open handles by type
//	nodejs_active_handles_total{isolate}                    untyped  all open handles
//	nodejs_active_requests_total{isolate}                   untyped  requests in flight
//	nodejs_heap_size_total_bytes, nodejs_heap_size_used_bytes, nodejs_external_memory_bytes
//	                                                        gauge    the Go heap (process-wide)
//	nodejs_version_info{version,major,minor,patch}          gauge    1
//	process_cpu_user_seconds_total, process_cpu_system_seconds_total
//	                                                        counter  getrusage(2)
//
// plus the Go collector (go_*) and the process collector (process_cpu_seconds_total,
// process_resident_memory_bytes, process_start_time_seconds, process_open_fds, …).
// prom-client declares nodejs_active_handles_total and
// nodejs_active_requests_total as gauges; they are exposed untyped here, so
// that `promtool check metrics` does not flag a gauge named *_total.
//
// isonode's own series:
//
//	isonode_isolate_loop_utilization{isolate}               gauge    active / elapsed since the previous scrape
//	isonode_isolate_loop_active_seconds_total{isolate}      counter  time not blocked waiting for work
//	isonode_isolate_loop_idle_seconds_total{isolate}        counter  time blocked in the poll phase
//	isonode_isolate_loop_iterations_total{isolate}          counter
//	isonode_isolate_js_seconds_total{isolate}               counter  time inside callbacks
//	isonode_isolate_callback_running_seconds{isolate}       gauge    how long the callback running now has run
//	isonode_isolate_callbacks_total{isolate}                counter  callbacks entered
//	isonode_isolate_ticks_total{isolate}                    counter  nextTick callbacks run
//	isonode_isolate_posts_total{isolate}                    counter  mailbox tasks run (I/O completions)
//	isonode_isolate_timers_fired_total{isolate}             counter
//	isonode_isolate_limit_violations_total{isolate}         counter  stack overflows and other limits hit
//	isonode_vm_contexts_created_total{isolate}              counter  vm contexts created
//	isonode_vm_timeouts_total{isolate}                      counter  vm runs stopped by their timeout
//	isonode_isolate_memory_estimate_bytes{isolate}          gauge    see below
//	isonode_isolates_labeled, isonode_isolates_other        gauge    isolates with their own label / in "_other"
//	isonode_isolates_live                                   gauge    the scheduler's live isolates
//	isonode_isolates_spawned_total                          counter
//	isonode_isolates_exited_total{reason}                   counter  exit, error, terminated, crash
//	isonode_pool_workers, isonode_pool_queued_jobs, isonode_pool_busy_workers
//	                                                        gauge    the blocking-I/O worker pool
//	isonode_pool_completed_jobs_total                       counter
//	isonode_reactor_registrations                           gauge    epoll reactor (when Options.Reactor is set)
//	isonode_reactor_{events,wakeups,batches,stale_events}_total{shard} counter
//
// # The isolate label
//
// The label is the isolate's name (a name used twice gets "#<id>"
// appended). Cardinality is bounded: the Options.MaxIsolates oldest live
// isolates (by ID; 100 by default) get a label of their own, and the rest are
// aggregated under isolate="_other" (counters and gauges summed, lags the
// largest, histograms merged). An isolate keeps its label until it ends.
// Series of isolates that ended disappear, so counters summed across
// isolates (and "_other") may go down; rate() treats that as a reset.
//
// # Lag
//
// nodejs_eventloop_lag_seconds is the lag now: how overdue the isolate's
// earliest timer is, or how long the running callback has been running,
// whichever is larger (the latter is what prom-client's setImmediate probe
// would wait for). The _min … _p99 gauges summarize how late timers fired
// since the collector's previous scrape (prom-client resets its histogram
// on every scrape the same way), to within 12.5% (the histogram's bucket
// width); with no timer fired in between they show the current lag. Two
// scrapers of the same registry split the intervals between them.
//
// # Memory
//
// goja keeps no per-runtime heap accounting, so
// isonode_isolate_memory_estimate_bytes is an estimate: the bytes of live
// Go heap objects, apportioned among live isolates by their share of time
// in JS (equally if none ran JS yet). nodejs_heap_size_used_bytes is the
// Go heap's live objects, nodejs_heap_size_total_bytes the heap memory
// mapped for them (objects, free and unused spans, goroutine stacks), and
// nodejs_external_memory_bytes the runtime's memory outside the heap.
package metrics

import (
	"errors"
	"net"
	"net/http"
	"time"

	"github.com/isonode/isonode/reactor"
	"github.com/isonode/isonode/scheduler"
	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
	"github.com/prometheus/client_golang/prometheus/promhttp"
)

// DefaultMaxIsolates is Options.MaxIsolates when it is 0.
const DefaultMaxIsolates = 100

// OtherIsolates is the isolate label of the aggregate of the isolates
// beyond Options.MaxIsolates.
const OtherIsolates = "_other"

// Options configure the collectors. The zero value is usable.
type Options struct {
	// MaxIsolates is how many live isolates get a label of their own;
	// DefaultMaxIsolates when 0, none (everything in "_other") when < 0.
	MaxIsolates int
	// Pool is the worker pool to report; reactor.Default() when nil.
	Pool *reactor.Pool
	// Reactor, if set, returns the epoll reactor's counters at scrape time
	// (ok false to report none). ReactorSource adapts a *reactor.Reactor.
	Reactor func() (st ReactorStats, ok bool)
	// NoGoCollector and NoProcessCollector leave out the Go and process
	// collectors (for a registry that already has them; Register also
	// tolerates finding them registered).
	NoGoCollector, NoProcessCollector bool
}

// ReactorStats are the epoll reactor's counters.
type ReactorStats struct {
	Registered int64
	Shards     []ShardStats
}

// ShardStats are one epoll shard's counters.
type ShardStats struct {
	Events, Wakeups, Batches, Stale uint64
}

func (o Options) maxIsolates() int {
	switch {
	case o.MaxIsolates == 0:
		return DefaultMaxIsolates
	case o.MaxIsolates < 0:
		return 0
	}
	return o.MaxIsolates
}

// Register adds isonode's collectors for sched (and, unless disabled, the
// Go and process collectors) to reg. Any goroutine; sched may already run
// isolates.
func Register(reg prometheus.Registerer, sched *scheduler.Scheduler, opts Options) error {
	if sched == nil {
		return errors.New("metrics: nil scheduler")
	}
	var cs []prometheus.Collector
	if !opts.NoGoCollector {
		cs = append(cs, collectors.NewGoCollector())
	}
	if !opts.NoProcessCollector {
		cs = append(cs, collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}))
	}
	for _, c := range cs {
		if err := reg.Register(c); err != nil {
			var are prometheus.AlreadyRegisteredError
			if !errors.As(err, &are) {
				return err
			}
		}
	}
	if err := reg.Register(newRuntimeCollector()); err != nil {
		return err
	}
	return reg.Register(newCollector(sched, opts))
}

// NewRegistry returns a registry with every collector of Register.
func NewRegistry(sched *scheduler.Scheduler, opts Options) (*prometheus.Registry, error) {
	reg := prometheus.NewRegistry()
	if err := Register(reg, sched, opts); err != nil {
		return nil, err
	}
	return reg, nil
}

// Handler serves a registry made by NewRegistry in the Prometheus
// exposition formats (text by default).
func Handler(sched *scheduler.Scheduler, opts Options) (http.Handler, error) {
	reg, err := NewRegistry(sched, opts)
	if err != nil {
		return nil, err
	}
	return promhttp.HandlerFor(reg, promhttp.HandlerOpts{}), nil
}

// Server is a running metrics endpoint.
type Server struct {
	ln  net.Listener
	srv *http.Server
}

// Serve listens on addr (HOST:PORT; port 0 picks one) and serves /metrics
// on goroutines of its own until Close.
func Serve(addr string, sched *scheduler.Scheduler, opts Options) (*Server, error) {
	h, err := Handler(sched, opts)
	if err != nil {
		return nil, err
	}
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return nil, err
	}
	mux := http.NewServeMux()
	mux.Handle("/metrics", h)
	mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path != "/" {
			http.NotFound(w, r)
			return
		}
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		_, _ = w.Write([]byte("isonode metrics: /metrics\n"))
	})
	s := &Server{ln: ln, srv: &http.Server{Handler: mux, ReadHeaderTimeout: 10 * time.Second}}
	go func() { _ = s.srv.Serve(ln) }()
	return s, nil
}

// Addr is the address the server listens on.
func (s *Server) Addr() net.Addr { return s.ln.Addr() }

// Close stops the server.
func (s *Server) Close() error { return s.srv.Close() }
