/* Generated from schemas/k8deployer.schema.json by scripts/gen-spec-types.ts. Do not edit. */

/**
 * An environment value: a literal, or a reference to a Secret key, a ConfigMap key or a pod field.
 */
export type EnvValue =
  | (string | number | boolean)
  | {
      /**
       * Secret name (a spec secret or an existing one).
       */
      secret: string;
      /**
       * Key in the Secret.
       */
      key: string;
      /**
       * Start even when the key is missing.
       */
      optional?: boolean;
    }
  | {
      /**
       * ConfigMap name.
       */
      configMap: string;
      /**
       * Key in the ConfigMap.
       */
      key: string;
      /**
       * Start even when the key is missing.
       */
      optional?: boolean;
    }
  | {
      /**
       * Pod field path, e.g. metadata.name or status.podIP.
       */
      field: string;
    };
/**
 * Environment variables from whole Secrets or ConfigMaps.
 */
export type EnvFrom = {
  /**
   * Secret name.
   */
  secret?: string;
  /**
   * ConfigMap name.
   */
  configMap?: string;
  /**
   * Prefix added to every variable name.
   */
  prefix?: string;
}[];
/**
 * Import every key of a Secret or ConfigMap as environment variables.
 */
export type EnvFrom1 = {
  /**
   * Secret name.
   */
  secret?: string;
  /**
   * ConfigMap name.
   */
  configMap?: string;
  /**
   * Prefix added to every variable name.
   */
  prefix?: string;
}[];
/**
 * A header value: text (variables expanded), or a secret value, masked in every log line, report and output.
 */
export type HttpHeaderValue =
  | string
  | {
      /**
       * Name of one of the spec's secrets (type opaque) with the value in fromEnv.
       */
      secret: string;
      /**
       * The key of that secret.
       */
      key: string;
      /**
       * Text before the secret value, e.g. "Bearer ".
       */
      prefix?: string;
    }
  | {
      /**
       * Environment variable holding the value (read on the runner at deploy time).
       */
      valueEnv: string;
      /**
       * Text before the value, e.g. "Bearer ".
       */
      prefix?: string;
    };

/**
 * A k8deployer deploy spec: one application, its components and the clusters it deploys to.
 */
export interface K8DeployerSpec {
  /**
   * JSON Schema reference for editors.
   */
  $schema?: string;
  /**
   * Application name; becomes app.kubernetes.io/part-of and the default namespace.
   */
  app: string;
  /**
   * Namespace to deploy into (default: the app name). May use variables.
   */
  namespace?: string;
  /**
   * Create (and label) the namespace when it does not exist. Default true.
   */
  createNamespace?: boolean;
  /**
   * Application version; becomes app.kubernetes.io/version. Default: the image tag of the first component.
   */
  version?: string;
  labels?: StringMap;
  annotations?: StringMap1;
  variables?: Variables;
  defaults?: ComponentDefaults;
  images?: ImagePolicy;
  /**
   * Secrets whose values are supplied at deploy time (environment variables or files), never stored in the spec.
   */
  secrets?: Secret[];
  /**
   * What to deploy: services, workers, stateful sets, daemon sets, jobs, cron jobs and raw manifests.
   *
   * @minItems 1
   */
  components: [Component, ...Component[]];
  /**
   * Where to deploy. Without clusters, render and plan use a local target named 'default'.
   */
  clusters?: Cluster[];
  /**
   * Rules mapping a pushed git tag to an environment and an image tag, first match wins.
   */
  releases?: ReleaseRule[];
  preview?: Preview;
}
/**
 * Extra labels on every generated object.
 */
export interface StringMap {
  [k: string]: string;
}
/**
 * Extra annotations on every generated object.
 */
export interface StringMap1 {
  [k: string]: string;
}
/**
 * Values for ${name} references anywhere in the spec. Cluster variables and deploy-time variables win over these.
 */
export interface Variables {
  [k: string]: string | number | boolean;
}
/**
 * Settings every component inherits unless it sets them itself.
 */
export interface ComponentDefaults {
  /**
   * Replicas for services and workers.
   */
  replicas?: number;
  resources?: Resources;
  env?: Env;
  /**
   * Registry secrets for pulling images.
   */
  imagePullSecrets?: string[];
  /**
   * Image pull policy.
   */
  imagePullPolicy?: 'Always' | 'IfNotPresent' | 'Never';
  nodeSelector?: StringMap2;
  /**
   * Pod tolerations.
   */
  tolerations?: {}[];
  labels?: StringMap3;
  podAnnotations?: StringMap4;
  /**
   * Read-only root filesystem with an emptyDir at /tmp. Default true.
   */
  readOnlyRootFilesystem?: boolean;
  /**
   * UID to run as (and GID unless runAsGroup is set). Default 10001.
   */
  runAsUser?: number;
  /**
   * GID the containers run as. Default: the runAsUser value.
   */
  runAsGroup?: number;
  /**
   * GID owning mounted volumes (pod fsGroup). Default: runAsGroup.
   */
  fsGroup?: number;
  /**
   * Spread replicas over nodes and zones. Default true.
   */
  topologySpread?: boolean;
  /**
   * Old ReplicaSets kept. Default 5.
   */
  revisionHistoryLimit?: number;
  /**
   * Generate NetworkPolicies. Default true.
   */
  networkPolicy?: boolean;
  /**
   * Strategy for every service and worker that does not set its own (rolling (default), canary or blue-green (see docs/progressive-delivery.md)).
   */
  strategy?: ('rolling' | 'canary' | 'blue-green') | CanaryStrategy | BlueGreenStrategy;
}
/**
 * Default container resources.
 */
export interface Resources {
  requests?: ResourceList;
  limits?: ResourceList1;
}
/**
 * What the scheduler reserves.
 */
export interface ResourceList {
  /**
   * CPU, e.g. 100m or 1.
   */
  cpu?: string | number;
  /**
   * Memory, e.g. 128Mi.
   */
  memory?: string | number;
  /**
   * Local ephemeral storage, e.g. 1Gi.
   */
  'ephemeral-storage'?: string | number;
}
/**
 * Hard ceilings. No CPU limit by default (it throttles).
 */
export interface ResourceList1 {
  /**
   * CPU, e.g. 100m or 1.
   */
  cpu?: string | number;
  /**
   * Memory, e.g. 128Mi.
   */
  memory?: string | number;
  /**
   * Local ephemeral storage, e.g. 1Gi.
   */
  'ephemeral-storage'?: string | number;
}
/**
 * Environment every container gets (component env wins).
 */
export interface Env {
  [k: string]: EnvValue;
}
/**
 * Node labels the pods require.
 */
export interface StringMap2 {
  [k: string]: string;
}
/**
 * Extra labels for every component's objects.
 */
export interface StringMap3 {
  [k: string]: string;
}
/**
 * Annotations on every pod.
 */
export interface StringMap4 {
  [k: string]: string;
}
/**
 * A canary rollout: a second Deployment <name>-canary runs the new version and gets a growing share of traffic step by step, with analysis during each pause. A failed analysis or a crash-looping canary restores stable and removes the canary; after the last step stable gets the new version and the canary is removed. No controller runs in the cluster: the deploy run (and later `k8deployer promote` / `abort` runs) drive it.
 */
