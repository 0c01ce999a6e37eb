package buffer

import (
	"bytes"
	"encoding/binary"
	"math"
	"math/big"
	"reflect"
	"strings"
	"unicode/utf8"
	"unsafe"

	"github.com/dop251/goja"
	"github.com/isonode/isonode/nodeapi/modkit"
)

// u16Type and unicodeStringType let strings cross between Go and goja
// without copies: goja keeps a non-ASCII string as a []uint16 whose first
// element is a BOM marker, under an unexported named type.
var (
	u16Type           = reflect.TypeOf([]uint16(nil))
	unicodeStringType = func() reflect.Type {
		t := reflect.TypeOf(goja.StringFromUTF16([]uint16{0x100}))
		if t.Kind() != reflect.Slice || t.Elem().Kind() != reflect.Uint16 || !t.ConvertibleTo(u16Type) {
			return nil
		}
		return t
	}()
)

const bom = 0xFEFF

// asciiStringType is goja's type for pure-ASCII strings (a Go string).
// Strings from ToValue are scanned lazily for non-ASCII characters the
// first time JS looks at them; a string known to be ASCII skips that.
var asciiStringType = func() reflect.Type {
	t := reflect.TypeOf(goja.New().ToValue("a"))
	if t.Kind() != reflect.String {
		return nil
	}
	return t
}()

// asciiValue makes a JS string from s, which must be pure ASCII.
func asciiValue(rt *goja.Runtime, s string) goja.Value {
	if asciiStringType != nil {
		return reflect.ValueOf(s).Convert(asciiStringType).Interface().(goja.Value)
	}
	return rt.ToValue(s)
}

// StrOf returns the contents of a JS string value without copying when it
// can.
func StrOf(v goja.Value) Str {
	if unicodeStringType != nil {
		rv := reflect.ValueOf(v)
		if rv.IsValid() && rv.Type() == unicodeStringType {
			u := rv.Convert(u16Type).Interface().([]uint16)
			if len(u) > 0 && u[0] == bom {
				return Str{U: u[1:], IsU16: true}
			}
		}
	}
	return Str{S: v.String()}
}

// u16Value makes a JS string from buf, whose element 0 is a spare slot
// for goja's marker and the rest holds code units at least one of which is
// >= 0x80. buf is not copied and must not be modified afterwards.
func u16Value(buf []uint16) goja.Value {
	if unicodeStringType != nil {
		buf[0] = bom
		return reflect.ValueOf(buf).Convert(unicodeStringType).Interface().(goja.Value)
	}
	return goja.StringFromUTF16(buf[1:])
}

// DecodeValue decodes b with enc straight into a JS string value.
func DecodeValue(rt *goja.Runtime, b []byte, enc Encoding) goja.Value {
	switch enc {
	case UTF8:
		if isASCII(b) {
			return asciiValue(rt, string(b))
		}
		dst := makeU16NoZero(len(b) + 1)[:1]
		return u16Value(DecodeUTF8(b, dst))
	case Latin1:
		if isASCII(b) {
			return asciiValue(rt, string(b))
		}
		u := makeU16NoZero(len(b) + 1)
		widenLatin1(u[1:], b)
		return u16Value(u)
	case UCS2:
		n := len(b) / 2
		u := makeU16NoZero(n + 1)
		w := u[1:]
		var or uint16
		for i := range w {
			c := uint16(b[2*i]) | uint16(b[2*i+1])<<8
			w[i] = c
			or |= c
		}
		if or < 0x80 {
			s := makeNoZero(n)
			for i := range s {
				s[i] = byte(w[i])
			}
			return asciiValue(rt, unsafe.String(unsafe.SliceData(s), len(s)))
		}
		return u16Value(u)
	}
	return asciiValue(rt, Decode(b, enc).Str)
}

// Bytes returns the memory behind a Uint8Array (Buffer), another typed
// array's bytes, an ArrayBuffer or a DataView, shared, not copied.
func Bytes(rt *goja.Runtime, v goja.Value) ([]byte, bool) {
	o, ok := v.(*goja.Object)
	if !ok {
		return nil, false
	}
	switch x := o.Export().(type) {
	case []byte:
		return x, true
	case goja.ArrayBuffer:
		return x.Bytes(), true
	}
	var b []byte
	isView := false
	if ab, ok := rt.Get("ArrayBuffer").(*goja.Object); ok {
		if f, ok := goja.AssertFunction(ab.Get("isView")); ok {
			if r, err := f(ab, o); err == nil {
				isView = r.ToBoolean()
			}
		}
	}
	if isView {
		// other typed arrays and DataView export to []byte on request
		if err := exportBytes(rt, o, &b); err == nil {
			return b, true
		}
	}
	return nil, false
}

