package net

import (
	"github.com/dop251/goja"
	"github.com/isonode/isonode/nodeapi/modkit"
	"golang.org/x/sys/unix"
)

// ---- descriptors given by number: new net.Socket({fd}), listen({fd}) ----
//
// As in Node, the socket takes the descriptor over (closing the socket
// closes it) and makes it non-blocking. fds 0–2 are the isolate's stdio
// (Host.OSFd): those are duplicated first, so that closing the socket
// leaves the process's stdio, which other isolates share, alone.

// fdType is libuv's guess of a descriptor's handle type ("TCP", "PIPE",
// "TTY", "FILE", "UDP" or "UNKNOWN"), as Node's errors name it.
func fdType(fd int) string {
	var st unix.Stat_t
	if fd < 0 || unix.Fstat(fd, &st) != nil {
		return "UNKNOWN"
	}
	switch st.Mode & unix.S_IFMT {
	case unix.S_IFREG, unix.S_IFBLK:
		return "FILE"
	case unix.S_IFCHR:
		if modkit.IsTerminal(fd) {
			return "TTY"
		}
		return "FILE"
	case unix.S_IFIFO:
		return "PIPE"
	case unix.S_IFSOCK:
		typ, err := unix.GetsockoptInt(fd, unix.SOL_SOCKET, unix.SO_TYPE)
		if err != nil {
			return "UNKNOWN"
		}
		dom, err := unix.GetsockoptInt(fd, unix.SOL_SOCKET, unix.SO_DOMAIN)
		if err != nil {
			return "UNKNOWN"
		}
		switch {
		case dom == unix.AF_UNIX && typ == unix.SOCK_STREAM:
			return "PIPE"
		case (dom == unix.AF_INET || dom == unix.AF_INET6) && typ == unix.SOCK_STREAM:
			return "TCP"
		case (dom == unix.AF_INET || dom == unix.AF_INET6) && typ == unix.SOCK_DGRAM:
			return "UDP"
		}
	}
	return "UNKNOWN"
}

// takeFd maps a Node fd to an OS descriptor this package may own: the
// descriptor itself, or a duplicate of a stdio one; made non-blocking.
func (s *state) takeFd(fd int) (int, error) {
	osfd := fd
	if fd <= 2 {
		if osfd = s.c.Host.OSFd(fd); osfd < 0 {
			return -1, unix.EBADF
		}
		var err error
		if osfd, err = dupFd(osfd); err != nil {
			return -1, err
		}
	} else {
		unix.CloseOnExec(osfd)
	}
	if err := unix.SetNonblock(osfd, true); err != nil {
		if osfd != fd {
			unix.Close(osfd)
		}
		return -1, err
	}
	return osfd, nil
}

func (s *state) installFd(b *goja.Object) {
	rt := s.rt
	// openFd(owner, fd) → id: a connected stream socket or a pipe; throws
	// ERR_INVALID_FD_TYPE for other descriptors.
	_ = b.Set("openFd", func(call goja.FunctionCall) goja.Value {
		fd := int(call.Argument(1).ToInteger())
		osfd := s.c.Host.OSFd(fd)
		typ := fdType(osfd)
		if typ != "TCP" && typ != "PIPE" {
			modkit.Throw(rt, "TypeError", "ERR_INVALID_FD_TYPE", "Unsupported fd type: %s", typ)
		}
		k := s.adoptFd(fd, typ+"WRAP", "open")
		k.setOwner(call.Argument(0))
		k.mayRead = true
		return rt.ToValue(k.id)
	})
	// listenFd(owner, fd, backlog) → [id, path|null]: listens on a stream
	// socket given by number (see listenOn). Throws Node's listen error
	// (EINVAL for a descriptor that is neither a socket nor a pipe).
	_ = b.Set("listenFd", func(call goja.FunctionCall) goja.Value {
		fd := int(call.Argument(1).ToInteger())
		typ := fdType(s.c.Host.OSFd(fd))
		if typ != "TCP" && typ != "PIPE" {
			panic(sockError(rt, unix.EINVAL, "listen", "", -1))
		}
		k := s.adoptFd(fd, typ+"SERVERWRAP", "listen")
		return s.listenOn(k, call.Argument(0), int(call.Argument(2).ToInteger()))
	})
	// listenHandle(owner, id, backlog) → [id, path|null]: server.listen(handle)
	// with the handle of another Server or Socket of this isolate. As in
	// Node, both objects then share the socket: connections go to owner,
	// and closing either closes it.
	_ = b.Set("listenHandle", func(call goja.FunctionCall) goja.Value {
		return s.listenOn(s.get(call.Argument(1)), call.Argument(0), int(call.Argument(2).ToInteger()))
	})
}

// listenOn makes k a listener whose connections go to owner: a socket not
// yet listening listens now (a connected one fails, EINVAL, and is closed
// when it was opened for this). It returns [id, path|null], path being a
// Unix socket's name; it throws Node's listen error.
func (s *state) listenOn(k *sock, owner goja.Value, backlog int) goja.Value {
	rt := s.rt
	if !k.listener {
		var err error = unix.EINVAL
		if k.fd >= 0 && !k.connecting && !k.closed {
			if on, _ := unix.GetsockoptInt(k.fd, unix.SOL_SOCKET, unix.SO_ACCEPTCONN); on != 0 {
				err = nil
			} else {
				err = unix.Listen(k.fd, backlogOr(backlog))
			}
		}
		if err != nil {
			if k.owner == nil {
				k.close()
			}
			panic(sockError(rt, err, "listen", "", -1))
		}
		k.listener = true
	}
	k.setOwner(owner)
	k.syncRef()
	// connections may already be waiting
	k.postContinue()
	var path goja.Value = goja.Null()
	if k.fd >= 0 {
		if sa, err := unix.Getsockname(k.fd); err == nil {
			if u, ok := sa.(*unix.SockaddrUnix); ok && u.Name != "" {
				path = rt.ToValue(u.Name)
			}
		}
	}
	return rt.NewArray(k.id, path)
}

// adoptFd takes the descriptor fd (takeFd) as a socket handle of the given
// kind, throwing Node's error for syscall if it cannot. Loop goroutine.
func (s *state) adoptFd(fd int, kind, syscall string) *sock {
	nfd, err := s.takeFd(fd)
	if err != nil {
		panic(sockError(s.rt, err, syscall, "", -1))
	}
	k, err := s.newSock(nfd, kind, false)
	if err != nil {
		unix.Close(nfd)
		panic(sockError(s.rt, err, syscall, "", -1))
	}
	return k
}
