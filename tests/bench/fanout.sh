#!/usr/bin/env bash
# WebSocket fan-out benchmark: starts emporium-server (demo) and runs fanout.py against it.
# Usage: tests/bench/fanout.sh [clients=1000] [orders=40]
set -euo pipefail
cd "$(dirname "$0")/../.."
EMPORIUM_BENCH=1 bash scripts/deps.sh
dpkg-query -W -f='${Status}' python3-websockets 2>/dev/null | grep -q "install ok installed" || {
  SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO=sudo
  $SUDO apt-get install -y -q --no-install-recommends python3-websockets; }
bash scripts/build.sh >/dev/null
BUILD="${EMPORIUM_BUILD_DIR:-build}"
mkdir -p "$BUILD/bench"
ulimit -n 16384 || ulimit -n 4096
WORK=$(mktemp -d)
PORT=$(/usr/bin/python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
"$BUILD/server/emporium-server" --listen "127.0.0.1:$PORT" --data-dir "$WORK" --demo >"$WORK/server.log" 2>&1 &
PID=$!
trap 'kill $PID 2>/dev/null; wait $PID 2>/dev/null; rm -rf "$WORK"' EXIT
for _ in $(seq 1 100); do curl -sf "http://127.0.0.1:$PORT/healthz" >/dev/null && break; sleep 0.1; done
timeout 300 /usr/bin/python3 tests/bench/fanout.py "http://127.0.0.1:$PORT" "$PID" "${1:-1000}" "${2:-40}" | tee "$BUILD/bench/fanout.txt"
tail -n 1 "$BUILD/bench/fanout.txt" > "$BUILD/bench/fanout.json"
