#!/usr/bin/env bash
# Benchmark: start two local test clusters from the cached binaries, print how long until both are fully ready
# (apiserver /readyz, controller-manager + scheduler healthy, kwok Nodes Ready, default ServiceAccount), then tear
# them down. Goal: < 60 s on 2 cores.   Usage: bash bench/testbed-startup.sh [N clusters, default 2]
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-2}
bash scripts/testbed.sh build # no-op (prints "cached") when the binaries exist
dir=$(mktemp -d "${TMPDIR:-/tmp}/k8deployer-bench-XXXXXX")
cleanup() { bash scripts/testbed.sh down --dir "$dir" >/dev/null 2>&1 || true; rm -rf "$dir"; }
trap cleanup EXIT
start=$(date +%s%3N)
out=$(bash scripts/testbed.sh up "$n" --dir "$dir")
end=$(date +%s%3N)
for i in $(seq 1 "$n"); do
  echo "cluster-$i ready after $(cat "$dir/cluster-$i/startup-seconds") s"
done
total_ms=$((end - start))
echo "$out" | grep '^startup_seconds=' || true
t0=$(date +%s%3N)
bash scripts/testbed.sh down --dir "$dir"
t1=$(date +%s%3N)
trap - EXIT
rm -rf "$dir"
printf 'testbed startup: %d clusters in %d.%03d s (wall, incl. certs), teardown %d.%03d s, %d cores\n' \
  "$n" $((total_ms / 1000)) $((total_ms % 1000)) $(((t1 - t0) / 1000)) $(((t1 - t0) % 1000)) "$(nproc)"
if [ "$total_ms" -gt 60000 ]; then echo "WARNING: slower than the 60 s goal" >&2; fi
