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

// classModule is the registry entry for one of the v0.10 lib files that old
// npm packages require directly ('_stream_readable', …): its exports are one
// class of 'stream'.
func classModule(name, class string) modkit.Module {
	src := "module.exports = require('stream')." + class + ";\n"
	return modkit.Module{Name: name, JS: modkit.NewScript(name+".js", src)}
}

// Registry entries for '_stream_readable', '_stream_writable',
// '_stream_duplex', '_stream_transform' and '_stream_passthrough'.
var (
	ReadableModule    = classModule("_stream_readable", "Readable")
	WritableModule    = classModule("_stream_writable", "Writable")
	DuplexModule      = classModule("_stream_duplex", "Duplex")
	TransformModule   = classModule("_stream_transform", "Transform")
	PassThroughModule = classModule("_stream_passthrough", "PassThrough")
)
