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
		dst := make([]uint16, 1, len(b)+1)
		return u16Value(DecodeUTF8(b, dst))
	case Latin1:
		if isASCII(b) {
			return asciiValue(rt, string(b))
		}
		u := make([]uint16, len(b)+1)
		widenLatin1(u[1:], b)
		return u16Value(u)
	case UCS2:
		n := len(b) / 2
		u := make([]uint16, n+1)
		w := u[1:]
		var or uint16
		for i := range w {
			c := uint16(b[2*i]) | uint16(b[2*i+1])<<8
			w[i] = c
			or |= c
		}
		if or < 0x80 {
			s := make([]byte, n)
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
	charsWritten int
}

func (b *binding) u8(v goja.Value, name string) []byte {
	if o, ok := v.(*goja.Object); ok {
		if x, ok := o.Export().([]byte); ok {
			return x
		}
	}
	modkit.ThrowInvalidArgType(b.rt, name, "an instance of Buffer or Uint8Array", v)
	return nil
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
		if ctor, ok := call.Argument(0).(*goja.Object); ok && c.Iso != nil {
			c.Iso.SetValue(ctorKey{}, ctor)
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
		// indexOf(u8, needle, byteOffset, enc, forward)
		buf := b.u8(call.Argument(0), "buffer")
		v := call.Argument(1)
		enc := b.enc(call.Argument(3))
		var needle []byte
		if o, ok := v.(*goja.Object); ok {
			needle = b.u8(o, "value")
		} else if goja.IsString(v) {
			needle = Encode(StrOf(v), enc)
		} else {
			needle = []byte{byte(toUint32(v))}
		}
		return rt.ToValue(indexOf(buf, needle, call.Argument(2).ToFloat(), call.Argument(4).ToBoolean(), enc == UCS2 && goja.IsString(v)))
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
	set("dup", func(call goja.FunctionCall) goja.Value {
		src := b.u8(call.Argument(0), "buffer")
		return rt.ToValue(rt.NewArrayBuffer(append([]byte(nil), src...)))
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
		parts := make([][]byte, len(items))
		sum := 0
		for i, it := range items {
			p, ok := it.([]byte)
			if !ok {
				modkit.ThrowInvalidArgType(rt, "list["+itoa(i)+"]", "an instance of Buffer or Uint8Array", list.Get(itoa(i)))
			}
			parts[i] = p
			sum += len(p)
		}
		if total < 0 || total == int64(sum) {
			// one allocation, not zeroed first, and one copy of each part
			return rt.ToValue(rt.NewArrayBuffer(bytes.Join(parts, nil)))
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
	f := v.ToFloat()
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
