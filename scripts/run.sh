#!/usr/bin/env bash
# README command 1: install what is missing, build, and open Emporium with its embedded server.
# Extra arguments go to the app, e.g. scripts/run.sh --server http://shop.example:8080
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/deps.sh
bash scripts/build.sh
APP="${EMPORIUM_BUILD_DIR:-build}/app/emporium"
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
  echo "No display found: running under Xvfb (use a desktop session to see the window)."
  exec xvfb-run -a -s "-screen 0 1440x900x24" "$APP" "$@"
fi
exec "$APP" "$@"
