/**
 * The fork-safe two-workflow flow: docs/workflows/pr-report.yml (pull_request, mode: report, upload-artifact)
 * then docs/workflows/pr-comment.yml (workflow_run, download-artifact, mode: post). The inputs come from the
 * workflow files; the artifact hand-over is a folder copy. The first flow runs the committed dist/index.js as
 * child processes end to end; the other cases run the same handlers in process (runActionInProcess).
 */
import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { useGitHubApiServer } from '../support/use-github-api-server.js';
import {
  REPO,
  type ActionResult,
  type ActionRunner,
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
  tempDir,
  workflowRunEvent,
} from './support/harness.js';
import { decodeRunReport } from '../../src/run-report/index.js';

/** report.json as the code reads it (decoded from its compact encoding). */
const readReportJson = (file: string): ReturnType<typeof JSON.parse> => decodeRunReport(JSON.parse(readFileSync(file, 'utf8')));

const MARKER = '<!-- genz-action:comment-key=genz-action -->';
const PR = 9;

const gh = useGitHubApiServer(REPO);

afterAll(removeTemps);

const reportWorkflow = () => readWorkflow('pr-report.yml');
const commentWorkflow = () => readWorkflow('pr-comment.yml');

/** Part 1: pr-report.yml on a pull_request from a fork. */
async function reportRun(ws: Workspace, runner: ActionRunner = runActionInProcess): Promise<ActionResult> {
  const runnerTemp = tempDir('genz-runner-');
  const inputs = stepInputs(genzSteps(reportWorkflow())[0], { 'runner.temp': runnerTemp });
  return runner({
    workspace: ws.dir,
    inputs,
    runnerTemp,
    apiUrl: gh.server.url,
    eventName: 'pull_request',
    event: pullRequestEvent({ number: PR, baseSha: ws.baseSha, headSha: ws.headSha, fork: true }),
  });
}

/** upload-artifact → download-artifact: the uploaded folder lands where pr-comment.yml downloads it. */
function handOver(reportDir: string, runnerTemp: string): string {
  const upload = reportWorkflow().jobs.report.steps.find((s) => s.uses?.startsWith('actions/upload-artifact@'))!;
  const download = commentWorkflow().jobs.comment.steps.find((s) => s.uses?.startsWith('actions/download-artifact@'))!;
  expect(download.with?.name).toBe(upload.with?.name);
  expect(upload.with?.path).toBe('${{ steps.genz.outputs.report-dir }}');
  const target = stepInputs(download, { 'runner.temp': runnerTemp, 'github.event.workflow_run.id': '1', 'github.token': 'x' }).path;
  mkdirSync(target, { recursive: true });
  cpSync(reportDir, target, { recursive: true });
  return target;
}

/** Part 2: pr-comment.yml on workflow_run, in an empty workspace (it checks out nothing). */
async function postRun(o: {
  prepare?: (downloaded: string) => void;
  reportDir: string;
  event: unknown;
  extra?: Record<string, string>;
  runner?: ActionRunner;
}): Promise<ActionResult> {
  const runnerTemp = tempDir('genz-runner-');
  const downloaded = handOver(o.reportDir, runnerTemp);
  o.prepare?.(downloaded);
  const inputs = stepInputs(genzSteps(commentWorkflow())[0], { 'runner.temp': runnerTemp });
  return (o.runner ?? runActionInProcess)({
    workspace: tempDir('genz-empty-'),
    inputs: { ...inputs, ...o.extra },
    runnerTemp,
    apiUrl: gh.server.url,
    eventName: 'workflow_run',
    event: o.event,
  });
}

function regressedWorkspace(): Workspace {
  const ws = makeWorkspace();
  setTensor(ws, 'chat-tp2', 2, 1);
  commit(ws, 'chat-tp2 on one GPU');
  return ws;
}

