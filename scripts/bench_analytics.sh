#!/usr/bin/env bash
# Analytics benchmark: armsnet (release build) against python-igraph on the shared benchmark graphs,
# printing seconds and armsnet/igraph ratios per step, Leiden modularity and armsnet's peak memory.
#
# usage: scripts/bench_analytics.sh [S|M|L ...]        (default: M L)
# env:   ARMSNET_VENV   venv with python-igraph (default /tmp/armsnet-venv; created with
#                       `python3 -m venv /tmp/armsnet-venv && /tmp/armsnet-venv/bin/pip install python-igraph`)
#        BETWEENNESS_M  exact | NUMBER of pivots | skip   (default exact; igraph needs ~3 min on M)
#        BETWEENNESS_L  NUMBER of pivots | skip            (default 256; exact on L would take hours)
#        BETWEENNESS_S  exact | NUMBER | skip               (default exact)
# Graphs are read from .bench-data/graph_SIZE.csv, generated there with ../shared/bench/gen_graph.py
# (seed 42, the README's standard sizes) when missing.
set -euo pipefail
cd "$(dirname "$0")/.."
sizes=("$@")
[ ${#sizes[@]} -eq 0 ] && sizes=(M L)
venv=${ARMSNET_VENV:-/tmp/armsnet-venv}
data=.bench-data
mkdir -p "$data"

echo "building armsnet-bench (release)…" >&2
swift build -c release --scratch-path .build-analytics-rel --product armsnet-bench >&2
bench=$(swift build -c release --scratch-path .build-analytics-rel --show-bin-path)/armsnet-bench

python=""
if [ -x "$venv/bin/python" ] && "$venv/bin/python" -c "import igraph" 2>/dev/null; then
  python="$venv/bin/python"
elif python3 -c "import igraph" 2>/dev/null; then
  python=python3
else
  echo "python-igraph not found (looked in $venv and python3): igraph columns skipped." >&2
  echo "Install it outside the repo: python3 -m venv $venv && $venv/bin/pip install python-igraph" >&2
fi

generate() {
  local size=$1 file=$2 args
  case $size in
    S) args="--countries 200 --firms 2000 --edges 20000" ;;
    M) args="--countries 250 --firms 20000 --edges 200000" ;;
    L) args="--countries 250 --firms 200000 --edges 2000000" ;;
    *) echo "unknown size $size (S, M or L)" >&2; exit 2 ;;
  esac
  echo "generating $file…" >&2
  python3 ../shared/bench/gen_graph.py $args --seed 42 --out "$file" >&2
}

value() { awk -v step="$1" '$1 == step { print $2 }' "$2"; }
extra() { awk -v step="$1" '$1 == step { $1 = ""; $2 = ""; sub(/^ +/, ""); print }' "$2"; }

for size in "${sizes[@]}"; do
  file="$data/graph_$size.csv"
  [ -s "$file" ] || generate "$size" "$file"
  mode_var="BETWEENNESS_$size"
  default=exact; [ "$size" = L ] && default=256
  mode=${!mode_var:-$default}
  ours_args=(); theirs_args=()
  pivot_file=$(mktemp)
  case $mode in
    skip) ours_args+=(--skip-betweenness); theirs_args+=(--skip-betweenness) ;;
    exact) ;;
    *) ours_args+=(--pivots "$mode" --pivot-file "$pivot_file"); theirs_args+=(--pivot-file "$pivot_file") ;;
  esac
  ours=$(mktemp); theirs=$(mktemp); memory=$(mktemp)
  echo "== graph $size ($file) ==" >&2
  if [ -x /usr/bin/time ]; then
    /usr/bin/time -f "%M" -o "$memory" "$bench" "$file" "${ours_args[@]}" > "$ours"
  else
    "$bench" "$file" "${ours_args[@]}" > "$ours"
  fi
  if [ -n "$python" ]; then
    "$python" scripts/bench/igraph_bench.py "$file" "${theirs_args[@]}" > "$theirs"
  fi
  echo
  echo "graph $size: $(extra build "$ours")"
  printf '%-17s %10s %10s %7s  %s\n' step armsnet igraph ratio note
  for step in build strength pagerank betweenness leiden leiden-converged; do
    a=$(value "$step" "$ours"); [ -n "$a" ] || continue
    b=""; [ -n "$python" ] && b=$(value "$step" "$theirs")
    ratio="-"; [ -n "$b" ] && ratio=$(awk -v a="$a" -v b="$b" 'BEGIN { printf "%.2f", (b > 0 ? a / b : 0) }')
    note=""
    case $step in
      betweenness) note=$(extra betweenness "$ours") ;;
      leiden|leiden-converged) note="armsnet $(extra "$step" "$ours")"; [ -n "$b" ] && note="$note; igraph $(extra "$step" "$theirs")" ;;
    esac
    printf '%-17s %10s %10s %7s  %s\n' "$step" "$a" "${b:--}" "$ratio" "$note"
  done
  if [ -s "$memory" ]; then
    awk '{ printf "peak memory (armsnet): %.0f MB\n", $1 / 1024 }' "$memory"
  else
    echo "peak memory (armsnet): not measured (/usr/bin/time missing: apt-get install time)"
  fi
  rm -f "$ours" "$theirs" "$memory" "$pivot_file"
done
