/**
 * A real HTTP server on 127.0.0.1 that behaves like the slice of GitHub's REST
 * API this action uses, backed by in-memory state (github-state.ts).
 *
 * Every request is checked against test/fixtures/github/rest-operations.json,
 * which was extracted from GitHub's published OpenAPI description:
 *   - method + path must be one of the fixture's operations (else 404),
 *   - path parameters must have the declared type (else 404),
 *   - query parameters must be known and typed (unknown → recorded; mistyped → 422),
 *   - request bodies must satisfy the operation's body schema (else 422).
 * Each failed check is appended to `server.violations`, so a test can assert
 * that the client only ever sent requests GitHub would accept.
 *
 *   const server = await startGitHubApiServer();
 *   server.state.repo('octo/hello').addComment(7, { body: 'hi' });
 *   server.failNext({ method: 'POST', route: 'createIssueComment', status: 500 });
 *   ... use server.url as the client's baseUrl, token 'test-token' ...
 *   expect(server.violations).toEqual([]);
 *   await server.close();
 */
import { createServer, type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { checkParameterValue, checkSchema, loadRestFixture, type FixtureOperation, type RestFixture } from './rest-fixture.js';
import {
  GitHubState,
  gitBlobSha,
  type ArtifactRecord,
  type CommentRecord,
  type PullRequestRecord,
  type ReactionContent,
  type RepoState,
} from './github-state.js';

export { GitHubState, RepoState } from './github-state.js';

export const DEFAULT_TEST_TOKEN = 'test-token';
export const DEFAULT_ACTOR = 'github-actions[bot]';
/** GitHub's limit on issue comment bodies (not part of the OpenAPI description). */
export const MAX_COMMENT_LENGTH = 65_536;
/** Files above this size come back from the contents API with `encoding: "none"`. */
export const LARGE_FILE_BYTES = 1_000_000;

export interface GitHubApiServerOptions {
  /** Token every request must carry (`token X` or `Bearer X`); `null` accepts any. Default `test-token`. */
  token?: string | null;
  /** Login that comments and reactions created through the API are attributed to. */
  actor?: string;
  /**
   * Flag unknown top-level body properties even where the description does not
   * set `additionalProperties: false`. GitHub silently ignores them, which hides
   * typos such as `{ bdy: ... }`, so this is on by default.
   */
  rejectUnknownBodyProperties?: boolean;
  fixture?: RestFixture;
}

export interface RecordedRequest {
  method: string;
  /** Path without the query string, as received (percent-encoding intact). */
  path: string;
  query: Record<string, string>;
  body: unknown;
  /** Fixture operation name, `(storage)` for artifact blob downloads, or null when no operation matched. */
  operation: string | null;
  status: number;
  /** Request headers, lower-cased, without `authorization`. */
  headers: Record<string, string>;
}

export type ViolationKind = 'authorization' | 'unknown-operation' | 'path-parameter' | 'query-parameter' | 'request-body';

export interface Violation {
  kind: ViolationKind;
  method: string;
  path: string;
  operation: string | null;
  problems: string[];
}

/** A scripted failure. Faults only hit requests that passed the fixture check; they are used up in order. */
export interface FaultSpec {
  /** HTTP method to match (any when omitted). */
  method?: string;
  /** Operation to match: fixture name (`createIssueComment`), operationId or path template (any when omitted). */
  route?: string;
  status: number;
  /** How many matching requests fail (default 1). */
  times?: number;
  headers?: Record<string, string>;
  body?: unknown;
}

export interface RateLimitSpec {
  kind: 'primary' | 'secondary';
  method?: string;
  route?: string;
  times?: number;
  /** 403 (default) or 429; GitHub uses both. */
  status?: 403 | 429;
  /** Secondary limits: value of `retry-after`. Primary limits: seconds until `x-ratelimit-reset`. Default 0. */
  retryAfterSeconds?: number;
}

export interface GitHubApiServer {
  /** Base URL, e.g. `http://127.0.0.1:43123`; use it as the client's baseUrl. */
  readonly url: string;
  readonly state: GitHubState;
  readonly requests: RecordedRequest[];
  readonly violations: Violation[];
  readonly fixture: RestFixture;
  /** Requests that matched one fixture operation (by name). */
  requestsFor(operation: string): RecordedRequest[];
  /** Requests that changed something (anything but GET/HEAD). */
  writes(): RecordedRequest[];
  failNext(fault: FaultSpec): void;
  rateLimitNext(spec: RateLimitSpec): void;
  close(): Promise<void>;
}

// ---------------------------------------------------------------------------
// Route table

interface RouteContext {
  op: FixtureOperation;
  params: Record<string, string>;
  query: URLSearchParams;
  body: Record<string, unknown>;
  headers: IncomingHttpHeaders;
  repo: RepoState;
  state: GitHubState;
  actor: string;
  /** The server's own base URL. */
  apiUrl: string;
  /** Full URL of this request (for pagination links). */
  requestUrl: URL;
}

interface Reply {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
  /** Raw payload instead of JSON. */
  raw?: { data: Buffer; contentType: string };
}

type Handler = (ctx: RouteContext) => Reply;

const DOCS = 'https://docs.github.com/rest';

const json = (status: number, body?: unknown, headers?: Record<string, string>): Reply => ({ status, body, headers });
const notFound = (message = 'Not Found'): Reply => json(404, { message, documentation_url: DOCS, status: '404' });
const unprocessable = (message: string, errors: unknown[] = []): Reply => json(422, { message, errors, documentation_url: DOCS, status: '422' });

/** One handler per fixture operation name. */
const HANDLERS: Record<string, Handler> = {
  listIssueComments(ctx) {
    const issueNumber = Number(ctx.params.issue_number);
    if (!ctx.repo.issues.has(issueNumber)) return notFound();
    const since = ctx.query.get('since');
    const comments = ctx.repo.commentsOn(issueNumber).filter((c) => !since || c.updatedAt >= since);
    return paginate(
      ctx,
      comments.map((c) => commentJson(ctx, c)),
    );
  },

  createIssueComment(ctx) {
    const issueNumber = Number(ctx.params.issue_number);
    if (!ctx.repo.issues.has(issueNumber)) return notFound();
    const body = ctx.body.body as string;
    if (body.length > MAX_COMMENT_LENGTH) return bodyTooLong();
    const comment = ctx.repo.addComment(issueNumber, { body, author: ctx.actor, createdAt: ctx.state.tick() });
    return json(201, commentJson(ctx, comment));
  },

  updateIssueComment(ctx) {
    const comment = ctx.repo.comment(Number(ctx.params.comment_id));
    if (!comment) return notFound();
    const body = ctx.body.body as string;
    if (body.length > MAX_COMMENT_LENGTH) return bodyTooLong();
    comment.body = body;
    comment.updatedAt = ctx.state.tick();
    return json(200, commentJson(ctx, comment));
  },

  deleteIssueComment(ctx) {
    return ctx.repo.removeComment(Number(ctx.params.comment_id)) ? json(204) : notFound();
  },

  getContent(ctx) {
    const ref = ctx.query.get('ref') ?? ctx.repo.defaultBranch;
    const tree = ctx.repo.files.get(ref);
    const path = ctx.params.path.replace(/^\/+|\/+$/g, '');
    if (!tree) return notFound(`No commit found for the ref ${ref}`);
    const file = tree.get(path);
    if (file) {
      if (/application\/vnd\.github(\.v3)?\.raw/.test(ctx.headers.accept ?? '')) {
        return { status: 200, raw: { data: file, contentType: 'application/vnd.github.raw' } };
      }
      return json(200, fileJson(ctx, path, file, ref, true));
    }
    const children = new Map<string, 'file' | 'dir'>();
    for (const candidate of tree.keys()) {
      if (!candidate.startsWith(`${path}/`)) continue;
      const [child, ...rest] = candidate.slice(path.length + 1).split('/');
      children.set(child, rest.length > 0 ? 'dir' : 'file');
    }
    if (children.size === 0) return notFound();
    const entries = [...children]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([child, type]) => {
        const childPath = `${path}/${child}`;
        const data = tree.get(childPath);
        return type === 'file' && data
          ? fileJson(ctx, childPath, data, ref, false)
          : { type: 'dir', name: child, path: childPath, sha: gitBlobSha(Buffer.from(childPath)), size: 0 };
      });
    return json(200, entries);
  },

  createOrUpdateFileContents(ctx) {
    const branch = (ctx.body.branch as string | undefined) ?? ctx.repo.defaultBranch;
    const path = ctx.params.path.replace(/^\/+|\/+$/g, '');
    const tree = ctx.repo.files.get(branch);
    if (!tree) return notFound(`Branch ${branch} not found`);
    const encoded = ctx.body.content as string;
    if (!/^[A-Za-z0-9+/\r\n]*={0,2}\s*$/.test(encoded)) return unprocessable('content is not valid Base64');
    const existing = tree.get(path);
    const sha = ctx.body.sha as string | undefined;
    if (existing && sha === undefined) return unprocessable('Invalid request.\n\n"sha" wasn\'t supplied.');
    if (existing && sha !== gitBlobSha(existing)) return json(409, { message: `${path} does not match ${sha}`, documentation_url: DOCS, status: '409' });
    const data = Buffer.from(encoded, 'base64');
    tree.set(path, data);
    const commitSha = gitBlobSha(Buffer.from(`${branch}:${path}:${ctx.state.nextId()}`));
    ctx.repo.commits.push({ sha: commitSha, branch, path, message: ctx.body.message as string });
    return json(existing ? 200 : 201, {
      content: fileJson(ctx, path, data, branch, false),
      commit: { sha: commitSha, message: ctx.body.message, html_url: `${ctx.state.htmlBaseUrl}/${ctx.repo.fullName}/commit/${commitSha}` },
    });
  },

  getCollaboratorPermissionLevel(ctx) {
    const login = ctx.params.username;
    const role = ctx.repo.permissions.get(login.toLowerCase()) ?? 'none';
    const legacy = role === 'maintain' ? 'write' : role === 'triage' ? 'read' : role;
    return json(200, { permission: legacy, role_name: role, user: userJson(login) });
  },

  createReactionForIssueComment(ctx) {
    const commentId = Number(ctx.params.comment_id);
    if (!ctx.repo.comment(commentId)) return notFound();
    const content = ctx.body.content as ReactionContent;
    const existing = ctx.repo.reactions.find((r) => r.commentId === commentId && r.content === content && r.user === ctx.actor);
    const reaction = existing ?? { id: ctx.state.nextId(), commentId, content, user: ctx.actor, createdAt: ctx.state.tick() };
    if (!existing) ctx.repo.reactions.push(reaction);
    return json(existing ? 200 : 201, {
      id: reaction.id,
      node_id: `REA_${reaction.id}`,
      user: userJson(reaction.user),
      content: reaction.content,
      created_at: reaction.createdAt,
    });
  },

  listPullRequestsAssociatedWithCommit(ctx) {
    const sha = ctx.params.commit_sha;
    const pulls = ctx.repo.pulls.filter((p) => p.headSha === sha).sort((a, b) => b.number - a.number);
    return paginate(
      ctx,
      pulls.map((p) => pullJson(ctx, p)),
    );
  },

  getPullRequest(ctx) {
    const pull = ctx.repo.pulls.find((p) => p.number === Number(ctx.params.pull_number));
    return pull ? json(200, pullJson(ctx, pull)) : notFound();
  },

  listWorkflowRunArtifacts(ctx) {
    const runId = Number(ctx.params.run_id);
    const name = ctx.query.get('name');
    const direction = ctx.query.get('direction') ?? 'desc';
    const artifacts = ctx.repo.artifacts
      .filter((a) => a.runId === runId && (name === null || a.name === name))
      .sort((a, b) => (direction === 'asc' ? a.id - b.id : b.id - a.id));
    return paginate(
      ctx,
      artifacts.map((a) => artifactJson(ctx, a)),
      (page, total) => ({ total_count: total, artifacts: page }),
    );
  },

  downloadArtifact(ctx) {
    const artifact = ctx.repo.artifacts.find((a) => a.id === Number(ctx.params.artifact_id));
    if (!artifact || ctx.params.archive_format !== 'zip') return notFound();
    if (artifact.expired) return json(410, { message: 'Artifact has expired', documentation_url: DOCS, status: '410' });
    return json(302, undefined, { location: `${ctx.apiUrl}/_storage/artifacts/${artifact.id}.zip?sig=loopback` });
  },
};