describe('the workflow files', () => {
  it('pr-report.yml: pull_request, read-only, mode report, uploads the report folder even when the check failed', () => {
    const wf = reportWorkflow();
    expect(Object.keys(wf.on)).toEqual(['pull_request']);
    expect(wf.permissions).toEqual({ contents: 'read' });
    const [genz] = genzSteps(wf);
    expect(genz.with).toMatchObject({ mode: 'report', 'report-dir': '${{ runner.temp }}/genz-report' });
    expect(genz.with).not.toHaveProperty('github-token');
    const upload = wf.jobs.report.steps.find((s) => s.uses?.startsWith('actions/upload-artifact@'));
    expect(upload?.if).toContain('!cancelled()');
  });

  it('pr-comment.yml: workflow_run of the report workflow, write permission for comments only, no checkout', () => {
    const wf = commentWorkflow();
    expect(wf.on).toEqual({ workflow_run: { workflows: [reportWorkflow().name], types: ['completed'] } });
    expect(wf.permissions).toEqual({ actions: 'read', 'pull-requests': 'write' });
    expect(wf.jobs.comment.if).toContain("github.event.workflow_run.event == 'pull_request'");
    expect(wf.jobs.comment.steps.some((s) => s.uses?.startsWith('actions/checkout@'))).toBe(false);
    expect(genzSteps(wf)[0].with).toMatchObject({ mode: 'post', report: '${{ runner.temp }}/genz-report/report.json' });
  });
});

