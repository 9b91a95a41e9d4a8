import { beforeEach, describe, expect, it } from 'vitest';
import { createGitHubClient } from '../../src/github/client.js';
import { describeGitHubError, isForbidden, isRateLimited } from '../../src/github/errors.js';
import { startGitHubApiServer } from '../support/github-api-server.js';
import { useGitHubApiServer } from '../support/use-github-api-server.js';
import { FAST_TIMING, recordingLogger } from '../support/github-test-client.js';

const TOKEN = `ghs_${'Zq7'.repeat(12)}`;

const gh = useGitHubApiServer('octo/hello', { token: TOKEN });

beforeEach(() => {
  gh.repo.addPullRequest({ number: 1, headSha: 'c'.repeat(40) });
});

const list = (octokit: ReturnType<typeof createGitHubClient>) =>
  octokit.rest.issues.listComments({ owner: 'octo', repo: 'hello', issue_number: 1, per_page: 100 });

describe('createGitHubClient', () => {
  it('sends the token and the user agent', async () => {
    const octokit = createGitHubClient({ token: TOKEN, baseUrl: gh.server.url, timing: FAST_TIMING });
    await list(octokit);
    expect(gh.server.requests[0].status).toBe(200);
    expect(gh.server.requests[0].headers['user-agent']).toMatch(/^genz-action /);
  });

  it('defaults baseUrl to GITHUB_API_URL', async () => {
    const saved = process.env.GITHUB_API_URL;
    process.env.GITHUB_API_URL = gh.server.url;
    try {
      const octokit = createGitHubClient({ token: TOKEN, timing: FAST_TIMING });
      await list(octokit);
      expect(gh.server.requests).toHaveLength(1);
    } finally {
      if (saved === undefined) delete process.env.GITHUB_API_URL;
      else process.env.GITHUB_API_URL = saved;
    }
  });

  it('refuses an empty token', () => {
    expect(() => createGitHubClient({ token: '' })).toThrow(/token is required/);
  });

  it('gives up on a rate limit after the configured retries, logging without the token', async () => {
    const log = recordingLogger();
    const octokit = createGitHubClient({ token: TOKEN, baseUrl: gh.server.url, log, timing: FAST_TIMING, rateLimitRetries: 2 });
    gh.server.rateLimitNext({ kind: 'secondary', route: 'listIssueComments', times: 10, retryAfterSeconds: 1 });

    const err = await list(octokit).catch((e: unknown) => e);

    expect(gh.server.requestsFor('listIssueComments').map((r) => r.status)).toEqual([403, 403, 403]);
    expect(isRateLimited(err)).toBe(true);
    expect(isForbidden(err)).toBe(false);
    expect(describeGitHubError(err, 'listComments')).toMatch(/rate-limited.*secondary rate limit/s);
    expect(log.lines.filter((l) => l.startsWith('warning:'))).toHaveLength(3);
    expect(log.lines.at(-1)).toMatch(/giving up after 2 retries/);
    expect(log.lines.join('\n')).not.toContain(TOKEN);
  });

  it('does not wait for a primary rate limit that resets too far in the future', async () => {
    const log = recordingLogger();
    const octokit = createGitHubClient({ token: TOKEN, baseUrl: gh.server.url, log, timing: FAST_TIMING, maxRateLimitWaitSeconds: 60 });
    gh.server.rateLimitNext({ kind: 'primary', route: 'listIssueComments', retryAfterSeconds: 3600 });

    const err = await list(octokit).catch((e: unknown) => e);

    expect(gh.server.requestsFor('listIssueComments')).toHaveLength(1);
    expect(isRateLimited(err)).toBe(true);
    expect(describeGitHubError(err, 'listComments')).toMatch(/resets at \d{4}-/);
    expect(log.lines.join('\n')).toMatch(/longer than the 60s/);
  });

  it('does not retry answers a retry cannot change', async () => {
    const octokit = createGitHubClient({ token: TOKEN, baseUrl: gh.server.url, timing: FAST_TIMING });
    for (const status of [401, 404, 409, 422]) {
      gh.server.failNext({ route: 'listIssueComments', status });
      await expect(list(octokit)).rejects.toMatchObject({ status });
    }
    expect(gh.server.requestsFor('listIssueComments')).toHaveLength(4);
  });

  it('honours the server-error retry count', async () => {
    const octokit = createGitHubClient({ token: TOKEN, baseUrl: gh.server.url, timing: FAST_TIMING, retries: 1 });
    gh.server.failNext({ route: 'listIssueComments', status: 503, times: 5 });
    await expect(list(octokit)).rejects.toMatchObject({ status: 503 });
    expect(gh.server.requestsFor('listIssueComments')).toHaveLength(2);
  });

  it('reports a wrong token as 401 with advice, not the token', async () => {
    const wrong = `ghp_${'x9'.repeat(18)}`;
    const octokit = createGitHubClient({ token: wrong, baseUrl: gh.server.url, timing: FAST_TIMING });
    const err = await list(octokit).catch((e: unknown) => e);
    const message = describeGitHubError(err, 'listComments', { token: wrong });
    expect(message).toMatch(/invalid or expired/);
    expect(message).not.toContain(wrong);
  });

  it('explains an unreachable API after retrying network failures', async () => {
    const gone = await startGitHubApiServer();
    await gone.close();
    const octokit = createGitHubClient({ token: TOKEN, baseUrl: gone.url, timing: FAST_TIMING, retries: 1 });
    const err = await list(octokit).catch((e: unknown) => e);
    expect(describeGitHubError(err, 'listComments')).toMatch(/^Could not reach GitHub while trying to list the pull request comments/);
  });
});
