package vmctx

import (
	"errors"
	"fmt"
	"math"
	"strconv"
	"strings"
	"time"

	"github.com/dop251/goja"
	"github.com/isonode/isonode/nodeapi/errorstack"
)

// reFlagLetters are the RegExp flags goja knows.
const reFlagLetters = "gimsuy"

// copyError is a failed copy (a limit exceeded); it becomes a JS error of
// whichever runtime is current where it is caught.
type copyError struct {
	ctor, msg string
}

func (e *copyError) Error() string { return e.ctor + ": " + e.msg }

func (e *copyError) value(in *intrinsics) *goja.Object { return newError(in, e.ctor, "", e.msg) }

func isCopyError(err error) bool {
	var ce *copyError
	return errors.As(err, &ce)
}

// catchCopy runs f and returns the copyError it panicked with, if any.
func catchCopy(f func()) (ce *copyError) {
	defer func() {
		if x := recover(); x != nil {
			if e, ok := x.(*copyError); ok {
				ce = e
				return
			}
			panic(x)
		}
	}()
	f()
	return nil
}

// copier copies values from one runtime to the other. It reads the source
// (running its getters and Proxy traps: it must run where that runtime's
// exceptions are handled) and writes only fresh or ordinary target objects
// with DefineDataProperty and captured built-ins, which run no target code.
type copier struct {
	c         *Context
	from, to  *intrinsics
	fwd, back *twinMap
	toGuest   bool
	seen      map[*goja.Object]goja.Value
	depth     int
}

func (c *Context) copierToGuest() *copier {
	return &copier{c: c, from: c.host.in, to: c.in, fwd: &c.toGuest, back: &c.toHost, toGuest: true}
}

func (c *Context) copierToHost() *copier {
	return &copier{c: c, from: c.in, to: c.host.in, fwd: &c.toHost, back: &c.toGuest}
}

func (cp *copier) fail(ctor, format string, args ...any) {
	msg := format
	if len(args) > 0 {
		msg = fmt.Sprintf(format, args...)
	}
	panic(&copyError{ctor: ctor, msg: msg})
}

func (cp *copier) val(v goja.Value) goja.Value {
	switch x := v.(type) {
	case nil:
		return goja.Undefined()
	case *goja.Object:
		return cp.obj(x)
	case goja.String:
		if x.Length() > cp.c.opts.MaxStringLength {
			cp.fail("RangeError", "Invalid string length: a string of %d characters exceeds the sandbox limit of %d", x.Length(), cp.c.opts.MaxStringLength)
		}
	}
	// numbers, booleans, undefined, null, strings, symbols and bigints hold
	// no reference to a runtime
	return v
}

func (cp *copier) obj(o *goja.Object) goja.Value {
	if v, ok := cp.seen[o]; ok {
		return v
	}
	if cp.seen == nil {
		cp.seen = make(map[*goja.Object]goja.Value)
	}
	k := cp.from.kindOf(o)
	if t := cp.fwd.get(o); t != nil {
		if o == cp.from.global || t == cp.to.global {
			return t
		}
		switch k {
		case kFunction, kPromise:
			return t
		}
		if cp.from.ordinary(o, k) && cp.to.ordinary(t, k) && cp.to.kindOf(t) == k {
			cp.push()
			cp.seen[o] = t
			cp.fill(o, t, k, true)
			cp.depth--
			return t
		}
	}
	switch k {
	case kFunction:
		// the wrapper carries a copy of the function's own enumerable
		// properties as they are when it first crosses (assert.equal,
		// a constructor's statics)
		w := cp.c.wrapFunc(o, cp.toGuest).(*goja.Object)
		cp.push()
		cp.seen[o] = w
		cp.fill(o, w, kFunction, false)
		cp.depth--
		return w
	case kPromise:
		return cp.c.wrapPromise(o, cp.toGuest)
	case kBoxed:
		return cp.val(cp.to.rt.ToValue(primitiveOf(o)))
	}
	cp.push()
	defer func() { cp.depth-- }()
	rt := cp.to.rt
	var t *goja.Object
	switch k {
	case kArray:
		t = rt.NewArray()
	case kDate:
		ms := math.NaN()
		if tm, ok := o.Export().(time.Time); ok {
			ms = float64(tm.UnixMilli())
		}
		t = cp.construct("Date", rt.ToValue(ms))
	case kRegExp:
		src := primitiveString(o.Get("source"), "(?:)")
		var flags strings.Builder
		for _, f := range primitiveString(o.Get("flags"), "") {
			if strings.ContainsRune(reFlagLetters, f) && !strings.ContainsRune(flags.String(), f) {
				flags.WriteRune(f)
			}
		}
		t = cp.construct("RegExp", rt.ToValue(src), rt.ToValue(flags.String()))
		if li, ok := o.Get("lastIndex").(goja.Value); ok && li != nil {
			_ = t.Set("lastIndex", rt.ToValue(li.ToInteger()))
		}
		cp.seen[o] = t
		return t
	case kError:
		t = cp.copyError(o)
		cp.seen[o] = t
		cp.fill(o, t, kError, false)
		return t
	case kMap:
		t = cp.construct("Map")
	case kSet:
		t = cp.construct("Set")
	case kArrayBuffer:
		b := o.Export().(goja.ArrayBuffer).Bytes()
		cp.checkBytes(len(b))
		t = rt.ToValue(rt.NewArrayBuffer(append([]byte(nil), b...))).(*goja.Object)
		cp.seen[o] = t
		return t
	case kTyped:
		tag, _ := cp.from.typedTag(o)
		var b []byte
		_ = cp.from.rt.ExportTo(o, &b)
		cp.checkBytes(len(b))
		ab := rt.NewArrayBuffer(append([]byte(nil), b...))
		t = cp.construct(tag.String(), rt.ToValue(ab))
		cp.seen[o] = t
		if cp.from.ordinary(o, k) {
			cp.link(o, t)
		}
		return t
	default:
		if k != kProxy && o.Prototype() == nil {
			t = rt.CreateObject(nil)
		} else {
			t = rt.NewObject()
		}
	}
	cp.seen[o] = t
	cp.fill(o, t, k, false)
	if cp.from.ordinary(o, k) && cp.to.ordinary(t, k) {
		cp.link(o, t)
	}
	return t
}

