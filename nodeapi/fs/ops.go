package fs

import (
	"crypto/rand"
	"errors"
	"io"
	"os"
	"path/filepath"
	"strings"
	"unsafe"

	"github.com/dop251/goja"
	"github.com/isonode/isonode/nodeapi/buffer"
	"github.com/isonode/isonode/nodeapi/modkit"
	"golang.org/x/sys/unix"
)

const copyfileExcl = 1 // fs.constants.COPYFILE_EXCL

// install puts the binding functions on b. Argument checking is fs.js's
// job: these trust the types they are given.
func (s *state) install(b *goja.Object) {
	rt := s.rt
	s.set(b, "setup", func(call goja.FunctionCall) goja.Value {
		s.statsCtor = call.Argument(0).ToObject(rt)
		s.direntCtor = call.Argument(1).ToObject(rt)
		return goja.Undefined()
	})
	s.set(b, "invalidArgType", func(call goja.FunctionCall) goja.Value {
		modkit.ThrowInvalidArgType(rt, call.Argument(0).String(), call.Argument(1).String(), call.Argument(2))
		return nil
	})
	s.set(b, "describe", func(call goja.FunctionCall) goja.Value {
		return rt.ToValue(modkit.DescribeReceived(call.Argument(0)))
	})
	s.set(b, "cwd", func(goja.FunctionCall) goja.Value { return rt.ToValue(s.h.Cwd) })

	// open(path, flags, mode, cb) → fd
	s.set(b, "open", func(call goja.FunctionCall) goja.Value {
		p, flags, mode := s.str(call.Argument(0)), s.int(call.Argument(1)), uint32(call.Argument(2).ToInteger())
		ap := s.abs(p)
		return s.do(call.Argument(3), "fs.open", func() (result, *opErr) {
			fd, err := s.root.Open(ap, flags, mode)
			if err != nil {
				return nil, fail(err, "open", p)
			}
			return func() goja.Value { return rt.ToValue(fd) }, nil
		})
	})
	s.set(b, "close", func(call goja.FunctionCall) goja.Value {
		fd := s.int(call.Argument(0))
		return s.do(call.Argument(1), "fs.close", func() (result, *opErr) {
			if err := unix.Close(fd); err != nil && err != unix.EINTR {
				return nil, fail(err, "close", "")
			}
			return nil, nil
		})
	})
	// read(fd, buffer, offset, length, position (-1: current), cb) → bytesRead
	s.set(b, "read", func(call goja.FunctionCall) goja.Value {
		fd, buf := s.int(call.Argument(0)), s.bytes(call.Argument(1))
		off, n, pos := s.int(call.Argument(2)), s.int(call.Argument(3)), call.Argument(4).ToInteger()
		dst := buf[off : off+n]
		r := s.hostReader(fd)
		return s.do(call.Argument(5), "fs.read", func() (result, *opErr) {
			var got int
			var err error
			switch {
			case r != nil:
				got, err = r.Read(dst)
				if err == io.EOF {
					err = nil
				}
			case pos >= 0:
				err = retry(func() (err error) { got, err = unix.Pread(fd, dst, pos); return })
			default:
				err = retry(func() (err error) { got, err = unix.Read(fd, dst); return })
			}
			if err != nil {
				return nil, fail(err, "read", "")
			}
			return func() goja.Value { return rt.ToValue(got) }, nil
		})
	})
	// write(fd, buffer, offset, length, position (-1: current), cb) → bytesWritten
	s.set(b, "write", func(call goja.FunctionCall) goja.Value {
		fd, buf := s.int(call.Argument(0)), s.bytes(call.Argument(1))
		off, n, pos := s.int(call.Argument(2)), s.int(call.Argument(3)), call.Argument(4).ToInteger()
		return s.writeOp(fd, buf[off:off+n], pos, call.Argument(5))
	})
	// writeString(fd, string, position, encoding, cb) → bytesWritten
	s.set(b, "writeString", func(call goja.FunctionCall) goja.Value {
		fd := s.int(call.Argument(0))
		data := buffer.Encode(buffer.StrOf(call.Argument(1)), buffer.Encoding(call.Argument(3).ToInteger()))
		return s.writeOp(fd, data, call.Argument(2).ToInteger(), call.Argument(4))
	})
	// rename(from, to, cb) and link(from, to, cb): two paths, errors name both.
	twoPaths := func(name string, op func(from, to string) error) {
		op = s.twoPaths(op)
		s.set(b, name, func(call goja.FunctionCall) goja.Value {
			from, to := s.str(call.Argument(0)), s.str(call.Argument(1))
			af, at := s.abs(from), s.abs(to)
			return s.do(call.Argument(2), "fs."+name, func() (result, *opErr) {
				if err := op(af, at); err != nil {
					return nil, &opErr{err: err, syscall: name, path: from, dest: to}
				}
				return nil, nil
			})
		})
	}
	twoPaths("rename", unix.Rename)
	twoPaths("link", unix.Link)
	s.set(b, "ftruncate", func(call goja.FunctionCall) goja.Value {
		fd, n := s.int(call.Argument(0)), call.Argument(1).ToInteger()
		return s.do(call.Argument(2), "fs.ftruncate", func() (result, *opErr) {
			if err := retry(func() error { return unix.Ftruncate(fd, n) }); err != nil {
				return nil, fail(err, "ftruncate", "")
			}
			return nil, nil
		})
	})
	s.set(b, "truncate", func(call goja.FunctionCall) goja.Value {
		p, n := s.str(call.Argument(0)), call.Argument(1).ToInteger()
		ap := s.abs(p)
		return s.do(call.Argument(2), "fs.truncate", func() (result, *opErr) {
			fd, err := s.root.Open(ap, unix.O_RDWR, 0)
			if err != nil {
				return nil, fail(err, "open", p)
			}
			defer unix.Close(fd)
			if err := retry(func() error { return unix.Ftruncate(fd, n) }); err != nil {
				return nil, fail(err, "ftruncate", "")
			}
			return nil, nil
		})
	})
	// Arguments are converted on the loop goroutine, before the work is
	// submitted: the pool goroutine never touches JS values.
	// follow: the syscall follows a final symlink (see fsroot.Root.At).
	pathOp2 := func(name, syscall string, nargs int, follow bool, f func(ap string, a []int64) error) {
		s.set(b, name, func(call goja.FunctionCall) goja.Value {
			p := s.str(call.Argument(0))
			ap := s.abs(p)
			a := make([]int64, nargs)
			for i := range a {
				a[i] = call.Argument(1 + i).ToInteger()
			}
			return s.do(call.Argument(1+nargs), "fs."+name, func() (result, *opErr) {
				if err := s.root.At(ap, follow, func(op string) error { return f(op, a) }); err != nil {
					return nil, fail(err, syscall, p)
				}
				return nil, nil
			})
		})
	}
	fdOp2 := func(name, syscall string, nargs int, f func(fd int, a []int64) error) {
		s.set(b, name, func(call goja.FunctionCall) goja.Value {
			fd := s.int(call.Argument(0))
			a := make([]int64, nargs)
			for i := range a {
				a[i] = call.Argument(1 + i).ToInteger()
			}
			return s.do(call.Argument(1+nargs), "fs."+name, func() (result, *opErr) {
				if err := retry(func() error { return f(fd, a) }); err != nil {
					return nil, fail(err, syscall, "")
				}
				return nil, nil
			})
		})
	}
	pathOp2("chown", "chown", 2, true, func(ap string, a []int64) error { return unix.Chown(ap, int(a[0]), int(a[1])) })
	pathOp2("lchown", "lchown", 2, false, func(ap string, a []int64) error { return unix.Lchown(ap, int(a[0]), int(a[1])) })
	fdOp2("fchown", "fchown", 2, func(fd int, a []int64) error { return unix.Fchown(fd, int(a[0]), int(a[1])) })
	pathOp2("chmod", "chmod", 1, true, func(ap string, a []int64) error { return unix.Chmod(ap, uint32(a[0])) })
	fdOp2("fchmod", "fchmod", 1, func(fd int, a []int64) error { return unix.Fchmod(fd, uint32(a[0])) })
	pathOp2("unlink", "unlink", 0, false, func(ap string, a []int64) error { return unix.Unlink(ap) })
	pathOp2("rmdir", "rmdir", 0, false, func(ap string, a []int64) error { return unix.Rmdir(ap) })
	pathOp2("access", "access", 1, true, func(ap string, a []int64) error { return unix.Access(ap, uint32(a[0])) })
	fdOp2("fsync", "fsync", 0, func(fd int, a []int64) error { return unix.Fsync(fd) })
	fdOp2("fdatasync", "fdatasync", 0, func(fd int, a []int64) error { return unix.Fdatasync(fd) })

	// utimes(path, atime, mtime, cb), times in seconds (fractions kept)
	timeOp := func(name, syscall string, how int) {
		s.set(b, name, func(call goja.FunctionCall) goja.Value {
			var p string
			var fd int
			if how == 2 {
				fd = s.int(call.Argument(0))
			} else {
				p = s.str(call.Argument(0))
			}
			ap := s.abs(p)
			ts := []unix.Timespec{toTimespec(call.Argument(1).ToFloat()), toTimespec(call.Argument(2).ToFloat())}
			return s.do(call.Argument(3), "fs."+name, func() (result, *opErr) {
				var err error
				switch how {
				case 0:
					err = s.root.At(ap, true, func(op string) error { return unix.UtimesNanoAt(unix.AT_FDCWD, op, ts, 0) })
				case 1:
					err = s.root.At(ap, false, func(op string) error {
						return unix.UtimesNanoAt(unix.AT_FDCWD, op, ts, unix.AT_SYMLINK_NOFOLLOW)
					})
				case 2:
					_, _, e := unix.Syscall6(unix.SYS_UTIMENSAT, uintptr(fd), 0, uintptr(unsafe.Pointer(&ts[0])), 0, 0, 0)
					if e != 0 {
						err = e
					}
				}
				if err != nil {
					return nil, fail(err, syscall, p)
				}
				return nil, nil
			})
		})
	}
	timeOp("utimes", "utime", 0)
	timeOp("lutimes", "lutime", 1)
	timeOp("futimes", "futime", 2)

	// symlink(target, path, cb): the target is stored as given.
	s.set(b, "symlink", func(call goja.FunctionCall) goja.Value {
		target, p := s.str(call.Argument(0)), s.str(call.Argument(1))
		ap := s.abs(p)
		return s.do(call.Argument(2), "fs.symlink", func() (result, *opErr) {
			if err := s.root.At(ap, false, func(op string) error { return unix.Symlink(target, op) }); err != nil {
				return nil, &opErr{err: err, syscall: "symlink", path: target, dest: p}
			}
			return nil, nil
		})
	})
	s.set(b, "readlink", func(call goja.FunctionCall) goja.Value {
		p := s.str(call.Argument(0))
		ap := s.abs(p)
		return s.do(call.Argument(1), "fs.readlink", func() (result, *opErr) {
			var t string
			err := s.root.At(ap, false, func(op string) (err error) { t, err = os.Readlink(op); return err })
			if err != nil {
				return nil, fail(err, "readlink", p)
			}
			return func() goja.Value { return rt.ToValue(t) }, nil
		})
	})
	s.set(b, "realpath", func(call goja.FunctionCall) goja.Value {
		p := s.str(call.Argument(0))
		ap := filepath.Clean(s.abs(p))
		return s.do(call.Argument(1), "fs.realpath", func() (result, *opErr) {
			r, err := s.root.Realpath(ap)
			if err != nil {
				var pe *os.PathError
				if errors.As(err, &pe) {
					return nil, fail(err, "lstat", pe.Path)
				}
				return nil, fail(err, "lstat", ap)
			}
			return func() goja.Value { return rt.ToValue(r) }, nil
		})
	})
	// mkdir(path, mode, recursive, cb) → first directory created (recursive)
	s.set(b, "mkdir", func(call goja.FunctionCall) goja.Value {
		p, mode, rec := s.str(call.Argument(0)), uint32(call.Argument(1).ToInteger()), call.Argument(2).ToBoolean()
		ap := s.abs(p)
		return s.do(call.Argument(3), "fs.mkdir", func() (result, *opErr) {
			if !rec {
				if err := s.root.At(ap, false, func(op string) error { return unix.Mkdir(op, mode) }); err != nil {
					return nil, fail(err, "mkdir", p)
				}
				return nil, nil
			}
			first, err := s.mkdirp(ap, mode)
			if err != nil {
				return nil, fail(err, "mkdir", p)
			}
			if first == "" {
				return nil, nil
			}
			if !filepath.IsAbs(p) {
				first = s.relTo(p, ap, first)
			}
			return func() goja.Value { return rt.ToValue(first) }, nil
		})
	})
	// readdir(path, withFileTypes, cb) → names, or [names, types]
	s.set(b, "readdir", func(call goja.FunctionCall) goja.Value {
		p, types := s.str(call.Argument(0)), call.Argument(1).ToBoolean()
		ap := s.abs(p)
		return s.do(call.Argument(2), "fs.readdir", func() (result, *opErr) {
			names, kinds, err := s.readdir(ap, types)
			if err != nil {
				return nil, fail(err, "scandir", p)
			}
			return func() goja.Value {
				if !types {
					vals := make([]any, len(names))
					for i, n := range names {
						vals[i] = n
					}
					return rt.NewArray(vals...)
				}
				vals := make([]any, len(names))
				pv := rt.ToValue(p)
				for i, n := range names {
					d, err := rt.New(s.direntCtor, rt.ToValue(n), rt.ToValue(kinds[i]), pv)
					if err != nil {
						panic(err)
					}
					vals[i] = d
				}
				return rt.NewArray(vals...)
			}, nil
		})
	})
	s.set(b, "copyFile", func(call goja.FunctionCall) goja.Value {
		src, dst, mode := s.str(call.Argument(0)), s.str(call.Argument(1)), call.Argument(2).ToInteger()
		as, ad := s.abs(src), s.abs(dst)
		return s.do(call.Argument(3), "fs.copyFile", func() (result, *opErr) {
			if err := s.copyFile(as, ad, mode&copyfileExcl != 0); err != nil {
				return nil, &opErr{err: err, syscall: "copyfile", path: src, dest: dst}
			}
			return nil, nil
		})
	})
	s.set(b, "mkdtemp", func(call goja.FunctionCall) goja.Value {
		prefix := s.str(call.Argument(0))
		ap := s.abs(prefix)
		return s.do(call.Argument(1), "fs.mkdtemp", func() (result, *opErr) {
			for i := 0; ; i++ {
				suffix := randSuffix()
				p := prefix + suffix
				err := s.root.At(ap+suffix, false, func(op string) error { return unix.Mkdir(op, 0o700) })
				if err == nil {
					return func() goja.Value { return rt.ToValue(p) }, nil
				}
				if err != unix.EEXIST || i > 100 {
					return nil, fail(err, "mkdtemp", prefix+"XXXXXX")
				}
			}
		})
	})
	// rm(path, recursive, force, cb); rmdirRecursive(path, cb)
	s.set(b, "rm", func(call goja.FunctionCall) goja.Value {
		p, rec, force := s.str(call.Argument(0)), call.Argument(1).ToBoolean(), call.Argument(2).ToBoolean()
		ap := s.abs(p)
		return s.do(call.Argument(3), "fs.rm", func() (result, *opErr) {
			var st unix.Stat_t
			if err := s.root.At(ap, false, func(op string) error { return unix.Lstat(op, &st) }); err != nil {
				if force && err == unix.ENOENT {
					return nil, nil
				}
				return nil, fail(err, "lstat", p)
			}
			if st.Mode&unix.S_IFMT == unix.S_IFDIR {
				if !rec {
					return nil, &opErr{special: func(rt *goja.Runtime) *goja.Object { return errFsEISDIR(rt, p) }}
				}
				if err := s.root.At(ap, false, os.RemoveAll); err != nil {
					return nil, fail(err, "rm", p)
				}
				return nil, nil
			}
			if err := s.root.At(ap, false, unix.Unlink); err != nil {
				return nil, fail(err, "rm", p)
			}
			return nil, nil
		})
	})
	s.set(b, "rmdirRecursive", func(call goja.FunctionCall) goja.Value {
		p := s.str(call.Argument(0))
		ap := s.abs(p)
		return s.do(call.Argument(1), "fs.rmdir", func() (result, *opErr) {
			var st unix.Stat_t
			if err := s.root.At(ap, false, func(op string) error { return unix.Lstat(op, &st) }); err != nil {
				return nil, fail(err, "lstat", p)
			}
			if st.Mode&unix.S_IFMT != unix.S_IFDIR {
				return nil, fail(unix.ENOTDIR, "rmdir", p)
			}
			if err := s.root.At(ap, false, os.RemoveAll); err != nil {
				return nil, fail(err, "rmdir", p)
			}
			return nil, nil
		})
	})
	// readFile(pathOrFd, isFd, flags, encoding (-1: Buffer), cb)
	s.set(b, "readFile", func(call goja.FunctionCall) goja.Value {
		isFd := call.Argument(1).ToBoolean()
		var p string
		fd := -1
		if isFd {
			fd = s.int(call.Argument(0))
		} else {
			p = s.str(call.Argument(0))
		}
		ap := s.abs(p)
		flags := s.int(call.Argument(2))
		enc := call.Argument(3).ToInteger()
		r := s.hostReader(fd)
		return s.do(call.Argument(4), "fs.readFile", func() (result, *opErr) {
			var data []byte
			var e *opErr
			if r != nil {
				var err error
				if data, err = io.ReadAll(r); err != nil {
					e = fail(err, "read", "")
				}
			} else {
				data, e = s.readFile(ap, p, fd, flags)
			}
			if e != nil {
				return nil, e
			}
			return func() goja.Value {
				if enc < 0 {
					return buffer.New(s.c, data)
				}
				return buffer.DecodeValue(rt, data, buffer.Encoding(enc))
			}, nil
		})
	})
	// writeFile(pathOrFd, isFd, data, encoding, flags, mode, cb); data is a
	// Buffer/TypedArray or a string encoded with encoding.
	s.set(b, "writeFile", func(call goja.FunctionCall) goja.Value {
		isFd := call.Argument(1).ToBoolean()
		var p string
		fd := -1
		if isFd {
			fd = s.int(call.Argument(0))
		} else {
			p = s.str(call.Argument(0))
		}
		ap := s.abs(p)
		var data []byte
		if d, ok := buffer.Bytes(rt, call.Argument(2)); ok {
			data = d
		} else {
			data = buffer.Encode(buffer.StrOf(call.Argument(2)), buffer.Encoding(call.Argument(3).ToInteger()))
		}
		flags, mode := s.int(call.Argument(4)), uint32(call.Argument(5).ToInteger())
		w := s.hostWriter(fd)
		return s.do(call.Argument(6), "fs.writeFile", func() (result, *opErr) {
			if w != nil {
				if _, err := w.Write(data); err != nil {
					return nil, fail(err, "write", "")
				}
				return nil, nil
			}
			if !isFd {
				var err error
				fd, err = s.root.Open(ap, flags, mode)
				if err != nil {
					return nil, fail(err, "open", p)
				}
				defer unix.Close(fd)
			}
			if err := writeAll(fd, data, -1); err != nil {
				return nil, fail(err, "write", "")
			}
			return nil, nil
		})
	})
	s.installStat(b)
	s.installWatch(b)
}

