#!/usr/bin/env bash
# The project's test command (`npm test`): every unit and e2e test, on Node 24, against the local test clusters.
# Builds the test bed on first use (cached afterwards), so it works on a fresh machine.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/testbed.sh build
exec bash scripts/node24.sh npx vitest run "$@"
