package nodeapi

import (
	"github.com/isonode/isonode/isolate"
	"github.com/isonode/isonode/nodeapi/child_process"
	"github.com/isonode/isonode/nodeapi/modkit"
	"github.com/isonode/isonode/nodeapi/net"
)

// child_process.fork starts isolates with nodeapi.Start, and sends handles
// to OS processes with net's descriptors, which it cannot import itself;
// and a forked isolate's process gets its IPC channel (process.send, …)
// during Setup, through setupChildChannel.
func init() {
	child_process.TakeHandleFd = net.TakeTransferFd
	child_process.StartIsolate = func(host *modkit.Host, script string) func(*isolate.Isolate) error {
		return Start(host, Main{Script: script})
	}
}

// setupChildChannel gives process its IPC channel when this isolate was
// forked (in-process, or as an OS process with NODE_CHANNEL_FD set).
func setupChildChannel(e *env) { child_process.SetupProcess(e.ctx, e.process) }
