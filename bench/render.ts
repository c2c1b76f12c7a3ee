// Renders a generated 1,000-component spec and prints wall time and peak RSS (goals: < 1 s, < 200 MB).
// Run: bash scripts/node24.sh npx tsx bench/render.ts [components] [clusters] [--json]
// With clusters > 1 every component is validated and rendered once per cluster (components × clusters renders; a
// spec holds at most 1,000 components, so 5,000 renders are 1,000 components × 5 clusters). --json prints one
// JSON line instead of the text (bench/scale.ts reads it).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { dump } from 'js-yaml';
import { prepareRun } from '../src/pipeline.js';
import { defaultSettings } from '../src/settings/types.js';

const positional = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const count = Number(positional[0] ?? 1000);
const clusterCount = Number(positional[1] ?? 1);
const asJson = process.argv.includes('--json');
const kinds = ['service', 'worker', 'statefulset', 'job', 'cronjob'] as const;
const components = Array.from({ length: count }, (_, index) => {
  const kind = kinds[index % kinds.length] as (typeof kinds)[number];
  const component: Record<string, unknown> = {
    name: `c${index}`,
    kind,
    image: `registry.example.com/app/c${index}:\${tag}`,
  };
  if (kind === 'service')
    Object.assign(component, {
      port: 8080,
      ingress: { host: `c${index}.\${domain}` },
      env: { MODE: 'prod', DB: { secret: 'db', key: 'password' } },
    });
  if (kind === 'statefulset')
    Object.assign(component, { ports: [{ port: 5432 }], storage: [{ name: 'data', mountPath: '/data', size: '1Gi' }] });
  if (kind === 'cronjob') component.schedule = '*/5 * * * *';
  if (index > 0 && index % 3 === 0) component.depends = [`c${index - 1}`];
  return component;
});
const spec = {
  app: 'bench',
  variables: { tag: '1.0.0', domain: 'bench.example.com' },
  secrets: [{ name: 'db', fromEnv: { password: 'BENCH_DB_PASSWORD' } }],
  components,
  clusters: Array.from({ length: clusterCount }, (_, i) => ({
    name: `bench-${i + 1}`,
    kubeconfig: { path: 'kubeconfig' },
  })),
};
const dir = mkdtempSync(path.join(tmpdir(), 'k8deployer-bench-'));
const specPath = path.join(dir, 'k8deployer.yaml');
writeFileSync(specPath, dump(spec));

let peakRss = process.memoryUsage().rss;
const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 5);
const runs: number[] = [];
let objects = 0;
for (let run = 0; run < 5; run++) {
  const started = performance.now();
  const prepared = await prepareRun(
    { ...defaultSettings, command: 'render', specPath },
    { env: { BENCH_DB_PASSWORD: 'x' }, missingSecrets: 'error' },
  );
  runs.push(performance.now() - started);
  objects = prepared.targets.reduce((sum, t) => sum + t.rendered.objects.length, 0);
  peakRss = Math.max(peakRss, process.memoryUsage().rss);
}
clearInterval(sampler);
rmSync(dir, { recursive: true, force: true });
const sorted = [...runs].sort((a, b) => a - b);
const ms = (value: number) => `${value.toFixed(0)} ms`;
if (asJson) {
  console.log(
    JSON.stringify({
      components: count,
      clusters: clusterCount,
      objects,
      runsMs: runs,
      medianMs: sorted[2],
      peakRssMb: peakRss / 2 ** 20,
    }),
  );
  process.exit(0);
}
console.log(`render benchmark: ${count} components × ${clusterCount} cluster(s) → ${objects} objects`);
console.log(`  first run (cold):  ${ms(runs[0] ?? 0)}   (goal < 1000 ms)`);
console.log(`  median of 5 runs:  ${ms(sorted[2] ?? 0)}`);
console.log(`  peak RSS:          ${(peakRss / 1024 / 1024).toFixed(0)} MB   (goal < 200 MB)`);
