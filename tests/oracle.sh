#!/usr/bin/env bash
# The oracle: runs every conformance fixture on /usr/bin/node and reports
# where Node's stdout or exit code differ from the expected files.
#   tests/oracle.sh            report differences
#   tests/oracle.sh --write    write expected files that are missing
#   tests/oracle.sh DIR...     only these fixture directories
# A fixture whose source says "v0.10 differs" (or "isonode differs", for the
# stricter vm sandbox) is expected to differ from Node v20 there: its
# difference is reported as documented, not as a failure.
set -u
cd "$(dirname "$0")/conformance" || exit 1
NODE=${NODE:-/usr/bin/node}
write=0
dirs=()
for a in "$@"; do
  case "$a" in
    --write) write=1 ;;
    *) dirs+=("${a#conformance/}") ;;
  esac
done
[ ${#dirs[@]} -eq 0 ] && dirs=(*/)
fail=0 documented=0 same=0
tmp=$(mktemp)
trap 'rm -f "$tmp"' EXIT
for d in "${dirs[@]}"; do
  for f in "${d%/}"/*.js; do
    [ -e "$f" ] || continue
    base=${f%.js}
    (cd "$(dirname "$f")" && timeout 30 "$NODE" "$(basename "$f")" > "$tmp" 2>/dev/null)
    code=$?
    if [ ! -e "$base.stdout" ]; then
      if [ $write = 1 ]; then
        cp "$tmp" "$base.stdout"
        if [ $code != 0 ]; then echo "$code" > "$base.exitcode"; fi
        echo "wrote $base.stdout (exit $code)"
      else
        echo "MISSING $base.stdout"
      fi
      continue
    fi
    wantcode=0
    if [ -e "$base.exitcode" ]; then wantcode=$(tr -d ' \n' < "$base.exitcode"); fi
    if cmp -s "$tmp" "$base.stdout" && [ "$code" = "$wantcode" ]; then
      same=$((same+1))
    elif grep -q -e "v0.10 differs" -e "isonode differs" "$f"; then
      documented=$((documented+1)); echo "documented v0.10 difference: $f"
    else
      fail=$((fail+1)); echo "DIFFERS: $f (node exit $code, expected $wantcode)"
      diff "$base.stdout" "$tmp" | head -20
    fi
  done
done
echo "oracle: $same same, $documented documented v0.10 differences, $fail differ"
[ $fail = 0 ]
