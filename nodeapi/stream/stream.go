// Package stream is Node's 'stream' module: the legacy Stream and the
// streams2/streams3 classes Readable, Writable, Duplex, Transform and
// PassThrough, plus finished and pipeline. The semantics live in JS
// (stream.js); the Go half only builds Node-style errors.
package stream

import (
	_ "embed"

	"github.com/isonode/isonode/nodeapi/modkit"
)

//go:embed stream.js
var streamJS string

//go:embed promises.js
var promisesJS string

// Module is the registry entry for 'stream'.
var Module = modkit.Module{
	Name: "stream",
	JS:   modkit.NewScript("stream.js", streamJS),
}

// PromisesModule is the registry entry for 'stream/promises' (pipeline and
// finished returning promises).
var PromisesModule = modkit.Module{
	Name: "stream/promises",
	JS:   modkit.NewScript("stream/promises.js", promisesJS),
}
