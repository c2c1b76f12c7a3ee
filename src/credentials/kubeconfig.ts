import { existsSync, realpathSync } from 'node:fs';
import path from 'node:path';
import { KubeConfig } from '@kubernetes/client-node';
import { CredentialsError } from '../errors.js';
import { isInside } from '../files/confined.js';
import { readSpecPath, type SpecPaths } from '../files/confined.js';
import { commandsRunBy, refusedUserMessage } from './repository-commands.js';
import { loadRepositoryKubeconfig } from './repository-kubeconfig.js';
import { loadYamlDocument } from '../spec/bounded-yaml.js';
import { readRegularFileCapped, type CappedRead } from '../spec/read-capped.js';
import type { ClusterCredentials, KubeconfigProviderConfig, ResolveContext } from './types.js';
import { buildKubeConfig, credentialsOf, messageOf, pemToData, requireEnv, SecretSink } from './util.js';

const P = 'kubeconfig';
const SECRET_AUTH_PROVIDER_KEYS = [
  'access-token',
  'id-token',
  'refresh-token',
  'client-secret',
  'idp-certificate-authority-data',
];

/** Bare metal and everything else: a kubeconfig from env or file, or server + token / client cert + CA. */
export async function resolveKubeconfig(
  config: KubeconfigProviderConfig,
  ctx: ResolveContext,
): Promise<ClusterCredentials> {
  const secrets = new SecretSink(ctx);
  if (config.kubeconfigEnv) {
    const raw = requireEnv(ctx, P, 'read kubeconfig', config.kubeconfigEnv, 'kubeconfig YAML or its base64');
    const text = looksLikeBase64Kubeconfig(raw);
    if (text !== raw) secrets.add(raw);
    return kubeconfigFromText(text, {
      provider: P,
      ctx,
      secrets,
      ...(config.context ? { context: config.context } : {}),
    });
  }
  if (config.path) {
    const kc = await loadKubeconfigPath(config, config.path, ctx);
    return finish(kc, { provider: P, ctx, secrets, ...(config.context ? { context: config.context } : {}) });
  }
  if (config.server) return fromParts(config, config.server, ctx, secrets);
  throw new CredentialsError(
    P,
    'configuration',
    'set one of kubeconfigEnv, path, or server (+ tokenEnv or clientCertificateEnv/clientKeyEnv)',
  );
}

/**
 * Three kinds of kubeconfig path: one the spec names (repository content: confined, its file references inlined,
 * src/credentials/repository-kubeconfig.ts), the base branch's copy of such a file on a pull request (still
 * repository content, src/preview/trusted-clusters.ts), and one from the runner's environment, which may use exec
 * plugins as kubectl would unless it lies inside the checkout.
 */
async function loadKubeconfigPath(
  config: KubeconfigProviderConfig,
  file: string,
  ctx: ResolveContext,
): Promise<KubeConfig> {
  if ((config as { fromRepository?: unknown }).fromRepository === true) return loadRepositoryText(file);
  if (config.specPaths) return loadRepositoryKubeconfig(config.specPaths, file);
  // Checked on the text, before client-node loads it: loading already reads a user's token-file.
  if (isRepositoryFile(file, ctx)) return loadRepositoryText(file);
  return loadTrustedKubeconfig(file);
}

async function loadRepositoryText(file: string): Promise<KubeConfig> {
  const text = await readKubeconfigText(file);
  refuseCommands(text, file);
  const kc = new KubeConfig();
  try {
    kc.loadFromString(text);
  } catch (error) {
    throw new CredentialsError(P, 'read kubeconfig', `cannot load ${file}: ${messageOf(error)}`, { cause: error });
  }
  return kc;
}

/** A kubeconfig path from the environment (KUBECONFIG, ~/.kube/config): the runner's own, read as kubectl would. */
function loadTrustedKubeconfig(file: string): KubeConfig {
  const kc = new KubeConfig();
  try {
    kc.loadFromFile(file);
  } catch (error) {
    throw new CredentialsError(P, 'read kubeconfig', `cannot load ${file}: ${messageOf(error)}`, { cause: error });
  }
  return kc;
}

/**
 * A kubeconfig inside the checkout (or a copy of the base branch's, see src/preview/trusted-clusters.ts) is repository
 * content: whoever can push a branch wrote it. One outside (~/.kube/config, a file a setup step wrote) is the
 * runner's own and may use exec plugins as kubectl would.
 */
function isRepositoryFile(written: string, ctx: ResolveContext): boolean {
  const workspace = path.resolve(ctx.env.GITHUB_WORKSPACE || process.cwd());
  let file = path.resolve(written);
  try {
    file = realpathSync(file);
  } catch {
    // loadFromFile just read it; a race only makes the check stricter below.
  }
  return isInside(realpathOr(workspace), file);
}

