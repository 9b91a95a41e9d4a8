/**
 * All sticky pull-request comment I/O.
 *
 * A sticky comment is an ordinary issue comment whose body contains a hidden
 * marker (`<!-- genz-action:comment-key=KEY -->`) and which was written by the
 * workflow's identity. Each run updates that comment in place instead of
 * adding a new one. Errors from GitHub propagate; the caller decides whether
 * a failed comment should fail the job (a 403 must not hide the verdict).
 */
import type { GitHubClient } from './client.js';

/** Who the default workflow token comments as. The token cannot ask who it is, so this is an input. */
export const DEFAULT_COMMENT_AUTHOR = 'github-actions[bot]';
/** GitHub's limit on comment bodies. */
export const MAX_COMMENT_BODY_LENGTH = 65_536;

const KEY_PATTERN = /^[A-Za-z0-9._-]{1,100}$/;

/**
 * The hidden HTML comment identifying one sticky comment. Keys may use
 * letters, digits, `-`, `_` and `.` (at most 100; no `--`, which would
 * break the HTML comment).
 */
export function hiddenMarker(key: string): string {
  const trimmed = key.trim();
  if (!KEY_PATTERN.test(trimmed) || trimmed.includes('--')) {
    throw new Error(`Invalid comment key ${JSON.stringify(key)}: use 1-100 letters, digits, '-', '_' or '.', without '--'.`);
  }
  return `<!-- genz-action:comment-key=${trimmed} -->`;
}

export interface StickyComment {
  id: number;
  body: string;
  author: string;
  createdAt: string;
  updatedAt: string;
  url: string;
}

export interface FindStickyCommentsParams {
  owner: string;
  repo: string;
  issueNumber: number;
  marker: string;
  /** Login whose comments count; default `github-actions[bot]`. */
  author?: string;
}

/**
 * Every comment on the issue/PR that contains `marker` and was written by
 * `author`, oldest first. Walks all pages (100 per page).
 */
export async function findStickyComments(octokit: GitHubClient, params: FindStickyCommentsParams): Promise<StickyComment[]> {
  const author = (params.author ?? DEFAULT_COMMENT_AUTHOR).toLowerCase();
  const found: StickyComment[] = [];
  const pages = octokit.paginate.iterator(octokit.rest.issues.listComments, {
    owner: params.owner,
    repo: params.repo,
    issue_number: params.issueNumber,
    per_page: 100,
  });
  for await (const page of pages) {
    for (const comment of page.data) {
      const body = comment.body ?? '';
      if (!body.includes(params.marker) || comment.user?.login?.toLowerCase() !== author) continue;
      found.push({
        id: comment.id,
        body,
        author: comment.user.login,
        createdAt: comment.created_at,
        updatedAt: comment.updated_at,
        url: comment.html_url,
      });
    }
  }
  return found;
}

export interface UpsertStickyCommentParams {
  owner: string;
  repo: string;
  issueNumber: number;
  key: string;
  body: string;
  /** Login whose marker comments are ours; default `github-actions[bot]`. */
  author?: string;
  /** Create the comment when none exists (default true); when false, only update an existing one. */
  createIfMissing?: boolean;
}

export interface UpsertStickyCommentResult {
  action: 'created' | 'updated' | 'unchanged' | 'skipped';
  commentId: number | null;
  url: string | null;
  /** Ids of duplicate sticky comments that were deleted. */
  deleted: number[];
}

/** Newest first: by created_at, then by id (ids grow over time). */
function newestFirst(a: StickyComment, b: StickyComment): number {
  return Date.parse(b.createdAt) - Date.parse(a.createdAt) || b.id - a.id;
}

function sameBody(a: string, b: string): boolean {
  const normalize = (s: string) => s.replace(/\r\n/g, '\n').trimEnd();
  return normalize(a) === normalize(b);
}

/** `body` with the marker as its first line (unless it already contains it). */
export function withMarker(body: string, marker: string): string {
  return body.includes(marker) ? body : `${marker}\n${body}`;
}

/**
 * Creates or updates the sticky comment for `key`.
 *
 * - Several marker comments (racing runs): the newest is kept, the others deleted.
 * - Newest already has this body: nothing is sent (`unchanged`).
 * - Otherwise it is edited (`updated`).
 * - None exists: it is created (`created`), or nothing happens when
 *   `createIfMissing` is false (`skipped`).
 */
export async function upsertStickyComment(octokit: GitHubClient, params: UpsertStickyCommentParams): Promise<UpsertStickyCommentResult> {
  const marker = hiddenMarker(params.key);
  const body = withMarker(params.body, marker);
  if (body.length > MAX_COMMENT_BODY_LENGTH) {
    throw new Error(`The comment is ${body.length} characters long; GitHub accepts at most ${MAX_COMMENT_BODY_LENGTH}.`);
  }
  const { owner, repo, issueNumber } = params;
  const existing = (await findStickyComments(octokit, { owner, repo, issueNumber, marker, author: params.author })).sort(newestFirst);
  const [newest, ...stale] = existing;

  let result: UpsertStickyCommentResult;
  if (!newest) {
    if (params.createIfMissing === false) return { action: 'skipped', commentId: null, url: null, deleted: [] };
    const { data } = await octokit.rest.issues.createComment({ owner, repo, issue_number: issueNumber, body });
    return { action: 'created', commentId: data.id, url: data.html_url, deleted: [] };
  } else if (sameBody(newest.body, body)) {
    result = { action: 'unchanged', commentId: newest.id, url: newest.url, deleted: [] };
  } else {
    const { data } = await octokit.rest.issues.updateComment({ owner, repo, comment_id: newest.id, body });
    result = { action: 'updated', commentId: data.id, url: data.html_url, deleted: [] };
  }

  // Only after the current comment is in place, so a failure here cannot lose the verdict.
  for (const duplicate of stale) {
    try {
      await octokit.rest.issues.deleteComment({ owner, repo, comment_id: duplicate.id });
      result.deleted.push(duplicate.id);
    } catch (err) {
      // Another run may have removed it already.
      if ((err as { status?: number }).status !== 404) throw err;
    }
  }
  return result;
}

/** A plain (non-sticky) comment on an issue or pull request, e.g. a reply to a command. */
export async function createIssueComment(
  octokit: GitHubClient,
  params: { owner: string; repo: string; issueNumber: number; body: string },
): Promise<{ commentId: number; url: string }> {
  if (params.body.length > MAX_COMMENT_BODY_LENGTH) {
    throw new Error(`The comment is ${params.body.length} characters long; GitHub accepts at most ${MAX_COMMENT_BODY_LENGTH}.`);
  }
  const { data } = await octokit.rest.issues.createComment({ owner: params.owner, repo: params.repo, issue_number: params.issueNumber, body: params.body });
  return { commentId: data.id, url: data.html_url };
}

export type CommentReaction = '+1' | '-1' | 'laugh' | 'confused' | 'heart' | 'hooray' | 'rocket' | 'eyes';

/** Adds a reaction to an issue or pull request comment (GitHub keeps one per user and content). */
export async function reactToComment(
  octokit: GitHubClient,
  params: { owner: string; repo: string; commentId: number; content: CommentReaction },
): Promise<void> {
  await octokit.rest.reactions.createForIssueComment({ owner: params.owner, repo: params.repo, comment_id: params.commentId, content: params.content });
}
