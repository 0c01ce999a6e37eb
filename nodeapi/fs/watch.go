package fs

import (
	"os"
	"path/filepath"
	"unsafe"

	"github.com/dop251/goja"
	"github.com/isonode/isonode/isolate"
	"github.com/isonode/isonode/nodeapi/modkit"
	"golang.org/x/sys/unix"
)

const (
	watchMask = unix.IN_ATTRIB | unix.IN_CREATE | unix.IN_MODIFY | unix.IN_DELETE |
		unix.IN_DELETE_SELF | unix.IN_MOVE_SELF | unix.IN_MOVED_FROM | unix.IN_MOVED_TO
	changeMask = unix.IN_ATTRIB | unix.IN_MODIFY
)

// watcher is one fs.watch: an inotify descriptor (non-blocking, registered
// with Go's poller through os.NewFile) read by one goroutine that posts
// events to the loop. The goroutine is parked in the poller while idle and
// ends when close() closes the file.
type watcher struct {
	s       *state
	f       *os.File
	handle  *isolate.Handle
	onEvent goja.Callable
	base    string
	closed  bool // loop goroutine only
}

type inotifyEvent struct {
	change bool
	name   string
}

func (s *state) installWatch(b *goja.Object) {
	// watch(path, persistent, onEvent(eventType, filename)) → {close, ref, unref}
	s.set(b, "watch", func(call goja.FunctionCall) goja.Value {
		p := s.str(call.Argument(0))
		ap := s.abs(p)
		persistent := call.Argument(1).ToBoolean()
		onEvent, _ := goja.AssertFunction(call.Argument(2))
		fd, err := unix.InotifyInit1(unix.IN_NONBLOCK | unix.IN_CLOEXEC)
		if err != nil {
			panic(s.watchErr(err, p))
		}
		err = s.root.At(ap, true, func(op string) error { _, err := unix.InotifyAddWatch(fd, op, watchMask); return err })
		if err != nil {
			unix.Close(fd)
			panic(s.watchErr(err, p))
		}
		w := &watcher{s: s, f: os.NewFile(uintptr(fd), "inotify"), onEvent: onEvent, base: filepath.Base(ap)}
		w.handle = s.iso.NewHandle("FSWatcher")
		if !persistent {
			w.handle.Unref()
		}
		go w.read()
		o := s.rt.NewObject()
		s.set(o, "close", func(goja.FunctionCall) goja.Value { w.close(); return goja.Undefined() })
		s.set(o, "ref", func(goja.FunctionCall) goja.Value { w.handle.Ref(); return goja.Undefined() })
		s.set(o, "unref", func(goja.FunctionCall) goja.Value { w.handle.Unref(); return goja.Undefined() })
		return o
	})
}

func (s *state) watchErr(err error, p string) *goja.Object {
	e := modkit.ErrnoError(s.rt, err, "watch", p, "")
	_ = e.Set("filename", p)
	return e
}

func (w *watcher) close() {
	if w.closed {
		return
	}
	w.closed = true
	w.handle.Close()
	w.f.Close() // wakes the reader with an error
}

// read runs on the watcher's goroutine.
func (w *watcher) read() {
	buf := make([]byte, 64*1024)
	for {
		n, err := w.f.Read(buf)
		if err != nil || n <= 0 {
			return
		}
		var evs []inotifyEvent
		for off := 0; off+unix.SizeofInotifyEvent <= n; {
			ev := (*unix.InotifyEvent)(unsafe.Pointer(&buf[off]))
			nameBytes := buf[off+unix.SizeofInotifyEvent : off+unix.SizeofInotifyEvent+int(ev.Len)]
			off += unix.SizeofInotifyEvent + int(ev.Len)
			if ev.Mask&unix.IN_IGNORED != 0 || ev.Mask&watchMask == 0 {
				continue
			}
			name := w.base
			if ev.Len > 0 {
				i := 0
				for i < len(nameBytes) && nameBytes[i] != 0 {
					i++
				}
				name = string(nameBytes[:i])
			}
			// as libuv/Node: any event beyond attrib/modify is a 'rename'
			evs = append(evs, inotifyEvent{change: ev.Mask&^changeMask == 0, name: name})
		}
		if len(evs) == 0 {
			continue
		}
		if !w.s.iso.Post(func() { w.deliver(evs) }) {
			w.f.Close()
			return
		}
	}
}

func (w *watcher) deliver(evs []inotifyEvent) {
	rt := w.s.rt
	for _, ev := range evs {
		if w.closed {
			return
		}
		kind := "rename"
		if ev.change {
			kind = "change"
		}
		w.s.iso.MakeCallback(w.onEvent, goja.Undefined(), rt.ToValue(kind), rt.ToValue(ev.name))
	}
}
