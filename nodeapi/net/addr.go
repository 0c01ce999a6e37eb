package net

import (
	"errors"
	gonet "net"
	"net/netip"
	"strconv"

	"github.com/dop251/goja"
	"github.com/isonode/isonode/nodeapi/modkit"
	"golang.org/x/sys/unix"
)

// sockaddr builds the socket address of ip:port, or of a Unix socket path.
// af is the address family the socket must be created with.
func sockaddr(ip string, port int) (sa unix.Sockaddr, af int, err error) {
	a, err := netip.ParseAddr(ip)
	if err != nil {
		return nil, 0, unix.EINVAL
	}
	if a.Is4() {
		return &unix.SockaddrInet4{Port: port, Addr: a.As4()}, unix.AF_INET, nil
	}
	sa6 := &unix.SockaddrInet6{Port: port, Addr: a.As16()}
	if z := a.Zone(); z != "" {
		if n, err := strconv.Atoi(z); err == nil {
			sa6.ZoneId = uint32(n)
		} else if ifi, err := interfaceIndex(z); err == nil {
			sa6.ZoneId = uint32(ifi)
		}
	}
	return sa6, unix.AF_INET6, nil
}

// addrInfo describes a socket address as Node's address() does.
type addrInfo struct {
	address string
	family  string
	port    int
	ok      bool
}

func describe(sa unix.Sockaddr) addrInfo {
	switch s := sa.(type) {
	case *unix.SockaddrInet4:
		return addrInfo{address: netip.AddrFrom4(s.Addr).String(), family: "IPv4", port: s.Port, ok: true}
	case *unix.SockaddrInet6:
		a := netip.AddrFrom16(s.Addr)
		if s.ZoneId != 0 {
			a = a.WithZone(zoneName(int(s.ZoneId)))
		}
		return addrInfo{address: a.String(), family: "IPv6", port: s.Port, ok: true}
	case *unix.SockaddrUnix:
		// Node's pipes report no addresses.
		return addrInfo{}
	}
	return addrInfo{}
}

func (a addrInfo) toJS(rt *goja.Runtime) goja.Value {
	if !a.ok {
		return goja.Null()
	}
	o := rt.NewObject()
	_ = o.Set("address", a.address)
	_ = o.Set("family", a.family)
	_ = o.Set("port", a.port)
	return o
}

// isIP is Node's net.isIP: 4, 6 or 0.
func isIP(s string) int {
	a, err := netip.ParseAddr(s)
	if err != nil {
		return 0
	}
	if a.Is4() {
		return 4
	}
	return 6
}

// errnoOf digs the errno out of a Go error.
func errnoOf(err error) unix.Errno {
	var e unix.Errno
	if errors.As(err, &e) {
		return e
	}
	return modkit.ErrnoOf(err)
}

// sockError builds Node's error for a failed socket call: message
// "connect ECONNREFUSED 127.0.0.1:1" (address and port when given), with
// errno, code, syscall, address and port. listen errors carry the
// description as Node's do: "listen EADDRINUSE: address already in use :::80".
func sockError(rt *goja.Runtime, err error, syscall, address string, port int) *goja.Object {
	errno := errnoOf(err)
	code := unix.ErrnoName(errno)
	if code == "" {
		code = "UNKNOWN"
	}
	msg := syscall + " " + code
	if syscall == "listen" || syscall == "bind" {
		msg += ": " + errno.Error()
	}
	if address != "" {
		if port > 0 || (syscall == "listen" && port >= 0 && !isPath(address)) {
			msg += " " + address + ":" + strconv.Itoa(port)
		} else {
			msg += " " + address
		}
	}
	obj := modkit.NewError(rt, "Error", "", msg)
	if syscall == "listen" {
		_ = obj.Set("code", code)
		_ = obj.Set("errno", -int(errno))
	} else {
		_ = obj.Set("errno", -int(errno))
		_ = obj.Set("code", code)
	}
	_ = obj.Set("syscall", syscall)
	if address != "" {
		_ = obj.Set("address", address)
		if port >= 0 && !isPath(address) {
			_ = obj.Set("port", port)
		}
	}
	return obj
}

func isPath(s string) bool { return isIP(s) == 0 }

// dnsError is Node's error for a failed lookup:
// "getaddrinfo ENOTFOUND host", errno -3008.
func dnsError(rt *goja.Runtime, code string, host string) *goja.Object {
	obj := modkit.NewError(rt, "Error", "", "getaddrinfo "+code+" "+host)
	errno := -3008 // UV_EAI_NONAME
	if code == "EAI_AGAIN" {
		errno = -3001
	}
	_ = obj.Set("errno", errno)
	_ = obj.Set("code", code)
	_ = obj.Set("syscall", "getaddrinfo")
	_ = obj.Set("hostname", host)
	return obj
}

func interfaceIndex(name string) (int, error) {
	ifi, err := gonet.InterfaceByName(name)
	if err != nil {
		return 0, err
	}
	return ifi.Index, nil
}

func zoneName(idx int) string {
	if ifi, err := gonet.InterfaceByIndex(idx); err == nil {
		return ifi.Name
	}
	return strconv.Itoa(idx)
}
