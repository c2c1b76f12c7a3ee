import { execFileSync } from 'node:child_process';
import path from 'node:path';

let cached: { PATH: string } | undefined;

/**
 * The environment for rendering specs with kind: helm components (examples/microservices): PATH with the test bed's
 * bin dir, where `scripts/testbed.sh build` (run by `npm test`) puts helm. Rendering runs the real helm, no stub.
 */
export function toolEnv(): { PATH: string } {
  if (cached) return cached;
  const root = path.resolve(import.meta.dirname, '../../..');
  let binDir = '';
  try {
    binDir = execFileSync('bash', [path.join(root, 'scripts/testbed.sh'), 'bin-dir'], { encoding: 'utf8' }).trim();
  } catch {
    // Not built: the render then says helm is missing, which is the message to act on.
  }
  cached = { PATH: [binDir, process.env.PATH ?? ''].filter(Boolean).join(path.delimiter) };
  return cached;
}
