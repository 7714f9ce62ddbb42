#!/usr/bin/env bash
# Spark local-mode test: pipes a small JSONL corpus through armsnet on Spark (scripts/spark_extract.py)
# and checks that the edge CSV equals `armsnet extract --format edges` on the same corpus.
#
# Installs what it needs when missing: Java (Debian's openjdk-17-jre-headless) and pyspark, into a
# venv outside the repository: $ARMSNET_SPARK_VENV (default ~/.cache/armsnet/spark-venv).
# The armsnet binary: $ARMSNET_BIN, else .build/debug/armsnet (built here when missing).
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
start=$(date +%s)

venv=${ARMSNET_SPARK_VENV:-$HOME/.cache/armsnet/spark-venv}
pyspark_version=4.3.0
if ! "$venv/bin/python" -c "import pyspark" 2>/dev/null; then
  echo "test_spark: installing pyspark $pyspark_version into $venv" >&2
  python3 -m venv "$venv"
  "$venv/bin/pip" install --quiet "pyspark==$pyspark_version"
fi
if ! java -version >/dev/null 2>&1; then
  echo "test_spark: installing Java (openjdk-17-jre-headless)" >&2
  SUDO=""
  [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -qq
  $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq openjdk-17-jre-headless >/dev/null
fi

bin=${ARMSNET_BIN:-$root/.build/debug/armsnet}
if [ ! -x "$bin" ]; then
  swift build --product armsnet
fi

work=$(mktemp -d "${TMPDIR:-/tmp}/armsnet-spark.XXXXXX")
trap 'rm -rf "$work"' EXIT

# A small corpus: generated when the shared generator is beside the repository, else the seeds.
generator=$root/../shared/bench/gen_corpus.py
if [ -f "$generator" ]; then
  python3 "$generator" --articles 300 --seed 7 --jsonl "$work/corpus.jsonl" >/dev/null
else
  python3 - "$root/seeds" "$work/corpus.jsonl" <<'EOF'
import json, os, re, sys
folder, out = sys.argv[1], sys.argv[2]
with open(out, "w", encoding="utf-8") as f:
    for name in sorted(os.listdir(folder)):
        if not name.endswith(".txt"):
            continue
        text = open(os.path.join(folder, name), encoding="utf-8").read()
        m = re.match(r"\s*date (\d{4}-\d\d-\d\d)\s+", text)
        date, body = (m.group(1), text[m.end():]) if m else (None, text)
        f.write(json.dumps({"id": name[:-4], "date": date, "text": body}, ensure_ascii=False) + "\n")
EOF
fi

"$bin" extract --format edges --quiet "$work/corpus.jsonl" > "$work/expected.csv"
# Three partitions, so that several armsnet processes each get a slice of the corpus.
"$venv/bin/python" scripts/spark_extract.py "$work/corpus.jsonl" "$work/spark.csv" \
  --master 'local[2]' --partitions 3 --armsnet "$bin" 2> "$work/spark.log" || { cat "$work/spark.log" >&2; exit 1; }

rows=$(($(wc -l < "$work/expected.csv") - 1))
if cmp -s "$work/expected.csv" "$work/spark.csv"; then
  echo "test_spark: Spark edge list equals armsnet extract --format edges ($rows rows, $(($(date +%s) - start)) s)"
else
  echo "test_spark: Spark edge list differs from armsnet extract --format edges:" >&2
  diff "$work/expected.csv" "$work/spark.csv" | head -20 >&2
  exit 1
fi
