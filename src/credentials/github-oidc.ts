import { CredentialsError } from '../errors.js';

/** The job has no ID token to give: the runner sets its request variables only with `permissions: id-token: write`. */
export class IdTokenUnavailableError extends CredentialsError {
  constructor(readonly missingVariable: string) {
    super(
      'github-oidc',
      'request ID token',
      `${missingVariable} is not set: the job needs \`permissions: id-token: write\` (and pull requests from forks never get one)`,
    );
  }
}

export interface GitHubOidcOptions {
  env: Record<string, string | undefined>;
  fetch?: typeof fetch;
}

/**
 * The runner protocol behind core.getIDToken: GET $ACTIONS_ID_TOKEN_REQUEST_URL&audience=<aud> with
 * `Authorization: Bearer $ACTIONS_ID_TOKEN_REQUEST_TOKEN` → `{"value": "<jwt>"}`. Both variables exist only when
 * the job has `permissions: id-token: write`.
 */
export function githubIdTokenGetter(options: GitHubOidcOptions): (audience: string) => Promise<string> {
  return async (audience: string) => {
    const requestUrl = options.env['ACTIONS_ID_TOKEN_REQUEST_URL'];
    const requestToken = options.env['ACTIONS_ID_TOKEN_REQUEST_TOKEN'];
    if (!requestUrl || !requestToken) {
      throw new IdTokenUnavailableError(
        !requestUrl ? 'ACTIONS_ID_TOKEN_REQUEST_URL' : 'ACTIONS_ID_TOKEN_REQUEST_TOKEN',
      );
    }
    const url = new URL(requestUrl);
    url.searchParams.set('audience', audience);
    let response: Response;
    try {
      response = await (options.fetch ?? globalThis.fetch)(url, {
        headers: { Authorization: `Bearer ${requestToken}`, Accept: 'application/json; api-version=2.0' },
      });
    } catch (error) {
      throw new CredentialsError('github-oidc', 'request ID token', `request failed: ${String(error)}`, {
        cause: error,
        retryable: true,
      });
    }
    const text = await response.text();
    if (!response.ok) {
      throw new CredentialsError(
        'github-oidc',
        'request ID token',
        `HTTP ${response.status} from the token service: ${text.slice(0, 200)}`,
        {
          retryable: response.status >= 500 || response.status === 429,
        },
      );
    }
    let value: unknown;
    try {
      value = (JSON.parse(text) as { value?: unknown }).value;
    } catch {
      value = undefined;
    }
    if (typeof value !== 'string' || value === '') {
      throw new CredentialsError('github-oidc', 'request ID token', 'the token service answered without a "value"');
    }
    return value;
  };
}
