// Package buffer is Node's 'buffer' module.
//
// Buffer is a Uint8Array subclass (Buffer.prototype is the prototype of an
// internal `class FastBuffer extends Uint8Array`), so every Buffer is a goja
// typed array whose bytes are a Go []byte: Go code reads and writes them
// without copies (see Bytes and New). Encoding, decoding, fill, search,
// compare and copy run in Go; the JS half (buffer.js) does argument handling
// with Node v20's errors and v0.10's behaviour where the two differ.
package buffer

import (
	_ "embed"

	"github.com/dop251/goja"
	"github.com/isonode/isonode/nodeapi/modkit"
)

//go:embed buffer.js
var bufferJS string

// Module is the registry entry for 'buffer'.
var Module = modkit.Module{
	Name:   "buffer",
	Native: newNative,
	JS:     modkit.NewScript("buffer.js", bufferJS),
}

type ctorKey struct{}

// New returns a Buffer over data, sharing the memory (no copy). It loads
// the buffer module if needed. Loop goroutine only.
func New(c *modkit.Context, data []byte) *goja.Object {
	ctor := fastBufferCtor(c)
	o, err := c.RT.New(ctor, c.RT.ToValue(c.RT.NewArrayBuffer(data)))
	if err != nil {
		panic(err)
	}
	return o
}

func fastBufferCtor(c *modkit.Context) *goja.Object {
	if c.Iso != nil {
		if ctor, ok := c.Iso.Value(ctorKey{}).(*goja.Object); ok {
			return ctor
		}
	}
	c.Require("buffer")
	if c.Iso != nil {
		if ctor, ok := c.Iso.Value(ctorKey{}).(*goja.Object); ok {
			return ctor
		}
	}
	panic(c.RT.NewTypeError("buffer module not initialised"))
}
