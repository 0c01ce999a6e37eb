#!/usr/bin/env bash
# TCP echo benchmark: 100 connections, 1 KiB ping-pong, against echo.js run
# by isonode and by /usr/bin/node. Extra arguments go to the generator
# (-c connections, -s size, -d duration, -w warm-up, -rounds).
set -eu
here=$(cd "$(dirname "$0")" && pwd)
ISONODE=${ISONODE:-/tmp/isonode}
(cd "$here/../.." && go build -o "$ISONODE" ./cmd/node)
cd "$here/../.." && go run ./bench/tcp-echo -isonode "$ISONODE" -node "${NODE:-/usr/bin/node}" "$@"
