#!/usr/bin/env bash
# Runs Node's own v0.10-era tests (nodejs/node test/simple/*.js, fetched into
# a scratch folder — they are not part of this repository) on isonode and on
# /usr/bin/node, one line per test with both exit codes.
#
#   tests/node-simple/run.sh DIR test-foo.js …
#
# DIR is the scratch folder holding test/simple/ and test/fixtures/; this
# script installs its common.js shim as DIR/test/common.js. ISONODE picks the
# binary (default: built from this checkout into DIR/bin/node);
# NODE_COMMON_PORT and NODE_TEST_TMP keep parallel runs apart.
set -u
here=$(cd "$(dirname "$0")" && pwd)
dir=$1
shift
mkdir -p "$dir/test/simple" "$dir/test/fixtures" "$dir/bin"
cp "$here/common.js" "$dir/test/common.js"
ISONODE=${ISONODE:-$dir/bin/node}
if [ ! -x "$ISONODE" ]; then
  (cd "$here/../.." && go build -o "$ISONODE" ./cmd/node)
fi
export NODE_TEST_TMP=${NODE_TEST_TMP:-$dir/tmp}
mkdir -p "$NODE_TEST_TMP"
cd "$dir"
out=$(mktemp)
for t in "$@"; do
  t=test/simple/$(basename "$t")
  timeout "${T:-60}" "$ISONODE" "$t" >"$out" 2>&1; a=$?
  timeout "${T:-60}" /usr/bin/node "$t" >"$out" 2>&1; b=$?
  printf '%-60s isonode=%-3s node20=%-3s\n' "$t" "$a" "$b"
done
rm -f "$out"
