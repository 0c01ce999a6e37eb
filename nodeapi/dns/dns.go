// Package dns is Node's 'dns' module.
//
// Every query runs off the loop, on the process-wide blocking worker pool
// (reactor.Default), with Go's resolver (net.Resolver): lookup follows the
// system's order (/etc/hosts, then DNS), the resolve* family asks DNS
// servers (/etc/resolv.conf's, or those given to setServers). Names under
// the ".invalid" TLD (RFC 6761) fail with ENOTFOUND without a query, and
// IP literals are answered without one. Each resolve has a timeout (the
// Resolver's timeout option, default 5 s), so a script never hangs on an
// unreachable server: it gets ETIMEOUT.
//
// dns.js builds the API on the binding; Go reports failures as Node's error
// code strings ("ENOTFOUND", "ETIMEOUT", …) and dns.js makes the errors.
package dns

import (
	"bufio"
	"context"
	_ "embed"
	"errors"
	gonet "net"
	"net/netip"
	"os"
	"strconv"
	"strings"
	"time"

	"github.com/dop251/goja"
	"github.com/isonode/isonode/nodeapi/modkit"
	"github.com/isonode/isonode/reactor"
)

//go:embed dns.js
var dnsJS string

// Module is the registry entry for 'dns'.
var Module = modkit.Module{Name: "dns", Native: native, JS: modkit.NewScript("dns.js", dnsJS)}

// DefaultTimeout bounds one resolve* query when the Resolver has no timeout.
const DefaultTimeout = 5 * time.Second

// lookupTimeout bounds one lookup (getaddrinfo).
const lookupTimeout = 30 * time.Second

func native(c *modkit.Context) (*goja.Object, error) {
	rt := c.RT
	iso := c.Iso
	b := rt.NewObject()
	undef := goja.Undefined()
	str := func(code string) goja.Value {
		if code == "" {
			return goja.Null()
		}
		return rt.ToValue(code)
	}

	// lookup(host, family, cb): cb(code) or cb(null, [address, family, …]).
	_ = b.Set("lookup", func(call goja.FunctionCall) goja.Value {
		host := call.Argument(0).String()
		family := int(call.Argument(1).ToInteger())
		cb, _ := goja.AssertFunction(call.Argument(2))
		reactor.Default().Submit(iso, "dns.lookup", func() func() {
			addrs, code := Lookup(host, family)
			return func() {
				out := make([]any, 0, 2*len(addrs))
				for _, a := range addrs {
					out = append(out, a.String(), familyOf(a))
				}
				iso.MakeCallback(cb, undef, str(code), rt.ToValue(out))
			}
		})
		return undef
	})
	// resolve(host, rrtype, timeoutMs, servers, cb): cb(code) or cb(null, records).
	_ = b.Set("resolve", func(call goja.FunctionCall) goja.Value {
		host := call.Argument(0).String()
		rrtype := call.Argument(1).String()
		timeout := time.Duration(call.Argument(2).ToInteger()) * time.Millisecond
		servers := stringList(rt, call.Argument(3))
		cb, _ := goja.AssertFunction(call.Argument(4))
		reactor.Default().Submit(iso, "dns.resolve", func() func() {
			recs, code := Resolve(host, rrtype, timeout, servers)
			return func() {
				if code != "" {
					iso.MakeCallback(cb, undef, str(code))
					return
				}
				iso.MakeCallback(cb, undef, goja.Null(), recordsToJS(rt, recs))
			}
		})
		return undef
	})
	// reverse(ip, timeoutMs, servers, cb): cb(code) or cb(null, [names]).
	_ = b.Set("reverse", func(call goja.FunctionCall) goja.Value {
		ip := call.Argument(0).String()
		timeout := time.Duration(call.Argument(1).ToInteger()) * time.Millisecond
		servers := stringList(rt, call.Argument(2))
		cb, _ := goja.AssertFunction(call.Argument(3))
		reactor.Default().Submit(iso, "dns.reverse", func() func() {
			names, code := Reverse(ip, timeout, servers)
			return func() {
				if code != "" {
					iso.MakeCallback(cb, undef, str(code))
					return
				}
				iso.MakeCallback(cb, undef, goja.Null(), rt.ToValue(names))
			}
		})
		return undef
	})
	// lookupService(ip, port, cb): cb(code) or cb(null, hostname, service).
	_ = b.Set("lookupService", func(call goja.FunctionCall) goja.Value {
		ip := call.Argument(0).String()
		port := int(call.Argument(1).ToInteger())
		cb, _ := goja.AssertFunction(call.Argument(2))
		reactor.Default().Submit(iso, "dns.lookupService", func() func() {
			host, svc, code := LookupService(ip, port)
			return func() {
				iso.MakeCallback(cb, undef, str(code), rt.ToValue(host), rt.ToValue(svc))
			}
		})
		return undef
	})
	// isIP(s) → 0, 4 or 6.
	_ = b.Set("isIP", func(call goja.FunctionCall) goja.Value {
		a, err := netip.ParseAddr(call.Argument(0).String())
		if err != nil {
			return rt.ToValue(0)
		}
		return rt.ToValue(familyOf(a))
	})
	// systemServers() → the nameservers of /etc/resolv.conf.
	_ = b.Set("systemServers", func(call goja.FunctionCall) goja.Value {
		return rt.ToValue(SystemServers())
	})
	return b, nil
}

