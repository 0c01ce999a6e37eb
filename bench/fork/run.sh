#!/usr/bin/env bash
# Forked children: isonode (each child an isolate in this process) against
# /usr/bin/node (each child an OS process), side by side; prints each
# measure and the ratio isonode/node (lower is better for all three).
#   bench/fork/run.sh [runs]     (default 3 runs each; the best value counts)
set -eu
here=$(cd "$(dirname "$0")" && pwd)
ISONODE=${ISONODE:-/tmp/isonode}
NODE=${NODE:-/usr/bin/node}
runs=${1:-3}
if [ ! -x "$ISONODE" ]; then
  (cd "$here/../.." && go build -o "$ISONODE" ./cmd/node)
fi
best() { # best values over $runs runs of $1
  for _ in $(seq "$runs"); do "$1" "$here/bench.js"; done |
    awk '{ if (!($1 in b) || $2 < b[$1]) b[$1] = $2; if (!($1 in o)) { o[$1] = n++ } }
         END { for (k in o) print o[k], k, b[k] }' | sort -n | cut -d' ' -f2-
}
iso=$(best "$ISONODE")
nod=$(best "$NODE")
printf '%-18s %10s %10s %8s\n' measure isonode node ratio
join <(echo "$iso" | sort) <(echo "$nod" | sort) |
  awk '{ printf "%-18s %10s %10s %7.3fx\n", $1, $2, $3, ($3 > 0 ? $2 / $3 : 0) }'
