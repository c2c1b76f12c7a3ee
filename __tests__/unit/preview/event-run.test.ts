import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../../src/errors.js';
import {
  type EventRunInput,
  pullRequestBase,
  resolveEventRun,
  settingsForEventRun,
} from '../../../src/preview/event-run.js';
import { defaultSettings, type Settings } from '../../../src/settings/types.js';

function payload(name: string): unknown {
  return JSON.parse(readFileSync(new URL(`payloads/${name}.json`, import.meta.url), 'utf8'));
}

const options = { namespacePattern: '${app}-pr-${pr}', ttlHours: 168, allowForks: false };

function input(eventName: string, name: string, extra: Partial<EventRunInput> = {}): EventRunInput {
  return { eventName, payload: payload(name), command: 'auto', app: 'shop', options, ...extra };
}

const settings: Settings = { ...defaultSettings, command: 'deploy', specPath: 'k8deployer.yaml' };

describe('resolveEventRun: pull requests', () => {
  it('opened → preview-up with namespace, host, URL, image tag and environment', () => {
    const run = resolveEventRun(
      input('pull_request', 'pull_request.opened', {
        preview: { host: 'pr-${pr}.preview.example.com', clusters: ['preview-cluster'] },
      }),
    );
    expect(run).toEqual({
      kind: 'preview-up',
      command: 'preview-up',
      pr: 12,
      sha: '6dcb09b5b57875f334f61aebed695e2e4193db5e',
      namespace: 'shop-pr-12',
      environment: 'pr-12',
      imageTag: 'pr-12',
      host: 'pr-12.preview.example.com',
      url: 'https://pr-12.preview.example.com',
      clusters: ['preview-cluster'],
    });
    expect(settingsForEventRun(settings, run)).toEqual({
      ...settings,
      command: 'preview-up',
      imageTag: 'pr-12',
      namespaceOverride: 'shop-pr-12',
      clusters: ['preview-cluster'],
    });
  });

  it('the preview-host input wins over the spec, and the spec image tag template is used', () => {
    const run = resolveEventRun(
      input('pull_request', 'pull_request.opened', {
        options: { ...options, hostPattern: '${app}-${pr}.dev.example.org' },
        preview: { host: 'ignored-${pr}.example.com', imageTag: 'sha-${sha}' },
      }),
    );
    expect(run).toMatchObject({
      host: 'shop-12.dev.example.org',
      imageTag: 'sha-6dcb09b5b57875f334f61aebed695e2e4193db5e',
    });
  });

  it('closed (merged or not) → preview-down', () => {
    const run = resolveEventRun(input('pull_request', 'pull_request.closed'));
    expect(run).toEqual({
      kind: 'preview-down',
      command: 'preview-down',
      pr: 12,
      namespace: 'shop-pr-12',
      environment: 'pr-12',
    });
    expect(settingsForEventRun(settings, run)).toMatchObject({
      command: 'preview-down',
      namespaceOverride: 'shop-pr-12',
    });
  });

  it('other actions are skipped with a reason', () => {
    expect(resolveEventRun(input('pull_request', 'pull_request.labeled'))).toEqual({
      kind: 'skip',
      reason: 'pull_request action "labeled" does not change the preview',
    });
  });

  it('refuses a fork PR unless allow-forks is set', () => {
    const refused = resolveEventRun(input('pull_request_target', 'pull_request.synchronize.fork'));
    expect(refused.kind).toBe('refused');
    expect(refused.kind === 'refused' && refused.reason).toMatch(
      /^pull request #34 comes from mallory\/shop, a fork of acme\/shop: .* Set allow-forks: true only if/,
    );
    expect(settingsForEventRun(settings, refused)).toBe(settings);
    const allowed = resolveEventRun(
      input('pull_request', 'pull_request.synchronize.fork', { options: { ...options, allowForks: true } }),
    );
    expect(allowed).toMatchObject({ kind: 'preview-up', pr: 34, namespace: 'shop-pr-34' });
  });

  it('a closed fork PR: skipped without allow-forks (it was never previewed), torn down with it', () => {
    const closedFork = payload('pull_request.synchronize.fork') as { action: string };
    closedFork.action = 'closed';
    expect(resolveEventRun({ ...input('pull_request', 'pull_request.opened'), payload: closedFork })).toEqual({
      kind: 'skip',
      reason: 'pull request #34 comes from a fork and was never previewed',
    });
    expect(
      resolveEventRun({
        ...input('pull_request', 'pull_request.opened', { options: { ...options, allowForks: true } }),
        payload: closedFork,
      }).kind,
    ).toBe('preview-down');
  });

  it('explicit preview commands need a pull request event', () => {
    expect(resolveEventRun(input('push', 'push.branch', { command: 'preview-up' }))).toEqual({
      kind: 'refused',
      reason: 'command preview-up needs a pull_request event (this run was triggered by push)',
    });
    expect(resolveEventRun(input('pull_request', 'pull_request.labeled', { command: 'preview-down' })).kind).toBe(
      'preview-down',
    );
  });

  it('an explicit plan on a pull request is just a plan', () => {
    expect(resolveEventRun(input('pull_request', 'pull_request.opened', { command: 'plan' }))).toEqual({
      kind: 'command',
      command: 'plan',
    });
  });

  it('an explicit image tag and cluster list win over what the event suggests', () => {
    const run = resolveEventRun(input('pull_request', 'pull_request.opened'));
    const explicit = { ...settings, imageTag: 'given', clusters: ['c'] };
    expect(settingsForEventRun(explicit, run)).toEqual({
      ...explicit,
      command: 'preview-up',
      namespaceOverride: 'shop-pr-12',
    });
  });
});

