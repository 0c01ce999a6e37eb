package fs

import (
	"github.com/dop251/goja"
	"golang.org/x/sys/unix"
)

// statFields are the 14 numbers Stats is constructed from, in the order of
// v20's Stats constructor: dev, mode, nlink, uid, gid, rdev, blksize, ino,
// size, blocks, atimeMs, mtimeMs, ctimeMs, birthtimeMs.
type statFields [14]float64

const statxMask = unix.STATX_BASIC_STATS | unix.STATX_BTIME

func fromStatx(x *unix.Statx_t) statFields {
	ms := func(t unix.StatxTimestamp) float64 { return float64(t.Sec)*1e3 + float64(t.Nsec)/1e6 }
	birth := 0.0
	if x.Mask&unix.STATX_BTIME != 0 {
		birth = ms(x.Btime)
	}
	return statFields{
		float64(unix.Mkdev(x.Dev_major, x.Dev_minor)), float64(x.Mode), float64(x.Nlink),
		float64(x.Uid), float64(x.Gid), float64(unix.Mkdev(x.Rdev_major, x.Rdev_minor)),
		float64(x.Blksize), float64(x.Ino), float64(x.Size), float64(x.Blocks),
		ms(x.Atime), ms(x.Mtime), ms(x.Ctime), birth,
	}
}

// statx stats ap (fd >= 0: the open file fd), following symlinks unless
// nofollow.
func statx(ap string, fd int, nofollow bool) (statFields, error) {
	var x unix.Statx_t
	var err error
	flags := unix.AT_STATX_SYNC_AS_STAT
	if nofollow {
		flags |= unix.AT_SYMLINK_NOFOLLOW
	}
	if fd >= 0 {
		err = retry(func() error { return unix.Statx(fd, "", flags|unix.AT_EMPTY_PATH, statxMask, &x) })
	} else {
		err = retry(func() error { return unix.Statx(unix.AT_FDCWD, ap, flags, statxMask, &x) })
	}
	if err != nil {
		return statFields{}, err
	}
	return fromStatx(&x), nil
}

func (s *state) newStats(f *statFields) goja.Value {
	args := make([]goja.Value, len(f))
	for i, v := range f {
		args[i] = s.rt.ToValue(v)
	}
	o, err := s.rt.New(s.statsCtor, args...)
	if err != nil {
		panic(err)
	}
	return o
}

func (s *state) installStat(b *goja.Object) {
	pathStat := func(name string, nofollow bool) {
		s.set(b, name, func(call goja.FunctionCall) goja.Value {
			p := s.str(call.Argument(0))
			ap := s.abs(p)
			// throwIfNoEntry false (sync only): undefined instead of ENOENT
			quiet := call.Argument(2).ToBoolean()
			return s.do(call.Argument(1), "fs."+name, func() (result, *opErr) {
				var f statFields
				err := s.root.At(ap, !nofollow, func(op string) (err error) { f, err = statx(op, -1, nofollow); return err })
				if err != nil {
					if quiet && (err == unix.ENOENT || err == unix.ENOTDIR) {
						return func() goja.Value { return goja.Undefined() }, nil
					}
					return nil, fail(err, name, p)
				}
				return func() goja.Value { return s.newStats(&f) }, nil
			})
		})
	}
	pathStat("stat", false)
	pathStat("lstat", true)
	s.set(b, "fstat", func(call goja.FunctionCall) goja.Value {
		fd := s.int(call.Argument(0))
		return s.do(call.Argument(1), "fs.fstat", func() (result, *opErr) {
			f, err := statx("", fd, false)
			if err != nil {
				return nil, fail(err, "fstat", "")
			}
			return func() goja.Value { return s.newStats(&f) }, nil
		})
	})
}
