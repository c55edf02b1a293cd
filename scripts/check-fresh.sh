#!/usr/bin/env bash
# Proves README's two commands and the two packages on a clean Debian 12, as a newcomer would meet them:
#  1. a minimal Debian 12 root (mmdebstrap --variant=minbase), a clone of this checkout's HEAD in it,
#     /proc, /sys and /dev bound; inside it README's test command (must pass), CI's fuzz targets for 5 s
#     each (scripts/fuzz.sh installs clang itself), then README's run command for 60 s (the window must
#     come up and stay up, the embedded server must answer /healthz);
#  2. cpack there, then `apt-get install ./emporium*.deb` into a second clean root: dependencies from Debian
#     alone, the server package without Qt Widgets or Charts, `emporium-server --help`, the server serving,
#     `emporium --version`, the installed app's window and embedded server under Xvfb, and
#     desktop-file-validate, appstreamcli validate and systemd-analyze verify on the installed files.
# After a pass it writes .ci/fresh-machine.sha256 (scripts/fresh-stamp.sh): commit it.
# Runs as root (mmdebstrap, chroot, mounts). Every step is bounded in time; everything is unmounted and
# removed on every exit. Logs stay in ${EMPORIUM_BUILD_DIR:-build}/fresh-machine/. The last line says
# `fresh machine: PASS ...` or `fresh machine: FAIL: <step>: <first error line>`.
# The host's ccache folder is lent to the first root (EMPORIUM_FRESH_CCACHE=0 to build cold): a cached
# object is only reused when every header it read is there with the same content, so it hides no package.
set -uo pipefail
cd "$(dirname "$0")/.."
CHECKOUT=$PWD
SUITE=bookworm
LOGS="$CHECKOUT/${EMPORIUM_BUILD_DIR:-build}/fresh-machine"
WORK=""
STEP="start"
STARTED=$SECONDS
declare -A TOOK=()

say() { printf '== %s\n' "$*"; }

finish() {
    local rc=$?
    trap - EXIT INT TERM
    cleanup
    if [ "$rc" -eq 0 ]; then
        echo "fresh machine: PASS (test command ${TOOK[test]:-?} s, fuzz ${TOOK[fuzz]:-?} s, run command ${TOOK[run]:-?} s," \
             "packages ${TOOK[packages]:-?} s, install and checks ${TOOK[install]:-?} s; total $((SECONDS - STARTED)) s)"
    else
        echo "fresh machine: FAIL: $STEP: $(first_error "$LOGS/$STEP.log")"
    fi
    exit "$rc"
}

# The first line of a step's log that reads like an error, else its last line.
first_error() {
    [ -f "$1" ] || { echo "(no log)"; return; }
    local line
    line=$(grep -A1 'tests FAILED:' "$1" | tail -n 1) # ctest names the failed suites
    [ -n "$line" ] || line=$(grep -m1 -E '(^|[^a-z_])(error|Error|ERROR|FAILED|Failed|failed|fatal|E:|not found|No such)' "$1" || true)
    [ -n "$line" ] || line=$(tail -n 1 "$1")
    echo "${line:0:300}"
}