describe('resolveEventRun: pushes', () => {
  const releases = [
    { tag: 'v*-rc*', environment: 'staging', imageTag: '${version}' },
    { tag: 'v*', environment: 'production', imageTag: '${version}', clusters: ['eu-1', 'us-1'] },
  ];

  it('a tag push deploys with the first matching release rule', () => {
    const run = resolveEventRun(input('push', 'push.tag', { releases }));
    expect(run).toEqual({
      kind: 'release',
      command: 'deploy',
      tag: 'v1.2.3',
      version: '1.2.3',
      imageTag: '1.2.3',
      environment: 'production',
      clusters: ['eu-1', 'us-1'],
    });
    expect(settingsForEventRun(settings, run)).toEqual({
      ...settings,
      command: 'deploy',
      imageTag: '1.2.3',
      clusters: ['eu-1', 'us-1'],
    });
  });

  it('a tag no rule matches is skipped under auto', () => {
    const push = { ...(payload('push.tag') as object), ref: 'refs/tags/nightly-2026' };
    expect(resolveEventRun({ ...input('push', 'push.tag', { releases }), payload: push })).toEqual({
      kind: 'skip',
      reason: 'tag nightly-2026 matches no release rule (v*-rc*, v*)',
    });
  });

  it('without rules a tag deploys with the tag as image tag', () => {
    expect(resolveEventRun(input('push', 'push.tag'))).toEqual({
      kind: 'release',
      command: 'deploy',
      tag: 'v1.2.3',
      version: '1.2.3',
      imageTag: 'v1.2.3',
    });
  });

  it('a deleted tag is skipped', () => {
    const push = { ...(payload('push.tag') as object), deleted: true };
    expect(resolveEventRun({ ...input('push', 'push.tag'), payload: push }).kind).toBe('skip');
  });

  it('a branch push or workflow_dispatch deploys with the inputs as given', () => {
    expect(resolveEventRun(input('push', 'push.branch', { releases }))).toEqual({ kind: 'command', command: 'deploy' });
    expect(resolveEventRun({ ...input('workflow_dispatch', 'push.branch'), payload: {} })).toEqual({
      kind: 'command',
      command: 'deploy',
    });
  });
});