func (s *state) writeOp(fd int, data []byte, pos int64, cb goja.Value) goja.Value {
	w := s.hostWriter(fd)
	return s.do(cb, "fs.write", func() (result, *opErr) {
		var n int
		var err error
		switch {
		case w != nil:
			n, err = w.Write(data)
		case pos >= 0:
			err = retry(func() (err error) { n, err = unix.Pwrite(fd, data, pos); return })
		default:
			err = retry(func() (err error) { n, err = unix.Write(fd, data); return })
		}
		if err != nil {
			return nil, fail(err, "write", "")
		}
		return func() goja.Value { return s.rt.ToValue(n) }, nil
	})
}

// relTo maps first, a directory created under ap (the absolute form of the
// relative path p), back to the form the caller used.
func (s *state) relTo(p, ap, first string) string {
	if rest, ok := strings.CutPrefix(first, filepath.Clean(s.h.Cwd)+"/"); ok {
		return rest
	}
	return first
}

func toTimespec(sec float64) unix.Timespec {
	ns := int64(sec * 1e9)
	return unix.NsecToTimespec(ns)
}

func writeAll(fd int, data []byte, pos int64) error {
	for len(data) > 0 {
		var n int
		err := retry(func() (err error) {
			if pos >= 0 {
				n, err = unix.Pwrite(fd, data, pos)
			} else {
				n, err = unix.Write(fd, data)
			}
			return
		})
		if err != nil {
			return err
		}
		data = data[n:]
		if pos >= 0 {
			pos += int64(n)
		}
	}
	return nil
}

