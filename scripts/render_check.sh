#!/usr/bin/env bash
# Renders the seed network and two 300-node benchmark graphs (sparse: 600 links; dense: the top 300
# of graph_S, ~7,000 links) to PNG and SVG with the release build, prints the timings, checks each
# SVG (well-formed, no script, no overlapping nodes) and screenshots it in headless Chromium.
#   scripts/render_check.sh [OUT_DIR]        (default: output/render-check)
# Needs: libgraphviz-dev (scripts/setup.sh), python3, chromium (apt-get install -y chromium; the
# screenshots are skipped with a note when it is missing). Benchmark graphs are generated into
# .bench-data/ with ../shared/bench/gen_graph.py when absent.
# With ARMSNET_RENDER_CHECK_M=1 it also renders the whole M graph (20,250 nodes) with sfdp.
set -euo pipefail
cd "$(dirname "$0")/.."
OUT=${1:-output/render-check}
mkdir -p "$OUT" .bench-data
OUT=$(cd "$OUT" && pwd)
scripts/setup.sh
swift build -c release --product armsnet >/dev/null
BIN=.build/release/armsnet

# A sparse 300-node graph (50 countries, 250 firms, 600 links) and the dense top 300 of graph_S.
GRAPH_300=.bench-data/graph_300.csv
GRAPH_S=.bench-data/graph_S.csv
[ -f "$GRAPH_300" ] || python3 ../shared/bench/gen_graph.py --countries 50 --firms 250 --edges 600 --seed 3 --out "$GRAPH_300" >/dev/null
[ -f "$GRAPH_S" ] || python3 ../shared/bench/gen_graph.py --countries 200 --firms 2000 --edges 20000 --seed 1 --out "$GRAPH_S" >/dev/null

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
  timed "graph_300 .$format" render --edges "$GRAPH_300" -o "$OUT/graph300.$format"
  timed "graph_S top 300 .$format" render --edges "$GRAPH_S" --top 300 -o "$OUT/top300.$format"
done
if [ "${ARMSNET_RENDER_CHECK_M:-0}" = 1 ] && [ -f .bench-data/graph_M.csv ]; then
  timed "graph_M sfdp .svg" render --edges .bench-data/graph_M.csv --engine sfdp -o "$OUT/graph_M.svg"
fi

# The SVGs must be well-formed XML, free of scripts, and no two node outlines (which hold the labels) may overlap.
python3 - "$OUT"/seed.svg "$OUT"/graph300.svg "$OUT"/top300.svg <<'PY'
import sys, xml.etree.ElementTree as ET
ns = "{http://www.w3.org/2000/svg}"
for path in sys.argv[1:]:
    root = ET.parse(path).getroot()
    assert not root.findall(f".//{ns}script"), f"{path}: script element"
    groups = root.findall(f".//{ns}g[@class]")
    nodes = [g for g in groups if g.get("class").split()[0] == "node"]
    edges = [g for g in groups if g.get("class").split()[0] == "edge"]
    boxes = []
    for g in nodes:
        e = g.find(f".//{ns}ellipse")
        if e is not None:
            cx, cy, rx, ry = (float(e.get(k)) for k in ("cx", "cy", "rx", "ry"))
            boxes.append((cx - rx, cy - ry, cx + rx, cy + ry))
            continue
        p = g.find(f".//{ns}polygon")
        pts = [tuple(map(float, xy.split(","))) for xy in p.get("points").split()]
        xs, ys = [x for x, _ in pts], [y for _, y in pts]
        boxes.append((min(xs), min(ys), max(xs), max(ys)))
    overlaps = sum(1 for i, a in enumerate(boxes) for b in boxes[i + 1:]
                   if min(a[2], b[2]) - max(a[0], b[0]) > 0.5 and min(a[3], b[3]) - max(a[1], b[1]) > 0.5)
    print(f"{path}: well-formed, {len(nodes)} nodes, {len(edges)} edges, {overlaps} overlapping node pairs")
    assert overlaps == 0, path
PY

CHROME=$(command -v chromium || command -v chromium-browser || true)
if [ -z "$CHROME" ]; then
  echo "chromium not installed: no screenshots (apt-get install -y chromium)"
  exit 0
fi
for name in seed graph300 top300; do
  start=$(date +%s.%N)
  "$CHROME" --headless --no-sandbox --disable-gpu --hide-scrollbars --window-size=1600,1200 \
    --screenshot="$OUT/$name.screenshot.png" "file://$OUT/$name.svg" >/dev/null 2>&1
  end=$(date +%s.%N)
  [ -s "$OUT/$name.screenshot.png" ] || { echo "no screenshot of $name.svg" >&2; exit 1; }
  printf '%-28s %6.2f s -> %s\n' "screenshot $name.svg" "$(echo "$end - $start" | bc)" "$OUT/$name.screenshot.png"
done