export interface CanaryStrategy {
  /**
   * canary: shift traffic to the new version in steps.
   */
  type: 'canary';
  /**
   * The steps, in order. Each sets the canary's share of traffic, then pauses while analysis runs. After the last step the canary is promoted. Default: [{weight: 20, pause: until-promoted}].
   *
   * @minItems 1
   * @maxItems 32
   */
  steps?: [
    {
      /**
       * Percent of traffic (with traffic: replicas, of the replicas) the canary gets in this step.
       */
      weight: number;
      /**
       * How long to hold this step while analysis runs: a duration (30s, 5m, 1h) or until-promoted (the run ends with the canary in progress; `k8deployer promote` continues, `k8deployer abort` rolls back). Default 0s: analysis runs once.
       */
      pause?: string;
    },
    ...{
      /**
       * Percent of traffic (with traffic: replicas, of the replicas) the canary gets in this step.
       */
      weight: number;
      /**
       * How long to hold this step while analysis runs: a duration (30s, 5m, 1h) or until-promoted (the run ends with the canary in progress; `k8deployer promote` continues, `k8deployer abort` rolls back). Default 0s: analysis runs once.
       */
      pause?: string;
    }[]
  ];
  /**
   * How traffic is split. replicas: the canary's pods sit behind the component's one Service and the share is the replica ratio (works everywhere, coarse). nginx: an ingress-nginx canary Ingress with canary-weight (needs ingress). gateway: HTTPRoute backendRefs weights to <name> and <name>-canary (needs ingress.gateway). Default: gateway when ingress.gateway is set, else the cluster profile's trafficSplit, else replicas.
   */
  traffic?: 'replicas' | 'nginx' | 'gateway';
  analysis?: Analysis;
}
/**
 * Checks run during each pause, besides the canary's readiness and fail-fast signals (crash loops, restarts, image pull errors), which always run.
 */
export interface Analysis {
  /**
   * Time between two analysis runs. Default 10s.
   */
  interval?: string;
  /**
   * Failed analysis runs tolerated; one more aborts the rollout (the canary is removed; blue-green does not switch). Default 0.
   */
  failureLimit?: number;
  /**
   * HTTP checks: each run sends `requests` GETs and passes when the share answered with expectStatus is at least successRatio.
   *
   * @maxItems 32
   */
  http?: {
    /**
     * URL to GET (http or https). May use variables.
     */
    url: string;
    /**
     * Status that counts as success. Default 200.
     */
    expectStatus?: number;
    /**
     * Share of requests that must succeed. Default 1.
     */
    successRatio?: number;
    /**
     * Requests per run. Default 5.
     */
    requests?: number;
    /**
     * Per request. Default 5s.
     */
    timeout?: string;
  }[];
  /**
   * Prometheus instant queries (GET <url>/api/v1/query): a run passes when the query returns at least one sample and every sample is within min/max. An empty result fails: no data is not success.
   *
   * @maxItems 32
   */
  prometheus?: {
    /**
     * Prometheus base URL, e.g. http://prometheus.monitoring:9090.
     */
    url: string;
    /**
     * PromQL giving an instant vector or a scalar, e.g. sum(rate(http_requests_total{code=~"5.."}[1m])).
     */
    query: string;
    /**
     * Largest value that passes.
     */
    max?: number;
    /**
     * Smallest value that passes.
     */
    min?: number;
    /**
     * Per query. Default 5s.
     */
    timeout?: string;
  }[];
}
/**
 * A blue-green rollout with its options.
 */
export interface BlueGreenStrategy {
  /**
   * blue-green: switch the main Service from the old Deployment to the new one once the new one is ready.
   */
  type: 'blue-green';
  /**
   * auto: the deploy switches the main Service as soon as the new version is ready. manual: the deploy stops before the switch (the new version is reachable on <name>-preview) and `k8deployer promote` switches. Default auto.
   */
  switch?: 'auto' | 'manual';
  /**
   * How long the old version keeps running after the switch, so that `k8deployer abort` can switch back instantly: a number with s, m, h or d (`30m`, `1h`, `2d`). After that the next deploy removes it. Default 1h.
   */
  keepFor?: string;
  analysis?: Analysis1;
  /**
   * With analysis: how many analysis runs (`interval` apart) the new color must get through before the switch; the switch happens only if no more than failureLimit of them fail. Default 3.
   */
  analysisRuns?: number;
}
/**
 * Checks run after the new color is ready and before the main Service switches (aim HTTP checks at the <name>-preview Service): analysisRuns runs, interval apart; more than failureLimit failed runs and the switch does not happen, the new color is rolled back. Not run on a first deploy (nothing to switch from) nor for switch: manual (promote switches).
 */
export interface Analysis1 {
  /**
   * Time between two analysis runs. Default 10s.
   */
  interval?: string;
  /**
   * Failed analysis runs tolerated; one more aborts the rollout (the canary is removed; blue-green does not switch). Default 0.
   */
  failureLimit?: number;
  /**
   * HTTP checks: each run sends `requests` GETs and passes when the share answered with expectStatus is at least successRatio.
   *
   * @maxItems 32
   */
  http?: {
    /**
     * URL to GET (http or https). May use variables.
     */
    url: string;
    /**
     * Status that counts as success. Default 200.
     */
    expectStatus?: number;
    /**
     * Share of requests that must succeed. Default 1.
     */
    successRatio?: number;
    /**
     * Requests per run. Default 5.
     */
    requests?: number;
    /**
     * Per request. Default 5s.
     */
    timeout?: string;
  }[];
  /**
   * Prometheus instant queries (GET <url>/api/v1/query): a run passes when the query returns at least one sample and every sample is within min/max. An empty result fails: no data is not success.
   *
   * @maxItems 32
   */
  prometheus?: {
    /**
     * Prometheus base URL, e.g. http://prometheus.monitoring:9090.
     */
    url: string;
    /**
     * PromQL giving an instant vector or a scalar, e.g. sum(rate(http_requests_total{code=~"5.."}[1m])).
     */
    query: string;
    /**
     * Largest value that passes.
     */
    max?: number;
    /**
     * Smallest value that passes.
     */
    min?: number;
    /**
     * Per query. Default 5s.
     */
    timeout?: string;
  }[];
}
/**
 * How images are deployed; a component's own images setting wins.
 */
export interface ImagePolicy {
  /**
   * tag: deploy the image reference as written. digest: at plan and deploy time, ask the image's registry (OCI distribution API, with the docker-config pull secrets' credentials) which digest the tag names and deploy image@sha256:…, so every pod runs the same bytes and a moved tag rolls the pods. Images given with a digest are left alone. Default tag.
   */
  pin?: 'tag' | 'digest';
}
/**
 * A Secret whose values come from the environment or files at deploy time, or from an external secret store (external).
 */