// readFile reads the whole file at ap (opened with flags) or, when fd >= 0,
// the rest of fd.
func (s *state) readFile(ap, p string, fd, flags int) ([]byte, *opErr) {
	if fd < 0 {
		var err error
		fd, err = s.root.Open(ap, flags, 0o666)
		if err != nil {
			return nil, fail(err, "open", p)
		}
		defer unix.Close(fd)
	}
	var st unix.Stat_t
	if err := unix.Fstat(fd, &st); err != nil {
		return nil, fail(err, "fstat", "")
	}
	if st.Mode&unix.S_IFMT == unix.S_IFDIR {
		return nil, fail(unix.EISDIR, "read", "")
	}
	size := 0
	if st.Mode&unix.S_IFMT == unix.S_IFREG {
		size = int(st.Size)
	}
	if size == 0 {
		size = 8192
	}
	buf := make([]byte, size+1)
	n := 0
	for {
		if n == len(buf) {
			nb := make([]byte, len(buf)*2)
			copy(nb, buf)
			buf = nb
		}
		var m int
		err := retry(func() (err error) { m, err = unix.Read(fd, buf[n:]); return })
		if err != nil {
			return nil, fail(err, "read", "")
		}
		if m == 0 {
			break
		}
		n += m
	}
	return buf[:n:n], nil
}

