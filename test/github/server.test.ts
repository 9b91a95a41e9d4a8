/**
 * The loopback server itself: its fixture check must be able to fail, and its
 * pagination must look like GitHub's.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadRestFixture } from '../support/rest-fixture.js';
import { DEFAULT_TEST_TOKEN, startGitHubApiServer, type GitHubApiServer } from '../support/github-api-server.js';
import { testClient } from '../support/github-test-client.js';

let server: GitHubApiServer;

beforeEach(async () => {
  server = await startGitHubApiServer();
  server.state.repo('octo/hello').addPullRequest({ number: 3, headSha: 'b'.repeat(40) });
});

afterEach(async () => {
  await server.close();
});

/** Raw HTTP, so tests can send what the typed client never would. */
async function send(method: string, path: string, init: { body?: string; auth?: string | null; contentType?: string } = {}) {
  const headers: Record<string, string> = {};
  if (init.auth !== null) headers.authorization = init.auth ?? `token ${DEFAULT_TEST_TOKEN}`;
  if (init.body !== undefined) headers['content-type'] = init.contentType ?? 'application/json';
  const res = await fetch(`${server.url}${path}`, { method, headers, body: init.body });
  const text = await res.text();
  return { status: res.status, headers: res.headers, json: text ? (JSON.parse(text) as Record<string, unknown>) : null };
}

describe('fixture', () => {
  it('records where it came from', () => {
    const fixture = loadRestFixture();
    expect(fixture.source).toMatchObject({ package: '@octokit/openapi', packageVersion: '23.0.2', infoVersion: '23.0.2', openapi: '3.0.3' });
    expect(fixture.operations.map((op) => `${op.method} ${op.path}`)).toEqual([
      'GET /repos/{owner}/{repo}/issues/{issue_number}/comments',
      'POST /repos/{owner}/{repo}/issues/{issue_number}/comments',
      'PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}',
      'DELETE /repos/{owner}/{repo}/issues/comments/{comment_id}',
      'GET /repos/{owner}/{repo}/contents/{path}',
      'PUT /repos/{owner}/{repo}/contents/{path}',
      'GET /repos/{owner}/{repo}/collaborators/{username}/permission',
      'POST /repos/{owner}/{repo}/issues/comments/{comment_id}/reactions',
      'GET /repos/{owner}/{repo}/commits/{commit_sha}/pulls',
      'GET /repos/{owner}/{repo}/pulls/{pull_number}',
      'GET /repos/{owner}/{repo}/actions/runs/{run_id}/artifacts',
      'GET /repos/{owner}/{repo}/actions/artifacts/{artifact_id}/{archive_format}',
    ]);
    const update = fixture.operations.find((op) => op.name === 'updateIssueComment');
    expect(update?.requestBody?.schema).toMatchObject({ type: 'object', required: ['body'], properties: { body: { type: 'string' } } });
    expect(fixture.operations.find((op) => op.name === 'createOrUpdateFileContents')?.requestBody?.schema.required).toEqual(['message', 'content']);
  });
});

