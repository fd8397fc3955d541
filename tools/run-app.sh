#!/usr/bin/env bash
# Install the application into .venv (once) and open it; the first start creates the demo
# database. Later starts install nothing and need no network.
set -euo pipefail
cd "$(dirname "$0")/.."
source tools/lib/system-packages.sh
ensure_packages "${QT_PACKAGES[@]}"
ensure_venv ""
exec .venv/bin/python -m desktop "$@"
