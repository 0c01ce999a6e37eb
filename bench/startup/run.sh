#!/usr/bin/env bash
# Startup: `node -e 0` of isonode and of /usr/bin/node, run alternately in
# one run, N times each; prints the mean wall time of each and the ratio.
#   bench/startup/run.sh [isonode-binary] [N]
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
bin=${1:-}
n=${2:-50}
if [ -z "$bin" ]; then
  bin=$(mktemp -d)/isonode
  (cd "$root" && go build -o "$bin" ./cmd/node)
fi
node=${NODE:-/usr/bin/node}
ns() { date +%s%N; }
ours=0 theirs=0
for ((i = 0; i < n; i++)); do
  t=$(ns); "$bin" -e 0; ours=$((ours + $(ns) - t))
  t=$(ns); "$node" -e 0; theirs=$((theirs + $(ns) - t))
done
awk -v o="$ours" -v t="$theirs" -v n="$n" 'BEGIN {
  printf "node -e 0, mean of %d runs: isonode %.2f ms, node %.2f ms, ratio %.2f (goal <= 0.20)\n", n, o/n/1e6, t/n/1e6, o/t
}'
