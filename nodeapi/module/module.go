// Package module is Node's module system ('module'): the CommonJS loader of
// v0.10 written in JS (module.js) so that npm code can patch it as it does
// in Node (Module._load, Module._extensions, Module.prototype._compile,
// Module._resolveFilename), over a Go binding that stats, reads and compiles
// files. Compiled programs are cached process-wide by file name and source,
// so a thousand isolates running the same script compile it once. The main
// script usually runs before module.js loads, and often without it
// (RunMain, main.go): module.js then loads on first need and adopts it.
package module

import (
	_ "embed"
	"encoding/json"
	"errors"
	"io"
	"os"
	"path/filepath"
	"strings"
	"sync"

	"github.com/dop251/goja"
	"github.com/dop251/goja/parser"
	"github.com/isonode/isonode/internal/fsroot"
	"github.com/isonode/isonode/internal/jscompile"
	"github.com/isonode/isonode/nodeapi/errorstack"
	"github.com/isonode/isonode/nodeapi/modkit"
	"github.com/isonode/isonode/nodeapi/v8builtins"
	"golang.org/x/sys/unix"
)

//go:embed module.js
var moduleJS string

// Module is the registry entry for 'module'.
var Module = modkit.Module{Name: "module", Native: native, JS: modkit.NewScript("module.js", moduleJS)}

// WrapperHead and WrapperTail wrap a user module (Module.wrapper). The head
// has no newline, so line numbers in stacks match the file.
const (
	WrapperHead = "(function (exports, require, module, __filename, __dirname) { "
	WrapperTail = "\n});"
)

// Hooks are supplied by nodeapi: the core-module loader and where compile
// errors' source positions are recorded for the uncaught-error printer.
type Hooks struct {
	RequireCore func(name string) goja.Value
	IsCore      func(name string) bool
	// Allowed, when not nil, says which core modules user code may require
	// (see modkit.Host.AllowModule); RequireCore itself does not ask it.
	Allowed      func(name string) bool
	CoreNames    []string
	SyntaxSource func(err *goja.Object, file string, line, col int, srcLine string)
	// Home and NodePath are $HOME and $NODE_PATH as the isolate started
	// with them: module.js computes Module.globalPaths from these when it
	// loads, which for -e code can be after the code changed process.env.
	Home, NodePath string

	binding *goja.Object // module.js's binding, once loaded
}

// EvalModule returns the module and require that code run in the global
// scope by `node -e` sees, as Module._evalScript makes them, with paths
// relative to cwd. module.js must be loaded (RequireCore("module")).
func (h *Hooks) EvalModule(rt *goja.Runtime, name, cwd string) (mod, require goja.Value, err error) {
	fn, _ := goja.AssertFunction(h.binding.Get("evalModule"))
	v, err := fn(goja.Undefined(), rt.ToValue(name), rt.ToValue(cwd))
	if err != nil {
		return nil, nil, err
	}
	pair := v.(*goja.Object)
	return pair.Get("0"), pair.Get("1"), nil
}

// RunInThisContext runs code in the global scope of rt as
// binding.runInThisContext does (compile cache, Node-style SyntaxError) and
// returns its completion value; it panics with what the code throws.
func RunInThisContext(rt *goja.Runtime, hooks *Hooks, name, code string) goja.Value {
	return run(rt, hooks, name, code, 0)
}

// Key is the per-isolate Value key under which nodeapi stores the Hooks.
type Key struct{}

