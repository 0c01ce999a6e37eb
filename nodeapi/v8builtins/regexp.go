package v8builtins

import (
	"strings"

	"github.com/dop251/goja"
)

// installRegExpSource gives RegExp.prototype.source and toString V8's
// escaping. goja writes a '/' of the pattern as \u002f, also inside a
// character class: new RegExp('a/b').source is "a\u002fb" and /[/]/.source
// "[\u002f]", where V8 (and every Node) gives "a\/b" and "[/]". Tests that
// compare sources or print regexps see the difference (minimatch's do).
// The getter takes goja's text and rewrites each \u002f goja inserted: "\/"
// outside a class, "/" inside one. (A \u002f the pattern itself spelled
// out becomes "\/" too: the same regexp, as V8 would not write it.)
func installRegExpSource(rt *goja.Runtime) {
	proto, ok := rt.Get("RegExp").(*goja.Object).Get("prototype").(*goja.Object)
	if !ok {
		return
	}
	getOwn, _ := goja.AssertFunction(rt.Get("Object").(*goja.Object).Get("getOwnPropertyDescriptor"))
	d, err := getOwn(goja.Undefined(), proto, rt.ToValue("source"))
	if err != nil {
		return
	}
	desc, ok := d.(*goja.Object)
	if !ok {
		return
	}
	gojaSource, ok := goja.AssertFunction(desc.Get("get"))
	if !ok {
		return
	}
	getter := rt.ToValue(func(call goja.FunctionCall) goja.Value {
		v, err := gojaSource(call.This)
		if err != nil {
			panic(err)
		}
		s := v.String()
		if !strings.Contains(s, `\u002f`) {
			return v
		}
		return rt.ToValue(v8Source(s))
	}).(*goja.Object)
	_ = getter.DefineDataProperty("name", rt.ToValue("get source"), goja.FLAG_FALSE, goja.FLAG_FALSE, goja.FLAG_TRUE)
	_ = proto.DefineAccessorProperty("source", getter, nil, goja.FLAG_TRUE, goja.FLAG_FALSE)
	// goja's toString reads the source without the getter; the spec's
	// reads this.source and this.flags.
	toString := rt.ToValue(func(call goja.FunctionCall) goja.Value {
		o, ok := call.This.(*goja.Object)
		if !ok {
			panic(rt.NewTypeError("RegExp.prototype.toString requires that 'this' be an Object"))
		}
		return rt.ToValue("/" + o.Get("source").String() + "/" + o.Get("flags").String())
	}).(*goja.Object)
	_ = toString.DefineDataProperty("name", rt.ToValue("toString"), goja.FLAG_FALSE, goja.FLAG_FALSE, goja.FLAG_TRUE)
	_ = proto.DefineDataProperty("toString", toString, goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE)
}

// v8Source rewrites goja's escaped source as V8 escapes it.
func v8Source(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	inClass := false
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == '\\' && strings.HasPrefix(s[i:], `\u002f`):
			if inClass {
				b.WriteByte('/')
			} else {
				b.WriteString(`\/`)
			}
			i += len(`\u002f`) - 1
			continue
		case c == '\\' && i+1 < len(s):
			b.WriteByte(c)
			b.WriteByte(s[i+1])
			i++
			continue
		case c == '[':
			inClass = true
		case c == ']':
			inClass = false
		}
		b.WriteByte(c)
	}
	return b.String()
}
