#!/usr/bin/env bash
# Capacity of several servers behind nginx on this machine (docs/scaling.md): scripts/cluster.sh with 1, 2 and
# 3 instances in turn (the demo shop on a private PostgreSQL cluster), each loaded through nginx with wrk:
# item pages, searches, and paid orders: all of one item ("hot", every order takes the same row's stock) and
# spread over 20 items. Prints per instance count the rates,
# p99, the ratio to one instance measured in the same run, the change log's rows (NOTIFYs) per order and each
# server's resident memory. Usage: tests/bench/cluster.sh   Environment: EMPORIUM_BENCH_SECONDS (10),
# EMPORIUM_BENCH_CONNECTIONS (32), EMPORIUM_BENCH_INSTANCES ("1 2 3").
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT=$PWD
SECONDS_EACH="${EMPORIUM_BENCH_SECONDS:-10}"
CONNECTIONS="${EMPORIUM_BENCH_CONNECTIONS:-32}"
COUNTS="${EMPORIUM_BENCH_INSTANCES:-1 2 3}"
export EMPORIUM_BUILD_DIR=build-release EMPORIUM_BUILD_TYPE=Release
EMPORIUM_BENCH=1 bash scripts/deps.sh
bash scripts/build.sh >/dev/null
OUT="$ROOT/build-release/bench"
mkdir -p "$OUT"
WORK=$(mktemp -d /tmp/emporium-capacity.XXXXXX)
chmod 755 "$WORK"
export EMPORIUM_CLUSTER_DIR="$WORK/cluster" EMPORIUM_CLUSTER_PORT=0 BENCH_WRK_DIR="$ROOT/tests/bench/wrk" BENCH_ITEMS=200
cleanup() { bash scripts/cluster.sh stop >/dev/null 2>&1 || true; rm -rf "$WORK"; }
trap cleanup EXIT

json() { /usr/bin/python3 -c "import json,sys; print(json.load(sys.stdin)$1)"; }
post() { curl -sf -X POST -H 'Content-Type: application/json' ${3:+-H "Authorization: Bearer $3"} -d "$2" "$URL$1"; }
token() { post /api/v1/auth/login "{\"email\":\"$1@demo.test\",\"password\":\"demo1234\"}" | json '["token"]'; }
sql() { psql -qtA "postgresql://emporium@/emporium?host=$EMPORIUM_CLUSTER_DIR/pg" -c "$1"; }
# wrk's rate and p99 (ms) of SCRIPT
load() {
  local out rps p99
  out=$(wrk -t2 -c"$CONNECTIONS" -d"${SECONDS_EACH}s" --latency -s "$BENCH_WRK_DIR/$1.lua" "$URL" 2>&1)
  echo "$out" >"$OUT/cluster-$n-$1.txt"
  rps=$(echo "$out" | awk '/^Requests\/sec/ {printf "%.0f", $2}')
  p99=$(echo "$out" | awk '$1 == "99%" {v=$2; if (v ~ /us$/) {sub("us","",v); v/=1000} else if (v ~ /ms$/) sub("ms","",v); else if (v ~ /s$/) {sub("s","",v); v*=1000}; printf "%.1f", v}')
  if echo "$out" | grep -q "Non-2xx"; then
    echo "$out" | grep -E "Non-2xx|Socket errors" >&2
  fi
  echo "$rps $p99"
}

declare -A ref
printf "%-9s %9s %7s %9s %7s %9s %7s %9s %7s %10s %12s\n" servers "item/s" "p99 ms" "search/s" "p99 ms" \
  "hot ord/s" "p99 ms" "spread/s" "p99 ms" "rows/order" "RSS MB each"
for n in $COUNTS; do
  EMPORIUM_CLUSTER_INSTANCES=$n bash scripts/cluster.sh start >"$OUT/cluster-$n-start.log" 2>&1 ||
    { cat "$OUT/cluster-$n-start.log" >&2; exit 1; }
  URL=$(sed -n 's/^EMPORIUM_CLUSTER_URL=//p' "$EMPORIUM_CLUSTER_DIR/cluster.env")
  seller=$(token seller)
  items=()
  for k in $(seq 1 20); do
    items+=("$(post /api/v1/seller/items "{\"title\":\"Capacity kettle $k\",\"price_cents\":1999,\"stock\":10000000,\"category_id\":2}" "$seller" | json '["id"]')")
  done
  BENCH_TOKENS="$(token buyer),$(token alice),$(token bob),$(token carol),$(token dave)"
  export BENCH_TOKENS
  read -r item_rps item_p99 < <(load item)
  read -r search_rps search_p99 < <(load search)
  before=$(sql "SELECT COALESCE(MAX(seq), 0) FROM change_log")
  orders_before=$(sql "SELECT COUNT(*) FROM orders")
  export BENCH_ORDER_ITEMS=${items[0]}
  read -r order_rps order_p99 < <(load order)
  rows=$(( $(sql "SELECT COALESCE(MAX(seq), 0) FROM change_log") - before ))
  placed=$(( $(sql "SELECT COUNT(*) FROM orders") - orders_before ))
  per_order=$(awk -v r="$rows" -v p="$placed" 'BEGIN { printf "%.2f", p ? r / p : 0 }')
  BENCH_ORDER_ITEMS=$(IFS=,; echo "${items[*]}")
  export BENCH_ORDER_ITEMS
  read -r spread_rps spread_p99 < <(load order)
  rss=""
  for f in "$EMPORIUM_CLUSTER_DIR"/instance-*.pid; do rss+="$(( $(ps -o rss= -p "$(cat "$f")") / 1024 )) "; done
  [ -z "${ref[item]:-}" ] && ref=([item]=$item_rps [search]=$search_rps [order]=$order_rps [spread]=$spread_rps)
  printf "%-9s %9s %7s %9s %7s %9s %7s %9s %7s %10s %12s\n" "$n" "$item_rps" "$item_p99" "$search_rps" \
    "$search_p99" "$order_rps" "$order_p99" "$spread_rps" "$spread_p99" "$per_order" "$rss"
  ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2fx", a / b }'; }
  printf "%-9s %9s %7s %9s %7s %9s %7s %9s\n" "  ratio" "$(ratio "$item_rps" "${ref[item]}")" "" \
    "$(ratio "$search_rps" "${ref[search]}")" "" "$(ratio "$order_rps" "${ref[order]}")" "" \
    "$(ratio "$spread_rps" "${ref[spread]}")"
  bash scripts/cluster.sh stop >/dev/null
done