func exportBytes(rt *goja.Runtime, o *goja.Object, dst *[]byte) (err error) {
	defer func() {
		if recover() != nil {
			err = errNotBytes
		}
	}()
	return rt.ExportTo(o, dst)
}

type errString string

func (e errString) Error() string { return string(e) }

const errNotBytes = errString("not bytes")

type binding struct {
	rt           *goja.Runtime
	proto        *goja.Object // Buffer.prototype
	charsWritten int
	parts        [][]byte // concat's scratch list
}

func (b *binding) u8(v goja.Value, name string) []byte {
	if x, ok := uint8Bytes(v); ok {
		return x
	}
	modkit.ThrowInvalidArgType(b.rt, name, "an instance of Buffer or Uint8Array", v)
	return nil
}

// uint8Bytes returns the bytes of a Uint8Array (a Buffer); ok is false for
// any other value.
func uint8Bytes(v goja.Value) (x []byte, ok bool) {
	if o, isObj := v.(*goja.Object); isObj {
		x, ok = o.Export().([]byte)
	}
	return x, ok
}

// numMethod makes a Buffer.prototype method named name that returns
// fast's result, or when fast returns nil what the JS function slow
// returns for the same this and arguments. It has slow's length. The read
// and write methods are natives so that the common call is one native
// call, not a JS frame around one (half the time of readUInt32LE).
//
//	m.readUInt8 = B.numReader('readUInt8', kind, function (offset, noAssert) { … })
func (b *binding) numMethod(name, slowV goja.Value, fast func(goja.FunctionCall) goja.Value) goja.Value {
	slowObj, _ := slowV.(*goja.Object)
	slow, ok := goja.AssertFunction(slowV)
	if !ok {
		panic(b.rt.NewTypeError("buffer: bad numMethod call"))
	}
	fn := b.rt.ToValue(func(c goja.FunctionCall) goja.Value {
		if v := fast(c); v != nil {
			return v
		}
		v, err := slow(c.This, c.Arguments...)
		if err != nil {
			panic(err)
		}
		return v
	}).(*goja.Object)
	b.nameFunction(fn, name, slowObj.Get("length"))
	return fn
}

// nameFunction gives a native function the name and length a JS-visible
// method has (goja's natives start with "" and 0).
func (b *binding) nameFunction(fn *goja.Object, name, length any) {
	_ = fn.DefineDataProperty("name", b.rt.ToValue(name), goja.FLAG_FALSE, goja.FLAG_FALSE, goja.FLAG_TRUE)
	_ = fn.DefineDataProperty("length", b.rt.ToValue(length), goja.FLAG_FALSE, goja.FLAG_FALSE, goja.FLAG_TRUE)
}

func (b *binding) enc(v goja.Value) Encoding {
	return Encoding(v.ToInteger())
}

func clampRange(n int, start, end int64) (int, int) {
	if start < 0 {
		start = 0
	}
	if end > int64(n) {
		end = int64(n)
	}
	if start > end {
		start = end
	}
	return int(start), int(end)
}