function bodyTooLong(): Reply {
  return unprocessable('Validation Failed', [
    { resource: 'IssueComment', code: 'custom', field: 'body', message: `body is too long (maximum is ${MAX_COMMENT_LENGTH} characters)` },
  ]);
}

// ---------------------------------------------------------------------------
// Representations

function userJson(login: string) {
  return { login, id: loginId(login), type: login.endsWith('[bot]') ? 'Bot' : 'User' };
}

function loginId(login: string): number {
  let hash = 0;
  for (const ch of login) hash = (hash * 31 + ch.charCodeAt(0)) >>> 0;
  return hash % 10_000_000;
}

function commentJson(ctx: RouteContext, c: CommentRecord) {
  const issue = ctx.repo.issues.get(c.issueNumber);
  const kind = issue?.isPullRequest ? 'pull' : 'issues';
  return {
    id: c.id,
    node_id: `IC_${c.id}`,
    url: `${ctx.apiUrl}/repos/${ctx.repo.fullName}/issues/comments/${c.id}`,
    html_url: `${ctx.state.htmlBaseUrl}/${ctx.repo.fullName}/${kind}/${c.issueNumber}#issuecomment-${c.id}`,
    issue_url: `${ctx.apiUrl}/repos/${ctx.repo.fullName}/issues/${c.issueNumber}`,
    body: c.body,
    user: userJson(c.author),
    created_at: c.createdAt,
    updated_at: c.updatedAt,
    author_association: 'NONE',
  };
}

