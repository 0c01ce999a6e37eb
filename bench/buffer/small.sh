#!/usr/bin/env bash
# Runs small.js (small-Buffer creation, slicing and short strings) under
# isonode and /usr/bin/node and prints ns/call per case with the ratio
# isonode/node. RUNS (default 3) runs of each, best kept.
# Usage: bench/buffer/small.sh   (ISONODE=path to use a prebuilt binary)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
. "$here/../lib.sh"
bench_compare "${RUNS:-3}" small_buffer_ns "$here/small.js"
