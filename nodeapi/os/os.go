// Package os is Node's 'os' module, in Go, with real values from the OS
// (uname, sysinfo, /proc, /etc/passwd, the network interfaces).
//
// Where v0.10 and v20 differ in values the newer, more useful reading is
// used and noted: freemem() is MemAvailable (v0.10: MemFree), uptime() has
// the fraction /proc/uptime gives, tmpdir() drops a trailing slash. The
// v0.10 aliases os.tmpDir and os.getNetworkInterfaces exist, not enumerable.
// networkInterfaces() entries enumerate v0.10's address, family and internal;
// the later netmask, mac, cidr and scopeid are there but not enumerable.
package os

import (
	"bufio"
	"bytes"
	"encoding/binary"
	"math"
	"net"
	"os"
	"runtime"
	"strconv"
	"strings"

	"github.com/dop251/goja"
	"github.com/isonode/isonode/nodeapi/modkit"
)

// Module is the registry entry for 'os'.
var Module = modkit.Module{Name: "os", Native: native}

func native(c *modkit.Context) (*goja.Object, error) {
	rt := c.RT
	m := &osModule{c: c, rt: rt}
	ex := rt.NewObject()
	set := func(name string, fn func(goja.FunctionCall) goja.Value) {
		_ = ex.Set(name, fn)
	}
	set("arch", func(goja.FunctionCall) goja.Value { return rt.ToValue(Arch()) })
	set("availableParallelism", func(goja.FunctionCall) goja.Value { return rt.ToValue(runtime.NumCPU()) })
	set("cpus", m.cpus)
	set("endianness", func(goja.FunctionCall) goja.Value { return rt.ToValue(endianness()) })
	set("freemem", func(goja.FunctionCall) goja.Value { return rt.ToValue(freemem()) })
	set("getPriority", m.getPriority)
	set("homedir", m.homedir)
	set("hostname", func(goja.FunctionCall) goja.Value { return rt.ToValue(hostname()) })
	set("loadavg", func(goja.FunctionCall) goja.Value {
		l := loadavg()
		return rt.NewArray(l[0], l[1], l[2])
	})
	set("networkInterfaces", m.networkInterfaces)
	set("platform", func(goja.FunctionCall) goja.Value { return rt.ToValue(Platform()) })
	set("release", func(goja.FunctionCall) goja.Value { return rt.ToValue(uname().release) })
	set("setPriority", m.setPriority)
	set("tmpdir", m.tmpdir)
	set("totalmem", func(goja.FunctionCall) goja.Value { return rt.ToValue(totalmem()) })
	set("type", func(goja.FunctionCall) goja.Value { return rt.ToValue(uname().sysname) })
	set("userInfo", m.userInfo)
	set("uptime", func(goja.FunctionCall) goja.Value { return rt.ToValue(uptime()) })
	set("version", func(goja.FunctionCall) goja.Value { return rt.ToValue(uname().version) })
	set("machine", func(goja.FunctionCall) goja.Value { return rt.ToValue(uname().machine) })
	_ = ex.DefineDataProperty("constants", m.constants(), goja.FLAG_FALSE, goja.FLAG_FALSE, goja.FLAG_TRUE)
	_ = ex.DefineDataProperty("EOL", rt.ToValue("\n"), goja.FLAG_FALSE, goja.FLAG_TRUE, goja.FLAG_TRUE)
	_ = ex.DefineDataProperty("devNull", rt.ToValue("/dev/null"), goja.FLAG_FALSE, goja.FLAG_TRUE, goja.FLAG_TRUE)
	// v0.10 names, gone from later versions: not enumerable.
	_ = ex.DefineDataProperty("tmpDir", ex.Get("tmpdir"), goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE)
	_ = ex.DefineDataProperty("getNetworkInterfaces", ex.Get("networkInterfaces"), goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE)
	return ex, nil
}

type osModule struct {
	c  *modkit.Context
	rt *goja.Runtime
}

// Arch is process.arch / os.arch(): Node's name for GOARCH.
func Arch() string {
	switch runtime.GOARCH {
	case "amd64":
		return "x64"
	case "386":
		return "ia32"
	case "ppc64le":
		return "ppc64"
	}
	return runtime.GOARCH
}

// Platform is process.platform / os.platform().
func Platform() string {
	if runtime.GOOS == "windows" {
		return "win32"
	}
	return runtime.GOOS
}

func endianness() string {
	if binary.NativeEndian.Uint16([]byte{1, 0}) == 1 {
		return "LE"
	}
	return "BE"
}

func hostname() string {
	if h, err := os.Hostname(); err == nil {
		return h
	}
	return uname().nodename
}

func (m *osModule) env(key string) string {
	if m.c.Host != nil && m.c.Host.Env != nil {
		v, _ := m.c.Host.Env.Get(key)
		return v
	}
	return os.Getenv(key)
}