func (cp *copier) link(src, dst *goja.Object) {
	if cp.toGuest {
		cp.c.link(src, dst)
	} else {
		cp.c.link(dst, src)
	}
}

func (cp *copier) push() {
	cp.depth++
	if cp.depth > cp.c.opts.MaxCopyDepth {
		cp.fail("RangeError", "Maximum copy depth exceeded: data crossing the sandbox boundary is nested deeper than %d", cp.c.opts.MaxCopyDepth)
	}
}

func (cp *copier) checkBytes(n int) {
	if n > cp.c.opts.MaxBufferSize {
		cp.fail("RangeError", "Buffer of %d bytes exceeds the sandbox limit of %d", n, cp.c.opts.MaxBufferSize)
	}
}

func (cp *copier) construct(ctor string, args ...goja.Value) *goja.Object {
	t, err := cp.to.rt.New(cp.to.ctor(ctor), args...)
	if err != nil {
		return cp.to.rt.NewObject()
	}
	return t
}

// fill copies o's content into t; with merge, t (an existing twin) loses
// what o no longer has.
func (cp *copier) fill(o, t *goja.Object, k kind, merge bool) {
	switch k {
	case kArray:
		n := o.Get("length").ToInteger()
		if n > int64(cp.c.opts.MaxArrayLength) {
			cp.fail("RangeError", "Array of %d elements exceeds the sandbox limit of %d", n, cp.c.opts.MaxArrayLength)
		}
		if merge {
			_ = t.Set("length", 0)
		}
		for i := int64(0); i < n; i++ {
			s := strconv.FormatInt(i, 10)
			_ = t.DefineDataProperty(s, cp.val(o.Get(s)), goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_TRUE)
		}
		_ = t.Set("length", n)
		return
	case kMap, kSet:
		grp := gMap
		if k == kSet {
			grp = gSet
		}
		cp.from.need(grp)
		cp.to.need(grp)
		if merge {
			clear := cp.to.mapClear
			if k == kSet {
				clear = cp.to.setClear
			}
			_, _ = clear(t)
		}
		cb := cp.from.rt.ToValue(func(call goja.FunctionCall) goja.Value {
			if k == kMap {
				key, v := cp.val(call.Argument(1)), cp.val(call.Argument(0))
				_, _ = cp.to.mapSet(t, key, v)
			} else {
				_, _ = cp.to.setAdd(t, cp.val(call.Argument(0)))
			}
			return goja.Undefined()
		})
		each := cp.from.mapForEach
		if k == kSet {
			each = cp.from.setForEach
		}
		if _, err := each(o, cb); err != nil {
			panic(err)
		}
		return
	case kTyped:
		var src, dst []byte
		_ = cp.from.rt.ExportTo(o, &src)
		_ = cp.to.rt.ExportTo(t, &dst)
		st, _ := cp.from.typedTag(o)
		dt, _ := cp.to.typedTag(t)
		if len(src) == len(dst) && st.String() == dt.String() {
			copy(dst, src)
		}
		return
	}
	keys := o.Keys()
	for _, key := range keys {
		if k == kError && (key == "stack" || key == "message") {
			continue
		}
		_ = t.DefineDataProperty(key, cp.val(o.Get(key)), goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_TRUE)
	}
	if merge {
		have := make(map[string]bool, len(keys))
		for _, key := range keys {
			have[key] = true
		}
		for _, key := range t.Keys() {
			if !have[key] {
				_ = t.Delete(key)
			}
		}
	}
}

