#!/usr/bin/env bash
# Questions and answers at scale (see QaBench.cpp). Usage: tests/bench/qa_scale.sh [rows=12000000] [requests=2000]
set -euo pipefail
cd "$(dirname "$0")/../.."
bash scripts/deps.sh
bash scripts/build.sh >/dev/null
BUILD="${EMPORIUM_BUILD_DIR:-build}"
mkdir -p "$BUILD/bench"
"$BUILD/tests/qa_bench" "${1:-12000000}" "${2:-2000}" | tee "$BUILD/bench/qa.txt"
tail -n 1 "$BUILD/bench/qa.txt" > "$BUILD/bench/qa.json"
