// Package events is Node's 'events' module: EventEmitter, written in JS
// (events.js) with a small Go binding that builds Node-style errors.
package events

import (
	_ "embed"

	"github.com/dop251/goja"
	"github.com/isonode/isonode/nodeapi/modkit"
)

//go:embed events.js
var eventsJS string

// Module is the registry entry for 'events'.
var Module = modkit.Module{
	Name:   "events",
	Native: native,
	JS:     modkit.NewScript("events.js", eventsJS),
}

func native(c *modkit.Context) (*goja.Object, error) {
	rt := c.RT
	b := rt.NewObject()
	em := &emitter{rt: rt, errorMonitor: goja.NewSymbol("events.errorMonitor"), valueTrue: rt.ToValue(true), valueFalse: rt.ToValue(false)}
	em.errorCtor, _ = rt.Get("Error").(*goja.Object)
	// emit is EventEmitter.prototype.emit; errorMonitor is the symbol it
	// knows as events.errorMonitor.
	_ = b.Set("emit", em.emit)
	_ = b.Set("errorMonitor", em.errorMonitor)
	return b, nil
}