function realpathOr(dir: string): string {
  try {
    return realpathSync(dir);
  } catch {
    return dir;
  }
}

/**
 * A repository kubeconfig found through KUBECONFIG is refused what the spec's `path` is refused (commands, see
 * ./repository-commands.ts), and a token file too: it would send any runner file to a server of the file's choosing.
 */
function refuseCommands(text: string, file: string): void {
  let parsed: unknown;
  try {
    parsed = loadYamlDocument(text, { file });
  } catch (error) {
    throw new CredentialsError(P, 'read kubeconfig', `cannot load ${file}: ${messageOf(error)}`, { cause: error });
  }
  const users = (parsed as { users?: unknown } | null)?.users;
  for (const [index, entry] of (Array.isArray(users) ? users : []).entries()) {
    const user = ((entry as { user?: unknown } | null)?.user ?? {}) as Record<string, unknown>;
    const refused =
      commandsRunBy(user) ??
      (user['token-file'] !== undefined || user.tokenFile !== undefined ? 'reads its token from a file' : undefined);
    if (refused) {
      // eslint-disable-next-line @typescript-eslint/no-base-to-string -- unvalidated field, named as-is
      const name = String((entry as { name?: unknown } | null)?.name ?? '');
      throw new CredentialsError(P, 'read kubeconfig', refusedUserMessage(file, index, name, refused));
    }
  }
}

/** Kubeconfigs are small; a huge or special file (a FIFO, /dev/zero) is refused instead of read. */
const maxKubeconfigBytes = 1024 * 1024;

async function readKubeconfigText(file: string): Promise<string> {
  let read: CappedRead;
  try {
    read = await readRegularFileCapped(file, maxKubeconfigBytes);
  } catch (error) {
    throw new CredentialsError(P, 'read kubeconfig', `cannot load ${file}: ${messageOf(error)}`, { cause: error });
  }
  if (!read.ok) throw new CredentialsError(P, 'read kubeconfig', `cannot load ${file}: ${read.reason}`);
  return read.text;
}

async function fromParts(
  config: KubeconfigProviderConfig,
  server: string,
  ctx: ResolveContext,
  secrets: SecretSink,
): Promise<ClusterCredentials> {
  let url: URL;
  try {
    url = new URL(server);
  } catch {
    throw new CredentialsError(P, 'configuration', `server ${server} is not a URL (expected https://host:port)`);
  }
  if (url.protocol !== 'https:') throw new CredentialsError(P, 'configuration', `server ${server} must use https`);
  const user: { token?: string; certData?: string; keyData?: string } = {};
  if (config.tokenEnv)
    user.token = secrets.add(requireEnv(ctx, P, 'read token', config.tokenEnv, 'a bearer token for the API server'));
  if (config.clientCertificateEnv || config.clientKeyEnv) {
    if (!config.clientCertificateEnv || !config.clientKeyEnv)
      throw new CredentialsError(P, 'configuration', 'clientCertificateEnv and clientKeyEnv go together');
    const cert = requireEnv(ctx, P, 'read client certificate', config.clientCertificateEnv, 'a PEM client certificate');
    const key = secrets.add(requireEnv(ctx, P, 'read client key', config.clientKeyEnv, 'a PEM private key'));
    user.certData = pemOrThrow(cert, config.clientCertificateEnv);
    user.keyData = secrets.add(pemOrThrow(key, config.clientKeyEnv));
  }
  if (!user.token && !user.certData)
    throw new CredentialsError(
      P,
      'configuration',
      `server ${server} needs tokenEnv or clientCertificateEnv + clientKeyEnv`,
    );

  let caData: string | undefined;
  let caFile: string | undefined;
  if (config.certificateAuthority) {
    caData = pemToData(config.certificateAuthority);
    if (!caData && config.specPaths) {
      caData = await readRepositoryCertificate(config.specPaths, config.certificateAuthority);
    } else if (!caData) {
      caFile = path.resolve(config.certificateAuthority);
      if (!existsSync(caFile))
        throw new CredentialsError(
          P,
          'configuration',
          'certificateAuthority is neither PEM, base64 of PEM, nor an existing file',
        );
    }
  }
  if (config.insecureSkipTlsVerify) ctx.log?.(`warning: kubeconfig: TLS verification is off for ${server}`);
  const name = `k8deployer-${url.host}`;
  const kc = buildKubeConfig({
    name,
    server,
    ...(caData ? { caData } : {}),
    ...(config.tlsServerName ? { tlsServerName: config.tlsServerName } : {}),
    skipTLSVerify: config.insecureSkipTlsVerify ?? false,
    user,
  });
  if (caFile) {
    const cluster = kc.getCurrentCluster();
    if (cluster) cluster.caFile = caFile;
  }
  return credentialsOf(kc, server, secrets);
}

