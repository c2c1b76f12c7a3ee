import type { Cluster } from '../spec/spec-types.generated.js';
import type { KubeConfig } from '@kubernetes/client-node';
import type { SpecPaths } from '../files/confined.js';

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

/**
 * Provider settings are the spec's cluster blocks (generated from the JSON Schema, so the two cannot drift), tagged
 * with their provider, plus endpoint overrides that only code and contract tests set.
 */
type SpecBlock<K extends keyof Cluster> = NonNullable<Cluster[K]>;

/** Amazon EKS. With roleArn: GitHub OIDC → AssumeRoleWithWebIdentity; without: AWS_ACCESS_KEY_ID etc. from env. */
export type EksProviderConfig = SpecBlock<'eks'> & {
  provider: 'eks';
  /** Endpoint overrides (VPC endpoints, FIPS, tests). */
  endpoints?: { sts?: string; eks?: string };
};

/** DigitalOcean Kubernetes. A personal access token with kubernetes:read and kubernetes:access_cluster. */
export type DoksProviderConfig = SpecBlock<'doks'> & {
  provider: 'doks';
  /** Default https://api.digitalocean.com */
  apiUrl?: string;
};

/** Linode/Akamai LKE. A personal access token with lke:read_only (kubeconfig needs read_write on some accounts). */
export type LkeProviderConfig = SpecBlock<'lke'> & {
  provider: 'lke';
  /** Default https://api.linode.com */
  apiUrl?: string;
};

/** Azure AKS. Without clientSecretEnv: GitHub OIDC → Entra federated credential (client assertion). */
export type AksProviderConfig = SpecBlock<'aks'> & {
  provider: 'aks';
  /** Default https://login.microsoftonline.com */
  authorityHost?: string;
  /** Default https://management.azure.com */
  armUrl?: string;
};

/** Google GKE. GitHub OIDC → workload identity federation (STS) → optional service account impersonation. */
export type GkeProviderConfig = SpecBlock<'gke'> & {
  provider: 'gke';
  endpoints?: { sts?: string; iamCredentials?: string; container?: string };
};

/** Anything else: a kubeconfig (env or file), or server + token/client cert + CA. */
export type KubeconfigProviderConfig = SpecBlock<'kubeconfig'> & {
  provider: 'kubeconfig';
  /**
   * Set when the block comes from the spec: its file paths resolve relative to the spec file, inside the repository.
   */
  specPaths?: SpecPaths;
};

export type ClusterProviderConfig =
  | EksProviderConfig
  | DoksProviderConfig
  | LkeProviderConfig
  | AksProviderConfig
  | GkeProviderConfig
  | KubeconfigProviderConfig;