function fileJson(ctx: RouteContext, path: string, data: Buffer, ref: string, withContent: boolean) {
  const sha = gitBlobSha(data);
  const large = data.length > LARGE_FILE_BYTES;
  // GitHub wraps base64 at 60 columns.
  const content = large ? '' : (data.toString('base64').match(/.{1,60}/g) ?? []).join('\n') + '\n';
  return {
    type: 'file',
    name: path.split('/').pop(),
    path,
    sha,
    size: data.length,
    url: `${ctx.apiUrl}/repos/${ctx.repo.fullName}/contents/${path}?ref=${encodeURIComponent(ref)}`,
    html_url: `${ctx.state.htmlBaseUrl}/${ctx.repo.fullName}/blob/${ref}/${path}`,
    download_url: null,
    ...(withContent ? { encoding: large ? 'none' : 'base64', content } : {}),
  };
}

function pullJson(ctx: RouteContext, p: PullRequestRecord) {
  const [headOwner = ''] = p.headRepo.split('/');
  const isFork = p.headRepo.toLowerCase() !== ctx.repo.fullName.toLowerCase();
  return {
    id: p.number * 1000 + 7,
    number: p.number,
    state: p.state,
    title: p.title,
    user: userJson(p.author),
    html_url: `${ctx.state.htmlBaseUrl}/${ctx.repo.fullName}/pull/${p.number}`,
    head: { label: `${headOwner}:${p.headRef}`, ref: p.headRef, sha: p.headSha, repo: { full_name: p.headRepo, fork: isFork } },
    base: { label: `${ctx.repo.owner}:${p.baseRef}`, ref: p.baseRef, sha: p.baseSha, repo: { full_name: ctx.repo.fullName, fork: false } },
    merged: false,
    draft: false,
  };
}

