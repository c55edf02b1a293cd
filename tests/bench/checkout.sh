#!/usr/bin/env bash
# Checkout throughput benchmark (see CheckoutBench.cpp). Usage: tests/bench/checkout.sh [seconds] [clients]
set -euo pipefail
cd "$(dirname "$0")/../.."
bash scripts/deps.sh
bash scripts/build.sh >/dev/null
BUILD="${EMPORIUM_BUILD_DIR:-build}"
mkdir -p "$BUILD/bench"
"$BUILD/tests/checkout_bench" "${1:-5}" "${2:-16}" | tee "$BUILD/bench/checkout.txt"
tail -n 1 "$BUILD/bench/checkout.txt" > "$BUILD/bench/checkout.json"
