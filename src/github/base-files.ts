import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { K8deployerError } from '../errors.js';
import { type GitHubClient, type RepoRef, githubCall } from './client.js';

/** A spec or kubeconfig is small; a bigger answer is refused rather than buffered. */
export const maxBaseFileBytes = 2 * 1024 * 1024;

const run = promisify(execFile);

export interface BaseFileSource {
  sha: string;
  /**
   * The checkout: `git show <sha>:<path>` works when it has the base commit (fetch-depth 0, or pull_request_target).
   */
  workspace?: string;
  /** Otherwise the contents API at that commit. */
  github?: { client: GitHubClient; repo: RepoRef };
}

/**
 * Reads a repository file at the base commit of a pull request: from the local clone when it has the commit, else
 * through `GET /repos/{owner}/{repo}/contents/{path}?ref={sha}` with the raw media type. Throws when neither works.
 */
export function baseFileReader(source: BaseFileSource): (repoPath: string) => Promise<string> {
  if (!/^[0-9a-f]{40}$|^[0-9a-f]{64}$/i.test(source.sha)) {
    return () =>
      Promise.reject(new K8deployerError(`the event names no base commit (got ${JSON.stringify(source.sha)})`));
  }
  return async (repoPath) => {
    const failures: string[] = [];
    if (source.workspace) {
      try {
        const { stdout } = await run('git', ['-C', source.workspace, 'show', `${source.sha}:${repoPath}`], {
          maxBuffer: maxBaseFileBytes,
          encoding: 'utf8',
        });
        return stdout;
      } catch (error) {
        failures.push(
          `git show: ${((error as { stderr?: string }).stderr ?? (error as Error).message).trim().split('\n')[0]}`,
        );
      }
    }
    if (source.github) {
      try {
        return await readContents(source.github.client, source.github.repo, repoPath, source.sha);
      } catch (error) {
        failures.push((error as Error).message);
      }
    }
    if (failures.length === 0) failures.push('no checkout with the base commit and no github-token to ask GitHub');
    throw new K8deployerError(failures.join('; '));
  };
}

async function readContents(client: GitHubClient, repo: RepoRef, repoPath: string, sha: string): Promise<string> {
  const response = await githubCall('reading the base branch spec', 'contents: read', () =>
    client.request('GET /repos/{owner}/{repo}/contents/{path}', {
      owner: repo.owner,
      repo: repo.repo,
      path: repoPath,
      ref: sha,
      headers: { accept: 'application/vnd.github.raw+json' },
      // Octokit would parse a spec written as JSON into an object; the bytes are read here instead, capped.
      request: { parseSuccessResponseBody: false },
    }),
  );
  // A directory (or submodule) answers with its JSON listing even under the raw media type.
  const type = String(response.headers['content-type'] ?? '');
  if (/^application\/json\b/i.test(type))
    throw new K8deployerError(`GitHub: ${repoPath} at ${sha.slice(0, 12)} is not a file`);
  return readCapped(response.data as unknown as ReadableStream<Uint8Array> | null, repoPath);
}

async function readCapped(body: ReadableStream<Uint8Array> | null, repoPath: string): Promise<string> {
  if (!body) return '';
  const chunks: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of body as unknown as AsyncIterable<Uint8Array>) {
    size += chunk.byteLength;
    if (size > maxBaseFileBytes)
      throw new K8deployerError(`GitHub: ${repoPath} is larger than ${maxBaseFileBytes} bytes`);
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}