func newNative(c *modkit.Context) (*goja.Object, error) {
	rt := c.RT
	b := &binding{rt: rt}
	o := rt.NewObject()
	set := func(name string, fn func(goja.FunctionCall) goja.Value) {
		_ = o.Set(name, fn)
	}
	set("register", func(call goja.FunctionCall) goja.Value {
		// register(FastBuffer, Uint8Array)
		target, _ := call.Argument(0).(*goja.Object)
		construct, ok := goja.AssertConstructor(call.Argument(1))
		if target == nil || !ok {
			panic(rt.NewTypeError("buffer: bad register call"))
		}
		b.proto, _ = target.Get("prototype").(*goja.Object)
		if c.Iso != nil {
			c.Iso.SetValue(factoryKey{}, &factory{target: target, construct: construct})
		}
		return goja.Undefined()
	})
	set("argType", func(call goja.FunctionCall) goja.Value {
		// argType(message, value) throws ERR_INVALID_ARG_TYPE: "<message>. Received <value>"
		modkit.Throw(rt, "TypeError", "ERR_INVALID_ARG_TYPE", "%s. Received %s", call.Argument(0).String(), modkit.DescribeReceived(call.Argument(1)))
		return nil
	})
	set("decode", func(call goja.FunctionCall) goja.Value {
		buf := b.u8(call.Argument(0), "buffer")
		s, e := clampRange(len(buf), call.Argument(2).ToInteger(), call.Argument(3).ToInteger())
		return DecodeValue(rt, buf[s:e], b.enc(call.Argument(1)))
	})
	set("toStr", func(call goja.FunctionCall) goja.Value {
		// toStr(u8, encoding, start, end): buf.toString's common case, with
		// start and end numbers or undefined and encoding a known name (or
		// missing). Returns undefined for anything else: the JS half then
		// takes its general path.
		buf := b.u8(call.Argument(0), "buffer")
		enc, ok := encodingArg(call.Argument(1))
		if !ok {
			return goja.Undefined()
		}
		s, e, ok := toStringRange(len(buf), call.Argument(2), call.Argument(3))
		if !ok {
			return goja.Undefined()
		}
		if e <= s {
			return asciiValue(rt, "")
		}
		return DecodeValue(rt, buf[s:e], enc)
	})
	set("writeFast", func(call goja.FunctionCall) goja.Value {
		// writeFast(u8, string, offset, length, encoding): buf.write's
		// common case, with offset and length integers in range or
		// undefined and encoding a known name (or missing), and
		// write(string, offset, encoding). Returns -1 for anything else:
		// the JS half then takes its general path, which also throws.
		buf := b.u8(call.Argument(0), "buffer")
		n := len(buf)
		offset, length, encoding := call.Argument(2), call.Argument(3), call.Argument(4)
		off, room := 0, n
		if !goja.IsUndefined(offset) {
			o, ok := intArg(offset, n)
			if !ok {
				return rt.ToValue(-1)
			}
			off, room = o, n-o
			if goja.IsString(length) && goja.IsUndefined(encoding) {
				encoding, length = length, goja.Undefined()
			}
			if !goja.IsUndefined(length) {
				l, ok := intArg(length, n)
				if !ok {
					return rt.ToValue(-1)
				}
				room = min(room, l)
			}
		} else if !goja.IsUndefined(length) || !goja.IsUndefined(encoding) {
			return rt.ToValue(-1)
		}
		enc, ok := encodingArg(encoding)
		if !ok {
			return rt.ToValue(-1)
		}
		w, chars := EncodeInto(buf[off:off+room], StrOf(call.Argument(1)), enc)
		b.charsWritten = chars
		return rt.ToValue(w)
	})
	// isBuffer(v) is Buffer.isBuffer itself (a JS frame around it would
	// double its cost): v instanceof Buffer, with Buffer.prototype as it
	// was when the module loaded.
	isBuffer := rt.ToValue(func(call goja.FunctionCall) goja.Value {
		if o, ok := call.Argument(0).(*goja.Object); ok {
			for p := o.Prototype(); p != nil; p = p.Prototype() {
				if p == b.proto {
					return rt.ToValue(true)
				}
			}
		}
		return rt.ToValue(false)
	}).(*goja.Object)
	b.nameFunction(isBuffer, "isBuffer", 1)
	_ = o.Set("isBuffer", isBuffer)
	set("viewLength", func(call goja.FunctionCall) goja.Value {
		// viewLength(v) -> the length of a Uint8Array, or -1
		if o, ok := call.Argument(0).(*goja.Object); ok {
			if x, ok := o.Export().([]byte); ok {
				return rt.ToValue(len(x))
			}
		}
		return rt.ToValue(-1)
	})
	set("byteLength", func(call goja.FunctionCall) goja.Value {
		return rt.ToValue(ByteLength(StrOf(call.Argument(0)), b.enc(call.Argument(1))))
	})
	set("fromString", func(call goja.FunctionCall) goja.Value {
		return rt.ToValue(rt.NewArrayBuffer(Encode(StrOf(call.Argument(0)), b.enc(call.Argument(1)))))
	})
	set("write", func(call goja.FunctionCall) goja.Value {
		// write(u8, str, enc, offset, max)
		buf := b.u8(call.Argument(0), "buffer")
		off := call.Argument(3).ToInteger()
		max := call.Argument(4).ToInteger()
		if off < 0 || off > int64(len(buf)) {
			return rt.ToValue(0)
		}
		end := int64(len(buf))
		if max >= 0 && off+max < end {
			end = off + max
		}
		n, chars := EncodeInto(buf[off:end], StrOf(call.Argument(1)), b.enc(call.Argument(2)))
		b.charsWritten = chars
		return rt.ToValue(n)
	})
	set("charsWritten", func(goja.FunctionCall) goja.Value { return rt.ToValue(b.charsWritten) })
	set("fill", func(call goja.FunctionCall) goja.Value {
		// fill(u8, value, enc, start, end) -> -1 when value encodes to nothing
		buf := b.u8(call.Argument(0), "buffer")
		s, e := clampRange(len(buf), call.Argument(3).ToInteger(), call.Argument(4).ToInteger())
		dst := buf[s:e]
		if len(dst) == 0 {
			return rt.ToValue(0)
		}
		v := call.Argument(1)
		var pat []byte
		if o, ok := v.(*goja.Object); ok {
			pat = b.u8(o, "value")
		} else if goja.IsString(v) {
			str := StrOf(v)
			if str.Len() == 0 {
				pat = []byte{0}
			} else {
				pat = Encode(str, b.enc(call.Argument(2)))
			}
		} else {
			pat = []byte{byte(toUint32(v))}
		}
		if len(pat) == 0 {
			return rt.ToValue(-1)
		}
		fillPattern(dst, pat)
		return rt.ToValue(0)
	})
	set("indexOf", func(call goja.FunctionCall) goja.Value {
		// indexOf(u8, needle, byteOffset, enc, forward), arguments checked
		// and coerced by the caller
		buf := b.u8(call.Argument(0), "buffer")
		return rt.ToValue(b.search(buf, call.Argument(1), call.Argument(2).ToFloat(), b.enc(call.Argument(3)), call.Argument(4).ToBoolean()))
	})
	set("find", func(call goja.FunctionCall) goja.Value {
		// find(u8, needle, byteOffset, encoding, forward): indexOf's common
		// case, with a number, string or Uint8Array needle, byteOffset
		// undefined or a number and encoding undefined or a known name.
		// Returns -2 for anything else: the JS half then coerces and
		// throws.
		buf := b.u8(call.Argument(0), "buffer")
		v, off, encoding := call.Argument(1), call.Argument(2), call.Argument(3)
		pos := math.NaN()
		if !goja.IsUndefined(off) {
			if !goja.IsNumber(off) {
				return rt.ToValue(-2)
			}
			pos = min(max(off.ToFloat(), -0x80000000), 0x7fffffff)
		}
		enc := UTF8
		switch {
		case goja.IsNumber(v):
		case goja.IsString(v):
			e, ok := encodingArg(encoding)
			if !ok {
				return rt.ToValue(-2)
			}
			enc = e
		default:
			o, ok := v.(*goja.Object)
			if !ok || !(goja.IsUndefined(encoding) || goja.IsString(encoding)) {
				return rt.ToValue(-2)
			}
			if _, ok := o.Export().([]byte); !ok {
				return rt.ToValue(-2)
			}
		}
		return rt.ToValue(b.search(buf, v, pos, enc, call.Argument(4).ToBoolean()))
	})
	set("compare", func(call goja.FunctionCall) goja.Value {
		// compare(a, aStart, aEnd, b, bStart, bEnd)
		x := b.u8(call.Argument(0), "source")
		y := b.u8(call.Argument(3), "target")
		xs, xe := clampRange(len(x), call.Argument(1).ToInteger(), call.Argument(2).ToInteger())
		ys, ye := clampRange(len(y), call.Argument(4).ToInteger(), call.Argument(5).ToInteger())
		return rt.ToValue(bytes.Compare(x[xs:xe], y[ys:ye]))
	})
	set("copy", func(call goja.FunctionCall) goja.Value {
		// copy(src, dst, targetStart, sourceStart, sourceEnd) -> n
		src := b.u8(call.Argument(0), "source")
		dst := b.u8(call.Argument(1), "target")
		ts := call.Argument(2).ToInteger()
		ss, se := clampRange(len(src), call.Argument(3).ToInteger(), call.Argument(4).ToInteger())
		if ts < 0 || ts >= int64(len(dst)) {
			return rt.ToValue(0)
		}
		return rt.ToValue(copy(dst[ts:], src[ss:se]))
	})
	set("copyFast", func(call goja.FunctionCall) goja.Value {
		// copyFast(src, target, targetStart, sourceStart, sourceEnd):
		// buf.copy when target is a Uint8Array and each position is
		// undefined or a non-negative integer; -1 otherwise, and the JS
		// half coerces and throws.
		src := b.u8(call.Argument(0), "source")
		o, ok := call.Argument(1).(*goja.Object)
		if !ok {
			return rt.ToValue(-1)
		}
		dst, ok := o.Export().([]byte)
		if !ok {
			return rt.ToValue(-1)
		}
		var pos [3]int
		for i, def := range [3]int{0, 0, len(src)} {
			v := call.Argument(2 + i)
			if goja.IsUndefined(v) {
				pos[i] = def
				continue
			}
			n, ok := intArg(v, math.MaxInt32)
			if !ok {
				return rt.ToValue(-1)
			}
			pos[i] = n
		}
		ts, ss, se := pos[0], pos[1], min(pos[2], len(src))
		if ss > len(src) || ts >= len(dst) || ss >= se {
			return rt.ToValue(0)
		}
		return rt.ToValue(copy(dst[ts:], src[ss:se]))
	})
	set("dup", func(call goja.FunctionCall) goja.Value {
		// dup(v) -> an ArrayBuffer copy of a Uint8Array's bytes, or
		// undefined when v is not one
		if o, ok := call.Argument(0).(*goja.Object); ok {
			if src, ok := o.Export().([]byte); ok {
				return rt.ToValue(rt.NewArrayBuffer(append([]byte(nil), src...)))
			}
		}
		return goja.Undefined()
	})
	set("fromArray", func(call goja.FunctionCall) goja.Value {
		// fromArray(v) -> an ArrayBuffer of the items of an Array of
		// numbers, each converted as a Uint8Array store does, or undefined
		// for anything else
		o, ok := call.Argument(0).(*goja.Object)
		if !ok || o.ClassName() != "Array" {
			return goja.Undefined()
		}
		items, ok := o.Export().([]any)
		if !ok {
			return goja.Undefined()
		}
		out := makeNoZero(len(items))
		for i, it := range items {
			switch x := it.(type) {
			case int64:
				out[i] = byte(x)
			case float64:
				out[i] = byte(floatToUint32(x))
			default:
				return goja.Undefined()
			}
		}
		return rt.ToValue(rt.NewArrayBuffer(out))
	})
	set("concat", func(call goja.FunctionCall) goja.Value {
		// concat(list, total) -> ArrayBuffer; total < 0 means the sum of
		// the lengths. Items that are not Uint8Arrays throw.
		list, _ := call.Argument(0).(*goja.Object)
		total := call.Argument(1).ToInteger()
		if list == nil {
			return rt.ToValue(rt.NewArrayBuffer(nil))
		}
		items, _ := list.Export().([]any)
		// parts reuses the binding's scratch slice, cleared after use so
		// that it keeps no Buffer alive (and dropped when it grew large)
		parts := b.parts[:0]
		defer func() {
			clear(parts)
			if cap(parts) <= maxConcatScratch {
				b.parts = parts[:0]
			}
		}()
		sum := 0
		for i, it := range items {
			p, ok := it.([]byte)
			if !ok {
				modkit.ThrowInvalidArgType(rt, "list["+itoa(i)+"]", "an instance of Buffer or Uint8Array", list.Get(itoa(i)))
			}
			parts = append(parts, p)
			sum += len(p)
		}
		if total < 0 || total == int64(sum) {
			return rt.ToValue(rt.NewArrayBuffer(join(parts, sum)))
		}
		out := make([]byte, total)
		pos := 0
		for _, p := range parts {
			if pos >= len(out) {
				break
			}
			pos += copy(out[pos:], p)
		}
		return rt.ToValue(rt.NewArrayBuffer(out))
	})
	set("numReader", func(call goja.FunctionCall) goja.Value {
		// numReader(name, kind, slow) -> the method read<name>(offset,
		// noAssert): the fixed-size read when offset is undefined (0) or
		// an integer in range, else slow (the JS half, which checks and
		// throws).
		k := numKind(call.Argument(1).ToInteger())
		return b.numMethod(call.Argument(0), call.Argument(2), func(c goja.FunctionCall) goja.Value {
			buf, ok := uint8Bytes(c.This)
			if !ok {
				return nil // another receiver: as the JS half reads it
			}
			off, ok := offsetArg(c.Argument(0), k.size(), len(buf))
			if !ok {
				return nil
			}
			return k.read(rt, buf[off:off+k.size()])
		})
	})
	set("numWriter", func(call goja.FunctionCall) goja.Value {
		// numWriter(name, kind, slow) -> the method write<name>(value,
		// offset, noAssert) -> offset + size: the write of a number value
		// in the kind's range (any number for floats) at an offset
		// undefined (0) or an integer in range, else slow.
		k := numKind(call.Argument(1).ToInteger())
		return b.numMethod(call.Argument(0), call.Argument(2), func(c goja.FunctionCall) goja.Value {
			buf, ok := uint8Bytes(c.This)
			if !ok {
				return nil
			}
			v := c.Argument(0)
			off, ok := offsetArg(c.Argument(1), k.size(), len(buf))
			if !ok || !goja.IsNumber(v) || !k.write(buf[off:off+k.size()], v.ToFloat()) {
				return nil
			}
			return rt.ToValue(off + k.size())
		})
	})
	set("readFloat", func(call goja.FunctionCall) goja.Value {
		// readFloat(u8, off, size, le) — bounds checked by the caller
		buf := b.u8(call.Argument(0), "buffer")
		off := int(call.Argument(1).ToInteger())
		size := int(call.Argument(2).ToInteger())
		le := call.Argument(3).ToBoolean()
		tmp := make([]byte, size)
		if off >= 0 && off < len(buf) {
			copy(tmp, buf[off:])
		}
		var ord binary.ByteOrder = binary.BigEndian
		if le {
			ord = binary.LittleEndian
		}
		if size == 4 {
			return rt.ToValue(float64(math.Float32frombits(ord.Uint32(tmp))))
		}
		return rt.ToValue(math.Float64frombits(ord.Uint64(tmp)))
	})
	set("writeFloat", func(call goja.FunctionCall) goja.Value {
		// writeFloat(u8, value, off, size, le); bytes past the end are dropped
		buf := b.u8(call.Argument(0), "buffer")
		v := call.Argument(1).ToFloat()
		off := int(call.Argument(2).ToInteger())
		size := int(call.Argument(3).ToInteger())
		le := call.Argument(4).ToBoolean()
		tmp := make([]byte, size)
		var ord binary.ByteOrder = binary.BigEndian
		if le {
			ord = binary.LittleEndian
		}
		if size == 4 {
			ord.PutUint32(tmp, math.Float32bits(float32(v)))
		} else {
			ord.PutUint64(tmp, math.Float64bits(v))
		}
		for i := 0; i < size; i++ {
			if j := off + i; j >= 0 && j < len(buf) {
				buf[j] = tmp[i]
			}
		}
		return goja.Undefined()
	})
	set("readBig64", func(call goja.FunctionCall) goja.Value {
		// readBig64(u8, off, le, signed)
		buf := b.u8(call.Argument(0), "buffer")
		off := int(call.Argument(1).ToInteger())
		var u uint64
		if call.Argument(2).ToBoolean() {
			u = binary.LittleEndian.Uint64(buf[off : off+8])
		} else {
			u = binary.BigEndian.Uint64(buf[off : off+8])
		}
		if call.Argument(3).ToBoolean() {
			return rt.ToValue(big.NewInt(int64(u)))
		}
		return rt.ToValue(new(big.Int).SetUint64(u))
	})
	set("writeBig64", func(call goja.FunctionCall) goja.Value {
		// writeBig64(u8, bigint, off, le)
		buf := b.u8(call.Argument(0), "buffer")
		x, _ := call.Argument(1).Export().(*big.Int)
		if x == nil {
			x = new(big.Int)
		}
		off := int(call.Argument(2).ToInteger())
		u := new(big.Int).And(x, new(big.Int).SetUint64(math.MaxUint64)).Uint64()
		if call.Argument(3).ToBoolean() {
			binary.LittleEndian.PutUint64(buf[off:off+8], u)
		} else {
			binary.BigEndian.PutUint64(buf[off:off+8], u)
		}
		return goja.Undefined()
	})
	set("swap", func(call goja.FunctionCall) goja.Value {
		buf := b.u8(call.Argument(0), "buffer")
		size := int(call.Argument(1).ToInteger())
		for i := 0; i+size <= len(buf); i += size {
			for l, r := i, i+size-1; l < r; l, r = l+1, r-1 {
				buf[l], buf[r] = buf[r], buf[l]
			}
		}
		return goja.Undefined()
	})
	set("inspectHex", func(call goja.FunctionCall) goja.Value {
		buf := b.u8(call.Argument(0), "buffer")
		max := int(call.Argument(1).ToInteger())
		if max < 0 {
			max = 0
		}
		if len(buf) < max {
			max = len(buf)
		}
		var sb strings.Builder
		const digits = "0123456789abcdef"
		for i, c := range buf[:max] {
			if i > 0 {
				sb.WriteByte(' ')
			}
			sb.WriteByte(digits[c>>4])
			sb.WriteByte(digits[c&15])
		}
		return rt.ToValue(sb.String())
	})
	set("toArray", func(call goja.FunctionCall) goja.Value {
		buf := b.u8(call.Argument(0), "buffer")
		items := make([]any, len(buf))
		for i, c := range buf {
			items[i] = int64(c)
		}
		return rt.NewArray(items...)
	})
	set("isUtf8", func(call goja.FunctionCall) goja.Value {
		buf, ok := Bytes(rt, call.Argument(0))
		if !ok {
			modkit.ThrowInvalidArgType(rt, "input", "an instance of ArrayBuffer, Buffer, or TypedArray", call.Argument(0))
		}
		return rt.ToValue(utf8.Valid(buf))
	})
	set("isAscii", func(call goja.FunctionCall) goja.Value {
		buf, ok := Bytes(rt, call.Argument(0))
		if !ok {
			modkit.ThrowInvalidArgType(rt, "input", "an instance of ArrayBuffer, Buffer, or TypedArray", call.Argument(0))
		}
		return rt.ToValue(isASCII(buf))
	})
	set("bytesOf", func(call goja.FunctionCall) goja.Value {
		// bytesOf(view) -> a Uint8Array-compatible ArrayBuffer copy of any view
		buf, ok := Bytes(rt, call.Argument(0))
		if !ok {
			return goja.Undefined()
		}
		return rt.ToValue(rt.NewArrayBuffer(append([]byte(nil), buf...)))
	})
	return o, nil
}

