import { beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_COMMENT_AUTHOR, findStickyComments, hiddenMarker, upsertStickyComment, withMarker } from '../../src/github/comments.js';
import { describeGitHubError } from '../../src/github/errors.js';
import { useGitHubApiServer } from '../support/use-github-api-server.js';

const OWNER = 'octo-org';
const REPO = 'perf-repo';
const PR = 42;
const KEY = 'llama-70b.h100';
const MARKER = hiddenMarker(KEY);
const BOT = DEFAULT_COMMENT_AUTHOR;

const gh = useGitHubApiServer(`${OWNER}/${REPO}`);

beforeEach(() => {
  gh.repo.addPullRequest({ number: PR, headSha: 'a'.repeat(40), headRef: 'feature' });
});

const upsert = (body: string, extra: { createIfMissing?: boolean; author?: string } = {}) =>
  upsertStickyComment(gh.octokit, { owner: OWNER, repo: REPO, issueNumber: PR, key: KEY, body, ...extra });

function seedNoise(count: number): void {
  for (let i = 0; i < count; i++) gh.repo.addComment(PR, { body: `review comment ${i}`, author: i % 3 ? 'alice' : BOT });
}

describe('hiddenMarker', () => {
  it('renders an HTML comment carrying the key', () => {
    expect(hiddenMarker('perf')).toBe('<!-- genz-action:comment-key=perf -->');
    expect(hiddenMarker(' a.b_c-1 ')).toBe('<!-- genz-action:comment-key=a.b_c-1 -->');
  });

  it('rejects keys that could break out of the comment or collide', () => {
    for (const bad of ['', 'a b', 'x-->', 'a--b', '<script>', 'ключ', 'k'.repeat(101)]) {
      expect(() => hiddenMarker(bad), bad).toThrow(/Invalid comment key/);
    }
  });

  it('is not a prefix of a longer key', () => {
    expect(hiddenMarker('perf-2').includes(hiddenMarker('perf'))).toBe(false);
  });
});

describe('findStickyComments', () => {
  it('walks every page: 150 comments, the sticky one on page 2', async () => {
    seedNoise(120);
    const sticky = gh.repo.addComment(PR, { body: `${MARKER}\nresults`, author: BOT });
    seedNoise(29);
    expect(gh.repo.commentsOn(PR)).toHaveLength(150);

    const found = await findStickyComments(gh.octokit, { owner: OWNER, repo: REPO, issueNumber: PR, marker: MARKER, author: BOT });

    expect(found.map((c) => c.id)).toEqual([sticky.id]);
    expect(found[0]).toMatchObject({ author: BOT, body: `${MARKER}\nresults` });
    expect(found[0].url).toContain(`/pull/${PR}#issuecomment-${sticky.id}`);
    const lists = gh.server.requestsFor('listIssueComments');
    expect(lists.map((r) => r.query.page ?? '1')).toEqual(['1', '2']);
    expect(lists.every((r) => r.query.per_page === '100')).toBe(true);
  });

  it('ignores marker comments by other users and other keys', async () => {
    gh.repo.addComment(PR, { body: `${MARKER}\nforged`, author: 'mallory' });
    gh.repo.addComment(PR, { body: `${hiddenMarker('other')}\nx`, author: BOT });
    const found = await findStickyComments(gh.octokit, { owner: OWNER, repo: REPO, issueNumber: PR, marker: MARKER });
    expect(found).toEqual([]);
  });
});