# Kills what still runs inside the roots, unmounts everything below WORK, and removes WORK only when
# nothing is mounted there any more (never deletes through a bind mount).
cleanup() {
    [ -n "$WORK" ] && [ -d "$WORK" ] || return 0
    local pid
    for pid in $(ls /proc | grep -E '^[0-9]+$'); do
        case "$(readlink "/proc/$pid/root" 2>/dev/null)" in "$WORK"/*) kill -KILL "$pid" 2>/dev/null ;; esac
    done
    sleep 1
    local m
    for m in $(awk -v w="$WORK" 'index($2, w) == 1 {print $2}' /proc/mounts | sort -r); do
        umount -l "$m" 2>/dev/null || true
    done
    if awk -v w="$WORK" 'index($2, w) == 1 {found=1} END {exit !found}' /proc/mounts; then
        echo "check-fresh: still mounted below $WORK; left in place" >&2
    else
        rm -rf --one-file-system "$WORK"
    fi
}

# step NAME SECONDS COMMAND...: runs a step (a function of this script) in its own bash, bounded in time,
# with its log in LOGS/NAME.log.
step() {
    STEP=$1
    local limit=$2 began=$SECONDS
    shift 2
    say "$STEP (at most ${limit} s; log: $LOGS/$STEP.log)"
    timeout --kill-after=10 "$limit" bash -c '"$@"' step "$@" > "$LOGS/$STEP.log" 2>&1
    local rc=$?
    TOOK[$STEP]=$((SECONDS - began))
    [ "$rc" -eq 124 ] && echo "timed out after ${limit} s" >> "$LOGS/$STEP.log"
    [ "$rc" -eq 0 ] || { tail -n 30 "$LOGS/$STEP.log"; exit "$rc"; }
}

host_tools() {
    local need=() p
    for p in mmdebstrap git curl iproute2 x11-utils; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || need+=("$p")
    done
    [ ${#need[@]} -eq 0 ] && return 0
    apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${need[@]}"
}

base_root() {
    mmdebstrap --variant=minbase --mode=root "$SUITE" "$WORK/base.tar" \
        "deb http://deb.debian.org/debian $SUITE main" "deb http://deb.debian.org/debian $SUITE-updates main" \
        "deb http://deb.debian.org/debian-security $SUITE-security main"
}

# new_root NAME: a clean root from the base, with /proc, /sys, /dev and the host's DNS settings.
new_root() {
    local root="$WORK/$1" d
    mkdir -p "$root"
    tar -C "$root" -xf "$WORK/base.tar"
    for d in proc sys dev; do
        mount --rbind "/$d" "$root/$d" && mount --make-rslave "$root/$d"
    done
    cp -L /etc/resolv.conf "$root/etc/resolv.conf"
}

# in_root NAME COMMAND: runs a shell command inside a root, with a clean environment.
in_root() {
    chroot "$WORK/$1" /usr/bin/env -i HOME=/root PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
        LANG=C.UTF-8 TERM=dumb CCACHE_DIR=/var/cache/ccache-host CI="${CI:-}" /bin/bash -c "$2"
}

prepare_first_root() {
    new_root one
    git clone --quiet --no-hardlinks "$CHECKOUT" "$WORK/one/src/emporium"
    mkdir -p "$WORK/one/var/cache/ccache-host"
    local cache="${CCACHE_DIR:-$HOME/.cache/ccache}"
    if [ "${EMPORIUM_FRESH_CCACHE:-1}" = 1 ] && [ -d "$cache" ]; then
        mount --bind "$cache" "$WORK/one/var/cache/ccache-host"
    fi
}

# listening_port ROOT NAME: the TCP port that a process of that name inside the root listens on (the roots
# share the host's network namespace).
listening_port() {
    local pid port
    while read -r pid port; do
        [ "$(readlink "/proc/$pid/root" 2>/dev/null)" = "$WORK/$1" ] && { echo "$port"; return 0; }
    done < <(ss -ltnpH 2>/dev/null | awk -v name="((\"$2\",pid=" '{
        i = index($0, name); if (!i) next
        pid = substr($0, i + length(name)); sub(/[^0-9].*/, "", pid)
        n = split($4, a, ":"); print pid, a[n] }')
    return 1
}

# wait_healthz ROOT PROCESS-NAME SECONDS: waits for the process to listen and answer /healthz with "ok".
wait_healthz() {
    local i port
    for ((i = 0; i < $3; i++)); do
        port=$(listening_port "$1" "$2")
        if [ -n "$port" ] && curl -fsS --max-time 5 "http://127.0.0.1:$port/healthz" | grep -q '"ok"'; then
            echo "$2 answers /healthz on port $port"
            return 0
        fi
        sleep 1
    done
    echo "error: $2 did not answer /healthz within $3 s"
    return 1
}

# The Xvfb that xvfb-run started inside a root: "DISPLAY XAUTHORITY" as the host reaches it.
xvfb_of_root() {
    local pid args
    for pid in $(pgrep -x Xvfb); do
        [ "$(readlink "/proc/$pid/root")" = "$WORK/$1" ] || continue
        args=$(tr '\0' ' ' < "/proc/$pid/cmdline")
        echo "$(grep -oE ' :[0-9]+' <<< "$args" | tr -d ' ') $WORK/$1$(grep -oE -- '-auth [^ ]+' <<< "$args" | cut -d' ' -f2)"
        return 0
    done
    return 1
}

window_is_up() {
    local display auth
    read -r display auth < <(xvfb_of_root "$1") || { echo "error: no Xvfb runs in the root"; return 1; }
    DISPLAY=$display XAUTHORITY=$auth xwininfo -root -tree | grep -q '"Emporium' ||
        { echo "error: no Emporium window on $display"; return 1; }
}

