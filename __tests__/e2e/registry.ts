// A real OCI registry for e2e tests: the CNCF distribution registry (github.com/distribution/distribution/v3, built by
// `scripts/testbed.sh registry-bin`) on 127.0.0.1, plain HTTP (loopback, as Docker treats it), in one of three modes:
//   - anonymous: anyone pulls and pushes;
//   - htpasswd: HTTP Basic auth against a bcrypt htpasswd file;
//   - token: distribution's `auth: token`, with the token server below, written to the Docker registry token
//     authentication spec: the registry's 401 carries `Bearer realm,service,scope`; the client GETs
//     realm?service=…&scope=… (with Basic credentials or anonymously) and gets {token, access_token, expires_in}, a
//     JWT (ES256) whose x5c certificate chains to the `rootcertbundle` the registry was given.
// Images are pushed with the distribution HTTP API (no Docker here): blob uploads (POST, then PUT ?digest=) and a
// manifest PUT of an OCI image manifest.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createHash, createPrivateKey, randomBytes, sign, X509Certificate } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import net, { type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '../..');

export type RegistryMode = 'anonymous' | 'htpasswd' | 'token';

export interface TestRegistry {
  /** `127.0.0.1:PORT`: the registry part of image references. */
  host: string;
  mode: RegistryMode;
  /** The user that may push and pull (htpasswd and token modes). */
  user: { username: string; password: string };
  /** Pushes a one-layer OCI image as repository:tag and returns the manifest's digest. */
  pushImage(repository: string, tag: string, seed?: string): Promise<string>;
  /** With `tls`: the CA certificate (PEM file) that signed the registry's certificate, for SSL_CERT_FILE. */
  caFile?: string;
  /** Token mode: token requests the token server answered, by whether they carried credentials. */
  tokenRequests: { scope: string; authenticated: boolean }[];
  stop(): Promise<void>;
}

