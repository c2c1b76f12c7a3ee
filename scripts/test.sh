#!/usr/bin/env bash
# The project's test command (`npm test`): every unit and e2e test, on Node 24, against the local test clusters.
# Builds the test bed on first use (cached afterwards), so it works on a fresh machine.
set -euo pipefail
cd "$(dirname "$0")/.."
# A fresh clone has no node_modules; a changed lock file means they are stale.
if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  bash scripts/node24.sh npm ci --no-audit --no-fund --loglevel=error
fi
bash scripts/lint-tools.sh
bash scripts/testbed.sh build
exec bash scripts/node24.sh npx vitest run "$@"