// maxConcatScratch is the most parts whose list concat keeps for reuse.
const maxConcatScratch = 4096

// join returns the parts, of sum bytes in all, one after the other in
// new memory: one allocation, not cleared first, and one copy of each part,
// streamed when the result is large (see stream.go).
func join(parts [][]byte, sum int) []byte {
	out := makeNoZero(sum)
	stream := sum >= minStream
	pos := 0
	for _, p := range parts {
		if stream {
			pos += streamCopy(out[pos:], p)
		} else {
			pos += copy(out[pos:], p)
		}
	}
	if stream {
		streamFence()
	}
	return out
}

// search is buf.indexOf (forward) or lastIndexOf of v, a number (a byte),
// a string (encoded with enc) or a Uint8Array, from byteOffset.
func (b *binding) search(buf []byte, v goja.Value, byteOffset float64, enc Encoding, forward bool) int {
	var needle []byte
	if o, ok := v.(*goja.Object); ok {
		needle = b.u8(o, "value")
	} else if goja.IsString(v) {
		needle = Encode(StrOf(v), enc)
	} else {
		needle = []byte{byte(toUint32(v))}
	}
	return indexOf(buf, needle, byteOffset, forward, enc == UCS2 && goja.IsString(v))
}

// encodingArg is the JS half's encodingCode for the names it can decide
// alone: undefined, null and the empty string mean utf8, and ASCII strings
// are looked up case-insensitively. ok is false for an unknown name or any
// other value.
func encodingArg(v goja.Value) (Encoding, bool) {
	if goja.IsUndefined(v) || goja.IsNull(v) {
		return UTF8, true
	}
	if !goja.IsString(v) {
		return 0, false
	}
	s := StrOf(v)
	if s.IsU16 {
		return 0, false
	}
	if s.S == "" {
		return UTF8, true
	}
	return ParseEncoding(s.S)
}

