import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { type EventRunInput, type PullRequestPayload, resolveEventRun } from '../../../src/preview/event-run.js';
import type { Preview } from '../../../src/spec/spec-types.generated.js';

const options = { namespacePattern: '${app}-pr-${pr}', ttlHours: 168, allowForks: false };

/** The opened payload (a GitHub webhook sample) with the action, labels and draft flag of the case. */
function event(action: string, change: { labels?: string[]; draft?: boolean; label?: string } = {}): unknown {
  const payload = JSON.parse(
    readFileSync(new URL('payloads/pull_request.opened.json', import.meta.url), 'utf8'),
  ) as PullRequestPayload;
  payload.action = action;
  payload.pull_request.labels = (change.labels ?? []).map((name) => ({ name }));
  if (change.draft !== undefined) payload.pull_request.draft = change.draft;
  if (change.label !== undefined) payload.label = { name: change.label };
  return payload;
}

function run(payload: unknown, preview?: Preview): ReturnType<typeof resolveEventRun> {
  const input: EventRunInput = {
    eventName: 'pull_request',
    payload,
    command: 'auto',
    app: 'shop',
    options,
    ...(preview ? { preview } : {}),
  };
  return resolveEventRun(input);
}

const optIn: Preview = { label: { require: 'deploy-preview' } };
const optOut: Preview = { label: { skip: 'no-preview' } };

describe('label opt-in (preview.label.require)', () => {
  it('a PR without the label gets no preview on open or push, and says why', () => {
    for (const action of ['opened', 'synchronize', 'reopened']) {
      expect(run(event(action), optIn)).toEqual({
        kind: 'skip',
        reason: 'no preview: pull request #12 does not have the label deploy-preview',
      });
    }
  });

  it('with the label it previews; adding the label previews', () => {
    expect(run(event('synchronize', { labels: ['deploy-preview'] }), optIn).kind).toBe('preview-up');
    expect(run(event('labeled', { labels: ['deploy-preview'], label: 'deploy-preview' }), optIn).kind).toBe(
      'preview-up',
    );
  });

  it('removing the label tears the preview down, with the reason', () => {
    expect(run(event('unlabeled', { labels: ['bug'], label: 'deploy-preview' }), optIn)).toMatchObject({
      kind: 'preview-down',
      namespace: 'shop-pr-12',
      reason: 'pull request #12 does not have the label deploy-preview',
    });
  });

  it("a label that is not the spec's changes nothing", () => {
    expect(run(event('labeled', { labels: ['deploy-preview', 'bug'], label: 'bug' }), optIn)).toEqual({
      kind: 'skip',
      reason: 'pull_request action "labeled" does not change the preview',
    });
  });
});

describe('label opt-out (preview.label.skip)', () => {
  it('the skip label keeps a PR out; adding it tears down, removing it previews', () => {
    expect(run(event('opened', { labels: ['no-preview'] }), optOut).kind).toBe('skip');
    expect(run(event('labeled', { labels: ['no-preview'], label: 'no-preview' }), optOut)).toMatchObject({
      kind: 'preview-down',
      reason: 'pull request #12 has the label no-preview',
    });
    expect(run(event('unlabeled', { labels: [], label: 'no-preview' }), optOut).kind).toBe('preview-up');
  });

  it('skip wins over require', () => {
    const both: Preview = { label: { require: 'deploy-preview', skip: 'no-preview' } };
    expect(run(event('opened', { labels: ['deploy-preview', 'no-preview'] }), both)).toMatchObject({
      kind: 'skip',
      reason: 'no preview: pull request #12 has the label no-preview',
    });
  });
});

describe('draft pull requests', () => {
  it('are skipped by default, previewed when ready, torn down when converted back', () => {
    expect(run(event('opened', { draft: true }))).toEqual({
      kind: 'skip',
      reason: 'no preview: pull request #12 is a draft (set preview.drafts: true to preview drafts)',
    });
    expect(run(event('ready_for_review', { draft: false })).kind).toBe('preview-up');
    expect(run(event('converted_to_draft', { draft: true }))).toMatchObject({ kind: 'preview-down' });
  });

  it('preview.drafts: true previews drafts and ignores draft conversions', () => {
    expect(run(event('opened', { draft: true }), { drafts: true }).kind).toBe('preview-up');
    expect(run(event('converted_to_draft', { draft: true }), { drafts: true }).kind).toBe('skip');
  });

  it("a fork's label change is skipped, not refused", () => {
    const payload = event('labeled', { labels: ['deploy-preview'], label: 'deploy-preview' }) as PullRequestPayload;
    payload.pull_request.head.repo = { full_name: 'mallory/shop' };
    expect(run(payload, optIn)).toEqual({ kind: 'skip', reason: 'pull request #12 comes from a fork' });
  });
});

describe('closing a fork pull request', () => {
  it('on pull_request_target tears down (a workflow_run preview may exist); on pull_request it is skipped', () => {
    const payload = event('closed') as PullRequestPayload;
    payload.pull_request.head.repo = { full_name: 'mallory/shop' };
    const input = { eventName: 'pull_request_target', payload, command: 'auto' as const, app: 'shop', options };
    expect(resolveEventRun(input)).toMatchObject({ kind: 'preview-down', namespace: 'shop-pr-12' });
    expect(resolveEventRun({ ...input, eventName: 'pull_request' }).kind).toBe('skip');
  });
});