export interface Secret {
  /**
   * Secret name.
   */
  name: string;
  /**
   * opaque: keys from env/files; docker-config: a registry pull secret; tls: a certificate and key. Default opaque.
   */
  type?: 'opaque' | 'docker-config' | 'tls';
  fromEnv?: StringMap5;
  fromFile?: StringMap6;
  /**
   * docker-config: environment variable holding a .dockerconfigjson document.
   */
  dockerConfigEnv?: string;
  /**
   * docker-config: registry host, with usernameEnv/passwordEnv instead of a whole docker config.
   */
  registry?: string;
  /**
   * docker-config: environment variable with the registry user.
   */
  usernameEnv?: string;
  /**
   * docker-config: environment variable with the registry password or token.
   */
  passwordEnv?: string;
  /**
   * tls: PEM certificate file.
   */
  certFile?: string;
  /**
   * tls: PEM private key file.
   */
  keyFile?: string;
  /**
   * tls: environment variable holding the PEM certificate.
   */
  certEnv?: string;
  /**
   * tls: environment variable holding the PEM key.
   */
  keyEnv?: string;
  /**
   * Read the values from a secret store through External Secrets Operator instead of on the runner: renders an ExternalSecret (external-secrets.io/v1) whose target is a Secret of this name, ready once the operator reports Ready. Takes the place of fromEnv/fromFile and the *Env/*File fields; type still sets the Secret's type. The operator and the store (SecretStore/ClusterSecretStore) must exist in the cluster.
   */
  external?: {
    /**
     * Name of the SecretStore (or ClusterSecretStore with storeKind) that holds the values.
     */
    store: string;
    /**
     * Kind of the store. Default SecretStore (in the app's namespace).
     */
    storeKind?: 'SecretStore' | 'ClusterSecretStore';
    /**
     * How often the operator re-reads the store, as a Go duration (1h, 15m). Default 1h. A changed value in the store does not restart pods: bump the spec or use a reloader.
     */
    refreshInterval?: string;
    /**
     * Secret key → the value's place in the store: a remote key (prod/db), or {key, property, version} (property: a field of a JSON value).
     */
    keys?: {
      [k: string]:
        | string
        | {
            /**
             * Remote key in the store.
             */
            key: string;
            /**
             * Field of a JSON value to take.
             */
            property?: string;
            /**
             * Version of the value (provider-specific).
             */
            version?: string;
          };
    };
    /**
     * Remote keys whose JSON value's every field becomes a Secret key (the operator's dataFrom.extract).
     *
     * @maxItems 32
     */
    extract?: string[];
  };
}
/**
 * Secret key → name of the environment variable holding its value.
 */
export interface StringMap5 {
  [k: string]: string;
}
/**
 * Secret key → file path (relative to the spec).
 */
export interface StringMap6 {
  [k: string]: string;
}
/**
 * One deployable part of the app.
 */
export interface Component {
  /**
   * Component name, unique in the spec.
   */
  name: string;
  /**
   * service: a Deployment with a Service; worker: a Deployment without ports; statefulset, daemonset, job, cronjob; manifests: raw YAML files; helm: a Helm chart rendered with `helm template` and applied by k8deployer (no Helm release); kustomize: a kustomization rendered with kustomize; app: a group whose other fields are defaults for its child components; http: an HTTP request made once its dependencies are ready (a smoke test, a cache warm-up, registering a webhook), which writes no Kubernetes object. Default: app when components are given, http when http is given, helm when helm is given, kustomize when kustomize is given, manifests when files are given, service when ports are given, else worker.
   */
  kind?:
    | 'service'
    | 'worker'
    | 'statefulset'
    | 'daemonset'
    | 'job'
    | 'cronjob'
    | 'manifests'
    | 'helm'
    | 'kustomize'
    | 'app'
    | 'http';
  /**
   * false (or a variable resolving to false) leaves the component out.
   */
  enabled?: boolean | string;
  /**
   * Deploy only to these clusters.
   */
  clusters?: string[];
  /**
   * Components that must be ready before this one starts.
   */
  depends?: string[];
  /**
   * Container image, e.g. ghcr.io/acme/api:1.2.3.
   */
  image?: string;
  /**
   * Name of the main container. Default: the component name.
   */
  containerName?: string;
  /**
   * Image pull policy. Default: IfNotPresent for a pinned tag or digest, Always for :latest or an untagged image.
   */
  imagePullPolicy?: 'Always' | 'IfNotPresent' | 'Never';
  /**
   * Registry secrets for pulling the image.
   */
  imagePullSecrets?: string[];
  images?: ImagePolicy1;
  /**
   * Entrypoint override.
   */
  command?: string[];
  /**
   * Arguments.
   */
  args?: string[];
  /**
   * Working directory.
   */
  workingDir?: string;
  /**
   * Shorthand for one HTTP port.
   */
  port?: number;
  /**
   * Container ports.
   */
  ports?: Port[];
  /**
   * Replicas. Default 2 for services, 1 otherwise.
   */
  replicas?: number;
  resources?: Resources1;
  env?: Env1;
  envFrom?: EnvFrom;
  /**
   * ConfigMaps from files and inline data.
   */
  config?: Config[];
  /**
   * Volumes to mount.
   */
  volumes?: Volume[];
  /**
   * Containers that run to completion, in order, before the sidecars and the main container start.
   *
   * @maxItems 32
   */
  initContainers?: Container[];
  /**
   * Containers running next to the main one as native sidecars (init containers with restartPolicy Always; on by default since Kubernetes 1.29, GA in 1.33): started after the init containers and before the main container, stopped after it.
   *
   * @maxItems 32
   */
  sidecars?: Container[];
  /**
   * Persistent storage per replica (statefulset only).
   */
  storage?: Storage[];
  probes?: Probes1;
  lifecycle?: Lifecycle1;
  service?: Service;
  /**
   * Additional Services selecting this component's pods (the NetworkPolicy admits their ports).
   *
   * @maxItems 16
   */
  services?:
    | []
    | [ExtraService]
    | [ExtraService, ExtraService]
    | [ExtraService, ExtraService, ExtraService]
    | [ExtraService, ExtraService, ExtraService, ExtraService]
    | [ExtraService, ExtraService, ExtraService, ExtraService, ExtraService]
    | [ExtraService, ExtraService, ExtraService, ExtraService, ExtraService, ExtraService]
    | [ExtraService, ExtraService, ExtraService, ExtraService, ExtraService, ExtraService, ExtraService]
    | [ExtraService, ExtraService, ExtraService, ExtraService, ExtraService, ExtraService, ExtraService, ExtraService]
    | [
        ExtraService,
        ExtraService,
        ExtraService,
        ExtraService,
        ExtraService,
        ExtraService,
        ExtraService,
        ExtraService,
        ExtraService
      ]
    | [
        ExtraService,
        ExtraService,
        ExtraService,
        ExtraService,
        ExtraService,
        ExtraService,
        ExtraService,
        ExtraService,
        ExtraService,
        ExtraService
      ]
    | [
        ExtraService,
        ExtraService,
        ExtraService,
        ExtraService,
        ExtraService,
        ExtraService,
        ExtraService,
        ExtraService,
        ExtraService,
        ExtraService,
        ExtraService
      ]
    | [
        ExtraService,
        ExtraService,
        ExtraService,
        ExtraService,
        ExtraService,
        ExtraService,
        ExtraService,
        ExtraService,
        ExtraService,
        ExtraService,
        ExtraService,
        ExtraService
      ]
    | [
        ExtraService,
        ExtraService,
        ExtraService,
        ExtraService,
        ExtraService,
        ExtraService,
        ExtraService,
        ExtraService,
        ExtraService,
        ExtraService,
        ExtraService,
        ExtraService,
        ExtraService
      ]
    | [
        ExtraService,
        ExtraService,
        ExtraService,
        ExtraService,
        ExtraService,
        ExtraService,
        ExtraService,
        ExtraService,
        ExtraService,
        ExtraService,
        ExtraService,
        ExtraService,
        ExtraService,
        ExtraService
      ]
    | [
        ExtraService,
        ExtraService,
        ExtraService,
        ExtraService,
        ExtraService,
        ExtraService,
        ExtraService,
        ExtraService,
        ExtraService,
        ExtraService,
        ExtraService,
        ExtraService,
        ExtraService,
        ExtraService,
        ExtraService
      ]
    | [
        ExtraService,
        ExtraService,
        ExtraService,
        ExtraService,
        ExtraService,
        ExtraService,
        ExtraService,
        ExtraService,
        ExtraService,
        ExtraService,
        ExtraService,
        ExtraService,
        ExtraService,
        ExtraService,
        ExtraService,
        ExtraService
      ];
  ingress?: Ingress;
  rbac?: Rbac;
  /**
   * PodDisruptionBudget.
   */
  pdb?:
    | false
    | {
        /**
         * Pods that must stay up (number or percent).
         */
        minAvailable?: number | string;
        /**
         * Pods that may be down (number or percent).
         */
        maxUnavailable?: number | string;
      };
  autoscale?: Autoscale;
  /**
   * Cron schedule (cronjob), e.g. '* /15 * * * *'.
   */
  schedule?: string;
  /**
   * Time zone of the schedule (cronjob), e.g. Europe/Berlin.
   */
  timeZone?: string;
  /**
   * CronJob concurrency. Default Forbid.
   */
  concurrencyPolicy?: 'Allow' | 'Forbid' | 'Replace';
  /**
   * Retries before a job fails. Default 2.
   */
  backoffLimit?: number;
  /**
   * Job time limit.
   */
  activeDeadlineSeconds?: number;
  /**
   * Delete a finished job after this many seconds. Default 86400 for cron jobs.
   */
  ttlSecondsAfterFinished?: number;
  /**
   * Job pod restart policy. Default Never.
   */
  restartPolicy?: 'OnFailure' | 'Never';
  /**
   * Deployment strategy / StatefulSet or DaemonSet updateStrategy (Kubernetes form).
   */
  updateStrategy?: {};
  labels?: StringMap11;
  annotations?: StringMap12;
  podLabels?: StringMap13;
  podAnnotations?: StringMap14;
  nodeSelector?: StringMap15;
  /**
   * Pod tolerations (Kubernetes form).
   */
  tolerations?: {}[];
  /**
   * Pod nodeAffinity (Kubernetes form). Only set when given.
   */
  nodeAffinity?: {};
  /**
   * Spread replicas over nodes and zones when replicas > 1. Default true.
   */
  topologySpread?: boolean;
  /**
   * Priority class.
   */
  priorityClassName?: string;
  /**
   * Read-only root filesystem with an emptyDir at /tmp. Default true.
   */
  readOnlyRootFilesystem?: boolean;
  /**
   * UID to run as (and GID unless runAsGroup is set). Default 10001.
   */
  runAsUser?: number;
  /**
   * GID the containers run as. Default: the runAsUser value.
   */
  runAsGroup?: number;
  /**
   * GID owning mounted volumes (pod fsGroup). Default: runAsGroup.
   */
  fsGroup?: number;
  /**
   * Seconds pods get to stop. Default: 30, or the preStop sleep + 30 with a preStop sleep.
   */
  terminationGracePeriodSeconds?: number;
  /**
   * Old ReplicaSets kept. Default 5.
   */
  revisionHistoryLimit?: number;
  /**
   * Delete and re-create objects whose immutable fields changed. Default true for jobs.
   */
  replaceOnImmutable?: boolean;
  /**
   * YAML manifest files (kind: manifests), relative to the spec; variables are substituted.
   */
  files?: string[];
  helm?: HelmChart;
  kustomize?: Kustomization;
  http?: HttpStep;
  /**
   * Patches over the generated objects.
   */
  patches?: Patch[];
  /**
   * A NetworkPolicy that admits traffic only to the declared ports (none for workers and jobs) and allows all egress. Default true.
   */
  networkPolicy?: boolean;
  /**
   * kind: app only: the child components. They inherit every field the app sets (theirs win; depends add up); depending on the app means depending on all of them.
   *
   * @minItems 1
   */
  components?: [Component, ...Component[]];
  /**
   * How a new version replaces the running one: rolling (default), canary or blue-green (see docs/progressive-delivery.md). Default: defaults.strategy, else rolling.
   */
  strategy?: ('rolling' | 'canary' | 'blue-green') | CanaryStrategy | BlueGreenStrategy;
}
/**
 * How this component's images (main, init and sidecar containers) are deployed. Default: the spec's images.
 */