describe('upsertStickyComment', () => {
  it('sends nothing when the body is unchanged (found on page 2)', async () => {
    seedNoise(130);
    const existing = gh.repo.addComment(PR, { body: withMarker('## Perf\nno change', MARKER), author: BOT });

    const result = await upsert('## Perf\nno change');

    expect(result).toEqual({ action: 'unchanged', commentId: existing.id, url: expect.stringContaining(String(existing.id)), deleted: [] });
    expect(gh.server.writes()).toEqual([]);
    expect(gh.server.requestsFor('listIssueComments').some((r) => r.query.page === '2')).toBe(true);
  });

  it('edits the comment once when the body changed', async () => {
    const existing = gh.repo.addComment(PR, { body: withMarker('old', MARKER), author: BOT });

    const result = await upsert('new');

    expect(result).toMatchObject({ action: 'updated', commentId: existing.id, deleted: [] });
    expect(gh.server.writes().map((r) => `${r.method} ${r.path}`)).toEqual([`PATCH /repos/${OWNER}/${REPO}/issues/comments/${existing.id}`]);
    expect(gh.server.writes()[0].body).toEqual({ body: `${MARKER}\nnew` });
    expect(gh.repo.comment(existing.id)?.body).toBe(`${MARKER}\nnew`);
  });

  it('creates one comment, marker first, when none exists', async () => {
    seedNoise(5);
    const result = await upsert('first report');

    expect(result.action).toBe('created');
    const posts = gh.server.writes();
    expect(posts).toHaveLength(1);
    expect(posts[0]).toMatchObject({ method: 'POST', path: `/repos/${OWNER}/${REPO}/issues/${PR}/comments`, status: 201 });
    const created = gh.repo.comment(result.commentId as number);
    expect(created).toMatchObject({ body: `${MARKER}\nfirst report`, author: BOT });
    expect(result.url).toBe(`https://github.com/${OWNER}/${REPO}/pull/${PR}#issuecomment-${created?.id}`);
  });

  it('does not duplicate a marker the body already has', async () => {
    await upsert(`intro\n${MARKER}\nbody`);
    expect(gh.server.writes()[0].body).toEqual({ body: `intro\n${MARKER}\nbody` });
  });

  it('sends nothing when none exists and createIfMissing is false', async () => {
    const result = await upsert('report', { createIfMissing: false });
    expect(result).toEqual({ action: 'skipped', commentId: null, url: null, deleted: [] });
    expect(gh.server.writes()).toEqual([]);
  });

  it('keeps the newest of racing duplicates, deletes the rest, leaves other users alone', async () => {
    const older = gh.repo.addComment(PR, { body: withMarker('run 1', MARKER), author: BOT, createdAt: '2024-06-01T10:00:00Z' });
    const newest = gh.repo.addComment(PR, { body: withMarker('run 2', MARKER), author: BOT, createdAt: '2024-06-01T10:00:05Z' });
    const foreign = gh.repo.addComment(PR, { body: withMarker('copied by a human', MARKER), author: 'alice', createdAt: '2024-06-01T10:00:09Z' });

    const result = await upsert('run 3');

    expect(result).toMatchObject({ action: 'updated', commentId: newest.id, deleted: [older.id] });
    expect(gh.repo.comment(older.id)).toBeUndefined();
    expect(gh.repo.comment(newest.id)?.body).toBe(`${MARKER}\nrun 3`);
    expect(gh.repo.comment(foreign.id)?.body).toBe(`${MARKER}\ncopied by a human`);
    expect(gh.server.writes().map((r) => r.method)).toEqual(['PATCH', 'DELETE']);
  });

  it('breaks created_at ties by id', async () => {
    const at = '2024-06-01T10:00:00Z';
    const a = gh.repo.addComment(PR, { body: withMarker('a', MARKER), author: BOT, createdAt: at, id: 5001 });
    const b = gh.repo.addComment(PR, { body: withMarker('b', MARKER), author: BOT, createdAt: at, id: 5002 });
    const result = await upsert('b');
    expect(result).toMatchObject({ action: 'unchanged', commentId: b.id, deleted: [a.id] });
  });

  it('honours a custom author', async () => {
    const mine = gh.repo.addComment(PR, { body: withMarker('old', MARKER), author: 'perf-bot' });
    gh.repo.addComment(PR, { body: withMarker('old', MARKER), author: BOT });
    const result = await upsert('new', { author: 'perf-bot' });
    expect(result).toMatchObject({ action: 'updated', commentId: mine.id, deleted: [] });
  });

  it('refuses bodies over GitHub’s limit without sending them', async () => {
    await expect(upsert('x'.repeat(70_000))).rejects.toThrow(/at most 65536/);
    expect(gh.server.requests).toEqual([]);
  });

  it('surfaces a 403 on create with the permission that fixes it', async () => {
    gh.server.failNext({ method: 'POST', route: 'createIssueComment', status: 403 });

    const err = await upsert('report').catch((e: unknown) => e);

    expect((err as { status?: number }).status).toBe(403);
    const message = describeGitHubError(err, 'createComment');
    expect(message).toContain('pull-requests: write');
    expect(message).toMatch(/permissions:\n\s+contents: read\n\s+pull-requests: write/);
    expect(message).toMatch(/fork/i);
    expect(message).not.toContain('test-token');
    expect(gh.server.requestsFor('createIssueComment')).toHaveLength(1); // 403 is not retried
  });
});

describe('retries against the loopback server', () => {
  it('retries a 500 and succeeds, without real sleeping', async () => {
    gh.server.failNext({ method: 'POST', route: 'createIssueComment', status: 500 });
    const started = Date.now();

    const result = await upsert('report');

    expect(result.action).toBe('created');
    expect(gh.server.requestsFor('createIssueComment').map((r) => r.status)).toEqual([500, 201]);
    expect(gh.repo.commentsOn(PR)).toHaveLength(1);
    expect(Date.now() - started).toBeLessThan(1000);
  });

  it('survives three 502s in a row', async () => {
    const existing = gh.repo.addComment(PR, { body: withMarker('old', MARKER), author: BOT });
    gh.server.failNext({ method: 'PATCH', route: 'updateIssueComment', status: 502, times: 3 });

    const result = await upsert('new');

    expect(result).toMatchObject({ action: 'updated', commentId: existing.id });
    expect(gh.server.requestsFor('updateIssueComment').map((r) => r.status)).toEqual([502, 502, 502, 200]);
  });

  it('gives up after the configured number of server-error retries', async () => {
    gh.server.failNext({ route: 'listIssueComments', status: 500, times: 10 });
    const err = await upsert('report').catch((e: unknown) => e);
    expect((err as { status?: number }).status).toBe(500);
    expect(gh.server.requestsFor('listIssueComments')).toHaveLength(4); // 1 + 3 retries
    expect(describeGitHubError(err, 'listComments')).toMatch(/server error.*HTTP 500/);
  });

  it('waits out a primary rate limit on the list and carries on', async () => {
    gh.server.rateLimitNext({ kind: 'primary', route: 'listIssueComments' });
    const result = await upsert('report');
    expect(result.action).toBe('created');
    expect(gh.server.requestsFor('listIssueComments').map((r) => r.status)).toEqual([403, 200]);
  });

  it('waits out a secondary rate limit (429 + retry-after) on create', async () => {
    gh.server.rateLimitNext({ kind: 'secondary', status: 429, route: 'createIssueComment', retryAfterSeconds: 2 });
    const result = await upsert('report');
    expect(result.action).toBe('created');
    expect(gh.server.requestsFor('createIssueComment').map((r) => r.status)).toEqual([429, 201]);
    expect(gh.repo.commentsOn(PR)).toHaveLength(1);
  });
});
