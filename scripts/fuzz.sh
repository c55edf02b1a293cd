#!/usr/bin/env bash
# Builds the libFuzzer targets (tests/fuzz: clang with coverage, AddressSanitizer and
# UndefinedBehaviorSanitizer, in build-fuzz/) and runs each for EMPORIUM_FUZZ_SECONDS (default 60; 0 skips)
# from its seed corpus in tests/fuzz/corpus/<target>. A crash, a sanitizer's report, a leak, an input
# that takes over 10 s, a 5xx or a connection the server neither answers nor closes fails the run; the
# input is kept in build-fuzz/artifacts/. Prints each target's executions.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
SECONDS_EACH="${EMPORIUM_FUZZ_SECONDS:-60}"
[ "$SECONDS_EACH" = 0 ] && { echo "fuzzing skipped (EMPORIUM_FUZZ_SECONDS=0)"; exit 0; }
BUILD="$ROOT/${EMPORIUM_FUZZ_BUILD_DIR:-build-fuzz}"
TARGETS="http routes ws search csv"
EMPORIUM_FUZZ=1 bash scripts/deps.sh
CC=clang-14 CXX=clang++-14 cmake -S . -B "$BUILD" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DEMPORIUM_FUZZ=ON -DEMPORIUM_BUILD_TESTS=OFF >/dev/null
cmake --build "$BUILD" --target $(for t in $TARGETS; do printf 'fuzz_%s ' "$t"; done)

WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
mkdir -p "$BUILD/artifacts"
failed=""
printf '%-8s %12s %10s  %s\n' target executions "per s" result
for t in $TARGETS; do
  mkdir -p "$WORK/$t"
  # new inputs go to the first folder (temporary); the seeds are only read
  if (cd "$WORK" && QT_LOGGING_RULES='*.info=false;*.warning=false' ASAN_OPTIONS=detect_leaks=1 \
      LSAN_OPTIONS="suppressions=$ROOT/tests/fuzz/lsan.supp:print_suppressions=0" \
      "$BUILD/tests/fuzz/fuzz_$t" -max_total_time="$SECONDS_EACH" -timeout=10 -rss_limit_mb=4096 \
      -print_final_stats=1 -artifact_prefix="$BUILD/artifacts/$t-" "$WORK/$t" "$ROOT/tests/fuzz/corpus/$t" \
      >"$WORK/$t.log" 2>&1); then
    result=ok
  else
    result=FAILED
    failed="$failed $t"
  fi
  runs=$(awk '/stat::number_of_executed_units/ {print $2}' "$WORK/$t.log" | tail -1)
  printf '%-8s %12s %10s  %s\n' "$t" "${runs:-?}" "$(( ${runs:-0} / SECONDS_EACH ))" "$result"
  if [ "$result" = FAILED ]; then
    grep -E "ERROR|SUMMARY|fuzz:|Test unit written|==[0-9]+==" "$WORK/$t.log" | head -30 >&2 || tail -30 "$WORK/$t.log" >&2
  fi
done
[ -z "$failed" ] || { echo "fuzzing failed:$failed (inputs in $BUILD/artifacts)" >&2; exit 1; }