export interface ImagePolicy1 {
  /**
   * tag: deploy the image reference as written. digest: at plan and deploy time, ask the image's registry (OCI distribution API, with the docker-config pull secrets' credentials) which digest the tag names and deploy image@sha256:…, so every pod runs the same bytes and a moved tag rolls the pods. Images given with a digest are left alone. Default tag.
   */
  pin?: 'tag' | 'digest';
}
/**
 * A container port, exposed through the component's Service.
 */
export interface Port {
  /**
   * Port name (IANA_SVC_NAME, at most 15 characters). Default: http for the first port, else port-<n>.
   */
  name?: string;
  /**
   * Port the container listens on.
   */
  port: number;
  /**
   * Port the Service exposes. Default: the container port (80 for the `port` shorthand).
   */
  servicePort?: number;
  /**
   * Protocol. Default TCP.
   */
  protocol?: 'TCP' | 'UDP' | 'SCTP';
  /**
   * Fixed node port for NodePort/LoadBalancer services.
   */
  nodePort?: number;
  /**
   * Include this port in the Service. Default true.
   */
  expose?: boolean;
}
/**
 * Container resources.
 */
export interface Resources1 {
  requests?: ResourceList;
  limits?: ResourceList1;
}
/**
 * Environment variables.
 */
export interface Env1 {
  [k: string]: EnvValue;
}
/**
 * A ConfigMap made from files and inline data. Its name carries a content hash, so a change rolls the pods.
 */
export interface Config {
  /**
   * Short name; the ConfigMap is <component>-<name>-<hash>. Default: config, config-2, ...
   */
  name?: string;
  /**
   * Files (relative to the spec) whose contents become keys named after the file.
   */
  files?: string[];
  data?: StringMap7;
  /**
   * Directory to mount the keys at as files.
   */
  mountPath?: string;
  /**
   * Also expose every key as an environment variable.
   */
  env?: boolean;
}
/**
 * Inline keys and values.
 */
export interface StringMap7 {
  [k: string]: string;
}
/**
 * A volume mounted into the container: exactly one of emptyDir, hostPath, nfs, persistentVolumeClaim, secret, configMap.
 */
