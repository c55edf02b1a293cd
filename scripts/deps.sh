#!/usr/bin/env bash
# Installs the Debian 12 packages Emporium needs, only those missing. Safe to run repeatedly.
set -euo pipefail
PKGS=(
  build-essential cmake ninja-build ccache pkg-config
  qt6-base-dev qt6-base-dev-tools qt6-websockets-dev qt6-charts-dev
  qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools libqt6sql6-sqlite qt6-qpa-plugins libgl-dev
  libhttp-parser-dev libsodium-dev libcurl4-openssl-dev libsqlite3-dev libgtest-dev qtkeychain-qt6-dev
  xvfb xauth curl fonts-dejavu-core python3 python3-aiosmtpd
)
if [ "${EMPORIUM_BENCH:-}" = 1 ]; then PKGS+=(wrk nginx-light python3); fi
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
