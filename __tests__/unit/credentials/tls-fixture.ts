import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import https from 'node:https';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import type { TLSSocket } from 'node:tls';

export interface Pki {
  dir: string;
  caPem: string;
  caPath: string;
  clientCertPem: string;
  clientKeyPem: string;
  serverCertPem: string;
  serverKeyPem: string;
  cleanup(): void;
}

/** A throwaway CA, a server cert valid only for DNS:kube.test, and a client cert CN=deployer O=deployers (openssl). */
export function makePki(): Pki {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'k8d-pki-'));
  const run = (...args: string[]) => execFileSync('openssl', args, { cwd: dir, stdio: 'pipe' });
  run(
    'req',
    '-x509',
    '-newkey',
    'rsa:2048',
    '-nodes',
    '-keyout',
    'ca.key',
    '-out',
    'ca.crt',
    '-days',
    '2',
    '-subj',
    '/CN=k8deployer-test-ca',
  );
  writeFileSync(path.join(dir, 'server.ext'), 'subjectAltName=DNS:kube.test\nextendedKeyUsage=serverAuth\n');
  run('req', '-newkey', 'rsa:2048', '-nodes', '-keyout', 'server.key', '-out', 'server.csr', '-subj', '/CN=kube.test');
  run(
    'x509',
    '-req',
    '-in',
    'server.csr',
    '-CA',
    'ca.crt',
    '-CAkey',
    'ca.key',
    '-CAcreateserial',
    '-out',
    'server.crt',
    '-days',
    '2',
    '-extfile',
    'server.ext',
  );
  writeFileSync(path.join(dir, 'client.ext'), 'extendedKeyUsage=clientAuth\n');
  run(
    'req',
    '-newkey',
    'rsa:2048',
    '-nodes',
    '-keyout',
    'client.key',
    '-out',
    'client.csr',
    '-subj',
    '/O=deployers/CN=deployer',
  );
  run(
    'x509',
    '-req',
    '-in',
    'client.csr',
    '-CA',
    'ca.crt',
    '-CAkey',
    'ca.key',
    '-CAcreateserial',
    '-out',
    'client.crt',
    '-days',
    '2',
    '-extfile',
    'client.ext',
  );
  const read = (f: string) => readFileSync(path.join(dir, f), 'utf8');
  return {
    dir,
    caPem: read('ca.crt'),
    caPath: path.join(dir, 'ca.crt'),
    clientCertPem: read('client.crt'),
    clientKeyPem: read('client.key'),
    serverCertPem: read('server.crt'),
    serverKeyPem: read('server.key'),
    cleanup: () => rmSync(dir, { recursive: true, force: true }),
  };
}

export interface SeenRequest {
  path: string;
  authorization?: string;
  clientCN?: string;
}

/** A minimal HTTPS "API server": answers /version, records the bearer token and the verified client cert. */
export async function startFakeApiServer(
  pki: Pki,
): Promise<{ url: string; seen: SeenRequest[]; close(): Promise<void> }> {
  const seen: SeenRequest[] = [];
  const server = https.createServer(
    { cert: pki.serverCertPem, key: pki.serverKeyPem, ca: pki.caPem, requestCert: true, rejectUnauthorized: false },
    (req, res) => {
      const socket = req.socket as TLSSocket;
      const peer = socket.authorized ? socket.getPeerCertificate() : undefined;
      const authorization = req.headers['authorization'];
      const entry: SeenRequest = { path: req.url ?? '/' };
      if (authorization) entry.authorization = authorization;
      if (peer?.subject?.CN) entry.clientCN = String(peer.subject.CN);
      seen.push(entry);
      if (!authorization && !entry.clientCN) {
        res.writeHead(401, { 'content-type': 'application/json' });
        res.end(
          JSON.stringify({
            kind: 'Status',
            apiVersion: 'v1',
            status: 'Failure',
            message: 'Unauthorized',
            reason: 'Unauthorized',
            code: 401,
          }),
        );
        return;
      }
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ major: '1', minor: '33', gitVersion: 'v1.33.0', platform: 'linux/amd64' }));
    },
  );
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `https://127.0.0.1:${port}`,
    seen,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
