#!/usr/bin/env bash
# Runs bench/crypto/crypto_bench.js (hashing, ciphers, pbkdf2, zlib) with
# isonode and with /usr/bin/node and prints each case's time and the ratio
# isonode/node (lower is better).
#   bench/crypto/run.sh [runs]     (default 3 runs each; the best time counts)
set -eu
here=$(cd "$(dirname "$0")" && pwd)
ISONODE=${ISONODE:-/tmp/isonode-crypto-bench}
. "$here/../lib.sh"
bench_compare "${1:-3}" case "$here/crypto_bench.js"
