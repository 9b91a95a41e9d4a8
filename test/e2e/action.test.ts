/**
 * The action on pull_request, with the inputs of docs/workflows/basic.yml (the README's workflow), real webhook
 * payloads and the loopback GitHub REST server (every request checked against GitHub's OpenAPI description).
 * One sticky-comment round and one bad input run the committed dist/index.js as a child process exactly as a
 * runner does (inputs from INPUT_*, outputs, job summary, exit code); the other cases run the same handler in
 * process (runActionInProcess), with the same environment, files and server.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { RUN_REPORT_SCHEMA } from '../../src/run-report/index.js';
import { useGitHubApiServer } from '../support/use-github-api-server.js';
import {
  FIXTURES,
  REPO,
  REPO_ROOT,
  type ActionResult,
  type Workspace,
  commit,
  genzSteps,
  makeWorkspace,
  pullRequestEvent,
  readWorkflow,
  removeTemps,
  runAction,
  runActionInProcess,
  setTensor,
  stepInputs,
  editFile,
} from './support/harness.js';
import { decodeRunReport } from '../../src/run-report/index.js';

/** report.json as the code reads it (decoded from its compact encoding). */
const readReportJson = (file: string): ReturnType<typeof JSON.parse> => decodeRunReport(JSON.parse(readFileSync(file, 'utf8')));

const MARKER = '<!-- genz-action:comment-key=genz-action -->';
const PR = 7;

const gh = useGitHubApiServer(REPO);

afterAll(removeTemps);

/** basic.yml's inputs for this action, expressions resolved as on a runner. */
function basicInputs(): Record<string, string> {
  const [step] = genzSteps(readWorkflow('basic.yml'));
  return stepInputs(step, { 'github.token': 'test-token' });
}

/** Runs in process unless `bundle` (node dist/index.js). */
async function runOnPullRequest(ws: Workspace, inputs: Record<string, string> = {}, env: Record<string, string> = {}, bundle = false): Promise<ActionResult> {
  gh.repo.addPullRequest({ number: PR, headSha: ws.headSha, baseSha: ws.baseSha, headRef: 'perf-change' });
  gh.repo.pulls.splice(0, gh.repo.pulls.length - 1); // one record per number, the latest head
  return (bundle ? runAction : runActionInProcess)({
    workspace: ws.dir,
    inputs: { ...basicInputs(), ...inputs },
    eventName: 'pull_request',
    event: pullRequestEvent({ number: PR, baseSha: ws.baseSha, headSha: ws.headSha, headRef: 'perf-change' }),
    apiUrl: gh.server.url,
    env,
  });
}

const stickyComments = () => gh.repo.commentsOn(PR).filter((c) => c.body.includes(MARKER));
const writes = () => gh.server.writes().map((r) => `${r.method} ${r.operation}`);

/** Every output, checked for consistency with the report file. */
function expectOutputs(r: ActionResult, expected: { status: string; commentId?: number | null }) {
  const o = r.outputs;
  expect(Object.keys(o).sort()).toEqual([
    'changed',
    'comment-id',
    'html-report',
    'markdown',
    'regressions',
    'report-dir',
    'report-json',
    'slo-violations',
    'status',
  ]);
  expect(o['html-report']).toBe(path.join(o['report-dir'], 'report.html'));
  expect(readFileSync(o['html-report'], 'utf8')).toMatch(/^<!doctype html>/);
  expect(o.status).toBe(expected.status);
  expect(existsSync(o['report-json'])).toBe(true);
  expect(path.dirname(o['report-json'])).toBe(o['report-dir']);
  expect(o['report-dir']).toBe(path.join(r.runnerTemp, 'genz-action'));
  const report = readReportJson(o['report-json']);
  expect(report.schema).toBe(RUN_REPORT_SCHEMA);
  expect(report.summary.status).toBe(expected.status);
  expect(o.regressions).toBe(String(report.summary.regressions));
  expect(o['slo-violations']).toBe(String(report.scenarios.filter((s: { sloViolated: boolean }) => s.sloViolated).length));
  expect(o.changed).toBe(String(report.summary.changed));
  expect(o.markdown).toContain(report.verdict);
  if (expected.commentId !== undefined) expect(o['comment-id']).toBe(expected.commentId === null ? '' : String(expected.commentId));
  return report;
}

