// Package tty is Node's 'tty' module (isatty, ReadStream, WriteStream) and
// the internal module 'internal/stdio' that builds process.stdin,
// process.stdout and process.stderr.
//
// The Go half (the binding both JS halves share) knows the isolate's Host:
// fds 0, 1 and 2 are the Host's Stdin, Stdout and Stderr (which need not be
// OS files: a test's buffer, a pipe to a parent isolate); other fds are OS
// file descriptors.
//
// Writes are synchronous: write(fd, chunk) returns when the Host writer has
// taken the bytes, as Node's stdout and stderr writes are for files and
// terminals (for pipes Node writes asynchronously; isonode writes them
// synchronously too, which only changes when a write's callback could run).
//
// Reads run on a goroutine per stream (reader.go), one read at a time and
// only while the JS stream wants data; chunks come back to the loop through
// isolate.Post. The stream's Handle is ref'd only while reading, so a script
// that never reads stdin exits normally.
//
// Raw mode (setRawMode) changes the terminal's termios; RestoreTerminals puts
// back every terminal changed, and the node command calls it before exiting.
package tty

import (
	_ "embed"
	"io"
	"os"
	"os/signal"
	"sync"

	"github.com/dop251/goja"
	"github.com/isonode/isonode/nodeapi/buffer"
	"github.com/isonode/isonode/nodeapi/modkit"
	"golang.org/x/sys/unix"
)

//go:embed tty.js
var ttyJS string

//go:embed stdio.js
var stdioJS string

// Module is the registry entry for 'tty'.
var Module = modkit.Module{Name: "tty", Native: native, JS: modkit.NewScript("tty.js", ttyJS)}

// StdioModule is the registry entry for 'internal/stdio', which process.js
// uses to create process.stdin, process.stdout and process.stderr.
var StdioModule = modkit.Module{
	Name:     "internal/stdio",
	Native:   native,
	JS:       modkit.NewScript("internal/stdio.js", stdioJS),
	Internal: true,
}

type bindingKey struct{}

func native(c *modkit.Context) (*goja.Object, error) {
	// Both modules share one binding per isolate.
	if b, ok := c.Iso.Value(bindingKey{}).(*goja.Object); ok {
		return b, nil
	}
	b := newBinding(c)
	c.Iso.SetValue(bindingKey{}, b)
	return b, nil
}

func newBinding(c *modkit.Context) *goja.Object {
	rt, h, iso := c.RT, c.Host, c.Iso
	b := rt.NewObject()
	set := func(k string, v any) { _ = b.Set(k, v) }
	fdArg := func(call goja.FunctionCall) int { return int(call.Argument(0).ToInteger()) }

	// isatty(fd) → whether fd (0–2: the Host's stdio) is a terminal.
	set("isatty", func(call goja.FunctionCall) goja.Value {
		return rt.ToValue(modkit.IsTerminal(h.OSFd(fdArg(call))))
	})
	// handleType(fd) → 'TTY', 'FILE', 'PIPE' or 'UNKNOWN', as libuv's
	// uv_guess_handle names them.
	set("handleType", func(call goja.FunctionCall) goja.Value {
		return rt.ToValue(handleType(h, fdArg(call)))
	})
	// getWindowSize(fd) → [columns, rows], or undefined when fd is no terminal.
	set("getWindowSize", func(call goja.FunctionCall) goja.Value {
		fd := h.OSFd(fdArg(call))
		if fd < 0 {
			return goja.Undefined()
		}
		ws, err := unix.IoctlGetWinsize(fd, unix.TIOCGWINSZ)
		if err != nil || ws.Col == 0 {
			return goja.Undefined()
		}
		return rt.NewArray(int(ws.Col), int(ws.Row))
	})
	// setRawMode(fd, raw) puts the terminal in raw mode (libuv's
	// UV_TTY_MODE_RAW) or back to the mode it had before.
	set("setRawMode", func(call goja.FunctionCall) goja.Value {
		fd := h.OSFd(fdArg(call))
		if err := setRawMode(fd, call.Argument(1).ToBoolean()); err != nil {
			panic(modkit.ErrnoError(rt, err, "setRawMode", "", ""))
		}
		return goja.Undefined()
	})
	// write(fd, chunk) writes a string (UTF-8) or the bytes of a
	// Uint8Array, synchronously.
	set("write", func(call goja.FunctionCall) goja.Value {
		fd := fdArg(call)
		chunk := call.Argument(1)
		var err error
		w := writerOf(h, fd)
		if data, ok := buffer.Bytes(rt, chunk); ok {
			_, err = w.Write(data)
		} else {
			_, err = io.WriteString(w, chunk.String())
		}
		if err != nil {
			panic(modkit.ErrnoError(rt, err, "write", "", ""))
		}
		return goja.Undefined()
	})
	// reader(fd, onChunk) → {start(ref), stop(), close()}: see reader.go.
	set("reader", func(call goja.FunctionCall) goja.Value {
		fd := fdArg(call)
		cb, ok := goja.AssertFunction(call.Argument(1))
		if !ok {
			modkit.ThrowInvalidArgType(rt, "onChunk", "of type function", call.Argument(1))
		}
		var src io.Reader
		if fd == 0 {
			src = h.Stdin
		} else {
			src = fdReader(fd)
		}
		kind := handleType(h, fd)
		return newReader(c, src, kind, cb)
	})
	// watchResize(cb) calls cb on the loop whenever the process gets
	// SIGWINCH (the terminal was resized). It does not keep the loop alive.
	set("watchResize", func(call goja.FunctionCall) goja.Value {
		cb, ok := goja.AssertFunction(call.Argument(0))
		if !ok {
			return goja.Undefined()
		}
		ch := make(chan os.Signal, 1)
		signal.Notify(ch, unix.SIGWINCH)
		go func() {
			defer signal.Stop(ch)
			for range ch {
				if !iso.Post(func() { iso.MakeCallback(cb, goja.Undefined()) }) {
					return
				}
			}
		}()
		return goja.Undefined()
	})
	// suspend() stops the process (SIGTSTP, as ^Z in a cooked terminal
	// would); it returns once the process is continued.
	set("suspend", func(goja.FunctionCall) goja.Value {
		_ = unix.Kill(os.Getpid(), unix.SIGTSTP)
		return goja.Undefined()
	})
	return b
}

