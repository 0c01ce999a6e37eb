#!/usr/bin/env bash
# User-space instructions per echoed message in isonode's echo server,
# counted by callgrind: repeatable for the same binary, unlike times on a
# busy machine, so it shows what a change to the per-message paths costs.
# The server runs twice under valgrind, for 2,000 and for 6,000 messages on
# each of CONNS connections (default 1: a message per wake-up, the most
# repeatable; more connections batch by chance), and the difference in its
# instructions is divided by the messages between them, which takes out
# startup and exit.
# (Go's asynchronous preemption is off: callgrind does not survive its
# signals.)
# Usage: bench/tcp-echo/instructions.sh [path-to-isonode-binary]
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
iso=${1:-}
if [ -z "$iso" ]; then
  iso=$tmp/isonode
  (cd "$root" && go build -o "$iso" ./cmd/node)
fi
(cd "$root" && go build -o "$tmp/tcp-echo" ./bench/tcp-echo)
cat >"$tmp/server" <<EOS
#!/bin/sh
exec valgrind --tool=callgrind --callgrind-out-file="$tmp/out.\$\$" "$iso" "\$@" 2>>"$tmp/valgrind.log"
EOS
chmod +x "$tmp/server"
ir() { # ir N: the server's instructions for N messages per connection
  rm -f "$tmp"/out.*
  GODEBUG=asyncpreemptoff=1 "$tmp/tcp-echo" -pin=false -isonode "$tmp/server" -c "${CONNS:-1}" -msgs "$1" >/dev/null
  callgrind_annotate "$tmp"/out.* 2>/dev/null | awk '/PROGRAM TOTALS/ { gsub(",", "", $1); print $1 }'
}
a=$(ir 2000)
b=$(ir 6000)
echo "user instructions per message: $(((b - a) / (4000 * ${CONNS:-1})))"