# run_gui ROOT COMMAND SECONDS: starts the app in the root, checks the window and the embedded server,
# checks again that both are still there after SECONDS, then stops it.
run_gui() {
    setsid bash -c 'in_root "$1" "$2"' app "$1" "$2" > "$LOGS/$1-app.log" 2>&1 &
    local app=$! began=$SECONDS
    wait_healthz "$1" emporium 300 || { tail -n 20 "$LOGS/$1-app.log"; return 1; }
    window_is_up "$1" || return 1
    echo "the window is up after $((SECONDS - began)) s"
    sleep "$3"
    kill -0 "$app" 2>/dev/null || { echo "error: the app stopped"; tail -n 20 "$LOGS/$1-app.log"; return 1; }
    window_is_up "$1" || return 1
    wait_healthz "$1" emporium 5 || return 1
    echo "window and embedded server still up after $3 s"
    kill -TERM -- "-$app" 2>/dev/null
    sleep 2
    kill -KILL -- "-$app" 2>/dev/null
    return 0
}

build_packages() {
    in_root one 'cd /src/emporium/build && cpack -G DEB' || return 1
    mkdir -p "$WORK/debs"
    cp "$WORK"/one/src/emporium/build/emporium*.deb "$WORK/debs/"
    ls -l "$WORK/debs"
}

install_packages() {
    new_root two
    mkdir -p "$WORK/two/tmp/debs"
    cp "$WORK"/debs/*.deb "$WORK/two/tmp/debs/"
    in_root two 'apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends ./tmp/debs/emporium-server_*.deb' ||
        return 1
    in_root two 'for p in libqt6widgets6 libqt6charts6; do
                   if dpkg-query -W -f="\${Status}" $p 2>/dev/null | grep -q "ok installed"; then
                     echo "error: emporium-server pulled in $p"; exit 1; fi; done
                 emporium-server --help | head -n 3' || return 1
    setsid bash -c 'in_root two "emporium-server --listen 127.0.0.1:0 --data-dir /tmp/shop --demo"' server \
        > "$LOGS/two-server.log" 2>&1 &
    local server=$!
    wait_healthz two emporium-server 120 || { tail -n 20 "$LOGS/two-server.log"; return 1; }
    kill -TERM -- "-$server"
    in_root two 'cd /tmp/debs && DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends ./emporium_*.deb &&
                 emporium --version' || return 1
}

# The installed app under Xvfb (the harness's own xvfb, installed after the package), then the validators.
check_installed() {
    in_root two 'DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends xvfb xauth fonts-dejavu-core \
                   desktop-file-utils appstream systemd' || return 1
    run_gui two 'xvfb-run -a -s "-screen 0 1280x800x24" emporium --data-dir /tmp/app' 10 || return 1
    in_root two 'desktop-file-validate /usr/share/applications/org.emporium.Emporium.desktop &&
                 appstreamcli validate --no-net /usr/share/metainfo/org.emporium.Emporium.metainfo.xml &&
                 systemd-analyze verify /usr/lib/systemd/system/emporium-server.service &&
                 echo "desktop file, metainfo and unit verified"' || return 1
}

main() {
    [ "$(id -u)" -eq 0 ] || { echo "check-fresh.sh makes chroots and mounts: run it as root (sudo)"; exit 2; }
    mkdir -p "$LOGS"
    rm -f "$LOGS"/*.log
    WORK=$(mktemp -d /var/tmp/emporium-fresh.XXXXXX)
    export WORK LOGS CHECKOUT SUITE
    export -f say host_tools base_root new_root in_root prepare_first_root listening_port wait_healthz \
        xvfb_of_root window_is_up run_gui build_packages install_packages check_installed
    trap finish EXIT
    trap 'exit 130' INT TERM
    step host-tools 600 host_tools
    step base-root 900 base_root
    step first-root 300 prepare_first_root
    say "README's test command in the clean root"
    step test 3600 in_root one 'cd /src/emporium && bash scripts/test.sh'
    say "CI's fuzz targets in the same root, 5 s each (clang and its runtime installed by the script)"
    step fuzz 1800 in_root one 'cd /src/emporium && EMPORIUM_FUZZ_SECONDS=5 bash scripts/fuzz.sh'
    say "README's run command in the same root, 60 s"
    step run 300 run_gui one 'cd /src/emporium && bash scripts/run.sh' 60
    step packages 900 build_packages
    step install 900 install_packages
    step installed-checks 900 check_installed
    TOOK[install]=$((TOOK[install] + TOOK[installed-checks]))
    STEP=stamp
    bash scripts/fresh-stamp.sh "$WORK/one/src/emporium" > "$CHECKOUT/.ci/fresh-machine.sha256"
    [ "$(bash scripts/fresh-stamp.sh)" = "$(cat .ci/fresh-machine.sha256)" ] ||
        say "note: the stamp is of HEAD; this checkout's dependency files differ from HEAD (commit, then run again)"
}

main "$@"
