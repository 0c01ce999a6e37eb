// Package logs is isonode's own structured logging, on go.uber.org/zap:
// what the runtime does with isolates (spawn, exit with reason and
// duration, uncaught errors, limits), never a program's console output,
// which goes to the isolate's stdout and stderr as in Node.
//
//	log, err := logs.New(os.Stderr, "info", "json")
//	logs.Attach(sched, log) // before the first Spawn: logs every spawn and exit
//	h := sched.Spawn(spec)
//
// Levels are chosen so that the default (warn) leaves a script's stderr as
// Node's would be: an uncaught exception or a stack overflow is part of the
// program's behaviour and is printed by the isolate anyway, so it is logged
// at info; a Go panic inside an isolate (a crash) at error.
package logs

import (
	"fmt"
	"io"
	"strings"

	"github.com/isonode/isonode/isolate"
	"github.com/isonode/isonode/nodeapi"
	"github.com/isonode/isonode/scheduler"
	"go.uber.org/zap"
	"go.uber.org/zap/zapcore"
)

// Levels and formats New accepts.
const (
	DefaultLevel  = "warn"
	DefaultFormat = "console"
)

// ParseLevel accepts debug, info, warn and error.
func ParseLevel(s string) (zapcore.Level, error) {
	switch strings.ToLower(s) {
	case "debug":
		return zapcore.DebugLevel, nil
	case "info":
		return zapcore.InfoLevel, nil
	case "warn", "warning":
		return zapcore.WarnLevel, nil
	case "error":
		return zapcore.ErrorLevel, nil
	}
	return 0, fmt.Errorf("invalid log level %q (debug, info, warn, error)", s)
}

// New returns a logger writing to w at level ("" for DefaultLevel) in format
// "json" or "console" ("" for DefaultFormat).
func New(w io.Writer, level, format string) (*zap.Logger, error) {
	if level == "" {
		level = DefaultLevel
	}
	if format == "" {
		format = DefaultFormat
	}
	lvl, err := ParseLevel(level)
	if err != nil {
		return nil, err
	}
	cfg := zap.NewProductionEncoderConfig()
	cfg.TimeKey = "ts"
	cfg.EncodeTime = zapcore.ISO8601TimeEncoder
	cfg.EncodeDuration = zapcore.SecondsDurationEncoder
	var enc zapcore.Encoder
	switch strings.ToLower(format) {
	case "json":
		enc = zapcore.NewJSONEncoder(cfg)
	case "console", "text":
		cfg.EncodeLevel = zapcore.CapitalLevelEncoder
		enc = zapcore.NewConsoleEncoder(cfg)
	default:
		return nil, fmt.Errorf("invalid log format %q (json, console)", format)
	}
	core := zapcore.NewCore(enc, zapcore.Lock(zapcore.AddSync(w)), lvl)
	return zap.New(core).Named("isonode"), nil
}

// Attach logs every isolate's exit (reason, code, duration, limits hit) and
// the uncaught errors of isolates that run Node's environment. It chains a
// previously set sched.OnExit, and must be called before the first Spawn
// (see scheduler.Scheduler.OnExit). The uncaught-error hook is process-wide:
// the last Attach wins.
func Attach(sched *scheduler.Scheduler, log *zap.Logger) {
	prevSpawn := sched.OnSpawn
	sched.OnSpawn = func(h *scheduler.Handle) {
		if prevSpawn != nil {
			prevSpawn(h)
		}
		Spawned(log, h)
	}
	prev := sched.OnExit
	sched.OnExit = func(h *scheduler.Handle, reason scheduler.ExitReason) {
		if prev != nil {
			prev(h, reason)
		}
		Exited(log, h, reason)
	}
	nodeapi.SetFatalHook(func(iso *isolate.Isolate, origin, report string) {
		if ce := log.Check(zapcore.InfoLevel, "uncaught exception"); ce != nil {
			ce.Write(zap.String("isolate", iso.Name()), zap.Uint64("id", iso.ID()),
				zap.String("origin", origin), zap.String("error", firstErrorLine(report)),
				zap.String("report", strings.TrimSpace(report)))
		}
	})
}

// Spawned logs that h was spawned.
func Spawned(log *zap.Logger, h *scheduler.Handle) {
	iso := h.Isolate()
	log.Info("isolate spawned", zap.String("isolate", iso.Name()), zap.Uint64("id", iso.ID()))
}

// Exited logs how h ended; Attach calls it from sched.OnExit. (The exit
// code is not logged: OnExit runs before the scheduler publishes it.)
func Exited(log *zap.Logger, h *scheduler.Handle, reason scheduler.ExitReason) {
	iso := h.Isolate()
	fields := []zap.Field{
		zap.String("isolate", iso.Name()), zap.Uint64("id", iso.ID()),
		zap.String("reason", string(reason)), zap.Duration("duration", h.Duration()),
	}
	n := iso.Stats().LimitViolations.Load()
	if n > 0 {
		fields = append(fields, zap.Uint64("limit_violations", n))
	}
	switch {
	case reason == scheduler.ExitCrash:
		log.Error("isolate crashed", fields...)
	case reason == scheduler.ExitTerminated && n > 0:
		log.Warn("isolate killed after hitting a limit", fields...)
	default:
		log.Info("isolate exited", fields...)
	}
}

// firstErrorLine picks the error's own line ("TypeError: bad") out of a
// fatal-error report that starts with the source arrow.
func firstErrorLine(report string) string {
	lines := strings.Split(strings.TrimLeft(report, "\n"), "\n")
	for i, l := range lines {
		if strings.HasSuffix(strings.TrimSpace(l), "^") && i+1 < len(lines) {
			return lines[i+1]
		}
	}
	if len(lines) > 0 {
		return lines[0]
	}
	return ""
}
