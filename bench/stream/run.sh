#!/usr/bin/env bash
# Runs bench.js (256 MiB through a Transform in 64 KiB chunks) under isonode
# and /usr/bin/node and prints ms for each case and the ratio isonode/node.
# Usage: bench/stream/run.sh [path-to-isonode-binary]   (default: /tmp/isonode)
set -eu
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
iso=${1:-/tmp/isonode}
if [ ! -x "$iso" ]; then
  (cd "$root" && go build -o "$iso" ./cmd/node)
fi
node=${NODE:-/usr/bin/node}
a=$(mktemp) b=$(mktemp)
trap 'rm -f "$a" "$b"' EXIT
"$iso" "$here/bench.js" >"$a"
"$node" "$here/bench.js" >"$b"
printf '%-26s %12s %12s %8s\n' case isonode_ms node_ms ratio
join "$a" "$b" | while read -r name x y; do
  awk -v n="$name" -v x="$x" -v y="$y" 'BEGIN { printf "%-26s %12d %12d %8.2f\n", n, x, y, (y > 0 ? x / y : 0) }'
done
