#!/bin/sh
# Times util.inspect/util.format with isonode and with /usr/bin/node and
# prints isonode/node ratios. Run from anywhere: bench/util/run.sh
set -e
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"
go build -o /tmp/isonode ./cmd/node
script=bench/util/inspect.js
iso=$(/tmp/isonode "$script")
ref=$(/usr/bin/node "$script")
echo "isonode: $iso" | tr '\n' ' '; echo
echo "node:    $ref" | tr '\n' ' '; echo
for key in inspect_ms format_ms; do
  a=$(echo "$iso" | awk -v k=$key '$1==k {print $2}')
  b=$(echo "$ref" | awk -v k=$key '$1==k {print $2}')
  awk -v k=$key -v a="$a" -v b="$b" 'BEGIN { if (b > 0) printf "%s ratio (isonode/node): %.1fx\n", k, a / b; else printf "%s: node too fast to measure\n", k }'
done
