package os

import (
	"bufio"
	"bytes"
	"math"
	"os"
	"strconv"
	"strings"

	"golang.org/x/sys/unix"
)

type utsname struct {
	sysname, nodename, release, version, machine string
}

func cstr(b []byte) string {
	if i := bytes.IndexByte(b, 0); i >= 0 {
		b = b[:i]
	}
	return string(b)
}

func uname() utsname {
	var u unix.Utsname
	if err := unix.Uname(&u); err != nil {
		return utsname{sysname: "Linux"}
	}
	return utsname{
		sysname:  cstr(u.Sysname[:]),
		nodename: cstr(u.Nodename[:]),
		release:  cstr(u.Release[:]),
		version:  cstr(u.Version[:]),
		machine:  cstr(u.Machine[:]),
	}
}

func sysinfo() *unix.Sysinfo_t {
	var si unix.Sysinfo_t
	if err := unix.Sysinfo(&si); err != nil {
		return nil
	}
	return &si
}

// uptime reads /proc/uptime (seconds with a fraction), else sysinfo.
func uptime() float64 {
	if b, err := os.ReadFile("/proc/uptime"); err == nil {
		if f := strings.Fields(string(b)); len(f) > 0 {
			if v, err := strconv.ParseFloat(f[0], 64); err == nil {
				return v
			}
		}
	}
	if si := sysinfo(); si != nil {
		return float64(si.Uptime)
	}
	return 0
}

// loadavg reads /proc/loadavg (two decimals, as Node shows), else sysinfo.
func loadavg() [3]float64 {
	var out [3]float64
	if b, err := os.ReadFile("/proc/loadavg"); err == nil {
		if f := strings.Fields(string(b)); len(f) >= 3 {
			ok := true
			for i := range out {
				v, err := strconv.ParseFloat(f[i], 64)
				out[i], ok = v, ok && err == nil
			}
			if ok {
				return out
			}
		}
	}
	if si := sysinfo(); si != nil {
		for i := range out {
			out[i] = float64(si.Loads[i]) / 65536
		}
	}
	return out
}

// meminfo returns a /proc/meminfo field in bytes.
func meminfo(field string) (uint64, bool) {
	b, err := os.ReadFile("/proc/meminfo")
	if err != nil {
		return 0, false
	}
	sc := bufio.NewScanner(bytes.NewReader(b))
	for sc.Scan() {
		line := sc.Text()
		if rest, ok := strings.CutPrefix(line, field+":"); ok {
			f := strings.Fields(rest)
			if len(f) == 0 {
				return 0, false
			}
			v, err := strconv.ParseUint(f[0], 10, 64)
			if err != nil {
				return 0, false
			}
			return v * 1024, true
		}
	}
	return 0, false
}

func totalmem() float64 {
	if v, ok := meminfo("MemTotal"); ok {
		return float64(v)
	}
	if si := sysinfo(); si != nil {
		return float64(si.Totalram) * float64(si.Unit)
	}
	return 0
}

func freemem() float64 {
	if v, ok := meminfo("MemAvailable"); ok {
		return float64(v)
	}
	if si := sysinfo(); si != nil {
		return float64(si.Freeram) * float64(si.Unit)
	}
	return 0
}

type cpu struct {
	model                      string
	speed                      int
	user, nice, sys, idle, irq float64
}

// clockTicks is USER_HZ: /proc/stat counts in 1/100 s on Linux.
const clockTicks = 100

