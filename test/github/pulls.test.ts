import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { GitHubClient } from '../../src/github/client.js';
import { findPullRequestForCommit, getPullRequest } from '../../src/github/pulls.js';
import { startGitHubApiServer, type GitHubApiServer, type RepoState } from '../support/github-api-server.js';
import { testClient } from '../support/github-test-client.js';

let server: GitHubApiServer;
let repo: RepoState;
let octokit: GitHubClient;

beforeEach(async () => {
  server = await startGitHubApiServer();
  repo = server.state.repo('octo/hello');
  octokit = testClient(server);
});

afterEach(async () => {
  expect(server.violations).toEqual([]);
  await server.close();
});

const SHA = 'a'.repeat(40);

describe('getPullRequest', () => {
  it('reads head, base and whether the head is a fork', async () => {
    repo.addPullRequest({ number: 7, headSha: SHA, headRef: 'feature', headRepo: 'contributor/hello' });
    repo.addPullRequest({ number: 8, headSha: SHA, headRef: 'same-repo' });
    expect(await getPullRequest(octokit, { owner: 'octo', repo: 'hello', number: 7 })).toEqual({
      number: 7, state: 'open', headSha: SHA, headRef: 'feature', headRepoFullName: 'contributor/hello',
      baseRef: 'main', baseRepoFullName: 'octo/hello', isFork: true,
    });
    expect(await getPullRequest(octokit, { owner: 'octo', repo: 'hello', number: 8 })).toMatchObject({ isFork: false, headRef: 'same-repo' });
  });

  it('propagates a 404', async () => {
    await expect(getPullRequest(octokit, { owner: 'octo', repo: 'hello', number: 99 })).rejects.toMatchObject({ status: 404 });
  });
});

describe('findPullRequestForCommit', () => {
  it('picks the open pull request whose head is the commit', async () => {
    repo.addPullRequest({ number: 3, headSha: SHA, state: 'closed' });
    repo.addPullRequest({ number: 5, headSha: SHA, headRepo: 'contributor/hello' });
    repo.addPullRequest({ number: 6, headSha: 'b'.repeat(40) });
    const pr = await findPullRequestForCommit(octokit, { owner: 'octo', repo: 'hello', sha: SHA });
    expect(pr).toMatchObject({ number: 5, isFork: true });
    expect(server.requestsFor('listPullRequestsAssociatedWithCommit')[0].path).toBe(`/repos/octo/hello/commits/${SHA}/pulls`);
  });

  it('filters by head repository when given, and answers null when nothing matches', async () => {
    repo.addPullRequest({ number: 5, headSha: SHA, headRepo: 'contributor/hello' });
    repo.addPullRequest({ number: 9, headSha: SHA, headRepo: 'someone/hello' });
    expect(await findPullRequestForCommit(octokit, { owner: 'octo', repo: 'hello', sha: SHA, headRepoFullName: 'Someone/Hello' })).toMatchObject({ number: 9 });
    expect(await findPullRequestForCommit(octokit, { owner: 'octo', repo: 'hello', sha: 'c'.repeat(40) })).toBeNull();
  });

  it('walks every page', async () => {
    for (let n = 1; n <= 120; n++) repo.addPullRequest({ number: n, headSha: SHA, state: n === 4 ? 'open' : 'closed' });
    expect(await findPullRequestForCommit(octokit, { owner: 'octo', repo: 'hello', sha: SHA })).toMatchObject({ number: 4 });
    expect(server.requestsFor('listPullRequestsAssociatedWithCommit')).toHaveLength(2);
  });
});