describe('resolveEventRun: schedules', () => {
  it('a scheduled run in auto mode sweeps expired previews', () => {
    expect(
      resolveEventRun({ ...input('push', 'push.branch'), eventName: 'schedule', payload: { schedule: '0 3 * * *' } }),
    ).toEqual({
      kind: 'command',
      command: 'preview-sweep',
    });
  });

  it('an explicit command wins over the schedule', () => {
    expect(
      resolveEventRun({ ...input('push', 'push.branch'), eventName: 'schedule', payload: {}, command: 'deploy' }),
    ).toEqual({ kind: 'command', command: 'deploy' });
  });
});

describe('resolveEventRun: preview defaults', () => {
  it("without preview.clusters the preview goes to the default preview cluster (the spec's first)", () => {
    const up = resolveEventRun(input('pull_request', 'pull_request.opened', { defaultPreviewClusters: ['staging'] }));
    expect(up).toMatchObject({ kind: 'preview-up', clusters: ['staging'] });
    const down = resolveEventRun(
      input('pull_request', 'pull_request.closed', {
        defaultPreviewClusters: ['staging'],
        preview: { clusters: ['previews'] },
      }),
    );
    expect(down).toMatchObject({ kind: 'preview-down', clusters: ['previews'] });
  });

  it('the teardown knows the preview host too, so reports link the preview and not production', () => {
    const down = resolveEventRun(
      input('pull_request', 'pull_request.closed', { preview: { host: 'pr-${pr}.preview.example.com' } }),
    );
    expect(down).toMatchObject({ kind: 'preview-down', host: 'pr-12.preview.example.com' });
  });
});

describe('hostile events: a pull request cannot steer where a run writes', () => {
  it('a namespace input on a preview run is an error naming the input, for preview-up and preview-down', () => {
    for (const fixture of ['pull_request.opened', 'pull_request.closed']) {
      const run = resolveEventRun(input('pull_request', fixture));
      expect(() => settingsForEventRun({ ...settings, namespaceOverride: 'shop-prod' }, run)).toThrow(InputError);
      expect(() => settingsForEventRun({ ...settings, namespaceOverride: 'shop-prod' }, run)).toThrow(
        /^input "namespace": a preview-(up|down) run only writes its own namespace shop-pr-12, but the input names shop-prod/,
      );
    }
  });

  it('a namespace input equal to the preview namespace is harmless', () => {
    const run = resolveEventRun(input('pull_request', 'pull_request.opened'));
    expect(settingsForEventRun({ ...settings, namespaceOverride: 'shop-pr-12' }, run)).toMatchObject({
      namespaceOverride: 'shop-pr-12',
    });
  });

  it('a PR number in the payload cannot name another namespace: the pattern is sanitized', () => {
    const hostile = payload('pull_request.opened') as { pull_request: { number: unknown } };
    hostile.pull_request.number = '12/../../shop-prod';
    expect(resolveEventRun({ ...input('pull_request', 'pull_request.opened'), payload: hostile }).kind).toBe('skip');
  });

  it.each(['plan', 'deploy', 'delete', 'preview-up', 'preview-down', 'preview-sweep'] as const)(
    'a fork PR with command: %s is refused',
    (command) => {
      const run = resolveEventRun(input('pull_request_target', 'pull_request.synchronize.fork', { command }));
      expect(run.kind).toBe('refused');
      if (command !== 'preview-sweep')
        expect(run.kind === 'refused' && run.reason).toContain(`refuses to ${command} it`);
    },
  );

  it('a fork PR may still render (no credentials), and allow-forks lets a plan through', () => {
    expect(resolveEventRun(input('pull_request', 'pull_request.synchronize.fork', { command: 'render' }))).toEqual({
      kind: 'command',
      command: 'render',
    });
    expect(
      resolveEventRun(
        input('pull_request', 'pull_request.synchronize.fork', {
          command: 'plan',
          options: { ...options, allowForks: true },
        }),
      ),
    ).toEqual({
      kind: 'command',
      command: 'plan',
    });
  });

  it('a review on a fork PR carries the pull request too: command: deploy is refused there as well', () => {
    const review = {
      action: 'submitted',
      review: { state: 'approved' },
      ...(payload('pull_request.synchronize.fork') as object),
    };
    expect(
      resolveEventRun({
        ...input('pull_request_review', 'pull_request.synchronize.fork', { command: 'deploy' }),
        payload: review,
      }).kind,
    ).toBe('refused');
  });

  it('a PR whose head repository was deleted counts as a fork', () => {
    const gone = payload('pull_request.opened') as { pull_request: { head: { repo: unknown } } };
    gone.pull_request.head.repo = null;
    expect(resolveEventRun({ ...input('pull_request', 'pull_request.opened'), payload: gone }).kind).toBe('refused');
  });

  it('a payload without a base repository is treated as a fork (fail closed), not a crash', () => {
    const odd = payload('pull_request.opened') as { pull_request: { base: { repo?: unknown } } };
    delete odd.pull_request.base.repo;
    expect(resolveEventRun({ ...input('pull_request', 'pull_request.opened'), payload: odd }).kind).toBe('refused');
  });

  it("preview-sweep never runs on a pull request event (it would use the PR spec's clusters)", () => {
    expect(resolveEventRun(input('pull_request', 'pull_request.opened', { command: 'preview-sweep' })).kind).toBe(
      'refused',
    );
  });
});

