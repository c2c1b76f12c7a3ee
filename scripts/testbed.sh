#!/usr/bin/env bash
# Local Kubernetes test bed for k8deployer: real kube-apiserver / kube-controller-manager / kube-scheduler / etcd,
# with kwok playing the kubelet for fake Nodes. No Docker, no root, everything on 127.0.0.1.
#
#   scripts/testbed.sh build                  build (or find in the cache) etcd, kwok, kube-*, kubectl and helm
#   scripts/testbed.sh up [N] [--dir DIR]     start N independent clusters (default 1, DIR default .testbed/)
#   scripts/testbed.sh down [--dir DIR]       stop them and remove their data
#   scripts/testbed.sh env [--dir DIR]        print `export KUBECONFIG=...` lines (eval "$(scripts/testbed.sh env)")
#   scripts/testbed.sh status [--dir DIR]     show the clusters and whether their processes live
#   scripts/testbed.sh bin-dir                print the directory holding the binaries (kubectl, ...)
#   scripts/testbed.sh stop-apiserver [N] [--dir DIR]   stop cluster N's kube-apiserver (default 1), wait until gone
#   scripts/testbed.sh start-apiserver [N] [--dir DIR]  start it again with the same flags, wait for /readyz
#
# The last two let resilience tests cut one cluster's API server mid-deploy; etcd, controllers and kwok keep running.
#
# Environment:
#   K8DEPLOYER_TESTBED_CACHE      binary cache root (default ~/.cache/k8deployer-testbed)
#   K8DEPLOYER_TESTBED_PORT_BASE  first port; cluster i (1-based) uses BASE+100*(i-1) .. +5. Unset: the first free
#                                 base out of 21000, 22000, ..., 30000.
#   K8DEPLOYER_TESTBED_NODES      fake Nodes per cluster (default 2)
#   K8DEPLOYER_TESTBED_BUILD_JOBS parallel Go compile jobs (default: number of CPUs)
#   K8DEPLOYER_TESTBED_TIMEOUT    seconds `up` waits for a cluster (default 180)
#   K8DEPLOYER_TESTBED_APISERVER_ARGS  extra kube-apiserver flags for `up`, split on spaces (e.g. "--watch-cache=false"
#                                 so watches go to etcd and a compacted resourceVersion gets 410 Gone); meant for a
#                                 dedicated --dir, not the shared test clusters
# See docs/testbed.md.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
TB="$ROOT/testbed"
CACHE_ROOT="${K8DEPLOYER_TESTBED_CACHE:-$HOME/.cache/k8deployer-testbed}"
# Bump when the build recipe below changes in a way the hash inputs do not show.
RECIPE=2
BINARIES=(etcd kwok kube-apiserver kube-controller-manager kube-scheduler kubectl)

log() { printf 'testbed: %s\n' "$*" >&2; }
die() { printf 'testbed: error: %s\n' "$*" >&2; exit 1; }
now_ms() { date +%s%3N; }
secs_since() { local s=$1 e; e=$(now_ms); printf '%d.%01d' $(((e - s) / 1000)) $((((e - s) % 1000) / 100)); }

# ---------------------------------------------------------------------------------------------------- build / cache
# The k8s.io/kubernetes version of testbed/k8s/go.mod (`require k8s.io/kubernetes vX` or inside a require block).
k8s_version() {
  awk '($1 == "require" && $2 == "k8s.io/kubernetes") { print $3; exit }
       ($1 == "k8s.io/kubernetes" && $2 ~ /^v1\./) { print $2; exit }' "$TB/k8s/go.mod"
}
K8S_VERSION=$(k8s_version)
[[ "$K8S_VERSION" =~ ^v1\.[0-9]+\.[0-9]+$ ]] || die "cannot read the k8s.io/kubernetes version from $TB/k8s/go.mod"

k8s_ldflags() {
  local v=$K8S_VERSION minor p out="-s -w"
  minor=$(echo "$v" | cut -d. -f2)
  for p in k8s.io/component-base/version k8s.io/client-go/pkg/version; do
    out="$out -X $p.gitVersion=$v -X $p.gitMajor=1 -X $p.gitMinor=$minor -X $p.gitTreeState=clean"
    out="$out -X $p.buildDate=1970-01-01T00:00:00Z"
  done
  echo "$out"
}
K8S_TAGS="selinux,notest,grpcnotrace"

