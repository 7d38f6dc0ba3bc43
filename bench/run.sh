#!/usr/bin/env bash
# interco performance benchmark: interco vs. a PyYAML + networkx peer vs. the raw libyaml floor.
#
#   bench/run.sh [--interco PATH] [--dir DIR] [--sizes 10000,100000,1000000]
#                [--no-peer-above N] [--cat CATEGORY] [--at DATE] [--runs 20] [--no-install]
#
#   --interco        the binary to measure (default .build/release/interco)
#   --dir            scratch directory for the generated models (default /tmp/interco-bench);
#                    a model is reused unless bench/generate_model.py is newer than it
#   --sizes          rights per model, comma-separated (default 10000,100000,1000000)
#   --no-peer-above  skip the Python peer for models with more rights than N (at 1M the peer
#                    takes minutes and > 8 GiB)
#   --cat            category asked with who-can-reach (default c4.3: mid-tree, reached by
#                    nearly every actor)
#   --at             query date (default 2024-06-01)
#   --runs           runs per start-up / shipped-model measurement (default 20)
#   --no-install     do not apt-get / pip install anything missing; fail instead
#   --no-hyperfine   time start-up with a plain shell loop even if hyperfine is there
#
# Needs (installed when missing unless --no-install; apt needs root):
#   /usr/bin/time (apt: time), gcc + libyaml (apt: libyaml-dev), python3 with PyYAML built
#   with its libyaml C extension (yaml.__with_libyaml__, pip: pyyaml) and networkx
#   (pip: networkx); hyperfine (apt: hyperfine) is optional: without it a loop of --runs
#   runs is timed. Disk: ~160 MB per 1M-rights model. Memory: the peer needs > 8 GiB at 1M.
#
# Prints a Markdown report on stdout; progress on stderr. Every measurement of one size is
# taken in the same run, one after the other, with the model in the page cache.
set -euo pipefail

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(dirname "$HERE")
INTERCO=$ROOT/.build/release/interco
DIR=/tmp/interco-bench
SIZES=10000,100000,1000000
NO_PEER_ABOVE=
CAT=c4.3
AT=2024-06-01
RUNS=20
INSTALL=1
HYPERFINE=1

while [ $# -gt 0 ]; do
    case $1 in
        --interco) INTERCO=$2; shift 2 ;;
        --dir) DIR=$2; shift 2 ;;
        --sizes) SIZES=$2; shift 2 ;;
        --no-peer-above) NO_PEER_ABOVE=$2; shift 2 ;;
        --cat) CAT=$2; shift 2 ;;
        --at) AT=$2; shift 2 ;;
        --runs) RUNS=$2; shift 2 ;;
        --no-install) INSTALL=0; shift ;;
        --no-hyperfine) HYPERFINE=0; shift ;;
        -h|--help) sed -n '2,28p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
        *) echo "unknown option: $1 (see --help)" >&2; exit 64 ;;
    esac
done

log() { echo "[bench] $*" >&2; }
die() { echo "[bench] error: $*" >&2; exit 1; }

