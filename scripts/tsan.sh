#!/usr/bin/env bash
# ThreadSanitizer (gcc, in build-tsan/) over what every event loop of the server shares: the answers cache,
# the limits on one client, the metrics and the orders-per-minute series (unit_concurrency, several threads
# at once). A data race ends the run and fails it.
# Only these: Debian's Qt is not built with ThreadSanitizer, so every hand-over inside Qt (QFuture's
# continuations, queued and blocking-queued calls, QThreadPool, the event dispatcher) is invisible to it and
# reported as a race; the server suites under it report dozens of those (README "Sanitizers").
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/deps.sh
export CCACHE_BASEDIR="$PWD" CCACHE_NOHASHDIR=true
[ -f build-tsan/build.ninja ] ||
  cmake -S . -B build-tsan -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DEMPORIUM_TSAN=ON >/dev/null
cmake --build build-tsan --parallel "$(nproc)" --target unit_concurrency
export TSAN_OPTIONS="halt_on_error=1 exitcode=66 second_deadlock_stack=1"
QT_QPA_PLATFORM=offscreen build-tsan/tests/unit_concurrency
