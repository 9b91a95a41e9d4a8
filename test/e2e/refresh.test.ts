/**
 * mode: refresh with the inputs of docs/workflows/refresh.yml: the `/genz update-baselines` comment (writers,
 * readers, forks, filters, conflicts) and workflow_dispatch. In process (runActionInProcess): the runner's
 * environment, event payloads and the loopback GitHub server as for the bundle, without a Node start per run.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { gitBlobSha } from '../../src/github/contents.js';
import { useGitHubApiServer } from '../support/use-github-api-server.js';
import {
  REPO,
  type ActionResult,
  type Workspace,
  commit,
  editFile,
  genzSteps,
  issueCommentEvent,
  makeWorkspace,
  readWorkflow,
  removeTemps,
  runActionInProcess,
  setTensor,
  stepInputs,
  workflowDispatchEvent,
  WORKFLOWS,
} from './support/harness.js';

const PR = 12;
const BRANCH = 'perf-change';

const gh = useGitHubApiServer(REPO);

beforeEach(() => {
  gh.repo.setPermission('maintainer', 'maintain');
  gh.repo.setPermission('writer', 'write');
  gh.repo.setPermission('visitor', 'read');
  gh.repo.setPermission('triager', 'triage');
});

afterAll(removeTemps);

const refreshStep = () => genzSteps(readWorkflow('refresh.yml'))[0];

/** A pull request whose head changed manifests without refreshing baselines; the branch on the server is at that head. */
function pullRequestWorkspace(change: (ws: Workspace) => void = (ws) => setTensor(ws, 'chat-tp2', 2, 1), fork = false): Workspace {
  const ws = makeWorkspace();
  change(ws);
  commit(ws, 'change a scenario');
  for (const [file, text] of Object.entries(ws.baselines)) gh.repo.setFile(BRANCH, file, text);
  gh.repo.setFile(BRANCH, 'perf/serving.yaml', readFileSync(path.join(ws.dir, 'perf/serving.yaml')));
  gh.repo.addPullRequest({ number: PR, headSha: ws.headSha, baseSha: ws.baseSha, headRef: BRANCH, headRepo: fork ? 'contributor/Hello-World' : REPO });
  return ws;
}

async function comment(ws: Workspace, login: string, body = '/genz update-baselines', association = 'OWNER'): Promise<{ r: ActionResult; commentId: number }> {
  const c = gh.repo.addComment(PR, { body, author: login });
  const r = await runActionInProcess({
    workspace: ws.dir,
    inputs: stepInputs(refreshStep(), { 'inputs.branch': '' }),
    apiUrl: gh.server.url,
    eventName: 'issue_comment',
    event: issueCommentEvent({ number: PR, body, login, commentId: c.id, association }),
  });
  return { r, commentId: c.id };
}

const puts = () => gh.server.requestsFor('createOrUpdateFileContents');
const replies = () => gh.repo.commentsOn(PR).filter((c) => c.author === 'github-actions[bot]');
const reactions = (commentId: number) => gh.repo.reactions.filter((x) => x.commentId === commentId).map((x) => x.content);

describe('docs/workflows/refresh.yml', () => {
  it('listens to new comments and manual dispatch, may push and comment, checks out the pull request head', () => {
    const wf = readWorkflow('refresh.yml');
    expect(wf.on).toEqual({ issue_comment: { types: ['created'] }, workflow_dispatch: { inputs: { branch: expect.objectContaining({ required: false }) } } });
    expect(wf.permissions).toEqual({ contents: 'write', 'pull-requests': 'write' });
    expect(wf.jobs.refresh.if).toContain("startsWith(github.event.comment.body, '/genz update-baselines')");
    const checkout = wf.jobs.refresh.steps.find((s) => s.uses?.startsWith('actions/checkout@'));
    expect(checkout?.with).toMatchObject({
      ref: expect.stringContaining("format('refs/pull/{0}/head', github.event.issue.number)"),
      'persist-credentials': false,
    });
    expect(refreshStep().with).toEqual({ mode: 'refresh', branch: '${{ inputs.branch }}' });
    expect(readFileSync(path.join(WORKFLOWS, 'refresh.yml'), 'utf8')).toContain('actions/create-github-app-token');
  });
});

