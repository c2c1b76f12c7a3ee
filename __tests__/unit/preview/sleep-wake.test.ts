import { describe, expect, it } from 'vitest';
import { resolveEventRun, workflowRunTarget, type EventRunInput } from '../../../src/preview/event-run.js';
import { durationHours, lastActivity, shouldSleep, sleepPatch, wakePatches } from '../../../src/preview/sleep.js';
import { withAsleepNotice, withoutAsleepNotice } from '../../../src/github/sleep-comment.js';
import type { KubeObject } from '../../../src/kube/object.js';

const options = { namespacePattern: '${app}-pr-${pr}', ttlHours: 168, allowForks: false };

describe('sleep decisions', () => {
  it('reads sleepAfter durations', () => {
    expect(durationHours('4h')).toBe(4);
    expect(durationHours('90m')).toBe(1.5);
    expect(durationHours('1d12h')).toBe(36);
    expect(durationHours('4 hours')).toBeUndefined();
  });

  it("dates activity by the deploy manager's last apply or the last wake, never by other writers", () => {
    const namespace = {
      metadata: {
        creationTimestamp: '2026-12-01T00:00:00Z',
        annotations: { 'k8deployer.io/woken-at': '2026-12-01T06:00:00Z' },
        managedFields: [
          { manager: 'k8deployer', operation: 'Apply', time: '2026-12-01T08:00:00Z' },
          { manager: 'k8deployer-sleep', operation: 'Update', time: '2026-12-01T20:00:00Z' },
        ],
      },
    };
    expect(lastActivity(namespace)?.toISOString()).toBe('2026-12-01T08:00:00.000Z');
    expect(shouldSleep(namespace, new Date('2026-12-01T11:59:00Z'), 4)).toBe(false);
    expect(shouldSleep(namespace, new Date('2026-12-01T12:00:00Z'), 4)).toBe(true);
    const asleep = { metadata: { ...namespace.metadata, annotations: { 'k8deployer.io/asleep-since': 'x' } } };
    expect(shouldSleep(asleep, new Date('2026-12-09T00:00:00Z'), 4)).toBe(false);
  });

  it('sleep remembers the replicas; wake restores them and drops the sleep manager from managedFields', () => {
    const live: KubeObject = {
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      metadata: { name: 'web', resourceVersion: '7' },
      spec: { replicas: 3 },
    };
    expect(sleepPatch(live)).toEqual([
      { op: 'test', path: '/metadata/resourceVersion', value: '7' },
      { op: 'add', path: '/metadata/annotations', value: { 'k8deployer.io/sleep-replicas': '3' } },
      { op: 'replace', path: '/spec/replicas', value: 0 },
    ]);
    expect(sleepPatch({ ...live, spec: { replicas: 0 } })).toBeUndefined();
    const sleeping: KubeObject = {
      ...live,
      metadata: { name: 'web', resourceVersion: '8', annotations: { 'k8deployer.io/sleep-replicas': '3' } },
      spec: { replicas: 0 },
    };
    const [restore, release] = wakePatches(sleeping)!;
    expect(restore).toEqual([
      { op: 'test', path: '/metadata/resourceVersion', value: '8' },
      { op: 'remove', path: '/metadata/annotations/k8deployer.io~1sleep-replicas' },
      { op: 'replace', path: '/spec/replicas', value: 3 },
    ]);
    const managedFields = [
      { manager: 'k8deployer', operation: 'Apply' },
      { manager: 'k8deployer-sleep', operation: 'Update' },
    ];
    expect(release({ ...sleeping, metadata: { ...sleeping.metadata, resourceVersion: '9', managedFields } })).toEqual([
      { op: 'test', path: '/metadata/resourceVersion', value: '9' },
      { op: 'replace', path: '/metadata/managedFields', value: [{ manager: 'k8deployer', operation: 'Apply' }] },
    ]);
    expect(wakePatches(live)).toBeUndefined();
  });

  it('the asleep notice goes under the marker, replaces itself, and comes off on wake (login escaped)', () => {
    const marker = '<!-- k8deployer:shop:pr-12 -->';
    const body = `${marker}\n### Preview ready`;
    const asleep = withAsleepNotice(body, marker, { since: new Date('2026-12-01T12:00:00Z'), idleHours: 4.04 });
    expect(asleep).toContain('**Asleep** since 2026-12-01T12:00:00Z: no deploy for 4 h');
    expect(asleep).toContain('comment `/k8deployer wake`');
    expect(asleep.startsWith(`${marker}\n`)).toBe(true);
    expect(withAsleepNotice(asleep, marker, { since: new Date(), idleHours: 5 }).match(/Asleep/g)).toHaveLength(1);
    expect(withoutAsleepNotice(asleep)).toBe(body);
    const woken = withoutAsleepNotice(asleep, '@evil[x](y)');
    expect(woken).toContain('Woken by a comment from @\u2060evil\\[x\\]\\(y\\)');
    expect(woken).not.toContain('Asleep');
  });
});

