/** The pull request as the API reports it now: enough to tell whether this run's result is still wanted. */
export interface PullRequestNow {
  state: 'open' | 'closed';
  headSha: string;
}

export type Freshness =
  | { kind: 'current' }
  /** A newer commit was pushed: its own run deploys it; this run stops (or does not publish) and says so. */
  | { kind: 'superseded'; sha: string; message: string }
  /** Closed (or merged): the closed event's run tears the preview down; after a deploy this run does it itself. */
  | { kind: 'closed'; message: string };

/**
 * Pure: is a preview run for `run.sha` still the pull request's latest? Read before deploying (a queued run whose
 * PR moved on deploys nothing) and after (a deploy that finished after a newer push or the close must not publish
 * a stale result, and must not leave a preview of a closed PR behind).
 */
export function previewFreshness(run: { pr: number; sha: string }, now: PullRequestNow): Freshness {
  if (now.state === 'closed') return { kind: 'closed', message: `pull request #${run.pr} is closed` };
  if (run.sha !== '' && now.headSha !== '' && now.headSha.toLowerCase() !== run.sha.toLowerCase()) {
    const sha = now.headSha.slice(0, 7);
    return {
      kind: 'superseded',
      sha,
      message: `this run of ${run.sha.slice(0, 7)} is superseded by ${sha}, the pull request's head now; that commit's run deploys it`,
    };
  }
  return { kind: 'current' };
}
