// Pure: the WWW-Authenticate challenge of a registry (RFC 9110 §11.6.1 syntax; the Docker registry token
// authentication spec puts realm, service and scope in a Bearer challenge).

export interface AuthChallenge {
  /** Lowercased: `bearer`, `basic`, … */
  scheme: string;
  /** Auth parameters, names lowercased, quoted values unescaped. */
  params: Record<string, string>;
}

const maxHeaderLength = 8192;
const token = /[!#$%&'*+.^_`|~0-9A-Za-z-]+/y;
/** Unquoted values: RFC tokens, and, leniently, anything up to a comma or space (some servers send bare URLs). */
const bareValue = /[^\s,"]+/y;

/** Every challenge of one WWW-Authenticate header value; malformed tails are dropped, never thrown on. */
export function parseChallenges(header: string): AuthChallenge[] {
  const text = header.slice(0, maxHeaderLength);
  const challenges: AuthChallenge[] = [];
  let index = 0;
  const skipSpace = () => {
    while (index < text.length && (text[index] === ' ' || text[index] === '\t')) index++;
  };
  const readToken = (pattern = token): string | undefined => {
    pattern.lastIndex = index;
    const match = pattern.exec(text);
    if (!match) return undefined;
    index += match[0].length;
    return match[0];
  };
  const readQuoted = (): string | undefined => {
    if (text[index] !== '"') return undefined;
    index++;
    let value = '';
    while (index < text.length && text[index] !== '"') {
      if (text[index] === '\\' && index + 1 < text.length) index++;
      value += text[index];
      index++;
    }
    if (text[index] !== '"') return undefined;
    index++;
    return value;
  };
  while (index < text.length) {
    skipSpace();
    while (text[index] === ',') {
      index++;
      skipSpace();
    }
    const scheme = readToken();
    if (!scheme) break;
    const challenge: AuthChallenge = { scheme: scheme.toLowerCase(), params: {} };
    challenges.push(challenge);
    // Parameters until the next `token SP` that starts a new challenge.
    for (;;) {
      skipSpace();
      const start = index;
      const name = readToken();
      if (!name) break;
      skipSpace();
      if (text[index] !== '=') {
        // A new challenge's scheme (or a token68, which registries do not use).
        index = start;
        break;
      }
      index++;
      skipSpace();
      const value = text[index] === '"' ? readQuoted() : readToken(bareValue);
      if (value === undefined) return challenges;
      challenge.params[name.toLowerCase()] = value;
      skipSpace();
      if (text[index] === ',') index++;
    }
  }
  return challenges;
}
