/**
 * Turns failed GitHub API calls into messages a workflow author can act on:
 * which permission is missing, the `permissions:` block that grants it, and
 * the fork caveat. Messages never include the token.
 */

/** Replaces the token (and anything that looks like a GitHub credential) with `***`. */
export function redactSecrets(text: string, token?: string): string {
  let out = text;
  if (token && token.length >= 4) out = out.split(token).join('***');
  return out
    .replace(/\b(gh[pousr]_[A-Za-z0-9]{16,}|github_pat_[A-Za-z0-9_]{16,})\b/g, '***')
    .replace(/(authorization["']?\s*[:=]\s*["']?(?:token|bearer)\s+)(?!\[REDACTED\])[^\s"',}]+/gi, '$1***');
}

/** Permission scopes of the workflow token (`permissions:` keys). */
export type PermissionScope = 'contents' | 'pull-requests' | 'issues' | 'actions' | 'metadata';

export interface OperationInfo {
  /** What we were trying to do, phrased to follow "while trying to". */
  summary: string;
  /** Permission the workflow token needs, or null when every token has it. */
  permission: { scope: PermissionScope; level: 'read' | 'write' } | null;
}

/** Every GitHub call this action makes, with the permission it needs. */
export const GITHUB_OPERATIONS = {
  listComments: { summary: 'list the pull request comments', permission: { scope: 'pull-requests', level: 'read' } },
  createComment: { summary: 'create the pull request comment', permission: { scope: 'pull-requests', level: 'write' } },
  updateComment: { summary: 'update the pull request comment', permission: { scope: 'pull-requests', level: 'write' } },
  deleteComment: { summary: 'delete a duplicate pull request comment', permission: { scope: 'pull-requests', level: 'write' } },
  addReaction: { summary: 'react to the comment', permission: { scope: 'pull-requests', level: 'write' } },
  readContents: { summary: 'read a file from the repository', permission: { scope: 'contents', level: 'read' } },
  writeContents: { summary: 'commit a file to the repository', permission: { scope: 'contents', level: 'write' } },
  readPullRequest: { summary: 'read the pull request', permission: { scope: 'pull-requests', level: 'read' } },
  listPullRequestsForCommit: { summary: 'find the pull request for a commit', permission: { scope: 'pull-requests', level: 'read' } },
  readCollaboratorPermission: { summary: "check the commenter's repository permission", permission: null },
  listArtifacts: { summary: 'list the workflow run artifacts', permission: { scope: 'actions', level: 'read' } },
  downloadArtifact: { summary: 'download a workflow run artifact', permission: { scope: 'actions', level: 'read' } },
} as const satisfies Record<string, OperationInfo>;

export type GitHubOperation = keyof typeof GITHUB_OPERATIONS;

interface RequestErrorLike {
  status: number;
  message: string;
  request?: { method?: string; url?: string };
  response?: { status?: number; headers?: Record<string, string | number | undefined>; data?: unknown };
}

function asRequestError(err: unknown): RequestErrorLike | null {
  if (typeof err !== 'object' || err === null) return null;
  const candidate = err as Partial<RequestErrorLike>;
  return typeof candidate.status === 'number' && typeof candidate.message === 'string' ? (candidate as RequestErrorLike) : null;
}

/** HTTP status of a GitHub API error, or null for anything else. */
export function statusOf(err: unknown): number | null {
  return asRequestError(err)?.status ?? null;
}

function header(err: RequestErrorLike, name: string): string | undefined {
  const value = err.response?.headers?.[name];
  return value === undefined ? undefined : String(value);
}

