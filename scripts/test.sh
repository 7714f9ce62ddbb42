#!/usr/bin/env bash
# Runs every test: the gazetteer validator, the Swift test suite (unit tests and end-to-end tests
# on the built binary) and the Spark local-mode test.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
python3 scripts/check_gazetteer.py
swift build --build-tests
swift test --skip-build
scripts/test_spark.sh
