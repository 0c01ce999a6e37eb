// Package buffer is Node's 'buffer' module.
//
// Buffer is a Uint8Array subclass (Buffer.prototype is the prototype of an
// internal `class FastBuffer extends Uint8Array`), so every Buffer is a goja
// typed array whose bytes are a Go []byte: Go code reads and writes them
// without copies (see Bytes and New). Encoding, decoding, fill, search,
// compare and copy run in Go; the JS half (buffer.js) does argument handling
// with Node v20's errors and v0.10's behaviour where the two differ.
//
// Speed: in goja every named property read on a typed array (buf.length,
// buf.buffer…) first tries to parse the name as a number, which costs
// several allocations, and JS calls are costly too. So the hot methods
// (toString, write, copy, the number reads and writes, from of a
// Uint8Array or an Array) hand their arguments straight to one Go native
// that does the common case and reports the rest back to the JS path
// (coercions, errors), and slice is the native subarray.
//
// Bulk codecs: base64 runs on SIMD kernels (base64.go), latin1 widening
// on AVX2 where the CPU has it (widen_amd64.s), hex and UTF-8 word- or
// sequence-at-a-time in Go; results that are overwritten whole are
// allocated without clearing first (nozero.go).
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

type factoryKey struct{}

// factory makes Buffers from Go: Uint8Array's constructor run with
// FastBuffer as new.target, which gives the object Buffer.prototype
// without running FastBuffer's (derived-class) JS constructor.
type factory struct {
	target    *goja.Object
	construct goja.Constructor
}

// make returns a Buffer over data (not copied).
func (f *factory) make(rt *goja.Runtime, data []byte) *goja.Object {
	return f.view(rt.ToValue(rt.NewArrayBuffer(data)))
}

// view returns a Buffer over args (an ArrayBuffer and optional offset and
// length, as for new Uint8Array), rethrowing a JS error as a throw.
func (f *factory) view(args ...goja.Value) *goja.Object {
	o, err := f.construct(f.target, args...)
	if err != nil {
		panic(err)
	}
	return o
}

// New returns a Buffer over data, sharing the memory (no copy). It loads
// the buffer module if needed. Loop goroutine only.
func New(c *modkit.Context, data []byte) *goja.Object {
	return bufferFactory(c).make(c.RT, data)
}

// Slab hands out Buffers that are views of one block of Go memory, as a
// socket's reads are cut from a read slab: cheaper than New for many
// small Buffers (one ArrayBuffer object for them all, not one each), and
// what Node v0.10 did (its Buffers were slices of a pooled SlowBuffer,
// buf.parent). A Slab belongs to one isolate: loop goroutine only.
//
//	slab := buffer.NewSlab(c)
//	mem := make([]byte, 256<<10)
//	slab.Reset(mem)
//	n := copy(mem, "hello")
//	chunk := slab.View(0, n) // a 5-byte Buffer; chunk.buffer is all of mem
//	mem = make([]byte, 256<<10)
//	slab.Reset(mem) // later views are of the new block; chunk keeps the old
type Slab struct {
	f    *factory
	rt   *goja.Runtime
	mem  []byte
	ab   goja.ArrayBuffer
	abv  goja.Value    // ab as a JS value; nil until the first View of mem
	args [3]goja.Value // View's arguments to the constructor (not kept by it)

	// the last length as a JS value: reads of one size follow each other,
	// and a boxed number is two allocations
	lastLen  int
	lastLenV goja.Value
}

// NewSlab returns an empty Slab for c's isolate, loading the buffer module
// if needed.
func NewSlab(c *modkit.Context) *Slab { return &Slab{f: bufferFactory(c), rt: c.RT} }

// Reset makes mem the memory later views are cut from.
func (s *Slab) Reset(mem []byte) { s.mem, s.abv = mem, nil }

// View returns a Buffer over mem[offset:offset+length], sharing the memory.
func (s *Slab) View(offset, length int) *goja.Object {
	if s.abv == nil || s.ab.Detached() {
		s.ab = s.rt.NewArrayBuffer(s.mem)
		s.abv = s.rt.ToValue(s.ab)
	}
	if s.lastLenV == nil || s.lastLen != length {
		s.lastLen, s.lastLenV = length, s.rt.ToValue(length)
	}
	s.args = [3]goja.Value{s.abv, s.rt.ToValue(offset), s.lastLenV}
	o := s.f.view(s.args[:]...)
	s.args = [3]goja.Value{}
	return o
}

func bufferFactory(c *modkit.Context) *factory {
	if c.Iso != nil {
		if f, ok := c.Iso.Value(factoryKey{}).(*factory); ok {
			return f
		}
	}
	c.Require("buffer")
	if c.Iso != nil {
		if f, ok := c.Iso.Value(factoryKey{}).(*factory); ok {
			return f
		}
	}
	panic(c.RT.NewTypeError("buffer module not initialised"))
}