function comment(association: string, body = '/k8deployer wake', pullRequest = true): EventRunInput {
  return {
    eventName: 'issue_comment',
    command: 'auto',
    app: 'shop',
    options,
    payload: {
      action: 'created',
      issue: { number: 12, ...(pullRequest ? { pull_request: { url: 'x' } } : {}) },
      comment: { body, user: { login: 'alice' }, author_association: association },
    },
  };
}

describe('/k8deployer wake', () => {
  it('from an owner, member or collaborator: wake the preview of that pull request', () => {
    for (const association of ['OWNER', 'MEMBER', 'COLLABORATOR'])
      expect(resolveEventRun(comment(association))).toEqual({
        kind: 'preview-wake',
        pr: 12,
        namespace: 'shop-pr-12',
        environment: 'pr-12',
        commenter: 'alice',
      });
  });

  it('from anyone else: refused, saying who may', () => {
    for (const association of ['CONTRIBUTOR', 'FIRST_TIME_CONTRIBUTOR', 'NONE'])
      expect(resolveEventRun(comment(association))).toEqual({
        kind: 'refused',
        reason: `alice (${association.toLowerCase()}) may not wake previews: only the repository's owners, members and collaborators may`,
      });
  });

  it('other comments are skipped as before; on an issue it is skipped', () => {
    expect(resolveEventRun(comment('OWNER', 'please /k8deployer wake')).kind).toBe('skip');
    expect(resolveEventRun(comment('OWNER', '/k8deployer wake', false))).toMatchObject({ kind: 'skip' });
  });
});

describe('workflow_run (the fork pattern)', () => {
  const sha = 'a'.repeat(40);
  const payload = (extra: Record<string, unknown> = {}) => ({
    action: 'completed',
    workflow_run: {
      event: 'pull_request',
      conclusion: 'success',
      head_sha: sha,
      head_branch: 'fix',
      head_repository: { full_name: 'mallory/shop', owner: { login: 'mallory' } },
      repository: { full_name: 'acme/shop' },
      pull_requests: [],
      ...extra,
    },
  });

  it('names the head to look the pull request up by (GitHub leaves pull_requests empty for forks)', () => {
    expect(workflowRunTarget(payload())).toEqual({
      kind: 'pull-request',
      sha,
      head: { owner: 'mallory', branch: 'fix' },
      fork: true,
    });
    expect(workflowRunTarget(payload({ conclusion: 'failure' }))).toEqual({
      kind: 'skip',
      reason: "the pull request's build concluded failure; nothing to preview",
    });
    expect(workflowRunTarget(payload({ event: 'push' })).kind).toBe('skip');
  });

  it("previews a fork's build with the payload's SHA, marked untrusted", () => {
    const run = resolveEventRun({
      eventName: 'workflow_run',
      command: 'auto',
      app: 'shop',
      options,
      payload: payload(),
      preview: { imageTag: 'sha-${sha}' },
      workflowRunPullRequest: {
        action: 'synchronize',
        number: 31,
        pull_request: {
          number: 31,
          state: 'open',
          head: { ref: 'fix', sha, repo: { full_name: 'mallory/shop' } },
          base: { ref: '', repo: { full_name: 'acme/shop' } },
        },
      },
    });
    expect(run).toMatchObject({ kind: 'preview-up', pr: 31, sha, imageTag: `sha-${sha}`, untrustedCode: true });
  });
});