/** A CA file the spec names: read through the confinement now, so nothing reads it unchecked later. */
async function readRepositoryCertificate(paths: SpecPaths, written: string): Promise<string> {
  let text: string;
  try {
    text = (await readSpecPath(paths, 'certificateAuthority', written)).content.toString('utf8');
  } catch (error) {
    throw new CredentialsError(
      P,
      'configuration',
      `certificateAuthority is neither PEM nor base64 of PEM, and not a readable file: ${messageOf(error)}`,
      { cause: error },
    );
  }
  const data = pemToData(text);
  if (!data)
    throw new CredentialsError(
      P,
      'configuration',
      `certificateAuthority file ${JSON.stringify(written)} holds no PEM certificate`,
    );
  return data;
}

function pemOrThrow(value: string, envName: string): string {
  const data = pemToData(value);
  if (!data) throw new CredentialsError(P, 'configuration', `${envName} holds neither PEM nor base64 of PEM`);
  return data;
}

function looksLikeBase64Kubeconfig(raw: string): string {
  const trimmed = raw.trim();
  if (/^[A-Za-z0-9+/=\s]+$/.test(trimmed) && !trimmed.includes(':')) {
    const decoded = Buffer.from(trimmed, 'base64').toString('utf8');
    if (/clusters\s*:|apiVersion\s*:/.test(decoded)) return decoded;
  }
  return raw;
}

export interface FromTextOptions {
  provider: string;
  ctx: ResolveContext;
  secrets: SecretSink;
  context?: string;
}

/** Loads kubeconfig YAML (also used by LKE and AKS), masks its secrets and checks there is a usable context. */
export function kubeconfigFromText(text: string, options: FromTextOptions): ClusterCredentials {
  const kc = new KubeConfig();
  try {
    // client-node parses with no budgets; the bounded parse first refuses alias bombs and oversized documents.
    loadYamlDocument(text, { file: 'kubeconfig' });
    kc.loadFromString(text);
  } catch (error) {
    throw new CredentialsError(options.provider, 'read kubeconfig', `not a valid kubeconfig: ${messageOf(error)}`, {
      cause: error,
    });
  }
  return finish(kc, options);
}

/** Masks every user's secrets in a loaded config (client-node keeps them all in memory). */
export function maskKubeConfigSecrets(kc: KubeConfig, secrets: SecretSink): void {
  for (const user of kc.getUsers()) {
    secrets.add(user.token);
    secrets.add(user.password);
    secrets.add(user.keyData);
    const providerConfig = (user.authProvider as { config?: Record<string, unknown> } | undefined)?.config ?? {};
    for (const key of SECRET_AUTH_PROVIDER_KEYS) {
      const v = providerConfig[key];
      if (typeof v === 'string') secrets.add(v);
    }
    const env = (user.exec as { env?: { name?: string; value?: string }[] } | undefined)?.env ?? [];
    for (const e of env) if (e.value) secrets.add(e.value);
  }
}

function finish(kc: KubeConfig, options: FromTextOptions): ClusterCredentials {
  const { provider, ctx, secrets } = options;
  maskKubeConfigSecrets(kc, secrets);
  if (options.context) {
    if (!kc.getContextObject(options.context)) {
      throw new CredentialsError(
        provider,
        'select context',
        `context ${options.context} is not in the kubeconfig (has: ${
          kc
            .getContexts()
            .map((c) => c.name)
            .join(', ') || 'none'
        })`,
      );
    }
    kc.setCurrentContext(options.context);
  } else if (!kc.getCurrentContext() && kc.getContexts().length === 1) {
    kc.setCurrentContext(kc.getContexts()[0]!.name);
  }
  const cluster = kc.getCurrentCluster();
  if (!kc.getCurrentContext() || !cluster) {
    throw new CredentialsError(
      provider,
      'select context',
      'the kubeconfig has no current-context (or it names a missing cluster); set `context`',
    );
  }
  const user = kc.getCurrentUser();
  const authProvider = (user?.authProvider as { name?: string } | undefined)?.name;
  if (authProvider === 'gcp' || authProvider === 'azure') {
    ctx.log?.(
      `warning: ${provider}: user ${user?.name} uses the ${authProvider} auth-provider, which shells out to the ${authProvider === 'gcp' ? 'gcloud' : 'az'} CLI and was removed from kubectl; use provider ${authProvider === 'gcp' ? 'gke' : 'aks'} instead`,
    );
  }
  const exec = user?.exec as { command?: string } | undefined;
  if (exec?.command)
    ctx.log?.(
      `${provider}: user ${user?.name} runs the exec plugin ${exec.command}; client-node caches its token until expirationTimestamp`,
    );
  return credentialsOf(kc, cluster.server, secrets);
}
