package gctune

import (
	"runtime"
	"runtime/debug"
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
