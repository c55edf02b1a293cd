#!/usr/bin/env bash
# A private PostgreSQL 15 cluster for the tests and benchmarks: initdb into a folder, listening on a Unix
# socket in that folder only (no TCP port, so it never meets another cluster), trust for the local user.
#   scripts/pg-cluster.sh start DIR   starts it and prints its admin URL (postgresql://emporium@/postgres?host=DIR)
#   scripts/pg-cluster.sh stop DIR    stops it (immediately) and removes DIR
# initdb refuses to run as root: as root the cluster belongs to the `postgres` user the package created.
set -euo pipefail
BIN=/usr/lib/postgresql/15/bin
cmd="${1:?start|stop}"
dir="${2:?folder}"
as_owner() {
  if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}
case "$cmd" in
start)
  mkdir -p "$dir"
  [ "$(id -u)" -eq 0 ] && chown postgres "$dir"
  as_owner "$BIN/initdb" -D "$dir/data" -A trust -U emporium --no-sync -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 ||
    { cat "$dir/initdb.log" >&2; exit 1; }
  # fsync off and no full-page writes: a throwaway cluster; enough connections for parallel suites
  as_owner "$BIN/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
    -o "-k $dir -c listen_addresses='' -c fsync=off -c full_page_writes=off -c synchronous_commit=off -c max_connections=400" \
    start >/dev/null || { cat "$dir/server.log" >&2; exit 1; }
  echo "postgresql://emporium@/postgres?host=$dir"
  ;;
stop)
  if [ -f "$dir/data/postmaster.pid" ]; then
    as_owner "$BIN/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null 2>&1 || true
  fi
  rm -rf "$dir"
  ;;
*)
  echo "usage: $0 start|stop DIR" >&2
  exit 2
  ;;
esac