export interface Volume {
  /**
   * Volume name.
   */
  name: string;
  /**
   * Where to mount it.
   */
  mountPath: string;
  /**
   * Mount only this path inside the volume.
   */
  subPath?: string;
  /**
   * Mount read-only.
   */
  readOnly?: boolean;
  /**
   * Scratch space that lives as long as the pod.
   */
  emptyDir?: {
    /**
     * Memory for tmpfs.
     */
    medium?: '' | 'Memory';
    /**
     * Size limit.
     */
    sizeLimit?: string | number;
  };
  /**
   * A directory of the node (needs a privileged-enough namespace).
   */
  hostPath?: {
    /**
     * Path on the node.
     */
    path: string;
    /**
     * DirectoryOrCreate, Directory, File, ...
     */
    type?: string;
  };
  /**
   * An NFS export.
   */
  nfs?: {
    /**
     * NFS server host name or address.
     */
    server: string;
    /**
     * Exported path.
     */
    path: string;
  };
  /**
   * Name of an existing PVC.
   */
  persistentVolumeClaim?: string;
  /**
   * Secret whose keys become files.
   */
  secret?: string;
  /**
   * ConfigMap whose keys become files.
   */
  configMap?: string;
}
/**
 * An init container or sidecar. It gets the same defaults as the main container: restricted security context, default resources, pull policy.
 */
export interface Container {
  /**
   * Container name, unique in the pod (main container included).
   */
  name: string;
  /**
   * Image. Default: the component's image.
   */
  image?: string;
  /**
   * Image pull policy. Default: IfNotPresent for a pinned tag or digest, Always for :latest or an untagged image.
   */
  imagePullPolicy?: 'Always' | 'IfNotPresent' | 'Never';
  /**
   * Entrypoint override.
   */
  command?: string[];
  /**
   * Arguments.
   */
  args?: string[];
  /**
   * Working directory.
   */
  workingDir?: string;
  env?: Env2;
  envFrom?: EnvFrom1;
  /**
   * Ports this container listens on.
   *
   * @maxItems 64
   */
  ports?: ContainerPort[];
  resources?: Resources2;
  probes?: Probes;
  lifecycle?: Lifecycle;
  /**
   * Component volumes to mount. /tmp is mounted when the root filesystem is read-only.
   *
   * @maxItems 64
   */
  volumeMounts?: VolumeMount[];
  /**
   * Read-only root filesystem with an emptyDir at /tmp. Default: the component's setting.
   */
  readOnlyRootFilesystem?: boolean;
  /**
   * UID to run as. Default: the component's.
   */
  runAsUser?: number;
  /**
   * GID to run as. Default: the component's.
   */
  runAsGroup?: number;
}
/**
 * Environment variables (the component's env is not inherited).
 */
export interface Env2 {
  [k: string]: EnvValue;
}
/**
 * A port an extra container listens on (reachable through the NetworkPolicy and `services`, not the component's Service).
 */
export interface ContainerPort {
  /**
   * Port name (IANA_SVC_NAME, at most 15 characters), unique in the pod. Default: port-<n>.
   */
  name?: string;
  /**
   * Port the container listens on.
   */
  port: number;
  /**
   * Protocol. Default TCP.
   */
  protocol?: 'TCP' | 'UDP' | 'SCTP';
}
/**
 * Resources; unset values take the built-in defaults (requests 100m CPU, 128Mi memory; limits 1 CPU, 256Mi memory).
 */
export interface Resources2 {
  requests?: ResourceList;
  limits?: ResourceList1;
}
/**
 * Sidecars only: probes, derived from the first port like the main container's. A sidecar's readiness counts for the pod's.
 */
export interface Probes {
  /**
   * Shorthand: HTTP path for all three probes.
   */
  path?: string;
  /**
   * Shorthand: gRPC health check on the first port for readiness and startup (true, or { service }); liveness checks the socket.
   */
  grpc?:
    | true
    | {
        /**
         * Service name sent in the health check request. Default: empty (the server's overall health).
         */
        service?: string;
      };
  /**
   * Readiness probe.
   */
  readiness?: HttpProbe | false;
  /**
   * Liveness probe.
   */
  liveness?: HttpProbe | false;
  /**
   * Startup probe.
   */
  startup?: HttpProbe | false;
}
/**
 * A probe: path for HTTP GET (with headers, scheme), grpc for a gRPC health check, tcp: true for a TCP check, or exec for a command.
 */
export interface HttpProbe {
  /**
   * HTTP GET path, e.g. /healthz.
   */
  path?: string;
  /**
   * HTTP headers sent with the request, by name.
   */
  headers?: {
    [k: string]: string;
  };
  /**
   * HTTP GET scheme. Default HTTP.
   */
  scheme?: 'HTTP' | 'HTTPS';
  /**
   * gRPC health check (grpc.health.v1) on the probe's port: true, or { service } to check one service.
   */
  grpc?:
    | true
    | {
        /**
         * Service name sent in the health check request. Default: empty (the server's overall health).
         */
        service?: string;
      };
  /**
   * Port number or name of this container's ports (gRPC probes resolve a name to its number). Default: the first port.
   */
  port?: number | string;
  /**
   * Use a TCP socket check instead of HTTP.
   */
  tcp?: boolean;
  /**
   * Command to run in the container.
   */
  exec?: string[];
  /**
   * Seconds before the first probe.
   */
  initialDelaySeconds?: number;
  /**
   * Seconds between probes.
   */
  periodSeconds?: number;
  /**
   * Seconds before a probe times out.
   */
  timeoutSeconds?: number;
  /**
   * Failures before the probe counts as failed.
   */
  failureThreshold?: number;
  /**
   * Successes before the probe counts as passed (readiness only).
   */
  successThreshold?: number;
}
/**
 * Sidecars only: lifecycle hooks (no default).
 */
export interface Lifecycle {
  /**
   * Runs before the container is stopped. Default for a main container behind a Service: { sleep: 5 }, so endpoints drop the pod before it stops taking connections (with terminationGracePeriodSeconds 35 = 5 + 30 s to shut down). false: none.
   */
  preStop?: LifecycleHandler | false;
  /**
   * Runs right after the container starts.
   */
  postStart?: LifecycleHandler | false;
}
/**
 * A lifecycle hook: exactly one of sleep (seconds; on by default since Kubernetes 1.30, GA in 1.34), exec (a command) or path (HTTP GET).
 */
export interface LifecycleHandler {
  /**
   * Seconds to wait (the kubelet's native sleep action; no shell or binary needed in the image).
   */
  sleep?: number;
  /**
   * Command to run in the container.
   *
   * @minItems 1
   */
  exec?: [string, ...string[]];
  /**
   * HTTP GET path.
   */
  path?: string;
  /**
   * HTTP port number or name. Default: the first port.
   */
  port?: number | string;
  /**
   * HTTP headers sent with the request, by name.
   */
  headers?: {
    [k: string]: string;
  };
}
/**
 * Mounts one of the component's volumes (volumes, storage or config by name) into an extra container.
 */
export interface VolumeMount {
  /**
   * Name of a volume, storage claim or config of the component.
   */
  name: string;
  /**
   * Where to mount it.
   */
  mountPath: string;
  /**
   * Mount only this path inside the volume.
   */
  subPath?: string;
  /**
   * Mount read-only.
   */
  readOnly?: boolean;
}
/**
 * A persistent volume per replica (StatefulSet volumeClaimTemplate).
 */
