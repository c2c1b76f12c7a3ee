// Throwaway wrapper module: builds kwok (fake kubelet for the local test bed). Never imported by the project.
module k8deployer.local/testbed/kwok

go 1.26.0

tool sigs.k8s.io/kwok/cmd/kwok

require sigs.k8s.io/kwok v0.8.0
