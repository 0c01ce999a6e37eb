package reactor

import (
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/isonode/isonode/isolate"
	"golang.org/x/sys/unix"
)

// runIso runs an isolate whose loop stays alive until stop is closed, and
// calls start on its loop goroutine.
func runIso(t *testing.T, start func(iso *isolate.Isolate, done func())) {
	t.Helper()
	iso := isolate.New(isolate.Options{})
	finished := make(chan struct{})
	go func() {
		defer close(finished)
		iso.Run(func(iso *isolate.Isolate) error {
			h := iso.NewHandle("test")
			start(iso, func() { h.Close() })
			return nil
		})
	}()
	select {
	case <-finished:
	case <-time.After(20 * time.Second):
		iso.Terminate()
		t.Fatal("isolate did not finish")
	}
}

func socketpair(t *testing.T) (int, int) {
	fds, err := unix.Socketpair(unix.AF_UNIX, unix.SOCK_STREAM|unix.SOCK_NONBLOCK|unix.SOCK_CLOEXEC, 0)
	if err != nil {
		t.Fatal(err)
	}
	return fds[0], fds[1]
}

// TestReadinessOnLoop: readiness arrives on the owning loop goroutine, in
// batches, and the counters move.
func TestReadinessOnLoop(t *testing.T) {
	r, err := NewReactor(2)
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	const pairs = 50
	runIso(t, func(iso *isolate.Isolate, done func()) {
		loopOnly := 0 // touched only on the loop goroutine
		got := 0
		var regs []*Registration
		var peers []int
		for i := 0; i < pairs; i++ {
			a, b := socketpair(t)
			peers = append(peers, b)
			var reg *Registration
			reg, err = r.Register(iso, a, Readable|PeerHup, func(ev uint32) {
				loopOnly++
				if ev&Readable == 0 {
					return
				}
				var buf [16]byte
				n, _ := unix.Read(reg.Fd(), buf[:])
				if n > 0 {
					got++
				}
				if got == pairs {
					for _, rg := range regs {
						rg.Close()
						unix.Close(rg.Fd())
					}
					for _, p := range peers {
						unix.Close(p)
					}
					done()
				}
			})
			if err != nil {
				t.Fatal(err)
			}
			regs = append(regs, reg)
		}
		if st := r.Stats(); st.Registered != pairs {
			t.Errorf("Registered = %d, want %d", st.Registered, pairs)
		}
		go func() {
			for _, p := range peers {
				unix.Write(p, []byte("x"))
			}
		}()
	})
	st := r.Stats()
	if st.Registered != 0 {
		t.Errorf("Registered after close = %d", st.Registered)
	}
	var events, batches uint64
	for _, s := range st.Shards {
		events += s.Events
		batches += s.Batches
	}
	if events < pairs || batches == 0 || batches > events {
		t.Errorf("events %d batches %d", events, batches)
	}
}

// TestStaleEventsForReusedFd: an fd closed and reused while its events are
// in flight never reaches the new registration's handler with the old
// registration's events, and never reaches the old handler after Close.
func TestStaleEventsForReusedFd(t *testing.T) {
	r, err := NewReactor(1)
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	const rounds = 300
	runIso(t, func(iso *isolate.Isolate, done func()) {
		round := 0
		var next func()
		next = func() {
			if round == rounds {
				done()
				return
			}
			round++
			a, b := socketpair(t)
			closed := false
			var reg *Registration
			reg, err = r.Register(iso, a, Readable|PeerHup, func(ev uint32) {
				if closed {
					t.Errorf("handler called after Close")
				}
			})
			if err != nil {
				t.Fatal(err)
			}
			// Make it ready, let the shard see it, then close and reuse
			// the fd number before the posted batch runs.
			unix.Write(b, []byte("y"))
			time.Sleep(50 * time.Microsecond)
			reg.Close()
			closed = true
			unix.Close(a)
			unix.Close(b)
			iso.Post(next)
		}
		next()
	})
}

// TestRegisterCloseRace registers and closes from many isolates at once
// while peers write from other goroutines (run with -race).
func TestRegisterCloseRace(t *testing.T) {
	r, err := NewReactor(3)
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	var wg sync.WaitGroup
	var calls atomic.Int64
	for k := 0; k < 4; k++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			runIso(t, func(iso *isolate.Isolate, done func()) {
				n := 0
				var step func()
				step = func() {
					if n == 200 {
						done()
						return
					}
					n++
					a, b := socketpair(t)
					reg, err := r.Register(iso, a, Readable|Writable|PeerHup, func(uint32) { calls.Add(1) })
					if err != nil {
						t.Error(err)
						done()
						return
					}
					wdone := make(chan struct{})
					go func() { unix.Write(b, []byte("z")); close(wdone) }()
					if n%2 == 0 {
						_ = reg.Modify(Readable | PeerHup)
					}
					<-wdone
					reg.Close()
					reg.Close()
					unix.Close(a)
					unix.Close(b)
					iso.Post(step)
				}
				step()
			})
		}()
	}
	wg.Wait()
	if st := r.Stats(); st.Registered != 0 {
		t.Errorf("Registered = %d after all closed", st.Registered)
	}
}

func TestShardsFromEnv(t *testing.T) {
	if ShardsFromEnv("3") != 3 || ShardsFromEnv("0") < 1 || ShardsFromEnv("x") < 1 || ShardsFromEnv("9999") != 256 {
		t.Error("ShardsFromEnv")
	}
}

func TestWakeup(t *testing.T) {
	r, err := NewReactor(1)
	if err != nil {
		t.Fatal(err)
	}
	r.shards[0].wake()
	deadline := time.Now().Add(5 * time.Second)
	for r.Stats().Shards[0].Wakeups == 0 && time.Now().Before(deadline) {
		time.Sleep(time.Millisecond)
	}
	if r.Stats().Shards[0].Wakeups == 0 {
		t.Error("no wake-up counted")
	}
	r.Close()
	if _, err := r.Register(nil, 0, Readable, nil); err != ErrClosed {
		t.Errorf("Register after Close: %v", err)
	}
}

// TestDeliverRunsOwnBatchAndPostsOthers: the idle poll's delivery runs the
// polling isolate's handlers at once and posts another isolate's; a closed
// reactor's idle poll takes nothing.
func TestDeliverRunsOwnBatchAndPostsOthers(t *testing.T) {
	r, err := NewReactor(1)
	if err != nil {
		t.Fatal(err)
	}
	sh := r.shards[0]
	otherRan := make(chan struct{})
	other := isolate.New(isolate.Options{})
	go other.Run(func(iso *isolate.Isolate) error {
		h := iso.NewHandle("test")
		go func() { <-otherRan; iso.Post(h.Close) }()
		return nil
	})
	runIso(t, func(iso *isolate.Isolate, done func()) {
		ownRan := false
		batches := []batch{
			{iso: iso, items: []item{{reg: &Registration{h: func(uint32) { ownRan = true }}, events: Readable}}},
			{iso: other, items: []item{{reg: &Registration{h: func(uint32) { close(otherRan) }}, events: Readable}}},
		}
		if !sh.deliver(batches, iso) || !ownRan {
			t.Error("own batch did not run at once")
		}
		select {
		case <-otherRan:
		case <-time.After(10 * time.Second):
			t.Error("other isolate's batch never ran")
		}
		r.Close()
		if sh.idlePoller(iso)() {
			t.Error("idle poll of a closed reactor ran handlers")
		}
		done()
	})
}
