#!/usr/bin/env bash
# Several emporium-server instances on one PostgreSQL database behind nginx, all on this machine: to try a
# cluster, and for the tests. Everything lives in one folder and goes with `stop`.
#   scripts/cluster.sh start    a private PostgreSQL cluster (scripts/pg-cluster.sh) with a database `emporium`,
#                               the servers on free loopback ports (the first fills the demo shop) sharing one
#                               data folder, and nginx running packaging/nginx/emporium.conf (only its ports
#                               rewritten); writes DIR/cluster.env and prints the URL
#   scripts/cluster.sh status   each server, nginx and PostgreSQL: alive and answering? exit 0 only if all are
#   scripts/cluster.sh stop     stops all of it and removes the folder (safe to repeat, and on a half-started one)
# Environment: EMPORIUM_CLUSTER_DIR (/tmp/emporium-cluster), EMPORIUM_CLUSTER_INSTANCES (3),
# EMPORIUM_CLUSTER_PORT (nginx's, 8080; 0 picks a free one), EMPORIUM_SERVER_BINARY (build/server/emporium-server).
# The servers read EMPORIUM_SMTP_URL and the other mail settings from the environment, as always.
# In the folder: instance-K.log/.pid/.port per server, data/ (their one data folder), pg/, nginx/ (its config,
# error.log, access.log with the server that answered each request) and cluster.env.
# As root, PostgreSQL runs as `postgres` and nginx's workers as `nobody`: the folder must be reachable by them.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
DIR="${EMPORIUM_CLUSTER_DIR:-/tmp/emporium-cluster}"
case "$DIR" in /*) ;; *) DIR="$PWD/$DIR" ;; esac
DIR="${DIR%/}"
INSTANCES="${EMPORIUM_CLUSTER_INSTANCES:-3}"
PORT="${EMPORIUM_CLUSTER_PORT:-8080}"
BUILD_DIR="${EMPORIUM_BUILD_DIR:-build}"
case "$BUILD_DIR" in /*) ;; *) BUILD_DIR="$ROOT/$BUILD_DIR" ;; esac
BIN="${EMPORIUM_SERVER_BINARY:-$BUILD_DIR/server/emporium-server}"
PG_BIN=/usr/lib/postgresql/15/bin
CONF="$ROOT/packaging/nginx/emporium.conf"
MARK="$DIR/.emporium-cluster" # only a folder with this file is ever removed
DB_URL="postgresql://emporium@/emporium?host=$DIR/pg"
START_SECONDS=180 # the first server fills the demo shop and builds its search index before it answers

say() { echo "cluster.sh: $*" >&2; }
# a failure with the tail of the log that tells why
fail() {
  say "$1"
  if [ -n "${2:-}" ] && [ -f "$2" ]; then
    echo "--- last lines of $2:" >&2
    tail -n 30 "$2" >&2
  fi
  exit 1
}

# GET PATH on 127.0.0.1:PORT; prints the status code, 000 when nothing answers (bash's /dev/tcp, no curl)
http_status() {
  local line
  # shellcheck disable=SC2016 # expanded by the inner bash
  line=$(timeout 5 bash -c 'exec 3<>"/dev/tcp/127.0.0.1/$0" || exit 1
    printf "GET %s HTTP/1.1\r\nHost: 127.0.0.1:%s\r\nConnection: close\r\n\r\n" "$1" "$0" >&3
    IFS= read -r line <&3 && printf "%s" "$line"' "$1" "$2" 2>/dev/null) || line=""
  case "$line" in
  HTTP/1.?\ [0-9][0-9][0-9]*) echo "${line:9:3}" ;;
  *) echo 000 ;;
  esac
}

port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

free_port() { /usr/bin/python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }

as_postgres() {
  if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

# a process of this cluster: alive, and its command line names the cluster's folder (never another's pid)
ours() {
  local cmd
  [ -n "${1:-}" ] && cmd=$(tr '\0' ' ' 2>/dev/null <"/proc/$1/cmdline") && [[ "$cmd" == *"$DIR/"* ]]
}

pid_of() { if [ -f "$1" ]; then cat "$1" 2>/dev/null || true; fi; }

stop_all() {
  local f pid pids=() left
  # nginx first, so that no request reaches a stopping server; TERM is `nginx -s stop`
  pid=$(pid_of "$DIR/nginx/nginx.pid")
  if ours "$pid"; then
    kill -TERM "$pid" 2>/dev/null || true
    for _ in $(seq 1 50); do ours "$pid" || break; sleep 0.1; done
    if ours "$pid"; then
      pkill -KILL -P "$pid" 2>/dev/null || true # its workers only
      kill -KILL "$pid" 2>/dev/null || true
    fi
  fi
  # the servers: SIGTERM stops each cleanly; 10 s, then SIGKILL
  for f in "$DIR"/instance-*.pid; do
    [ -f "$f" ] || continue
    pid=$(pid_of "$f")
    if ours "$pid"; then
      kill -TERM "$pid" 2>/dev/null || true
      pids+=("$pid")
    fi
  done
  for _ in $(seq 1 100); do
    left=0
    for pid in ${pids[@]+"${pids[@]}"}; do ours "$pid" && left=1; done
    [ "$left" = 0 ] && break
    sleep 0.1
  done
  for pid in ${pids[@]+"${pids[@]}"}; do
    if ours "$pid"; then
      say "server $pid did not stop within 10 s: killed"
      kill -KILL "$pid" 2>/dev/null || true
    fi
  done
  if [ -d "$DIR/pg" ]; then bash "$ROOT/scripts/pg-cluster.sh" stop "$DIR/pg" || true; fi
  if [ -f "$MARK" ]; then
    rm -rf "$DIR"
  elif [ -d "$DIR" ]; then
    say "$DIR is not a cluster folder (no $MARK): left as it is"
  fi
}

# waits until GET /healthz on PORT answers 200; PID (when given) must stay alive meanwhile
wait_healthy() { # port pid log what seconds
  local port=$1 pid=$2 log=$3 what=$4 tries=$(($5 * 10))
  for _ in $(seq 1 "$tries"); do
    [ "$(http_status "$port" /healthz)" = 200 ] && return 0
    if [ -n "$pid" ] && ! kill -0 "$pid" 2>/dev/null; then fail "$what exited" "$log"; fi
    sleep 0.1
  done
  fail "$what did not answer GET /healthz with 200 within $5 s" "$log"
}

# starts server K in the background, its own session (a closed terminal does not stop it)
start_server() { # k [flags...]
  local k=$1
  shift
  setsid "$BIN" --listen 127.0.0.1:0 --database "$DB_URL" --data-dir "$DIR/data" --trusted-proxy 127.0.0.1 "$@" \
    </dev/null >"$DIR/instance-$k.log" 2>&1 &
  echo $! >"$DIR/instance-$k.pid"
}

# waits for server K's port (its log says "emporium-server listening on http://127.0.0.1:PORT"; written to
# DIR/instance-K.port), then for its GET /healthz to answer 200
server_ready() { # k
  local k=$1 pid port="" log="$DIR/instance-$1.log"
  pid=$(pid_of "$DIR/instance-$k.pid")
  [ -f "$DIR/instance-$k.port" ] && port=$(cat "$DIR/instance-$k.port")
  for _ in $(seq 1 $((START_SECONDS * 10))); do
    [ -n "$port" ] && break
    port=$(sed -n 's/^emporium-server listening on .*:\([0-9][0-9]*\)$/\1/p;T;q' "$log" 2>/dev/null || true)
    kill -0 "$pid" 2>/dev/null || fail "server $k exited" "$log"
    [ -n "$port" ] || sleep 0.1
  done
  [ -n "$port" ] || fail "server $k did not start listening within $START_SECONDS s" "$log"
  echo "$port" >"$DIR/instance-$k.port"
  wait_healthy "$port" "$pid" "$log" "server $k" "$START_SECONDS"
}

# the shipped nginx config, only its marked lines rewritten: the upstream's servers, the listen address
nginx_site() { # listen ports...
  local listen=$1
  shift
  awk -v listen="$listen" -v ports="$*" '
    /# cluster\.sh: instance$/ {
      if (!instances) {
        n = split(ports, p, " ")
        for (i = 1; i <= n; i++) {
          line = $0
          if (!sub(/127\.0\.0\.1:[0-9]+/, "127.0.0.1:" p[i], line)) exit 3
          print line
        }
        instances = 1
      }
      next
    }
    /# cluster\.sh: listen$/ {
      if (!sub(/listen [^;]*;/, "listen " listen ";")) exit 3
      listened = 1
    }
    { print }
    END { if (!instances || !listened) exit 3 }' "$CONF"
}

# start's way out: on any failure, stop what was started
start_exit() {
  local rc=$?
  trap - EXIT INT TERM
  if [ "$rc" -ne 0 ]; then
    say "start failed: stopping what was started"
    stop_all
  fi
  exit "$rc"
}

start() {
  case "$INSTANCES" in '' | *[!0-9]* | 0) fail "EMPORIUM_CLUSTER_INSTANCES must be a number of servers (1 or more)" ;; esac
  case "$PORT" in '' | *[!0-9]*) fail "EMPORIUM_CLUSTER_PORT must be a port (0 picks a free one)" ;; esac
  case "$DIR" in *[[:space:]]*) fail "EMPORIUM_CLUSTER_DIR must not contain spaces: $DIR" ;; esac
  if [ ! -x "$BIN" ]; then
    fail "no server binary at $BIN: build it with \`bash scripts/build.sh\` (README: \`bash scripts/run.sh\`
builds and opens the app), or point EMPORIUM_SERVER_BINARY at one"
  fi
  command -v nginx >/dev/null || fail "nginx is missing: bash scripts/deps.sh installs it"
  [ -x "$PG_BIN/initdb" ] || fail "PostgreSQL 15 is missing: bash scripts/deps.sh installs it"
  if [ -f "$MARK" ] || { [ -d "$DIR" ] && [ -n "$(ls -A "$DIR")" ]; }; then
    fail "$DIR is in use (a cluster, or what is left of one): scripts/cluster.sh stop, or another EMPORIUM_CLUSTER_DIR"
  fi
  if [ "$PORT" != 0 ] && port_in_use "$PORT"; then
    fail "127.0.0.1:$PORT is taken: another EMPORIUM_CLUSTER_PORT (0 picks a free one)"
  fi
  mkdir -p "$DIR"
  chmod 755 "$DIR" # reachable by `postgres` and nginx's workers when run as root
  touch "$MARK"
  # from here on, a failure stops whatever was started and removes the folder
  trap start_exit EXIT
  trap 'exit 130' INT TERM

  echo "PostgreSQL: private cluster in $DIR/pg"
  bash "$ROOT/scripts/pg-cluster.sh" start "$DIR/pg" >/dev/null
  "$PG_BIN/createdb" -h "$DIR/pg" -U emporium emporium 2>"$DIR/createdb.log" || fail "createdb failed" "$DIR/createdb.log"
  mkdir -p "$DIR/data"

  # the first server alone fills the empty database; then the others, together
  echo "server 1: fills the demo shop"
  start_server 1 --demo
  server_ready 1
  local k ports=()
  if [ "$INSTANCES" -gt 2 ]; then echo "servers 2 to $INSTANCES"; elif [ "$INSTANCES" = 2 ]; then echo "server 2"; fi
  for k in $(seq 2 "$INSTANCES"); do start_server "$k"; done
  for k in $(seq 1 "$INSTANCES"); do
    server_ready "$k"
    ports+=("$(cat "$DIR/instance-$k.port")")
  done

  # a free port only now, so that no server took it meanwhile
  if [ "$PORT" = 0 ]; then PORT=$(free_port); fi
  echo "nginx: 127.0.0.1:$PORT"
  local ngx="$DIR/nginx"
  mkdir -p "$ngx/tmp"
  nginx_site "127.0.0.1:$PORT" "${ports[@]}" >"$ngx/emporium.conf" ||
    fail "$CONF: the lines marked \"# cluster.sh: instance\" and \"# cluster.sh: listen\" are missing"
  {
    # as root the workers drop to nobody; nginx hands them its temp folders
    if [ "$(id -u)" -eq 0 ]; then echo "user nobody nogroup;"; fi
    cat <<NGINX
daemon on;
worker_processes 2;
pid $ngx/nginx.pid;
error_log $ngx/error.log warn;
events { worker_connections 1024; }
http {
  log_format upstream '\$remote_addr "\$request" \$status \$body_bytes_sent upstream=\$upstream_addr '
                      '\$upstream_status \${request_time}s';
  access_log $ngx/access.log upstream;
  client_body_temp_path $ngx/tmp/body; proxy_temp_path $ngx/tmp/proxy; fastcgi_temp_path $ngx/tmp/fastcgi;
  uwsgi_temp_path $ngx/tmp/uwsgi; scgi_temp_path $ngx/tmp/scgi;
  include $ngx/emporium.conf;
}
NGINX
  } >"$ngx/nginx.conf"
  nginx -t -q -e "$ngx/error.log" -p "$ngx" -c "$ngx/nginx.conf" >"$ngx/test.log" 2>&1 ||
    fail "nginx refuses its config" "$ngx/test.log"
  nginx -e "$ngx/error.log" -p "$ngx" -c "$ngx/nginx.conf" >"$ngx/start.log" 2>&1 || fail "nginx did not start" "$ngx/error.log"
  wait_healthy "$PORT" "" "$ngx/error.log" "nginx" 10

  cat >"$DIR/cluster.env" <<ENV
EMPORIUM_CLUSTER_URL=http://127.0.0.1:$PORT
EMPORIUM_CLUSTER_DATABASE=$DB_URL
EMPORIUM_CLUSTER_INSTANCES=$INSTANCES
ENV
  trap - EXIT INT TERM

  local app="$BUILD_DIR/app/emporium"
  app="${app#"$ROOT"/}"
  echo
  local servers="$INSTANCES servers"
  [ "$INSTANCES" != 1 ] || servers="1 server"
  echo "Emporium: $servers on one PostgreSQL database behind nginx at http://127.0.0.1:$PORT"
  for k in $(seq 1 "$INSTANCES"); do
    echo "  server $k  127.0.0.1:$(cat "$DIR/instance-$k.port")  pid $(cat "$DIR/instance-$k.pid")  log $DIR/instance-$k.log"
  done
  echo "  database  $DB_URL"
  echo "  pictures  $DIR/data (shared)"
  if [ -n "${EMPORIUM_SMTP_URL:-}" ]; then
    echo "  receipts  by SMTP (EMPORIUM_SMTP_URL)"
  else
    echo "  receipts  .eml files in $DIR/data/receipts (EMPORIUM_SMTP_URL unset)"
  fi
  echo "  settings  $DIR/cluster.env"
  echo "The app on it:  $app --server http://127.0.0.1:$PORT   (demo accounts *@demo.test, password demo1234)"
  echo "Then:           scripts/cluster.sh status | stop"
}

status() {
  if [ ! -f "$MARK" ]; then
    say "no cluster in $DIR"
    return 1
  fi
  local ok=0 k f pid port code
  for f in "$DIR"/instance-*.pid; do
    [ -f "$f" ] || continue
    k=${f##*/instance-}
    k=${k%.pid}
    pid=$(pid_of "$f")
    port=$(pid_of "$DIR/instance-$k.port")
    if ! ours "$pid"; then
      printf 'server %-3s pid %-8s 127.0.0.1:%-6s not running\n' "$k" "$pid" "${port:-?}"
      ok=1
      continue
    fi
    code=000
    [ -n "$port" ] && code=$(http_status "$port" /healthz)
    printf 'server %-3s pid %-8s 127.0.0.1:%-6s healthz %s\n' "$k" "$pid" "${port:-?}" "$code"
    [ "$code" = 200 ] || ok=1
  done
  port=""
  [ -f "$DIR/cluster.env" ] && port=$(sed -n 's|^EMPORIUM_CLUSTER_URL=http://127.0.0.1:||p' "$DIR/cluster.env")
  pid=$(pid_of "$DIR/nginx/nginx.pid")
  if ours "$pid"; then
    code=000
    [ -n "$port" ] && code=$(http_status "$port" /healthz)
    printf 'nginx      pid %-8s 127.0.0.1:%-6s healthz %s\n' "$pid" "${port:-?}" "$code"
    [ "$code" = 200 ] || ok=1
  else
    printf 'nginx      pid %-8s 127.0.0.1:%-6s not running\n' "${pid:--}" "${port:-?}"
    ok=1
  fi
  if [ -d "$DIR/pg/data" ] && as_postgres "$PG_BIN/pg_ctl" -D "$DIR/pg/data" status >/dev/null 2>&1; then
    printf 'postgresql %s running\n' "$DB_URL"
  else
    printf 'postgresql %s not running\n' "$DB_URL"
    ok=1
  fi
  return "$ok"
}

case "${1:-}" in
start) start ;;
status) status ;;
stop) stop_all ;;
*)
  echo "usage: $0 start|status|stop   (folder: EMPORIUM_CLUSTER_DIR, now $DIR)" >&2
  exit 2
  ;;
esac
