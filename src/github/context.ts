/**
 * What the action needs from the runner environment and the webhook payload.
 *
 * Everything here is a pure function of an environment record and a file
 * reader, so it can be tested with real payloads and no runner.
 */
import { readFileSync } from 'node:fs';
import { UserMessageError } from '../errors/index.js';

export type Env = Readonly<Record<string, string | undefined>>;
export type ReadTextFile = (path: string) => string;

export class ContextError extends UserMessageError {
  constructor(message: string) {
    super(message, 'runner context');
    this.name = 'ContextError';
  }
}

export interface RepositoryRef {
  owner: string;
  repo: string;
  /** `owner/repo` */
  fullName: string;
}

export interface PullRequestEventInfo {
  kind: 'pull_request';
  eventName: 'pull_request' | 'pull_request_target';
  action: string | null;
  number: number;
  base: { sha: string; ref: string; repoFullName: string };
  /** `repoFullName` is null when the head repository (a fork) was deleted. */
  head: { sha: string; ref: string; repoFullName: string | null };
  /** Head lives in another repository (or a deleted one): the run gets a read-only token. */
  isFork: boolean;
}

export interface IssueCommentEventInfo {
  kind: 'issue_comment';
  eventName: 'issue_comment';
  action: string | null;
  issueNumber: number;
  /** The comment was made on a pull request rather than a plain issue. */
  isPullRequest: boolean;
  comment: { id: number; body: string; author: string; authorAssociation: string | null };
}

export interface WorkflowRunPullRequest {
  number: number;
  headSha: string;
  headRef: string;
  baseSha: string;
  baseRef: string;
}

export interface WorkflowRunEventInfo {
  kind: 'workflow_run';
  eventName: 'workflow_run';
  action: string | null;
  runId: number;
  workflowName: string | null;
  /** Event that triggered the upstream run, e.g. `pull_request`. */
  triggeringEvent: string | null;
  conclusion: string | null;
  headSha: string;
  headBranch: string | null;
  headRepoFullName: string | null;
  /** The upstream run's code came from another repository (or an unknown one). */
  isFork: boolean;
  /** Empty for runs from forks: GitHub does not fill it in for them. */
  pullRequests: WorkflowRunPullRequest[];
}

export interface OtherEventInfo {
  kind: 'other';
  eventName: string;
}

export type EventInfo = PullRequestEventInfo | IssueCommentEventInfo | WorkflowRunEventInfo | OtherEventInfo;

export interface ActionContext {
  repository: RepositoryRef;
  eventName: string;
  event: EventInfo;
  /** GITHUB_SHA */
  sha: string | null;
  /** GITHUB_API_URL, default https://api.github.com */
  apiUrl: string;
  /** GITHUB_WORKSPACE */
  workspace: string | null;
}

/** Events whose payload we read. */
const PAYLOAD_EVENTS = new Set(['pull_request', 'pull_request_target', 'issue_comment', 'workflow_run']);

function nonEmpty(env: Env, name: string): string | null {
  const value = env[name]?.trim();
  return value ? value : null;
}

function requireEnv(env: Env, name: string, hint: string): string {
  const value = nonEmpty(env, name);
  if (!value) throw new ContextError(`${name} is not set. ${hint}`);
  return value;
}

export function parseRepository(value: string | undefined, variable = 'GITHUB_REPOSITORY'): RepositoryRef {
  const trimmed = value?.trim() ?? '';
  const match = /^([A-Za-z0-9_.-]+)\/([A-Za-z0-9_.-]+)$/.exec(trimmed);
  if (!match) {
    throw new ContextError(`${variable} must look like owner/repo, got ${trimmed ? JSON.stringify(trimmed) : 'nothing'}.`);
  }
  return { owner: match[1], repo: match[2], fullName: `${match[1]}/${match[2]}` };
}

// --- payload access with errors that say which field is missing ---------------

type Json = Record<string, unknown>;

class PayloadReader {
  constructor(
    private readonly root: unknown,
    private readonly source: string,
    private readonly eventName: string,
  ) {}

  private lookup(path: string): unknown {
    let node: unknown = this.root;
    for (const key of path.split('.')) {
      if (typeof node !== 'object' || node === null) return undefined;
      node = (node as Json)[key];
    }
    return node;
  }

  private fail(path: string, expected: string, found: unknown): never {
    const got = found === undefined ? 'it is missing' : `got ${JSON.stringify(found)?.slice(0, 80)}`;
    throw new ContextError(`${this.source}: the ${this.eventName} payload should have ${expected} at ${path}, but ${got}.`);
  }

  string(path: string): string {
    const value = this.lookup(path);
    return typeof value === 'string' && value !== '' ? value : this.fail(path, 'a string', value);
  }

  optionalString(path: string): string | null {
    const value = this.lookup(path);
    return typeof value === 'string' ? value : null;
  }

  integer(path: string): number {
    const value = this.lookup(path);
    return typeof value === 'number' && Number.isSafeInteger(value) ? value : this.fail(path, 'an integer', value);
  }

  present(path: string): boolean {
    const value = this.lookup(path);
    return value !== undefined && value !== null;
  }

