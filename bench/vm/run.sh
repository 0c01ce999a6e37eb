#!/usr/bin/env bash
# vm sandboxes: isonode (each context its own goja runtime) against
# /usr/bin/node (each context a V8 context), side by side; prints each
# measure and the ratio isonode/node (lower is better for all three):
#   runInNewContext_ms  mean time of vm.runInNewContext('a + 1', {a: 1})
#   createContext_ms    mean time of vm.createContext({})
#   kb_per_context      RSS delta / N with N contexts alive (default 10000)
#   bench/vm/run.sh [runs] [contexts]   (default 3 runs each; the best value counts)
set -eu
here=$(cd "$(dirname "$0")" && pwd)
contexts=${2:-10000}
. "$here/../lib.sh"
bench_compare "${1:-3}" measure --expose-gc "$here/bench.js" "$contexts"
