#!/usr/bin/env bash
# Soak (issue "hardening"; not in CI): the release server on the demo shop (SQLite) for SOAK_MINUTES (10) of
# the benchmark's mixed read workload (wrk, tests/bench/wrk/mixed.lua, one minute at a time), SOAK_CLIENTS (500)
# WebSocket clients on `feed` and an item each, and a paid order every second. Prints one line per minute: the
# reads' rate, p50, p99 and errors, the server's resident memory and open file descriptors, the WebSocket
# clients connected and their reconnects, and the orders placed and failed. After warm-up, memory and file
# descriptors must stay flat and errors at 0. Writes build-release/bench/soak.txt.
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT=$PWD
MINUTES="${SOAK_MINUTES:-10}"
CLIENTS="${SOAK_CLIENTS:-500}"
CONNECTIONS="${SOAK_CONNECTIONS:-32}"
export EMPORIUM_BUILD_DIR=build-release EMPORIUM_BUILD_TYPE=Release
EMPORIUM_BENCH=1 bash scripts/deps.sh
bash scripts/build.sh >/dev/null
OUT="$ROOT/build-release/bench"
mkdir -p "$OUT"
WORK=$(mktemp -d /tmp/emporium-soak.XXXXXX)
PORT=$(/usr/bin/python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
cleanup() {
  [ -n "${WS_PID:-}" ] && kill "$WS_PID" 2>/dev/null || true
  [ -n "${SERVER_PID:-}" ] && kill "$SERVER_PID" 2>/dev/null && wait "$SERVER_PID" 2>/dev/null || true
  cp "$WORK/server.log" "$OUT/soak-server.log" 2>/dev/null || true
  rm -rf "$WORK"
}
trap cleanup EXIT
build-release/server/emporium-server --listen "127.0.0.1:$PORT" --data-dir "$WORK/data" --demo >"$WORK/server.log" 2>&1 &
SERVER_PID=$!
for _ in $(seq 1 300); do
  curl -sf "http://127.0.0.1:$PORT/healthz" >/dev/null && break
  sleep 0.2
done
/usr/bin/python3 tests/bench/soak.py "http://127.0.0.1:$PORT" "$CLIENTS" $((MINUTES * 60 + 30)) 1 >"$WORK/ws.jsonl" &
WS_PID=$!
sleep 20 # the clients connect
export BENCH_WRK_DIR="$ROOT/tests/bench/wrk" BENCH_ITEMS=200
printf "%-6s %9s %8s %8s %7s %8s %6s %8s %10s %7s %7s\n" minute "reads/s" "p50 ms" "p99 ms" errors "RSS MB" fds \
  "ws open" reconnects orders failed | tee "$OUT/soak.txt"
to_ms() { awk -v v="$1" 'BEGIN { if (v ~ /us$/) { sub("us", "", v); v /= 1000 } else if (v ~ /ms$/) sub("ms", "", v);
  else if (v ~ /s$/) { sub("s", "", v); v *= 1000 }; printf "%.1f", v }'; }
for m in $(seq 1 "$MINUTES"); do
  out=$(wrk -t2 -c"$CONNECTIONS" -d60s --latency -s "$BENCH_WRK_DIR/mixed.lua" "http://127.0.0.1:$PORT" 2>&1)
  rps=$(echo "$out" | awk '/^Requests\/sec/ {printf "%.0f", $2}')
  p50=$(to_ms "$(echo "$out" | awk '$1 == "50%" {print $2}')")
  p99=$(to_ms "$(echo "$out" | awk '$1 == "99%" {print $2}')")
  errs=$(echo "$out" | awk '/Non-2xx/ {n += $NF} /Socket errors/ {gsub(",", ""); n += $4 + $6 + $8 + $10} END {print n + 0}')
  rss=$(( $(awk '/VmRSS/ {print $2}' "/proc/$SERVER_PID/status") / 1024 ))
  fds=$(find "/proc/$SERVER_PID/fd" -mindepth 1 | wc -l)
  ws=$(tail -n 1 "$WORK/ws.jsonl" 2>/dev/null || echo '{}')
  field() { echo "$ws" | /usr/bin/python3 -c "import json,sys; print(json.loads(sys.stdin.read() or '{}').get('$1', '-'))"; }
  printf "%-6s %9s %8s %8s %7s %8s %6s %8s %10s %7s %7s\n" "$m" "$rps" "$p50" "$p99" "$errs" "$rss" "$fds" \
    "$(field connected)" "$(field reconnects)" "$(field orders)" "$(field order_errors)" | tee -a "$OUT/soak.txt"
done