func handleType(h *modkit.Host, fd int) string {
	ofd := h.OSFd(fd)
	if ofd < 0 {
		if fd <= 2 {
			return "PIPE"
		}
		return "UNKNOWN"
	}
	if modkit.IsTerminal(ofd) {
		return "TTY"
	}
	var st unix.Stat_t
	if err := unix.Fstat(ofd, &st); err != nil {
		return "UNKNOWN"
	}
	switch st.Mode & unix.S_IFMT {
	case unix.S_IFREG, unix.S_IFCHR:
		return "FILE"
	case unix.S_IFIFO, unix.S_IFSOCK:
		return "PIPE"
	}
	return "UNKNOWN"
}

func writerOf(h *modkit.Host, fd int) io.Writer {
	switch fd {
	case 1:
		return h.Stdout
	case 2:
		return h.Stderr
	}
	return fdWriter(fd)
}

// fdWriter writes to an OS fd without owning it (an *os.File would close
// it when collected).
type fdWriter int

func (w fdWriter) Write(p []byte) (int, error) {
	n := 0
	for n < len(p) {
		m, err := unix.Write(int(w), p[n:])
		if err == unix.EINTR {
			continue
		}
		if err == unix.EAGAIN {
			// A non-blocking fd: wait until it is writable.
			fds := []unix.PollFd{{Fd: int32(w), Events: unix.POLLOUT}}
			_, _ = unix.Poll(fds, -1)
			continue
		}
		if err != nil {
			return n, err
		}
		n += m
	}
	return n, nil
}

// fdReader reads an OS fd without owning it.
type fdReader int

func (r fdReader) Read(p []byte) (int, error) {
	for {
		n, err := unix.Read(int(r), p)
		if err == unix.EINTR {
			continue
		}
		if err == unix.EAGAIN {
			fds := []unix.PollFd{{Fd: int32(r), Events: unix.POLLIN}}
			_, _ = unix.Poll(fds, -1)
			continue
		}
		if err != nil {
			return 0, err
		}
		if n == 0 {
			return 0, io.EOF
		}
		return n, nil
	}
}

// ---- raw mode --------------------------------------------------------------

var (
	termMu    sync.Mutex
	origModes = map[int]*unix.Termios{}
)

func setRawMode(fd int, raw bool) error {
	if fd < 0 {
		return unix.ENOTTY
	}
	termMu.Lock()
	defer termMu.Unlock()
	orig := origModes[fd]
	if !raw {
		if orig == nil {
			return nil
		}
		if err := unix.IoctlSetTermios(fd, unix.TCSETSW, orig); err != nil {
			return err
		}
		delete(origModes, fd)
		return nil
	}
	cur, err := unix.IoctlGetTermios(fd, unix.TCGETS)
	if err != nil {
		return err
	}
	if orig == nil {
		saved := *cur
		origModes[fd] = &saved
	}
	t := *cur
	t.Iflag &^= unix.BRKINT | unix.ICRNL | unix.INPCK | unix.ISTRIP | unix.IXON
	t.Oflag |= unix.ONLCR
	t.Cflag |= unix.CS8
	t.Lflag &^= unix.ECHO | unix.ICANON | unix.IEXTEN | unix.ISIG
	t.Cc[unix.VMIN] = 1
	t.Cc[unix.VTIME] = 0
	return unix.IoctlSetTermios(fd, unix.TCSETSW, &t)
}

// RestoreTerminals puts every terminal that some isolate set to raw mode
// back to the mode it had before. Any goroutine; the node command calls it
// before the process exits.
func RestoreTerminals() {
	termMu.Lock()
	defer termMu.Unlock()
	for fd, t := range origModes {
		_ = unix.IoctlSetTermios(fd, unix.TCSETSW, t)
		delete(origModes, fd)
	}
}