go_env() {
  export GOWORK=off CGO_ENABLED=0
  export GOFLAGS="-mod=readonly -buildvcs=false -p=${K8DEPLOYER_TESTBED_BUILD_JOBS:-$(nproc 2>/dev/null || echo 2)}"
}

cache_key() {
  command -v go >/dev/null || die "go is not installed (needs Go >= 1.26; see docs/testbed.md)"
  local gov
  gov=$(cd "$TB/k8s" && GOWORK=off go env GOVERSION)
  {
    echo "recipe=$RECIPE go=$gov arch=$(uname -m) tags=$K8S_TAGS"
    k8s_ldflags
    cat "$TB/k8s/go.mod" "$TB/k8s/go.sum" "$TB/kwok/go.mod" "$TB/kwok/go.sum" "$TB/etcd/go.mod" "$TB/etcd/go.sum"
  } | sha256sum | cut -c1-16
}

# BIN_DIR is only known once the key is computed (needs `go`); cached per process.
BIN_DIR=""
init_bin_dir() {
  local key
  key=$(cache_key) || exit 1
  [ -n "$key" ] || die "could not compute the cache key"
  BIN_DIR="$CACHE_ROOT/$key/bin"
}
bin_dir() { echo "$BIN_DIR"; }
built() {
  local d b
  d=$(bin_dir)
  [ -f "$d/.complete" ] || return 1
  for b in "${BINARIES[@]}"; do [ -x "$d/$b" ] || return 1; done
}

cmd_build() {
  local start d key_dir tmp avail
  start=$(now_ms)
  d=$(bin_dir)
  if built; then
    log "binaries cached in $d (build skipped, $(secs_since "$start") s)"
    link_bin "$d"
    build_helm
    return 0
  fi
  key_dir=$(dirname "$d")
  mkdir -p "$key_dir"
  # One build per key at a time (other shells or engineers may run `build` concurrently).
  exec 9>"$key_dir/.lock"
  if ! flock -n 9; then
    log "another build of $key_dir is running; waiting for it"
    flock 9
  fi
  if built; then
    log "binaries built by another process in $d ($(secs_since "$start") s)"
    link_bin "$d"
    build_helm
    return 0
  fi
  avail=$(df -Pk "$key_dir" | awk 'NR == 2 { print int($4 / 1048576) }')
  if [ "${avail:-0}" -lt 6 ]; then
    log "warning: only ${avail} GB free under $key_dir; a cold build needs ~5 GB (Go module and build caches)"
  fi
  log "building $K8S_VERSION control plane, kwok and etcd into $d (cold: about 10 min on 2 cores)"
  tmp="$key_dir/bin.tmp.$$"
  rm -rf "$tmp"
  mkdir -p "$tmp"
  trap 'rm -rf "$tmp"' EXIT
  go_env
  local t
  t=$(now_ms)
  (cd "$TB/etcd" && go build -trimpath -ldflags "-s -w" -o "$tmp/etcd" go.etcd.io/etcd/server/v3)
  log "  etcd built ($(secs_since "$t") s)"
  t=$(now_ms)
  (cd "$TB/kwok" && go build -trimpath -ldflags "-s -w" -o "$tmp/kwok" sigs.k8s.io/kwok/cmd/kwok)
  log "  kwok built ($(secs_since "$t") s)"
  t=$(now_ms)
  (cd "$TB/k8s" && go build -trimpath -tags "$K8S_TAGS" -ldflags "$(k8s_ldflags)" -o "$tmp/" \
    k8s.io/kubernetes/cmd/kube-apiserver k8s.io/kubernetes/cmd/kube-controller-manager \
    k8s.io/kubernetes/cmd/kube-scheduler k8s.io/kubernetes/cmd/kubectl)
  log "  kube-apiserver, kube-controller-manager, kube-scheduler, kubectl built ($(secs_since "$t") s)"
  touch "$tmp/.complete"
  rm -rf "$d"
  mv "$tmp" "$d"
  trap - EXIT
  flock -u 9
  link_bin "$d"
  build_helm
  log "build finished in $(secs_since "$start") s: $d"
}

