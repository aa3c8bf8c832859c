#!/usr/bin/env bash
# Runs the whole test suite (slow tests, which load the spaCy model, included).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
exec .venv/bin/python -m pytest --slow -q "$@"