// intArg returns v when it is an integer number in [0, max].
func intArg(v goja.Value, max int) (int, bool) {
	if !goja.IsNumber(v) {
		return 0, false
	}
	f := v.ToFloat()
	if f < 0 || f > float64(max) || f != math.Trunc(f) {
		return 0, false
	}
	return int(f), true
}

// toStringRange applies buf.toString's coercion of start and end, numbers
// or undefined, to a Buffer of n bytes. ok is false for other values.
// The range is empty when end <= start.
func toStringRange(n int, start, end goja.Value) (s, e int, ok bool) {
	e = n
	if !goja.IsUndefined(start) {
		if !goja.IsNumber(start) {
			return 0, 0, false
		}
		switch f := start.ToFloat(); {
		case f >= float64(n):
			return 0, 0, true
		case f > 0:
			s = int(f)
		}
	}
	if !goja.IsUndefined(end) {
		if !goja.IsNumber(end) {
			return 0, 0, false
		}
		switch f := end.ToFloat(); {
		case f < float64(n) && f > 0:
			e = int(f)
		case !(f >= float64(n)):
			e = 0 // NaN and end <= 0
		}
	}
	return s, e, true
}

// numKind describes a fixed-size number read or write, as the JS half
// encodes it: the size in bytes (1, 2, 4 or 8) in the low bits, then
// flags.
type numKind int64