export interface Storage {
  /**
   * Claim template name.
   */
  name: string;
  /**
   * Where to mount it.
   */
  mountPath: string;
  /**
   * Requested size, e.g. 10Gi.
   */
  size: string | number;
  /**
   * Storage class. Default: the cluster profile's storage class, else the cluster default.
   */
  storageClass?: string;
  /**
   * Access modes. Default [ReadWriteOnce].
   */
  accessModes?: ('ReadWriteOnce' | 'ReadOnlyMany' | 'ReadWriteMany' | 'ReadWriteOncePod')[];
}
/**
 * Health probes.
 */
export interface Probes1 {
  /**
   * Shorthand: HTTP path for all three probes.
   */
  path?: string;
  /**
   * Shorthand: gRPC health check on the first port for readiness and startup (true, or { service }); liveness checks the socket.
   */
  grpc?:
    | true
    | {
        /**
         * Service name sent in the health check request. Default: empty (the server's overall health).
         */
        service?: string;
      };
  /**
   * Readiness probe.
   */
  readiness?: HttpProbe | false;
  /**
   * Liveness probe.
   */
  liveness?: HttpProbe | false;
  /**
   * Startup probe.
   */
  startup?: HttpProbe | false;
}
/**
 * Main container lifecycle hooks. Default behind a Service: preStop { sleep: 5 } and terminationGracePeriodSeconds 35; preStop: false turns it off.
 */
export interface Lifecycle1 {
  /**
   * Runs before the container is stopped. Default for a main container behind a Service: { sleep: 5 }, so endpoints drop the pod before it stops taking connections (with terminationGracePeriodSeconds 35 = 5 + 30 s to shut down). false: none.
   */
  preStop?: LifecycleHandler | false;
  /**
   * Runs right after the container starts.
   */
  postStart?: LifecycleHandler | false;
}
/**
 * Service settings.
 */
export interface Service {
  /**
   * Service type; None makes no Service. Default ClusterIP (Headless for stateful sets).
   */
  type?: 'ClusterIP' | 'NodePort' | 'LoadBalancer' | 'Headless' | 'None';
  annotations?: StringMap8;
  /**
   * LoadBalancer: wait for an external address. Default true.
   */
  waitForAddress?: boolean;
  /**
   * For NodePort and LoadBalancer services.
   */
  externalTrafficPolicy?: 'Cluster' | 'Local';
}
/**
 * Service annotations (merged over the cluster profile's load balancer annotations).
 */
export interface StringMap8 {
  [k: string]: string;
}
/**
 * An additional Service selecting the component's pods, e.g. a public LoadBalancer next to the ClusterIP Service.
 */
export interface ExtraService {
  /**
   * Service name (DNS-1035 label, at most 63 characters), unique in the namespace.
   */
  name: string;
  /**
   * Service type. Default ClusterIP.
   */
  type?: 'ClusterIP' | 'NodePort' | 'LoadBalancer' | 'Headless';
  /**
   * Ports to expose: a pod port name or number, or { port, servicePort, nodePort }. Default: the component's exposed ports.
   *
   * @minItems 1
   * @maxItems 64
   */
  ports?: [
    (
      | (number | string)
      | {
          /**
           * Name or number of a port of the main container or a sidecar.
           */
          port: number | string;
          /**
           * Port the Service exposes. Default: the port's service port.
           */
          servicePort?: number;
          /**
           * Fixed node port (NodePort/LoadBalancer).
           */
          nodePort?: number;
        }
    ),
    ...(
      | (number | string)
      | {
          /**
           * Name or number of a port of the main container or a sidecar.
           */
          port: number | string;
          /**
           * Port the Service exposes. Default: the port's service port.
           */
          servicePort?: number;
          /**
           * Fixed node port (NodePort/LoadBalancer).
           */
          nodePort?: number;
        }
    )[]
  ];
  annotations?: StringMap9;
  /**
   * For NodePort and LoadBalancer services.
   */
  externalTrafficPolicy?: 'Cluster' | 'Local';
  /**
   * LoadBalancer: wait for an external address. Default true.
   */
  waitForAddress?: boolean;
}
/**
 * Service annotations (merged over the cluster profile's load balancer annotations).
 */
export interface StringMap9 {
  [k: string]: string;
}
/**
 * Ingress settings.
 */
export interface Ingress {
  /**
   * Host name, e.g. shop.example.com.
   */
  host?: string;
  /**
   * Several host names.
   */
  hosts?: string[];
  /**
   * Paths routed to the service. Default ['/'].
   */
  paths?: string[];
  /**
   * Path matching. Default Prefix.
   */
  pathType?: 'Prefix' | 'Exact' | 'ImplementationSpecific';
  /**
   * Ingress class. Default: the cluster profile's.
   */
  className?: string;
  /**
   * Serve TLS (secret <component>-tls, issued by cert-manager when issuer is set). Default: true when issuer is set.
   */
  tls?: boolean;
  /**
   * Existing TLS secret name to use.
   */
  tlsSecret?: string;
  /**
   * cert-manager ClusterIssuer name (adds cert-manager.io/cluster-issuer).
   */
  issuer?: string;
  annotations?: StringMap10;
  /**
   * Service port number or name to route to. Default: the first port.
   */
  port?: number | string;
  /**
   * Route through the Gateway API instead: render an HTTPRoute (gateway.networking.k8s.io/v1) attached to these Gateways (host/hosts become its hostnames, paths its matches). Ready once every parent Accepted it with ResolvedRefs; failed when a parent refuses it.
   */
  gateway?: {
    /**
     * Gateways (or listeners) the route attaches to.
     *
     * @maxItems 32
     */
    parentRefs: {
      /**
       * Gateway name.
       */
      name: string;
      /**
       * Gateway namespace. Default: the route's.
       */
      namespace?: string;
      /**
       * Listener name on the Gateway.
       */
      sectionName?: string;
      /**
       * Listener port on the Gateway.
       */
      port?: number;
    }[];
  };
}
/**
 * Ingress annotations.
 */
export interface StringMap10 {
  [k: string]: string;
}
/**
 * ServiceAccount and permissions.
 */
export interface Rbac {
  /**
   * ServiceAccount name. Default: the component name.
   */
  serviceAccount?: string;
  /**
   * Namespaced permissions (Role + RoleBinding).
   */
  rules?: PolicyRule[];
  /**
   * Cluster-wide permissions (ClusterRole + ClusterRoleBinding).
   */
  clusterRules?: PolicyRule[];
  /**
   * Existing ClusterRoles to bind in the namespace, e.g. view.
   */
  clusterRoles?: string[];
}
/**
 * An RBAC rule.
 */
export interface PolicyRule {
  /**
   * API groups; '' is the core group. Default [''].
   */
  apiGroups?: string[];
  /**
   * Resources, e.g. pods, configmaps.
   */
  resources?: string[];
  /**
   * Restrict to these object names.
   */
  resourceNames?: string[];
  /**
   * Verbs, e.g. get, list, watch.
   *
   * @minItems 1
   */
  verbs: [string, ...string[]];
  /**
   * Non-resource URLs (ClusterRole only).
   */
  nonResourceURLs?: string[];
}
/**
 * HorizontalPodAutoscaler.
 */