function artifactJson(ctx: RouteContext, a: ArtifactRecord) {
  const base = `${ctx.apiUrl}/repos/${ctx.repo.fullName}/actions/artifacts/${a.id}`;
  return {
    id: a.id,
    node_id: `MDg6QXJ0aWZhY3Q${a.id}`,
    name: a.name,
    size_in_bytes: a.data.length,
    url: base,
    archive_download_url: `${base}/zip`,
    expired: a.expired,
    created_at: a.createdAt,
    updated_at: a.createdAt,
    expires_at: a.createdAt,
    workflow_run: { id: a.runId },
  };
}

// ---------------------------------------------------------------------------
// Pagination (per_page default 30, max 100; Link header like GitHub's)

function paginate<T>(ctx: RouteContext, items: T[], wrap?: (page: T[], total: number) => unknown): Reply {
  const requested = Number(ctx.query.get('per_page') ?? 30);
  const perPage = Math.min(Math.max(requested || 30, 1), 100);
  const page = Math.max(Number(ctx.query.get('page') ?? 1) || 1, 1);
  const pageItems = items.slice((page - 1) * perPage, page * perPage);
  const lastPage = Math.max(Math.ceil(items.length / perPage), 1);
  const body = wrap ? wrap(pageItems, items.length) : pageItems;
  const link = linkHeader(ctx.requestUrl, page, lastPage);
  return json(200, body, link ? { link } : undefined);
}