func familyOf(a netip.Addr) int {
	if a.Is4() || a.Is4In6() {
		return 4
	}
	return 6
}

func stringList(rt *goja.Runtime, v goja.Value) []string {
	if goja.IsUndefined(v) || goja.IsNull(v) {
		return nil
	}
	o := v.ToObject(rt)
	n := int(o.Get("length").ToInteger())
	out := make([]string, 0, n)
	for i := 0; i < n; i++ {
		out = append(out, o.Get(strconv.Itoa(i)).String())
	}
	return out
}

// invalidTLD reports a name under ".invalid", which never resolves.
func invalidTLD(host string) bool {
	h := strings.ToLower(strings.TrimSuffix(host, "."))
	return h == "invalid" || strings.HasSuffix(h, ".invalid")
}

// Lookup resolves host as getaddrinfo does (hosts file, then DNS). family
// is 0, 4 or 6. On failure it returns Node's code (ENOTFOUND, EAI_AGAIN).
// Any goroutine (it blocks).
func Lookup(host string, family int) ([]netip.Addr, string) {
	if a, err := netip.ParseAddr(host); err == nil {
		if (family == 4 && familyOf(a) != 4) || (family == 6 && familyOf(a) != 6) {
			return nil, "ENOTFOUND"
		}
		return []netip.Addr{a}, ""
	}
	if invalidTLD(host) || host == "" {
		return nil, "ENOTFOUND"
	}
	ctx, cancel := context.WithTimeout(context.Background(), lookupTimeout)
	defer cancel()
	network := "ip"
	switch family {
	case 4:
		network = "ip4"
	case 6:
		network = "ip6"
	}
	ips, err := gonet.DefaultResolver.LookupNetIP(ctx, network, host)
	if err != nil || len(ips) == 0 {
		var de *gonet.DNSError
		if err != nil && errors.As(err, &de) && !de.IsNotFound && (de.IsTimeout || de.IsTemporary) {
			return nil, "EAI_AGAIN"
		}
		return nil, "ENOTFOUND"
	}
	out := make([]netip.Addr, 0, len(ips))
	for _, ip := range ips {
		out = append(out, ip.Unmap())
	}
	return out, ""
}

// resolver returns a resolver that asks servers (ip or ip:port, in turn)
// or the system's when there are none.
func resolver(servers []string) *gonet.Resolver {
	if len(servers) == 0 {
		return &gonet.Resolver{PreferGo: true}
	}
	next := 0
	return &gonet.Resolver{PreferGo: true, Dial: func(ctx context.Context, network, _ string) (gonet.Conn, error) {
		s := servers[next%len(servers)]
		next++
		if _, err := netip.ParseAddr(s); err == nil {
			s = gonet.JoinHostPort(s, "53")
		}
		var d gonet.Dialer
		return d.DialContext(ctx, network, s)
	}}
}

