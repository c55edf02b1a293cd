#!/usr/bin/env bash
# The server and its suites (server_*, storage_*, e2e_*, unit_core; on SQLite and on a private PostgreSQL
# cluster) built with AddressSanitizer and UndefinedBehaviorSanitizer (gcc, in build-asan/) and run: a
# report of either (an invalid read or write, a use after free, undefined behaviour) ends the process
# and fails its suite. The e2e suites' child servers are the sanitized emporium-server too. Leaks are the
# fuzz targets' to find (scripts/fuzz.sh): here Qt's own at exit would drown them.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT="$PWD"
bash scripts/deps.sh
export EMPORIUM_BUILD_DIR=build-asan
export CCACHE_BASEDIR="$ROOT" CCACHE_NOHASHDIR=true
[ -f build-asan/build.ninja ] ||
  cmake -S . -B build-asan -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DEMPORIUM_SANITIZE=ON >/dev/null
cmake -S . -B build-asan >/dev/null # suites added since the last run are in the list below too
SUITES='^(server_|storage_|e2e_|unit_core)'
names=$(ctest --test-dir build-asan -N | grep -oE 'Test +#[0-9]+: [a-z_0-9]+' | awk '{print $3}' | grep -E "$SUITES")
# a suite's PostgreSQL twin runs the same executable; a suite only on PostgreSQL has its own
targets=$(for n in $names; do
  base=${n%_postgresql}
  if echo "$names" | grep -qx "$base"; then echo "$base"; else echo "$n"; fi
done | sort -u)
cmake --build build-asan --parallel "$(nproc)" --target emporium-server bench_seed $targets
PG_DIR="$(mktemp -d /tmp/emporium-pg.XXXXXX)"
trap 'bash "$ROOT/scripts/pg-cluster.sh" stop "$PG_DIR"' EXIT
EMPORIUM_TEST_DATABASE="$(bash scripts/pg-cluster.sh start "$PG_DIR")"
export EMPORIUM_TEST_DATABASE EMPORIUM_TEST_REQUIRE_POSTGRES=1 QT_QPA_PLATFORM=offscreen
export ASAN_OPTIONS=detect_leaks=0:abort_on_error=1:detect_stack_use_after_return=0
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
cd build-asan
ctest --output-on-failure --parallel "$(($(nproc) + 1))" --timeout 600 -R "$SUITES"
