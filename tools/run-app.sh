#!/usr/bin/env bash
# Install the application into .venv and open it; the first start creates the demo database.
set -euo pipefail
cd "$(dirname "$0")/.."
python3 -m venv .venv
.venv/bin/python -m pip install -q --upgrade pip
.venv/bin/python -m pip install -q -e .
exec .venv/bin/python -m desktop "$@"
