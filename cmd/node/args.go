package main

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/isonode/isonode/isolate"
)

type options struct {
	version, help, v8Options bool
	eval                     *string
	print                    bool
	interactive              bool
	exposeGC                 bool
	limits                   isolate.Options // --max-old-space-size, --stack-size
	preload                  []string
	script                   string
	args                     []string
	execArgv                 []string
	warnings                 []string
	// isonode's own: the metrics endpoint and the runtime's logs
	metricsAddr         string
	logLevel, logFormat string
	// --isolates a.js b.js … and --isolates-from=FILE: many main scripts,
	// each in its own isolate (isolates.go)
	isolates     bool
	isolatesFrom string
	// --isolates-prefix: "[name] " before every output line of a script;
	// --isolates-restart=N: restart a failing script up to N times
	isolatesPrefix  bool
	isolatesRestart int
}

// ignoredV8Flags are V8 options common in scripts and package.json files;
// they are accepted silently. Other unknown "--" options get a warning.
var ignoredV8Flags = []string{
	"--harmony", "--max-semi-space-size",
	"--nouse-idle-notification", "--use-strict", "--use_strict", "--no-deprecation",
	"--trace-deprecation", "--throw-deprecation", "--no-warnings", "--trace-warnings",
	"--expose-internals", "--es-staging", "--optimize-for-size", "--gc-interval",
	"--abort-on-uncaught-exception", "--preserve-symlinks", "--trace-uncaught",
	"--unhandled-rejections", "--enable-source-maps", "--max-http-header-size",
	"--stack-trace-limit",
}

func parseArgs(args []string) (*options, error) {
	o := &options{}
	for i := 0; i < len(args); i++ {
		a := args[i]
		if o.eval == nil && (a == "" || a[0] != '-' || a == "-") {
			o.script = a
			o.args = args[i+1:]
			return o, nil
		}
		if o.eval != nil && (a == "" || a[0] != '-') {
			o.args = args[i:]
			return o, nil
		}
		o.execArgv = append(o.execArgv, a)
		needValue := func() (string, error) {
			if i+1 >= len(args) {
				return "", fmt.Errorf("%s requires an argument", a)
			}
			i++
			o.execArgv = append(o.execArgv, args[i])
			return args[i], nil
		}
		name, value, hasValue := strings.Cut(a, "=")
		// optionValue is the option's value: after "=", or the next argument.
		optionValue := func() (string, error) {
			if hasValue {
				return value, nil
			}
			return needValue()
		}
		// countValue is the option's value as a non-negative integer.
		countValue := func() (int64, error) {
			v, err := optionValue()
			if err != nil {
				return 0, err
			}
			n, err := strconv.ParseInt(v, 10, 64)
			if err != nil || n < 0 {
				return 0, fmt.Errorf("invalid value for %s: %s", name, v)
			}
			return n, nil
		}
		switch name {
		case "--":
			o.execArgv = o.execArgv[:len(o.execArgv)-1]
			if i+1 < len(args) && o.eval == nil {
				o.script = args[i+1]
				o.args = args[i+2:]
			} else if i+1 < len(args) {
				o.args = args[i+1:]
			}
			return o, nil
		case "-v", "--version":
			o.version = true
		case "-h", "--help":
			o.help = true
		case "--v8-options":
			o.v8Options = true
		case "-e", "--eval", "-p", "--print", "-pe", "-ep":
			if name == "-p" || name == "--print" || name == "-pe" || name == "-ep" {
				o.print = true
			}
			code := value
			if !hasValue {
				if name == "-p" || name == "--print" {
					// -p may be followed by -e, or by the code itself
					if i+1 < len(args) && (args[i+1] == "-e" || args[i+1] == "--eval") {
						continue
					}
				}
				v, err := needValue()
				if err != nil {
					return nil, err
				}
				code = v
			}
			o.eval = &code
		case "--isolates":
			// every remaining argument is a script (no per-script arguments)
			o.isolates = true
			if hasValue {
				return nil, fmt.Errorf("--isolates takes no value: list the scripts after it")
			}
			o.args = args[i+1:]
			return o, nil
		case "--isolates-from":
			v, err := optionValue()
			if err != nil {
				return nil, err
			}
			o.isolatesFrom = v
		case "--isolates-prefix":
			if hasValue {
				return nil, fmt.Errorf("--isolates-prefix takes no value")
			}
			o.isolatesPrefix = true
		case "--isolates-restart":
			n, err := countValue()
			if err != nil {
				return nil, err
			}
			o.isolatesRestart = int(n)
		case "-i", "--interactive":
			o.interactive = true
		case "-r", "--require":
			v, err := optionValue()
			if err != nil {
				return nil, err
			}
			o.preload = append(o.preload, v)
		case "--metrics-addr", "--log-level", "--log-format":
			v, err := optionValue()
			if err != nil {
				return nil, err
			}
			switch name {
			case "--metrics-addr":
				o.metricsAddr = v
			case "--log-level":
				o.logLevel = v
			default:
				o.logFormat = v
			}
		case "--expose-gc", "--expose_gc":
			o.exposeGC = true
		default:
			if isolate.IsLimitFlag(name) {
				n, err := countValue()
				if err != nil {
					return nil, err
				}
				isolate.SetLimitFlag(&o.limits, name, n)
				continue
			}
			if !strings.HasPrefix(a, "--") {
				return nil, fmt.Errorf("bad option: %s", a)
			}
			if !knownV8Flag(name) {
				o.warnings = append(o.warnings, "ignoring unsupported V8 option "+name)
			}
		}
	}
	return o, nil
}

func knownV8Flag(name string) bool {
	for _, f := range ignoredV8Flags {
		if strings.HasPrefix(name, f) {
			return true
		}
	}
	return false
}