case $INTERCO in /*) ;; *) INTERCO=$PWD/$INTERCO ;; esac
[ -x "$INTERCO" ] || die "no interco binary at $INTERCO (build it, or pass --interco PATH)"
mkdir -p "$DIR"
WORK=$(mktemp -d "$DIR/run.XXXXXX")
trap 'rm -rf "$WORK"' EXIT
# Measure a private copy, so that a build replacing the binary mid-run cannot mix two builds
# (the shipped model is embedded in the binary, so the copy runs on its own).
BIN=$WORK/interco
for attempt in 1 2 3 4 5; do cp "$INTERCO" "$BIN" 2>/dev/null && break; sleep 3; done
[ -x "$BIN" ] || die "cannot copy $INTERCO"
BIN_SHA=$(sha256sum "$BIN" | cut -c1-12)

# --- dependencies ----------------------------------------------------------------------------
apt_install() {
    [ "$INSTALL" = 1 ] || die "missing $1 (apt package $1); run without --no-install or install it"
    log "apt-get install $1"
    apt-get install -y -q "$1" >&2 || { apt-get update -q >&2 && apt-get install -y -q "$1" >&2; }
}
[ -x /usr/bin/time ] || apt_install time
[ -f /usr/include/yaml.h ] || apt_install libyaml-dev
command -v gcc >/dev/null || apt_install gcc
if ! python3 -c 'import yaml, sys; sys.exit(0 if yaml.__with_libyaml__ else 1)' 2>/dev/null; then
    [ "$INSTALL" = 1 ] || die "PyYAML with libyaml missing (pip install pyyaml)"
    log "pip install pyyaml (with libyaml)"
    pip_install() { python3 -m pip install -q "$@" >&2 || python3 -m pip install -q --break-system-packages "$@" >&2; }
    # The manylinux wheels bundle libyaml; otherwise build from source against libyaml-dev.
    pip_install pyyaml
    python3 -c 'import yaml, sys; sys.exit(0 if yaml.__with_libyaml__ else 1)' 2>/dev/null \
        || pip_install --no-binary pyyaml --force-reinstall pyyaml
    python3 -c 'import yaml, sys; sys.exit(0 if yaml.__with_libyaml__ else 1)' \
        || die "PyYAML still has no libyaml C extension"
fi
if ! python3 -c 'import networkx' 2>/dev/null; then
    [ "$INSTALL" = 1 ] || die "networkx missing (pip install networkx)"
    log "pip install networkx"
    python3 -m pip install -q networkx >&2 || python3 -m pip install -q --break-system-packages networkx >&2
fi
if [ "$HYPERFINE" = 1 ] && ! command -v hyperfine >/dev/null && [ "$INSTALL" = 1 ]; then
    apt_install hyperfine || log "no hyperfine: timing a loop of $RUNS runs instead"
fi
LIBYAML=/tmp/libyaml_parse
if [ ! -x "$LIBYAML" ] || [ "$HERE/libyaml_parse.c" -nt "$LIBYAML" ]; then
    gcc -O2 "$HERE/libyaml_parse.c" -lyaml -o "$LIBYAML"
fi

# --- measuring -------------------------------------------------------------------------------
# measure KEY CMD...: runs CMD with stdout to $WORK/KEY.out, stderr to $WORK/KEY.err; sets
# T[KEY] (wall s), M[KEY] (peak RSS, MiB), RC[KEY] (exit code).
declare -A T M RC
measure() {
    local key=$1; shift
    local rc attempt
    for attempt in 1 2 3 4 5; do  # 126/127: the binary is being replaced by a build; retry
        rc=0
        /usr/bin/time -f "%e %M" -o "$WORK/$key.time" "$@" >"$WORK/$key.out" 2>"$WORK/$key.err" || rc=$?
        case $rc in 126|127) log "  $key: exit $rc, retrying"; sleep 3 ;; *) break ;; esac
    done
    RC[$key]=$rc
    read -r t kb < <(tail -n 1 "$WORK/$key.time")
    T[$key]=$t
    M[$key]=$(awk -v k="$kb" 'BEGIN { printf "%.0f", k / 1024 }')
    log "  $key: ${t} s, ${M[$key]} MiB, exit $rc"
}
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.1f×", a / b; else print "n/a" }'; }
cell() {  # "t s / m MiB", or why there is no value
    local key=$1
    if [ -z "${RC[$key]+x}" ]; then echo "skipped"
    elif [ "${RC[$key]}" != 0 ]; then echo "failed (exit ${RC[$key]}; ${T[$key]} s, ${M[$key]} MiB)"
    else echo "${T[$key]} s / ${M[$key]} MiB"; fi
}
ok() { [ -n "${RC[$1]+x}" ] && [ "${RC[$1]}" = 0 ]; }

IFS=, read -r -a SIZE_LIST <<<"$SIZES"
ROWS_RAW=""
ROWS_RATIO=""
PEER_NOTES=""
for n in "${SIZE_LIST[@]}"; do
    model=$DIR/m$n.yaml
    if [ ! -f "$model" ] || [ "$HERE/generate_model.py" -nt "$model" ]; then
        log "generating $model"
        python3 "$HERE/generate_model.py" --rights "$n" --out "$model" >&2
    fi
    bytes=$(stat -c %s "$model")
    mb=$(awk -v b="$bytes" 'BEGIN { printf "%.1f", b / 1e6 }')
    log "size $n rights ($mb MB)"
    cat "$model" >/dev/null  # page cache

    measure "check$n" "$BIN" check --model "$model"
    ok "check$n" || { log "interco check failed:"; head -5 "$WORK/check$n.err" >&2; }
    measure "who$n" "$BIN" who-can-reach "$CAT" --model "$model" --at "$AT" --format json
    run_peer=1
    if [ -n "$NO_PEER_ABOVE" ] && [ "$n" -gt "$NO_PEER_ABOVE" ]; then run_peer=0; fi
    if [ $run_peer = 1 ]; then
        measure "pwho$n" python3 "$HERE/peer.py" who-can-reach "$CAT" "$model" --at "$AT"
        measure "pcheck$n" python3 "$HERE/peer.py" check "$model"
    fi
    measure "yaml$n" "$LIBYAML" "$model"
    raw_rate=$(sed -n 's/.*mb_per_s=\([0-9.]*\).*/\1/p' "$WORK/yaml$n.out")
    raw_rate=${raw_rate:-0}

    # Do the two who-can-reach answers list the same actors?
    answer="not compared"
    n_actors="?"
    if ok "who$n"; then
        python3 - "$WORK/who$n.out" >"$WORK/who$n.ids" <<'EOF' || true
