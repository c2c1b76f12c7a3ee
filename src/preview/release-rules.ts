/** Maps a pushed tag to an environment and image tag (same shape as the spec's `releases` entries). */
export interface ReleaseRule {
  /** Glob on the tag name: `*` any run of characters, `?` one character, e.g. `v*` or `v*-rc*`. */
  tag: string;
  environment?: string;
  clusters?: string[];
  /** `${tag}` is the git tag, `${version}` the tag without a leading v. Default `${tag}`. */
  imageTag?: string;
}

export interface ReleaseMatch {
  rule: ReleaseRule;
  tag: string;
  version: string;
  imageTag: string;
  environment?: string;
  clusters?: string[];
}

export function globToRegExp(glob: string): RegExp {
  const source = [...glob]
    .map((char) => (char === '*' ? '.*' : char === '?' ? '.' : char.replace(/[.+^${}()|[\]\\/]/g, '\\$&')))
    .join('');
  return new RegExp(`^${source}$`);
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
  const rule = rules.find((candidate) => globToRegExp(candidate.tag).test(tag));
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
