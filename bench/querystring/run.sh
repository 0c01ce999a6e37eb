#!/usr/bin/env bash
# Runs bench.js on isonode and on /usr/bin/node and prints the time ratio.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
cd "$here/../.."
go build -o /tmp/isonode ./cmd/node
NODE=${NODE:-/usr/bin/node}
iso=$(/tmp/isonode "$here/bench.js")
ref=$("$NODE" "$here/bench.js")
echo "isonode:"; echo "$iso"
echo "node:"; echo "$ref"
paste <(echo "$iso") <(echo "$ref") | awk '{ printf "%s: isonode %.3f ms, node %.3f ms, ratio %.1fx\n", $1, $2, $4, ($4 > 0 ? $2 / $4 : 0) }'