# Convenience: when testbed/bin/ exists as a directory (it is gitignored), refresh symlinks to the cached binaries in
# it. No symlink named testbed/bin itself: `testbed/bin/` in .gitignore only ignores a directory.
link_bin() {
  local d=$1 b
  [ -d "$TB/bin" ] && [ ! -L "$TB/bin" ] || return 0
  for b in "${BINARIES[@]}"; do ln -sfn "$d/$b" "$TB/bin/$b" 2>/dev/null || true; done
}

ensure_built() { built || cmd_build; }

# helm (for `kind: helm` components) has its own cache key: adding or bumping it must not invalidate the ~10 min
# control-plane build. It is built once per key and linked into the control plane's bin dir, so `bin-dir` (and the
# PATH that `env` prints) hold it next to kubectl. Cold: a few minutes on 2 cores (mostly module downloads).
HELM_RECIPE=1
helm_version() { awk '$1 == "helm.sh/helm/v3" { print $2; exit }' "$TB/helm/go.mod"; }
helm_cache_dir() {
  local gov
  gov=$(cd "$TB/helm" && GOWORK=off go env GOVERSION)
  echo "$CACHE_ROOT/helm-$({
    echo "recipe=$HELM_RECIPE go=$gov arch=$(uname -m)"
    cat "$TB/helm/go.mod" "$TB/helm/go.sum"
  } | sha256sum | cut -c1-16)"
}
build_helm() {
  local d v start
  start=$(now_ms)
  d=$(helm_cache_dir)
  v=$(helm_version)
  if [ ! -x "$d/helm" ]; then
    mkdir -p "$d"
    exec 8>"$d/.lock"
    flock 8
    if [ ! -x "$d/helm" ]; then
      log "building helm $v into $d"
      (
        go_env
        cd "$TB/helm"
        go build -trimpath -ldflags "-s -w -X helm.sh/helm/v3/internal/version.version=$v" -o "$d/helm.tmp.$$" \
          helm.sh/helm/v3/cmd/helm
      )
      mv "$d/helm.tmp.$$" "$d/helm"
      log "  helm built ($(secs_since "$start") s)"
    fi
    flock -u 8
  fi
  ln -sfn "$d/helm" "$(bin_dir)/helm"
  [ -d "$TB/bin" ] && [ ! -L "$TB/bin" ] && ln -sfn "$d/helm" "$TB/bin/helm" 2>/dev/null || true
}

# ---------------------------------------------------------------------------------------------------- certificates
gen_certs() {
  local dir=$1 name=$2
  mkdir -p "$dir"
  (
    cd "$dir"
    umask 077
    key() { openssl ecparam -name prime256v1 -genkey -noout -out "$1" 2>/dev/null; }
    sign() { # name subj ext
      key "$1.key"
      openssl req -new -key "$1.key" -subj "$2" -out "$1.csr" 2>/dev/null
      openssl x509 -req -in "$1.csr" -CA ca.crt -CAkey ca.key -CAcreateserial -days 3650 -sha256 \
        -extfile <(printf '%s\n' "$3") -out "$1.crt" 2>/dev/null
      rm -f "$1.csr"
    }
    key ca.key
    openssl req -x509 -new -key ca.key -subj "/CN=k8deployer-testbed-ca-$name" -days 3650 -sha256 \
      -addext "basicConstraints=critical,CA:TRUE" -addext "keyUsage=critical,keyCertSign,cRLSign,digitalSignature" \
      -out ca.crt 2>/dev/null
    sign apiserver "/CN=kube-apiserver" "$(printf '%s\n' \
      'basicConstraints=CA:FALSE' 'keyUsage=critical,digitalSignature,keyEncipherment' 'extendedKeyUsage=serverAuth' \
      'subjectAltName=IP:127.0.0.1,IP:10.96.0.1,DNS:localhost,DNS:kubernetes,DNS:kubernetes.default,DNS:kubernetes.default.svc,DNS:kubernetes.default.svc.cluster.local')"
    sign admin "/O=system:masters/CN=kubernetes-admin" "$(printf '%s\n' \
      'basicConstraints=CA:FALSE' 'keyUsage=critical,digitalSignature,keyEncipherment' 'extendedKeyUsage=clientAuth')"
    # Service-account token signing key pair.
    key sa.key
    openssl ec -in sa.key -pubout -out sa.pub 2>/dev/null
  ) || die "openssl failed to create the certificates in $dir (is openssl installed?)"
}