function linkHeader(requestUrl: URL, page: number, lastPage: number): string | null {
  if (lastPage <= 1) return null;
  const at = (n: number) => {
    const url = new URL(requestUrl);
    url.searchParams.set('page', String(n));
    return url.toString();
  };
  const parts: string[] = [];
  if (page > 1) parts.push(`<${at(page - 1)}>; rel="prev"`);
  if (page < lastPage) parts.push(`<${at(page + 1)}>; rel="next"`, `<${at(lastPage)}>; rel="last"`);
  if (page > 1) parts.push(`<${at(1)}>; rel="first"`);
  return parts.join(', ');
}

// ---------------------------------------------------------------------------
// Matching requests to fixture operations

interface CompiledRoute {
  op: FixtureOperation;
  pattern: RegExp;
  names: string[];
}

function compileRoute(op: FixtureOperation): CompiledRoute {
  const names: string[] = [];
  const source = op.path
    .split('/')
    .map((segment) => {
      const param = /^\{(\w+)\}$/.exec(segment);
      if (!param) return segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      names.push(param[1]);
      // A file path may arrive with literal slashes as well as %2F.
      return param[1] === 'path' ? '(.+)' : '([^/]+)';
    })
    .join('/');
  return { op, pattern: new RegExp(`^${source}$`), names };
}

function matchesFault(fault: FaultSpec, method: string, op: FixtureOperation): boolean {
  if (fault.method && fault.method.toUpperCase() !== method) return false;
  if (fault.route && ![op.name, op.operationId, op.path].includes(fault.route)) return false;
  return true;
}

function defaultMessage(status: number): string {
  const messages: Record<number, string> = {
    401: 'Bad credentials',
    403: 'Resource not accessible by integration',
    404: 'Not Found',
    409: 'Conflict',
    410: 'Gone',
    422: 'Validation Failed',
    500: 'Server Error',
    502: 'Bad Gateway',
    503: 'Service Unavailable',
  };
  return messages[status] ?? `HTTP ${status}`;
}

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

function headerRecord(headers: IncomingHttpHeaders): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (name === 'authorization' || value === undefined) continue;
    out[name] = Array.isArray(value) ? value.join(', ') : value;
  }
  return out;
}

// ---------------------------------------------------------------------------
// The server

