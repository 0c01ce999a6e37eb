// Package cluster is Node's 'cluster' module on forked isolates.
//
// cluster.fork() forks process.argv[1] (or setupPrimary's exec) with
// child_process.fork, so every worker is an isolate of this process with its
// own loop goroutine. The primary and its workers talk over the fork IPC
// channel (internal messages {cmd: 'NODE_CLUSTER', …}).
//
// Listening sockets are shared as Node's round-robin policy
// (cluster.SCHED_RR, the only one done): a TCP server that a worker listens
// on (unless listen's exclusive option is set) joins one listening socket
// per (primary, host, port, ipv6Only), owned by the net binding
// (nodeapi/net/sock.go). A goroutine accepts on it and hands each
// connection to the next listening worker's isolate, where it arrives as
// the server's 'connection'. Port 0 is picked once for the primary's
// workers. The worker then tells the primary ('listening' on the worker and
// on cluster, with {address, port, addressType}); worker.disconnect()
// closes the worker's servers, then disconnects.
//
// Missing: sharing Unix-socket (pipe) servers, workers forked with
// isolation: 'process' (they listen on their own), and SCHED_NONE (the
// setting is recorded; connections still go round-robin).
package cluster

import (
	_ "embed"

	"github.com/isonode/isonode/nodeapi/modkit"
)

//go:embed cluster.js
var clusterJS string

// Module is the registry entry for 'cluster'.
var Module = modkit.Module{Name: "cluster", JS: modkit.NewScript("cluster.js", clusterJS)}