func (m *osModule) tmpdir(goja.FunctionCall) goja.Value {
	dir := m.env("TMPDIR")
	if dir == "" {
		dir = m.env("TMP")
	}
	if dir == "" {
		dir = m.env("TEMP")
	}
	if dir == "" {
		dir = "/tmp"
	}
	if len(dir) > 1 && strings.HasSuffix(dir, "/") {
		dir = dir[:len(dir)-1]
	}
	return m.rt.ToValue(dir)
}

func (m *osModule) homedir(goja.FunctionCall) goja.Value {
	if h := m.env("HOME"); h != "" {
		return m.rt.ToValue(h)
	}
	pw, err := lookupPasswd(os.Getuid())
	if err != nil {
		panic(m.systemError("uv_os_homedir", err))
	}
	return m.rt.ToValue(pw.home)
}

func (m *osModule) userInfo(call goja.FunctionCall) goja.Value {
	rt := m.rt
	asBuffer := false
	if opt, ok := call.Argument(0).(*goja.Object); ok {
		if enc := opt.Get("encoding"); enc != nil && !goja.IsUndefined(enc) && !goja.IsNull(enc) {
			asBuffer = enc.String() == "buffer"
		}
	}
	uid := os.Getuid()
	pw, err := lookupPasswd(uid)
	if err != nil {
		panic(m.systemError("uv_os_get_passwd", err))
	}
	str := func(s string) goja.Value {
		if !asBuffer {
			return rt.ToValue(s)
		}
		buf, ok := m.c.Require("buffer").(*goja.Object)
		if ok {
			if ctor, ok := buf.Get("Buffer").(*goja.Object); ok {
				if from, ok := goja.AssertFunction(ctor.Get("from")); ok {
					v, err := from(ctor, rt.ToValue(s))
					if err != nil {
						panic(err)
					}
					return v
				}
			}
		}
		return rt.ToValue(s)
	}
	o := nullProtoObject(rt)
	_ = o.Set("uid", uid)
	_ = o.Set("gid", os.Getgid())
	_ = o.Set("username", str(pw.name))
	_ = o.Set("homedir", str(pw.home))
	_ = o.Set("shell", str(pw.shell))
	return o
}

func nullProtoObject(rt *goja.Runtime) *goja.Object {
	o := rt.NewObject()
	_ = o.SetPrototype(nil)
	return o
}

type passwd struct {
	name, home, shell string
}

// lookupPasswd finds uid in /etc/passwd.
func lookupPasswd(uid int) (*passwd, error) {
	data, err := os.ReadFile("/etc/passwd")
	if err != nil {
		return nil, err
	}
	want := strconv.Itoa(uid)
	sc := bufio.NewScanner(bytes.NewReader(data))
	for sc.Scan() {
		f := strings.Split(sc.Text(), ":")
		if len(f) >= 7 && f[2] == want {
			return &passwd{name: f[0], home: f[5], shell: f[6]}, nil
		}
	}
	return nil, os.ErrNotExist
}

// systemError is Node's ERR_SYSTEM_ERROR: "A system error occurred:
// uv_os_getpriority returned ESRCH (no such process)".
func (m *osModule) systemError(syscall string, err error) *goja.Object {
	rt := m.rt
	errno := modkit.ErrnoOf(err)
	code := errnoName(errno)
	desc := errno.Error()
	e := modkit.NewError(rt, "Error", "ERR_SYSTEM_ERROR",
		"A system error occurred: "+syscall+" returned "+code+" ("+desc+")")
	_ = e.DefineDataProperty("name", rt.ToValue("SystemError"), goja.FLAG_TRUE, goja.FLAG_FALSE, goja.FLAG_TRUE)
	info := rt.NewObject()
	_ = info.Set("errno", -int(errno))
	_ = info.Set("code", code)
	_ = info.Set("message", desc)
	_ = info.Set("syscall", syscall)
	_ = e.Set("info", info)
	_ = e.Set("errno", -int(errno))
	_ = e.Set("syscall", syscall)
	return e
}

func (m *osModule) validateInt32(v goja.Value, name string, lo, hi int64) int {
	rt := m.rt
	if !goja.IsNumber(v) {
		modkit.ThrowInvalidArgType(rt, name, "of type number", v)
	}
	f := v.ToFloat()
	if f != math.Trunc(f) || math.IsInf(f, 0) || math.IsNaN(f) {
		modkit.Throw(rt, "RangeError", "ERR_OUT_OF_RANGE", "The value of %q is out of range. It must be an integer. Received %s", name, v.String())
	}
	if int64(f) < lo || int64(f) > hi {
		modkit.Throw(rt, "RangeError", "ERR_OUT_OF_RANGE", "The value of %q is out of range. It must be >= %d && <= %d. Received %s", name, lo, hi, v.String())
	}
	return int(f)
}

func (m *osModule) getPriority(call goja.FunctionCall) goja.Value {
	pid := 0
	if a := call.Argument(0); !goja.IsUndefined(a) {
		pid = m.validateInt32(a, "pid", math.MinInt32, math.MaxInt32)
	}
	prio, err := getPriority(pid)
	if err != nil {
		panic(m.systemError("uv_os_getpriority", err))
	}
	return m.rt.ToValue(prio)
}

