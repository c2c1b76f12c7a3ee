/**
 * Replaces every registered secret in rendered text. Every reporter output (log lines, job summary, PR comment,
 * JSON) passes through one masker, so a token that reaches an error message or a pod log never leaves the run.
 * GitHub masks `::add-mask::` values in the log only; summaries and comments are not masked by the runner.
 */
export const maskReplacement = '***';

/** Shorter values would mask ordinary words and numbers all over the output. */
const minimumSecretLength = 4;

export class SecretMasker {
  private readonly secrets = new Set<string>();
  private pattern: RegExp | undefined;

  constructor(secrets: Iterable<string> = []) {
    for (const secret of secrets) this.add(secret);
  }

  /** Registers a secret; multi-line secrets (keys, certificates) are also masked line by line, as GitHub does. */
  add(secret: string | undefined | null): void {
    if (!secret) return;
    const candidates = [secret, ...secret.split(/\r?\n/).map((line) => line.trim())];
    let changed = false;
    for (const candidate of candidates) {
      if (candidate.length < minimumSecretLength || this.secrets.has(candidate)) continue;
      this.secrets.add(candidate);
      changed = true;
    }
    if (changed) this.pattern = undefined;
  }

  get size(): number {
    return this.secrets.size;
  }

  mask(text: string): string {
    if (this.secrets.size === 0 || text === '') return text;
    this.pattern ??= new RegExp(
      // Longest first, so a secret that contains another is replaced whole.
      [...this.secrets]
        .sort((a, b) => b.length - a.length)
        .map((secret) => secret.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
        .join('|'),
      'g',
    );
    return text.replace(this.pattern, maskReplacement);
  }
}

/**
 * Every string in a plain data value (a report, its options) masked. Reporters mask their data before escaping it
 * for their medium: escaping changes characters (`a_b` → `a\_b`), so a masker running over the finished text
 * could miss a secret.
 */
export function maskDeep<T>(value: T, mask: (text: string) => string): T {
  if (typeof value === 'string') return mask(value) as T;
  if (Array.isArray(value)) return value.map((item: unknown) => maskDeep(item, mask)) as T;
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, maskDeep(item, mask)])) as T;
  }
  return value;
}
