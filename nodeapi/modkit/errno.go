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
	desc := errno.Error()
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