/** The request path without origin or query, e.g. `/repos/o/r/issues/1/comments`. */
function pathOf(url: string): string {
  return url.replace(/^[a-z]+:\/\/[^/]+/i, '').replace(/[?#].*$/, '') || '/';
}

/** GitHub's own message, without the documentation link Octokit appends. */
function githubMessage(err: RequestErrorLike): string {
  const data = err.response?.data;
  if (typeof data === 'object' && data !== null && typeof (data as { message?: unknown }).message === 'string') {
    return (data as { message: string }).message.trim();
  }
  return err.message.replace(/ - https:\/\/docs\.github\.com\S*$/, '').trim();
}

function validationDetails(err: RequestErrorLike): string[] {
  const data = err.response?.data as { errors?: unknown } | undefined;
  if (!data || !Array.isArray(data.errors)) return [];
  return data.errors.map((e) => {
    if (typeof e === 'string') return e;
    const { field, code, message } = (e ?? {}) as { field?: string; code?: string; message?: string };
    return [field, message ?? code].filter(Boolean).join(': ');
  });
}

/** True for 403/429 answers caused by a primary or secondary rate limit. */
export function isRateLimited(err: unknown): boolean {
  const e = asRequestError(err);
  if (!e || (e.status !== 403 && e.status !== 429)) return false;
  return header(e, 'x-ratelimit-remaining') === '0' || header(e, 'retry-after') !== undefined || /rate limit/i.test(githubMessage(e));
}

/** True when GitHub refused the call for lack of permission (a 403 that is not a rate limit). */
export function isForbidden(err: unknown): boolean {
  return statusOf(err) === 403 && !isRateLimited(err);
}

export function isNotFound(err: unknown): boolean {
  return statusOf(err) === 404;
}

/** The `permissions:` block that grants `needed` while keeping checkout working. */
export function permissionsBlock(needed: OperationInfo['permission']): string {
  const scopes = new Map<string, string>([['contents', 'read']]);
  if (needed && needed.scope !== 'metadata') {
    const current = scopes.get(needed.scope);
    if (current !== 'write') scopes.set(needed.scope, needed.level);
  }
  const lines = [...scopes].sort(([a], [b]) => a.localeCompare(b)).map(([scope, level]) => `  ${scope}: ${level}`);
  return ['permissions:', ...lines].join('\n');
}

const FORK_NOTE =
  'Pull requests from forks always get a read-only token, whatever `permissions:` says. For those, use the two-workflow flow: ' +
  'run genz-action on `pull_request` to compute the report and upload it as an artifact, and post the comment from a second ' +
  'workflow triggered by `workflow_run`, which runs in the base repository with a write token.';

function indent(text: string): string {
  return text
    .split('\n')
    .map((line) => `  ${line}`)
    .join('\n');
}

/**
 * A clear, token-free explanation of why a GitHub call failed.
 *
 * @param operation what we were doing; a key of GITHUB_OPERATIONS or a custom description
 * @param options.token redacted from the message if it ever appears in GitHub's answer
 */
export function describeGitHubError(err: unknown, operation: GitHubOperation | OperationInfo, options: { token?: string } = {}): string {
  const info: OperationInfo = typeof operation === 'string' ? GITHUB_OPERATIONS[operation] : operation;
  const e = asRequestError(err);
  const redact = (text: string) => redactSecrets(text, options.token);
  if (!e) {
    const message = err instanceof Error ? err.message : String(err);
    return redact(`Could not ${info.summary}: ${message}`);
  }
  const where = e.request?.method && e.request?.url ? ` (${e.request.method} ${pathOf(e.request.url)})` : '';
  const said = githubMessage(e);
  const need = info.permission ? `\`${info.permission.scope}: ${info.permission.level}\`` : null;
  let text: string;

  if (isRateLimited(e)) {
    const reset = header(e, 'x-ratelimit-reset');
    const resetAt = reset && /^\d+$/.test(reset) ? ` The limit resets at ${new Date(Number(reset) * 1000).toISOString()}.` : '';
    const retryAfter = header(e, 'retry-after');
    text =
      `GitHub rate-limited the request to ${info.summary}${where}: ${said}.${resetAt}` +
      `${retryAfter ? ` GitHub asked to wait ${retryAfter}s.` : ''} The action already retried; re-run the job later, ` +
      'or reduce how many workflows call the API at once.';
  } else if (e.status === 401) {
    text =
      `GitHub rejected the token while trying to ${info.summary}${where}: HTTP 401 ${said}. The token is invalid or expired. ` +
      'If you pass `github-token`, check that the secret exists in this repository and has not expired or been revoked; ' +
      'the default `${{ github.token }}` is only valid while its job runs.';
  } else if (e.status === 403) {
    const grant = need
      ? `The workflow token needs ${need}. Grant it in the workflow (or job):\n\n${indent(permissionsBlock(info.permission))}\n\n` +
        'Listing any permission sets every unlisted one to `none`, so keep the others this workflow needs.'
      : 'Check the token owner can access this repository.';
    text = `GitHub refused to ${info.summary}${where}: HTTP 403 ${said}. ${grant}\n\n${FORK_NOTE}`;
  } else if (e.status === 404) {
    const needs = need && info.permission?.scope !== 'contents' ? `${need} and \`contents: read\`` : '`contents: read`';
    const access =
      `The token needs ${needs}; for a private or internal repository it must also be allowed to see that repository ` +
      '(a personal access token or GitHub App must include it).';
    text =
      `GitHub answered 404 Not Found while trying to ${info.summary}${where}. Either it does not exist (check the repository, ` +
      `number, path or ref) or the token cannot see it: GitHub answers 404 rather than 403 when a token has no access. ${access}`;
  } else if (e.status === 422) {
    const details = validationDetails(e);
    text =
      `GitHub rejected the request to ${info.summary} as invalid${where}: HTTP 422 ${said}` +
      `${details.length ? ` (${details.join('; ')})` : ''}. This is most likely a bug in genz-action; please report it.`;
  } else if (e.status === 409) {
    text = `GitHub reported a conflict while trying to ${info.summary}${where}: HTTP 409 ${said}. Something changed it concurrently; re-run the job.`;
  } else if (e.status === 410) {
    text = `GitHub says this is gone while trying to ${info.summary}${where}: HTTP 410 ${said}.`;
  } else if (e.status >= 500 && e.response === undefined) {
    text = `Could not reach GitHub while trying to ${info.summary}${where}: ${said}. Check the network and GITHUB_API_URL.`;
  } else if (e.status >= 500) {
    text = `GitHub had a server error while trying to ${info.summary}${where}: HTTP ${e.status} ${said}, even after retrying. Re-run the job later.`;
  } else {
    text = `GitHub answered HTTP ${e.status} while trying to ${info.summary}${where}: ${said}.`;
  }
  return redact(text);
}