func (s *state) readdir(ap string, types bool) ([]string, []int, error) {
	fd, err := s.root.Open(ap, unix.O_RDONLY|unix.O_DIRECTORY, 0)
	if err != nil {
		return nil, nil, err
	}
	f := os.NewFile(uintptr(fd), ap)
	defer f.Close()
	if !types {
		names, err := f.Readdirnames(-1)
		return names, nil, err
	}
	ents, err := f.ReadDir(-1)
	if err != nil {
		return nil, nil, err
	}
	names := make([]string, len(ents))
	kinds := make([]int, len(ents))
	for i, e := range ents {
		names[i] = e.Name()
		kinds[i] = direntType(e.Type())
	}
	return names, kinds, nil
}

// Dirent types, numbered as libuv's UV_DIRENT_*.
const (
	direntUnknown = iota
	direntFile
	direntDir
	direntLink
	direntFIFO
	direntSocket
	direntChar
	direntBlock
)

func direntType(m os.FileMode) int {
	switch {
	case m.IsRegular():
		return direntFile
	case m.IsDir():
		return direntDir
	case m&os.ModeSymlink != 0:
		return direntLink
	case m&os.ModeNamedPipe != 0:
		return direntFIFO
	case m&os.ModeSocket != 0:
		return direntSocket
	case m&os.ModeCharDevice != 0:
		return direntChar
	case m&os.ModeDevice != 0:
		return direntBlock
	}
	return direntUnknown
}

