#!/usr/bin/env bash
# Renders the seed network and a 300-node benchmark graph to PNG and SVG with the release build,
# prints the timings, and screenshots each SVG in headless Chromium to prove it displays.
#   scripts/render_check.sh [OUT_DIR]        (default: output/render-check)
# Needs: libgraphviz-dev (scripts/setup.sh), python3, chromium (apt-get install -y chromium; the
# screenshots are skipped with a note when it is missing). The 300-node graph is the --top 300 of
# .bench-data/graph_S.csv, generated with ../shared/bench/gen_graph.py when absent.
# With ARMSNET_RENDER_CHECK_M=1 it also renders the whole M graph (20,250 nodes) with sfdp.
set -euo pipefail
cd "$(dirname "$0")/.."
OUT=${1:-output/render-check}
mkdir -p "$OUT" .bench-data
scripts/setup.sh
swift build -c release --product armsnet >/dev/null
BIN=.build/release/armsnet

GRAPH_S=.bench-data/graph_S.csv
if [ ! -f "$GRAPH_S" ]; then
  python3 ../shared/bench/gen_graph.py --countries 200 --firms 2000 --edges 20000 --seed 1 --out "$GRAPH_S" >/dev/null
fi

# timed NAME ARGS...: runs armsnet and prints the wall time.
timed() {
  local name=$1; shift
  local start end
  start=$(date +%s.%N)
  "$BIN" "$@"
  end=$(date +%s.%N)
  printf '%-28s %6.2f s\n' "$name" "$(echo "$end - $start" | bc)"
}

echo "render timings (release build, $(nproc) cores)"
for format in svg png; do
  timed "seed .$format" render seeds -o "$OUT/seed.$format"
  timed "graph_S top 300 .$format" render --edges "$GRAPH_S" --top 300 -o "$OUT/top300.$format"
done
if [ "${ARMSNET_RENDER_CHECK_M:-0}" = 1 ] && [ -f .bench-data/graph_M.csv ]; then
  timed "graph_M sfdp .svg" render --edges .bench-data/graph_M.csv --engine sfdp -o "$OUT/graph_M.svg"
fi

# The SVGs must be well-formed XML and free of scripts.
python3 - "$OUT"/seed.svg "$OUT"/top300.svg <<'PY'
import sys, xml.etree.ElementTree as ET
for path in sys.argv[1:]:
    root = ET.parse(path).getroot()
    ns = "{http://www.w3.org/2000/svg}"
    nodes = root.findall(f".//{ns}g[@class]")
    kinds = [g.get("class").split()[0] for g in nodes]
    assert not root.findall(f".//{ns}script"), path
    print(f"{path}: well-formed, {kinds.count('node')} nodes, {kinds.count('edge')} edges")
PY

CHROME=$(command -v chromium || command -v chromium-browser || true)
if [ -z "$CHROME" ]; then
  echo "chromium not installed: no screenshots (apt-get install -y chromium)"
  exit 0
fi
for name in seed top300; do
  start=$(date +%s.%N)
  "$CHROME" --headless --no-sandbox --disable-gpu --hide-scrollbars --window-size=1600,1200 \
    --screenshot="$PWD/$OUT/$name.screenshot.png" "file://$PWD/$OUT/$name.svg" >/dev/null 2>&1
  end=$(date +%s.%N)
  printf '%-28s %6.2f s -> %s\n' "screenshot $name.svg" "$(echo "$end - $start" | bc)" "$OUT/$name.screenshot.png"
done
