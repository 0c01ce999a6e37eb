#!/usr/bin/env bash
# Runs bench.js under isonode and /usr/bin/node and prints ms/op for each
# case and the ratio isonode/node (below 1 means isonode is faster).
# Each side runs RUNS times (default 3), alternating, and the best time of
# each case is kept, which damps the noise of a busy machine.
# Usage: bench/buffer/run.sh [path-to-isonode-binary]
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
iso=${1:-}
if [ -z "$iso" ]; then
  iso=$(mktemp -d)/isonode
  (cd "$root" && go build -o "$iso" ./cmd/node)
fi
node=${NODE:-/usr/bin/node}
runs=${RUNS:-3}
a=$(mktemp) b=$(mktemp)
for _ in $(seq "$runs"); do
  "$iso" "$here/bench.js" >>"$a"
  "$node" "$here/bench.js" >>"$b"
done
best() { awk '!($1 in m) || $2 < m[$1] { m[$1] = $2 } !($1 in seen) { seen[$1] = 1; order[++k] = $1 } END { for (i = 1; i <= k; i++) print order[i], m[order[i]] }' "$1"; }
printf '%-22s %12s %12s %8s\n' case isonode_ms node_ms ratio
join <(best "$a") <(best "$b") | while read -r name x y; do
  awk -v n="$name" -v x="$x" -v y="$y" 'BEGIN { printf "%-22s %12.3f %12.3f %8.2f\n", n, x, y, (y > 0 ? x / y : 0) }'
done
rm -f "$a" "$b"