describe('request checking', () => {
  it('records a PATCH without a body as a violation and answers 422', async () => {
    const comment = server.state.repo('octo/hello').addComment(3, { body: 'x' });
    const octokit = testClient(server);

    // The typed route would not compile without `body`; the untyped form sends exactly what a buggy caller would.
    const err = await octokit
      .request({ method: 'PATCH', url: '/repos/{owner}/{repo}/issues/comments/{comment_id}', owner: 'octo', repo: 'hello', comment_id: comment.id })
      .catch((e: unknown) => e);

    expect((err as { status?: number }).status).toBe(422);
    expect(server.violations).toEqual([
      expect.objectContaining({ kind: 'request-body', method: 'PATCH', operation: 'updateIssueComment', problems: ['a JSON request body is required'] }),
    ]);
    expect(comment.body).toBe('x');
  });

  it('checks body property types, required properties and typos', async () => {
    const comment = server.state.repo('octo/hello').addComment(3, { body: 'x' });
    const path = `/repos/octo/hello/issues/comments/${comment.id}`;
    expect((await send('PATCH', path, { body: JSON.stringify({ body: 5 }) })).status).toBe(422);
    expect((await send('PATCH', path, { body: JSON.stringify({ bdy: 'typo' }) })).status).toBe(422);
    expect((await send('POST', `${path}/reactions`, { body: JSON.stringify({ content: 'thumbsup' }) })).status).toBe(422);
    expect(
      (await send('PUT', '/repos/octo/hello/contents/a.txt', { body: JSON.stringify({ message: 'm', content: 'eA==', committer: { name: 'n' } }) })).status,
    ).toBe(422);
    expect(server.violations.map((v) => v.problems)).toEqual([
      ['body.body must be of type string, got integer'],
      ['body.body is required', 'body.bdy is not a known property (known: body)'],
      ['body.content must be one of "+1", "-1", "laugh", "confused", "heart", "hooray", "rocket", "eyes", got "thumbsup"'],
      ['body.committer.email is required'],
    ]);
  });

  it('rejects non-JSON bodies', async () => {
    const res = await send('POST', '/repos/octo/hello/issues/3/comments', { body: 'body=hi', contentType: 'application/x-www-form-urlencoded' });
    expect(res.status).toBe(400);
    expect(server.violations[0]).toMatchObject({ kind: 'request-body' });
  });

  it('records unknown operations, mistyped path parameters and unknown query parameters', async () => {
    expect((await send('GET', '/repos/octo/hello/issues/3')).status).toBe(404);
    expect((await send('PUT', '/repos/octo/hello/issues/comments/1')).status).toBe(404);
    expect((await send('GET', '/repos/octo/hello/pulls/three')).status).toBe(404);
    expect((await send('GET', '/repos/octo/hello/issues/3/comments?perpage=100')).status).toBe(200);
    expect((await send('GET', '/repos/octo/hello/issues/3/comments?per_page=lots')).status).toBe(422);
    expect(server.violations.map((v) => v.kind)).toEqual(['unknown-operation', 'unknown-operation', 'path-parameter', 'query-parameter', 'query-parameter']);
    expect(server.violations[1].problems[0]).toContain('described: PATCH, DELETE');
  });

  it('requires an Authorization header and the expected token', async () => {
    expect((await send('GET', '/repos/octo/hello/pulls/3', { auth: null })).status).toBe(401);
    expect((await send('GET', '/repos/octo/hello/pulls/3', { auth: 'Basic abc' })).status).toBe(401);
    expect(server.violations.map((v) => v.kind)).toEqual(['authorization', 'authorization']);
    const wrong = await send('GET', '/repos/octo/hello/pulls/3', { auth: 'token nope' });
    expect(wrong).toMatchObject({ status: 401, json: { message: 'Bad credentials' } });
    expect((await send('GET', '/repos/octo/hello/pulls/3', { auth: `Bearer ${DEFAULT_TEST_TOKEN}` })).status).toBe(200);
    expect(server.violations).toHaveLength(2);
  });

  it('accepts everything the client sends for each operation', async () => {
    const repo = server.state.repo('octo/hello');
    const comment = repo.addComment(3, { body: 'hi' });
    repo.setFile('main', 'dir/a.txt', 'A');
    repo.setPermission('alice', 'maintain');
    const artifact = repo.addArtifact({ runId: 77, name: 'genz-report', data: 'zip-bytes' });
    const octokit = testClient(server);
    const base = { owner: 'octo', repo: 'hello' };

    await octokit.rest.issues.listComments({ ...base, issue_number: 3, per_page: 100, page: 1 });
    await octokit.rest.issues.createComment({ ...base, issue_number: 3, body: 'new' });
    await octokit.rest.issues.updateComment({ ...base, comment_id: comment.id, body: 'edited' });
    await octokit.rest.reactions.createForIssueComment({ ...base, comment_id: comment.id, content: 'rocket' });
    await octokit.rest.issues.deleteComment({ ...base, comment_id: comment.id });
    await octokit.rest.repos.getContent({ ...base, path: 'dir/a.txt', ref: 'main' });
    const put = await octokit.rest.repos.createOrUpdateFileContents({
      ...base,
      path: 'dir/b.json',
      message: 'baseline',
      content: Buffer.from('{}').toString('base64'),
      branch: 'main',
      committer: { name: 'genz', email: 'genz@example.com' },
    });
    const permission = await octokit.rest.repos.getCollaboratorPermissionLevel({ ...base, username: 'alice' });
    const pulls = await octokit.rest.repos.listPullRequestsAssociatedWithCommit({ ...base, commit_sha: 'b'.repeat(40) });
    const pull = await octokit.rest.pulls.get({ ...base, pull_number: 3 });
    const artifacts = await octokit.rest.actions.listWorkflowRunArtifacts({ ...base, run_id: 77, name: 'genz-report' });
    const download = await octokit.rest.actions.downloadArtifact({ ...base, artifact_id: artifact.id, archive_format: 'zip' });

    expect(server.violations).toEqual([]);
    expect(put.status).toBe(201);
    expect(repo.getFile('main', 'dir/b.json')?.toString()).toBe('{}');
    expect(permission.data).toMatchObject({ permission: 'write', role_name: 'maintain', user: { login: 'alice' } });
    expect(pulls.data.map((p) => p.number)).toEqual([3]);
    expect(pull.data.head.sha).toBe('b'.repeat(40));
    expect(artifacts.data).toMatchObject({ total_count: 1, artifacts: [{ id: artifact.id, name: 'genz-report' }] });
    expect(Buffer.from(download.data as ArrayBuffer).toString()).toBe('zip-bytes');
    expect(repo.reactions).toMatchObject([{ commentId: comment.id, content: 'rocket', user: 'github-actions[bot]' }]);
    expect(server.requests.map((r) => r.operation)).toContain('(storage)');
  });

  it('answers 404 for a verb the path does not have', async () => {
    const octokit = testClient(server);
    const err = await octokit
      .request('POST /repos/{owner}/{repo}/issues/comments/{comment_id}', { owner: 'octo', repo: 'hello', comment_id: 1, body: 'x' })
      .catch((e: unknown) => e);
    expect((err as { status?: number }).status).toBe(404);
    expect(server.violations).toMatchObject([{ kind: 'unknown-operation', method: 'POST' }]);
  });
});