func (m *osModule) setPriority(call goja.FunctionCall) goja.Value {
	pid := 0
	prioArg := call.Argument(0)
	if len(call.Arguments) > 1 {
		pid = m.validateInt32(call.Argument(0), "pid", math.MinInt32, math.MaxInt32)
		prioArg = call.Argument(1)
	}
	prio := m.validateInt32(prioArg, "priority", -20, 19)
	if err := setPriority(pid, prio); err != nil {
		panic(m.systemError("uv_os_setpriority", err))
	}
	return goja.Undefined()
}

func (m *osModule) cpus(goja.FunctionCall) goja.Value {
	rt := m.rt
	list := cpuInfo()
	vals := make([]any, len(list))
	for i, c := range list {
		o := rt.NewObject()
		_ = o.Set("model", c.model)
		_ = o.Set("speed", c.speed)
		t := rt.NewObject()
		_ = t.Set("user", c.user)
		_ = t.Set("nice", c.nice)
		_ = t.Set("sys", c.sys)
		_ = t.Set("idle", c.idle)
		_ = t.Set("irq", c.irq)
		_ = o.Set("times", t)
		vals[i] = o
	}
	return rt.NewArray(vals...)
}

func (m *osModule) networkInterfaces(goja.FunctionCall) goja.Value {
	rt := m.rt
	out := rt.NewObject()
	ifaces, err := net.Interfaces()
	if err != nil {
		panic(m.systemError("uv_interface_addresses", err))
	}
	for _, ifc := range ifaces {
		if ifc.Flags&net.FlagUp == 0 || ifc.Flags&net.FlagRunning == 0 {
			continue
		}
		addrs, err := ifc.Addrs()
		if err != nil || len(addrs) == 0 {
			continue
		}
		mac := ifc.HardwareAddr.String()
		if len(ifc.HardwareAddr) != 6 {
			mac = "00:00:00:00:00:00"
		}
		internal := ifc.Flags&net.FlagLoopback != 0
		var v4, v6 []any
		for _, a := range addrs {
			ipn, ok := a.(*net.IPNet)
			if !ok {
				continue
			}
			o := rt.NewObject()
			ones, _ := ipn.Mask.Size()
			// v0.10's entries are { address, family, internal }; the
			// later fields are there but not enumerable.
			later := func(name string, v any) {
				_ = o.DefineDataProperty(name, rt.ToValue(v), goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE)
			}
			if ip4 := ipn.IP.To4(); ip4 != nil && len(ipn.Mask) == net.IPv4len {
				_ = o.Set("address", ip4.String())
				later("netmask", net.IP(ipn.Mask).String())
				_ = o.Set("family", "IPv4")
				later("mac", mac)
				_ = o.Set("internal", internal)
				later("cidr", ip4.String()+"/"+strconv.Itoa(ones))
				v4 = append(v4, o)
				continue
			}
			_ = o.Set("address", ipn.IP.String())
			later("netmask", net.IP(ipn.Mask).String())
			_ = o.Set("family", "IPv6")
			later("mac", mac)
			_ = o.Set("internal", internal)
			later("cidr", ipn.IP.String()+"/"+strconv.Itoa(ones))
			scope := 0
			if ipn.IP.IsLinkLocalUnicast() || ipn.IP.IsLinkLocalMulticast() {
				scope = ifc.Index
			}
			later("scopeid", scope)
			v6 = append(v6, o)
		}
		if len(v4)+len(v6) > 0 {
			_ = out.Set(ifc.Name, rt.NewArray(append(v4, v6...)...))
		}
	}
	return out
}

func (m *osModule) constants() *goja.Object {
	rt := m.rt
	c := nullProtoObject(rt)
	_ = c.Set("UV_UDP_REUSEADDR", 4)
	dl := nullProtoObject(rt)
	for _, kv := range dlopenConstants {
		_ = dl.Set(kv.name, kv.value)
	}
	_ = c.Set("dlopen", dl)
	errno := nullProtoObject(rt)
	for _, kv := range errnoConstants() {
		_ = errno.Set(kv.name, kv.value)
	}
	_ = c.Set("errno", errno)
	sig := nullProtoObject(rt)
	for _, kv := range signalConstants() {
		_ = sig.Set(kv.name, kv.value)
	}
	_ = c.Set("signals", sig)
	prio := nullProtoObject(rt)
	for _, kv := range priorityConstants {
		_ = prio.Set(kv.name, kv.value)
	}
	_ = c.Set("priority", prio)
	return c
}

type constant struct {
	name  string
	value int
}

var dlopenConstants = []constant{
	{"RTLD_LAZY", 1}, {"RTLD_NOW", 2}, {"RTLD_GLOBAL", 256}, {"RTLD_LOCAL", 0}, {"RTLD_DEEPBIND", 8},
}

var priorityConstants = []constant{
	{"PRIORITY_LOW", 19}, {"PRIORITY_BELOW_NORMAL", 10}, {"PRIORITY_NORMAL", 0},
	{"PRIORITY_ABOVE_NORMAL", -7}, {"PRIORITY_HIGH", -14}, {"PRIORITY_HIGHEST", -20},
}
