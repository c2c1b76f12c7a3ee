#!/usr/bin/env bash
# dist/ is committed (the action runs it and `npx k8deployer` uses it). Rebuild and fail when it differs.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/node24.sh npm run --silent build >/dev/null
if ! git diff --quiet --exit-code -- dist/ || [ -n "$(git ls-files --others --exclude-standard dist/)" ]; then
  echo "dist/ is out of date: run 'npm run build' and commit dist/" >&2
  git status --short dist/ | head -20 >&2
  exit 1
fi
echo "dist/ is up to date"
