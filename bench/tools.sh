#!/usr/bin/env bash
# Builds the peer tools bench/peers.ts compares against, from the Go module proxy, once per version:
#   helm   (helm.sh/helm/v3 cmd/helm)            -> ~/.cache/k8deployer-bench/helm-<version>/helm
#          (or the test bed's own helm when it is that version)
#   kapply (sigs.k8s.io/cli-utils cmd)           -> ~/.cache/k8deployer-bench/kapply-<version>/kapply
# Usage: bash bench/tools.sh [helm|kapply]...   (prints "<tool> <path>" per tool; default: both)
set -euo pipefail
HELM_VERSION="${HELM_VERSION:-v3.22.0}"
CLI_UTILS_VERSION="${CLI_UTILS_VERSION:-v0.37.2}"
CACHE="${K8DEPLOYER_BENCH_CACHE:-$HOME/.cache/k8deployer-bench}"

build() { # tool version package
  local tool=$1 version=$2 package=$3 dir tmp
  dir="$CACHE/$tool-$version"
  if [ ! -x "$dir/$tool" ]; then
    command -v go >/dev/null || { echo "tools.sh: go is not installed" >&2; exit 1; }
    mkdir -p "$CACHE"
    exec 9>"$CACHE/.$tool-$version.lock"
    flock 9
    if [ ! -x "$dir/$tool" ]; then
      echo "tools.sh: building $tool $version from $package (first use only)" >&2
      tmp="$dir.tmp.$$"
      rm -rf "$tmp" && mkdir -p "$tmp"
      # `go install pkg@version` builds with the module's own go.mod, as its release would.
      GOWORK=off CGO_ENABLED=0 GOBIN="$tmp" GOFLAGS="-trimpath -buildvcs=false -p=${K8DEPLOYER_BENCH_BUILD_JOBS:-2}" \
        go install -ldflags="-s -w" "$package@$version" >&2
      local built
      built=$(find "$tmp" -maxdepth 1 -type f -perm -u+x | head -1)
      [ "$built" = "$tmp/$tool" ] || mv "$built" "$tmp/$tool"
      rm -rf "$dir" && mv "$tmp" "$dir"
    fi
    exec 9>&-
  fi
  echo "$tool $dir/$tool"
}

# The test bed builds the same helm for `kind: helm` (scripts/testbed.sh build): use it when the version matches
# instead of building a second copy.
testbed_helm() {
  local bin
  bin=$(bash "$(dirname "$0")/../scripts/testbed.sh" bin-dir 2>/dev/null) || return 1
  [ -x "$bin/helm" ] && [ "$("$bin/helm" version --template '{{.Version}}' 2>/dev/null)" = "$HELM_VERSION" ] || return 1
  echo "helm $(readlink -f "$bin/helm")"
}

tools=("$@")
[ ${#tools[@]} -gt 0 ] || tools=(helm kapply)
for tool in "${tools[@]}"; do
  case "$tool" in
    helm) testbed_helm || build helm "$HELM_VERSION" helm.sh/helm/v3/cmd/helm ;;
    kapply) build kapply "$CLI_UTILS_VERSION" sigs.k8s.io/cli-utils/cmd ;;
    *) echo "tools.sh: unknown tool $tool (helm, kapply)" >&2; exit 2 ;;
  esac
done
