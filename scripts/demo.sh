#!/usr/bin/env bash
# Sets up, builds armsnet (release) and runs the main job on the sample articles: writes output/network.svg and friends.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
swift build -c release --product armsnet
.build/release/armsnet build seeds -o output
