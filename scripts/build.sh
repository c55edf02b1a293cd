#!/usr/bin/env bash
# Configures (Ninja, ccache) and builds Emporium into ${EMPORIUM_BUILD_DIR:-build}.
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD_DIR="${EMPORIUM_BUILD_DIR:-build}"
BUILD_TYPE="${EMPORIUM_BUILD_TYPE:-RelWithDebInfo}"
# ccache: paths relative to the checkout, so a fresh clone elsewhere still hits the cache
export CCACHE_BASEDIR="${CCACHE_BASEDIR:-$PWD}"
export CCACHE_NOHASHDIR="${CCACHE_NOHASHDIR:-true}"
if [ ! -f "$BUILD_DIR/build.ninja" ]; then
  cmake -S . -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE="$BUILD_TYPE" "$@"
fi
cmake --build "$BUILD_DIR" --parallel "$(nproc)"