const (
	kindLE     numKind = 16 // little-endian
	kindSigned numKind = 32 // a signed integer
	kindFloat  numKind = 64 // an IEEE 754 float (size 4) or double (size 8)
)

func (k numKind) size() int { return int(k & 15) }

func (k numKind) order() binary.ByteOrder {
	if k&kindLE != 0 {
		return binary.LittleEndian
	}
	return binary.BigEndian
}

// read decodes p, which holds size bytes.
func (k numKind) read(rt *goja.Runtime, p []byte) goja.Value {
	ord := k.order()
	var u uint64
	switch k.size() {
	case 1:
		u = uint64(p[0])
	case 2:
		u = uint64(ord.Uint16(p))
	case 4:
		u = uint64(ord.Uint32(p))
		if k&kindFloat != 0 {
			return rt.ToValue(float64(math.Float32frombits(uint32(u))))
		}
	default:
		return rt.ToValue(math.Float64frombits(ord.Uint64(p)))
	}
	if bits := uint(8 * k.size()); k&kindSigned != 0 && u>>(bits-1) != 0 {
		return rt.ToValue(int64(u) - 1<<bits)
	}
	return rt.ToValue(int64(u))
}

// write encodes f into p, which holds size bytes. It reports false when f
// is out of the integer kind's range (or NaN): the JS half then throws.
func (k numKind) write(p []byte, f float64) bool {
	ord := k.order()
	if k&kindFloat != 0 {
		if k.size() == 4 {
			ord.PutUint32(p, math.Float32bits(float32(f)))
		} else {
			ord.PutUint64(p, math.Float64bits(f))
		}
		return true
	}
	bits := uint(8 * k.size())
	lo, hi := 0.0, float64(uint64(1)<<bits-1)
	if k&kindSigned != 0 {
		lo, hi = -float64(uint64(1)<<(bits-1)), float64(uint64(1)<<(bits-1)-1)
	}
	if !(f >= lo && f <= hi) {
		return false
	}
	u := uint64(int64(f))
	switch k.size() {
	case 1:
		p[0] = byte(u)
	case 2:
		ord.PutUint16(p, uint16(u))
	default:
		ord.PutUint32(p, uint32(u))
	}
	return true
}

