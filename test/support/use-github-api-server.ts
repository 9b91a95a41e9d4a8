/**
 * The per-test setup shared by the tests that talk to the loopback GitHub REST
 * server: a fresh server (and repository, and client) before each test, and
 * after it the check that every request matched GitHub's published description.
 *
 *   const gh = useGitHubApiServer('octo/hello');
 *   it('...', async () => {
 *     gh.repo.addPullRequest({ number: 7, headSha });
 *     await getPullRequest(gh.octokit, { owner: 'octo', repo: 'hello', number: 7 });
 *     expect(gh.server.requests).toHaveLength(1);
 *   });
 *
 * Call it at the top of a file or inside a `describe`; the hooks it registers
 * run before any `beforeEach` registered after it, so further setup can use
 * `gh.repo`. Read the properties inside hooks and tests, not at definition time.
 */
import { afterEach, beforeEach, expect } from 'vitest';
import type { GitHubClient } from '../../src/github/client.js';
import { startGitHubApiServer, type GitHubApiServer, type GitHubApiServerOptions, type RepoState } from './github-api-server.js';
import { testClient } from './github-test-client.js';

export interface GitHubApiServerFixture {
  /** The current test's server. */
  readonly server: GitHubApiServer;
  /** `server.state.repo(repoFullName)`. */
  readonly repo: RepoState;
  /** A client pointed at `server` (see testClient), with the server's token. */
  readonly octokit: GitHubClient;
}

export function useGitHubApiServer(repoFullName: string, options: GitHubApiServerOptions = {}): GitHubApiServerFixture {
  const fixture = {} as { server: GitHubApiServer; repo: RepoState; octokit: GitHubClient };

  beforeEach(async () => {
    fixture.server = await startGitHubApiServer(options);
    fixture.repo = fixture.server.state.repo(repoFullName);
    fixture.octokit = testClient(fixture.server, typeof options.token === 'string' ? { token: options.token } : {});
  });

  afterEach(async () => {
    // Every request the client sent must match GitHub's published description.
    expect(fixture.server.violations).toEqual([]);
    await fixture.server.close();
  });

  return fixture;
}
