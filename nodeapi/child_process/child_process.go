// Package child_process is Node's 'child_process' module.
//
// spawn/exec/execFile (and their Sync forms) start real OS processes with
// os.StartProcess. A child's stdout and stderr are read by one goroutine per
// pipe (parked in Go's poller, holding no OS thread while idle) that posts
// chunks to the isolate's mailbox; the reader is held back while the JS
// Readable is past its high-water mark (see source). Writes to stdin run on
// a goroutine per write and complete through an isolate.Request. A waiter
// goroutine posts the exit status.
//
// fork runs the module as a new isolate of this process, spawned through
// Scheduler on its own loop goroutine, with its own Host (argv, env copy,
// cwd, stdio) and an IPC channel: messages are JSON text posted into the
// other isolate's mailbox, so nothing is shared and order is kept. Its pid
// is IsolatePidBase + the isolate ID; process.kill understands it (the
// process package's IsolateKill hook). With the option isolation: 'process'
// fork instead starts this binary (process.execPath) as an OS process with
// the channel on fd 3 as newline-delimited JSON (NODE_CHANNEL_FD, as Node),
// and SetupProcess gives such a child its process.send.
//
// Both ends of a channel run ipc.js (process.send & co), which a forked
// child loads alone: it never evaluates child_process (nor stream, net…)
// unless it requires them, which keeps a child's boot and heap small. Over
// an OS channel, handles (a net.Server or net.Socket) cross as SCM_RIGHTS
// with Node's NODE_HANDLE/NODE_HANDLE_ACK messages: received always, sent
// once nodeapi has given TakeHandleFd (else ERR_NOT_SUPPORTED).
package child_process

import (
	_ "embed"

	"github.com/dop251/goja"
	"github.com/isonode/isonode/nodeapi/modkit"
	"github.com/isonode/isonode/nodeapi/process"
)

//go:embed child_process.js
var childProcessJS string

// Module is the registry entry for 'child_process'.
var Module = modkit.Module{Name: "child_process", Native: native, JS: modkit.NewScript("child_process.js", childProcessJS)}

func init() { process.IsolateKill = KillIsolate }

type state struct {
	c *modkit.Context
}

func native(c *modkit.Context) (*goja.Object, error) {
	s := &state{c: c}
	b := c.RT.NewObject()
	_ = b.Set("spawn", s.spawn)
	_ = b.Set("spawnSync", s.spawnSync)
	_ = b.Set("fork", s.fork)
	_ = b.Set("pid", func(goja.FunctionCall) goja.Value { return c.RT.ToValue(s.pid()) })
	_ = b.Set("ipc", ipcExports(c))
	_ = b.Set("cwd", func(goja.FunctionCall) goja.Value { return c.RT.ToValue(s.cwd(&spawnOpts{})) })
	return b, nil
}
