import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { GitHubClient } from '../../src/github/client.js';
import { canWrite, getRepositoryPermission } from '../../src/github/permissions.js';
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

const permissionOf = (username: string) => getRepositoryPermission(octokit, { owner: 'octo', repo: 'hello', username });

describe('getRepositoryPermission', () => {
  it('reads the permission and role from GitHub', async () => {
    repo.setPermission('maintainer', 'maintain');
    repo.setPermission('writer', 'write');
    repo.setPermission('admin', 'admin');
    repo.setPermission('triager', 'triage');
    repo.setPermission('reader', 'read');
    const results = Object.fromEntries(
      await Promise.all(['maintainer', 'writer', 'admin', 'triager', 'reader', 'stranger'].map(async (u) => [u, await permissionOf(u)] as const)),
    );
    expect(results.maintainer).toEqual({ permission: 'write', role: 'maintain' });
    expect(results.stranger).toEqual({ permission: 'none', role: 'none' });
    expect(Object.entries(results).filter(([, p]) => canWrite(p)).map(([u]) => u).sort()).toEqual(['admin', 'maintainer', 'writer']);
  });

  it('treats a 404 (not a collaborator) as no permission', async () => {
    server.failNext({ route: 'getCollaboratorPermissionLevel', status: 404 });
    expect(await permissionOf('ghost')).toEqual({ permission: 'none', role: null });
  });

  it('propagates other errors', async () => {
    server.failNext({ route: 'getCollaboratorPermissionLevel', status: 403 });
    await expect(permissionOf('writer')).rejects.toMatchObject({ status: 403 });
  });
});
