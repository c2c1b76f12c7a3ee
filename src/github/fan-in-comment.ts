import { type GitHubClient, githubCall } from './client.js';
import { findStickyComment, tokenIdentity } from './sticky-comment.js';
import { commentLimitBytes } from '../report/comment.js';
import { byteLength, truncateBytes } from '../report/format.js';

/**
 * Matrix fan-in: the jobs of one workflow run (one per cluster, `strategy.matrix`) share ONE sticky comment. Each job
 * owns a section delimited by hidden markers carrying the run id and the cluster; it re-reads the comment, merges its
 * section, writes, and reads again to check that no concurrent writer dropped a section (GitHub has no conditional
 * update for comments), re-merging until the comment holds every section this job has seen.
 */

export interface FanInSection {
  cluster: string;
  /** Markdown of this cluster's part (already masked and escaped). */
  body: string;
  /** Monotonic per cluster (e.g. Date.now()): a newer section replaces an older one, never the reverse. */
  seq: number;
}

export interface FanInOptions {
  owner: string;
  repo: string;
  issueNumber: number;
  /** The comment's marker (app + environment group), as for the sticky comment. */
  marker: string;
  /** Workflow run id: sections of older runs are dropped. */
  runId: string;
  /** Rendered above the sections (headline). */
  title: string;
  section: FanInSection;
  /** Re-reads after a write before trusting it; default 3. */
  verifyReads?: number;
  /** Pause before each verification read, so a concurrent writer's write lands first; default 500 ms. */
  settleMs?: number;
}

function part(text: string): string {
  return text.replace(/[^A-Za-z0-9._/-]/g, '_');
}

const sectionPattern =
  /<!-- k8deployer-section run=([^ ]+) cluster=([^ ]+) seq=(\d+) -->\n([\s\S]*?)\n<!-- \/k8deployer-section -->/g;

export function parseSections(body: string): { runId: string; cluster: string; seq: number; body: string }[] {
  return [...body.matchAll(sectionPattern)].map((m) => ({
    runId: m[1] ?? '',
    cluster: m[2] ?? '',
    seq: Number(m[3]),
    body: m[4] ?? '',
  }));
}

/** The comment body: marker, title, then every section of this run, one per cluster, newest wins, in name order. */
export function mergeFanIn(
  existing: string | undefined,
  options: { marker: string; runId: string; title: string; sections: FanInSection[] },
): { body: string; sections: Map<string, FanInSection> } {
  const runId = part(options.runId);
  const merged = new Map<string, FanInSection>();
  const consider = (section: FanInSection): void => {
    const key = part(section.cluster);
    const current = merged.get(key);
    if (!current || current.seq < section.seq) merged.set(key, { ...section, cluster: key });
  };
  for (const section of parseSections(existing ?? '')) if (section.runId === runId) consider(section);
  for (const section of options.sections) consider(section);
  const sections = [...merged.values()].sort((a, b) => a.cluster.localeCompare(b.cluster));
  const block = (s: FanInSection, body: string): string =>
    `<!-- k8deployer-section run=${runId} cluster=${s.cluster} seq=${s.seq} -->\n${body.replace(/<!--/g, '&lt;!--')}\n<!-- /k8deployer-section -->`;
  const bodies = fitSections(
    sections.map((s) => s.body),
    commentLimitBytes - byteLength([options.marker, options.title, ''].join('\n')) - 1024,
    (body) => byteLength(block({ cluster: 'x', body: '', seq: 0 }, body)) + 64,
  );
  const blocks = sections.map((s, index) => block(s, bodies[index] ?? s.body));
  return { body: [options.marker, options.title, '', ...blocks, ''].join('\n'), sections: merged };
}

/**
 * GitHub refuses a comment over 65,536 characters, and a fan-in comment grows with the clusters: while the sections
 * do not fit, the largest one is cut to its first line (the verdict) and a pointer to the job's summary, which
 * always has the whole report. Sizes in bytes, which bound the characters from above.
 */
