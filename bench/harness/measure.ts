// Runs a deployer as a child process and measures it: wall time, CPU seconds (user + system, its waited-for
// children included) and peak RSS, from GNU time (`/usr/bin/time`, Debian package `time`). Every output line is
// kept with the moment it arrived, so a figure can start or stop its clock on a line.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface OutputLine {
  at: number;
  text: string;
}

export interface Measured {
  code: number;
  startedAt: number;
  endedAt: number;
  wallMs: number;
  /** NaN when /usr/bin/time is not installed. */
  cpuSeconds: number;
  peakRssMb: number;
  lines: OutputLine[];
}

const TIME = '/usr/bin/time';
let warned = false;

export function measureRun(
  command: string,
  args: string[],
  options: { env?: NodeJS.ProcessEnv; cwd?: string; timeoutMs?: number } = {},
): Promise<Measured> {
  const timed = existsSync(TIME);
  if (!timed && !warned) {
    warned = true;
    console.error('measure: /usr/bin/time is missing (apt-get install time): no CPU and RSS figures');
  }
  const dir = mkdtempSync(join(tmpdir(), 'k8deployer-bench-time-'));
  const timeFile = join(dir, 'time');
  const [file, argv] = timed ? [TIME, ['-f', '%U %S %M', '-o', timeFile, command, ...args]] : [command, args];
  return new Promise((done, fail) => {
    const startedAt = Date.now();
    const child = spawn(file, argv, {
      env: options.env ?? process.env,
      cwd: options.cwd,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const lines: OutputLine[] = [];
    const collect = (stream: NodeJS.ReadableStream): void => {
      let pending = '';
      stream.on('data', (chunk: Buffer) => {
        const at = Date.now();
        pending += chunk.toString();
        const parts = pending.split('\n');
        pending = parts.pop() ?? '';
        for (const text of parts) lines.push({ at, text });
      });
      stream.on('end', () => {
        if (pending) lines.push({ at: Date.now(), text: pending });
      });
    };
    collect(child.stdout);
    collect(child.stderr);
    const timer = options.timeoutMs ? setTimeout(() => child.kill('SIGKILL'), options.timeoutMs).unref() : undefined;
    child.on('error', fail);
    child.on('close', (code, signal) => {
      const endedAt = Date.now();
      if (timer) clearTimeout(timer);
      let cpuSeconds = NaN;
      let peakRssMb = NaN;
      if (timed && existsSync(timeFile)) {
        // GNU time prefixes "Command exited with non-zero status N" on failures; the figures are the last line.
        const last = readFileSync(timeFile, 'utf8').trim().split('\n').at(-1) ?? '';
        const [user, system, rssKb] = last.split(' ').map(Number);
        if (user !== undefined && system !== undefined) cpuSeconds = user + system;
        if (rssKb !== undefined) peakRssMb = rssKb / 1024;
      }
      rmSync(dir, { recursive: true, force: true });
      done({
        code: code ?? (signal ? 128 : -1),
        startedAt,
        endedAt,
        wallMs: endedAt - startedAt,
        cpuSeconds,
        peakRssMb,
        lines,
      });
    });
  });
}

/** CPU and memory of a tool over several processes (a script of kubectl calls): CPU adds up, peak is the largest. */
export class Usage {
  cpuSeconds = 0;
  peakRssMb = 0;
  processes = 0;
  add(run: Measured): void {
    this.cpuSeconds += run.cpuSeconds;
    this.peakRssMb = Math.max(this.peakRssMb, run.peakRssMb);
    this.processes += 1;
  }
}

/** The last lines of a run's output, for an error message. */
export function tail(run: Measured, count = 15): string {
  return run.lines
    .slice(-count)
    .map((l) => l.text)
    .join('\n');
}
