// Package fs is Node's 'fs' module.
//
// Go does the system calls (binding functions in this package, raw file
// descriptors through golang.org/x/sys/unix); fs.js is the API surface:
// argument checking with Node v20's errors, flags and options, Stats and
// Dirent, ReadStream/WriteStream, watchFile and fs.promises.
//
// Every binding function takes the callback last. When it is a function the
// call runs on the process-wide worker pool (reactor.Default) and the
// callback runs later on the loop goroutine through isolate.MakeCallback;
// when it is undefined the call runs synchronously and throws on error.
// Errors are modkit.ErrnoError's: Node v20's message
// ("ENOENT: no such file or directory, open 'x'"), code, errno, syscall,
// path, dest.
//
// Relative paths resolve against the isolate's working directory
// (Host.Cwd), never the OS process's; error messages show the path as given.
//
// fs.watch uses inotify: one inotify descriptor per watcher, registered
// with Go's network poller (os.NewFile on a non-blocking fd), and one
// goroutine per watcher parked in Read — it holds no OS thread while idle.
package fs

import (
	_ "embed"
	"io"
	"os"

	"github.com/dop251/goja"
	"github.com/isonode/isonode/internal/fsroot"
	"github.com/isonode/isonode/isolate"
	"github.com/isonode/isonode/nodeapi/buffer"
	"github.com/isonode/isonode/nodeapi/modkit"
	"github.com/isonode/isonode/reactor"
	"golang.org/x/sys/unix"
)

//go:embed fs.js
var fsJS string

// Module is the registry entry for 'fs'.
var Module = modkit.Module{Name: "fs", Native: native, JS: modkit.NewScript("fs.js", fsJS)}

// opErr is a failed system call, converted to a JS error on the loop goroutine.
type opErr struct {
	err                 error
	syscall, path, dest string
	// special, when set, builds the error instead (ERR_FS_EISDIR, …).
	special func(rt *goja.Runtime) *goja.Object
}

func fail(err error, syscall, path string) *opErr {
	return &opErr{err: err, syscall: syscall, path: path}
}

// result builds the JS value of a successful call on the loop goroutine.
type result func() goja.Value

type state struct {
	c    *modkit.Context
	rt   *goja.Runtime
	iso  *isolate.Isolate
	h    *modkit.Host
	pool *reactor.Pool
	// root is where paths resolve: the embedder's file-system root, or nil
	// for the host's file system (every path syscall goes through it).
	root *fsroot.Root

	statsCtor  *goja.Object
	direntCtor *goja.Object
}

func (s *state) jsErr(e *opErr) *goja.Object {
	if e.special != nil {
		return e.special(s.rt)
	}
	return modkit.ErrnoError(s.rt, e.err, e.syscall, e.path, e.dest)
}

// do runs work synchronously (cb undefined: throw on error, return the
// result) or on the pool (cb a function: cb(err) or cb(null, result)).
func (s *state) do(cb goja.Value, kind string, work func() (result, *opErr)) goja.Value {
	fn, async := goja.AssertFunction(cb)
	if !async {
		res, e := work()
		if e != nil {
			panic(s.jsErr(e))
		}
		if res == nil {
			return goja.Undefined()
		}
		return res()
	}
	s.pool.Submit(s.iso, kind, func() func() {
		res, e := work()
		return func() {
			if e != nil {
				s.iso.MakeCallback(fn, goja.Undefined(), s.jsErr(e))
				return
			}
			if res == nil {
				s.iso.MakeCallback(fn, goja.Undefined(), goja.Null())
				return
			}
			s.iso.MakeCallback(fn, goja.Undefined(), goja.Null(), res())
		}
	})
	return goja.Undefined()
}

// abs resolves p against the isolate's working directory, without
// cleaning it (a trailing slash keeps its meaning).
func (s *state) abs(p string) string {
	if p == "" || p[0] == '/' {
		return p
	}
	cwd := s.h.Cwd
	if cwd == "" {
		cwd, _ = os.Getwd()
	}
	if cwd == "/" {
		return "/" + p
	}
	return cwd + "/" + p
}

// twoPaths makes op, a syscall on two paths' last components (rename,
// link), resolve both inside the root.
func (s *state) twoPaths(op func(from, to string) error) func(from, to string) error {
	return func(from, to string) error {
		return s.root.At(from, false, func(f string) error {
			return s.root.At(to, false, func(t string) error { return op(f, t) })
		})
	}
}

// hostWriter is where a write to fd 1 or 2 goes when the isolate's stdout
// or stderr is not that OS descriptor (a test buffer, a parent isolate).
func (s *state) hostWriter(fd int) io.Writer {
	switch {
	case fd == 1 && s.h.StdoutFd != 1 && s.h.Stdout != nil:
		return s.h.Stdout
	case fd == 2 && s.h.StderrFd != 2 && s.h.Stderr != nil:
		return s.h.Stderr
	}
	return nil
}

// hostReader is where a read of fd 0 goes when the isolate's stdin is not
// the OS's.
func (s *state) hostReader(fd int) io.Reader {
	if fd != 0 || s.h.Stdin == nil {
		return nil
	}
	if f, ok := s.h.Stdin.(*os.File); ok && f.Fd() == 0 {
		return nil
	}
	return s.h.Stdin
}

func native(c *modkit.Context) (*goja.Object, error) {
	s := &state{c: c, rt: c.RT, iso: c.Iso, h: c.Host, pool: reactor.Default(), root: c.Host.FSRoot}
	b := c.RT.NewObject()
	s.install(b)
	return b, nil
}

func (s *state) set(b *goja.Object, name string, fn func(call goja.FunctionCall) goja.Value) {
	_ = b.Set(name, fn)
}

func (s *state) str(v goja.Value) string { return v.String() }

func (s *state) int(v goja.Value) int { return int(v.ToInteger()) }

func (s *state) bytes(v goja.Value) []byte {
	b, ok := buffer.Bytes(s.rt, v)
	if !ok {
		modkit.ThrowInvalidArgType(s.rt, "buffer", "an instance of Buffer, TypedArray, or DataView", v)
	}
	return b
}

// retry calls f until it does not fail with EINTR.
func retry(f func() error) error {
	for {
		err := f()
		if err != unix.EINTR {
			return err
		}
	}
}