/** The registry binary, built on first use (cached under ~/.cache/k8deployer-testbed like the other binaries). */
export function registryBinary(): string {
  const result = spawnSync('bash', [path.join(root, 'scripts/testbed.sh'), 'registry-bin'], {
    cwd: root,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  if (result.status !== 0) throw new Error('scripts/testbed.sh registry-bin failed (see its output above)');
  return result.stdout.trim();
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

const service = 'k8deployer-test-registry';
const issuer = 'k8deployer-test-token-server';

/**
 * Starts a registry (and, in token mode, its token server). Anonymous pulls are allowed in token mode for
 * repositories under `public/` only, as on Docker Hub; everything else needs the user.
 */
export async function startRegistry(mode: RegistryMode, options: { tls?: boolean } = {}): Promise<TestRegistry> {
  const binary = registryBinary();
  const dir = mkdtempSync(path.join(tmpdir(), `k8deployer-registry-${mode}-`));
  const user = { username: 'pusher', password: `pw-${randomBytes(8).toString('hex')}` };
  const tokenRequests: TestRegistry['tokenRequests'] = [];
  let tokenServer: http.Server | undefined;
  let auth = '';
  if (mode === 'htpasswd') {
    const line = spawnSync(path.join(path.dirname(binary), 'bcrypt-htpasswd'), [user.username], {
      input: `${user.password}\n`,
      encoding: 'utf8',
    });
    if (line.status !== 0) throw new Error(`bcrypt-htpasswd failed: ${line.stderr}`);
    writeFileSync(path.join(dir, 'htpasswd'), line.stdout, { mode: 0o600 });
    auth = `auth:\n  htpasswd:\n    realm: k8deployer-test\n    path: ${path.join(dir, 'htpasswd')}\n`;
  } else if (mode === 'token') {
    const signer = tokenSigner(dir);
    tokenServer = await startTokenServer(signer, user, tokenRequests);
    const { port } = tokenServer.address() as AddressInfo;
    auth =
      `auth:\n  token:\n    realm: http://127.0.0.1:${port}/token\n    service: ${service}\n    issuer: ${issuer}\n` +
      `    rootcertbundle: ${signer.certFile}\n`;
  }
  const port = await freePort();
  const host = `127.0.0.1:${port}`;
  const tls = options.tls ? serverCertificate(dir) : undefined;
  const config = [
    'version: 0.1',
    'log:',
    '  level: warn',
    '  accesslog:',
    '    disabled: true',
    'storage:',
    '  filesystem:',
    `    rootdirectory: ${path.join(dir, 'data')}`,
    'http:',
    `  addr: ${host}`,
    `  secret: ${randomBytes(16).toString('hex')}`,
    ...(tls ? ['  tls:', `    certificate: ${tls.certFile}`, `    key: ${tls.keyFile}`] : []),
    auth,
  ].join('\n');
  const configFile = path.join(dir, 'config.yml');
  writeFileSync(configFile, config);
  // The registry reads REGISTRY_* variables as config overrides: give it none of ours.
  const child = spawn(binary, ['serve', configFile], {
    env: { PATH: process.env.PATH ?? '', HOME: dir },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let log = '';
  child.stderr?.setEncoding('utf8');
  child.stderr?.on('data', (chunk: string) => {
    if (log.length < 64 * 1024) log += chunk;
  });
  const stop = async () => {
    await stopChild(child);
    await new Promise<void>((resolve) => (tokenServer ? tokenServer.close(() => resolve()) : resolve()));
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    await waitUntilServing(host, child, () => log, tls !== undefined);
  } catch (error) {
    await stop();
    throw error;
  }
  const client = pushClient(host, mode, user);
  return {
    host,
    mode,
    user,
    ...(tls ? { caFile: tls.caFile } : {}),
    tokenRequests,
    stop,
    pushImage: (repository, tag, seed) => {
      // Node's fetch trusts no test CA; over TLS, charts are pushed with `helm push --ca-file` instead.
      if (tls) throw new Error('pushImage speaks plain HTTP; this registry serves TLS');
      return client.pushImage(repository, tag, seed ?? `${repository}:${tag}`);
    },
  };
}

async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
  await exited;
  clearTimeout(timer);
}

/** Polls /v2/ (200 anonymous, 401 with auth; over TLS: any TLS answer) for up to 30 s. */
async function waitUntilServing(host: string, child: ChildProcess, log: () => string, tls: boolean): Promise<void> {
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the registry exited with ${child.exitCode}: ${log()}`);
    if (tls) {
      if (await listening(host)) return;
    } else {
      try {
        const response = await fetch(`http://${host}/v2/`, { signal: AbortSignal.timeout(1000) });
        if (response.status === 200 || response.status === 401) return;
      } catch {
        // not listening yet
      }
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`the registry on ${host} did not answer within 30 s: ${log()}`);
}

function listening(host: string): Promise<boolean> {
  const [hostname, port] = host.split(':');
  return new Promise((resolve) => {
    const socket = net.connect({ host: hostname, port: Number(port) }, () => {
      socket.destroy();
      resolve(true);
    });
    socket.on('error', () => resolve(false));
  });
}

function openssl(args: string[], cwd: string): void {
  const result = spawnSync('openssl', args, { cwd, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`openssl ${args[0]} failed: ${result.stderr}`);
}

/** A CA and a server certificate for 127.0.0.1 signed by it (openssl, like the test bed's cluster certificates). */
function serverCertificate(dir: string): { caFile: string; certFile: string; keyFile: string } {
  openssl(['ecparam', '-name', 'prime256v1', '-genkey', '-noout', '-out', 'ca.key'], dir);
  openssl(
    ['req', '-x509', '-new', '-key', 'ca.key', '-subj', '/CN=k8deployer-test-registry-ca', '-days', '1', '-sha256']
      .concat(['-addext', 'basicConstraints=critical,CA:TRUE', '-addext', 'keyUsage=critical,keyCertSign,cRLSign'])
      .concat(['-out', 'ca.crt']),
    dir,
  );
  openssl(['ecparam', '-name', 'prime256v1', '-genkey', '-noout', '-out', 'server.key'], dir);
  openssl(['req', '-new', '-key', 'server.key', '-subj', '/CN=127.0.0.1', '-out', 'server.csr'], dir);
  writeFileSync(
    path.join(dir, 'server.ext'),
    'basicConstraints=CA:FALSE\nkeyUsage=critical,digitalSignature\nextendedKeyUsage=serverAuth\nsubjectAltName=IP:127.0.0.1,DNS:localhost\n',
  );
  openssl(
    ['x509', '-req', '-in', 'server.csr', '-CA', 'ca.crt', '-CAkey', 'ca.key', '-CAcreateserial', '-days', '1'].concat([
      '-sha256',
      '-extfile',
      'server.ext',
      '-out',
      'server.crt',
    ]),
    dir,
  );
  return {
    caFile: path.join(dir, 'ca.crt'),
    certFile: path.join(dir, 'server.crt'),
    keyFile: path.join(dir, 'server.key'),
  };
}

// ------------------------------------------------------------------------------------------------ token server

interface Signer {
  keyPem: string;
  certDer: Buffer;
  certFile: string;
}

/** An EC P-256 key and a self-signed certificate (openssl, as the test bed's certificates are made). */
function tokenSigner(dir: string): Signer {
  const keyFile = path.join(dir, 'token.key');
  const certFile = path.join(dir, 'token.crt');
  const result = spawnSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'ec',
      '-pkeyopt',
      'ec_paramgen_curve:prime256v1',
      '-nodes',
      '-keyout',
      keyFile,
      '-out',
      certFile,
      '-subj',
      '/CN=k8deployer-test-token-signer',
      '-days',
      '1',
    ],
    { encoding: 'utf8' },
  );
  if (result.status !== 0) throw new Error(`openssl failed: ${result.stderr}`);
  return {
    keyPem: readFileSync(keyFile, 'utf8'),
    certDer: Buffer.from(new X509Certificate(readFileSync(certFile)).raw),
    certFile,
  };
}

const base64url = (data: Buffer | string) => Buffer.from(data).toString('base64url');

function signJwt(signer: Signer, claims: Record<string, unknown>): string {
  const header = { alg: 'ES256', typ: 'JWT', x5c: [signer.certDer.toString('base64')] };
  const input = `${base64url(JSON.stringify(header))}.${base64url(JSON.stringify(claims))}`;
  const signature = sign('sha256', Buffer.from(input), {
    key: createPrivateKey(signer.keyPem),
    dsaEncoding: 'ieee-p1363',
  });
  return `${input}.${base64url(signature)}`;
}

/** GET /token?service=…&scope=repository:NAME:ACTIONS: grants what the caller may have of each scope asked for. */
async function startTokenServer(
  signer: Signer,
  user: { username: string; password: string },
  requests: TestRegistry['tokenRequests'],
): Promise<http.Server> {
  const server = http.createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://token');
    const header = request.headers.authorization ?? '';
    let authenticated = false;
    if (header.startsWith('Basic ')) {
      const [name, ...rest] = Buffer.from(header.slice(6), 'base64').toString('utf8').split(':');
      if (name !== user.username || rest.join(':') !== user.password) {
        response.writeHead(401, { 'content-type': 'application/json' }).end('{"errors":[{"code":"UNAUTHORIZED"}]}');
        return;
      }
      authenticated = true;
    }
    if (url.pathname !== '/token' || url.searchParams.get('service') !== service) {
      response.writeHead(400).end();
      return;
    }
    const access = url.searchParams.getAll('scope').flatMap((scope) => {
      requests.push({ scope, authenticated });
      const [type, name, actions] = [
        scope.slice(0, scope.indexOf(':')),
        scope.slice(scope.indexOf(':') + 1, scope.lastIndexOf(':')),
        scope.slice(scope.lastIndexOf(':') + 1).split(','),
      ];
      if (type !== 'repository') return [];
      const granted = authenticated ? actions : name.startsWith('public/') ? actions.filter((a) => a === 'pull') : [];
      return [{ type, name, actions: granted }];
    });
    const now = Math.floor(Date.now() / 1000);
    const token = signJwt(signer, {
      iss: issuer,
      sub: authenticated ? user.username : '',
      aud: service,
      exp: now + 300,
      nbf: now - 10,
      iat: now,
      jti: randomBytes(8).toString('hex'),
      access,
    });
    response
      .writeHead(200, { 'content-type': 'application/json' })
      .end(JSON.stringify({ token, access_token: token, expires_in: 300, issued_at: new Date().toISOString() }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return server;
}

// ------------------------------------------------------------------------------------------------ pusher

function pushClient(host: string, mode: RegistryMode, user: { username: string; password: string }) {
  const basic = `Basic ${Buffer.from(`${user.username}:${user.password}`).toString('base64')}`;
  /** The Authorization header for pushing to `repository` (the test knows its own registry's mode). */
  const authorization = async (repository: string, challenge?: string): Promise<string | undefined> => {
    if (mode === 'anonymous') return undefined;
    if (mode === 'htpasswd') return basic;
    const realm = /realm="([^"]+)"/.exec(challenge ?? '')?.[1];
    if (!realm) throw new Error(`no Bearer challenge from the registry: ${challenge}`);
    const url = new URL(realm);
    url.searchParams.set('service', service);
    url.searchParams.set('scope', `repository:${repository}:pull,push`);
    const response = await fetch(url, { headers: { Authorization: basic } });
    const body = (await response.json()) as { token: string };
    return `Bearer ${body.token}`;
  };
  const digestOf = (data: Buffer) => `sha256:${createHash('sha256').update(data).digest('hex')}`;

  return {
    async pushImage(repository: string, tag: string, seed: string): Promise<string> {
      // One request unauthenticated to get the challenge (token mode), then everything with the token.
      const probe = await fetch(`http://${host}/v2/${repository}/blobs/uploads/`, { method: 'POST' });
      const auth =
        probe.status === 401 ? await authorization(repository, probe.headers.get('www-authenticate') ?? '') : undefined;
      if (probe.status === 202)
        await fetch(new URL(probe.headers.get('location') ?? '', `http://${host}`), { method: 'DELETE' });
      const headers = auth ? { Authorization: auth } : {};
      const layer = Buffer.from(`k8deployer test layer ${seed}\n`);
      const config = Buffer.from(
        JSON.stringify({
          architecture: 'amd64',
          os: 'linux',
          config: { Labels: { seed } },
          rootfs: { type: 'layers', diff_ids: [digestOf(layer)] },
        }),
      );
      for (const blob of [layer, config]) {
        const start = await fetch(`http://${host}/v2/${repository}/blobs/uploads/`, { method: 'POST', headers });
        if (start.status !== 202) throw new Error(`blob upload start: HTTP ${start.status} ${await start.text()}`);
        const location = new URL(start.headers.get('location') ?? '', `http://${host}`);
        location.searchParams.set('digest', digestOf(blob));
        const put = await fetch(location, {
          method: 'PUT',
          headers: { ...headers, 'Content-Type': 'application/octet-stream' },
          body: blob,
        });
        if (put.status !== 201) throw new Error(`blob upload: HTTP ${put.status} ${await put.text()}`);
      }
      const manifest = Buffer.from(
        JSON.stringify({
          schemaVersion: 2,
          mediaType: 'application/vnd.oci.image.manifest.v1+json',
          config: {
            mediaType: 'application/vnd.oci.image.config.v1+json',
            digest: digestOf(config),
            size: config.length,
          },
          layers: [
            { mediaType: 'application/vnd.oci.image.layer.v1.tar', digest: digestOf(layer), size: layer.length },
          ],
        }),
      );
      const put = await fetch(`http://${host}/v2/${repository}/manifests/${tag}`, {
        method: 'PUT',
        headers: { ...headers, 'Content-Type': 'application/vnd.oci.image.manifest.v1+json' },
        body: manifest,
      });
      if (put.status !== 201) throw new Error(`manifest put: HTTP ${put.status} ${await put.text()}`);
      const digest = put.headers.get('docker-content-digest');
      if (digest !== digestOf(manifest))
        throw new Error(`the registry says ${digest}, the manifest is ${digestOf(manifest)}`);
      return digest;
    },
  };
}
