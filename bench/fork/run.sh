#!/usr/bin/env bash
# Forked children: isonode (each child an isolate in this process) against
# /usr/bin/node (each child an OS process), side by side; prints each
# measure and the ratio isonode/node (lower is better for all three).
#   bench/fork/run.sh [runs]     (default 3 runs each; the best value counts)
set -eu
here=$(cd "$(dirname "$0")" && pwd)
. "$here/../lib.sh"
bench_compare "${1:-3}" measure "$here/bench.js"
