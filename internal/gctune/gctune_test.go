package gctune

import (
	"runtime"
	"runtime/debug"
	"runtime/metrics"
	"testing"
	"time"
)

func TestSmallLiveHeapGetsHeadroom(t *testing.T) {
	defer debug.SetGCPercent(debug.SetGCPercent(100))
	tu := newTuner(64 << 20)
	runtime.GC()
	tu.adjust()
	p := tu.percent.Load()
	if p <= 100 {
		t.Fatalf("percent %d for a small heap, want more than 100", p)
	}
	if got := debug.SetGCPercent(int(p)); int64(got) != p {
		t.Fatalf("GOGC is %d, want %d", got, p)
	}
}

func TestLargeLiveHeapKeepsProportion(t *testing.T) {
	defer debug.SetGCPercent(debug.SetGCPercent(100))
	keep := make([]byte, 8<<20)
	tu := newTuner(1 << 20)
	runtime.GC()
	tu.adjust()
	runtime.KeepAlive(keep)
	if p := tu.percent.Load(); p != 100 {
		t.Fatalf("percent %d for an 8 MiB heap with 1 MiB headroom, want 100", p)
	}
}

func TestPercentKeepsTheGoalNearLivePlusHeadroom(t *testing.T) {
	const h = 64 << 20
	for _, live := range []uint64{0, 1 << 20, 4 << 20, 16 << 20, 64 << 20, 1 << 30} {
		p := uint64(percentFor(live, goalFor(live, h, 0)))
		goal := max(heapMinimum*p/100, live+live*p/100)
		if p < basePercent {
			t.Errorf("live %d: percent %d below %d", live, p, basePercent)
		}
		if live*basePercent/100 < h && (goal < live+h*9/10 || goal > live+h*11/10) {
			t.Errorf("live %d: percent %d makes the goal %d, want about %d", live, p, goal, live+h)
		}
	}
}

func TestGoalHoldsThroughSmallSwingsOfTheLiveHeap(t *testing.T) {
	const MiB, h = 1 << 20, 64 << 20
	cases := []struct{ live, last, want uint64 }{
		{12 * MiB, 0, 76 * MiB},         // first goal: live+headroom
		{17 * MiB, 76 * MiB, 81 * MiB},  // a larger live heap raises it
		{12 * MiB, 81 * MiB, 81 * MiB},  // a small fall keeps it
		{1 * MiB, 200 * MiB, 65 * MiB},  // a large fall lowers it
		{64 * MiB, 81 * MiB, 128 * MiB}, // GOGC's proportion for a large heap
	}
	for _, c := range cases {
		if got := goalFor(c.live, h, c.last); got != c.want {
			t.Errorf("goalFor(%d MiB, last %d MiB) = %d MiB, want %d MiB", c.live/MiB, c.last/MiB, got/MiB, c.want/MiB)
		}
	}
}

func TestGoalBeforeTheFirstCollectionIsBounded(t *testing.T) {
	defer debug.SetGCPercent(debug.SetGCPercent(100))
	tu := newTuner(64 << 20)
	tu.adjust()
	goal := []metrics.Sample{{Name: "/gc/heap/goal:bytes"}}
	metrics.Read(goal)
	if g := goal[0].Value.Uint64(); g > 256<<20 {
		t.Fatalf("heap goal %d MiB after adjust, want about 64 MiB", g>>20)
	}
}

func TestAdjustsAfterACollection(t *testing.T) {
	defer debug.SetGCPercent(debug.SetGCPercent(100))
	tu := newTuner(256 << 20)
	tu.arm()
	for deadline := time.Now().Add(5 * time.Second); tu.percent.Load() == 100; {
		if time.Now().After(deadline) {
			t.Fatal("no adjustment after collections")
		}
		runtime.GC()
		time.Sleep(time.Millisecond)
	}
}

func TestHeadroomGrowsWhileCollectionsComeFastAndShrinksAfter(t *testing.T) {
	const MiB, base = 1 << 20, 64 << 20
	cases := []struct {
		cur      uint64
		interval time.Duration
		want     uint64
	}{
		{base, 0, base}, // the first collection: nothing to compare
		{base, fastCycle - time.Millisecond, 2 * base}, // fast: doubled
		{96 * MiB, 10 * time.Millisecond, 2 * base},    // at most twice the base
		{2 * base, 10 * time.Millisecond, 2 * base},    // (already there)
		{2 * base, fastCycle, 2 * base},                // in between: kept
		{2 * base, slowCycle, 2 * base},                // (both bounds included)
		{2 * base, slowCycle + time.Millisecond, base}, // slow: halved
		{base, 3 * time.Second, base},                  // never below the base
	}
	for _, c := range cases {
		if got := nextHeadroom(c.cur, base, c.interval); got != c.want {
			t.Errorf("nextHeadroom(%d MiB, after %v) = %d MiB, want %d MiB", c.cur/MiB, c.interval, got/MiB, c.want/MiB)
		}
	}
	tu := newTuner(base)
	t0 := time.Now()
	tu.collected(t0)
	tu.collected(t0.Add(10 * time.Millisecond))
	if tu.headroom != 2*base {
		t.Fatalf("after collections 10 ms apart the headroom is %d MiB, want %d", tu.headroom/MiB, 2*base/MiB)
	}
	tu.collected(t0.Add(5 * time.Second))
	if tu.headroom != base {
		t.Fatalf("after a collection 5 s later the headroom is %d MiB, want %d", tu.headroom/MiB, base/MiB)
	}
}
