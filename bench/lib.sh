# Shared by the bench/*/run.sh scripts: run a benchmark script with isonode
# and with /usr/bin/node, keep the best value of each measure over N runs,
# and print both with the ratio isonode/node (lower is better).
#
# A benchmark script prints one "name value" line per measure. Use:
#   . "$(dirname "$0")/../lib.sh"
#   bench_compare RUNS LABEL script.js [script args…]
# ISONODE (default /tmp/isonode, built from this checkout if missing) and
# NODE (default /usr/bin/node) choose the binaries.

ISONODE=${ISONODE:-/tmp/isonode}
NODE=${NODE:-/usr/bin/node}
if [ ! -x "$ISONODE" ]; then
  (cd "$(dirname "${BASH_SOURCE[0]}")/.." && go build -o "$ISONODE" ./cmd/node)
fi

# bench_best RUNS BINARY ARGS… prints "name best" lines in first-seen order.
bench_best() {
  local runs=$1 bin=$2
  shift 2
  for _ in $(seq "$runs"); do "$bin" "$@"; done |
    awk '{ if (!($1 in b) || $2 < b[$1]) b[$1] = $2; if (!($1 in o)) { o[$1] = n++ } }
         END { for (k in o) print o[k], k, b[k] }' | sort -n | cut -d' ' -f2-
}

# bench_compare RUNS LABEL ARGS… prints the side-by-side table.
bench_compare() {
  local runs=$1 label=$2
  shift 2
  bench_table "$label" isonode node "$(bench_best "$runs" "$ISONODE" "$@")" "$(bench_best "$runs" "$NODE" "$@")"
}

# bench_table LABEL NAME1 NAME2 RESULTS1 RESULTS2 prints two bench_best
# outputs side by side with the ratio RESULTS1/RESULTS2.
bench_table() {
  printf '%-26s %12s %12s %8s\n' "$1" "$2" "$3" ratio
  join <(echo "$4" | sort) <(echo "$5" | sort) |
    awk '{ printf "%-26s %12s %12s %7.3fx\n", $1, $2, $3, ($3 > 0 ? $2 / $3 : 0) }'
}