func native(c *modkit.Context) (*goja.Object, error) {
	rt, h := c.RT, c.Host
	hooks, _ := c.Iso.Value(Key{}).(*Hooks)
	if hooks == nil {
		return nil, errors.New("module: hooks not installed")
	}
	b := rt.NewObject()
	hooks.binding = b
	set := func(k string, v any) { _ = b.Set(k, v) }
	abs := func(p string) string {
		if !filepath.IsAbs(p) {
			p = filepath.Join(h.Cwd, p)
		}
		return p
	}
	// Files are read where the isolate's fs reads them: inside
	// h.FSRoot when the embedder set one (nil: the host's file system).
	// stat(path) → 0 file, 1 directory, -1 neither
	set("stat", func(call goja.FunctionCall) goja.Value {
		var st os.FileInfo
		err := h.FSRoot.At(abs(call.Argument(0).String()), true, func(op string) (err error) {
			st, err = os.Stat(op)
			return err
		})
		switch {
		case err != nil:
			return rt.ToValue(-1)
		case st.IsDir():
			return rt.ToValue(1)
		}
		return rt.ToValue(0)
	})
	set("readFile", func(call goja.FunctionCall) goja.Value {
		p := call.Argument(0).String()
		data, err := readFile(h.FSRoot, abs(p))
		if err != nil {
			panic(modkit.ErrnoError(rt, err, "open", p, ""))
		}
		return rt.ToValue(string(data))
	})
	set("realpath", func(call goja.FunctionCall) goja.Value {
		p := abs(call.Argument(0).String())
		if r, err := h.FSRoot.Realpath(p); err == nil {
			return rt.ToValue(r)
		}
		return rt.ToValue(p)
	})
	set("resolve", func(call goja.FunctionCall) goja.Value {
		p := h.Cwd
		for _, a := range call.Arguments {
			s := a.String()
			if filepath.IsAbs(s) {
				p = s
			} else if s != "" {
				p = filepath.Join(p, s)
			}
		}
		return rt.ToValue(filepath.Clean(p))
	})
	set("dirname", func(call goja.FunctionCall) goja.Value {
		return rt.ToValue(filepath.Dir(call.Argument(0).String()))
	})
	set("extname", func(call goja.FunctionCall) goja.Value {
		return rt.ToValue(extname(call.Argument(0).String()))
	})
	// nodeModulePaths(from) → Module._nodeModulePaths(from)
	set("nodeModulePaths", func(call goja.FunctionCall) goja.Value {
		return stringArray(rt, nodeModulePaths(filepath.Clean(abs(call.Argument(0).String()))))
	})
	// jsonError(content) → JSON.parse's message for content, or undefined
	// if it is valid JSON.
	set("jsonError", func(call goja.FunctionCall) goja.Value {
		if msg, ok := describeJSONError(call.Argument(0).String()); ok {
			return rt.ToValue(msg)
		}
		return goja.Undefined()
	})
	set("cwd", func(goja.FunctionCall) goja.Value { return rt.ToValue(h.Cwd) })
	set("home", func(goja.FunctionCall) goja.Value {
		if v, ok := h.Env.Get("HOME"); ok {
			return rt.ToValue(v)
		}
		return goja.Undefined()
	})
	set("nodePath", func(goja.FunctionCall) goja.Value {
		v, _ := h.Env.Get("NODE_PATH")
		return rt.ToValue(v)
	})
	set("execPath", h.ExecPath)
	set("startHome", hooks.Home)
	set("startNodePath", hooks.NodePath)
	set("requireCore", func(call goja.FunctionCall) goja.Value {
		return requireCore(rt, hooks, call.Argument(0).String())
	})
	set("isCore", func(call goja.FunctionCall) goja.Value {
		return rt.ToValue(hooks.IsCore(call.Argument(0).String()))
	})
	names := make([]any, len(hooks.CoreNames))
	for i, n := range hooks.CoreNames {
		names[i] = n
	}
	set("coreNames", rt.NewArray(names...))
	set("wrapperHead", WrapperHead)
	set("wrapperTail", WrapperTail)
	// compileFunction(content, filename) → the module wrapper function
	set("compileFunction", func(call goja.FunctionCall) goja.Value {
		name := call.Argument(1).String()
		src := WrapperHead + call.Argument(0).String() + WrapperTail
		return run(rt, hooks, name, src, len(WrapperHead))
	})
	// runInThisContext(code, filename) → the script's completion value
	set("runInThisContext", func(call goja.FunctionCall) goja.Value {
		return run(rt, hooks, call.Argument(1).String(), call.Argument(0).String(), 0)
	})
	return b, nil
}

