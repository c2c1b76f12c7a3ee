#!/usr/bin/env bash
# The project's test command (`npm test`): every unit and e2e test, on Node 24, against the local test clusters.
# Installs what it needs on first use (node_modules, kube-score, the test bed's binaries), cached afterwards.
set -euo pipefail
cd "$(dirname "$0")/.."
# A fresh clone has no node_modules; a changed lock file means they are stale.
if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  bash scripts/node24.sh npm ci --no-audit --no-fund --loglevel=error
fi
bash scripts/lint-tools.sh >/dev/null
bash scripts/testbed.sh build
# The test bed's tools (kubectl, helm) on PATH, as GitHub-hosted runners have them: kind: helm components need helm.
PATH="$(bash scripts/testbed.sh bin-dir):$PATH"
export PATH
report=$(mktemp)
trap 'rm -f "$report"' EXIT
status=0
bash scripts/node24.sh npx vitest run --reporter=default --reporter=json --outputFile.json="$report" "$@" || status=$?
# One plain closing line with the counts, whatever the reporter above printed.
bash scripts/node24.sh node -e '
  const r = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
  console.log(`${r.numPassedTests} passed, ${r.numFailedTests} failed, ${r.numPendingTests + r.numTodoTests} skipped`);
' "$report" || true
exit $status
