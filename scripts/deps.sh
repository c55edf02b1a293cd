#!/usr/bin/env bash
# Installs the Debian 12 packages Emporium needs, only those missing. Safe to run repeatedly.
# Every package is named for what needs it; apt's recommendations are not installed, so whatever
# the build or the tests use is listed here (scripts/check-fresh.sh proves it on a clean root).
set -euo pipefail
PKGS=(
  # the build: compiler, CMake with Ninja, ccache, pkg-config (finds libsodium); `file` for cpack's
  # Debian packages (its dependency list comes from dpkg-shlibdeps, found through `file`)
  build-essential cmake ninja-build ccache pkg-config file
  # Qt: Core/Gui/Network/Sql/Widgets, WebSockets, Charts; Charts' CMake package needs Qt6OpenGL, which
  # qt6-charts-dev only recommends; Qt6Gui's needs the OpenGL headers (libgl-dev)
  qt6-base-dev qt6-base-dev-tools qt6-websockets-dev qt6-charts-dev libqt6opengl6-dev libgl-dev
  # LinguistTools (CMake package) and lupdate/lrelease for the translations compiled into the app
  qt6-tools-dev qt6-l10n-tools
  # Qt plugins loaded at run time, which no linker sees: the SQLite driver, WebP pictures, the platforms
  # (xcb for the window, offscreen for the widget tests)
  libqt6sql6-sqlite qt6-image-formats-plugins qt6-qpa-plugins
  # libraries the server and the app link: HTTP parser, Argon2id (libsodium), SMTP (libcurl), SQLite,
  # the token store (QtKeychain); GoogleTest for the suites
  libhttp-parser-dev libsodium-dev libcurl4-openssl-dev libsqlite3-dev qtkeychain-qt6-dev libgtest-dev
  # README's run command without a display, and a font to draw with
  xvfb xauth fonts-dejavu-core
  # the receipt tests' real SMTP server (tests/e2e/smtp_sink.py runs /usr/bin/python3)
  python3 python3-aiosmtpd
  # PostgreSQL: Qt's driver for the server (a plugin, loaded at run time), and the server itself for the
  # suites' private cluster (scripts/pg-cluster.sh)
  libqt6sql6-psql postgresql-15
  # several servers behind nginx on one machine (scripts/cluster.sh runs packaging/nginx/emporium.conf)
  nginx
)
# the benchmarks (tests/bench): wrk, nginx as the reference, curl
if [ "${EMPORIUM_BENCH:-}" = 1 ]; then PKGS+=(wrk nginx-light curl); fi
# the fuzz targets (scripts/fuzz.sh): clang and its runtime (libFuzzer, AddressSanitizer, UBSan)
if [ "${EMPORIUM_FUZZ:-}" = 1 ]; then PKGS+=(clang-14 libclang-rt-14-dev); fi
missing=()
for p in "${PKGS[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0
SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"
echo "Installing: ${missing[*]}"
$SUDO apt-get update -q
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -q --no-install-recommends "${missing[@]}"