// errCode maps a resolver error to Node's (c-ares's) code.
func errCode(err error) string {
	if errors.Is(err, context.DeadlineExceeded) {
		return "ETIMEOUT"
	}
	var de *gonet.DNSError
	if errors.As(err, &de) {
		switch {
		case de.IsNotFound:
			return "ENOTFOUND"
		case de.IsTimeout:
			return "ETIMEOUT"
		case strings.Contains(de.Err, "connection refused"):
			return "ECONNREFUSED"
		case strings.Contains(de.Err, "no answer"):
			return "ENODATA"
		case strings.Contains(de.Err, "cannot unmarshal"), strings.Contains(de.Err, "invalid"):
			return "EBADRESP"
		}
		return "ESERVFAIL"
	}
	if strings.Contains(err.Error(), "connection refused") {
		return "ECONNREFUSED"
	}
	return "ESERVFAIL"
}

// Record is one resolved record, shaped as Node returns it: a string, a
// []string (TXT) or a map (MX, SRV, SOA).
type Record = any

// Resolve asks DNS for host's records of rrtype (A, AAAA, MX, TXT, SRV, NS,
// CNAME, PTR, ANY). On failure it returns Node's code. Any goroutine (it
// blocks at most timeout).
func Resolve(host, rrtype string, timeout time.Duration, servers []string) ([]Record, string) {
	if !validName(host) {
		return nil, "EBADNAME"
	}
	if invalidTLD(host) {
		return nil, "ENOTFOUND"
	}
	if timeout <= 0 {
		timeout = DefaultTimeout
	}
	ctx, cancel := context.WithTimeout(context.Background(), timeout)
	defer cancel()
	r := resolver(servers)
	var out []Record
	var err error
	switch rrtype {
	case "A", "AAAA":
		network := "ip4"
		if rrtype == "AAAA" {
			network = "ip6"
		}
		var ips []netip.Addr
		ips, err = r.LookupNetIP(ctx, network, host)
		for _, ip := range ips {
			ip = ip.Unmap()
			if (rrtype == "A") == ip.Is4() {
				out = append(out, ip.String())
			}
		}
		if err == nil && len(out) == 0 {
			return nil, "ENODATA"
		}
	case "MX":
		var mxs []*gonet.MX
		mxs, err = r.LookupMX(ctx, host)
		for _, m := range mxs {
			out = append(out, map[string]any{"exchange": trimDot(m.Host), "priority": int(m.Pref)})
		}
	case "TXT":
		var txts []string
		txts, err = r.LookupTXT(ctx, host)
		for _, t := range txts {
			out = append(out, []any{t})
		}
	case "SRV":
		var srvs []*gonet.SRV
		_, srvs, err = r.LookupSRV(ctx, "", "", host)
		for _, s := range srvs {
			out = append(out, map[string]any{"name": trimDot(s.Target), "port": int(s.Port), "priority": int(s.Priority), "weight": int(s.Weight)})
		}
	case "NS":
		var nss []*gonet.NS
		nss, err = r.LookupNS(ctx, host)
		for _, n := range nss {
			out = append(out, trimDot(n.Host))
		}
	case "CNAME":
		var cn string
		cn, err = r.LookupCNAME(ctx, host)
		if err == nil {
			if strings.EqualFold(trimDot(cn), trimDot(host)) {
				return nil, "ENODATA"
			}
			out = append(out, trimDot(cn))
		}
	case "PTR":
		ip, ok := arpaToIP(host)
		if !ok {
			return nil, "ENOTFOUND"
		}
		var names []string
		names, err = r.LookupAddr(ctx, ip)
		for _, n := range names {
			out = append(out, trimDot(n))
		}
	default:
		return nil, "ENOTIMP"
	}
	if err != nil {
		return nil, errCode(err)
	}
	if len(out) == 0 {
		return nil, "ENODATA"
	}
	return out, ""
}

// Reverse resolves ip to host names. Any goroutine (it blocks).
func Reverse(ip string, timeout time.Duration, servers []string) ([]string, string) {
	if timeout <= 0 {
		timeout = DefaultTimeout
	}
	ctx, cancel := context.WithTimeout(context.Background(), timeout)
	defer cancel()
	names, err := resolver(servers).LookupAddr(ctx, ip)
	if err != nil {
		return nil, errCode(err)
	}
	out := make([]string, 0, len(names))
	for _, n := range names {
		out = append(out, trimDot(n))
	}
	if len(out) == 0 {
		return nil, "ENOTFOUND"
	}
	return out, ""
}

