import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { GitHubClient } from '../../src/github/client.js';
import { createIssueComment, reactToComment } from '../../src/github/comments.js';
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

describe('createIssueComment', () => {
  it('posts a plain comment', async () => {
    repo.addIssue(4, { pullRequest: true });
    const { commentId, url } = await createIssueComment(octokit, { owner: 'octo', repo: 'hello', issueNumber: 4, body: 'done' });
    expect(repo.comment(commentId)).toMatchObject({ body: 'done', author: 'github-actions[bot]', issueNumber: 4 });
    expect(url).toContain('/pull/4#issuecomment-');
  });

  it('refuses bodies over the limit without sending them', async () => {
    await expect(createIssueComment(octokit, { owner: 'octo', repo: 'hello', issueNumber: 4, body: 'x'.repeat(70_000) })).rejects.toThrow(/at most 65536/);
    expect(server.requests).toEqual([]);
  });
});

describe('reactToComment', () => {
  it('adds the reaction once', async () => {
    const c = repo.addComment(4, { body: '/genz update-baselines', author: 'writer' });
    await reactToComment(octokit, { owner: 'octo', repo: 'hello', commentId: c.id, content: '+1' });
    await reactToComment(octokit, { owner: 'octo', repo: 'hello', commentId: c.id, content: '+1' });
    expect(repo.reactions.map((r) => [r.commentId, r.content])).toEqual([[c.id, '+1']]);
  });
});
