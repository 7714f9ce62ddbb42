#!/usr/bin/env bash
# Runs every test: the gazetteer validator, the Spark local-mode test, and the Swift test suite
# (unit tests and end-to-end tests on the built binary), whose summary line closes the run.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
python3 scripts/check_gazetteer.py
swift build --build-tests
scripts/test_spark.sh
swift test --skip-build
