#!/usr/bin/env bash
# Reachability on pathological model families (issue 9): time and peak memory against size.
#
#   bench/families.sh [--interco PATH] [--dir DIR] [--quick]
#
# Families come from bench/families.py (ring, layers, actors, cycle) and bench/generate_model.py
# (the many-hops family: --max-hops 4 on growing synthetic models). Each query runs once, under
# /usr/bin/time; the growth exponent between two sizes is log(t2/t1) / log(s2/s1) (1: linear),
# measured, not assumed. --quick runs the two smallest sizes only. Prints Markdown on stdout.
set -euo pipefail
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(dirname "$HERE")
INTERCO=$ROOT/.build/release/interco
DIR=/tmp/interco-families
QUICK=0
while [ $# -gt 0 ]; do
    case $1 in
        --interco) INTERCO=$2; shift 2 ;;
        --dir) DIR=$2; shift 2 ;;
        --quick) QUICK=1; shift ;;
        -h|--help) sed -n '2,10p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
        *) echo "unknown option: $1" >&2; exit 64 ;;
    esac
done
mkdir -p "$DIR"
[ -x "$INTERCO" ] || { echo "build first: swift build -c release" >&2; exit 1; }

# family | sizes | query (MODEL is replaced by the model's path)
CASES=(
  "ring|250 500 1000 2000|who-can-reach d --model MODEL"
  "layers|10 20 40 80|reach x0 --model MODEL"
  "layers|10 20 40 80|render --model MODEL --format dot -o /dev/null"
  "actors|500 1000 2000 4000|who-can-reach d --max-hops 4 --model MODEL"
  "cycle|1000 2000 4000 8000|who-can-reach d --model MODEL"
  "cycle|1000 2000 4000 8000|render --reach a0 --model MODEL --format dot -o /dev/null"
  "rights|10000 20000 40000 80000 160000|who-can-reach c1 --max-hops 4 --at 2024-06-01 --model MODEL"
)

echo "| family | query | size | model size | time | peak memory | growth exponent (time) |"
echo "|---|---|---:|---:|---:|---:|---:|"
for case in "${CASES[@]}"; do
    IFS='|' read -r family sizes query <<< "$case"
    previous_size=; previous_time=
    count=0
    for size in $sizes; do
        count=$((count + 1))
        [ $QUICK = 1 ] && [ $count -gt 2 ] && break
        model=$DIR/$family-$size.yaml
        if [ ! -s "$model" ]; then
            if [ "$family" = rights ]; then
                python3 "$HERE/generate_model.py" --rights "$size" --out "$model" > /dev/null 2>&1
            else
                python3 "$HERE/families.py" --family "$family" --size "$size" --out "$model"
            fi
        fi
        # shellcheck disable=SC2086
        /usr/bin/time -f "%e %M" -o "$DIR/time.txt" "$INTERCO" ${query//MODEL/$model} > /dev/null
        read -r seconds kilobytes < "$DIR/time.txt"
        growth=
        if [ -n "$previous_size" ]; then
            growth=$(python3 -c "import math; print('%.2f' % (math.log(max($seconds, 0.01) / max($previous_time, 0.01)) / math.log($size / $previous_size)))")
        fi
        bytes=$(stat -c %s "$model")
        printf '| %s | `%s` | %s | %s KB | %s s | %s MiB | %s |\n' "$family" "${query// --model MODEL/}" "$size" \
            $((bytes / 1024)) "$seconds" $((kilobytes / 1024)) "$growth"
        previous_size=$size; previous_time=$seconds
    done
done