func (cp *copier) copyError(o *goja.Object) *goja.Object {
	name := primitiveString(o.Get("name"), "Error")
	msg := primitiveString(o.Get("message"), "")
	stack := primitiveString(o.Get("stack"), "")
	ctor := "Error"
	for _, n := range errorNames {
		if n == name {
			ctor = n
		}
	}
	t := cp.construct(ctor, cp.val(cp.to.rt.ToValue(msg)))
	if name != ctor {
		_ = t.DefineDataProperty("name", cp.to.rt.ToValue(name), goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE)
	}
	if stack != "" {
		_ = t.DefineDataProperty("stack", cp.val(cp.to.rt.ToValue(errorstack.ConvertGojaStackText(stack))), goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE)
	}
	return t
}

// primitiveString is v as a string when it is a primitive, else def.
func primitiveString(v goja.Value, def string) string {
	if v == nil || goja.IsUndefined(v) || goja.IsNull(v) {
		return def
	}
	if _, ok := v.(*goja.Object); ok {
		return def
	}
	if _, ok := v.(*goja.Symbol); ok {
		return def
	}
	return v.String()
}

func primitiveOf(o *goja.Object) any {
	switch x := o.Export().(type) {
	case string, bool, int64, float64:
		return x
	}
	return nil
}

// globalProp is a global copied out, to be set on the sandbox.
type globalProp struct {
	key string
	val goja.Value
}

// copyIn merges sandbox's own enumerable properties into the guest global
// (host context); globals the sandbox no longer has are deleted. It returns
// the sandbox's keys.
func (c *Context) copyIn(sandbox *goja.Object) []string {
	cp := c.copierToGuest()
	g := c.rt.GlobalObject()
	cp.seen = map[*goja.Object]goja.Value{sandbox: g}
	keys := sandbox.Keys()
	have := make(map[string]bool, len(keys))
	for _, k := range keys {
		have[k] = true
		v := cp.val(sandbox.Get(k))
		if g.DefineDataProperty(k, v, goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_TRUE) != nil {
			// a non-configurable global (a var): change its value only, so
			// that no guest setter runs here, outside the run's limits
			_ = g.DefineDataProperty(k, v, goja.FLAG_NOT_SET, goja.FLAG_NOT_SET, goja.FLAG_NOT_SET)
		}
	}
	for _, k := range c.lastOut {
		if !have[k] {
			_ = g.Delete(k)
		}
	}
	c.link(sandbox, g)
	return keys
}

// copyOut copies the guest global's own enumerable properties to host
// values (guest context); the sandbox is updated later, in host context.
func (c *Context) copyOut(cp *copier, sandbox *goja.Object, inKeys []string) ([]globalProp, []string) {
	g := c.rt.GlobalObject()
	cp.seen = map[*goja.Object]goja.Value{g: sandbox}
	keys := g.Keys()
	out := make([]globalProp, 0, len(keys))
	have := make(map[string]bool, len(keys))
	for _, k := range keys {
		have[k] = true
		out = append(out, globalProp{k, cp.val(g.Get(k))})
	}
	c.lastOut = keys
	var gone []string
	for _, k := range inKeys {
		if !have[k] {
			gone = append(gone, k)
		}
	}
	return out, gone
}

// applyOut sets the copied globals on the sandbox (host context).
func applyOut(sandbox *goja.Object, out []globalProp, gone, inKeys []string) {
	had := make(map[string]bool, len(inKeys))
	for _, k := range inKeys {
		had[k] = true
	}
	for _, p := range out {
		if had[p.key] && p.key != "__proto__" {
			_ = sandbox.Set(p.key, p.val)
		} else {
			_ = sandbox.DefineDataProperty(p.key, p.val, goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_TRUE)
		}
	}
	for _, k := range gone {
		_ = sandbox.Delete(k)
	}
}