describe('pagination', () => {
  const links = (header: string | null) =>
    Object.fromEntries(
      (header ?? '')
        .split(', ')
        .filter(Boolean)
        .map((part) => {
          const [, url, rel] = /^<([^>]+)>; rel="(\w+)"$/.exec(part) ?? [];
          return [rel, url];
        }),
    );

  beforeEach(() => {
    const repo = server.state.repo('octo/hello');
    for (let i = 0; i < 75; i++) repo.addComment(3, { body: `c${i}` });
  });

  it('defaults to 30 per page with next/last, then prev/next/last/first, then prev/first', async () => {
    const path = '/repos/octo/hello/issues/3/comments';
    const first = await send('GET', path);
    expect(first.json).toHaveLength(30);
    expect(links(first.headers.get('link'))).toEqual({ next: `${server.url}${path}?page=2`, last: `${server.url}${path}?page=3` });

    const middle = await send('GET', `${path}?page=2`);
    expect(links(middle.headers.get('link'))).toEqual({
      prev: `${server.url}${path}?page=1`,
      next: `${server.url}${path}?page=3`,
      last: `${server.url}${path}?page=3`,
      first: `${server.url}${path}?page=1`,
    });

    const last = await send('GET', `${path}?page=3`);
    expect(last.json).toHaveLength(15);
    expect(links(last.headers.get('link'))).toEqual({ prev: `${server.url}${path}?page=2`, first: `${server.url}${path}?page=1` });
  });

  it('keeps per_page in the links, caps it at 100, and omits Link for a single page', async () => {
    const path = '/repos/octo/hello/issues/3/comments';
    const small = await send('GET', `${path}?per_page=50`);
    expect(links(small.headers.get('link')).next).toBe(`${server.url}${path}?per_page=50&page=2`);
    const capped = await send('GET', `${path}?per_page=500`);
    expect(capped.json).toHaveLength(75);
    expect(capped.headers.get('link')).toBeNull();
    const beyond = await send('GET', `${path}?page=9`);
    expect(beyond.json).toEqual([]);
  });

  it('is followed to the end by octokit.paginate', async () => {
    const octokit = testClient(server);
    const all = await octokit.paginate(octokit.rest.issues.listComments, { owner: 'octo', repo: 'hello', issue_number: 3, per_page: 20 });
    expect(all.map((c) => c.body)).toEqual(Array.from({ length: 75 }, (_, i) => `c${i}`));
    expect(server.requestsFor('listIssueComments').map((r) => r.query.page ?? '1')).toEqual(['1', '2', '3', '4']);
    expect(server.violations).toEqual([]);
  });
});