describe('report on a fork, post from workflow_run', () => {
  it('posts the report to the pull request found by its head SHA (the event lists none), both halves run by the bundle', async () => {
    const ws = regressedWorkspace();
    gh.repo.addPullRequest({ number: 3, headSha: ws.headSha, state: 'closed' });
    gh.repo.addPullRequest({ number: PR, headSha: ws.headSha, baseSha: ws.baseSha, headRepo: 'contributor/Hello-World' });

    const report = await reportRun(ws, runAction);
    expect(report.code).toBe(1); // the pull_request check carries the verdict
    expect(report.outputs.status).toBe('regression');
    expect(report.outputs['comment-id']).toBe('');
    expect(gh.server.requests).toEqual([]); // computing needs no API: base baselines come from git
    expect(readReportJson(report.outputs['report-json']).summary.regressions).toBe(1);

    const post = await postRun({ reportDir: report.outputs['report-dir'], event: workflowRunEvent({ headSha: ws.headSha, fork: true }), runner: runAction });
    expect(post.code).toBe(0);
    expect(gh.server.requests.map((r) => r.operation)).toEqual(['listPullRequestsAssociatedWithCommit', 'listIssueComments', 'createIssueComment']);
    const comments = gh.repo.commentsOn(PR);
    expect(comments).toHaveLength(1);
    expect(comments[0].body).toBe(`${MARKER}\n${report.outputs.markdown}`);
    expect(post.outputs).toMatchObject({ status: 'regression', regressions: '1', 'comment-id': String(comments[0].id), markdown: report.outputs.markdown });
    expect(post.summary).toContain('1 regression in 6 scenarios');
    expect(gh.repo.commentsOn(3)).toEqual([]);
  });

  it('uses workflow_run.pull_requests when GitHub lists the pull request (same repository), checked against its head', async () => {
    const ws = regressedWorkspace();
    gh.repo.addPullRequest({ number: PR, headSha: ws.headSha, baseSha: ws.baseSha });
    const report = await reportRun(ws);
    const post = await postRun({ reportDir: report.outputs['report-dir'], event: workflowRunEvent({ headSha: ws.headSha, number: PR }) });
    expect(post.code).toBe(0);
    expect(gh.server.requests.map((r) => `${r.operation} ${r.path}`)).toEqual([
      `getPullRequest /repos/${REPO}/pulls/${PR}`,
      `listIssueComments /repos/${REPO}/issues/${PR}/comments`,
      `createIssueComment /repos/${REPO}/issues/${PR}/comments`,
    ]);
  });

  it('posts nothing for a commit that is no longer the pull request head (runs finishing out of order)', async () => {
    const ws = regressedWorkspace();
    gh.repo.addPullRequest({ number: PR, headSha: 'f'.repeat(40), headRepo: 'contributor/Hello-World' });
    const report = await reportRun(ws);
    const post = await postRun({ reportDir: report.outputs['report-dir'], event: workflowRunEvent({ headSha: ws.headSha, fork: true }) });
    expect(post.code).toBe(0);
    expect(gh.server.writes()).toEqual([]);
    expect(post.stdout).toMatch(/::notice::No open pull request has [0-9a-f]{7} as its head/);
    expect(post.outputs).toMatchObject({ status: 'regression', 'comment-id': '' });
  });

  it('treats the artifact as data: escapes its text, ignores its PR number and template, recomputes the verdict', async () => {
    const ws = regressedWorkspace();
    gh.repo.addPullRequest({ number: PR, headSha: ws.headSha, headRepo: 'contributor/Hello-World' });
    gh.repo.addPullRequest({ number: 1, headSha: 'e'.repeat(40) });
    const report = await reportRun(ws);
    const post = await postRun({
      reportDir: report.outputs['report-dir'],
      event: workflowRunEvent({ headSha: ws.headSha, fork: true }),
      extra: { template: 'evil.hbs' },
      prepare: (dir) => {
        const file = path.join(dir, 'report.json');
        const r = readReportJson(file);
        r.pullRequest = 1;
        r.number = 1;
        r.template = '{{#each report}}PWNED{{/each}}';
        r.verdict = 'All good <img src=x onerror=alert(1)>';
        r.policy.fail = false;
        r.policy.reasons = [];
        const regressed = r.scenarios.find((s: { hasRegression: boolean }) => s.hasRegression);
        regressed.id = '<img src=x onerror=alert(1)> [click](https://evil.example) <!--';
        regressed.description = '<script>alert(1)</script>';
        regressed.metrics[0].label = '<b>TTFT</b>';
        regressed.metrics[0].extra = 'ignored';
        writeFileSync(file, JSON.stringify(r));
      },
    });
    expect(post.code).toBe(0);
    expect(gh.repo.commentsOn(1)).toEqual([]);
    const [comment] = gh.repo.commentsOn(PR);
    expect(comment.body).not.toMatch(/<img|<script|<b>|PWNED|All good|[^\\]\[click/);
    expect(comment.body).toContain('&lt;img src=x onerror=alert(1)&gt; \\[click\\](https:&#8203;//evil.example) &lt;\\!--');
    expect(comment.body).toContain('1 regression in 6 scenarios');
    expect(comment.body).toContain('This check fails');
    expect(post.stdout).toContain('::notice::mode: post ignores the template input');
  });

  it('issue 9 case 1: a scenario id in the artifact cannot run workflow commands in the write-token job', async () => {
    const ws = regressedWorkspace();
    gh.repo.addPullRequest({ number: PR, headSha: ws.headSha, headRepo: 'contributor/Hello-World' });
    const report = await reportRun(ws);
    const post = await postRun({
      reportDir: report.outputs['report-dir'],
      event: workflowRunEvent({ headSha: ws.headSha, fork: true }),
      prepare: (dir) => {
        const file = path.join(dir, 'report.json');
        const r = readReportJson(file);
        const regressed = r.scenarios.find((s: { hasRegression: boolean }) => s.hasRegression);
        regressed.id = 'chat\n::error ::x\n::add-mask::y\n::set-output name=z::w\u001b[31m';
        writeFileSync(file, JSON.stringify(r));
      },
    });
    expect(post.code).toBe(0);
    const lines = post.stdout.split(/\r?\n/);
    expect(lines.filter((l) => /^::(add-mask::y|set-output)/.test(l))).toEqual([]);
    expect(lines.filter((l) => l.startsWith('::error ::x'))).toEqual([]);
    expect(post.stdout).toContain('on chat\\n::error ::x\\n::add-mask::y');
    expect(post.stdout).not.toContain('\u001b[31m');
    expect(post.outputs.z).toBeUndefined();
  });

  it.each([
    [
      'a report of another schema',
      (r: any) => {
        r.schema = 'genz-action/run-report@0';
      },
      'schema: must be "genz-action/run-report@1"',
    ],
    [
      'a mistyped number',
      (r: any) => {
        r.scenarios[0].metrics[0].current = '12 ms';
      },
      'scenarios[0].metrics[0].current: must be a number or true or false or null, got "12 ms"',
    ],
    [
      'an unknown verdict',
      (r: any) => {
        r.scenarios[0].classification = 'fine';
      },
      'scenarios[0].classification: must be one of',
    ],
    [
      'an overlong id',
      (r: any) => {
        r.scenarios[0].id = 'x'.repeat(20_000);
      },
      'scenarios[0].id: must be a string of at most 4,096 characters',
    ],
    [
      'a partial (shard) report',
      (r: any) => {
        r.shard = { index: 1, total: 2 };
      },
      'the partial report of shard 1 of 2: merge the shards',
    ],
    ['no JSON at all', () => 'not json', 'is not valid JSON'],
  ])('refuses %s, naming the field, and posts nothing', async (_, tamper, message) => {
    const ws = makeWorkspace();
    gh.repo.addPullRequest({ number: PR, headSha: ws.headSha, headRepo: 'contributor/Hello-World' });
    const report = await reportRun(ws);
    const post = await postRun({
      reportDir: report.outputs['report-dir'],
      event: workflowRunEvent({ headSha: ws.headSha, fork: true }),
      prepare: (dir) => {
        const file = path.join(dir, 'report.json');
        const r = readReportJson(file);
        const replaced = (tamper as (r: unknown) => unknown)(r);
        writeFileSync(file, typeof replaced === 'string' ? replaced : JSON.stringify(r));
      },
    });
    expect(post.code).toBe(2); // an input error (docs/security.md, exit codes)
    expect(post.stdout).toContain(message);
    expect(post.outputs.status).toBe('error');
    expect(gh.server.requests).toEqual([]);
  });

  it('refuses a 5 MB padded report that is not a run report', async () => {
    const ws = makeWorkspace();
    const report = await reportRun(ws);
    const post = await postRun({
      reportDir: report.outputs['report-dir'],
      event: workflowRunEvent({ headSha: ws.headSha, fork: true }),
      prepare: (dir) => writeFileSync(path.join(dir, 'report.json'), `{"pad": "${'x'.repeat(5 * 1024 * 1024)}"}`),
    });
    expect(post.code).toBe(2);
    expect(post.stdout).toContain('schema: must be');
    expect(gh.server.requests).toEqual([]);
  });

  it('posts nothing when the upstream run was not for a pull request', async () => {
    const ws = makeWorkspace();
    const report = await reportRun(ws);
    const event = workflowRunEvent({ headSha: ws.headSha, fork: true });
    event.workflow_run.event = 'push';
    const post = await postRun({ reportDir: report.outputs['report-dir'], event });
    expect(post.code).toBe(0);
    expect(gh.server.requests).toEqual([]);
    expect(post.stdout).toContain('triggered by push, not a pull request');
  });

  it('mode post outside workflow_run fails clearly', async () => {
    const ws = makeWorkspace();
    const r = await runActionInProcess({
      workspace: ws.dir,
      inputs: { mode: 'post', report: 'report.json' },
      apiUrl: gh.server.url,
      eventName: 'pull_request',
      event: pullRequestEvent({ number: PR, baseSha: ws.baseSha, headSha: ws.headSha }),
    });
    expect(r.code).toBe(2);
    expect(r.stdout).toContain('mode: post runs in a workflow triggered by workflow_run (this one was triggered by pull_request)');
  });
});
