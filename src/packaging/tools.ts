import { execFile } from 'node:child_process';
import { access, constants } from 'node:fs/promises';
import path from 'node:path';

/**
 * Finding and running the renderers of packaged components (helm, kustomize). They run with a scrubbed environment:
 * no KUBECONFIG or cloud credentials (`helm template` and `kustomize build` need no cluster), and helm's config,
 * cache and plugin homes in a fresh temporary directory, so nothing from the runner's or the repository's helm
 * setup (plugins, post-renderers, repository credentials) takes part.
 */

/** The first executable named `name` on PATH, or undefined. */
export async function findOnPath(name: string, pathVariable: string | undefined): Promise<string | undefined> {
  for (const dir of (pathVariable ?? '').split(path.delimiter)) {
    if (!dir) continue;
    const candidate = path.join(dir, name);
    try {
      await access(candidate, constants.X_OK);
      return candidate;
    } catch {
      // not here
    }
  }
  return undefined;
}

/** What a renderer's output may be: the API server refuses far smaller objects, and a chart is rarely over 1 MiB. */
export const maxRenderedBytes = 32 * 1024 * 1024;
export const renderTimeoutMs = 120_000;

export interface ToolResult {
  ok: boolean;
  stdout: string;
  /** The tool's own message on failure: its last lines, control characters removed. */
  message: string;
}

export function runTool(
  binary: string,
  args: string[],
  options: { env: Record<string, string>; cwd: string },
): Promise<ToolResult> {
  return new Promise((resolve) => {
    execFile(
      binary,
      args,
      {
        env: options.env,
        cwd: options.cwd,
        timeout: renderTimeoutMs,
        maxBuffer: maxRenderedBytes,
        encoding: 'utf8',
        windowsHide: true,
      },
      (error, stdout, stderr) => {
        if (!error) return resolve({ ok: true, stdout, message: '' });
        const killed = (error as { killed?: boolean }).killed;
        const tooLarge = (error as { code?: unknown }).code === 'ERR_CHILD_PROCESS_STDIO_MAXBUFFER';
        const message = tooLarge
          ? `its output is over ${maxRenderedBytes / 1024 / 1024} MiB`
          : killed
            ? `it did not finish within ${renderTimeoutMs / 1000} s`
            : toolMessage(stderr) || error.message;
        resolve({ ok: false, stdout: '', message });
      },
    );
  });
}

/** The tail of a tool's stderr as one line: it is repository-derived text, so no control characters, bounded. */
function toolMessage(stderr: string): string {
  const lines = stderr
    .split('\n')
    .map((line) => line.replace(/\p{Cc}/gu, ' ').trim())
    .filter(Boolean);
  return lines.slice(-5).join(' / ').slice(0, 2000);
}
