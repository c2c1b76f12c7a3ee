// Throwaway wrapper module: builds etcd 3.5 for the local test bed. Never imported by the project.
module k8deployer.local/testbed/etcd

go 1.26.0

tool go.etcd.io/etcd/server/v3

require go.etcd.io/etcd/server/v3 v3.5.35
