/**
 * The base branch's committed baselines, so a regression "accepted" by refreshing baselines in the pull
 * request stays visible. From git when the base commit is in the checkout, else through the contents
 * API at the base SHA; a file absent at the base means no baseline there.
 */
import { execFileSync } from 'node:child_process';
import { type StoredBaselineFile, parseBaselineFile } from '../baselines/index.js';
import { type GitHubClient, readFileAtRef } from '../github/index.js';

export interface BaseRef {
  owner: string;
  repo: string;
  sha: string;
}

function gitShow(cwd: string, sha: string, file: string): string | null | undefined {
  try {
    execFileSync('git', ['cat-file', '-e', `${sha}^{commit}`], { cwd, stdio: 'ignore' });
  } catch {
    return undefined; // the base commit is not in this (shallow) checkout
  }
  try {
    return execFileSync('git', ['show', `${sha}:${file}`], { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], maxBuffer: 64 * 1024 * 1024 });
  } catch {
    return null; // not in the base commit
  }
}

/** Baseline files at the base commit, keyed by manifest; null entries are files absent there. */
export async function readBaseBaselines(
  cwd: string,
  baselineOf: ReadonlyMap<string, string>,
  base: BaseRef,
  octokit: GitHubClient | null,
  log: (m: string) => void,
): Promise<Map<string, StoredBaselineFile | null>> {
  const out = new Map<string, StoredBaselineFile | null>();
  for (const [manifest, file] of baselineOf) {
    let text = gitShow(cwd, base.sha, file);
    if (text === undefined) {
      if (!octokit) continue;
      text = await readFileAtRef(octokit, { owner: base.owner, repo: base.repo, path: file, ref: base.sha });
    }
    if (text === null) {
      out.set(manifest, null);
      continue;
    }
    try {
      out.set(manifest, parseBaselineFile(text, `${file}@${base.sha.slice(0, 7)}`));
    } catch (e) {
      log(`ignoring the base branch's ${file}: ${(e as Error).message}`);
    }
  }
  return out;
}
