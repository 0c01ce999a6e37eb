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
ISONODE=${ISONODE:-/tmp/isonode}
NODE=${NODE:-/usr/bin/node}
runs=${1:-3}
contexts=${2:-10000}
if [ ! -x "$ISONODE" ]; then
  (cd "$here/../.." && go build -o "$ISONODE" ./cmd/node)
fi
best() { # best values over $runs runs of $1
  for _ in $(seq "$runs"); do "$1" --expose-gc "$here/bench.js" "$contexts"; done |
    awk '{ if (!($1 in b) || $2 < b[$1]) b[$1] = $2; if (!($1 in o)) { o[$1] = n++ } }
         END { for (k in o) print o[k], k, b[k] }' | sort -n | cut -d' ' -f2-
}
iso=$(best "$ISONODE")
nod=$(best "$NODE")
printf '%-18s %10s %10s %8s\n' measure isonode node ratio
join <(echo "$iso" | sort) <(echo "$nod" | sort) |
  awk '{ printf "%-18s %10s %10s %7.3fx\n", $1, $2, $3, ($3 > 0 ? $2 / $3 : 0) }'
