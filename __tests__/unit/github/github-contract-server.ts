import { type IncomingMessage, type ServerResponse, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { checkRequest } from './openapi-contract.js';

/**
 * A local stand-in for the GitHub REST endpoints k8deployer uses, following GitHub's documented contract: paths and
 * methods, `Authorization: token …`, `Accept: application/vnd.github+json`, page/per_page pagination with RFC 8288
 * Link headers, 201/200/204 on success and 401/404/409/422 with `{message, documentation_url}` on errors.
 * https://docs.github.com/en/rest/issues/comments and https://docs.github.com/en/rest/deployments
 */

export interface RecordedRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  headers: IncomingMessage['headers'];
  body: unknown;
}

interface Comment {
  id: number;
  issue: number;
  body: string;
  /** Who wrote it; default the Actions bot (what GITHUB_TOKEN writes as). */
  author?: CommentAuthor;
}

export interface CommentAuthor {
  login: string;
  id: number;
  type: 'User' | 'Bot';
}

export const actionsBot: CommentAuthor = { login: 'github-actions[bot]', id: 41898282, type: 'Bot' };

interface Deployment {
  id: number;
  ref: string;
  environment: string;
  transient_environment: boolean;
  production_environment: boolean;
  statuses: { id: number; state: string; log_url?: string; environment_url?: string; description?: string }[];
  body: Record<string, unknown>;
}

/** A pull request as the pulls API serves it (https://docs.github.com/rest/pulls/pulls#get-a-pull-request). */
export interface PullRequest {
  number: number;
  state: 'open' | 'closed';
  merged?: boolean;
  draft?: boolean;
  headSha: string;
  headRef?: string;
  /** owner/name of the head repository; null: the fork was deleted. Default acme/shop. */
  headRepo?: string | null;
  author?: string;
  labels?: string[];
}

const deploymentStates = new Set(['error', 'failure', 'inactive', 'in_progress', 'queued', 'pending', 'success']);

export class GitHubContractServer {
  readonly requests: RecordedRequest[] = [];
  readonly comments: Comment[] = [];
  readonly deployments: Deployment[] = [];
  token = 'ghs_test_token';
  /**
   * Who the token is: an installation token (GITHUB_TOKEN: `GET /user` answers 403 and comments are written by
   * github-actions[bot]) or a user token (`GET /user` names the user, who writes the comments).
   */
  identity: { kind: 'installation' } | { kind: 'user'; user: CommentAuthor } = { kind: 'installation' };
  /** Repository files by commit SHA, then path: what the contents API serves. */
  readonly files = new Map<string, Map<string, string>>();
  /**
   * Requests that GitHub's OpenAPI description does not allow (unknown operation, undeclared or mistyped parameter,
   * body not matching the schema). They are answered as GitHub would (404 / 422) and fail the test at stop().
   */
  readonly violations: string[] = [];
  /** Set by tests that send invalid requests on purpose. */
  allowViolations = false;
  /** operationIds the token may not call: answered 403 "Resource not accessible by integration", as GitHub does. */
  readonly denied = new Set<string>();
  /** Pull requests by number (the pulls API). */
  readonly pulls = new Map<number, PullRequest>();
  /** Called after a pull request is read: lets a test close or push to it while a run deploys. */
  afterPullRead: ((pull: PullRequest, reads: number) => void) | undefined;
  private pullReads = new Map<number, number>();
  /** GitHub environments by name (https://docs.github.com/rest/deployments/environments). */
  readonly environments = new Set<string>();
  /** Called right after a comment is edited: lets a test play a concurrent writer at an exact point. */
  afterCommentEdit: ((comment: Comment) => void) | undefined;
  private nextId = 1000;
  private server = createServer((req, res) => void this.handle(req, res));
  url = '';

