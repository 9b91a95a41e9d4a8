/**
 * Reading repository files at a given ref (e.g. the base branch's baselines).
 */
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
