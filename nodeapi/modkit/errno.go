package modkit

import (
	"errors"
	"io/fs"
	"os"

	"github.com/dop251/goja"
	"golang.org/x/sys/unix"
)

// ErrnoError converts a Go error from a system call into Node's error:
// message "ENOENT: no such file or directory, open '/x'", with code, errno
// (negative, as libuv's), syscall, and path / dest when given.
//
//	if _, err := os.Stat(p); err != nil {
//		panic(modkit.ErrnoError(rt, err, "stat", p, ""))
//	}
func ErrnoError(rt *goja.Runtime, err error, syscall, path, dest string) *goja.Object {
	errno := ErrnoOf(err)
	code := unix.ErrnoName(errno)
	desc, ok := uvMessages[errno]
	if !ok {
		desc = errno.Error()
	}
	if code == "" {
		code = "UNKNOWN"
		desc = err.Error()
	}
	msg := code + ": " + desc + ", " + syscall
	if path != "" {
		msg += " '" + path + "'"
	}
	if dest != "" {
		msg += " -> '" + dest + "'"
	}
	obj := NewError(rt, "Error", "", msg)
	_ = obj.Set("errno", -int(errno))
	_ = obj.Set("code", code)
	_ = obj.Set("syscall", syscall)
	if path != "" {
		_ = obj.Set("path", path)
	}
	if dest != "" {
		_ = obj.Set("dest", dest)
	}
	return obj
}

// ErrnoOf digs the errno out of a Go error (*os.PathError, *os.SyscallError,
// unix.Errno, io/fs sentinel errors); EIO when there is none.
func ErrnoOf(err error) unix.Errno {
	var errno unix.Errno
	if errors.As(err, &errno) {
		return errno
	}
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return unix.ENOENT
	case errors.Is(err, fs.ErrExist):
		return unix.EEXIST
	case errors.Is(err, fs.ErrPermission):
		return unix.EACCES
	case errors.Is(err, os.ErrDeadlineExceeded):
		return unix.ETIMEDOUT
	}
	return unix.EIO
}

// uvMessages are libuv's uv_strerror texts, which Node's fs messages use
// where they differ from the C library's strerror (Go's Errno.Error).
var uvMessages = map[unix.Errno]string{
	unix.E2BIG:        "argument list too long",
	unix.EACCES:       "permission denied",
	unix.EAGAIN:       "resource temporarily unavailable",
	unix.EBADF:        "bad file descriptor",
	unix.EBUSY:        "resource busy or locked",
	unix.ECANCELED:    "operation canceled",
	unix.EEXIST:       "file already exists",
	unix.EFAULT:       "bad address in system call argument",
	unix.EFBIG:        "file too large",
	unix.EINTR:        "interrupted system call",
	unix.EINVAL:       "invalid argument",
	unix.EIO:          "i/o error",
	unix.EISDIR:       "illegal operation on a directory",
	unix.ELOOP:        "too many symbolic links encountered",
	unix.EMFILE:       "too many open files",
	unix.EMLINK:       "too many links",
	unix.ENAMETOOLONG: "name too long",
	unix.ENFILE:       "file table overflow",
	unix.ENODEV:       "no such device",
	unix.ENOENT:       "no such file or directory",
	unix.ENOMEM:       "not enough memory",
	unix.ENOSPC:       "no space left on device",
	unix.ENOSYS:       "function not implemented",
	unix.ENOTDIR:      "not a directory",
	unix.ENOTEMPTY:    "directory not empty",
	unix.ENOTSUP:      "operation not supported on socket",
	unix.ENXIO:        "no such device or address",
	unix.EOVERFLOW:    "value too large for defined data type",
	unix.EPERM:        "operation not permitted",
	unix.EPIPE:        "broken pipe",
	unix.EROFS:        "read-only file system",
	unix.ESPIPE:       "invalid seek",
	unix.ETIMEDOUT:    "connection timed out",
	unix.ETXTBSY:      "text file is busy",
	unix.EXDEV:        "cross-device link not permitted",
}
