#!/usr/bin/env bash
# Runs bench/crypto/crypto_bench.js (hashing, ciphers, pbkdf2, zlib) with
# isonode and with /usr/bin/node and prints each case's time and the ratio
# isonode/node (lower is better).
#   bench/crypto/run.sh [runs]     (default 3 runs each; the best time counts)
set -eu
here=$(cd "$(dirname "$0")" && pwd)
ISONODE=${ISONODE:-/tmp/isonode-crypto-bench}
NODE=${NODE:-/usr/bin/node}
runs=${1:-3}
if [ ! -x "$ISONODE" ]; then
  (cd "$here/../.." && go build -o "$ISONODE" ./cmd/node)
fi
best() { # best times over $runs runs of $1
  for _ in $(seq "$runs"); do "$1" "$here/crypto_bench.js"; done |
    awk '{ if (!($1 in b) || $2 < b[$1]) b[$1] = $2; if (!($1 in o)) { o[$1] = n++ } }
         END { for (k in o) print o[k], k, b[k] }' | sort -n | cut -d' ' -f2-
}
iso=$(best "$ISONODE")
nod=$(best "$NODE")
printf '%-26s %10s %10s %7s\n' case isonode_ms node_ms ratio
join <(echo "$iso" | sort) <(echo "$nod" | sort) |
  awk '{ printf "%-26s %10.1f %10.1f %6.2fx\n", $1, $2, $3, ($3 > 0 ? $2 / $3 : 0) }'
