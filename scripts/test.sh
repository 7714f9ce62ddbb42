#!/usr/bin/env bash
# Runs every test: the Swift test suite (unit, end-to-end on the built binary) and the Spark local-mode test.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
swift build --build-tests
swift test --skip-build
if [ -x scripts/test_spark.sh ]; then
  scripts/test_spark.sh
fi
