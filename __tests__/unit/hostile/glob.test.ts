import { describe, expect, it } from 'vitest';
import { matchesGlob } from '../../../src/preview/release-rules.js';

/** The old regex translation, as the reference for small inputs where backtracking is harmless. */
function reference(glob: string, text: string): boolean {
  const source = [...glob]
    .map((char) => (char === '*' ? '.*' : char === '?' ? '.' : char.replace(/[.+^${}()|[\]\\/]/g, '\\$&')))
    .join('');
  return new RegExp(`^${source}$`, 's').test(text);
}

/** A small deterministic generator, so a failure names a reproducible case. */
function* cases(count: number): Generator<[string, string]> {
  let seed = 42;
  const next = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31);
  const pick = (alphabet: string, length: number) =>
    Array.from({ length }, () => alphabet[next() % alphabet.length]).join('');
  for (let index = 0; index < count; index += 1) yield [pick('ab*?.', next() % 7), pick('ab.', next() % 8)];
}

describe('release tag globs', () => {
  it('match exactly what the regular-expression translation matched', () => {
    for (const [glob, text] of cases(5_000))
      expect(matchesGlob(glob, text), `${glob} vs ${text}`).toBe(reference(glob, text));
  });

  it('handle the documented forms and unicode', () => {
    expect(matchesGlob('v*', 'v1.2.3')).toBe(true);
    expect(matchesGlob('v*-rc*', 'v1.2.3-rc.1')).toBe(true);
    expect(matchesGlob('v*-rc*', 'v1.2.3')).toBe(false);
    expect(matchesGlob('v?', 'v€')).toBe(true);
    expect(matchesGlob('', '')).toBe(true);
    expect(matchesGlob('*', '')).toBe(true);
  });

  it('stay fast on patterns that backtrack exponentially in a regex engine', () => {
    const started = performance.now();
    expect(matchesGlob(`${'*a'.repeat(200)}b`, 'a'.repeat(20_000))).toBe(false);
    expect(performance.now() - started).toBeLessThan(2_000);
  });
});