// offsetArg returns the offset of a size-byte read or write in n bytes:
// undefined means 0, and any other value must be an integer number with
// offset+size <= n.
func offsetArg(v goja.Value, size, n int) (int, bool) {
	if goja.IsUndefined(v) {
		return 0, size <= n
	}
	return intArg(v, n-size)
}

func itoa(i int) string {
	if i >= 0 && i < 10 {
		return string(rune('0' + i))
	}
	var buf [20]byte
	p := len(buf)
	for i > 0 {
		p--
		buf[p] = byte('0' + i%10)
		i /= 10
	}
	return string(buf[p:])
}

func toUint32(v goja.Value) uint32 {
	return floatToUint32(v.ToFloat())
}

// floatToUint32 is ECMAScript's ToUint32 of a number.
func floatToUint32(f float64) uint32 {
	if math.IsNaN(f) || math.IsInf(f, 0) {
		return 0
	}
	return uint32(int64(math.Mod(math.Trunc(f), 4294967296)))
}

func fillPattern(dst, pat []byte) {
	if len(pat) == 1 {
		c := pat[0]
		for i := range dst {
			dst[i] = c
		}
		return
	}
	n := copy(dst, pat)
	for n < len(dst) {
		n += copy(dst[n:], dst[:n])
	}
}

