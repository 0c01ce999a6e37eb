package module

import (
	"path/filepath"
	"strings"
	"sync"

	"github.com/dop251/goja"
	"github.com/isonode/isonode/internal/jscompile"
	"github.com/isonode/isonode/nodeapi/modkit"
)

// mainShimSrc runs a main module loaded without module.js (RunMain): it
// makes the module's require, which calls load, and the chain of frames
// that module.js would have on the stack under the module's code, with
// the same names and file name, so that stack filters (mocha, tap) and
// stack readers see what they expect; compile() compiles the module (and
// throws its SyntaxError) under 'Module._compile', as module.js does.
const mainShimSrc = `(function (load, requireProto, compile, mod, filename, dirname) {
  function require(path) { return load(path); }
  Object.setPrototypeOf(require, requireProto);
  var f = {
    'Module.runMain': function () { f['Module._load'](); },
    'Module._load': function () { f['Module.load'](); },
    'Module.load': function () { f['Module._extensions..js'](); mod.loaded = true; },
    'Module._extensions..js': function () { f['Module._compile'](); },
    'Module._compile': function () { compile().call(mod.exports, mod.exports, require, mod, filename, dirname); }
  };
  return [require, f['Module.runMain']];
})`

var mainShim = sync.OnceValues(func() (*goja.Program, error) {
	return jscompile.Compile("module.js", mainShimSrc, false)
})

// lazyMain is a main module run without module.js. Loop goroutine.
type lazyMain struct {
	c        *modkit.Context
	hooks    *Hooks
	process  *goja.Object
	mod      *goja.Object // the module object
	require  *goja.Object // its require function
	filename string
	failed   bool // the module threw
	adopted  bool // module.js took it over (adopt)
}

// RunMain runs the main module, process.argv[1], as Module.runMain would,
// but without loading module.js, which is a large part of an isolate's
// startup: most forked children and small scripts never need it. It does
// so when module.js is not loaded yet and argv[1] names a readable UTF-8
// file that module.js would load as JavaScript (any extension but .json
// and .node); otherwise it returns false and does nothing, and module.js
// runs the main module.
//
// The module and its require are then what module.js would have made,
// but for two things made on first use: the module's prototype
// (Module.prototype) and require's own properties (resolve, cache,
// extensions, …). Reading one of these (require.main excepted), requiring
// anything but a core module, or anything loading 'module' loads
// module.js, which then takes the module over (its prototype, require's
// properties, its entry in Module._cache).
// Loop goroutine, with process set up.
func RunMain(c *modkit.Context, process *goja.Object) (bool, error) {
	hooks, _ := c.Iso.Value(Key{}).(*Hooks)
	if hooks == nil || hooks.binding != nil || len(c.Host.Argv) < 2 {
		return false, nil
	}
	rt, h := c.RT, c.Host
	abs := h.Argv[1]
	if !filepath.IsAbs(abs) {
		abs = filepath.Join(h.Cwd, abs)
	}
	abs = filepath.Clean(abs)
	filename, content, ok := readMain(h.FSRoot, abs)
	if !ok {
		return false, nil
	}
	if ext := extname(filename); ext == ".json" || ext == ".node" {
		return false, nil
	}
	compile := func(goja.FunctionCall) goja.Value {
		return run(rt, hooks, filename, WrapperHead+content+WrapperTail, len(WrapperHead))
	}

	m := &lazyMain{c: c, hooks: hooks, process: process, filename: filename}
	// the properties in the order module.js gives them
	m.mod = rt.NewObject()
	_ = m.mod.Set("id", ".")
	_ = m.mod.Set("exports", rt.NewObject())
	_ = m.mod.Set("parent", goja.Null())
	_ = m.mod.Set("filename", filename)
	_ = m.mod.Set("loaded", false)
	_ = m.mod.Set("children", rt.NewArray())
	_ = m.mod.Set("paths", stringArray(rt, nodeModulePaths(filepath.Dir(filename))))
	_ = m.mod.SetPrototype(rt.NewDynamicObject(lazyProto{m, m.mod, modProtoNames}))
	_ = process.Set("mainModule", m.mod)

	prg, err := mainShim()
	if err != nil {
		return true, err
	}
	shim, err := rt.RunProgram(prg)
	if err != nil {
		return true, err
	}
	shimFn, _ := goja.AssertFunction(shim)
	reqProto := rt.NewDynamicObject(lazyProto{m, nil, requireProtoNames})
	_ = reqProto.SetPrototype(shim.ToObject(rt).Prototype()) // Function.prototype
	pair, err := shimFn(goja.Undefined(), rt.ToValue(m.load), reqProto, rt.ToValue(compile), m.mod,
		rt.ToValue(filename), rt.ToValue(filepath.Dir(filename)))
	if err != nil {
		return true, err
	}
	m.require = pair.ToObject(rt).Get("0").ToObject(rt)
	runMain, _ := goja.AssertFunction(pair.ToObject(rt).Get("1"))
	c.WhenLoaded("module", func(goja.Value) { m.adopt() })
	if _, err := runMain(goja.Undefined()); err != nil {
		m.failed = true
		if m.adopted {
			// as Module._load, which drops a module that threw
			if cache, ok := c.Require("module").ToObject(rt).Get("_cache").(*goja.Object); ok {
				_ = cache.Delete(filename)
			}
		}
		return true, err
	}
	return true, nil
}