  array(path: string): unknown[] {
    const value = this.lookup(path);
    if (value === undefined || value === null) return [];
    return Array.isArray(value) ? value : this.fail(path, 'an array', value);
  }

  at(path: string): PayloadReader {
    return new PayloadReader(this.lookup(path), this.source, this.eventName);
  }
}

function sameRepo(a: string | null, b: string | null): boolean {
  return a !== null && b !== null && a.toLowerCase() === b.toLowerCase();
}

/**
 * Extracts what the action uses from a webhook payload.
 *
 * @param source named in error messages (e.g. `GITHUB_EVENT_PATH (/home/runner/...)`)
 */
export function parseEventPayload(eventName: string, payload: unknown, source = 'the event payload'): EventInfo {
  if (!PAYLOAD_EVENTS.has(eventName)) return { kind: 'other', eventName };
  if (typeof payload !== 'object' || payload === null || Array.isArray(payload)) {
    throw new ContextError(`${source}: the ${eventName} payload is not a JSON object.`);
  }
  const p = new PayloadReader(payload, source, eventName);
  const action = p.optionalString('action');

  if (eventName === 'pull_request' || eventName === 'pull_request_target') {
    const baseRepo = p.string('pull_request.base.repo.full_name');
    const headRepo = p.present('pull_request.head.repo') ? p.string('pull_request.head.repo.full_name') : null;
    return {
      kind: 'pull_request',
      eventName,
      action,
      number: p.present('number') ? p.integer('number') : p.integer('pull_request.number'),
      base: { sha: p.string('pull_request.base.sha'), ref: p.string('pull_request.base.ref'), repoFullName: baseRepo },
      head: { sha: p.string('pull_request.head.sha'), ref: p.string('pull_request.head.ref'), repoFullName: headRepo },
      isFork: !sameRepo(headRepo, baseRepo),
    };
  }

  if (eventName === 'issue_comment') {
    return {
      kind: 'issue_comment',
      eventName: 'issue_comment',
      action,
      issueNumber: p.integer('issue.number'),
      isPullRequest: p.present('issue.pull_request'),
      comment: {
        id: p.integer('comment.id'),
        body: p.optionalString('comment.body') ?? '',
        author: p.string('comment.user.login'),
        authorAssociation: p.optionalString('comment.author_association'),
      },
    };
  }

  // workflow_run
  const headRepo = p.optionalString('workflow_run.head_repository.full_name');
  const repo = p.optionalString('repository.full_name');
  const pullRequests = p.array('workflow_run.pull_requests').map((_, i) => {
    const pr = p.at(`workflow_run.pull_requests.${i}`);
    return {
      number: pr.integer('number'),
      headSha: pr.string('head.sha'),
      headRef: pr.string('head.ref'),
      baseSha: pr.string('base.sha'),
      baseRef: pr.string('base.ref'),
    };
  });
  return {
    kind: 'workflow_run',
    eventName: 'workflow_run',
    action,
    runId: p.integer('workflow_run.id'),
    workflowName: p.optionalString('workflow_run.name') ?? p.optionalString('workflow.name'),
    triggeringEvent: p.optionalString('workflow_run.event'),
    conclusion: p.optionalString('workflow_run.conclusion'),
    headSha: p.string('workflow_run.head_sha'),
    headBranch: p.optionalString('workflow_run.head_branch'),
    headRepoFullName: headRepo,
    isFork: !sameRepo(headRepo, repo),
    pullRequests,
  };
}

function defaultReadFile(path: string): string {
  return readFileSync(path, 'utf8');
}

/** Reads GITHUB_* variables and, for the events we handle, the payload at GITHUB_EVENT_PATH. */
export function readActionContext(env: Env = process.env, readFile: ReadTextFile = defaultReadFile): ActionContext {
  const outside = 'Is this running inside GitHub Actions?';
  const repository = parseRepository(requireEnv(env, 'GITHUB_REPOSITORY', outside));
  const eventName = requireEnv(env, 'GITHUB_EVENT_NAME', outside);

  let event: EventInfo = { kind: 'other', eventName };
  if (PAYLOAD_EVENTS.has(eventName)) {
    const eventPath = requireEnv(env, 'GITHUB_EVENT_PATH', `It is needed to read the ${eventName} payload.`);
    const source = `GITHUB_EVENT_PATH (${eventPath})`;
    let text: string;
    try {
      text = readFile(eventPath);
    } catch (err) {
      throw new ContextError(`${source}: cannot read the event payload: ${err instanceof Error ? err.message : String(err)}`);
    }
    let payload: unknown;
    try {
      payload = JSON.parse(text);
    } catch (err) {
      throw new ContextError(`${source}: the event payload is not valid JSON: ${err instanceof Error ? err.message : String(err)}`);
    }
    event = parseEventPayload(eventName, payload, source);
  }

  return {
    repository,
    eventName,
    event,
    sha: nonEmpty(env, 'GITHUB_SHA'),
    apiUrl: (nonEmpty(env, 'GITHUB_API_URL') ?? 'https://api.github.com').replace(/\/+$/, ''),
    workspace: nonEmpty(env, 'GITHUB_WORKSPACE'),
  };
}
