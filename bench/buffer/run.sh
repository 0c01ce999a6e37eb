#!/usr/bin/env bash
# Runs bench.js under isonode and /usr/bin/node and prints ms/op for each
# case and the ratio isonode/node (below 1 means isonode is faster).
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
a=$(mktemp) b=$(mktemp)
"$iso" "$here/bench.js" >"$a"
"$node" "$here/bench.js" >"$b"
printf '%-22s %12s %12s %8s\n' case isonode_ms node_ms ratio
join "$a" "$b" | while read -r name x y; do
  awk -v n="$name" -v x="$x" -v y="$y" 'BEGIN { printf "%-22s %12.3f %12.3f %8.2f\n", n, x, y, (y > 0 ? x / y : 0) }'
done
rm -f "$a" "$b"