import json, sys
doc = json.load(open(sys.argv[1]))
if doc.get("truncated"):
    print("interco: answer truncated (step budget)", file=sys.stderr)
print("\n".join(sorted(r["actor"]["id"] for r in doc["results"])))
EOF
        n_actors=$(grep -c . "$WORK/who$n.ids" || true)
        grep -q '"truncated" : true' "$WORK/who$n.out" && n_actors="$n_actors (truncated!)"
        if ok "pwho$n"; then
            if cmp -s "$WORK/who$n.ids" "$WORK/pwho$n.out"; then
                answer="MATCH"
            else
                answer="MISMATCH"
                log "MISMATCH on $n rights: only interco: $(comm -23 "$WORK/who$n.ids" "$WORK/pwho$n.out" | head -20 | tr '\n' ' ')"
                log "                      only peer:    $(comm -13 "$WORK/who$n.ids" "$WORK/pwho$n.out" | head -20 | tr '\n' ' ')"
                cp "$WORK/who$n.ids" "$DIR/mismatch-$n.interco.txt"
                cp "$WORK/pwho$n.out" "$DIR/mismatch-$n.peer.txt"
            fi
        fi
    fi
    log "  answer: $answer ($n_actors actors)"
    if ok "pwho$n"; then
        PEER_NOTES+="- $n rights: $(grep '^peer:' "$WORK/pwho$n.err" | sed 's/^peer: //' | paste -sd ';' | sed 's/;/; /g')"$'\n'
    fi

    load_rate=$(awk -v b="$bytes" -v t="${T[check$n]}" 'BEGIN { if (t > 0) printf "%.1f", b / 1e6 / t; else print 0 }')
    ROWS_RAW+="| $n | $mb | $(cell check$n) | $(cell who$n) | $(cell pwho$n) | $(cell pcheck$n) | $(cell yaml$n) (parse ${raw_rate} MB/s) |"$'\n'
    if ok "pwho$n" && ok "who$n"; then
        who_t=$(ratio "${T[pwho$n]}" "${T[who$n]}"); who_m=$(ratio "${M[pwho$n]}" "${M[who$n]}")
    else who_t=n/a; who_m=n/a; fi
    if ok "pcheck$n" && ok "check$n"; then
        chk_t=$(ratio "${T[pcheck$n]}" "${T[check$n]}"); chk_m=$(ratio "${M[pcheck$n]}" "${M[check$n]}")
    else chk_t=n/a; chk_m=n/a; fi
    pct=$(awk -v a="$load_rate" -v b="$raw_rate" 'BEGIN { if (b > 0) printf "%.0f %%", 100 * a / b; else print "n/a" }')
    ROWS_RATIO+="| $n | $who_t | $who_m | $chk_t | $chk_m | $load_rate MB/s | $raw_rate MB/s | $pct | $answer ($n_actors actors) |"$'\n'
