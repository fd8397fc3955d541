#!/usr/bin/env bash
# Install what the tests need (system packages, a virtual environment) and run the whole suite.
# Usage: tools/run-tests.sh [pytest arguments]
set -euo pipefail
cd "$(dirname "$0")/.."

# PostgreSQL server binaries (the tests start a throwaway cluster) and the libraries Qt loads
# even offscreen. Installed only when missing, and only where we may (root or sudo).
packages=(postgresql libgl1 libegl1 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1
          libdbus-1-3 fonts-dejavu-core)
missing=()
for p in "${packages[@]}"; do dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p"); done
if ((${#missing[@]})); then
  sudo=""; [ "$(id -u)" -eq 0 ] || sudo="sudo"
  echo "installing: ${missing[*]}"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi
# The Debian package starts a cluster of its own when it is installed; the tests make theirs,
# so stop the one this script's install started, and never a cluster someone else runs.
if [[ " ${missing[*]:-} " == *" postgresql "* ]] && command -v pg_ctlcluster >/dev/null 2>&1; then
  for c in $(pg_lsclusters -h 2>/dev/null | awk '{print $1"/"$2}'); do
    pg_ctlcluster ${c%/*} ${c#*/} stop >/dev/null 2>&1 || true
  done
fi

python3 -m venv .venv
.venv/bin/python -m pip install -q --upgrade pip
.venv/bin/python -m pip install -q -e '.[test]'

# Lint and types first: ruff on the whole tree, mypy on the domain and the sync
.venv/bin/ruff check .
.venv/bin/mypy

export QT_QPA_PLATFORM=offscreen
exec .venv/bin/python -m pytest "$@"
