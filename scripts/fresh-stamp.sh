#!/usr/bin/env bash
# Prints the stamp of the dependency surface of the checkout at $1 (default: this one): one sha256 over the
# tracked files that decide what a fresh machine must install and how it builds: scripts/, every
# CMakeLists.txt, cmake/ and packaging/. scripts/check-fresh.sh writes it to .ci/fresh-machine.sha256 after
# a pass on a clean Debian 12; .ci/run compares it with the tree and runs check-fresh.sh when they differ.
set -euo pipefail
cd "${1:-$(dirname "$0")/..}"
git ls-files -z -- scripts/ cmake/ packaging/ CMakeLists.txt '**/CMakeLists.txt' |
  sort -z | xargs -0 sha256sum | sha256sum | cut -d' ' -f1
