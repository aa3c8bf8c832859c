#!/usr/bin/env bash
# The main job: set up, ingest the sample articles into ./dateline.db, print what Dateline found.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
exec .venv/bin/dateline demo "$@"