// indexOf searches buf for needle starting at byteOffset (Node's
// coercions already applied except for NaN and negatives), forwards or
// backwards. ucs2 restricts matches to even offsets.
func indexOf(buf, needle []byte, byteOffset float64, forward, ucs2 bool) int {
	n := len(buf)
	var off int
	switch {
	case math.IsNaN(byteOffset):
		if forward {
			off = 0
		} else {
			off = n
		}
	case byteOffset < 0:
		if byteOffset+float64(n) < 0 {
			if forward {
				off = 0
			} else {
				return -1
			}
		} else {
			off = int(byteOffset) + n
		}
	case byteOffset > float64(n):
		off = n + 1
		if !forward {
			off = n
		}
	default:
		off = int(byteOffset)
	}
	if len(needle) == 0 {
		if off > n {
			return n
		}
		return off
	}
	if forward {
		if off > n {
			return -1
		}
		for off <= n-len(needle) {
			i := bytes.Index(buf[off:], needle)
			if i < 0 {
				return -1
			}
			if !ucs2 || (off+i)%2 == 0 {
				return off + i
			}
			off += i + 1
		}
		return -1
	}
	if off > n-len(needle) {
		off = n - len(needle)
	}
	for off >= 0 {
		i := bytes.LastIndex(buf[:off+len(needle)], needle)
		if i < 0 {
			return -1
		}
		if !ucs2 || i%2 == 0 {
			return i
		}
		off = i - 1
	}
	return -1
}