  async start(): Promise<this> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this;
  }

  async stop(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
    if (this.violations.length > 0 && !this.allowViolations)
      throw new Error(`requests outside GitHub's OpenAPI description:\n${this.violations.join('\n')}`);
  }

  addComment(issue: number, body: string, author?: CommentAuthor): Comment {
    const comment: Comment = { id: this.nextId++, issue, body, ...(author ? { author } : {}) };
    this.comments.push(comment);
    return comment;
  }

  addDeployment(environment: string, states: string[], extra: Partial<Deployment> = {}): Deployment {
    const deployment: Deployment = {
      id: this.nextId++,
      ref: 'main',
      environment,
      transient_environment: false,
      production_environment: false,
      statuses: [],
      body: {},
      ...extra,
    };
    for (const state of states) deployment.statuses.push({ id: this.nextId++, state });
    this.deployments.push(deployment);
    return deployment;
  }

  latestState(id: number): string | undefined {
    return this.deployments.find((d) => d.id === id)?.statuses.at(-1)?.state;
  }

  private send(res: ServerResponse, status: number, body?: unknown, headers: Record<string, string> = {}): void {
    res.writeHead(status, {
      ...(body === undefined ? {} : { 'content-type': 'application/json; charset=utf-8' }),
      'x-github-media-type': 'github.v3; format=json',
      ...headers,
    });
    res.end(body === undefined ? undefined : JSON.stringify(body));
  }

  private documentationUrl = 'https://docs.github.com/rest';

  private error(res: ServerResponse, status: number, message: string, errors?: unknown[]): void {
    this.send(res, status, {
      message,
      ...(errors ? { errors } : {}),
      documentation_url: this.documentationUrl,
      status: String(status),
    });
  }

  /** Slices newest-first or oldest-first lists into pages and writes the Link header GitHub would send. */
  private page<T>(req: RecordedRequest, res: ServerResponse, items: T[]): void {
    const perPage = Math.min(Number(req.query.get('per_page') ?? 30), 100);
    const page = Number(req.query.get('page') ?? 1);
    const last = Math.max(1, Math.ceil(items.length / perPage));
    const link = (n: number, rel: string): string => {
      const query = new URLSearchParams(req.query);
      query.set('page', String(n));
      query.set('per_page', String(perPage));
      return `<${this.url}${req.path}?${query.toString()}>; rel="${rel}"`;
    };
    const links: string[] = [];
    if (page > 1) links.push(link(page - 1, 'prev'), link(1, 'first'));
    if (page < last) links.push(link(page + 1, 'next'), link(last, 'last'));
    this.send(
      res,
      200,
      items.slice((page - 1) * perPage, page * perPage),
      links.length ? { link: links.join(', ') } : {},
    );
  }

  private commentJson(comment: Comment) {
    return {
      id: comment.id,
      node_id: `IC_${comment.id}`,
      url: `${this.url}/repos/acme/shop/issues/comments/${comment.id}`,
      html_url: `https://github.com/acme/shop/pull/${comment.issue}#issuecomment-${comment.id}`,
      body: comment.body,
      user: comment.author ?? actionsBot,
      ...(comment.author && comment.author !== actionsBot
        ? {}
        : { performed_via_github_app: { id: 15368, slug: 'github-actions', name: 'GitHub Actions' } }),
      created_at: '2026-01-01T00:00:00Z',
      updated_at: '2026-01-01T00:00:00Z',
    };
  }

  private deploymentJson(d: Deployment) {
    return {
      id: d.id,
      url: `${this.url}/repos/acme/shop/deployments/${d.id}`,
      sha: 'a'.repeat(40),
      ref: d.ref,
      task: 'deploy',
      environment: d.environment,
      transient_environment: d.transient_environment,
      production_environment: d.production_environment,
      payload: d.body['payload'] ?? {},
      description: d.body['description'] ?? null,
      created_at: '2026-01-01T00:00:00Z',
    };
  }

  private pullJson(pull: PullRequest) {
    const repoJson = (fullName: string) => {
      const [owner = '', name = ''] = fullName.split('/');
      return {
        id: fullName === 'acme/shop' ? 1296269 : 4000 + name.length,
        name,
        full_name: fullName,
        owner: { login: owner, id: 1, type: 'User' },
        fork: fullName !== 'acme/shop',
        html_url: `https://github.com/${fullName}`,
      };
    };
    const headRepo = pull.headRepo === undefined ? 'acme/shop' : pull.headRepo;
    return {
      url: `${this.url}/repos/acme/shop/pulls/${pull.number}`,
      id: 1_000_000 + pull.number,
      number: pull.number,
      state: pull.state,
      draft: pull.draft ?? false,
      merged: pull.merged ?? false,
      title: `Pull request ${pull.number}`,
      user: { login: pull.author ?? 'octocat', id: 583231, type: 'User' },
      labels: (pull.labels ?? []).map((name, i) => ({ id: 500 + i, name, color: 'ededed', default: false })),
      html_url: `https://github.com/acme/shop/pull/${pull.number}`,
      head: {
        label: `${headRepo?.split('/')[0] ?? 'unknown'}:${pull.headRef ?? 'feature'}`,
        ref: pull.headRef ?? 'feature',
        sha: pull.headSha,
        repo: headRepo === null ? null : repoJson(headRepo),
      },
      base: {
        label: 'acme:main',
        ref: 'main',
        sha: '9049f1265b7d61be4a8904a9a27120d2064dab3b',
        repo: repoJson('acme/shop'),
      },
    };
  }

  /**
   * https://docs.github.com/rest/repos/contents#get-repository-content: `ref` names a commit (default: the default
   * branch, which this server does not model). The raw media type answers with the file's bytes; otherwise a JSON
   * object with the base64 content. Directories answer with a JSON listing whatever the media type.
   */
  private contents(req: RecordedRequest, res: ServerResponse, filePath: string, accept: string): void {
    const ref = req.query.get('ref');
    const tree = ref === null ? undefined : this.files.get(ref);
    if (!tree) return this.error(res, 404, 'No commit found for the ref');
    const content = tree.get(filePath);
    if (content === undefined) {
      const prefix = `${filePath.replace(/\/$/, '')}/`;
      const entries = [...tree.keys()].filter((name) => name.startsWith(prefix));
      if (entries.length === 0) return this.error(res, 404, 'Not Found');
      this.send(
        res,
        200,
        entries.map((name) => ({ type: 'file', name: name.slice(prefix.length), path: name })),
      );
      return;
    }
    if (/vnd\.github(\.v3)?\.raw/.test(accept)) {
      res.writeHead(200, {
        'content-type': 'text/plain; charset=utf-8',
        'x-github-media-type': 'github.v3; param=raw',
      });
      res.end(content);
      return;
    }
    const encoded = Buffer.from(content, 'utf8').toString('base64');
    this.send(res, 200, {
      type: 'file',
      encoding: 'base64',
      size: Buffer.byteLength(content),
      name: filePath.split('/').at(-1),
      path: filePath,
      content: encoded,
    });
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const url = new URL(req.url ?? '/', 'http://localhost');
    const text = Buffer.concat(chunks).toString('utf8');
    let body: unknown;
    try {
      body = text ? JSON.parse(text) : undefined;
    } catch {
      this.error(res, 400, 'Problems parsing JSON');
      return;
    }
    const request: RecordedRequest = {
      method: req.method ?? 'GET',
      path: url.pathname,
      query: url.searchParams,
      headers: req.headers,
      body,
    };
    this.requests.push(request);

    if (req.headers.authorization !== `token ${this.token}` && req.headers.authorization !== `Bearer ${this.token}`) {
      this.error(res, 401, 'Bad credentials');
      return;
    }
    const accept = req.headers.accept ?? '';
    if (!/application\/(vnd\.github(\.v3)?(\.raw)?\+json|vnd\.github(\.v3)?\.raw|json)/.test(accept)) {
      this.error(res, 415, `Unsupported 'Accept' header: ${accept}`);
      return;
    }
    // GitHub's own checks, in its order: the operation exists, the repository is visible, the token may call it, the
    // request is valid.
    const checked = checkRequest(request.method, url.pathname, url.searchParams, body);
    this.documentationUrl = checked.operation?.externalDocs?.url ?? 'https://docs.github.com/rest';
    if (!checked.operation) {
      this.violations.push(...checked.problems);
      return this.error(res, 404, 'Not Found');
    }
    const repoMatch = /^\/repos\/([^/]+)\/([^/]+)/.exec(url.pathname);
    if (repoMatch && `${repoMatch[1]}/${repoMatch[2]}` !== 'acme/shop') return this.error(res, 404, 'Not Found');
    if (this.denied.has(checked.operation.operationId))
      return this.error(res, 403, 'Resource not accessible by integration');
    if (checked.problems.length > 0) {
      this.violations.push(...checked.problems);
      return this.error(
        res,
        422,
        `Invalid request.\n\n${checked.problems.join('\n')}`,
        checked.problems.map((problem) => ({
          resource: checked.operation?.operationId,
          code: 'invalid',
          message: problem,
        })),
      );
    }
    const input = (body ?? {}) as Record<string, unknown>;
    const route = `${request.method} ${url.pathname}`;
    let match: RegExpExecArray | null;

    if (route === 'GET /user') {
      // https://docs.github.com/rest/users/users#get-the-authenticated-user: installation tokens may not call it.
      if (this.identity.kind === 'installation') return this.error(res, 403, 'Resource not accessible by integration');
      this.send(res, 200, { ...this.identity.user, html_url: `https://github.com/${this.identity.user.login}` });
    } else if ((match = /^GET \/repos\/acme\/shop\/pulls\/(\d+)$/.exec(route))) {
      const number = Number(match[1]);
      const pull = this.pulls.get(number);
      if (!pull) return this.error(res, 404, 'Not Found');
      const reads = (this.pullReads.get(number) ?? 0) + 1;
      this.pullReads.set(number, reads);
      this.send(res, 200, this.pullJson(pull));
      this.afterPullRead?.(pull, reads);
    } else if (route === 'GET /repos/acme/shop/pulls') {
      // https://docs.github.com/rest/pulls/pulls#list-pull-requests: state (default open), head=owner:branch.
      const state = request.query.get('state') ?? 'open';
      const head = request.query.get('head');
      const list = [...this.pulls.values()]
        .filter((pull) => state === 'all' || pull.state === state)
        .filter((pull) => {
          if (head === null) return true;
          const owner = (pull.headRepo === undefined ? 'acme/shop' : (pull.headRepo ?? '')).split('/')[0];
          return `${owner}:${pull.headRef ?? 'feature'}` === head;
        })
        .sort((a, b) => b.number - a.number);
      this.page(
        request,
        res,
        list.map((pull) => this.pullJson(pull)),
      );
    } else if ((match = /^DELETE \/repos\/acme\/shop\/environments\/([^/]+)$/.exec(route))) {
      // https://docs.github.com/rest/deployments/environments#delete-an-environment (administration: write).
      const name = decodeURIComponent(match[1]!);
      if (!this.environments.delete(name)) return this.error(res, 404, 'Not Found');
      this.send(res, 204);
    } else if ((match = /^GET \/repos\/acme\/shop\/contents\/(.+)$/.exec(route))) {
      this.contents(request, res, decodeURIComponent(match[1]!), accept);
    } else if ((match = /^GET \/repos\/acme\/shop\/issues\/(\d+)\/comments$/.exec(route))) {
      this.page(
        request,
        res,
        this.comments.filter((c) => c.issue === Number(match![1])).map((c) => this.commentJson(c)),
      );
    } else if ((match = /^POST \/repos\/acme\/shop\/issues\/(\d+)\/comments$/.exec(route))) {
      if (typeof input['body'] !== 'string' || input['body'] === '') return this.error(res, 422, 'Validation Failed');
      if (input['body'].length > 65_536) return this.error(res, 422, 'Body is too long (maximum is 65536 characters)');
      const author = this.identity.kind === 'user' ? this.identity.user : undefined;
      this.send(res, 201, this.commentJson(this.addComment(Number(match[1]), input['body'], author)));
    } else if ((match = /^(GET|DELETE) \/repos\/acme\/shop\/issues\/comments\/(\d+)$/.exec(route))) {
      // https://docs.github.com/rest/issues/comments#get-an-issue-comment and #delete-an-issue-comment
      const index = this.comments.findIndex((c) => c.id === Number(match![2]));
      if (index < 0) return this.error(res, 404, 'Not Found');
      if (match[1] === 'GET') return this.send(res, 200, this.commentJson(this.comments[index]!));
      this.comments.splice(index, 1);
      this.send(res, 204);
    } else if ((match = /^PATCH \/repos\/acme\/shop\/issues\/comments\/(\d+)$/.exec(route))) {
      const comment = this.comments.find((c) => c.id === Number(match![1]));
      if (!comment) return this.error(res, 404, 'Not Found');
      if (typeof input['body'] !== 'string' || input['body'] === '') return this.error(res, 422, 'Validation Failed');
      comment.body = input['body'];
      const json = this.commentJson(comment);
      this.afterCommentEdit?.(comment);
      this.send(res, 200, json);
    } else if (route === 'POST /repos/acme/shop/deployments') {
      if (typeof input['ref'] !== 'string') return this.error(res, 422, 'Invalid request.\n\n"ref" wasn\'t supplied.');
      // The repository has a failing status check: only an explicit empty required_contexts gets past it.
      if (!Array.isArray(input['required_contexts']) || input['required_contexts'].length > 0) {
        return this.error(res, 409, 'Conflict: Commit status checks failed for main.');
      }
      if (input['auto_merge'] !== false) return this.send(res, 202, { message: 'Auto-merged main into topic branch.' });
      const environment = typeof input['environment'] === 'string' ? input['environment'] : 'production';
      // GitHub creates the environment the first time a deployment names it.
      this.environments.add(environment);
      const deployment = this.addDeployment(environment, [], {
        ref: input['ref'],
        transient_environment: input['transient_environment'] === true,
        production_environment:
          input['production_environment'] === true ||
          (input['production_environment'] === undefined && environment === 'production'),
        body: input,
      });
      this.send(res, 201, this.deploymentJson(deployment));
    } else if (route === 'GET /repos/acme/shop/deployments') {
      const environment = request.query.get('environment');
      const list = this.deployments.filter((d) => environment === null || d.environment === environment).reverse();
      this.page(
        request,
        res,
        list.map((d) => this.deploymentJson(d)),
      );
    } else if ((match = /^(GET|POST) \/repos\/acme\/shop\/deployments\/(\d+)\/statuses$/.exec(route))) {
      const deployment = this.deployments.find((d) => d.id === Number(match![2]));
      if (!deployment) return this.error(res, 404, 'Not Found');
      if (match[1] === 'GET') {
        this.page(
          request,
          res,
          [...deployment.statuses]
            .reverse()
            .map((s) => ({ ...s, deployment_url: `${this.url}/repos/acme/shop/deployments/${deployment.id}` })),
        );
        return;
      }
      const state = input['state'];
      if (typeof state !== 'string' || !deploymentStates.has(state))
        return this.error(res, 422, 'Validation Failed: state is not included in the list');
      const status = {
        id: this.nextId++,
        state,
        ...(input as { log_url?: string; environment_url?: string; description?: string }),
      };
      deployment.statuses.push(status);
      if (state === 'success' && input['auto_inactive'] !== false) {
        for (const other of this.deployments) {
          const eligible = !other.transient_environment && !other.production_environment;
          if (
            other !== deployment &&
            other.environment === deployment.environment &&
            eligible &&
            this.latestState(other.id) !== 'inactive'
          ) {
            other.statuses.push({ id: this.nextId++, state: 'inactive' });
          }
        }
      }
      this.send(res, 201, status);
    } else if ((match = /^DELETE \/repos\/acme\/shop\/deployments\/(\d+)$/.exec(route))) {
      const index = this.deployments.findIndex((d) => d.id === Number(match![1]));
      if (index < 0) return this.error(res, 404, 'Not Found');
      const deployment = this.deployments[index]!;
      const alone = this.deployments.filter((d) => d.environment === deployment.environment).length === 1;
      if (this.latestState(deployment.id) !== 'inactive' && !alone) {
        return this.error(
          res,
          422,
          'We cannot delete an active deployment unless it is the only deployment in a given environment.',
        );
      }
      this.deployments.splice(index, 1);
      this.send(res, 204);
    } else {
      this.error(res, 404, 'Not Found');
    }
  }
}