// cpuInfo reads the per-CPU lines of /proc/stat (times in ms), the model
// names of /proc/cpuinfo and the speed from cpufreq (else cpuinfo's MHz).
func cpuInfo() []cpu {
	b, err := os.ReadFile("/proc/stat")
	if err != nil {
		return nil
	}
	var cpus []cpu
	var ids []int
	sc := bufio.NewScanner(bytes.NewReader(b))
	for sc.Scan() {
		f := strings.Fields(sc.Text())
		if len(f) < 8 || !strings.HasPrefix(f[0], "cpu") || f[0] == "cpu" {
			continue
		}
		id, err := strconv.Atoi(f[0][3:])
		if err != nil {
			continue
		}
		num := func(i int) float64 {
			v, _ := strconv.ParseFloat(f[i], 64)
			return v * (1000 / clockTicks)
		}
		cpus = append(cpus, cpu{user: num(1), nice: num(2), sys: num(3), idle: num(4), irq: num(6)})
		ids = append(ids, id)
	}
	models := map[int]string{}
	mhz := map[int]float64{}
	if b, err := os.ReadFile("/proc/cpuinfo"); err == nil {
		cur := -1
		sc := bufio.NewScanner(bytes.NewReader(b))
		for sc.Scan() {
			k, v, ok := strings.Cut(sc.Text(), ":")
			if !ok {
				continue
			}
			k, v = strings.TrimSpace(k), strings.TrimSpace(v)
			switch k {
			case "processor":
				cur, _ = strconv.Atoi(v)
			case "model name", "Processor", "cpu model":
				if _, seen := models[cur]; !seen {
					models[cur] = v
				}
			case "cpu MHz":
				mhz[cur], _ = strconv.ParseFloat(v, 64)
			}
		}
	}
	for i, id := range ids {
		c := &cpus[i]
		c.model = models[id]
		if c.model == "" {
			c.model = "unknown"
		}
		if b, err := os.ReadFile("/sys/devices/system/cpu/cpu" + strconv.Itoa(id) + "/cpufreq/scaling_cur_freq"); err == nil {
			if khz, err := strconv.Atoi(strings.TrimSpace(string(b))); err == nil {
				c.speed = khz / 1000
				continue
			}
		}
		c.speed = int(math.Floor(mhz[id]))
	}
	return cpus
}

// getPriority returns the nice value of pid (0: this process).
func getPriority(pid int) (int, error) {
	// The raw system call returns 20 - nice.
	p, err := unix.Getpriority(unix.PRIO_PROCESS, pid)
	if err != nil {
		return 0, err
	}
	return 20 - p, nil
}

func setPriority(pid, prio int) error {
	return unix.Setpriority(unix.PRIO_PROCESS, pid, prio)
}

func errnoName(e unix.Errno) string {
	if n := unix.ErrnoName(e); n != "" {
		return n
	}
	return "UNKNOWN"
}

// errnoConstants is os.constants.errno in Node's order.
func errnoConstants() []constant {
	names := []struct {
		n string
		e unix.Errno
	}{
		{"E2BIG", unix.E2BIG}, {"EACCES", unix.EACCES}, {"EADDRINUSE", unix.EADDRINUSE},
		{"EADDRNOTAVAIL", unix.EADDRNOTAVAIL}, {"EAFNOSUPPORT", unix.EAFNOSUPPORT}, {"EAGAIN", unix.EAGAIN},
		{"EALREADY", unix.EALREADY}, {"EBADF", unix.EBADF}, {"EBADMSG", unix.EBADMSG}, {"EBUSY", unix.EBUSY},
		{"ECANCELED", unix.ECANCELED}, {"ECHILD", unix.ECHILD}, {"ECONNABORTED", unix.ECONNABORTED},
		{"ECONNREFUSED", unix.ECONNREFUSED}, {"ECONNRESET", unix.ECONNRESET}, {"EDEADLK", unix.EDEADLK},
		{"EDESTADDRREQ", unix.EDESTADDRREQ}, {"EDOM", unix.EDOM}, {"EDQUOT", unix.EDQUOT}, {"EEXIST", unix.EEXIST},
		{"EFAULT", unix.EFAULT}, {"EFBIG", unix.EFBIG}, {"EHOSTUNREACH", unix.EHOSTUNREACH}, {"EIDRM", unix.EIDRM},
		{"EILSEQ", unix.EILSEQ}, {"EINPROGRESS", unix.EINPROGRESS}, {"EINTR", unix.EINTR}, {"EINVAL", unix.EINVAL},
		{"EIO", unix.EIO}, {"EISCONN", unix.EISCONN}, {"EISDIR", unix.EISDIR}, {"ELOOP", unix.ELOOP},
		{"EMFILE", unix.EMFILE}, {"EMLINK", unix.EMLINK}, {"EMSGSIZE", unix.EMSGSIZE}, {"EMULTIHOP", unix.EMULTIHOP},
		{"ENAMETOOLONG", unix.ENAMETOOLONG}, {"ENETDOWN", unix.ENETDOWN}, {"ENETRESET", unix.ENETRESET},
		{"ENETUNREACH", unix.ENETUNREACH}, {"ENFILE", unix.ENFILE}, {"ENOBUFS", unix.ENOBUFS}, {"ENODATA", unix.ENODATA},
		{"ENODEV", unix.ENODEV}, {"ENOENT", unix.ENOENT}, {"ENOEXEC", unix.ENOEXEC}, {"ENOLCK", unix.ENOLCK},
		{"ENOLINK", unix.ENOLINK}, {"ENOMEM", unix.ENOMEM}, {"ENOMSG", unix.ENOMSG}, {"ENOPROTOOPT", unix.ENOPROTOOPT},
		{"ENOSPC", unix.ENOSPC}, {"ENOSR", unix.ENOSR}, {"ENOSTR", unix.ENOSTR}, {"ENOSYS", unix.ENOSYS},
		{"ENOTCONN", unix.ENOTCONN}, {"ENOTDIR", unix.ENOTDIR}, {"ENOTEMPTY", unix.ENOTEMPTY},
		{"ENOTSOCK", unix.ENOTSOCK}, {"ENOTSUP", unix.ENOTSUP}, {"ENOTTY", unix.ENOTTY}, {"ENXIO", unix.ENXIO},
		{"EOPNOTSUPP", unix.EOPNOTSUPP}, {"EOVERFLOW", unix.EOVERFLOW}, {"EPERM", unix.EPERM}, {"EPIPE", unix.EPIPE},
		{"EPROTO", unix.EPROTO}, {"EPROTONOSUPPORT", unix.EPROTONOSUPPORT}, {"EPROTOTYPE", unix.EPROTOTYPE},
		{"ERANGE", unix.ERANGE}, {"EROFS", unix.EROFS}, {"ESPIPE", unix.ESPIPE}, {"ESRCH", unix.ESRCH},
		{"ESTALE", unix.ESTALE}, {"ETIME", unix.ETIME}, {"ETIMEDOUT", unix.ETIMEDOUT}, {"ETXTBSY", unix.ETXTBSY},
		{"EWOULDBLOCK", unix.EWOULDBLOCK}, {"EXDEV", unix.EXDEV},
	}
	out := make([]constant, len(names))
	for i, n := range names {
		out[i] = constant{n.n, int(n.e)}
	}
	return out
}

