package fs

import (
	"github.com/dop251/goja"
	"github.com/isonode/isonode/nodeapi/modkit"
	"golang.org/x/sys/unix"
)

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

// errnoError is modkit.ErrnoError with libuv's description in the message:
// "EEXIST: file already exists, open 'x'".
func errnoError(rt *goja.Runtime, err error, syscall, path, dest string) *goja.Object {
	errno := modkit.ErrnoOf(err)
	desc, ok := uvMessages[errno]
	code := unix.ErrnoName(errno)
	if !ok || code == "" {
		return modkit.ErrnoError(rt, err, syscall, path, dest)
	}
	msg := code + ": " + desc + ", " + syscall
	if path != "" {
		msg += " '" + path + "'"
	}
	if dest != "" {
		msg += " -> '" + dest + "'"
	}
	obj := modkit.NewError(rt, "Error", "", msg)
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
