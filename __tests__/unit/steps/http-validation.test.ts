import { describe, expect, it } from 'vitest';
import { problemsOf, targetsOf } from '../spec/helpers.js';

/** A spec with one kind: http component whose http block is `block` (YAML, indented under http:). */
const spec = (block: string, extra = '') => `app: shop
${extra}components:
  - name: api
    image: nginx:1.27
    port: 8080
  - name: smoke
    kind: http
    depends: [api]
    http:
${block}`;

describe('kind: http validation', () => {
  it('accepts a full step and infers the kind from the http block', () => {
    const text = `app: shop
components:
  - name: smoke
    http:
      method: POST
      url: https://hooks.example.com/deploy
      headers: { X-Team: shop }
      body: { event: deployed }
      expect: { status: [200, "2xx", "300-302"], bodyContains: ok }
      retries: 3
      backoff: { initialSeconds: 0.5, maxSeconds: 4 }
      timeoutSeconds: 5
      totalTimeoutSeconds: 60
      when: always
`;
    const [target] = targetsOf(text);
    expect(target?.spec.components[0]?.http?.url).toBe('https://hooks.example.com/deploy');
  });

  it('expands variables in the url like anywhere else in the spec', () => {
    const text = spec('      url: https://${host}/health\n', 'variables: { host: api.example.com }\n');
    expect(targetsOf(text)[0]?.spec.components[1]?.http?.url).toBe('https://api.example.com/health');
  });

  it.each([
    ['      url: ftp://example.com/x\n', 10, 'url scheme ftp is not http or https'],
    ['      url: /relative\n', 10, 'is not an absolute URL'],
    ['      url: https://user:pw@example.com/\n', 10, 'user:password@'],
    ['      url: https://example.com/\n      retries: 100000\n', 11, 'must be <= 20'],
    ['      url: https://example.com/\n      timeoutSeconds: -1\n', 11, 'must be > 0'],
    ['      url: https://example.com/\n      totalTimeoutSeconds: 999999\n', 11, 'must be <= 3600'],
    [
      '      url: https://example.com/\n      timeoutSeconds: 60\n      totalTimeoutSeconds: 30\n',
      11,
      'timeoutSeconds must not exceed',
    ],
    ['      url: https://example.com/\n      body: hello\n', 11, 'a GET request takes no body'],
    ['      url: https://example.com/\n      expect: { status: "7xx" }\n', 11, 'is not a code'],
    ['      url: https://example.com/\n      expect: { status: [200, 999] }\n', 11, 'outside 100-599'],
    [
      '      url: https://example.com/\n      headers:\n        "X-A": "a\\r\\nX-Injected: 1"\n',
      12,
      'header injection',
    ],
    ['      url: https://example.com/\n      headers:\n        "Bad Name": x\n', 12, 'not a valid HTTP token'],
    ['      url: https://example.com/\n      headers:\n        Content-Length: "5"\n', 12, 'set by the HTTP client'],
    [
      '      url: https://example.com/\n      headers:\n        Auth: { secret: nope, key: token }\n',
      12,
      "unknown secret 'nope'",
    ],
    [
      '      url: https://example.com/\n      headers:\n        Auth: { valueEnv: GITHUB_TOKEN }\n',
      12,
      'belongs to the runner',
    ],
    [
      '      url: https://example.com/\n      backoff: { initialSeconds: 10, maxSeconds: 2 }\n',
      11,
      'is above maxSeconds',
    ],
  ])('%j is a positioned error', (block, line, message) => {
    const problems = problemsOf(spec(block));
    expect(problems).toEqual(
      expect.arrayContaining([expect.objectContaining({ line, message: expect.stringContaining(message) })]),
    );
  });

  it('a kind: http component takes no pod fields, and http belongs to kind: http only', () => {
    const problems = problemsOf(`app: shop
components:
  - name: smoke
    kind: http
    image: nginx:1.27
    http: { url: "https://example.com/" }
  - name: api
    kind: worker
    image: nginx:1.27
    http: { url: "https://example.com/" }
`);
    expect(problems.map((problem) => [problem.line, problem.message])).toEqual(
      expect.arrayContaining([
        [5, expect.stringContaining('takes no image')],
        [10, expect.stringContaining('http is only for kind: http')],
      ]),
    );
  });

  it('a secret header must name a fromEnv key of an opaque spec secret', () => {
    const secrets = 'secrets:\n  - name: hook\n    fromEnv: { token: HOOK_TOKEN }\n';
    expect(
      problemsOf(
        spec('      url: https://example.com/\n      headers:\n        Auth: { secret: hook, key: other }\n', secrets),
      ),
    ).toEqual([expect.objectContaining({ message: expect.stringContaining("no fromEnv key 'other'") })]);
    expect(
      targetsOf(
        spec('      url: https://example.com/\n      headers:\n        Auth: { secret: hook, key: token }\n', secrets),
      ),
    ).toHaveLength(1);
  });
});