// mkdirp creates ap and missing parents; it returns the first directory it
// created ("" if ap already existed).
func (s *state) mkdirp(ap string, mode uint32) (string, error) {
	ap = filepath.Clean(ap)
	var st unix.Stat_t
	stat := func(p string) error { return s.root.At(p, true, func(op string) error { return unix.Stat(op, &st) }) }
	if err := stat(ap); err == nil {
		if st.Mode&unix.S_IFMT != unix.S_IFDIR {
			return "", unix.EEXIST
		}
		return "", nil
	}
	var missing []string
	for d := ap; ; d = filepath.Dir(d) {
		err := stat(d)
		if err == nil {
			if st.Mode&unix.S_IFMT != unix.S_IFDIR {
				return "", unix.ENOTDIR
			}
			break
		}
		if err != unix.ENOENT {
			return "", err
		}
		missing = append(missing, d)
		if d == "/" || d == "." {
			break
		}
	}
	first := ""
	for i := len(missing) - 1; i >= 0; i-- {
		err := s.root.At(missing[i], false, func(op string) error { return unix.Mkdir(op, mode) })
		if err != nil && err != unix.EEXIST {
			return "", err
		}
		if err == nil && first == "" {
			first = missing[i]
		}
	}
	return first, nil
}

func (s *state) copyFile(src, dst string, excl bool) error {
	ifd, err := s.root.Open(src, unix.O_RDONLY, 0)
	if err != nil {
		return err
	}
	in := os.NewFile(uintptr(ifd), src)
	defer in.Close()
	fi, err := in.Stat()
	if err != nil {
		return err
	}
	if fi.IsDir() {
		return unix.EISDIR
	}
	flags := unix.O_WRONLY | unix.O_CREAT | unix.O_TRUNC
	if excl {
		flags |= unix.O_EXCL
	}
	ofd, err := s.root.Open(dst, flags, uint32(fi.Mode().Perm()))
	if err != nil {
		return err
	}
	out := os.NewFile(uintptr(ofd), dst)
	_, err = io.Copy(out, in) // copy_file_range / sendfile underneath
	if err == nil {
		err = out.Chmod(fi.Mode().Perm())
	}
	if cerr := out.Close(); err == nil {
		err = cerr
	}
	return err
}

const tempChars = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"

func randSuffix() string {
	var b [6]byte
	_, _ = rand.Read(b[:])
	for i := range b {
		b[i] = tempChars[int(b[i])%len(tempChars)]
	}
	return string(b[:])
}

// errFsEISDIR is v20's SystemError for rm on a directory without recursive.
func errFsEISDIR(rt *goja.Runtime, p string) *goja.Object {
	e := modkit.NewError(rt, "Error", "ERR_FS_EISDIR", "Path is a directory: rm returned EISDIR (is a directory) "+p)
	info := rt.NewObject()
	_ = info.Set("code", "EISDIR")
	_ = info.Set("message", "is a directory")
	_ = info.Set("path", p)
	_ = info.Set("syscall", "rm")
	_ = info.Set("errno", int(unix.EISDIR))
	_ = e.Set("info", info)
	_ = e.Set("errno", int(unix.EISDIR))
	_ = e.Set("syscall", "rm")
	_ = e.Set("path", p)
	_ = e.Set("name", "SystemError")
	return e
}