// LookupService is getnameinfo: the host name of ip (the address itself
// when it has none) and the service name of port (from /etc/services, tcp,
// else the number). Any goroutine (it blocks).
func LookupService(ip string, port int) (string, string, string) {
	ctx, cancel := context.WithTimeout(context.Background(), DefaultTimeout)
	defer cancel()
	host := ip
	if names, err := gonet.DefaultResolver.LookupAddr(ctx, ip); err == nil && len(names) > 0 {
		host = trimDot(names[0])
	}
	return host, serviceName(port), ""
}

func serviceName(port int) string {
	f, err := os.Open("/etc/services")
	if err == nil {
		defer f.Close()
		want := strconv.Itoa(port) + "/tcp"
		sc := bufio.NewScanner(f)
		for sc.Scan() {
			line := sc.Text()
			if i := strings.IndexByte(line, '#'); i >= 0 {
				line = line[:i]
			}
			fs := strings.Fields(line)
			if len(fs) >= 2 && fs[1] == want {
				return fs[0]
			}
		}
	}
	return strconv.Itoa(port)
}

// SystemServers lists the nameservers of /etc/resolv.conf.
func SystemServers() []string {
	out := []string{}
	data, err := os.ReadFile("/etc/resolv.conf")
	if err != nil {
		return out
	}
	for _, line := range strings.Split(string(data), "\n") {
		fs := strings.Fields(line)
		if len(fs) >= 2 && fs[0] == "nameserver" {
			out = append(out, fs[1])
		}
	}
	return out
}

func trimDot(s string) string { return strings.TrimSuffix(s, ".") }

// validName rejects names c-ares refuses to query.
func validName(host string) bool {
	if host == "" || len(host) > 253 {
		return host != ""
	}
	return !strings.Contains(host, "..") && !strings.HasPrefix(host, ".")
}

// arpaToIP turns "4.3.2.1.in-addr.arpa" (or an ip6.arpa name) into the
// address it names, or accepts an address as it is.
func arpaToIP(name string) (string, bool) {
	n := strings.ToLower(trimDot(name))
	if _, err := netip.ParseAddr(n); err == nil {
		return n, true
	}
	if p, ok := strings.CutSuffix(n, ".in-addr.arpa"); ok {
		parts := strings.Split(p, ".")
		if len(parts) != 4 {
			return "", false
		}
		for i, j := 0, 3; i < j; i, j = i+1, j-1 {
			parts[i], parts[j] = parts[j], parts[i]
		}
		ip := strings.Join(parts, ".")
		_, err := netip.ParseAddr(ip)
		return ip, err == nil
	}
	if p, ok := strings.CutSuffix(n, ".ip6.arpa"); ok {
		parts := strings.Split(p, ".")
		if len(parts) != 32 {
			return "", false
		}
		var b strings.Builder
		for i := 31; i >= 0; i-- {
			b.WriteString(parts[i])
			if i%4 == 0 && i > 0 {
				b.WriteByte(':')
			}
		}
		a, err := netip.ParseAddr(b.String())
		if err != nil {
			return "", false
		}
		return a.String(), true
	}
	return "", false
}

// recordsToJS converts records to JS values (maps become plain objects
// with their keys in Node's order).
func recordsToJS(rt *goja.Runtime, recs []Record) goja.Value {
	arr := make([]any, 0, len(recs))
	for _, r := range recs {
		switch v := r.(type) {
		case map[string]any:
			o := rt.NewObject()
			for _, k := range keyOrder {
				if x, ok := v[k]; ok {
					_ = o.Set(k, x)
				}
			}
			arr = append(arr, o)
		case []any:
			arr = append(arr, rt.NewArray(v...))
		default:
			arr = append(arr, v)
		}
	}
	return rt.NewArray(arr...)
}

// keyOrder is the property order of Node's record objects.
var keyOrder = []string{"name", "port", "exchange", "priority", "weight"}

// PromisesModule is the registry entry for 'dns/promises' (dns.promises).
var PromisesModule = modkit.Module{
	Name: "dns/promises",
	JS:   modkit.NewScript("dns/promises.js", "module.exports = require('dns').promises;"),
}
