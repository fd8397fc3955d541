#!/usr/bin/env bash
# Install what the tests need (system packages, a virtual environment) and run the whole suite.
# Usage: tools/run-tests.sh [pytest arguments]
set -euo pipefail
cd "$(dirname "$0")/.."

source tools/lib/system-packages.sh
# PostgreSQL server binaries (the tests start throwaway clusters) and the libraries Qt loads.
# LibreOffice and poppler: the letter tests open, save and print our .docx files with them
# libfaketime (and gcc for its small shim): tools/run-dated-tests.sh runs the date-sensitive
# tests again with the machine's clock faked
# Xvfb and xdotool: a test types into a file dialog on a real X server, where a crash showed
# that Qt's offscreen platform does not reproduce
ensure_packages postgresql libreoffice-writer-nogui poppler-utils libfaketime tzdata gcc libc6-dev \
  xvfb xauth xdotool "${QT_PACKAGES[@]}"
# The Debian package starts a cluster of its own when it is installed; the tests make theirs,
# so stop that one if this script installed it, and never a cluster someone else runs.
if [[ " ${INSTALLED_PACKAGES[*]:-} " == *" postgresql "* ]] && command -v pg_ctlcluster >/dev/null; then
  for c in $(pg_lsclusters -h 2>/dev/null | awk '{print $1"/"$2}'); do
    pg_ctlcluster "${c%/*}" "${c#*/}" stop >/dev/null 2>&1 || true
  done
fi
ensure_venv test

# Lint and types first: ruff on the whole tree, mypy on the domain and the sync
.venv/bin/ruff check .
.venv/bin/mypy

export QT_QPA_PLATFORM=offscreen
# The one-folder bundle field laptops get, built from this checkout (its size is printed);
# tests/bundle starts it on a fresh data folder
.venv/bin/python installers/build.py --no-installer
exec .venv/bin/python -m pytest "$@"
