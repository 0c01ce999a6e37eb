// Package fsroot confines an isolate's file-system paths to one directory,
// the embedder's file-system root: the isolate sees that directory as "/",
// and neither "..", nor absolute or relative symlinks, nor a rename racing
// with a lookup can lead outside it. The kernel does the confinement
// (openat2 with RESOLVE_IN_ROOT, Linux ≥ 5.6); this package turns a path
// the isolate gave into a path for an ordinary syscall that names the same
// file inside the root ("/proc/self/fd/N" or "/proc/self/fd/N/name").
//
// A nil *Root is the host's file system, unconfined, so callers need no
// second code path. A Root is safe for use by many goroutines (the fs
// worker pool):
//
//	root, err := fsroot.OpenDir("/srv/sandbox")
//	err = root.At("/data/../etc/hosts", true, func(p string) error { // /srv/sandbox/etc/hosts
//		return unix.Stat(p, &st)
//	})
//	fd, err := root.Open("/notes.txt", unix.O_WRONLY|unix.O_CREAT, 0o644)
package fsroot

import (
	"errors"
	"os"
	"path"
	"path/filepath"
	"strconv"
	"strings"

	"golang.org/x/sys/unix"
)

// Root is an open file-system root.
type Root struct {
	dir string // the real directory, cleaned
	fd  int    // O_PATH descriptor of dir
}

// ErrUnsupported is OpenDir's error where the kernel has no openat2.
var ErrUnsupported = errors.New("fsroot: a file-system root needs openat2 (Linux 5.6 or later)")

// OpenDir opens dir (which must exist and be a directory) as a root.
func OpenDir(dir string) (*Root, error) {
	if !path.IsAbs(dir) {
		return nil, errors.New("fsroot: the root must be an absolute path: " + dir)
	}
	// the real path, so that Realpath's results (the kernel's) can be
	// mapped back
	dir, err := filepath.EvalSymlinks(path.Clean(dir))
	if err != nil {
		return nil, err
	}
	fd, err := unix.Open(dir, unix.O_PATH|unix.O_DIRECTORY|unix.O_CLOEXEC, 0)
	if err != nil {
		return nil, err
	}
	r := &Root{dir: dir, fd: fd}
	// Probe openat2 once, on the root itself.
	probe, err := r.openat2(".", unix.O_PATH|unix.O_DIRECTORY, 0)
	if err == unix.ENOSYS {
		unix.Close(fd)
		return nil, ErrUnsupported
	}
	if err != nil {
		unix.Close(fd)
		return nil, err
	}
	unix.Close(probe)
	return r, nil
}

// Dir is the real directory of the root.
func (r *Root) Dir() string { return r.dir }

// Close releases the root's descriptor.
func (r *Root) Close() error { return unix.Close(r.fd) }

// openat2 opens name (relative to the root) with the lookup confined to it.
func (r *Root) openat2(name string, flags int, mode uint32) (int, error) {
	how := unix.OpenHow{
		Flags:   uint64(flags | unix.O_CLOEXEC),
		Mode:    uint64(mode),
		Resolve: unix.RESOLVE_IN_ROOT | unix.RESOLVE_NO_MAGICLINKS,
	}
	for {
		fd, err := unix.Openat2(r.fd, name, &how)
		if err == unix.EINTR || err == unix.EAGAIN {
			continue
		}
		return fd, err
	}
}

// resolve maps p, an absolute path as the isolate sees it, to a path for one
// syscall. With follow, p names what it resolves to (a final symlink is
// followed, inside the root): for open, stat, chmod, readdir. Without,
// the last component is left to the syscall (lstat, unlink, rename, mkdir,
// symlink, readlink): its parent is resolved inside the root. release
// closes the descriptor the path names; call it after the syscall. Errors
// are the lookup's (unix.ENOENT, unix.ENOTDIR, …).
func (r *Root) resolve(p string, follow bool) (osPath string, release func(), err error) {
	rel := relative(p)
	if follow || rel == "." {
		fd, err := r.openat2(rel, unix.O_PATH, 0)
		if err != nil {
			return "", nil, err
		}
		return "/proc/self/fd/" + strconv.Itoa(fd), func() { unix.Close(fd) }, nil
	}
	dir, name := path.Split(rel)
	if dir == "" {
		dir = "."
	}
	fd, err := r.openat2(dir, unix.O_PATH|unix.O_DIRECTORY, 0)
	if err != nil {
		return "", nil, err
	}
	return "/proc/self/fd/" + strconv.Itoa(fd) + "/" + name, func() { unix.Close(fd) }, nil
}

// Open is open(2) of p with the whole lookup, and a creation that flags
// ask for (O_CREAT), inside the root; it returns the new descriptor
// (O_CLOEXEC). A nil Root opens p on the host's file system.
func (r *Root) Open(p string, flags int, mode uint32) (int, error) {
	if r == nil {
		for {
			fd, err := unix.Open(p, flags|unix.O_CLOEXEC, mode)
			if err != unix.EINTR {
				return fd, err
			}
		}
	}
	if flags&(unix.O_CREAT|unix.O_TMPFILE) == 0 {
		mode = 0 // openat2, unlike open, rejects a mode it would not use
	}
	return r.openat2(relative(p), flags, mode)
}

// At runs fn, one path syscall, with a path that names p inside the root:
// with follow, what p resolves to (open, stat, chmod, utimes, inotify);
// without, p's last component itself (lstat, unlink, rmdir, rename, mkdir,
// symlink, readlink, lchown). A lookup error is returned without calling
// fn. A nil Root calls fn(p).
func (r *Root) At(p string, follow bool, fn func(osPath string) error) error {
	if r == nil {
		return fn(p)
	}
	osPath, release, err := r.resolve(p, follow)
	if err != nil {
		return err
	}
	defer release()
	return fn(osPath)
}

// Realpath is the canonical path of p (symlinks resolved) as the isolate
// sees it. A nil Root resolves on the host's file system.
func (r *Root) Realpath(p string) (string, error) {
	if r == nil {
		return filepath.EvalSymlinks(p)
	}
	var real string
	err := r.At(p, true, func(osPath string) (err error) {
		real, err = os.Readlink(osPath)
		return err
	})
	if err != nil {
		return "", err
	}
	v, ok := r.Virtual(real)
	if !ok {
		return "", unix.ENOENT
	}
	return v, nil
}

// relative turns the isolate's absolute path into one relative to the root
// ("." for the root itself); ".." cannot climb above it.
func relative(p string) string {
	rel := strings.TrimPrefix(path.Clean("/"+p), "/")
	if rel == "" {
		return "."
	}
	return rel
}

// Virtual maps a real path inside the root (a realpath result) to the
// isolate's view of it; ok is false for a path outside the root.
func (r *Root) Virtual(real string) (p string, ok bool) {
	if real == r.dir {
		return "/", true
	}
	if r.dir == "/" {
		return real, true
	}
	rest, ok := strings.CutPrefix(real, r.dir+"/")
	if !ok {
		return "", false
	}
	return "/" + rest, true
}