export interface Autoscale {
  /**
   * Minimum replicas. Default: replicas.
   */
  min?: number;
  /**
   * Maximum replicas.
   */
  max: number;
  /**
   * Target average CPU utilization, percent. Default 80.
   */
  cpu?: number;
  /**
   * Target average memory utilization, percent.
   */
  memory?: number;
}
/**
 * Extra labels on the component's objects.
 */
export interface StringMap11 {
  [k: string]: string;
}
/**
 * Extra annotations on the component's workload.
 */
export interface StringMap12 {
  [k: string]: string;
}
/**
 * Extra labels on the pods.
 */
export interface StringMap13 {
  [k: string]: string;
}
/**
 * Extra annotations on the pods.
 */
export interface StringMap14 {
  [k: string]: string;
}
/**
 * Node labels the pods require.
 */
export interface StringMap15 {
  [k: string]: string;
}
/**
 * The chart of a kind: helm component. Rendered with `helm template` (helm on PATH; GitHub-hosted runners have it), then applied by k8deployer like any component: order, readiness, fail fast, rollback, prune and reports, no Helm release Secret. Chart hooks: pre-install/pre-upgrade objects are applied and ready (a hook Job complete) before the chart's other objects, post-install/post-upgrade ones after them, each group in helm.sh/hook-weight order; delete, rollback and test hooks are left out.
 */
export interface HelmChart {
  /**
   * A chart directory relative to the spec (confined to the repository like every spec path), `oci://registry/path/chart`, or a chart name in `repo`.
   */
  chart: string;
  /**
   * HTTPS chart repository URL (index.yaml) that `chart` names a chart in.
   */
  repo?: string;
  /**
   * Chart version (an exact version or a semver range) for OCI and repository charts. Default: the latest.
   */
  version?: string;
  /**
   * The release name the chart's templates see as .Release.Name. Default: the component name.
   */
  releaseName?: string;
  /**
   * Chart values (after the values files); spec variables are expanded in them.
   */
  values?: {};
  /**
   * Values files relative to the spec (confined to the repository), applied in order before `values`.
   *
   * @maxItems 32
   */
  valuesFiles?: string[];
  /**
   * Deploy the chart's crds/ directory too. Default true.
   */
  includeCrds?: boolean;
  /**
   * Kubernetes version the chart's templates see as .Capabilities.KubeVersion. Default: helm's built-in.
   */
  kubeVersion?: string;
}
/**
 * The kustomization of a kind: kustomize component, rendered with `kustomize build` (kustomize on PATH, else `kubectl kustomize`) and applied by k8deployer like any component.
 */
export interface Kustomization {
  /**
   * Directory holding kustomization.yaml, relative to the spec and confined to the repository (every file it loads must stay under it: kustomize's default load restrictor).
   */
  path: string;
}
/**
 * The request of a kind: http component, made once everything it depends on is ready; components that depend on it wait for it to succeed. A failed request fails the component like a failed Job (fail fast, rollback policy). Made from the runner: an in-cluster URL works only if the runner can reach it.
 */
export interface HttpStep {
  /**
   * HTTP method. Default GET.
   */
  method?: 'GET' | 'HEAD' | 'POST' | 'PUT' | 'PATCH' | 'DELETE' | 'OPTIONS';
  /**
   * An http:// or https:// URL; variables are expanded. No user:password@ part (send credentials in a secret header).
   */
  url: string;
  /**
   * Request headers. A value is text, { secret, key } (a spec secret) or { valueEnv } (an environment variable), with an optional prefix; secret values are masked everywhere.
   */
  headers?: {
    [k: string]: HttpHeaderValue;
  };
  /**
   * Request body: text as is, or YAML/JSON data sent as JSON (content-type application/json unless a header sets one). Not with GET or HEAD. At most 1 MiB.
   */
  body?: string | {} | unknown[];
  /**
   * What counts as success. Default: any 2xx status.
   */
  expect?: {
    /**
     * Accepted statuses: one, or a list (e.g. [200, 204] or "2xx"). Redirects are not followed, so a 3xx is a status like any other.
     */
    status?: (number | string) | [number | string, ...(number | string)[]];
    /**
     * Text the response body must contain (the first 64 KiB of it are read).
     */
    bodyContains?: string;
  };
  /**
   * Further attempts after a failed one (a connection error, a timeout or an unexpected answer). Default 2.
   */
  retries?: number;
  /**
   * Wait between attempts: doubling from initialSeconds, capped at maxSeconds.
   */
  backoff?: {
    /**
     * Wait before the first retry. Default 1.
     */
    initialSeconds?: number;
    /**
     * Longest wait between attempts. Default 30.
     */
    maxSeconds?: number;
  };
  /**
   * Time limit of one attempt, response body included. Default 10.
   */
  timeoutSeconds?: number;
  /**
   * Time limit of all attempts and waits together. Default 120.
   */
  totalTimeoutSeconds?: number;
  /**
   * changed: only when the deploy changes something on the cluster (an object created, updated, replaced or pruned), so a deploy with nothing changed makes no request; always: on every deploy (smoke tests). Default changed.
   */
  when?: 'changed' | 'always';
}
/**
 * A patch applied to the generated objects after rendering: the escape hatch for any field.
 */
export interface Patch {
  /**
   * Which generated objects to patch. Default: the component's workload.
   */
  target?: {
    /**
     * Object kind, e.g. Service.
     */
    kind?: string;
    /**
     * Object name.
     */
    name?: string;
  };
  /**
   * merge: a JSON merge patch (RFC 7386) given as YAML, lists matched by name; json: a JSON patch (RFC 6902) list. Default merge.
   */
  type?: 'merge' | 'json';
  /**
   * The patch document.
   */
  patch: {} | unknown[];
}
/**
 * A deployment target. Give exactly one of eks, doks, lke, aks, gke, kubeconfig.
 */