describe('/genz update-baselines from a writer', () => {
  it('commits exactly the changed baseline files to the head branch, reacts and replies', async () => {
    const ws = pullRequestWorkspace();
    const before = ws.baselines['baselines/perf/serving.json'];
    const { r, commentId } = await comment(ws, 'maintainer');
    expect(r.code).toBe(0);
    const [put] = puts();
    expect(puts()).toHaveLength(1);
    expect(decodeURIComponent(put.path)).toBe(`/repos/${REPO}/contents/baselines/perf/serving.json`);
    expect(put.body).toMatchObject({
      branch: BRANCH,
      message: `genz: refresh baselines (1 file) requested by @maintainer in #${PR}`,
      sha: gitBlobSha(before),
    });
    const written = readFileSync(path.join(ws.dir, 'baselines/perf/serving.json'), 'utf8');
    expect(written).not.toBe(before);
    expect(gh.repo.getFile(BRANCH, 'baselines/perf/serving.json')?.toString()).toBe(written);
    expect(gh.repo.commits.map((c) => [c.branch, c.path])).toEqual([[BRANCH, 'baselines/perf/serving.json']]);
    expect(reactions(commentId)).toEqual(['+1']);
    const [reply] = replies();
    expect(reply.body).toContain(`@maintainer refreshed the baselines on \`${BRANCH}\`: 1 file committed.`);
    expect(reply.body).toContain('- `baselines/perf/serving.json` (updated): changed `chat-tp2`');
    expect(reply.body).toContain('start no new workflow runs');
    expect(r.outputs).toMatchObject({ status: 'committed', changed: '1' });
    expect(r.summary).toContain('refreshed the baselines');
    // The permission came from GitHub, not from the payload's author_association.
    expect(gh.server.requestsFor('getCollaboratorPermissionLevel')[0].path).toBe(`/repos/${REPO}/collaborators/maintainer/permission`);
  });

  it('with a filter, commits only the files of the matching scenarios', async () => {
    const ws = pullRequestWorkspace((w) => {
      setTensor(w, 'chat-tp2', 2, 1);
      editFile(w, 'perf/features.yaml', (t) => t.replace('rank: 16', 'rank: 32'));
    });
    const { r } = await comment(ws, 'writer', '/genz update-baselines chat-*\nthanks!');
    expect(r.code).toBe(0);
    expect(puts().map((p) => decodeURIComponent(p.path))).toEqual([`/repos/${REPO}/contents/baselines/perf/serving.json`]);
    expect(replies()[0].body).toContain('refreshed the baselines for `chat-*`');
  });

  it('commits several files, each with its own blob sha', async () => {
    const ws = pullRequestWorkspace((w) => {
      setTensor(w, 'chat-tp2', 2, 1);
      editFile(w, 'perf/features.yaml', (t) => t.replace('rank: 16', 'rank: 32'));
    });
    const { r } = await comment(ws, 'writer');
    expect(r.code).toBe(0);
    expect(
      puts().map((p) => [
        decodeURIComponent(p.path).replace(`/repos/${REPO}/contents/`, ''),
        (p.body as { sha: string }).sha,
        (p.body as { message: string }).message,
      ]),
    ).toEqual([
      [
        'baselines/perf/features.json',
        gitBlobSha(ws.baselines['baselines/perf/features.json']),
        `genz: refresh baselines (2 files) requested by @writer in #${PR}`,
      ],
      [
        'baselines/perf/serving.json',
        gitBlobSha(ws.baselines['baselines/perf/serving.json']),
        `genz: refresh baselines (2 files) requested by @writer in #${PR}`,
      ],
    ]);
    expect(r.outputs.changed).toBe('2');
  });

  it('refuses with a reply when nothing changed', async () => {
    const ws = pullRequestWorkspace((w) => editFile(w, 'perf/serving.yaml', (t) => `# a comment only\n${t}`));
    const { r, commentId } = await comment(ws, 'writer');
    expect(r.code).toBe(0);
    expect(puts()).toEqual([]);
    expect(replies()[0].body).toBe('@writer the baselines are already up to date: nothing to commit.');
    expect(reactions(commentId)).toEqual(['confused']);
    expect(r.outputs.status).toBe('refused');
  });

  it('refuses a branch in a fork: the token cannot push there', async () => {
    const ws = pullRequestWorkspace(undefined, true);
    const { r, commentId } = await comment(ws, 'maintainer');
    expect(r.code).toBe(0);
    expect(puts()).toEqual([]);
    expect(gh.server.requestsFor('getContent')).toEqual([]);
    expect(replies()[0].body).toContain("this pull request's branch lives in `contributor/Hello-World`, which this workflow's token cannot push to");
    expect(reactions(commentId)).toEqual(['confused']);
  });

  it('refuses when the workspace is not at the pull request head', async () => {
    const ws = pullRequestWorkspace();
    gh.repo.pulls[0].headSha = 'd'.repeat(40);
    const { r } = await comment(ws, 'maintainer');
    expect(r.code).toBe(0);
    expect(puts()).toEqual([]);
    expect(replies()[0].body).toContain(`but the head of #${PR} is \`ddddddd\``);
  });

  it('writes nothing over a baseline changed on the branch since the checkout, and says so', async () => {
    const ws = pullRequestWorkspace();
    gh.repo.setFile(BRANCH, 'baselines/perf/serving.json', '{"changed": "meanwhile"}\n');
    const { r, commentId } = await comment(ws, 'maintainer');
    expect(r.code).toBe(2);
    expect(puts()).toEqual([]);
    expect(replies()[0].body).toContain('the baselines could not be committed: Could not commit baselines/perf/serving.json');
    expect(replies()[0].body).toContain('changed since the checkout');
    expect(reactions(commentId)).toEqual(['confused']);
    expect(r.outputs.status).toBe('error');
  });
});

