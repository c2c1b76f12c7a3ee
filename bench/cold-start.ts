// Cold start of the bundled action: time from spawning `node dist/index.js` to the first HTTP request it makes.
// A local server stands in for both the GitHub API (GITHUB_API_URL) and the cluster (a kubeconfig `server:`), so
// whichever the action calls first stops the clock. Goal: < 300 ms.
//
//   npm run build && bash scripts/node24.sh node --import tsx bench/cold-start.ts \
//     [--runs 7] [--entry dist/index.js] [--check]
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';

const goalMs = 300;
const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '7' },
    entry: { type: 'string', default: 'dist/index.js' },
    timeout: { type: 'string', default: '10000' },
    check: { type: 'boolean', default: false },
  },
});
const entry = resolve(values.entry);
const runs = Number(values.runs);
const timeoutMs = Number(values.timeout);

if (!existsSync(entry)) {
  console.error(`${entry} does not exist: build it first (npm run build)`);
  process.exit(2);
}

let onFirstRequest: ((path: string) => void) | undefined;
const server = createServer((req, res) => {
  onFirstRequest?.(`${req.method} ${req.url}`);
  onFirstRequest = undefined;
  // Enough of an answer that nothing crashes before it is killed.
  res.writeHead(req.method === 'POST' ? 201 : 200, { 'content-type': 'application/json' });
  res.end(
    JSON.stringify({
      id: 1,
      items: [],
      kind: 'Status',
      apiVersion: 'v1',
      major: '1',
      minor: '33',
      gitVersion: 'v1.33.0',
    }),
  );
});
await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

const work = mkdtempSync(join(tmpdir(), 'k8deployer-cold-start-'));
const specPath = join(work, 'k8deployer.yaml');
writeFileSync(
  specPath,
  [
    'app: bench',
    'components:',
    '  - name: web',
    '    image: ghcr.io/acme/hello:1.0.0',
    '    port: 8080',
    'clusters:',
    '  - name: local',
    '    kubeconfig:',
    `      server: ${base}`,
    '      tokenEnv: BENCH_CLUSTER_TOKEN',
    '',
  ].join('\n'),
);
const eventPath = join(work, 'event.json');
writeFileSync(eventPath, JSON.stringify({ ref: 'refs/heads/main', repository: { full_name: 'acme/bench' } }));

// What the runner sets for a `uses:` step: inputs as INPUT_<NAME>, plus the GITHUB_* context.
const env: NodeJS.ProcessEnv = {
  PATH: process.env['PATH'],
  HOME: process.env['HOME'],
  GITHUB_ACTIONS: 'true',
  GITHUB_API_URL: base,
  GITHUB_SERVER_URL: base,
  GITHUB_REPOSITORY: 'acme/bench',
  GITHUB_EVENT_NAME: 'push',
  GITHUB_EVENT_PATH: eventPath,
  GITHUB_REF: 'refs/heads/main',
  GITHUB_SHA: 'a'.repeat(40),
  GITHUB_RUN_ID: '1',
  GITHUB_WORKSPACE: work,
  RUNNER_TEMP: work,
  GITHUB_OUTPUT: join(work, 'output'),
  GITHUB_STEP_SUMMARY: join(work, 'summary'),
  GITHUB_STATE: join(work, 'state'),
  BENCH_CLUSTER_TOKEN: 'bench-token',
  INPUT_COMMAND: 'deploy',
  INPUT_SPEC: specPath,
  'INPUT_GITHUB-TOKEN': 'bench-github-token',
  INPUT_TIMEOUT: '30s',
};

interface Sample {
  ms: number;
  firstRequest: string;
}

async function once(): Promise<Sample> {
  return new Promise<Sample>((done, fail) => {
    const started = process.hrtime.bigint();
    const child = spawn(process.execPath, [entry], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      fail(new Error(`no HTTP request within ${timeoutMs} ms; output:\n${output.slice(-2000)}`));
    }, timeoutMs);
    const waiter = (firstRequest: string): void => {
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      clearTimeout(timer);
      child.kill('SIGKILL');
      done({ ms, firstRequest });
    };
    onFirstRequest = waiter;
    child.on('exit', (code) => {
      // Only this run's waiter: a killed child's exit can arrive after the next run has started.
      if (onFirstRequest !== waiter) return;
      clearTimeout(timer);
      onFirstRequest = undefined;
      fail(new Error(`dist exited with ${code} before any HTTP request; output:\n${output.slice(-2000)}`));
    });
  });
}

async function nodeBaseline(): Promise<number> {
  const started = process.hrtime.bigint();
  await new Promise<void>((done) => spawn(process.execPath, ['-e', '0']).on('exit', () => done()));
  return Number(process.hrtime.bigint() - started) / 1e6;
}

try {
  await once(); // warm the OS file cache once, as a runner that just checked out the action has
  const samples: Sample[] = [];
  for (let i = 0; i < runs; i += 1) samples.push(await once());
  const sorted = samples.map((s) => s.ms).sort((a, b) => a - b);
  const median = sorted[Math.floor(sorted.length / 2)] ?? NaN;
  const baseline = await nodeBaseline();
  console.log(`entry: ${entry} (node ${process.version})`);
  console.log(`first request: ${samples[0]?.firstRequest}`);
  console.log(
    `cold start to first HTTP request: median ${median.toFixed(0)} ms, min ${sorted[0]?.toFixed(0)} ms, ` +
      `max ${sorted.at(-1)?.toFixed(0)} ms over ${runs} runs (node -e 0: ${baseline.toFixed(0)} ms; goal < ${goalMs} ms)`,
  );
  if (values.check && median >= goalMs) process.exitCode = 1;
} finally {
  server.close();
  rmSync(work, { recursive: true, force: true });
}