export async function startGitHubApiServer(options: GitHubApiServerOptions = {}): Promise<GitHubApiServer> {
  const fixture = options.fixture ?? loadRestFixture();
  const expectedToken = options.token === undefined ? DEFAULT_TEST_TOKEN : options.token;
  const actor = options.actor ?? DEFAULT_ACTOR;
  const rejectUnknown = options.rejectUnknownBodyProperties ?? true;
  const state = new GitHubState();
  const requests: RecordedRequest[] = [];
  const violations: Violation[] = [];
  const faults: Array<FaultSpec & { remaining: number }> = [];

  const routes = fixture.operations.map(compileRoute);
  for (const route of routes) {
    if (!HANDLERS[route.op.name]) throw new Error(`no handler for fixture operation ${route.op.name}`);
  }

  let baseUrl = '';

  /** A misspelt route would silently never fire; fail loudly instead. */
  function checkFaultRoute(route: string | undefined): void {
    if (route !== undefined && !fixture.operations.some((op) => [op.name, op.operationId, op.path].includes(route))) {
      throw new Error(`failNext: unknown route ${JSON.stringify(route)}; use a fixture operation name such as createIssueComment`);
    }
  }

  async function handle(req: IncomingMessage, bodyBuffer: Buffer): Promise<{ reply: Reply; operation: string | null; body: unknown }> {
    const method = (req.method ?? 'GET').toUpperCase();
    const requestUrl = new URL(req.url ?? '/', baseUrl);
    const path = requestUrl.pathname;
    const violate = (kind: ViolationKind, operation: string | null, problems: string[]) => violations.push({ kind, method, path, operation, problems });

    // Artifact blobs live on "storage", outside the API: no auth, no fixture.
    const blob = /^\/_storage\/artifacts\/(\d+)\.zip$/.exec(path);
    if (blob && method === 'GET') {
      const artifact = [...state.repos.values()].flatMap((r) => r.artifacts).find((a) => a.id === Number(blob[1]));
      return {
        reply: artifact ? { status: 200, raw: { data: artifact.data, contentType: 'application/zip' } } : notFound(),
        operation: '(storage)',
        body: undefined,
      };
    }

    // Body: JSON or nothing.
    let body: unknown;
    const text = bodyBuffer.toString('utf8');
    if (text.length > 0) {
      try {
        body = JSON.parse(text);
      } catch {
        violate('request-body', null, ['request body is not valid JSON']);
        return { reply: json(400, { message: 'Problems parsing JSON', documentation_url: DOCS, status: '400' }), operation: null, body: text };
      }
    }

    // Authorization.
    const auth = req.headers.authorization;
    const credentials = auth ? /^(?:token|bearer)\s+(\S+)$/i.exec(auth) : null;
    if (!credentials) {
      violate('authorization', null, [auth ? 'authorization header is not "token X" or "Bearer X"' : 'no authorization header']);
      return { reply: json(401, { message: 'Requires authentication', documentation_url: DOCS, status: '401' }), operation: null, body };
    }
    if (expectedToken !== null && credentials[1] !== expectedToken) {
      return { reply: json(401, { message: 'Bad credentials', documentation_url: DOCS, status: '401' }), operation: null, body };
    }

    // Route.
    const candidates = routes.filter((r) => r.pattern.test(path));
    const route = candidates.find((r) => r.op.method === method);
    if (!route) {
      const allowed = candidates.map((r) => r.op.method).join(', ');
      violate('unknown-operation', null, [
        candidates.length ? `${method} is not an operation on this path (described: ${allowed})` : `no described operation matches ${method} ${path}`,
      ]);
      return { reply: notFound(), operation: null, body };
    }
    const { op } = route;

    // Path parameters.
    const match = route.pattern.exec(path) as RegExpExecArray;
    const params: Record<string, string> = {};
    const pathProblems: string[] = [];
    route.names.forEach((name, i) => {
      try {
        params[name] = decodeURIComponent(match[i + 1]);
      } catch {
        pathProblems.push(`${name} is not valid percent-encoding`);
        return;
      }
      const declared = op.pathParameters.find((p) => p.name === name);
      const problem = declared ? checkParameterValue(declared, params[name]) : `${name} is not a declared path parameter`;
      if (problem) pathProblems.push(problem);
    });
    if (pathProblems.length) {
      violate('path-parameter', op.name, pathProblems);
      return { reply: notFound(), operation: op.name, body };
    }

    // Query parameters: mistyped → 422; unknown → recorded (GitHub ignores them, which hides typos).
    const unknownQuery: string[] = [];
    const badQuery: string[] = [];
    for (const [name, value] of requestUrl.searchParams) {
      const declared = op.queryParameters.find((p) => p.name === name);
      if (!declared) unknownQuery.push(`${name} is not a query parameter of ${op.operationId}`);
      else {
        const problem = checkParameterValue(declared, value);
        if (problem) badQuery.push(problem);
      }
    }
    if (unknownQuery.length) violate('query-parameter', op.name, unknownQuery);
    if (badQuery.length) {
      violate('query-parameter', op.name, badQuery);
      return { reply: unprocessable('Invalid request.', badQuery), operation: op.name, body };
    }

    // Request body.
    const bodyProblems: string[] = [];
    if (op.requestBody) {
      if (body === undefined) {
        if (op.requestBody.required) bodyProblems.push('a JSON request body is required');
      } else {
        const contentType = req.headers['content-type'] ?? '';
        if (!/application\/json/i.test(contentType)) bodyProblems.push(`content-type must be application/json, got ${contentType || 'none'}`);
        bodyProblems.push(...checkSchema(op.requestBody.schema, body, { rejectUnknownTopLevel: rejectUnknown }));
      }
    } else if (body !== undefined) {
      bodyProblems.push(`${op.operationId} takes no request body`);
    }
    if (bodyProblems.length) {
      violate('request-body', op.name, bodyProblems);
      return { reply: unprocessable(`Invalid request.\n\n${bodyProblems.join('\n')}`, bodyProblems), operation: op.name, body };
    }

    // Injected faults.
    const fault = faults.find((f) => f.remaining > 0 && matchesFault(f, method, op));
    if (fault) {
      fault.remaining -= 1;
      const faultBody = fault.body ?? { message: defaultMessage(fault.status), documentation_url: DOCS, status: String(fault.status) };
      return { reply: json(fault.status, faultBody, fault.headers), operation: op.name, body };
    }

    const repo = state.findRepo(params.owner, params.repo);
    if (!repo) return { reply: notFound(), operation: op.name, body };
    const ctx: RouteContext = {
      op,
      params,
      query: requestUrl.searchParams,
      body: (body ?? {}) as Record<string, unknown>,
      headers: req.headers,
      repo,
      state,
      actor,
      apiUrl: baseUrl,
      requestUrl,
    };
    return { reply: HANDLERS[op.name](ctx), operation: op.name, body };
  }

  function send(res: ServerResponse, reply: Reply): void {
    const headers: Record<string, string> = {
      'x-github-request-id': `LOOPBACK:${requests.length + 1}`,
      'x-ratelimit-limit': '5000',
      'x-ratelimit-remaining': '4999',
      'x-ratelimit-reset': String(Math.floor(Date.now() / 1000) + 3600),
      'x-ratelimit-resource': 'core',
      ...reply.headers,
    };
    if (reply.raw) {
      res.writeHead(reply.status, { ...headers, 'content-type': reply.raw.contentType, 'content-length': String(reply.raw.data.length) });
      res.end(reply.raw.data);
    } else if (reply.body === undefined) {
      res.writeHead(reply.status, headers);
      res.end();
    } else {
      const payload = Buffer.from(JSON.stringify(reply.body));
      res.writeHead(reply.status, { ...headers, 'content-type': 'application/json; charset=utf-8', 'content-length': String(payload.length) });
      res.end(payload);
    }
  }

  const server = createServer((req, res) => {
    readBody(req)
      .then(async (buffer) => {
        const { reply, operation, body } = await handle(req, buffer);
        const url = new URL(req.url ?? '/', baseUrl);
        requests.push({
          method: (req.method ?? 'GET').toUpperCase(),
          path: url.pathname,
          query: Object.fromEntries(url.searchParams),
          body,
          operation,
          status: reply.status,
          headers: headerRecord(req.headers),
        });
        send(res, reply);
      })
      .catch((err: unknown) => {
        send(res, json(500, { message: `loopback server bug: ${err instanceof Error ? err.stack : String(err)}` }));
      });
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  baseUrl = `http://127.0.0.1:${port}`;

  return {
    url: baseUrl,
    state,
    requests,
    violations,
    fixture,
    requestsFor: (operation) => requests.filter((r) => r.operation === operation),
    writes: () => requests.filter((r) => r.method !== 'GET' && r.method !== 'HEAD'),
    failNext(fault) {
      checkFaultRoute(fault.route);
      faults.push({ ...fault, remaining: fault.times ?? 1 });
    },
    rateLimitNext(spec) {
      checkFaultRoute(spec.route);
      const now = Math.floor(Date.now() / 1000);
      const wait = spec.retryAfterSeconds ?? 0;
      const headers: Record<string, string> =
        spec.kind === 'primary'
          ? { 'x-ratelimit-limit': '5000', 'x-ratelimit-remaining': '0', 'x-ratelimit-used': '5000', 'x-ratelimit-reset': String(now + wait) }
          : { 'retry-after': String(wait) };
      const message =
        spec.kind === 'primary'
          ? 'API rate limit exceeded for installation ID 1.'
          : 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.';
      const status = spec.status ?? 403;
      faults.push({
        method: spec.method,
        route: spec.route,
        status,
        headers,
        body: { message, documentation_url: `${DOCS}/using-the-rest-api/rate-limits-for-the-rest-api`, status: String(status) },
        remaining: spec.times ?? 1,
      });
    },
    close() {
      return new Promise<void>((resolve, reject) => {
        server.close((err) => (err ? reject(err) : resolve()));
        server.closeAllConnections();
      });
    },
  };
}
