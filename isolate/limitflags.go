package isolate

import (
	"math"
	"strconv"
	"strings"
)

// IsLimitFlag reports whether name is a V8 flag that sets one of an
// isolate's limits: --max-old-space-size and --stack-size, with - or _.
func IsLimitFlag(name string) bool {
	switch name {
	case "--max-old-space-size", "--max_old_space_size", "--stack-size", "--stack_size", "--max-stack-size":
		return true
	}
	return false
}

// SetLimitFlag applies a limit flag (IsLimitFlag) with its value n ≥ 0:
// --max-old-space-size is the memory budget in MB (as V8's; a value too
// large for bytes saturates), --stack-size the call depth (0 keeps it).
// Other names change nothing.
//
//	var o isolate.Options
//	isolate.SetLimitFlag(&o, "--max-old-space-size", 64) // o.MaxMemory = 64 MiB
func SetLimitFlag(o *Options, name string, n int64) {
	switch name {
	case "--max-old-space-size", "--max_old_space_size":
		o.MaxMemory = min(n, math.MaxInt64>>20) << 20
	case "--stack-size", "--stack_size", "--max-stack-size":
		if n > 0 {
			o.MaxCallDepth = int(n)
		}
	}
}

// WithExecArgv returns o with the limits an execArgv sets (limit flags as
// --flag=N or --flag N): a forked child's, whose execArgv, as in Node,
// sets its flags. Values that are not whole numbers ≥ 0 are ignored.
func (o Options) WithExecArgv(execArgv []string) Options {
	for i := 0; i < len(execArgv); i++ {
		name, value, hasValue := strings.Cut(execArgv[i], "=")
		if !IsLimitFlag(name) {
			continue
		}
		if !hasValue && i+1 < len(execArgv) {
			i++
			value = execArgv[i]
		}
		if n, err := strconv.ParseInt(value, 10, 64); err == nil && n >= 0 {
			SetLimitFlag(&o, name, n)
		}
	}
	return o
}
