package process

import (
	"os"
	"os/signal"
	"sync"
	"syscall"

	"github.com/dop251/goja"
	"github.com/isonode/isonode/isolate"
)

// Signal delivery to process.on('SIGINT'|…) listeners. The OS process has
// one set of signal handlers for all isolates: while at least one isolate
// listens for a signal, Go's signal.Notify catches it and one goroutine per
// signal number posts it to every listening isolate; when the last listener
// goes, the signal gets its default action back. A listener does not keep
// its isolate alive (as in Node).

type signalWatchers struct {
	ch    chan os.Signal
	isos  map[*isolate.Isolate]func()
	close chan struct{}
}

var (
	signalMu sync.Mutex
	watched  = map[syscall.Signal]*signalWatchers{}
)

// watchSignal starts (on) or stops delivering sig to iso; deliver runs on
// iso's loop goroutine. Loop goroutine of iso.
func watchSignal(iso *isolate.Isolate, sig syscall.Signal, on bool, deliver func()) {
	signalMu.Lock()
	defer signalMu.Unlock()
	w := watched[sig]
	if on {
		if w == nil {
			w = &signalWatchers{ch: make(chan os.Signal, 8), isos: map[*isolate.Isolate]func(){}, close: make(chan struct{})}
			watched[sig] = w
			signal.Notify(w.ch, sig)
			go w.relay(sig)
		}
		w.isos[iso] = deliver
		return
	}
	if w == nil {
		return
	}
	delete(w.isos, iso)
	if len(w.isos) == 0 {
		stopWatching(sig, w)
	}
}

// stopWatching stops relaying sig. Go gives the signal its default action
// back once no channel of the whole program (the CLI's own handlers
// included) is registered for it: signal.Reset would also drop those.
// signalMu held.
func stopWatching(sig syscall.Signal, w *signalWatchers) {
	signal.Stop(w.ch)
	close(w.close)
	delete(watched, sig)
}

// relay posts each arriving signal to the listening isolates, forgetting
// those that have ended.
func (w *signalWatchers) relay(sig syscall.Signal) {
	for {
		select {
		case <-w.close:
			return
		case <-w.ch:
		}
		signalMu.Lock()
		for iso, deliver := range w.isos {
			if !iso.Post(deliver) {
				delete(w.isos, iso)
			}
		}
		if len(w.isos) == 0 && watched[sig] == w {
			stopWatching(sig, w)
		}
		signalMu.Unlock()
	}
}

// watchSignalNative is binding.watchSignal(signum, on, emit): emit(signum) is
// called through MakeCallback when the signal arrives.
func watchSignalNative(p *state, call goja.FunctionCall) goja.Value {
	sig := syscall.Signal(call.Argument(0).ToInteger())
	on := call.Argument(1).ToBoolean()
	emit, _ := goja.AssertFunction(call.Argument(2))
	num := call.Argument(0)
	if sig == syscall.SIGKILL || sig == syscall.SIGSTOP {
		return goja.Undefined()
	}
	watchSignal(p.iso, sig, on, func() { p.iso.MakeCallback(emit, goja.Undefined(), num) })
	return goja.Undefined()
}

// signalNumbers are the signals process.kill and signal events know, in
// Node's order (process._signals).
var signalNumbers = []struct {
	name string
	num  int
}{{"SIGHUP", 1}, {"SIGINT", 2}, {"SIGQUIT", 3}, {"SIGILL", 4}, {"SIGTRAP", 5}, {"SIGABRT", 6}, {"SIGIOT", 6}, {"SIGBUS", 7}, {"SIGFPE", 8}, {"SIGKILL", 9}, {"SIGUSR1", 10}, {"SIGSEGV", 11}, {"SIGUSR2", 12}, {"SIGPIPE", 13}, {"SIGALRM", 14}, {"SIGTERM", 15}, {"SIGSTKFLT", 16}, {"SIGCHLD", 17}, {"SIGCONT", 18}, {"SIGSTOP", 19}, {"SIGTSTP", 20}, {"SIGTTIN", 21}, {"SIGTTOU", 22}, {"SIGURG", 23}, {"SIGXCPU", 24}, {"SIGXFSZ", 25}, {"SIGVTALRM", 26}, {"SIGPROF", 27}, {"SIGWINCH", 28}, {"SIGIO", 29}, {"SIGPOLL", 29}, {"SIGPWR", 30}, {"SIGSYS", 31}}

var signalIndex = func() map[string]int {
	m := make(map[string]int, len(signalNumbers))
	for _, s := range signalNumbers {
		m[s.name] = s.num
	}
	return m
}()

// signalTable is process._signals: a read-only object over signalNumbers.
type signalTable struct{ rt *goja.Runtime }

func (t signalTable) Get(key string) goja.Value {
	if n, ok := signalIndex[key]; ok {
		return t.rt.ToValue(n)
	}
	return nil
}

func (t signalTable) Has(key string) bool {
	_, ok := signalIndex[key]
	return ok
}

func (signalTable) Set(string, goja.Value) bool { return false }
func (signalTable) Delete(string) bool          { return false }

func (signalTable) Keys() []string {
	keys := make([]string, len(signalNumbers))
	for i, s := range signalNumbers {
		keys[i] = s.name
	}
	return keys
}
