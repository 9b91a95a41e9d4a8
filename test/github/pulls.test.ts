import { describe, expect, it } from 'vitest';
import { findPullRequestForCommit, getPullRequest } from '../../src/github/pulls.js';
import { useGitHubApiServer } from '../support/use-github-api-server.js';

const gh = useGitHubApiServer('octo/hello');

const SHA = 'a'.repeat(40);

describe('getPullRequest', () => {
  it('reads head, base and whether the head is a fork', async () => {
    gh.repo.addPullRequest({ number: 7, headSha: SHA, headRef: 'feature', headRepo: 'contributor/hello' });
    gh.repo.addPullRequest({ number: 8, headSha: SHA, headRef: 'same-repo' });
    expect(await getPullRequest(gh.octokit, { owner: 'octo', repo: 'hello', number: 7 })).toEqual({
      number: 7,
      state: 'open',
      headSha: SHA,
      headRef: 'feature',
      headRepoFullName: 'contributor/hello',
      baseRef: 'main',
      baseRepoFullName: 'octo/hello',
      isFork: true,
    });
    expect(await getPullRequest(gh.octokit, { owner: 'octo', repo: 'hello', number: 8 })).toMatchObject({ isFork: false, headRef: 'same-repo' });
  });

  it('propagates a 404', async () => {
    await expect(getPullRequest(gh.octokit, { owner: 'octo', repo: 'hello', number: 99 })).rejects.toMatchObject({ status: 404 });
  });
});

describe('findPullRequestForCommit', () => {
  it('picks the open pull request whose head is the commit', async () => {
    gh.repo.addPullRequest({ number: 3, headSha: SHA, state: 'closed' });
    gh.repo.addPullRequest({ number: 5, headSha: SHA, headRepo: 'contributor/hello' });
    gh.repo.addPullRequest({ number: 6, headSha: 'b'.repeat(40) });
    const pr = await findPullRequestForCommit(gh.octokit, { owner: 'octo', repo: 'hello', sha: SHA });
    expect(pr).toMatchObject({ number: 5, isFork: true });
    expect(gh.server.requestsFor('listPullRequestsAssociatedWithCommit')[0].path).toBe(`/repos/octo/hello/commits/${SHA}/pulls`);
  });

  it('filters by head repository when given, and answers null when nothing matches', async () => {
    gh.repo.addPullRequest({ number: 5, headSha: SHA, headRepo: 'contributor/hello' });
    gh.repo.addPullRequest({ number: 9, headSha: SHA, headRepo: 'someone/hello' });
    expect(await findPullRequestForCommit(gh.octokit, { owner: 'octo', repo: 'hello', sha: SHA, headRepoFullName: 'Someone/Hello' })).toMatchObject({
      number: 9,
    });
    expect(await findPullRequestForCommit(gh.octokit, { owner: 'octo', repo: 'hello', sha: 'c'.repeat(40) })).toBeNull();
  });

  it('walks every page', async () => {
    for (let n = 1; n <= 120; n++) gh.repo.addPullRequest({ number: n, headSha: SHA, state: n === 4 ? 'open' : 'closed' });
    expect(await findPullRequestForCommit(gh.octokit, { owner: 'octo', repo: 'hello', sha: SHA })).toMatchObject({ number: 4 });
    expect(gh.server.requestsFor('listPullRequestsAssociatedWithCommit')).toHaveLength(2);
  });
});