describe('/genz update-baselines from others, and other comments', () => {
  it.each(['visitor', 'triager', 'stranger'])('refuses %s (no write access; author_association is not trusted) without touching the branch', async (login) => {
    const ws = pullRequestWorkspace();
    const { r, commentId } = await comment(ws, login, '/genz update-baselines', 'OWNER');
    expect(r.code).toBe(0);
    expect(puts()).toEqual([]);
    expect(gh.server.requestsFor('getPullRequest')).toEqual([]);
    expect(replies()[0].body).toMatch(new RegExp(`^@${login} refreshing baselines needs write access to ${REPO}; your permission is \``));
    expect(reactions(commentId)).toEqual(['confused']);
    expect(r.outputs.status).toBe('refused');
  });

  it.each(['LGTM', 'please run /genz update-baselines', '/genz update-baseline', '/genz update-baselines a b'])('ignores %j quietly', async (body) => {
    const ws = pullRequestWorkspace();
    const { r } = await comment(ws, 'maintainer', body);
    expect(r.code).toBe(0);
    expect(gh.server.requests).toEqual([]);
    expect(r.outputs.status).toBe('ignored');
    expect(r.stdout).not.toContain('::error');
  });

  it('refuses a filter that is not an id glob', async () => {
    const ws = pullRequestWorkspace();
    const { r } = await comment(ws, 'maintainer', '/genz update-baselines $(id)');
    expect(r.code).toBe(0);
    expect(puts()).toEqual([]);
    expect(replies()[0].body).toContain('is not a scenario id glob');
  });
});

describe('workflow_dispatch', () => {
  it('refreshes the given branch and commits the changed files', async () => {
    const ws = pullRequestWorkspace();
    const r = await runActionInProcess({
      workspace: ws.dir,
      inputs: stepInputs(refreshStep(), { 'inputs.branch': BRANCH }),
      apiUrl: gh.server.url,
      eventName: 'workflow_dispatch',
      event: workflowDispatchEvent({ branch: BRANCH }),
      env: { GITHUB_REF: 'refs/heads/main', GITHUB_ACTOR: 'maintainer' },
    });
    expect(r.code).toBe(0);
    expect(puts().map((p) => [decodeURIComponent(p.path), (p.body as { branch: string }).branch, (p.body as { message: string }).message])).toEqual([
      [`/repos/${REPO}/contents/baselines/perf/serving.json`, BRANCH, 'genz: refresh baselines (1 file) requested by @maintainer via workflow_dispatch'],
    ]);
    expect(r.outputs).toMatchObject({ status: 'committed', changed: '1' });
    expect(r.summary).toContain(`Refreshed the baselines on \`${BRANCH}\`: 1 file committed.`);
  });

  it('defaults to the dispatched branch', async () => {
    const ws = pullRequestWorkspace();
    const r = await runActionInProcess({
      workspace: ws.dir,
      inputs: stepInputs(refreshStep(), { 'inputs.branch': '' }),
      apiUrl: gh.server.url,
      eventName: 'workflow_dispatch',
      event: workflowDispatchEvent({}, `refs/heads/${BRANCH}`),
      env: { GITHUB_REF: `refs/heads/${BRANCH}`, GITHUB_ACTOR: 'writer' },
    });
    expect(r.code).toBe(0);
    expect(puts().map((p) => (p.body as { branch: string }).branch)).toEqual([BRANCH]);
  });
});
