import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { toolEnv } from './tool-env.js';
import { prepareRun } from '../../../src/pipeline.js';
import { objectsToYaml } from '../../../src/render/print.js';
import { defaultSettings } from '../../../src/settings/types.js';

const kubeScore = path.join(
  process.env.K8DEPLOYER_LINT_BIN ?? path.join(homedir(), '.cache/k8deployer-lint/bin'),
  'kube-score',
);
const examples = execFileSync('git', ['ls-files', 'examples/*/k8deployer.yaml'], { encoding: 'utf8' })
  .trim()
  .split('\n');
const workDir = mkdtempSync(path.join(tmpdir(), 'k8deployer-kube-score-'));
afterAll(() => rmSync(workDir, { recursive: true, force: true }));

describe('rendered examples pass kube-score with no critical finding', () => {
  it('has kube-score installed (scripts/lint-tools.sh, run by npm test)', () => {
    expect(existsSync(kubeScore), `${kubeScore} is missing: run bash scripts/lint-tools.sh`).toBe(true);
  });

  for (const example of examples) {
    it(example, async () => {
      const prepared = await prepareRun(
        { ...defaultSettings, command: 'render', specPath: example },
        { env: toolEnv(), missingSecrets: 'placeholder' },
      );
      const files = prepared.targets.map(({ target, rendered }) => {
        const file = path.join(workDir, `${path.basename(path.dirname(example))}-${target.name}.yaml`);
        writeFileSync(file, objectsToYaml(rendered.objects.map((desired) => desired.object)));
        return file;
      });
      // container-image-pull-policy wants Always on every image; k8deployer deliberately pulls a pinned tag or digest
      // IfNotPresent (Always only for :latest and untagged images, README "Images"), as Kubernetes itself does.
      const result = spawnSync(
        kubeScore,
        ['score', '--output-format', 'ci', '--ignore-test', 'container-image-pull-policy', ...files],
        { encoding: 'utf8' },
      );
      const lines = result.stdout.split('\n');
      const count = (grade: string) => lines.filter((line) => line.startsWith(`[${grade}]`)).length;
      const counts = {
        ok: count('OK'),
        warning: count('WARNING'),
        critical: count('CRITICAL'),
        skipped: count('SKIPPED'),
      };
      console.log(`kube-score ${example}: ${JSON.stringify(counts)}`);
      expect(counts.ok, 'kube-score ran its checks').toBeGreaterThan(10);
      expect(lines.filter((line) => line.startsWith('[CRITICAL]'))).toEqual([]);
    });
  }
});
