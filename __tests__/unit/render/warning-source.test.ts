// Render warnings carry the position of the offending field: in the spec for a generated object, in the manifest file
// for a raw one; the CLI prints it first on the line (`file:line:col: warning: …`), the action annotates that line.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { prepareRun } from '../../../src/pipeline.js';
import { ProgressReporter } from '../../../src/report/progress.js';
import { warningSource } from '../../../src/render/warning-source.js';
import { renderWarnings } from '../../../src/render/warnings.js';
import { defaultSettings } from '../../../src/settings/types.js';

const dir = mkdtempSync(path.join(tmpdir(), 'k8deployer-warning-source-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const spec = `app: shop
components:
  - name: web
    image: nginx:1.27
    port: 8080
    probes:
      readiness:
        path: /healthz
        port: 9090
  - name: legacy
    kind: manifests
    files: [legacy.yaml]
`;
const legacy = `apiVersion: v1
kind: ConfigMap
metadata:
  name: legacy
---
apiVersion: v1
kind: Service
metadata:
  name: legacy
spec:
  selector:
    app: wbe
  ports:
    - port: 80
      targetPort: 8080
---
apiVersion: v1
kind: Service
metadata:
  name: web-extra
spec:
  selector:
    app.kubernetes.io/name: web
  ports:
    - port: 80
      targetPort: 8081
`;

async function positioned() {
  writeFileSync(path.join(dir, 'k8deployer.yaml'), spec);
  writeFileSync(path.join(dir, 'legacy.yaml'), legacy);
  const prepared = await prepareRun(
    { ...defaultSettings, command: 'render', specPath: path.join(dir, 'k8deployer.yaml') },
    { env: {} },
  );
  const [entry] = prepared.targets;
  if (!entry) throw new Error('no target');
  return renderWarnings(entry.rendered).map((warning) => ({
    message: warning.message,
    at: warningSource(warning, { ...prepared.spec, componentPointers: entry.target.componentPointers }),
  }));
}

describe('render warning positions', () => {
  it('points a probe warning at the probe port in the spec, a raw Service at its field in the manifest file', async () => {
    const warnings = await positioned();
    const specFile = path.join(dir, 'k8deployer.yaml');
    const manifest = path.join(dir, 'legacy.yaml');
    expect(
      warnings.map(({ message, at }) => `${at?.file}:${at?.line}:${at?.column}: ${message.split(':')[0]}`),
    ).toEqual(expect.arrayContaining([`${specFile}:9:9: Deployment web`, `${manifest}:11:3: Service legacy`]));
    const targetPort = warnings.find(({ message }) => message.startsWith('Service web-extra: targetPort 8081'));
    expect(targetPort?.at).toEqual({ file: manifest, line: 26, column: 7 });
  });

  it('prints file:line:col: warning: first on the CLI line, and annotates the line in GitHub Actions', () => {
    const lines: string[] = [];
    const source = { file: 'k8deployer.yaml', line: 9, column: 9 };
    const event = {
      type: 'log' as const,
      level: 'warning' as const,
      cluster: 'staging',
      message: 'component web: Deployment web: readiness probe of container web uses port 9090',
      source,
      at: 0,
    };
    new ProgressReporter({ mode: 'cli', write: (line) => lines.push(line) }).handle(event);
    new ProgressReporter({ mode: 'actions', write: (line) => lines.push(line) }).handle(event);
    expect(lines).toContain(
      'k8deployer.yaml:9:9: warning: [staging] component web: Deployment web: readiness probe of container web uses port 9090',
    );
    expect(lines).toContain(
      '::warning title=k8deployer,file=k8deployer.yaml,line=9,col=9::[staging] component web: Deployment web: readiness probe of container web uses port 9090',
    );
  });
});
