#!/usr/bin/env bash
# Installs kube-score from the Go module proxy (cached), for the test that lints rendered examples.
# kube-linter is not installable here: the Go module proxy refuses golang.stackrox.io/kube-linter and
# github.com/stackrox/kube-linter (403), and no other reachable registry ships it.
set -euo pipefail
bin="${K8DEPLOYER_LINT_BIN:-$HOME/.cache/k8deployer-lint/bin}"
mkdir -p "$bin"
install() {
  local name=$1 module=$2
  if [ ! -x "$bin/$name" ]; then
    echo "building $name from $module (first run only)" >&2
    local started=$SECONDS
    GOBIN="$bin" GOFLAGS=-mod=mod go install "$module"
    echo "built $name in $((SECONDS - started)) s" >&2
  fi
}
install kube-score github.com/zegl/kube-score/cmd/kube-score@v1.20.0
echo "$bin"