export function fitSections(bodies: string[], room: number, size: (body: string) => number): string[] {
  const result = [...bodies];
  const total = (): number => result.reduce((sum, body) => sum + size(body), 0);
  const folded = new Set<number>();
  while (total() > room && folded.size < result.length) {
    let largest = -1;
    result.forEach((body, index) => {
      if (!folded.has(index) && (largest < 0 || size(body) > size(result[largest] ?? ''))) largest = index;
    });
    folded.add(largest);
    const first = truncateBytes((result[largest] ?? '').split('\n')[0] ?? '', 1024);
    result[largest] = `${first}\n\n*Details did not fit in this comment: see the job summary of this cluster's run.*`;
  }
  return result;
}

function holds(body: string, runId: string, wanted: Map<string, FanInSection>): boolean {
  const present = new Map(
    parseSections(body)
      .filter((s) => s.runId === part(runId))
      .map((s) => [s.cluster, s.seq]),
  );
  return [...wanted.values()].every((s) => (present.get(s.cluster) ?? -1) >= s.seq);
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

export async function upsertFanInComment(
  client: GitHubClient,
  options: FanInOptions,
): Promise<{ id: number; attempts: number }> {
  const { owner, repo, issueNumber, marker } = options;
  const seen = new Map<string, FanInSection>();
  seen.set(part(options.section.cluster), { ...options.section, cluster: part(options.section.cluster) });
  const verifyReads = options.verifyReads ?? 3;
  const settleMs = options.settleMs ?? 500;
  let attempts = 0;
  for (;;) {
    attempts += 1;
    const existing = await findStickyComment(client, { owner, repo, issueNumber, marker });
    const merged = mergeFanIn(existing?.body, {
      marker,
      runId: options.runId,
      title: options.title,
      sections: [...seen.values()],
    });
    for (const [key, section] of merged.sections) seen.set(key, section);
    let id: number;
    if (existing) {
      if (existing.body !== merged.body) {
        await githubCall('updating the pull request comment', 'pull-requests: write', () =>
          client.rest.issues.updateComment({ owner, repo, comment_id: existing.id, body: merged.body }),
        );
      }
      id = existing.id;
    } else {
      const { data } = await githubCall('creating the pull request comment', 'pull-requests: write', () =>
        client.rest.issues.createComment({ owner, repo, issue_number: issueNumber, body: merged.body }),
      );
      id = data.id;
      // Two jobs may both have found no comment and both created one: the oldest stays, the others are merged into
      // it by the next pass and deleted.
      const ours = await ownMarkerComments(client, options);
      const keep = Math.min(...ours.map((c) => c.id));
      if (keep !== id) {
        await githubCall('deleting a duplicate pull request comment', 'pull-requests: write', () =>
          client.rest.issues.deleteComment({ owner, repo, comment_id: id }),
        );
        continue;
      }
    }
    let intact = true;
    for (let read = 0; read < verifyReads && intact; read += 1) {
      await sleep(settleMs);
      const { data } = await githubCall('reading the pull request comment', 'pull-requests: read', () =>
        client.rest.issues.getComment({ owner, repo, comment_id: id }),
      );
      const body = data.body ?? '';
      for (const section of parseSections(body))
        if (section.runId === part(options.runId)) {
          const key = section.cluster;
          if ((seen.get(key)?.seq ?? -1) < section.seq) seen.set(key, { ...section });
        }
      intact = holds(body, options.runId, seen);
    }
    if (intact || attempts >= 10) return { id, attempts };
  }
}

async function ownMarkerComments(client: GitHubClient, options: FanInOptions): Promise<{ id: number }[]> {
  const identity = await tokenIdentity(client);
  const all = await client.paginate(client.rest.issues.listComments, {
    owner: options.owner,
    repo: options.repo,
    issue_number: options.issueNumber,
    per_page: 100,
  });
  return all.filter(
    (c) => c.body?.includes(options.marker) && c.user?.login?.toLowerCase() === identity.login.toLowerCase(),
  );
}