// signalConstants is os.constants.signals in Node's order.
func signalConstants() []constant {
	names := []struct {
		n string
		s unix.Signal
	}{
		{"SIGHUP", unix.SIGHUP}, {"SIGINT", unix.SIGINT}, {"SIGQUIT", unix.SIGQUIT}, {"SIGILL", unix.SIGILL},
		{"SIGTRAP", unix.SIGTRAP}, {"SIGABRT", unix.SIGABRT}, {"SIGIOT", unix.SIGIOT}, {"SIGBUS", unix.SIGBUS},
		{"SIGFPE", unix.SIGFPE}, {"SIGKILL", unix.SIGKILL}, {"SIGUSR1", unix.SIGUSR1}, {"SIGSEGV", unix.SIGSEGV},
		{"SIGUSR2", unix.SIGUSR2}, {"SIGPIPE", unix.SIGPIPE}, {"SIGALRM", unix.SIGALRM}, {"SIGTERM", unix.SIGTERM},
		{"SIGCHLD", unix.SIGCHLD}, {"SIGSTKFLT", unix.SIGSTKFLT}, {"SIGCONT", unix.SIGCONT}, {"SIGSTOP", unix.SIGSTOP},
		{"SIGTSTP", unix.SIGTSTP}, {"SIGTTIN", unix.SIGTTIN}, {"SIGTTOU", unix.SIGTTOU}, {"SIGURG", unix.SIGURG},
		{"SIGXCPU", unix.SIGXCPU}, {"SIGXFSZ", unix.SIGXFSZ}, {"SIGVTALRM", unix.SIGVTALRM}, {"SIGPROF", unix.SIGPROF},
		{"SIGWINCH", unix.SIGWINCH}, {"SIGIO", unix.SIGIO}, {"SIGPOLL", unix.SIGPOLL}, {"SIGPWR", unix.SIGPWR},
		{"SIGSYS", unix.SIGSYS},
	}
	out := make([]constant, len(names))
	for i, n := range names {
		out[i] = constant{n.n, int(n.s)}
	}
	return out
}