export interface Cluster {
  /**
   * Cluster name used in reports and --cluster.
   */
  name: string;
  /**
   * false leaves the cluster out.
   */
  enabled?: boolean | string;
  /**
   * Namespace override for this cluster.
   */
  namespace?: string;
  /**
   * GitHub environment name for Deployments. Default: the cluster name.
   */
  environment?: string;
  /**
   * Environment URL shown in reports.
   */
  url?: string;
  variables?: Variables1;
  profile?: ProviderProfile;
  /**
   * Per-component overrides for this cluster (any component field), e.g. {web: {replicas: 4}}.
   */
  components?: {
    [k: string]: {};
  };
  /**
   * Amazon EKS through GitHub OIDC (roleArn) or AWS credentials in the environment.
   */
  eks?: {
    /**
     * AWS region.
     */
    region: string;
    /**
     * EKS cluster name.
     */
    cluster: string;
    /**
     * IAM role assumed with the GitHub OIDC token.
     */
    roleArn?: string;
    /**
     * Role session name. Default k8deployer-<run id>.
     */
    roleSessionName?: string;
    /**
     * OIDC audience. Default sts.amazonaws.com.
     */
    audience?: string;
    /**
     * Role session length.
     */
    durationSeconds?: number;
  };
  /**
   * DigitalOcean Kubernetes with an API token.
   */
  doks?: {
    /**
     * Cluster name.
     */
    cluster: string;
    /**
     * Environment variable holding the API token. Default DIGITALOCEAN_ACCESS_TOKEN.
     */
    tokenEnv?: string;
    /**
     * Lifetime of the issued credentials. Default 3600.
     */
    expirySeconds?: number;
  };
  /**
   * Linode Kubernetes Engine with an API token.
   */
  lke?: {
    /**
     * Cluster label.
     */
    cluster: string;
    /**
     * Environment variable holding the API token. Default LINODE_TOKEN.
     */
    tokenEnv?: string;
  };
  /**
   * Azure Kubernetes Service through a GitHub OIDC federated credential or a client secret.
   */
  aks?: {
    /**
     * Subscription id.
     */
    subscriptionId: string;
    /**
     * Resource group.
     */
    resourceGroup: string;
    /**
     * Managed cluster name.
     */
    cluster: string;
    /**
     * Entra tenant id.
     */
    tenantId: string;
    /**
     * App registration / managed identity client id.
     */
    clientId: string;
    /**
     * Environment variable with a client secret (instead of OIDC).
     */
    clientSecretEnv?: string;
    /**
     * Use local admin credentials (only when local accounts are enabled).
     */
    admin?: boolean;
  };
  /**
   * Google Kubernetes Engine through Workload Identity Federation.
   */
  gke?: {
    /**
     * Project id.
     */
    project: string;
    /**
     * Region or zone.
     */
    location: string;
    /**
     * Cluster name.
     */
    cluster: string;
    /**
     * projects/<n>/locations/global/workloadIdentityPools/<pool>/providers/<provider>.
     */
    workloadIdentityProvider: string;
    /**
     * Service account to impersonate.
     */
    serviceAccount?: string;
    /**
     * Connect through the cluster's DNS endpoint (*.gke.goog) instead of its IP endpoint.
     */
    useDnsEndpoint?: boolean;
  };
  /**
   * Any cluster: a kubeconfig (from an environment variable or a file), or server + token + CA.
   */
  kubeconfig?: {
    /**
     * Environment variable holding kubeconfig YAML (plain or base64).
     */
    kubeconfigEnv?: string;
    /**
     * Kubeconfig file, relative to the spec file; must be inside the repository (a kubeconfig from elsewhere goes in kubeconfigEnv).
     */
    path?: string;
    /**
     * Context to use. Default: the current context.
     */
    context?: string;
    /**
     * API server URL (with tokenEnv or client certificate).
     */
    server?: string;
    /**
     * Environment variable holding a bearer token.
     */
    tokenEnv?: string;
    /**
     * CA certificate: PEM, base64 PEM, or a file path (relative to the spec file, inside the repository).
     */
    certificateAuthority?: string;
    /**
     * Environment variable holding a client certificate (PEM).
     */
    clientCertificateEnv?: string;
    /**
     * Environment variable holding the client key (PEM).
     */
    clientKeyEnv?: string;
    /**
     * Server name to verify in the TLS certificate.
     */
    tlsServerName?: string;
    /**
     * Skip TLS verification (never in production).
     */
    insecureSkipTlsVerify?: boolean;
  };
}
/**
 * Variable values for this cluster.
 */
export interface Variables1 {
  [k: string]: string | number | boolean;
}
/**
 * Overrides of the provider profile.
 */
export interface ProviderProfile {
  /**
   * Storage class for stateful storage.
   */
  storageClass?: string;
  /**
   * Ingress class name.
   */
  ingressClass?: string;
  loadBalancerAnnotations?: StringMap16;
  ingressAnnotations?: StringMap17;
  /**
   * How a canary splits traffic on this cluster when its strategy does not say (see canaryStrategy.traffic). Default replicas.
   */
  trafficSplit?: 'replicas' | 'nginx' | 'gateway';
}
/**
 * Annotations on LoadBalancer services.
 */
export interface StringMap16 {
  [k: string]: string;
}
/**
 * Annotations on every Ingress.
 */
export interface StringMap17 {
  [k: string]: string;
}
/**
 * Maps a pushed tag to an environment and image tag.
 */
export interface ReleaseRule {
  /**
   * Glob on the tag name, e.g. v* or v*-rc*.
   */
  tag: string;
  /**
   * GitHub environment to report.
   */
  environment?: string;
  /**
   * Clusters to deploy to. Default: all.
   */
  clusters?: string[];
  /**
   * Image tag; ${tag} is the git tag and ${version} the tag without a leading v. Default ${tag}.
   */
  imageTag?: string;
}
/**
 * Pull-request preview environments.
 */
export interface Preview {
  /**
   * Clusters that host previews. Default: the first cluster.
   */
  clusters?: string[];
  /**
   * Host pattern, e.g. pr-${pr}.preview.example.com.
   */
  host?: string;
  /**
   * Previews older than this are swept. Default 168.
   */
  ttlHours?: number;
  /**
   * Image tag for previews. Default pr-${pr}.
   */
  imageTag?: string;
  /**
   * Label opt-in and opt-out. Adding the require label previews the pull request, removing it tears the preview down; the skip label does the opposite.
   */
  label?: {
    /**
     * Only pull requests with this label get a preview (e.g. deploy-preview).
     */
    require?: string;
    /**
     * Pull requests with this label get no preview (e.g. no-preview); adding it tears an existing preview down.
     */
    skip?: string;
  };
  /**
   * Preview draft pull requests too. Default false: a draft gets its preview when marked ready for review, and converting back to draft tears it down.
   */
  drafts?: boolean;
  /**
   * A ResourceQuota and LimitRange in each preview namespace, so a preview cannot starve the cluster. Containers without resources get the LimitRange defaults.
   */
  quota?: {
    /**
     * Total CPU the preview's containers may request and use (requests.cpu and limits.cpu), e.g. 2.
     */
    cpu?: string | number;
    /**
     * Total memory the preview's containers may request and use (requests.memory and limits.memory), e.g. 4Gi.
     */
    memory?: string | number;
    /**
     * Most pods the preview may run at once.
     */
    pods?: number;
    defaultRequest?: ResourceList2;
    defaultLimit?: ResourceList3;
  };
  /**
   * Components that run only in previews, after every other component is ready (e.g. a job that loads fixtures, or an http step). Left out of every other run.
   *
   * @maxItems 50
   */
  seed?: string[];
  /**
   * The scheduled sweep scales a preview idle this long (no deploy) to zero, e.g. 4h, 90m, 2d. A push or a `/k8deployer wake` comment wakes it. Default: never.
   */
  sleepAfter?: string;
}
/**
 * Requests of a container that sets none. Default cpu 50m, memory 64Mi.
 */
export interface ResourceList2 {
  /**
   * CPU, e.g. 100m or 1.
   */
  cpu?: string | number;
  /**
   * Memory, e.g. 128Mi.
   */
  memory?: string | number;
  /**
   * Local ephemeral storage, e.g. 1Gi.
   */
  'ephemeral-storage'?: string | number;
}
/**
 * Limits of a container that sets none. Default cpu 500m, memory 512Mi.
 */
export interface ResourceList3 {
  /**
   * CPU, e.g. 100m or 1.
   */
  cpu?: string | number;
  /**
   * Memory, e.g. 128Mi.
   */
  memory?: string | number;
  /**
   * Local ephemeral storage, e.g. 1Gi.
   */
  'ephemeral-storage'?: string | number;
}