// readFile reads the file at p (an absolute path in the isolate's view).
func readFile(root *fsroot.Root, p string) ([]byte, error) {
	fd, err := root.Open(p, unix.O_RDONLY, 0)
	if err != nil {
		return nil, &os.PathError{Op: "open", Path: p, Err: err}
	}
	f := os.NewFile(uintptr(fd), p)
	defer f.Close()
	return io.ReadAll(f)
}

// describeJSONError is JSON.parse's message for src (V8's, as
// v8builtins gives it), and false if src is valid JSON.
func describeJSONError(src string) (string, bool) {
	if json.Valid([]byte(src)) {
		return "", false
	}
	return v8builtins.JSONSyntaxMessage(src), true
}

func run(rt *goja.Runtime, hooks *Hooks, name, src string, headLen int) goja.Value {
	prg, err := compile(name, src)
	if err != nil {
		panic(syntaxError(rt, hooks, name, src, err, headLen))
	}
	v, err := rt.RunProgram(prg)
	if err != nil {
		panic(err)
	}
	return v
}

// The compile cache: programs are immutable, so isolates share them.
var (
	cacheMu sync.Mutex
	cache   = make(map[string]*goja.Program)
	sources = make(map[string]string) // file name → last compiled wrapped source
)

const maxCachedPrograms = 4096

func compile(name, src string) (*goja.Program, error) {
	key := name + "\x00" + src
	cacheMu.Lock()
	prg := cache[key]
	cacheMu.Unlock()
	if prg != nil {
		return prg, nil
	}
	prg, err := jscompile.Compile(name, src, false)
	if err != nil {
		return nil, err
	}
	cacheMu.Lock()
	if len(cache) < maxCachedPrograms {
		cache[key] = prg
		sources[name] = src
	}
	cacheMu.Unlock()
	return prg, nil
}

// SourceOf returns the source (as compiled, wrapper included) of a file
// some isolate loaded, for printing the line an uncaught error points at.
// Any goroutine.
func SourceOf(name string) (string, bool) {
	cacheMu.Lock()
	defer cacheMu.Unlock()
	src, ok := sources[name]
	return src, ok
}

// syntaxError turns a goja compile error into a JS SyntaxError and records
// where it is, so that an uncaught one prints "file:line", the line and a
// caret, as Node does.
func syntaxError(rt *goja.Runtime, hooks *Hooks, name, src string, err error, headLen int) *goja.Object {
	msg, offset := err.Error(), -1
	var line, col int
	var cse *goja.CompilerSyntaxError
	if errors.As(err, &cse) {
		msg, offset = cse.Message, cse.Offset
	}
	// goja flattens parse errors into the message; parse again for the
	// first error's position.
	if _, perr := parser.ParseFile(nil, name, src, 0); perr != nil {
		var list parser.ErrorList
		if errors.As(perr, &list) && len(list) > 0 {
			msg, offset = list[0].Message, -1
			line, col = list[0].Position.Line, list[0].Position.Column
		}
	}
	if offset >= 0 && offset <= len(src) {
		line = strings.Count(src[:offset], "\n") + 1
		col = offset - strings.LastIndexByte(src[:offset], '\n')
	}
	srcLine := ""
	if line > 0 {
		lines := strings.SplitN(src, "\n", line+1)
		if line <= len(lines) {
			srcLine = lines[line-1]
		}
		if line == 1 && headLen > 0 && len(srcLine) >= headLen {
			srcLine = srcLine[headLen:]
			col -= headLen
		}
	}
	msg = strings.TrimPrefix(msg, "SyntaxError: ")
	obj := modkit.NewError(rt, "SyntaxError", "", msg)
	if line > 0 {
		// e.stack starts with the location, the line and a caret (v0.10's
		// test-vm-syntax-error-stderr reads them from a caught error);
		// recorded as a source of line 0, an uncaught one prints no other.
		errorstack.SetSyntaxErrorStack(rt, obj, name, line, col, srcLine, msg)
		if hooks.SyntaxSource != nil {
			hooks.SyntaxSource(obj, name, 0, 0, "")
		}
	}
	return obj
}
