#!/usr/bin/env bash
# Wall time of each layout engine on the whole map of bench/engine_model.py models of growing
# size, in-process through `interco render --format svg --no-size-limit`. Each run is cut at
# TIMEOUT seconds; an engine stops growing after its first cut run. "nodes" counts clusters too,
# as the limits do (DOTGraph.size).
#
#   bench/engine_limits.sh [interco binary] [TIMEOUT] (defaults .build/release/interco, 60)
set -uo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
BIN=${1:-$ROOT/.build/release/interco}
LIMIT=${2:-60}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
sizes=${SIZES:-125 250 500 1000 2000 4000}
for n in $sizes; do python3 "$ROOT/bench/engine_model.py" "$n" > "$work/m$n.yaml"; done
echo "| engine | actors | nodes | edges | seconds |"
echo "|---|---|---|---|---|"
for engine in ${ENGINES:-dot neato fdp sfdp circo twopi osage}; do
  for n in $sizes; do
    size=$("$BIN" render --model "$work/m$n.yaml" --format dot -o - | python3 -c '
import sys; t = sys.stdin.read(); e = t.count(" -> "); print(t.count(" [") - 3 - e, e)')
    start=$(date +%s.%N)
    timeout "$LIMIT" "$BIN" render --model "$work/m$n.yaml" --engine "$engine" --no-size-limit \
      --format svg -o "$work/out.svg" --timeout 86400 >/dev/null 2>&1
    status=$?
    end=$(date +%s.%N)
    seconds=$(python3 -c "print(f'{$end - $start:.1f}')")
    [ "$status" -eq 124 ] && seconds="> $LIMIT (cut)"
    [ "$status" -ne 0 ] && [ "$status" -ne 124 ] && seconds="$seconds (exit $status)"
    echo "| $engine | $n | ${size% *} | ${size#* } | $seconds |"
    [ "$status" -eq 124 ] && break
  done
done