describe('docs/workflows/basic.yml (the README workflow)', () => {
  it('runs this action on pull_request with the permissions, concurrency and checkout it needs', () => {
    const wf = readWorkflow('basic.yml');
    expect(Object.keys(wf.on)).toEqual(['pull_request']);
    expect(wf.permissions).toEqual({ contents: 'read', 'pull-requests': 'write' });
    expect(wf.concurrency).toEqual({ group: 'genz-${{ github.event.pull_request.number }}', 'cancel-in-progress': true });
    const steps = wf.jobs.genz.steps;
    expect(steps[0]).toMatchObject({ uses: expect.stringMatching(/^actions\/checkout@v\d+$/), with: { 'fetch-depth': 0 } });
    const genz = genzSteps(wf);
    expect(genz).toHaveLength(1);
    // The inputs every test below runs with.
    expect(basicInputs()).toEqual({ 'github-token': 'test-token', comment: 'always' });
    const declared = Object.keys((parseYaml(readFileSync(path.join(REPO_ROOT, 'action.yml'), 'utf8')) as { inputs: object }).inputs);
    for (const name of Object.keys(genz[0].with ?? {})) expect(declared).toContain(name);
  });
});

describe('the sticky comment over a pull request’s life', () => {
  it('creates one comment, finds it on page 2 of 150 and sends nothing when identical, updates it when results change (the bundle)', async () => {
    const ws = makeWorkspace();
    for (let i = 0; i < 149; i++) gh.repo.addComment(PR, { body: `review comment ${i}`, author: i % 3 ? 'reviewer' : 'github-actions[bot]' });

    // 1. First run: clean, comment: always → one comment (the 150th, on page 2).
    const first = await runOnPullRequest(ws, {}, {}, true);
    expect(first.code).toBe(0);
    const [created] = stickyComments();
    expect(stickyComments()).toHaveLength(1);
    expect(created.body.startsWith(`${MARKER}\n`)).toBe(true);
    expect(created.body).toContain('No performance changes in 6 scenarios');
    expect(writes()).toEqual(['POST createIssueComment']);
    const report = expectOutputs(first, { status: 'clean', commentId: created.id });
    expect(report.scenarios.map((s: { id: string }) => s.id)).toEqual(['lora-dynamic', 'attention-unfused', 'chat-tp1', 'chat-tp2', 'long-prompt', 'batch-8']);
    expect(first.outputs.markdown).toBe(created.body.slice(MARKER.length + 1));
    expect(first.summary).toContain('### ✅ No performance changes in 6 scenarios');
    expect(first.summary).toContain('6 unchanged scenarios');

    // 2. Same results: the comment is found on page 2 and nothing is sent.
    gh.server.requests.length = 0;
    const second = await runOnPullRequest(ws, {}, {}, true);
    expect(second.code).toBe(0);
    const lists = gh.server.requestsFor('listIssueComments');
    expect(lists.map((r) => r.query.page ?? '1')).toEqual(['1', '2']);
    expect(writes()).toEqual([]);
    expectOutputs(second, { status: 'clean', commentId: created.id });

    // 3. A tensor degree halved: chat-tp2 regresses; the comment is edited and the step fails.
    setTensor(ws, 'chat-tp2', 2, 1);
    commit(ws, 'chat-tp2 on one GPU');
    gh.server.requests.length = 0;
    const third = await runOnPullRequest(ws, { 'fail-on': 'regression' }, {}, true);
    expect(third.code).toBe(1);
    expect(writes()).toEqual(['PATCH updateIssueComment']);
    expect(stickyComments()).toHaveLength(1);
    expect(stickyComments()[0].body).toContain('1 regression in 6 scenarios');
    expectOutputs(third, { status: 'regression', commentId: created.id });
    expect(third.stdout).toMatch(/::error::genz-action: 1 regression in 6 scenarios.*fail-on: regression/);
    expect(third.summary).toContain('#### Changed scenarios (1)');
    expect(third.summary).toContain('| 🔴 | chat-tp2 | TP 2 → 1 |');
    // Annotations point at the scenario in its manifest.
    expect(third.stdout).toMatch(/::error (title=[^,]*,)?file=perf\/serving\.yaml,line=\d+/);
    expect(gh.repo.commentsOn(PR)).toHaveLength(150);
  });

  it('fails with status=changed under fail-on mismatch, passes under fail-on regression', async () => {
    const ws = makeWorkspace();
    setTensor(ws, 'chat-tp1', 1, 2); // faster: inputs changed, nothing worse
    commit(ws, 'chat-tp1 on two GPUs');
    const mismatch = await runOnPullRequest(ws, { 'fail-on': 'mismatch' });
    expect(mismatch.code).toBe(1);
    expectOutputs(mismatch, { status: 'changed' });
    expect(mismatch.stdout).toMatch(/::error::genz-action: 1 of 6 scenarios changed, none worse \(fail-on: mismatch: chat-tp1: /);

    const regression = await runOnPullRequest(ws, { 'fail-on': 'regression' });
    expect(regression.code).toBe(0);
    expectOutputs(regression, { status: 'changed' });
    expect(stickyComments()).toHaveLength(1);
    expect(stickyComments()[0].body).toContain('This check passes');
  });

  it('comment: on-change creates nothing for a clean result but updates an existing comment', async () => {
    const ws = makeWorkspace();
    const clean = await runOnPullRequest(ws, { comment: 'on-change' });
    expect(clean.code).toBe(0);
    expect(writes()).toEqual([]);
    expectOutputs(clean, { status: 'clean', commentId: null });

    const old = gh.repo.addComment(PR, { body: `${MARKER}\n### ❌ 1 regression in 6 scenarios`, author: 'github-actions[bot]' });
    const turnedClean = await runOnPullRequest(ws, { comment: 'on-change' });
    expect(turnedClean.code).toBe(0);
    expect(writes()).toEqual(['PATCH updateIssueComment']);
    expect(gh.repo.comment(old.id)?.body).toContain('No performance changes');
    expectOutputs(turnedClean, { status: 'clean', commentId: old.id });
  });

  it('reduces two stray marker comments to one', async () => {
    const ws = makeWorkspace();
    const older = gh.repo.addComment(PR, { body: `${MARKER}\nold run A`, author: 'github-actions[bot]' });
    gh.repo.addComment(PR, { body: 'LGTM', author: 'reviewer' });
    const newer = gh.repo.addComment(PR, { body: `${MARKER}\nold run B`, author: 'github-actions[bot]' });
    const r = await runOnPullRequest(ws);
    expect(r.code).toBe(0);
    expect(writes()).toEqual(['PATCH updateIssueComment', 'DELETE deleteIssueComment']);
    expect(stickyComments().map((c) => c.id)).toEqual([newer.id]);
    expect(gh.repo.comment(older.id)).toBeUndefined();
    expect(gh.repo.commentsOn(PR).map((c) => c.body)).toContain('LGTM');
    expectOutputs(r, { status: 'clean', commentId: newer.id });
  });
});

describe('GitHub failures never hide the verdict', () => {
  it('a 403 on comment creation still gives the summary, every output, the exit code and a notice about the two-workflow flow', async () => {
    const ws = makeWorkspace();
    setTensor(ws, 'chat-tp2', 2, 1);
    commit(ws, 'regress');
    gh.server.failNext({ method: 'POST', route: 'createIssueComment', status: 403 });
    const r = await runOnPullRequest(ws, { 'fail-on': 'regression' });
    expect(r.code).toBe(1);
    expect(stickyComments()).toHaveLength(0);
    expectOutputs(r, { status: 'regression', commentId: null });
    expect(r.summary).toContain('1 regression in 6 scenarios');
    const notice = r.stdout.split('\n').find((l) => l.startsWith('::notice::'));
    expect(notice).toBeDefined();
    expect(notice).toContain('HTTP 403');
    expect(notice).toContain('pull-requests: write');
    expect(notice).toContain('mode: report');
    expect(notice).toContain('workflow_run');
    expect(notice).toContain('the verdict is unchanged');
    expect(r.stdout).toMatch(/::error::genz-action: 1 regression/);
  });

  it('a 403 on a clean run exits 0', async () => {
    const ws = makeWorkspace();
    gh.server.failNext({ method: 'POST', route: 'createIssueComment', status: 403 });
    const r = await runOnPullRequest(ws);
    expect(r.code).toBe(0);
    expectOutputs(r, { status: 'clean', commentId: null });
    expect(r.stdout).toContain('::notice::');
  });

  it('retries 5xx answers and then succeeds', async () => {
    const ws = makeWorkspace();
    gh.server.failNext({ method: 'GET', route: 'listIssueComments', status: 503 });
    gh.server.failNext({ method: 'POST', route: 'createIssueComment', status: 502, times: 2 });
    const r = await runOnPullRequest(ws);
    expect(r.code).toBe(0);
    expect(gh.server.requestsFor('listIssueComments').map((q) => q.status)).toEqual([503, 200]);
    expect(gh.server.requestsFor('createIssueComment').map((q) => q.status)).toEqual([502, 502, 201]);
    expect(stickyComments()).toHaveLength(1);
    expectOutputs(r, { status: 'clean', commentId: stickyComments()[0].id });
  });
});

describe('a report larger than one comment', () => {
  it('is shortened to fit 65,536 characters; the job summary keeps it whole', async () => {
    const ws = makeWorkspace({ 'perf/sweep.yaml': readFileSync(path.join(FIXTURES, 'sweep.yaml'), 'utf8') });
    editFile(ws, 'perf/sweep.yaml', (t) => t.replace('parallelism: { tensor: 1 }', 'parallelism: { tensor: 2 }'));
    commit(ws, 'sweep on two GPUs');
    const r = await runOnPullRequest(ws);
    expectOutputs(r, { status: r.outputs.status });
    const [comment] = stickyComments();
    expect(comment.body.length).toBeLessThanOrEqual(65_536);
    expect(gh.server.requestsFor('createIssueComment').map((q) => q.status)).toEqual([201]);
    expect(r.summary.length).toBeGreaterThan(65_536);
    expect(r.outputs.markdown.length).toBeLessThan(r.summary.length);
    expect(r.stdout).toContain("The comment was shortened to fit GitHub's limit");
    const report = readReportJson(r.outputs['report-json']);
    expect(report.summary.total).toBe(70);
  });
});

describe('bad input', () => {
  it.each([
    [{ mode: 'bogus' }, "input 'mode' must be one of check, update, report, post, merge, refresh; got 'bogus'"],
    [{ comment: 'sometimes' }, "input 'comment' must be one of always, on-change, never"],
    [{ 'fail-on': 'worse' }, "input 'fail-on' must be one of mismatch, regression, slo, never"],
    [{ summary: 'maybe' }, "input 'summary' must be true or false"],
    [{ 'comment-key': 'a b' }, "input 'comment-key' may use letters"],
    [{ mode: 'report', shard: '4/3' }, "input 'shard' must be 'i/n'"],
    [{ mode: 'report', shard: 'one/3' }, "input 'shard' must be 'i/n'"],
    [{ shard: '1/3' }, "input 'shard' works with mode: report only"],
    [{ mode: 'post' }, "input 'report' is required with mode: post"],
    [{ mode: 'merge' }, "input 'reports' is required with mode: merge"],
    [{ 'github-token': '' }, "input 'github-token' is empty"],
  ])('%j fails naming the input', async (inputs, message) => {
    const ws = makeWorkspace();
    // The first case through the bundle: the runner's INPUT_* variables, the error command, the exit code.
    const r = await runOnPullRequest(ws, inputs as Record<string, string>, {}, (inputs as Record<string, string>).mode === 'bogus');
    expect(r.code).toBe(2);
    expect(r.stdout).toContain(`::error::genz-action: ${message}`);
    expect(r.outputs.status).toBe('error');
    expect(gh.server.requests).toEqual([]);
  });

  it('a bad manifest fails with file:line:column and posts nothing', async () => {
    const ws = makeWorkspace();
    editFile(ws, 'perf/serving.yaml', (t) => t.replace('workload: { batch: 8 }', 'workload: { batch: eight }'));
    commit(ws, 'typo');
    const r = await runOnPullRequest(ws);
    expect(r.code).toBe(2);
    expect(r.outputs.status).toBe('error');
    const line =
      readFileSync(path.join(ws.dir, 'perf/serving.yaml'), 'utf8')
        .split('\n')
        .findIndex((l) => l.includes('batch: eight')) + 1;
    expect(r.stdout).toMatch(
      new RegExp(`::error::genz-action: 1 problem in the input; nothing was simulated or written:%0Aperf/serving\\.yaml:${line}:\\d+: `),
    );
    expect(r.stdout).toMatch(new RegExp(`::error (title=[^,]*,)?file=perf/serving\\.yaml,line=${line},col=\\d+`));
    expect(r.summary).toContain(`perf/serving.yaml:${line}:`);
    expect(gh.server.writes()).toEqual([]);
  });
});

describe('mode: update', () => {
  it('rewrites the changed baseline file in the workspace and talks to nobody', async () => {
    const ws = makeWorkspace();
    setTensor(ws, 'chat-tp2', 2, 1);
    commit(ws, 'regress');
    const r = await runOnPullRequest(ws, { mode: 'update' });
    expect(r.code).toBe(0);
    expect(r.outputs).toMatchObject({ status: 'changed', changed: '1', 'report-json': '', 'comment-id': '' });
    expect(r.summary).toContain('- `baselines/perf/serving.json`: updated');
    expect(readFileSync(path.join(ws.dir, 'baselines/perf/serving.json'), 'utf8')).not.toBe(ws.baselines['baselines/perf/serving.json']);
    expect(readFileSync(path.join(ws.dir, 'baselines/perf/features.json'), 'utf8')).toBe(ws.baselines['baselines/perf/features.json']);
    expect(gh.server.requests).toEqual([]);
  });
});
