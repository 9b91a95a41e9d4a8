/**
 * Context parsing with real webhook payloads from @octokit/webhooks-examples.
 *
 * That package has no issue_comment example on a pull request, nor a
 * pull_request from a fork, so those cases are derived from its real payloads
 * by adding/changing exactly the fields GitHub sets in those situations.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { ContextError, parseEventPayload, parseRepository, readActionContext, type Env } from '../../src/github/context.js';

interface ExampleGroup {
  name: string;
  examples: Array<Record<string, unknown> & { action?: string }>;
}

const require = createRequire(import.meta.url);
const EXAMPLES = JSON.parse(readFileSync(require.resolve('@octokit/webhooks-examples/api.github.com/index.json'), 'utf8')) as ExampleGroup[];

function example(event: string, predicate: (payload: any) => boolean): any {
  const group = EXAMPLES.find((g) => g.name === event);
  const found = group?.examples.find(predicate);
  if (!found) throw new Error(`no ${event} example matches`);
  return structuredClone(found);
}

const pullRequestOpened = () => example('pull_request', (p) => p.action === 'opened');
const issueCommentCreated = () => example('issue_comment', (p) => p.action === 'created');
const workflowRunWithPr = () => example('workflow_run', (p) => p.action === 'completed' && p.workflow_run.pull_requests.length > 0);

/** Runs readActionContext against an in-memory event file. */
function contextFor(eventName: string, payload: unknown, extra: Env = {}) {
  const files: Record<string, string> = { '/runner/event.json': JSON.stringify(payload) };
  const env: Env = {
    GITHUB_REPOSITORY: 'Codertocat/Hello-World',
    GITHUB_EVENT_NAME: eventName,
    GITHUB_EVENT_PATH: '/runner/event.json',
    GITHUB_SHA: 'f'.repeat(40),
    GITHUB_WORKSPACE: '/home/runner/work/Hello-World/Hello-World',
    ...extra,
  };
  return readActionContext(env, (path) => {
    if (!(path in files)) throw new Error(`ENOENT: ${path}`);
    return files[path];
  });
}

describe('pull_request', () => {
  it('extracts number, base and head from pull_request.opened', () => {
    const payload = pullRequestOpened();
    const ctx = contextFor('pull_request', payload);

    expect(ctx.repository).toEqual({ owner: 'Codertocat', repo: 'Hello-World', fullName: 'Codertocat/Hello-World' });
    expect(ctx.event).toEqual({
      kind: 'pull_request',
      eventName: 'pull_request',
      action: 'opened',
      number: payload.number,
      base: { sha: payload.pull_request.base.sha, ref: payload.pull_request.base.ref, repoFullName: 'Codertocat/Hello-World' },
      head: { sha: payload.pull_request.head.sha, ref: payload.pull_request.head.ref, repoFullName: 'Codertocat/Hello-World' },
      isFork: false,
    });
    expect(ctx.sha).toBe('f'.repeat(40));
    expect(ctx.apiUrl).toBe('https://api.github.com');
    expect(ctx.workspace).toBe('/home/runner/work/Hello-World/Hello-World');
  });

  it('detects a fork by the head repository, for pull_request_target too', () => {
    const payload = pullRequestOpened();
    payload.pull_request.head.repo = { ...payload.pull_request.head.repo, full_name: 'contributor/Hello-World', fork: true };
    const ctx = contextFor('pull_request_target', payload);
    expect(ctx.event).toMatchObject({
      kind: 'pull_request',
      eventName: 'pull_request_target',
      isFork: true,
      head: { repoFullName: 'contributor/Hello-World' },
    });
  });

  it('treats a deleted head repository as a fork', () => {
    const payload = pullRequestOpened();
    payload.pull_request.head.repo = null;
    expect(contextFor('pull_request', payload).event).toMatchObject({ isFork: true, head: { repoFullName: null } });
  });

  it('names the missing field and the variable', () => {
    const payload = pullRequestOpened();
    delete payload.pull_request.head.sha;
    expect(() => contextFor('pull_request', payload)).toThrow(
      'GITHUB_EVENT_PATH (/runner/event.json): the pull_request payload should have a string at pull_request.head.sha, but it is missing.',
    );
  });
});

