package vmctx

import (
	"errors"
	"fmt"
	"sync"
	"sync/atomic"
	"time"

	"github.com/dop251/goja"
	"github.com/isonode/isonode/isolate"
)

// RunInThisContext runs prg in the host runtime's own global scope (Node's
// vm.runInThisContext), with a timeout if timeout > 0. Call it from a native
// function of the host runtime. The timeout covers the synchronous run only:
// the host's promise jobs run when the host's current callback ends, as
// usual. The error is a *Thrown or an uncatchable error to propagate.
func (h *Host) RunInThisContext(prg *goja.Program, timeout time.Duration) (goja.Value, error) {
	if timeout <= 0 {
		v, err := h.rt.RunProgram(prg)
		if err != nil {
			return nil, h.thrown(err)
		}
		return v, nil
	}
	var mu sync.Mutex
	done, fired := false, false
	val := &timeoutValue{timeout}
	t := time.AfterFunc(timeout, func() {
		mu.Lock()
		if !done {
			fired = true
			h.rt.Interrupt(val)
		}
		mu.Unlock()
	})
	v, err := h.rt.RunProgram(prg)
	t.Stop()
	mu.Lock()
	done = true
	if fired {
		h.rt.ClearInterrupt()
		if h.parent != nil && h.parent.Terminated() {
			h.rt.Interrupt(isolate.ErrTerminated)
		}
	}
	mu.Unlock()
	if err != nil {
		var ie *goja.InterruptedError
		if errors.As(err, &ie) && ie.Value() == val {
			h.count(func(s *isolate.Stats) *atomic.Uint64 { return &s.VMTimeouts })
			return nil, &Thrown{Value: newError(h.in, "Error", "ERR_SCRIPT_EXECUTION_TIMEOUT",
				fmt.Sprintf("Script execution timed out after %dms", timeout.Milliseconds()))}
		}
		return nil, h.thrown(err)
	}
	return v, nil
}

func (h *Host) thrown(err error) error {
	var ex *goja.Exception
	if !isUncatchable(err) && errors.As(err, &ex) {
		t := &Thrown{Value: ex.Value()}
		t.locate(ex)
		return t
	}
	return err
}
