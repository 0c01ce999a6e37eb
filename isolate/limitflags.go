package isolate

import (
	"strconv"
	"strings"
)

// SetLimitFlag applies a V8 flag that sets one of o's limits, with its
// numeric value n, and reports whether name is such a flag:
// --max-old-space-size (MB, as V8's; the memory budget) and --stack-size
// (the call depth; 0 keeps the default). Both spellings, with - and _.
//
//	var o isolate.Options
//	isolate.SetLimitFlag(&o, "--max-old-space-size", 64) // o.MaxMemory = 64 MiB
func SetLimitFlag(o *Options, name string, n int64) bool {
	switch name {
	case "--max-old-space-size", "--max_old_space_size":
		o.MaxMemory = n << 20
	case "--stack-size", "--stack_size", "--max-stack-size":
		if n > 0 {
			o.MaxCallDepth = int(n)
		}
	default:
		return false
	}
	return true
}

// WithExecArgv returns o with the limits an execArgv sets (SetLimitFlag's
// flags, as --flag=N or --flag N): a forked child's, whose execArgv, as in
// Node, sets its flags. Values that are not whole numbers ≥ 0 are ignored.
func (o Options) WithExecArgv(execArgv []string) Options {
	for i := 0; i < len(execArgv); i++ {
		name, value, hasValue := strings.Cut(execArgv[i], "=")
		if !hasValue && i+1 < len(execArgv) {
			if SetLimitFlag(&Options{}, name, 0) {
				i++
				value = execArgv[i]
			}
		}
		if n, err := strconv.ParseInt(value, 10, 64); err == nil && n >= 0 {
			SetLimitFlag(&o, name, n)
		}
	}
	return o
}
