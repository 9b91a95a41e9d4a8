/**
 * Pull requests: reading one, and finding the pull request a commit belongs to (for `workflow_run` events
 * from forks, whose payload lists no pull requests).
 */
import type { GitHubClient } from './client.js';

export interface PullRequestInfo {
  number: number;
  state: string;
  headSha: string;
  headRef: string;
  /** `owner/repo` of the head branch's repository; null when that repository was deleted. */
  headRepoFullName: string | null;
  baseRef: string;
  baseRepoFullName: string;
  /** The head branch lives in another repository than the base (a fork, or a deleted one). */
  isFork: boolean;
}

interface PullLike {
  number: number;
  state: string;
  head: { sha: string; ref: string; repo?: { full_name?: string } | null };
  base: { ref: string; repo: { full_name: string } };
}

function info(p: PullLike): PullRequestInfo {
  const headRepo = p.head.repo?.full_name ?? null;
  const baseRepo = p.base.repo.full_name;
  return {
    number: p.number,
    state: p.state,
    headSha: p.head.sha,
    headRef: p.head.ref,
    headRepoFullName: headRepo,
    baseRef: p.base.ref,
    baseRepoFullName: baseRepo,
    isFork: headRepo === null || headRepo.toLowerCase() !== baseRepo.toLowerCase(),
  };
}

export async function getPullRequest(octokit: GitHubClient, params: { owner: string; repo: string; number: number }): Promise<PullRequestInfo> {
  const { data } = await octokit.rest.pulls.get({ owner: params.owner, repo: params.repo, pull_number: params.number });
  return info(data as unknown as PullLike);
}

export interface FindPullRequestForCommitParams {
  owner: string;
  repo: string;
  /** The commit that must be the pull request's head. */
  sha: string;
  /** When known, the head repository (`owner/repo`) the pull request must come from. */
  headRepoFullName?: string | null;
}

/**
 * The open pull request whose head is `sha` (and, when given, whose head repository matches), or null.
 * Several matches (the same commit pushed to two branches): the lowest number, so the choice is stable.
 */
export async function findPullRequestForCommit(octokit: GitHubClient, params: FindPullRequestForCommitParams): Promise<PullRequestInfo | null> {
  const pulls = await octokit.paginate(octokit.rest.repos.listPullRequestsAssociatedWithCommit, {
    owner: params.owner,
    repo: params.repo,
    commit_sha: params.sha,
    per_page: 100,
  });
  const wantedRepo = params.headRepoFullName?.toLowerCase() ?? null;
  const matches = (pulls as unknown as PullLike[])
    .map(info)
    .filter((p) => p.state === 'open' && p.headSha === params.sha)
    .filter((p) => wantedRepo === null || p.headRepoFullName?.toLowerCase() === wantedRepo)
    .sort((a, b) => a.number - b.number);
  return matches[0] ?? null;
}
