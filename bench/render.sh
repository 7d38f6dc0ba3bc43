#!/usr/bin/env bash
# In-process rendering against the `dot` binary on the same DOT text, in one run.
#
#   bench/render.sh [interco binary] (default .build/release/interco)
#
# For each view of the shipped model: the DOT text is written once; then hyperfine times
# `dot -Tsvg` on that file, `interco render --format dot` (model load + DOT, no Graphviz) and
# `interco render --format svg` (the same plus in-process layout and SVG). The in-process
# rendering cost is the difference of the last two, compared with the binary's time.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
BIN=${1:-$ROOT/.build/release/interco}
command -v hyperfine >/dev/null || { echo "needs hyperfine (apt-get install hyperfine)" >&2; exit 1; }
command -v dot >/dev/null || { echo "needs the dot binary (apt-get install graphviz)" >&2; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
echo "| view | dot binary (ms) | interco DOT only (ms) | interco SVG (ms) | in-process render (ms) | binary / in-process |"
echo "|---|---|---|---|---|---|"
while read -r name args; do
  # shellcheck disable=SC2086
  "$BIN" render $args --format dot -o "$work/$name.dot"
  hyperfine -N --warmup 3 -r 30 --export-json "$work/$name.json" \
    "dot -Tsvg -o /dev/null $work/$name.dot" \
    "$BIN render $args --format dot -o /dev/null" \
    "$BIN render $args --format svg -o /dev/null" >/dev/null 2>&1
  python3 - "$work/$name.json" "$name" <<'PY'
import json, sys
r = json.load(open(sys.argv[1]))["results"]
binary, dot_only, svg = (x["median"] * 1000 for x in r)
inproc = svg - dot_only
print(f"| {sys.argv[2]} | {binary:.1f} | {dot_only:.1f} | {svg:.1f} | {inproc:.1f} | {binary / inproc:.2f}× |")
PY
done <<'VIEWS'
map --at 2026-11-25
who-bank-transactions --who-can-reach bank-transactions --at 2026-11-25
paths-fraud --paths france-travail.fraud bank-transactions --at 2026-11-25
VIEWS
