#!/usr/bin/env bash
# Extraction benchmark (release build) over the generated corpora (../shared/bench/README.md):
# for each corpus, the time, MB/s, articles/s and peak memory of
#   cat        reading the same .txt files with cat (the machine's floor)
#   read       armsnet reading and decoding the corpus alone, no extraction (hidden --read-only)
#   extract    armsnet extract (jsonl to /dev/null) with --jobs 1 pinned to one core, --jobs 1, all cores
#   edges      armsnet extract --format edges, all cores
#   jsonl-in   the corpus's .jsonl file instead of the folder, all cores
#   build      armsnet build -o DIR (when the build command exists), --jobs 1 and all cores, and
#              all cores from the .jsonl file
# and ratios: the speed-up of all cores over one, and each time over cat's. The last column, MB per
# CPU-second (user + system time of the process), stays meaningful when other work shares the cores;
# wall-clock rates and speed-ups need a quiet machine.
#
# Usage: scripts/bench.sh [small|medium|large ...]   (default: small medium large)
# ARMSNET_BENCH_BUILD=no leaves out the build rows.
# Corpora: $ARMSNET_BENCH_DATA (default .bench-data/) holding corpus_SIZE/ and corpus_SIZE.jsonl.
# The large corpus takes minutes on 2 cores: run it when the machine is quiet.
set -euo pipefail
cd "$(dirname "$0")/.."
data=${ARMSNET_BENCH_DATA:-.bench-data}
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(small medium large)
cores=$(nproc)

if [ ! -x /usr/bin/time ]; then
  apt-get install -y time >/dev/null 2>&1 || { apt-get update >/dev/null && apt-get install -y time >/dev/null; }
fi
scratch=${ARMSNET_BENCH_SCRATCH:-.build}
swift build -c release --product armsnet --scratch-path "$scratch" >&2
bin=$(swift build -c release --scratch-path "$scratch" --show-bin-path)/armsnet
has_build=$("$bin" build --help >/dev/null 2>&1 && echo "${ARMSNET_BENCH_BUILD:-yes}" || echo no)

work=$(mktemp -d "${TMPDIR:-/tmp}/armsnet-bench.XXXXXX")
trap 'rm -rf "$work"' EXIT

# measure LABEL COMMAND...: runs COMMAND (stdout to /dev/null) under /usr/bin/time, prints a table row.
measure() {
  local label=$1; shift
  /usr/bin/time -f "%e %M %U %S" -o "$work/time" "$@" > /dev/null 2> "$work/stderr" || { cat "$work/stderr" >&2; return 1; }
  read -r seconds kilobytes user system < "$work/time"
  awk -v l="$label" -v s="$seconds" -v k="$kilobytes" -v cpu="$user $system" -v mb="$megabytes" -v n="$articles" -v c="${cat_seconds:-0}" -v one="${one_core:-0}" 'BEGIN {
    t = (s > 0.005 ? s : 0.005)
    ratio = (c > 0 ? sprintf("%.1fx", t / c) : "-")
    speedup = (one > 0 && l ~ /all cores/ ? sprintf("%.2fx", one / t) : "")
    split(cpu, parts, " ")
    busy = parts[1] + parts[2]
    percpu = (busy > 0.005 ? sprintf("%.1f MB/s", mb / busy) : "-")
    printf "  %-28s %8.2f s %9.1f MB/s %10.0f art/s %8.0f MB %9s %8s %14s\n", l, s, mb / t, n / t, k / 1024, ratio, speedup, percpu
  }'
  last_seconds=$seconds
}

for size in "${sizes[@]}"; do
  folder=$data/corpus_$size
  jsonl=$data/corpus_$size.jsonl
  [ -d "$folder" ] || { echo "bench: $folder is missing (see ../shared/bench/README.md)" >&2; exit 1; }
  articles=$(find "$folder" -name '*.txt' | wc -l)
  megabytes=$(find "$folder" -name '*.txt' -printf '%s\n' | awk '{ s += $1 } END { printf "%.3f", s / 1e6 }')
  echo "corpus $size: $articles articles, $megabytes MB of .txt; $cores cores"
  printf "  %-28s %10s %14s %16s %11s %9s %8s %14s\n" "what" "time" "rate" "articles" "peak" "vs cat" "speed-up" "per CPU-second"
  cat_seconds=0 one_core=0
  find "$folder" -name '*.txt' -print0 | xargs -0 cat > /dev/null   # warm the page cache
  measure "cat" sh -c "find '$folder' -name '*.txt' -print0 | xargs -0 cat"
  cat_seconds=$last_seconds
  measure "read (no extraction)" "$bin" extract --read-only --quiet "$folder"
  measure "extract, 1 core (taskset)" taskset -c 0 "$bin" extract --jobs 1 --quiet "$folder"
  measure "extract --jobs 1" "$bin" extract --jobs 1 --quiet "$folder"
  one_core=$last_seconds
  measure "extract, all cores" "$bin" extract --jobs "$cores" --quiet "$folder"
  measure "extract edges, all cores" "$bin" extract --format edges --jobs "$cores" --quiet "$folder"
  if [ -f "$jsonl" ]; then
    measure "extract jsonl-in, all cores" "$bin" extract --jobs "$cores" --quiet "$jsonl"
  fi
  if [ "$has_build" = yes ]; then
    one_core=0
    measure "build --jobs 1" "$bin" build --jobs 1 --quiet "$folder" -o "$work/out-$size"
    one_core=$last_seconds
    measure "build, all cores" "$bin" build --jobs "$cores" --quiet "$folder" -o "$work/out-$size"
    if [ -f "$jsonl" ]; then
      one_core=0   # no speed-up shown: the --jobs 1 row reads the folder
      measure "build jsonl-in, all cores" "$bin" build --jobs "$cores" --quiet "$jsonl" -o "$work/out-$size"
    fi
  else
    echo "  (build left out)"
  fi
  echo
done
