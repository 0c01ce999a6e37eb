#!/usr/bin/env bash
# Runs bench/fs/fs_bench.js with isonode and with /usr/bin/node and prints
# each case's time and the ratio isonode/node (lower is better).
#   bench/fs/run.sh [runs]     (default 3 runs each; the best time counts)
set -eu
here=$(cd "$(dirname "$0")" && pwd)
. "$here/../lib.sh"
bench_compare "${1:-3}" case "$here/fs_bench.js"
