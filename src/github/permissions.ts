/**
 * A user's permission on a repository, from GitHub itself (never inferred from `author_association`,
 * which says nothing about write access).
 */
import type { GitHubClient } from './client.js';
import { isNotFound } from './errors.js';

export interface RepositoryPermission {
  /** GitHub's base permission: `admin`, `write`, `read` or `none` (maintain counts as write, triage as read). */
  permission: string;
  /** The role's name (`admin`, `maintain`, `write`, `triage`, `read` or a custom role); null when unknown. */
  role: string | null;
}

export async function getRepositoryPermission(octokit: GitHubClient, params: { owner: string; repo: string; username: string }): Promise<RepositoryPermission> {
  try {
    const { data } = await octokit.rest.repos.getCollaboratorPermissionLevel({ owner: params.owner, repo: params.repo, username: params.username });
    const role = (data as { role_name?: unknown }).role_name;
    return { permission: data.permission, role: typeof role === 'string' ? role : null };
  } catch (err) {
    // Not a collaborator (or no such user): no permission.
    if (isNotFound(err)) return { permission: 'none', role: null };
    throw err;
  }
}

/** Write, maintain or admin: may push to the repository's branches. */
export function canWrite(p: RepositoryPermission): boolean {
  return p.permission === 'admin' || p.permission === 'write' || p.role === 'maintain';
}
