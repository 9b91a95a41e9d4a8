import { describe, expect, it } from 'vitest';
import { canWrite, getRepositoryPermission } from '../../src/github/permissions.js';
import { useGitHubApiServer } from '../support/use-github-api-server.js';

const gh = useGitHubApiServer('octo/hello');

const permissionOf = (username: string) => getRepositoryPermission(gh.octokit, { owner: 'octo', repo: 'hello', username });

describe('getRepositoryPermission', () => {
  it('reads the permission and role from GitHub', async () => {
    gh.repo.setPermission('maintainer', 'maintain');
    gh.repo.setPermission('writer', 'write');
    gh.repo.setPermission('admin', 'admin');
    gh.repo.setPermission('triager', 'triage');
    gh.repo.setPermission('reader', 'read');
    const results = Object.fromEntries(
      await Promise.all(['maintainer', 'writer', 'admin', 'triager', 'reader', 'stranger'].map(async (u) => [u, await permissionOf(u)] as const)),
    );
    expect(results.maintainer).toEqual({ permission: 'write', role: 'maintain' });
    expect(results.stranger).toEqual({ permission: 'none', role: 'none' });
    expect(
      Object.entries(results)
        .filter(([, p]) => canWrite(p))
        .map(([u]) => u)
        .sort(),
    ).toEqual(['admin', 'maintainer', 'writer']);
  });

  it('treats a 404 (not a collaborator) as no permission', async () => {
    gh.server.failNext({ route: 'getCollaboratorPermissionLevel', status: 404 });
    expect(await permissionOf('ghost')).toEqual({ permission: 'none', role: null });
  });

  it('propagates other errors', async () => {
    gh.server.failNext({ route: 'getCollaboratorPermissionLevel', status: 403 });
    await expect(permissionOf('writer')).rejects.toMatchObject({ status: 403 });
  });
});
