#!/usr/bin/env bash
# Forked children: isonode (each child an isolate in this process) against
# /usr/bin/node (each child an OS process), side by side; prints each
# measure and the ratio isonode/node (lower is better for all three). Then
# Node's worker_threads (Node only) as the in-process reference, and the
# ratio of isonode's fork to it.
#   bench/fork/run.sh [runs]     (default 3 runs each; the best value counts)
# Heap and allocations per forked child, less noisy on a loaded machine:
#   go test ./nodeapi/child_process -run XXX -bench 'ForkedChildHeap|ForkFirstMessage'
set -eu
here=$(cd "$(dirname "$0")" && pwd)
. "$here/../lib.sh"
runs=${1:-3}
bench_compare "$runs" measure "$here/bench.js"
echo
bench_table "vs node worker_threads" isonode-fork node-worker \
  "$(bench_best "$runs" "$ISONODE" "$here/bench.js")" "$(bench_best "$runs" "$NODE" "$here/workers.js")"
