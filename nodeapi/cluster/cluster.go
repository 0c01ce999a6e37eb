// Package cluster is Node's 'cluster' module on forked isolates.
//
// cluster.fork() forks process.argv[1] (or setupPrimary's exec) with
// child_process.fork, so every worker is an isolate of this process with its
// own loop goroutine. The primary and its workers talk over the fork IPC
// channel (internal messages {cmd: 'NODE_CLUSTER', …}).
//
// Missing: sharing a listening socket between workers (Node's round-robin
// or shared handles). The net module cannot pass or adopt handles, so a
// server a worker starts is its own: two workers listening on one port get
// EADDRINUSE.
package cluster

import (
	_ "embed"

	"github.com/isonode/isonode/nodeapi/modkit"
)

//go:embed cluster.js
var clusterJS string

// Module is the registry entry for 'cluster'.
var Module = modkit.Module{Name: "cluster", JS: modkit.NewScript("cluster.js", clusterJS)}