write_kubeconfig() { # file server name certdir
  local b64='base64 -w0'
  cat >"$1" <<EOF
apiVersion: v1
kind: Config
clusters:
- name: $3
  cluster:
    server: $2
    certificate-authority-data: $($b64 <"$4/ca.crt")
users:
- name: $3-admin
  user:
    client-certificate-data: $($b64 <"$4/admin.crt")
    client-key-data: $($b64 <"$4/admin.key")
contexts:
- name: $3
  context:
    cluster: $3
    user: $3-admin
    namespace: default
current-context: $3
EOF
  chmod 600 "$1"
}

# ---------------------------------------------------------------------------------------------------- processes
port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
ports_of() { # base -> the ports one cluster uses
  local b=$1
  echo "$((b)) $((b + 1)) $((b + 2)) $((b + 3)) $((b + 4)) $((b + 5))"
}

pid_alive() { # pid bin-substring
  local pid=$1
  [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null || return 1
  # Guard against PID reuse: the process must still run one of our binaries.
  tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null | grep -q -- "$2"
}

start_proc() { # cdir name cmd...
  local cdir=$1 name=$2
  shift 2
  setsid "$@" >"$cdir/$name.log" 2>&1 </dev/null 8>&- 9>&- &
  echo "$name $!" >>"$cdir/pids"
}

# The apiserver's command line is kept (NUL-separated) so start-apiserver can bring it back exactly as it was.
start_apiserver_proc() { # cdir cmd...
  local cdir=$1
  shift
  printf '%s\0' "$@" >"$cdir/kube-apiserver.cmd"
  start_proc "$cdir" kube-apiserver "$@"
}

shm_root() {
  local base=/dev/shm
  [ -d "$base" ] && [ -w "$base" ] || base=${TMPDIR:-/tmp}
  echo "$base/k8deployer-testbed-$(id -u)"
}

kc() { "$BIN/kubectl" --kubeconfig "$1" --request-timeout=5s "${@:2}"; }

https_healthz() { # port -> 0 if /healthz says ok (self-signed certs of kube-controller-manager / kube-scheduler)
  if command -v curl >/dev/null; then
    [ "$(curl -ks --max-time 2 "https://127.0.0.1:$1/healthz" 2>/dev/null)" = ok ]
  else
    printf 'GET /healthz HTTP/1.0\r\nHost: localhost\r\n\r\n' |
      timeout 3 openssl s_client -quiet -connect "127.0.0.1:$1" 2>/dev/null | tail -n1 | grep -qx ok
  fi
}

nodes_yaml() { # count
  local i n=$1 zones=(zone-a zone-b zone-c)
  for ((i = 0; i < n; i++)); do
    cat <<EOF
---
apiVersion: v1
kind: Node
metadata:
  name: kwok-node-$i
  annotations:
    node.alpha.kubernetes.io/ttl: "0"
    kwok.x-k8s.io/node: fake
  labels:
    beta.kubernetes.io/arch: amd64
    beta.kubernetes.io/os: linux
    kubernetes.io/arch: amd64
    kubernetes.io/hostname: kwok-node-$i
    kubernetes.io/os: linux
    kubernetes.io/role: agent
    node-role.kubernetes.io/agent: ""
    topology.kubernetes.io/zone: ${zones[$((i % 3))]}
    type: kwok
status:
  allocatable:
    cpu: "32"
    memory: 128Gi
    pods: "250"
    ephemeral-storage: 500Gi
  capacity:
    cpu: "32"
    memory: 128Gi
    pods: "250"
    ephemeral-storage: 500Gi
EOF
  done
}

STORAGE_CLASS='apiVersion: storage.k8s.io/v1
kind: StorageClass
metadata:
  name: kwok-volume
  annotations:
    storageclass.kubernetes.io/is-default-class: "true"
provisioner: kwok.x-k8s.io/volume
reclaimPolicy: Delete
volumeBindingMode: Immediate'

# Start one cluster and wait for it; runs in a background subshell per cluster. Exit status = success.
start_cluster() { # i base dir
  local i=$1 base=$2 dir=$3 cdir name shm p_api p_etcd p_peer p_kcm p_sched p_kwok kubeconfig t0 deadline
  name="cluster-$i"
  cdir="$dir/$name"
  shm="$(shm_root)/$(echo "$dir" | sha256sum | cut -c1-12)/$name"
  read -r p_api p_etcd p_peer p_kcm p_sched p_kwok <<<"$(ports_of "$base")"
  t0=$(now_ms)
  deadline=$((t0 + ${K8DEPLOYER_TESTBED_TIMEOUT:-180} * 1000))
  rm -rf "$cdir" "$shm"
  mkdir -p "$cdir" "$shm"
  : >"$cdir/pids"
  echo "$shm" >"$cdir/shm"
  printf 'apiserver=%s etcd=%s etcd-peer=%s controller-manager=%s scheduler=%s kwok=%s\n' \
    "$p_api" "$p_etcd" "$p_peer" "$p_kcm" "$p_sched" "$p_kwok" >"$cdir/ports"
  gen_certs "$cdir/pki" "$name"
  kubeconfig="$cdir/kubeconfig"
  write_kubeconfig "$kubeconfig" "https://127.0.0.1:$p_api" "k8deployer-testbed-$i" "$cdir/pki"

  start_proc "$cdir" etcd "$BIN/etcd" --name "$name" --data-dir "$shm/etcd" \
    --listen-client-urls "http://127.0.0.1:$p_etcd" --advertise-client-urls "http://127.0.0.1:$p_etcd" \
    --listen-peer-urls "http://127.0.0.1:$p_peer" --initial-advertise-peer-urls "http://127.0.0.1:$p_peer" \
    --initial-cluster "$name=http://127.0.0.1:$p_peer" --initial-cluster-state new \
    --unsafe-no-fsync --snapshot-count 100000 --log-level warn --quota-backend-bytes 2147483648
  # The apiserver waits for etcd by itself; controller-manager and scheduler wait for the apiserver.
  local extra_api_args=()
  read -r -a extra_api_args <<<"${K8DEPLOYER_TESTBED_APISERVER_ARGS:-}"
  start_apiserver_proc "$cdir" "$BIN/kube-apiserver" \
    --etcd-servers "http://127.0.0.1:$p_etcd" \
    --bind-address 127.0.0.1 --advertise-address 127.0.0.1 --secure-port "$p_api" \
    --endpoint-reconciler-type none \
    --cert-dir "$cdir/pki" \
    --tls-cert-file "$cdir/pki/apiserver.crt" --tls-private-key-file "$cdir/pki/apiserver.key" \
    --client-ca-file "$cdir/pki/ca.crt" \
    --service-account-issuer https://kubernetes.default.svc.cluster.local \
    --service-account-key-file "$cdir/pki/sa.pub" --service-account-signing-key-file "$cdir/pki/sa.key" \
    --service-cluster-ip-range 10.96.0.0/16 \
    --authorization-mode Node,RBAC --allow-privileged=true \
    --profiling=false --enable-garbage-collector=true --event-ttl 1h "${extra_api_args[@]}"
  start_proc "$cdir" kube-controller-manager "$BIN/kube-controller-manager" \
    --kubeconfig "$kubeconfig" --authentication-kubeconfig "$kubeconfig" --authorization-kubeconfig "$kubeconfig" \
    --bind-address 127.0.0.1 --secure-port "$p_kcm" --cert-dir "$cdir/kcm-certs" \
    --leader-elect=false --root-ca-file "$cdir/pki/ca.crt" \
    --service-account-private-key-file "$cdir/pki/sa.key" \
    --cluster-signing-cert-file "$cdir/pki/ca.crt" --cluster-signing-key-file "$cdir/pki/ca.key" \
    --service-cluster-ip-range 10.96.0.0/16 --profiling=false \
    --concurrent-deployment-syncs 10 --concurrent-replicaset-syncs 10 --concurrent-gc-syncs 30 \
    --kube-api-qps 200 --kube-api-burst 400
  start_proc "$cdir" kube-scheduler "$BIN/kube-scheduler" \
    --kubeconfig "$kubeconfig" --authentication-kubeconfig "$kubeconfig" --authorization-kubeconfig "$kubeconfig" \
    --bind-address 127.0.0.1 --secure-port "$p_sched" --cert-dir "$cdir/scheduler-certs" \
    --leader-elect=false --profiling=false --kube-api-qps 200 --kube-api-burst 400

  wait_for() { # what cmd...
    local what=$1
    shift
    until "$@" >/dev/null 2>&1; do
      if [ "$(now_ms)" -gt "$deadline" ]; then
        log "$name: timed out waiting for $what; logs in $cdir"
        return 1
      fi
      check_alive || return 1
      sleep 0.2
    done
  }
  check_alive() {
    local n p
    while read -r n p; do
      if ! kill -0 "$p" 2>/dev/null; then
        log "$name: $n (pid $p) exited; last lines of $cdir/$n.log:"
        tail -n 20 "$cdir/$n.log" >&2 || true
        return 1
      fi
    done <"$cdir/pids"
  }
  readyz() { [ "$(kc "$kubeconfig" get --raw /readyz 2>/dev/null)" = ok ]; }

  wait_for "kube-apiserver /readyz" readyz || return 1
  log "$name: kube-apiserver ready after $(secs_since "$t0") s"
  { nodes_yaml "${K8DEPLOYER_TESTBED_NODES:-2}"; echo '---'; echo "$STORAGE_CLASS"; } |
    kc "$kubeconfig" apply -f - >"$cdir/bootstrap.log" 2>&1 || {
    log "$name: creating nodes / StorageClass failed:"
    cat "$cdir/bootstrap.log" >&2
    return 1
  }
  # Vendored CRDs (testbed/crds/*, versions in their VERSION files): Gateway API routes and External Secrets are
  # rendered and tracked for real. Only the YAML files: the READMEs and VERSION files beside them are not manifests.
  kc "$kubeconfig" apply --server-side --recursive -f "$TB/crds" >>"$cdir/bootstrap.log" 2>&1 || {
    log "$name: applying the test bed's CRDs failed:"
    cat "$cdir/bootstrap.log" >&2
    return 1
  }
  start_proc "$cdir" kwok "$BIN/kwok" -c "$TB/kwok-stages.yaml" --kubeconfig "$kubeconfig" \
    --manage-all-nodes=true --cidr 10.244.0.0/16 --node-ip 10.0.0.1 --node-lease-duration-seconds 40 \
    --server-address "127.0.0.1:$p_kwok"

  node_ready() {
    local want=${K8DEPLOYER_TESTBED_NODES:-2} got
    got=$(kc "$kubeconfig" get nodes -o jsonpath='{range .items[*]}{.status.conditions[?(@.type=="Ready")].status}{"\n"}{end}' |
      grep -c '^True$')
    [ "$got" -ge "$want" ]
  }
  wait_for "kube-controller-manager /healthz" https_healthz "$p_kcm" || return 1
  wait_for "kube-scheduler /healthz" https_healthz "$p_sched" || return 1
  wait_for "Nodes Ready" node_ready || return 1
  wait_for "ServiceAccount default/default" kc "$kubeconfig" get serviceaccount default -n default || return 1
  echo "$(secs_since "$t0")" >"$cdir/startup-seconds"
  log "$name: ready in $(secs_since "$t0") s (https://127.0.0.1:$p_api, KUBECONFIG=$kubeconfig)"
}

parse_dir_args() { # sets DIR and ARGS
  DIR="$ROOT/.testbed"
  ARGS=()
  while [ $# -gt 0 ]; do
    case "$1" in
    --dir) DIR=$2; shift 2 ;;
    --dir=*) DIR=${1#--dir=}; shift ;;
    *) ARGS+=("$1"); shift ;;
    esac
  done
  mkdir -p "$DIR"
  DIR=$(cd "$DIR" && pwd)
}

cluster_dirs() { find "$DIR" -mindepth 1 -maxdepth 1 -type d -name 'cluster-*' 2>/dev/null | sort -V; }

# Any recorded process of DIR still alive?
running_pids() {
  local c n p
  for c in $(cluster_dirs); do
    [ -f "$c/pids" ] || continue
    while read -r n p; do
      if pid_alive "$p" "$n"; then echo "$p"; fi
    done <"$c/pids"
  done
}

cmd_up() {
  parse_dir_args "$@"
  local n=${ARGS[0]:-1} start base candidates i p ok pids=() failed=0
  [[ "$n" =~ ^[1-9][0-9]*$ ]] || die "usage: testbed.sh up [N] [--dir DIR]"
  command -v openssl >/dev/null || die "openssl is required (apt-get install openssl)"
  ensure_built
  BIN=$(bin_dir)
  start=$(now_ms)
  if [ -n "$(running_pids)" ]; then
    die "clusters in $DIR are still running; run 'scripts/testbed.sh down --dir $DIR' first"
  fi
  # Stale state (dead PIDs) from an earlier run: clean it.
  cmd_down_quiet

  # Port choice and start-up under one machine-wide lock, so concurrent `up`s do not pick the same ports.
  exec 8>"${TMPDIR:-/tmp}/k8deployer-testbed-ports.lock"
  flock -w 600 8 || die "could not take the port lock"
  if [ -n "${K8DEPLOYER_TESTBED_PORT_BASE:-}" ]; then
    candidates=$K8DEPLOYER_TESTBED_PORT_BASE
  else
    candidates=$(seq 21000 1000 30000)
  fi
  base=""
  for b in $candidates; do
    ok=1
    for ((i = 0; i < n; i++)); do
      for p in $(ports_of $((b + 100 * i))); do
        if port_in_use "$p"; then ok=0; break 2; fi
      done
    done
    if [ $ok = 1 ]; then base=$b; break; fi
  done
  [ -n "$base" ] || die "no free ports for $n cluster(s) at base(s) $(echo $candidates | tr '\n' ' ') (set K8DEPLOYER_TESTBED_PORT_BASE)"
  echo "$base" >"$DIR/port-base"

  trap 'log "interrupted; stopping what was started"; cmd_down_quiet; exit 130' INT TERM
  log "starting $n cluster(s) in $DIR (ports from $base)"
  for ((i = 1; i <= n; i++)); do
    start_cluster "$i" $((base + 100 * (i - 1))) "$DIR" &
    pids+=($!)
  done
  for p in "${pids[@]}"; do wait "$p" || failed=1; done
  flock -u 8
  if [ $failed = 1 ]; then
    log "start-up failed; stopping everything"
    cmd_down_quiet
    exit 1
  fi
  log "$n cluster(s) ready in $(secs_since "$start") s"
  echo "startup_seconds=$(secs_since "$start")"
  for ((i = 1; i <= n; i++)); do echo "kubeconfig=$DIR/cluster-$i/kubeconfig"; done
}

stop_dir() { # verbose?
  local verbose=$1 c n p all=() lines deadline shm
  for c in $(cluster_dirs); do
    [ -f "$c/pids" ] || continue
    # Reverse start order: kwok, scheduler, controller-manager, apiserver, etcd.
    mapfile -t lines < <(tac "$c/pids")
    for l in "${lines[@]}"; do
      read -r n p <<<"$l"
      if pid_alive "$p" "$n"; then
        kill -TERM "$p" 2>/dev/null || true
        all+=("$p:$n")
        # Give the apiserver a moment to go before etcd, so it does not log storms of errors.
        if [ "$n" = kube-apiserver ]; then
          for _ in $(seq 1 30); do pid_alive "$p" "$n" || break; sleep 0.1; done
        fi
      fi
    done
  done
  deadline=$(($(now_ms) + 20000))
  for e in "${all[@]}"; do
    p=${e%%:*}
    n=${e#*:}
    while pid_alive "$p" "$n" && [ "$(now_ms)" -lt "$deadline" ]; do sleep 0.1; done
    if pid_alive "$p" "$n"; then
      [ "$verbose" = 1 ] && log "$n (pid $p) ignored SIGTERM for 20 s; SIGKILL"
      kill -KILL "$p" 2>/dev/null || true
    fi
  done
  for c in $(cluster_dirs); do
    if [ -f "$c/shm" ]; then
      shm=$(cat "$c/shm")
      case "$shm" in */k8deployer-testbed-*/cluster-*) rm -rf "$shm" && rmdir "$(dirname "$shm")" 2>/dev/null || true ;; esac
    fi
    rm -rf "$c"
  done
  rm -f "$DIR/port-base"
  rmdir "$(shm_root)" 2>/dev/null || true
  [ "$verbose" = 1 ] && log "stopped ${#all[@]} process(es) in $DIR"
  return 0
}
cmd_down_quiet() { stop_dir 0; }

cmd_down() {
  parse_dir_args "$@"
  stop_dir 1
  rmdir "$DIR" 2>/dev/null || true
}

cmd_env() {
  parse_dir_args "$@"
  local c list=""
  for c in $(cluster_dirs); do
    [ -f "$c/kubeconfig" ] || continue
    list="${list:+$list,}$c/kubeconfig"
  done
  [ -n "$list" ] || die "no clusters in $DIR (run scripts/testbed.sh up)"
  echo "export KUBECONFIG=${list%%,*}"
  echo "export K8DEPLOYER_TEST_KUBECONFIGS=$list"
  if [ -n "$BIN_DIR" ] && built; then echo "export PATH=$(bin_dir):\$PATH"; fi
}

cmd_status() {
  parse_dir_args "$@"
  local c n p
  for c in $(cluster_dirs); do
    echo "$(basename "$c"): $(cat "$c/ports" 2>/dev/null) kubeconfig=$c/kubeconfig"
    [ -f "$c/pids" ] || continue
    while read -r n p; do
      if pid_alive "$p" "$n"; then echo "  $n pid $p running"; else echo "  $n pid $p NOT running"; fi
    done <"$c/pids"
  done
}

apiserver_cluster_dir() { # sets CDIR from ARGS[0] (cluster number, default 1)
  local n=${ARGS[0]:-1}
  [[ "$n" =~ ^[1-9][0-9]*$ ]] || die "usage: testbed.sh stop-apiserver|start-apiserver [N] [--dir DIR]"
  CDIR="$DIR/cluster-$n"
  [ -f "$CDIR/kube-apiserver.cmd" ] || die "no kube-apiserver recorded in $CDIR (started by an older testbed.sh?)"
}

apiserver_pid() { awk '$1 == "kube-apiserver" { p = $2 } END { print p }' "$CDIR/pids"; }

cmd_stop_apiserver() {
  parse_dir_args "$@"
  apiserver_cluster_dir
  local p
  p=$(apiserver_pid)
  if pid_alive "$p" kube-apiserver; then
    kill -TERM "$p"
    for _ in $(seq 1 100); do pid_alive "$p" kube-apiserver || break; sleep 0.1; done
    if pid_alive "$p" kube-apiserver; then kill -KILL "$p"; sleep 0.2; fi
  fi
  log "$(basename "$CDIR"): kube-apiserver stopped"
}

cmd_start_apiserver() {
  parse_dir_args "$@"
  apiserver_cluster_dir
  local p cmd=() deadline kubeconfig="$CDIR/kubeconfig" t0
  t0=$(now_ms)
  p=$(apiserver_pid)
  pid_alive "$p" kube-apiserver && die "$(basename "$CDIR"): kube-apiserver (pid $p) is still running"
  mapfile -d '' -t cmd <"$CDIR/kube-apiserver.cmd"
  BIN=$(dirname "${cmd[0]}")
  # A new pids line: `down` stops every recorded PID that is still alive, so the old (dead) line is harmless.
  setsid "${cmd[@]}" >>"$CDIR/kube-apiserver.log" 2>&1 </dev/null 8>&- 9>&- &
  echo "kube-apiserver $!" >>"$CDIR/pids"
  p=$!
  deadline=$((t0 + ${K8DEPLOYER_TESTBED_TIMEOUT:-180} * 1000))
  until [ "$(kc "$kubeconfig" get --raw /readyz 2>/dev/null)" = ok ]; do
    pid_alive "$p" kube-apiserver || die "kube-apiserver exited; see $CDIR/kube-apiserver.log"
    [ "$(now_ms)" -gt "$deadline" ] && die "kube-apiserver not ready in time; see $CDIR/kube-apiserver.log"
    sleep 0.2
  done
  log "$(basename "$CDIR"): kube-apiserver ready again after $(secs_since "$t0") s"
}

cmd_bin_dir() {
  built || die "binaries not built yet; run scripts/testbed.sh build"
  bin_dir
}

case "${1:-}" in
build | up | bin-dir) init_bin_dir ;;
env) if command -v go >/dev/null; then init_bin_dir; fi ;;
esac
case "${1:-}" in
build) shift; cmd_build "$@" ;;
up) shift; cmd_up "$@" ;;
down) shift; cmd_down "$@" ;;
env) shift; cmd_env "$@" ;;
status) shift; cmd_status "$@" ;;
bin-dir) shift; cmd_bin_dir ;;
stop-apiserver) shift; cmd_stop_apiserver "$@" ;;
start-apiserver) shift; cmd_start_apiserver "$@" ;;
*)
  sed -n '2,/^set -euo/p' "$0" | sed '$d' | sed 's/^# \{0,1\}//' >&2
  exit 2
  ;;
esac
