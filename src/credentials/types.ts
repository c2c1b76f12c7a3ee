import type { KubeConfig } from '@kubernetes/client-node';

/** What a provider hands back: a ready KubeConfig (current context set) plus what the caller must mask and clean up. */
export interface ClusterCredentials {
  kubeConfig: KubeConfig;
  /** API server URL, for logs and reports. */
  server: string;
  /** When the credentials stop working if nothing refreshes them (refreshing providers keep this moving). */
  expiresAt?: Date;
  /** Every sensitive string seen so far (tokens, keys); refreshed tokens are appended as they appear. */
  secrets: string[];
  /** Stops refreshing and removes any file written to the temp dir. Safe to call twice. */
  dispose(): Promise<void>;
}

/**
 * Everything a provider needs from the outside world. Nothing here imports @actions/core: the action entry passes
 * core.getIDToken / core.setSecret, the CLI and the tests pass their own.
 */
export interface ResolveContext {
  env: Record<string, string | undefined>;
  /** A GitHub OIDC token for the audience (see github-oidc.ts for the runner protocol). */
  getIdToken(audience: string): Promise<string>;
  /** Called with every secret the moment it exists. */
  mask(secret: string): void;
  fetch?: typeof fetch;
  now?: () => Date;
  /** Waits between retries; tests pass a no-op. */
  sleep?: (ms: number) => Promise<void>;
  tempDir?: string;
  log?(msg: string): void;
}

export interface CredentialProvider<C = ClusterProviderConfig> {
  resolve(target: C, ctx: ResolveContext): Promise<ClusterCredentials>;
}

export const ProviderName = {
  Eks: 'eks',
  Doks: 'doks',
  Lke: 'lke',
  Aks: 'aks',
  Gke: 'gke',
  Kubeconfig: 'kubeconfig',
} as const;
export type ProviderName = (typeof ProviderName)[keyof typeof ProviderName];

/** Amazon EKS. With roleArn: GitHub OIDC → AssumeRoleWithWebIdentity; without: AWS_ACCESS_KEY_ID etc. from env. */
export interface EksProviderConfig {
  provider: 'eks';
  region: string;
  cluster: string;
  roleArn?: string;
  roleSessionName?: string;
  /** OIDC audience; default sts.amazonaws.com. */
  audience?: string;
  /** Role session length; default 3600. */
  durationSeconds?: number;
  /** Endpoint overrides (VPC endpoints, FIPS, tests). The token's STS host follows endpoints.sts. */
  endpoints?: { sts?: string; eks?: string };
}

/** DigitalOcean Kubernetes. A personal access token with kubernetes:read and kubernetes:access_cluster. */
export interface DoksProviderConfig {
  provider: 'doks';
  /** Cluster name (exact match). */
  cluster: string;
  /** Env var holding the token; default DIGITALOCEAN_ACCESS_TOKEN. */
  tokenEnv?: string;
  /** Lifetime of the cluster token; default 3600. */
  expirySeconds?: number;
  /** Default https://api.digitalocean.com */
  apiUrl?: string;
}

/** Linode/Akamai LKE. A personal access token with lke:read_only (kubeconfig needs read_write on some accounts). */
export interface LkeProviderConfig {
  provider: 'lke';
  /** Cluster label (exact match). */
  cluster: string;
  /** Env var holding the token; default LINODE_TOKEN. */
  tokenEnv?: string;
  /** Default https://api.linode.com */
  apiUrl?: string;
}

/** Azure AKS. Without clientSecretEnv: GitHub OIDC → Entra federated credential (client assertion). */
export interface AksProviderConfig {
  provider: 'aks';
  subscriptionId: string;
  resourceGroup: string;
  cluster: string;
  tenantId: string;
  clientId: string;
  clientSecretEnv?: string;
  /** listClusterAdminCredential instead of listClusterUserCredential (fails when local accounts are disabled). */
  admin?: boolean;
  /** Default https://login.microsoftonline.com */
  authorityHost?: string;
  /** Default https://management.azure.com */
  armUrl?: string;
}

/** Google GKE. GitHub OIDC → workload identity federation (STS) → optional service account impersonation. */
export interface GkeProviderConfig {
  provider: 'gke';
  project: string;
  location: string;
  cluster: string;
  /** projects/<number>/locations/global/workloadIdentityPools/<pool>/providers/<provider> */
  workloadIdentityProvider: string;
  /** Service account email to impersonate; without it the federated token is used directly. */
  serviceAccount?: string;
  /** Connect to the cluster's DNS endpoint (*.gke.goog) instead of its IP endpoint. */
  useDnsEndpoint?: boolean;
  endpoints?: { sts?: string; iamCredentials?: string; container?: string };
}

/** Anything else: a kubeconfig (env or file), or server + token/client cert + CA. */
export interface KubeconfigProviderConfig {
  provider: 'kubeconfig';
  /** Env var holding kubeconfig YAML or its base64. */
  kubeconfigEnv?: string;
  /** Kubeconfig file path. */
  path?: string;
  /** Context to use; default the kubeconfig's current-context. */
  context?: string;
  /** API server URL (without a kubeconfig). */
  server?: string;
  /** Env var holding a bearer token. */
  tokenEnv?: string;
  /** CA bundle: PEM, base64 of PEM, or a file path. */
  certificateAuthority?: string;
  /** Env vars holding a client certificate and key (PEM or base64). */
  clientCertificateEnv?: string;
  clientKeyEnv?: string;
  tlsServerName?: string;
  insecureSkipTlsVerify?: boolean;
}

export type ClusterProviderConfig =
  | EksProviderConfig
  | DoksProviderConfig
  | LkeProviderConfig
  | AksProviderConfig
  | GkeProviderConfig
  | KubeconfigProviderConfig;
