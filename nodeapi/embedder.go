package nodeapi

import (
	"fmt"
	"sync"
	"sync/atomic"

	"github.com/isonode/isonode/nodeapi/modkit"
)

// Embedder modules: a program embedding isonode (package embed) may add Go
// core modules to the table, before the first isolate is set up. The table
// stays the one explicit list in registry.go; these are appended to it at
// the embedder's startup, never from an init function.
var (
	registerMu sync.Mutex
	started    atomic.Bool
)

// RegisterModule appends m to the core-module table, so that require(m.Name)
// loads it in every isolate set up afterwards. It fails once any isolate has
// been set up (the table is read without locks from then on), when m has no
// name, or when the name is taken by a core module, an alias or an earlier
// registration. Any goroutine.
func RegisterModule(m modkit.Module) error {
	registerMu.Lock()
	defer registerMu.Unlock()
	if started.Load() {
		return fmt.Errorf("nodeapi: RegisterModule(%q) after an isolate was set up", m.Name)
	}
	if m.Name == "" || (m.Native == nil && m.JS == nil) {
		return fmt.Errorf("nodeapi: RegisterModule: module %q needs a name and a Native or JS half", m.Name)
	}
	if _, taken := coreIndex[m.Name]; taken {
		return fmt.Errorf("nodeapi: RegisterModule: core module %q already exists", m.Name)
	}
	if _, taken := aliases[m.Name]; taken {
		return fmt.Errorf("nodeapi: RegisterModule: %q is an alias of a core module", m.Name)
	}
	coreModules = append(coreModules, m)
	// appending may have moved the table: rebuild the index over it
	for i := range coreModules {
		coreIndex[coreModules[i].Name] = &coreModules[i]
	}
	return nil
}

// markStarted closes registration: called by Setup before it reads the table.
func markStarted() {
	if !started.Load() {
		registerMu.Lock()
		started.Store(true)
		registerMu.Unlock()
	}
}
