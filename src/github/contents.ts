/**
 * Reading repository files at a given ref (e.g. the base branch's baselines) and committing files to a branch.
 */
import { createHash } from 'node:crypto';
import type { GitHubClient } from './client.js';
import { isNotFound } from './errors.js';

export interface ReadFileAtRefParams {
  owner: string;
  repo: string;
  /** Repository-relative path, e.g. `perf/baseline.json`. */
  path: string;
  /** Branch, tag or commit SHA; the default branch when omitted. */
  ref?: string;
}

function describe(params: ReadFileAtRefParams): string {
  return `${params.path} in ${params.owner}/${params.repo}${params.ref ? ` at ${params.ref}` : ''}`;
}

function decode(data: unknown): string {
  if (typeof data === 'string') return data;
  if (data instanceof ArrayBuffer || Object.prototype.toString.call(data) === '[object ArrayBuffer]') return Buffer.from(data as ArrayBuffer).toString('utf8');
  if (ArrayBuffer.isView(data)) return Buffer.from(data.buffer, data.byteOffset, data.byteLength).toString('utf8');
  throw new Error(`unexpected raw response of type ${typeof data}`);
}

/**
 * The file's text (UTF-8), or null when GitHub answers 404 (no such file or
 * ref). Directories, symlinks and submodules are refused with an error.
 */
export async function readFileAtRef(octokit: GitHubClient, params: ReadFileAtRefParams): Promise<string | null> {
  const path = params.path.replace(/^\.?\/+/, '');
  if (!path) throw new Error('readFileAtRef needs a file path, not the repository root.');
  const request = { owner: params.owner, repo: params.repo, path, ...(params.ref ? { ref: params.ref } : {}) };
  let data: Awaited<ReturnType<GitHubClient['rest']['repos']['getContent']>>['data'];
  try {
    ({ data } = await octokit.rest.repos.getContent(request));
  } catch (err) {
    if (isNotFound(err)) return null;
    throw err;
  }
  if (Array.isArray(data)) throw new Error(`${describe(params)} is a directory, not a file.`);
  if (data.type !== 'file') throw new Error(`${describe(params)} is a ${data.type}, not a regular file.`);
  if ('encoding' in data && data.encoding === 'base64' && typeof data.content === 'string') {
    return Buffer.from(data.content, 'base64').toString('utf8');
  }
  // Files over 1 MB come back without content (`encoding: "none"`): fetch the raw bytes instead.
  const raw = await octokit.rest.repos.getContent({ ...request, mediaType: { format: 'raw' } });
  return decode(raw.data);
}

/** Git's blob id of some content: what the contents API reports as a file's `sha`. */
export function gitBlobSha(content: Buffer | string): string {
  const data = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
  return createHash('sha1').update(`blob ${data.length}\0`).update(data).digest('hex');
}

/** The file changed on the branch since the content the caller started from. */
export class FileChangedError extends Error {
  override name = 'FileChangedError';
}

export interface WriteFileOnBranchParams {
  owner: string;
  repo: string;
  branch: string;
  path: string;
  content: Buffer | string;
  message: string;
  /**
   * Optimistic concurrency: the blob sha the caller expects the file to have on the branch now (null: expected
   * absent). When the branch has something else, nothing is written and FileChangedError is thrown. Omit to
   * overwrite whatever is there.
   */
  expectedSha?: string | null;
}

export interface WriteFileOnBranchResult {
  /** The new commit. */
  commitSha: string;
  /** The file's new blob sha. */
  blobSha: string;
  created: boolean;
}

/**
 * Commits one file to a branch through the contents API: reads the file's current blob sha at the branch
 * (needed to update it), then PUTs the new content. One commit per file.
 */
export async function writeFileOnBranch(octokit: GitHubClient, params: WriteFileOnBranchParams): Promise<WriteFileOnBranchResult> {
  const path = params.path.replace(/^\.?\/+/, '');
  if (!path) throw new Error('writeFileOnBranch needs a file path, not the repository root.');
  const where = `${path} in ${params.owner}/${params.repo} on ${params.branch}`;
  let current: string | null = null;
  try {
    const { data } = await octokit.rest.repos.getContent({ owner: params.owner, repo: params.repo, path, ref: params.branch });
    if (Array.isArray(data)) throw new Error(`${where} is a directory, not a file.`);
    if (data.type !== 'file') throw new Error(`${where} is a ${data.type}, not a regular file.`);
    current = data.sha;
  } catch (err) {
    if (!isNotFound(err)) throw err;
  }
  if (params.expectedSha !== undefined && params.expectedSha !== current) {
    throw new FileChangedError(
      `${where} changed since the checkout (expected ${params.expectedSha ? `blob ${params.expectedSha.slice(0, 7)}` : 'no file'}, ` +
        `found ${current ? `blob ${current.slice(0, 7)}` : 'no file'}); nothing was written.`,
    );
  }
  const content = typeof params.content === 'string' ? Buffer.from(params.content, 'utf8') : params.content;
  const { data } = await octokit.rest.repos.createOrUpdateFileContents({
    owner: params.owner,
    repo: params.repo,
    path,
    branch: params.branch,
    message: params.message,
    content: content.toString('base64'),
    ...(current ? { sha: current } : {}),
  });
  return { commitSha: data.commit.sha ?? '', blobSha: data.content?.sha ?? gitBlobSha(content), created: current === null };
}
