import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeGitHubError, isForbidden, isNotFound, permissionsBlock, redactSecrets, statusOf } from '../../src/github/errors.js';
import { readFileAtRef } from '../../src/github/contents.js';
import { startGitHubApiServer, type GitHubApiServer } from '../support/github-api-server.js';
import { testClient } from '../support/github-test-client.js';

let server: GitHubApiServer;

beforeAll(async () => {
  server = await startGitHubApiServer();
  server.state.repo('octo/hello').addPullRequest({ number: 9, headSha: 'd'.repeat(40) });
});

afterAll(async () => {
  expect(server.violations).toEqual([]);
  await server.close();
});

/** A real error thrown by the real client for a given injected status. */
async function errorFor(status: number, route = 'createIssueComment', body?: unknown): Promise<unknown> {
  server.failNext({ route, status, body });
  const octokit = testClient(server, { retries: 0 });
  if (route === 'createIssueComment') {
    return octokit.rest.issues.createComment({ owner: 'octo', repo: 'hello', issue_number: 9, body: 'x' }).catch((e: unknown) => e);
  }
  if (route === 'createOrUpdateFileContents') {
    return octokit.rest.repos
      .createOrUpdateFileContents({ owner: 'octo', repo: 'hello', path: 'perf/baseline.json', message: 'm', content: 'e30=' })
      .catch((e: unknown) => e);
  }
  return octokit.rest.repos.getContent({ owner: 'octo', repo: 'hello', path: 'perf/baseline.json', ref: 'main' }).catch((e: unknown) => e);
}

describe('describeGitHubError', () => {
  it('403 on a comment names pull-requests: write, the YAML fix and the fork flow', async () => {
    const err = await errorFor(403);
    expect(isForbidden(err)).toBe(true);
    const message = describeGitHubError(err, 'createComment');
    expect(message).toContain('HTTP 403 Resource not accessible by integration');
    expect(message).toContain('POST /repos/octo/hello/issues/9/comments');
    expect(message).toContain('permissions:\n    contents: read\n    pull-requests: write');
    expect(message).toContain('read-only token');
    expect(message).toContain('workflow_run');
  });

  it('403 on reading and committing files names contents: read / contents: write', async () => {
    const read = describeGitHubError(await errorFor(403, 'getContent'), 'readContents');
    expect(read).toContain('`contents: read`');
    expect(read).not.toContain('pull-requests');
    const write = describeGitHubError(await errorFor(403, 'createOrUpdateFileContents'), 'writeContents');
    expect(write).toContain('`contents: write`');
    expect(write).toContain('permissions:\n    contents: write');
  });

  it('404 explains not-found-or-no-access with contents: read and visibility', async () => {
    const err = await errorFor(404);
    expect(isNotFound(err)).toBe(true);
    const message = describeGitHubError(err, 'createComment');
    expect(message).toMatch(/404 Not Found/);
    expect(message).toMatch(/no access/);
    expect(message).toContain('`contents: read`');
    expect(message).toMatch(/private or internal/);
  });

  it('422 includes GitHub’s validation details', async () => {
    const err = await errorFor(422, 'createIssueComment', {
      message: 'Validation Failed',
      errors: [{ resource: 'IssueComment', field: 'body', code: 'custom', message: 'body is too long' }],
    });
    expect(describeGitHubError(err, 'createComment')).toMatch(/HTTP 422 Validation Failed \(body: body is too long\)/);
  });

  it('401 says the token is invalid or expired', async () => {
    const message = describeGitHubError(await errorFor(401), 'createComment');
    expect(message).toMatch(/rejected the token.*invalid or expired/s);
  });

  it('5xx after retries and plain errors', async () => {
    expect(describeGitHubError(await errorFor(502), 'createComment')).toMatch(/server error.*HTTP 502/);
    expect(describeGitHubError(new Error('boom'), 'readContents')).toBe('Could not read a file from the repository: boom');
    expect(statusOf(new Error('boom'))).toBeNull();
  });

  it('accepts a custom operation description', async () => {
    const message = describeGitHubError(await errorFor(403), { summary: 'do a thing', permission: { scope: 'actions', level: 'read' } });
    expect(message).toContain('GitHub refused to do a thing');
    expect(message).toContain('actions: read');
  });

  it('never includes the token, even when GitHub echoes it', async () => {
    const token = 'ghp_abcdefghijklmnopqrstuvwxyz0123456789';
    const err = await errorFor(403, 'createIssueComment', { message: `token ${token} lacks scope` });
    expect(describeGitHubError(err, 'createComment', { token })).not.toContain(token);
    expect(describeGitHubError(err, 'createComment')).not.toContain(token);
  });
});

describe('helpers', () => {
  it('permissionsBlock always keeps contents for checkout', () => {
    expect(permissionsBlock({ scope: 'pull-requests', level: 'write' })).toBe('permissions:\n  contents: read\n  pull-requests: write');
    expect(permissionsBlock({ scope: 'contents', level: 'write' })).toBe('permissions:\n  contents: write');
    expect(permissionsBlock(null)).toBe('permissions:\n  contents: read');
  });

  it('redactSecrets masks the token, GitHub token shapes and authorization headers', () => {
    expect(redactSecrets('a secret-value b', 'secret-value')).toBe('a *** b');
    expect(redactSecrets('x ghs_0123456789abcdefghijKLMN y')).toBe('x *** y');
    expect(redactSecrets('"authorization": "token abc.def"')).toBe('"authorization": "token ***"');
    expect(redactSecrets('the token is invalid')).toBe('the token is invalid');
  });

  it('readFileAtRef lets non-404 errors through for the caller to describe', async () => {
    server.failNext({ route: 'getContent', status: 403 });
    const err = await readFileAtRef(testClient(server), { owner: 'octo', repo: 'hello', path: 'a.json', ref: 'main' }).catch((e: unknown) => e);
    expect(describeGitHubError(err, 'readContents')).toContain('contents: read');
  });
});