// load is the main module's require(path) until module.js takes the module
// over: a core module comes straight from the core loader, as
// Module._load would give it; anything else loads module.js first.
func (m *lazyMain) load(call goja.FunctionCall) goja.Value {
	rt := m.c.RT
	p := call.Argument(0)
	if !m.adopted {
		if _, isObj := p.(*goja.Object); !isObj && goja.IsString(p) && m.hooks.IsCore(p.String()) {
			return requireCore(rt, m.hooks, p.String())
		}
		m.c.Require("module")
	}
	req, ok := goja.AssertFunction(m.mod.Get("require"))
	if !ok {
		panic(rt.NewTypeError("module.require is not a function"))
	}
	v, err := req(m.mod, p)
	if err != nil {
		panic(err)
	}
	return v
}

// adopt hands the module over to module.js, just loaded. Loop goroutine.
func (m *lazyMain) adopt() {
	if m.adopted || m.hooks.binding == nil {
		return
	}
	m.adopted = true
	fn, _ := goja.AssertFunction(m.hooks.binding.Get("adoptMain"))
	if fn == nil {
		return
	}
	rt := m.c.RT
	if _, err := fn(goja.Undefined(), m.mod, m.require, rt.ToValue(m.filename), rt.ToValue(m.failed)); err != nil {
		panic(err)
	}
}

// The names that the module's and its require's lazy prototypes stand for
// (Module.prototype's; require's own properties).
var (
	modProtoNames     = []string{"constructor", "load", "require", "_compile"}
	requireProtoNames = []string{"resolve", "main", "extensions", "registerExtension", "cache", "paths"}
)

// lazyProto is the prototype of the main module (then target is the
// module) or of its require function (target nil) until module.js takes
// them over: reading one of names through it loads module.js, and then
// reads the name from the object adopted.
type lazyProto struct {
	m      *lazyMain
	target *goja.Object
	names  []string
}

func (l lazyProto) Has(key string) bool {
	for _, n := range l.names {
		if n == key {
			return true
		}
	}
	return false
}

func (l lazyProto) Get(key string) goja.Value {
	if !l.Has(key) {
		return nil
	}
	if key == "main" && l.target == nil && !l.m.adopted {
		// require.main is process.mainModule: `require.main === module`
		// needs no module.js
		return l.m.process.Get("mainModule")
	}
	l.m.c.Require("module")
	if !l.m.adopted {
		return nil
	}
	t := l.target
	if t == nil {
		t = l.m.require
	}
	return t.Get(key)
}

// Set and Delete concern the prototype object itself (an assignment to
// the module or require makes an own property there, as usual).
func (lazyProto) Set(string, goja.Value) bool { return false }
func (lazyProto) Delete(string) bool          { return false }

func (l lazyProto) Keys() []string {
	if l.target != nil {
		return []string{"load", "require", "_compile"}
	}
	return nil
}

// nodeModulePaths lists the node_modules folders from dir (absolute and
// clean) up to the root, nearest first (Module._nodeModulePaths).
func nodeModulePaths(dir string) []string {
	parts := strings.Split(dir, "/")
	paths := make([]string, 0, len(parts))
	for tip := len(parts) - 1; tip >= 0; tip-- {
		if parts[tip] == "node_modules" {
			continue
		}
		paths = append(paths, strings.Join(parts[:tip+1], "/")+"/node_modules")
	}
	return paths
}

func stringArray(rt *goja.Runtime, ss []string) *goja.Object {
	vals := make([]any, len(ss))
	for i, s := range ss {
		vals[i] = s
	}
	return rt.NewArray(vals...)
}

// requireCore is a user module's require of a core module: refused when
// the embedder's allow-list says so.
func requireCore(rt *goja.Runtime, hooks *Hooks, name string) goja.Value {
	if hooks.Allowed != nil && !hooks.Allowed(name) {
		panic(modkit.NewError(rt, "Error", "ERR_ACCESS_DENIED", "Access to this API has been restricted: require('"+name+"')"))
	}
	return hooks.RequireCore(name)
}
