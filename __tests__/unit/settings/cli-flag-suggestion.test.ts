import { describe, expect, it, vi } from 'vitest';
import { main } from '../../../src/cli.js';
import { InputError } from '../../../src/errors.js';
import { parseCliArgs } from '../../../src/settings/cli-args.js';

function errorOf(...argv: string[]): InputError {
  try {
    parseCliArgs(argv);
  } catch (error) {
    expect(error).toBeInstanceOf(InputError);
    return error as InputError;
  }
  throw new Error('expected an InputError');
}

describe('unknown CLI flags suggest the nearest known flag', () => {
  it.each([
    ['--timout', 'unknown flag --timout; did you mean --timeout?'],
    ['--objct-timeout=5m', 'did you mean --object-timeout?'],
    ['--no-prun', 'did you mean --no-prune?'],
    ['--clusters=a', 'unknown flag --clusters; did you mean --cluster?'],
    ['--TIMEOUT', 'did you mean --timeout?'],
  ])('%s', (flag, message) => {
    const error = errorOf('deploy', flag);
    expect(error.message).toContain(message);
    expect(error.exitCode).toBe(2);
  });

  it('suggests nothing for a flag that is close to none, or for a short option', () => {
    expect(errorOf('deploy', '--frobnicate').message).toBe('unknown flag --frobnicate; see k8deployer --help');
    expect(errorOf('deploy', '-x').message).toBe('unknown flag -x; see k8deployer --help');
  });

  it('stays fast and quiet on a huge flag name (edit distance is quadratic)', () => {
    const started = Date.now();
    const error = errorOf('deploy', `--${'t'.repeat(200_000)}`);
    expect(Date.now() - started).toBeLessThan(1_000);
    expect(error.message).not.toContain('did you mean');
  });

  it('the CLI prints one line and exits 2', async () => {
    const stderr: string[] = [];
    const spy = vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
      stderr.push(String(chunk));
      return true;
    });
    try {
      expect(await main(['deploy', '--timout', '5m'])).toBe(2);
    } finally {
      spy.mockRestore();
    }
    expect(stderr.join('')).toBe('error: unknown flag --timout; did you mean --timeout?; see k8deployer --help\n');
  });
});