describe('auto mode: which events decide a command', () => {
  const prPayload = () => payload('pull_request.opened');
  it.each([
    ['issue_comment', { action: 'created', comment: { body: '/deploy' }, issue: { number: 12, pull_request: {} } }],
    ['pull_request_review', { action: 'submitted', review: {}, ...(prPayload() as object) }],
    ['pull_request_review_comment', { action: 'created', comment: {}, ...(prPayload() as object) }],
    ['workflow_run', { action: 'completed', workflow_run: { head_branch: 'main' } }],
    [
      'merge_group',
      { action: 'checks_requested', merge_group: { head_ref: 'refs/heads/gh-readonly-queue/main/pr-12' } },
    ],
    ['repository_dispatch', { action: 'deploy' }],
    ['', {}],
  ])('%s is skipped with a reason pointing at `command:`', (eventName, body) => {
    const run = resolveEventRun({ ...input('push', 'push.branch'), eventName, payload: body });
    expect(run.kind).toBe('skip');
    expect(run.kind === 'skip' && run.reason).toContain('set `command:` explicitly');
  });

  it('an explicit command on such an event runs as asked (the workflow author chose it)', () => {
    expect(
      resolveEventRun({
        ...input('push', 'push.branch'),
        eventName: 'issue_comment',
        payload: { issue: { number: 1 } },
        command: 'deploy',
      }),
    ).toEqual({
      kind: 'command',
      command: 'deploy',
    });
  });

  it('a deleted branch is skipped, not deployed', () => {
    const push = { ...(payload('push.branch') as object), deleted: true };
    expect(resolveEventRun({ ...input('push', 'push.branch'), payload: push })).toEqual({
      kind: 'skip',
      reason: 'branch main was deleted',
    });
  });

  it('a pull_request event whose payload has no pull request is skipped', () => {
    expect(
      resolveEventRun({ ...input('pull_request', 'pull_request.opened'), payload: { action: 'opened' } }).kind,
    ).toBe('skip');
  });
});

describe('pullRequestBase', () => {
  it('names the base commit of events about a pull request, nothing for others', () => {
    expect(pullRequestBase(payload('pull_request.opened'))).toMatchObject({ pr: 12 });
    expect(pullRequestBase(payload('push.branch'))).toBeUndefined();
  });
});