done

# --- start-up and the shipped model ----------------------------------------------------------
log "start-up and shipped-model queries ($RUNS runs each)"
SHIPPED=(
    "--version"
    "who-can-reach bank-transactions"
    "reach france-travail"
    "paths france-travail.fraud bank-transactions"
)
declare -A MEAN SD
if [ "$HYPERFINE" = 1 ] && command -v hyperfine >/dev/null; then
    method="hyperfine -N, 3 warm-up runs, $RUNS runs"
    for i in "${!SHIPPED[@]}"; do
        hyperfine -N --warmup 3 --runs "$RUNS" --export-json "$WORK/hf$i.json" \
            "$BIN ${SHIPPED[$i]}" >/dev/null 2>"$WORK/hf$i.err" || { cat "$WORK/hf$i.err" >&2; die "hyperfine failed"; }
        read -r MEAN[$i] SD[$i] < <(python3 -c 'import json, sys; r = json.load(open(sys.argv[1]))["results"][0]; print("%.1f %.1f" % (r["mean"] * 1000, r["stddev"] * 1000))' "$WORK/hf$i.json")
    done
else
    method="shell loop, 1 warm-up run, $RUNS runs"
    for i in "${!SHIPPED[@]}"; do
        read -r -a args <<<"${SHIPPED[$i]}"
        "$BIN" "${args[@]}" >/dev/null 2>&1 || true
        : >"$WORK/loop$i"
        for _ in $(seq "$RUNS"); do
            s=$(date +%s.%N); "$BIN" "${args[@]}" >/dev/null 2>&1 || true; e=$(date +%s.%N)
            echo "$s $e" >>"$WORK/loop$i"
        done
        read -r MEAN[$i] SD[$i] < <(awk '{ d = ($2 - $1) * 1000; s += d; q += d * d; n++ }
            END { m = s / n; v = q / n - m * m; printf "%.1f %.1f\n", m, (v > 0 ? sqrt(v) : 0) }' "$WORK/loop$i")
    done
fi

# --- report ----------------------------------------------------------------------------------
cpu=$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//')
mem=$(free -g | awk '/^Mem:/ { print $2 " GiB total, " $7 " GiB available" }')
version=$("$BIN" --version 2>&1 || true)
peer_versions=$(python3 -c 'import yaml, networkx, sys; print(f"Python {sys.version.split()[0]}, PyYAML {yaml.__version__} (libyaml {yaml.__with_libyaml__}), networkx {networkx.__version__}")')

cat <<EOF
# interco benchmark

- date: $(date -u +%Y-%m-%dT%H:%M:%SZ)
- machine: $(nproc) cores, $cpu; memory $mem; $(uname -sr)
- interco: \`$INTERCO\` (version $version, sha256 $BIN_SHA…, measured from a private copy)
- peer: \`bench/peer.py\` ($peer_versions)
- query: \`who-can-reach $CAT --at $AT --format json\` (peer: same category and date, max hops 1)
- models: \`bench/generate_model.py --rights N --seed 1\` in \`$DIR\`

## Wall time / peak RSS (\`/usr/bin/time -f "%e %M"\`, one run each)

| rights | MB | interco check | interco who-can-reach | peer who-can-reach | peer check | libyaml raw parse |
|---:|---:|---|---|---|---|---|
$ROWS_RAW
## Ratios (peer / interco) and load throughput

interco load = model MB / \`interco check\` wall time (read, parse, build, validate);
libyaml = raw event parse only, file already in memory (the floor).

| rights | who time | who memory | check time | check memory | interco load | libyaml raw | interco / libyaml | answers |
|---|---:|---:|---:|---:|---:|---:|---:|---|
$ROWS_RATIO
Where the peer's who-can-reach time goes (its own clock):

$PEER_NOTES
## Start-up and the shipped model ($method)

| command | mean ms | ± sd | × \`--version\` |
|---|---:|---:|---:|
EOF
for i in "${!SHIPPED[@]}"; do
    echo "| \`interco ${SHIPPED[$i]}\` | ${MEAN[$i]} | ${SD[$i]} | $(ratio "${MEAN[$i]}" "${MEAN[0]}") |"
done
