import { describe, expect, it } from 'vitest';
import { createIssueComment, reactToComment } from '../../src/github/comments.js';
import { useGitHubApiServer } from '../support/use-github-api-server.js';

const gh = useGitHubApiServer('octo/hello');

describe('createIssueComment', () => {
  it('posts a plain comment', async () => {
    gh.repo.addIssue(4, { pullRequest: true });
    const { commentId, url } = await createIssueComment(gh.octokit, { owner: 'octo', repo: 'hello', issueNumber: 4, body: 'done' });
    expect(gh.repo.comment(commentId)).toMatchObject({ body: 'done', author: 'github-actions[bot]', issueNumber: 4 });
    expect(url).toContain('/pull/4#issuecomment-');
  });

  it('refuses bodies over the limit without sending them', async () => {
    await expect(createIssueComment(gh.octokit, { owner: 'octo', repo: 'hello', issueNumber: 4, body: 'x'.repeat(70_000) })).rejects.toThrow(/at most 65536/);
    expect(gh.server.requests).toEqual([]);
  });
});

describe('reactToComment', () => {
  it('adds the reaction once', async () => {
    const c = gh.repo.addComment(4, { body: '/genz update-baselines', author: 'writer' });
    await reactToComment(gh.octokit, { owner: 'octo', repo: 'hello', commentId: c.id, content: '+1' });
    await reactToComment(gh.octokit, { owner: 'octo', repo: 'hello', commentId: c.id, content: '+1' });
    expect(gh.repo.reactions.map((r) => [r.commentId, r.content])).toEqual([[c.id, '+1']]);
  });
});
