import { markdownText } from '../report/escape.js';
import { type GitHubClient, type RepoRef, githubCall } from './client.js';
import { findStickyComment } from './sticky-comment.js';

/**
 * Edits the preview's sticky comment (only ours, only if there is one: a sleep is no reason to start a thread) to
 * say it sleeps and how to wake it, or, on wake, to drop that notice again.
 */
export async function editSleepNotice(
  client: GitHubClient,
  options: RepoRef & {
    pr: number;
    marker: string;
    change: { asleep: { since: Date; idleHours: number } } | { awake: { wokenBy?: string } };
  },
): Promise<'updated' | 'unchanged' | 'no comment'> {
  const existing = await findStickyComment(client, { ...options, issueNumber: options.pr });
  if (!existing) return 'no comment';
  const body =
    'asleep' in options.change
      ? withAsleepNotice(existing.body, options.marker, options.change.asleep)
      : withoutAsleepNotice(existing.body, options.change.awake.wokenBy);
  if (body === existing.body) return 'unchanged';
  await githubCall('updating the pull request comment', 'pull-requests: write', () =>
    client.rest.issues.updateComment({ owner: options.owner, repo: options.repo, comment_id: existing.id, body }),
  );
  return 'updated';
}

const asleepStart = '<!-- k8deployer:asleep -->';
const asleepEnd = '<!-- k8deployer:asleep:end -->';

/** The sticky comment with the "asleep" notice under its marker (replacing an earlier one). */
export function withAsleepNotice(body: string, marker: string, notice: { since: Date; idleHours: number }): string {
  const rest = withoutAsleepNotice(body);
  const after = rest.startsWith(marker) ? rest.slice(marker.length).replace(/^\n/, '') : rest;
  const hours = Math.round(notice.idleHours * 10) / 10;
  const block = [
    asleepStart,
    '> [!NOTE]',
    `> 💤 **Asleep** since ${notice.since.toISOString().replace(/\.\d+Z$/, 'Z')}: no deploy for ${hours} h, so its workloads were scaled to zero.`,
    '> Push a commit, or comment `/k8deployer wake`, to wake it.',
    asleepEnd,
  ].join('\n');
  return `${marker}\n${block}\n\n${after}`;
}

/** The sticky comment without the "asleep" notice; a wake by comment may add who woke it (escaped user text). */
export function withoutAsleepNotice(body: string, wokenBy?: string): string {
  const start = body.indexOf(asleepStart);
  const end = body.indexOf(asleepEnd);
  if (start < 0 || end < start) return body;
  const woken = wokenBy
    ? `> [!NOTE]\n> Woken by a comment from ${markdownText(wokenBy, 40)}; a push deploys it again as usual.`
    : '';
  return `${body.slice(0, start)}${woken}${body.slice(end + asleepEnd.length).replace(woken ? /^/ : /^\n+/, '')}`;
}