describe('issue_comment', () => {
  it('reads a comment on a plain issue', () => {
    const payload = issueCommentCreated();
    const ctx = contextFor('issue_comment', payload);
    expect(ctx.event).toEqual({
      kind: 'issue_comment',
      eventName: 'issue_comment',
      action: 'created',
      issueNumber: payload.issue.number,
      isPullRequest: false,
      comment: {
        id: payload.comment.id,
        body: payload.comment.body,
        author: payload.comment.user.login,
        authorAssociation: payload.comment.author_association,
      },
    });
  });

  it('recognises a comment on a pull request by issue.pull_request', () => {
    const payload = issueCommentCreated();
    const { number } = payload.issue;
    payload.issue.pull_request = {
      url: `https://api.github.com/repos/Codertocat/Hello-World/pulls/${number}`,
      html_url: `https://github.com/Codertocat/Hello-World/pull/${number}`,
      diff_url: `https://github.com/Codertocat/Hello-World/pull/${number}.diff`,
      patch_url: `https://github.com/Codertocat/Hello-World/pull/${number}.patch`,
      merged_at: null,
    };
    payload.comment.body = '/genz rerun';
    expect(contextFor('issue_comment', payload).event).toMatchObject({ isPullRequest: true, issueNumber: number, comment: { body: '/genz rerun' } });
  });
});

describe('workflow_run', () => {
  it('extracts run id, head and the associated pull requests', () => {
    const payload = workflowRunWithPr();
    const ctx = contextFor('workflow_run', payload, { GITHUB_REPOSITORY: payload.repository.full_name });
    const pr = payload.workflow_run.pull_requests[0];
    expect(ctx.event).toEqual({
      kind: 'workflow_run',
      eventName: 'workflow_run',
      action: 'completed',
      runId: payload.workflow_run.id,
      workflowName: payload.workflow_run.name,
      triggeringEvent: payload.workflow_run.event,
      conclusion: payload.workflow_run.conclusion,
      headSha: payload.workflow_run.head_sha,
      headBranch: payload.workflow_run.head_branch,
      headRepoFullName: payload.workflow_run.head_repository.full_name,
      isFork: false,
      pullRequests: [{ number: pr.number, headSha: pr.head.sha, headRef: pr.head.ref, baseSha: pr.base.sha, baseRef: pr.base.ref }],
    });
  });

  it('flags runs whose head repository differs (forks get no pull_requests)', () => {
    const payload = example('workflow_run', (p) => p.workflow_run.head_repository.full_name !== p.repository.full_name);
    const ctx = contextFor('workflow_run', payload, { GITHUB_REPOSITORY: payload.repository.full_name });
    expect(ctx.event).toMatchObject({ kind: 'workflow_run', isFork: true, pullRequests: [] });
  });
});

describe('environment', () => {
  it('does not read a payload for other events', () => {
    const ctx = readActionContext({ GITHUB_REPOSITORY: 'o/r', GITHUB_EVENT_NAME: 'push', GITHUB_API_URL: 'https://ghe.example.com/api/v3/' }, () => {
      throw new Error('must not read');
    });
    expect(ctx).toEqual({
      repository: { owner: 'o', repo: 'r', fullName: 'o/r' },
      eventName: 'push',
      event: { kind: 'other', eventName: 'push' },
      sha: null,
      apiUrl: 'https://ghe.example.com/api/v3',
      workspace: null,
    });
  });

  it('names the missing or malformed variable', () => {
    expect(() => readActionContext({ GITHUB_EVENT_NAME: 'push' })).toThrow(/^GITHUB_REPOSITORY is not set/);
    expect(() => readActionContext({ GITHUB_REPOSITORY: 'o/r' })).toThrow(/^GITHUB_EVENT_NAME is not set/);
    expect(() => readActionContext({ GITHUB_REPOSITORY: 'o/r', GITHUB_EVENT_NAME: 'pull_request' })).toThrow(/^GITHUB_EVENT_PATH is not set/);
    expect(() => readActionContext({ GITHUB_REPOSITORY: 'nope', GITHUB_EVENT_NAME: 'push' })).toThrow(
      'GITHUB_REPOSITORY must look like owner/repo, got "nope".',
    );
    expect(() => contextFor('pull_request', 'x', { GITHUB_EVENT_PATH: '/elsewhere.json' })).toThrow(/GITHUB_EVENT_PATH \(\/elsewhere.json\): cannot read/);
    expect(() => readActionContext({ GITHUB_REPOSITORY: 'o/r', GITHUB_EVENT_NAME: 'issue_comment', GITHUB_EVENT_PATH: '/e' }, () => '{oops')).toThrow(
      /GITHUB_EVENT_PATH \(\/e\): the event payload is not valid JSON/,
    );
    expect(() => parseEventPayload('workflow_run', [])).toThrow(ContextError);
  });

  it('parseRepository splits owner and repo', () => {
    expect(parseRepository('my-org/my.repo_1')).toEqual({ owner: 'my-org', repo: 'my.repo_1', fullName: 'my-org/my.repo_1' });
    expect(() => parseRepository('a/b/c')).toThrow(ContextError);
  });
});
