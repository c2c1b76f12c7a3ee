import { hostname, userInfo } from 'node:os';

/**
 * Who this run is, as written on the deploy lease so a run waiting for it can say who holds it: the workflow run on
 * GitHub Actions, else the user, host and process. Names only: nothing here is a secret.
 */
export function describeRunHolder(env: Record<string, string | undefined> = process.env): string {
  if (env.GITHUB_ACTIONS === 'true' && env.GITHUB_RUN_ID) {
    const actor = env.GITHUB_ACTOR ? `${env.GITHUB_ACTOR} in ` : '';
    const workflow = env.GITHUB_WORKFLOW ? ` (${env.GITHUB_WORKFLOW})` : '';
    return `${actor}${env.GITHUB_REPOSITORY ?? 'GitHub Actions'} run ${env.GITHUB_RUN_ID}${workflow}`;
  }
  let user = 'unknown user';
  try {
    user = userInfo().username;
  } catch {
    // No passwd entry (a container's random uid): the host and process still identify the run.
  }
  return `${user}@${hostname()}, pid ${process.pid}`;
}

/** A holder read from a cluster is data: one line, no control characters, bounded. */
export function shownHolder(text: unknown): string | undefined {
  if (typeof text !== 'string' || text.trim() === '') return undefined;
  // eslint-disable-next-line no-control-regex
  const line = text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, ' ').trim();
  return line.length > 120 ? `${line.slice(0, 117)}...` : line;
}
