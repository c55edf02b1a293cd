#!/usr/bin/env bash
# First HTTP benchmark: emporium-server (demo data) against nginx serving static files of the
# same sizes, same wrk settings, same sitting, loopback only. Every run is bounded by -d.
# Usage: tests/bench/http_vs_nginx.sh [duration_seconds=10] [connections=64]
# Prints a table and writes build/bench/http_vs_nginx.json.
set -euo pipefail
cd "$(dirname "$0")/../.."
DURATION="${1:-10}"
CONNECTIONS="${2:-64}"
THREADS=2
EMPORIUM_BENCH=1 bash scripts/deps.sh
bash scripts/build.sh >/dev/null
BIN="${EMPORIUM_BUILD_DIR:-build}/server/emporium-server"
OUT_DIR="${EMPORIUM_BUILD_DIR:-build}/bench"
mkdir -p "$OUT_DIR"
WORK=$(mktemp -d)
cleanup() {
  [ -n "${SERVER_PID:-}" ] && kill "$SERVER_PID" 2>/dev/null || true
  [ -f "$WORK/nginx.pid" ] && kill "$(cat "$WORK/nginx.pid")" 2>/dev/null || true
  sleep 0.3
  rm -rf "$WORK"
}
trap cleanup EXIT

free_port() { /usr/bin/python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
EP=$(free_port); NP=$(free_port)

"$BIN" --listen "127.0.0.1:$EP" --data-dir "$WORK/data" --demo >"$WORK/server.log" 2>&1 &
SERVER_PID=$!
for _ in $(seq 1 100); do curl -sf "http://127.0.0.1:$EP/healthz" >/dev/null && break; sleep 0.1; done

mkdir -p "$WORK/www"
curl -sf "http://127.0.0.1:$EP/api/v1/items/1" >"$WORK/www/item.json"
curl -sf "http://127.0.0.1:$EP/api/v1/items?per_page=24" >"$WORK/www/page.json"
cat >"$WORK/nginx.conf" <<NGINX
worker_processes 2;
pid $WORK/nginx.pid;
error_log $WORK/nginx-error.log warn;
events { worker_connections 4096; }
http {
  access_log off;
  default_type application/json;
  keepalive_requests 1000000;
  client_body_temp_path $WORK/tmp; proxy_temp_path $WORK/tmp; fastcgi_temp_path $WORK/tmp;
  uwsgi_temp_path $WORK/tmp; scgi_temp_path $WORK/tmp;
  server { listen 127.0.0.1:$NP backlog=1024; root $WORK/www; }
}
NGINX
mkdir -p "$WORK/tmp"
chmod 755 "$WORK"; chmod -R a+rX "$WORK/www"  # nginx workers run unprivileged
nginx -c "$WORK/nginx.conf" -p "$WORK"
sleep 0.3
for f in item page; do
  [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$NP/$f.json")" = 200 ] || { echo "nginx does not serve $f.json" >&2; exit 1; }
done

run() { # name url -> "rps p50 p99 errors"
  local out
  out=$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"${DURATION}s" --latency "$2")
  local rps p50 p99 errs
  rps=$(echo "$out" | awk '/Requests\/sec/ {print $2}')
  p50=$(echo "$out" | awk '$1=="50%" {print $2}')
  p99=$(echo "$out" | awk '$1=="99%" {print $2}')
  errs=$(echo "$out" | awk '/Non-2xx|Socket errors/ {s=s $0 "; "} END {print (s==""?"0":s)}')
  echo "$rps|$p50|$p99|$errs"
}

declare -A R
R[nginx_item]=$(run nginx_item "http://127.0.0.1:$NP/item.json")
R[emporium_item]=$(run emporium_item "http://127.0.0.1:$EP/api/v1/items/1")
R[nginx_page]=$(run nginx_page "http://127.0.0.1:$NP/page.json")
R[emporium_page]=$(run emporium_page "http://127.0.0.1:$EP/api/v1/items?per_page=24")

printf "\nwrk -t%s -c%s -d%ss on loopback, %s cores; item body %s B, page body %s B\n" "$THREADS" "$CONNECTIONS" "$DURATION" "$(nproc)" \
  "$(stat -c %s "$WORK/www/item.json")" "$(stat -c %s "$WORK/www/page.json")"
printf "%-16s %12s %10s %10s %8s  %s\n" scenario req/s p50 p99 ratio errors
json="{"
for pair in item page; do
  base=$(echo "${R[nginx_$pair]}" | cut -d'|' -f1)
  for who in nginx emporium; do
    IFS='|' read -r rps p50 p99 errs <<<"${R[${who}_$pair]}"
    ratio=$(awk -v a="$rps" -v b="$base" 'BEGIN {printf "%.2f", a/b}')
    printf "%-16s %12s %10s %10s %7sx  %s\n" "${who}_$pair" "$rps" "$p50" "$p99" "$ratio" "$errs"
    json+="\"${who}_$pair\":{\"rps\":$rps,\"p50\":\"$p50\",\"p99\":\"$p99\",\"ratio\":$ratio,\"errors\":\"$errs\"},"
  done
done
json="${json%,}}"
echo "$json" >"$OUT_DIR/http_vs_nginx.json"
echo "written: $OUT_DIR/http_vs_nginx.json"
