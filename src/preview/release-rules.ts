import type { ReleaseRule } from '../spec/spec-types.generated.js';

/** Maps a pushed tag to an environment and image tag: the spec's `releases` entries. */
export type { ReleaseRule };

export interface ReleaseMatch {
  rule: ReleaseRule;
  tag: string;
  version: string;
  imageTag: string;
  environment?: string;
  clusters?: string[];
}

/**
 * Whether `text` matches `glob` (`*` any run of characters, `?` one character, everything else literal).
 * No regular expression is built from the glob: `v*a*a*a*a*a*a*b` against a long tag backtracks exponentially in
 * a regex engine. This keeps only the last `*` as a restart point (a later star subsumes every earlier choice), so
 * the work is at most glob length × text length, whatever the pattern.
 */
export function matchesGlob(glob: string, text: string): boolean {
  const pattern = [...glob];
  const chars = [...text];
  let p = 0;
  let t = 0;
  let starAt = -1;
  let resumeAt = 0;
  while (t < chars.length) {
    if (p < pattern.length && (pattern[p] === '?' || (pattern[p] !== '*' && pattern[p] === chars[t]))) {
      p += 1;
      t += 1;
    } else if (p < pattern.length && pattern[p] === '*') {
      starAt = p;
      resumeAt = t;
      p += 1;
    } else if (starAt >= 0) {
      // Let the last star swallow one more character and retry the rest of the pattern from there.
      p = starAt + 1;
      resumeAt += 1;
      t = resumeAt;
    } else {
      return false;
    }
  }
  while (p < pattern.length && pattern[p] === '*') p += 1;
  return p === pattern.length;
}

/** `v1.2.3` → `1.2.3`; a tag without a leading v followed by a digit stays as it is. */
export function versionOfTag(tag: string): string {
  return /^v\d/.test(tag) ? tag.slice(1) : tag;
}

export function expandTagTemplate(template: string, tag: string): string {
  return template.replaceAll('${tag}', tag).replaceAll('${version}', versionOfTag(tag));
}

/** First matching rule wins, as in the spec. */
export function matchReleaseRule(tag: string, rules: readonly ReleaseRule[]): ReleaseMatch | undefined {
  const rule = rules.find((candidate) => matchesGlob(candidate.tag, tag));
  if (!rule) return undefined;
  const match: ReleaseMatch = {
    rule,
    tag,
    version: versionOfTag(tag),
    imageTag: expandTagTemplate(rule.imageTag ?? '${tag}', tag),
  };
  if (rule.environment !== undefined) match.environment = rule.environment;
  if (rule.clusters !== undefined) match.clusters = [...rule.clusters];
  return match;
}
