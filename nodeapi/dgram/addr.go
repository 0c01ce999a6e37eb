package dgram

import (
	gonet "net"
	"net/netip"
	"strconv"

	"github.com/dop251/goja"
	"github.com/isonode/isonode/nodeapi/modkit"
	"golang.org/x/sys/unix"
)

// describe gives a socket address's address, family ("IPv4"/"IPv6") and port.
func describe(sa unix.Sockaddr) (string, string, int) {
	switch s := sa.(type) {
	case *unix.SockaddrInet4:
		return netip.AddrFrom4(s.Addr).String(), "IPv4", s.Port
	case *unix.SockaddrInet6:
		a := netip.AddrFrom16(s.Addr)
		if s.ZoneId != 0 {
			a = a.WithZone(zoneName(int(s.ZoneId)))
		}
		return a.String(), "IPv6", s.Port
	}
	return "", "", 0
}

func addrJS(rt *goja.Runtime, sa unix.Sockaddr) goja.Value {
	addr, family, port := describe(sa)
	o := rt.NewObject()
	_ = o.Set("address", addr)
	_ = o.Set("family", family)
	_ = o.Set("port", port)
	return o
}

// zoneIndex is an interface's index from its name or number (0 if unknown).
func zoneIndex(z string) int {
	if n, err := strconv.Atoi(z); err == nil {
		return n
	}
	if ifi, err := gonet.InterfaceByName(z); err == nil {
		return ifi.Index
	}
	return 0
}

func zoneName(idx int) string {
	if ifi, err := gonet.InterfaceByIndex(idx); err == nil {
		return ifi.Name
	}
	return strconv.Itoa(idx)
}

// sockError is Node's error for a failed UDP call: "bind EADDRINUSE
// 127.0.0.1:41234" (address and port when given), with errno (negative),
// code, syscall, address and port.
func sockError(rt *goja.Runtime, err error, syscall, address string, port int) *goja.Object {
	errno := modkit.ErrnoOf(err)
	code := unix.ErrnoName(errno)
	if code == "" {
		code = "UNKNOWN"
	}
	msg := syscall + " " + code
	if address != "" {
		msg += " " + address
		if port >= 0 {
			msg += ":" + strconv.Itoa(port)
		}
	}
	obj := modkit.NewError(rt, "Error", "", msg)
	_ = obj.Set("errno", -int(errno))
	_ = obj.Set("code", code)
	_ = obj.Set("syscall", syscall)
	if address != "" {
		_ = obj.Set("address", address)
		if port >= 0 {
			_ = obj.Set("port", port)
		}
	}
	return obj
}
