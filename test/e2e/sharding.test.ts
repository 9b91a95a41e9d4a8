/**
 * Sharding, in process (runActionInProcess), with the inputs of docs/workflows/sharded.yml: three `shard: i/3`
 * report jobs, then `mode: merge` over their partial reports in every order, compared with one job running
 * everything; and the merge's refusals (missing, duplicate and overlapping shards, disagreeing totals,
 * another simulator version).
 */
import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useGitHubApiServer } from '../support/use-github-api-server.js';
import {
  REPO,
  type ActionResult,
  type Workspace,
  commit,
  editFile,
  genzSteps,
  makeWorkspace,
  pullRequestEvent,
  readWorkflow,
  removeTemps,
  runActionInProcess,
  setTensor,
  stepInputs,
  tempDir,
} from './support/harness.js';
import { decodeRunReport } from '../../src/run-report/index.js';

const PR = 21;
const MARKER = '<!-- genz-action:comment-key=genz-action -->';

const gh = useGitHubApiServer(REPO);

afterAll(removeTemps);

const workflow = () => readWorkflow('sharded.yml');
const shardStep = () => genzSteps(workflow(), 'shard')[0];
const mergeStep = () => genzSteps(workflow(), 'merge')[0];

/** A pull request with a regression, a removed, a new and some unchanged scenarios. */
let ws: Workspace;
/** Shard report folders by index, and the single job's report. */
const shardDirs = new Map<number, string>();
let single: ActionResult;

function event() {
  return pullRequestEvent({ number: PR, baseSha: ws.baseSha, headSha: ws.headSha });
}

async function shardRun(shard: string): Promise<ActionResult> {
  const runnerTemp = tempDir('genz-runner-');
  const [index] = shard.split('/');
  const inputs = { ...stepInputs(shardStep(), { 'matrix.shard': index, 'runner.temp': runnerTemp }), shard };
  return runActionInProcess({ workspace: ws.dir, inputs, runnerTemp, apiUrl: 'http://127.0.0.1:9', eventName: 'pull_request', event: event() });
}

/** download-artifact with `pattern:`: one folder per artifact under the download path; `names` orders them. */
async function mergeRun(folders: Array<{ name: string; from: string }>): Promise<ActionResult> {
  const runnerTemp = tempDir('genz-runner-');
  const download = workflow().jobs.merge.steps.find((s) => s.uses?.startsWith('actions/download-artifact@'))!;
  const target = stepInputs(download, { 'runner.temp': runnerTemp }).path;
  for (const f of folders) {
    mkdirSync(path.join(target, f.name), { recursive: true });
    cpSync(f.from, path.join(target, f.name), { recursive: true });
  }
  gh.repo.addPullRequest({ number: PR, headSha: ws.headSha });
  return runActionInProcess({
    workspace: ws.dir,
    inputs: stepInputs(mergeStep(), { 'runner.temp': runnerTemp, 'github.token': 'test-token' }),
    runnerTemp,
    apiUrl: gh.server.url,
    eventName: 'pull_request',
    event: event(),
  });
}

const withoutRuntime = (report: Record<string, unknown>) => ({ ...report, runtime: null });
/** A report (decoded from its compact encoding) or a shard file. */
const readJson = (file: string): ReturnType<typeof JSON.parse> => decodeRunReport(JSON.parse(readFileSync(file, 'utf8')));

beforeAll(async () => {
  ws = makeWorkspace();
  setTensor(ws, 'chat-tp2', 2, 1);
  editFile(ws, 'perf/serving.yaml', (t) => t.replace(/  - id: batch-8\n(    .*\n)+/, ''));
  editFile(ws, 'perf/features.yaml', (t) => `${t}  - id: new-scenario\n    description: Added in this pull request\n    workload: { batch: 2 }\n`);
  commit(ws, 'a regression, a removed and a new scenario');
  // The single job: everything in one report job.
  const runnerTemp = tempDir('genz-runner-');
  single = await runActionInProcess({
    workspace: ws.dir,
    inputs: { mode: 'report' },
    runnerTemp,
    apiUrl: 'http://127.0.0.1:9',
    eventName: 'pull_request',
    event: event(),
  });
  for (const i of [1, 2, 3]) {
    const r = await shardRun(`${i}/3`);
    expect(r.code, r.stdout).toBe(0); // a shard never fails on the policy
    shardDirs.set(i, r.outputs['report-dir']);
  }
}, 120_000);

describe('docs/workflows/sharded.yml', () => {
  it('runs a matrix of 3 report shards and a merge job that comments', () => {
    const wf = workflow();
    expect(wf.permissions).toEqual({ contents: 'read', 'pull-requests': 'write' });
    expect(wf.jobs.shard.strategy?.matrix).toEqual({ shard: [1, 2, 3] });
    expect(shardStep().with).toEqual({ mode: 'report', shard: '${{ matrix.shard }}/3', 'report-dir': '${{ runner.temp }}/genz-shard' });
    const upload = wf.jobs.shard.steps.find((s) => s.uses?.startsWith('actions/upload-artifact@'));
    expect(upload?.with).toMatchObject({ name: 'genz-shard-${{ matrix.shard }}', path: '${{ steps.genz.outputs.report-dir }}' });
    expect(wf.jobs.merge.needs).toBe('shard');
    const download = wf.jobs.merge.steps.find((s) => s.uses?.startsWith('actions/download-artifact@'));
    expect(download?.with).toMatchObject({ pattern: 'genz-shard-*', path: '${{ runner.temp }}/genz-shards' });
    expect(download?.with).not.toHaveProperty('merge-multiple');
    expect(mergeStep().with).toMatchObject({ mode: 'merge', reports: '${{ runner.temp }}/genz-shards' });
  });
});

describe('shards', () => {
  it('split the run evenly, each marked with its shard, together covering every scenario once', () => {
    const all = readJson(single.outputs['report-json']).scenarios.map((s: { id: string }) => s.id);
    expect(all).toContain('batch-8'); // removed, still reported
    expect(all).toContain('new-scenario');
    const seen: string[] = [];
    for (const [i, dir] of shardDirs) {
      const report = readJson(path.join(dir, 'report.json'));
      const sidecar = readJson(path.join(dir, 'report.shard.json'));
      expect(report.shard).toEqual({ index: i, total: 3 });
      expect(sidecar).toMatchObject({ schema: 'genz-action/shard@1', index: i, total: 3, split: 'sorted-ids-round-robin', scenarios: all });
      expect(report.scenarios.map((s: { id: string }) => s.id)).toEqual(sidecar.selected);
      expect([2, 3]).toContain(sidecar.selected.length);
      seen.push(...sidecar.selected);
    }
    expect(seen.sort()).toEqual([...all].sort());
  });

  it('the single job fails on the regression; shards do not', () => {
    expect(single.code).toBe(1);
    expect(single.outputs.status).toBe('regression');
  });
});

describe('mode: merge', () => {
  const orders = [
    [1, 2, 3],
    [1, 3, 2],
    [2, 1, 3],
    [2, 3, 1],
    [3, 1, 2],
    [3, 2, 1],
  ];
  it.each(orders)('shards found in the order %i, %i, %i give the single job’s report, summary and comment', async (...order) => {
    const r = await mergeRun(order.map((i, k) => ({ name: `artifact-${'abc'[k]}`, from: shardDirs.get(i)! })));
    expect(r.code).toBe(1); // fail-on mismatch: the regression fails the merged check
    const merged = readJson(r.outputs['report-json']);
    const expected = readJson(single.outputs['report-json']);
    expect(withoutRuntime(merged)).toEqual(withoutRuntime(expected));
    expect(merged.shard).toBeNull();
    expect(r.outputs).toMatchObject({
      status: single.outputs.status,
      regressions: single.outputs.regressions,
      changed: single.outputs.changed,
      markdown: single.outputs.markdown,
    });
    const [comment] = gh.repo.commentsOn(PR);
    expect(comment.body).toBe(`${MARKER}\n${single.outputs.markdown}`);
    expect(r.outputs['comment-id']).toBe(String(comment.id));
    expect(r.summary).toContain('1 regression');
    expect(r.stdout).toMatch(/::error::genz-action: 1 regression in 7 scenarios/);
  });

  it('fails when a shard is missing, and posts nothing', async () => {
    const r = await mergeRun([
      { name: 'genz-shard-1', from: shardDirs.get(1)! },
      { name: 'genz-shard-3', from: shardDirs.get(3)! },
    ]);
    expect(r.code).toBe(2);
    expect(r.stdout).toContain('::error::genz-action: shard 2 of 3 is missing (found 1, 3)');
    expect(r.outputs.status).toBe('error');
    expect(gh.server.writes()).toEqual([]);
  });

  it('fails on two reports of one shard', async () => {
    const r = await mergeRun([1, 2, 2, 3].map((i, k) => ({ name: `genz-shard-${k}`, from: shardDirs.get(i)! })));
    expect(r.code).toBe(2);
    expect(r.stdout).toMatch(/two reports for shard 2 of 3: \S*genz-shard-1\/report\.json and \S*genz-shard-2\/report\.json/);
  });

  it('fails when shards overlap', async () => {
    const tampered = tempDir('genz-tampered-');
    cpSync(shardDirs.get(2)!, tampered, { recursive: true });
    const one = readJson(path.join(shardDirs.get(1)!, 'report.json'));
    const two = readJson(path.join(tampered, 'report.json'));
    two.scenarios.push(one.scenarios[0]);
    writeFileSync(path.join(tampered, 'report.json'), JSON.stringify(two));
    const r = await mergeRun([
      { name: 'genz-shard-1', from: shardDirs.get(1)! },
      { name: 'genz-shard-2', from: tampered },
      { name: 'genz-shard-3', from: shardDirs.get(3)! },
    ]);
    expect(r.code).toBe(2);
    expect(r.stdout).toContain(`the shards overlap: scenario "${one.scenarios[0].id}" is in shard 1 and shard 2`);
  });

  it('fails when the shards disagree on the total', async () => {
    const half = await shardRun('1/2');
    const r = await mergeRun([
      { name: 'genz-shard-1', from: half.outputs['report-dir'] },
      { name: 'genz-shard-2', from: shardDirs.get(2)! },
      { name: 'genz-shard-3', from: shardDirs.get(3)! },
    ]);
    expect(r.code).toBe(2);
    expect(r.stdout).toContain('the partial reports disagree on the number of shards: 2 in');
  });

  it('fails when a shard ran another simulator version', async () => {
    const tampered = tempDir('genz-tampered-');
    cpSync(shardDirs.get(3)!, tampered, { recursive: true });
    const three = readJson(path.join(tampered, 'report.json'));
    three.tool.simulator = 'genz-ts/0.9.0';
    writeFileSync(path.join(tampered, 'report.json'), JSON.stringify(three));
    const r = await mergeRun([
      { name: 'genz-shard-1', from: shardDirs.get(1)! },
      { name: 'genz-shard-2', from: shardDirs.get(2)! },
      { name: 'genz-shard-3', from: tampered },
    ]);
    expect(r.code).toBe(2);
    expect(r.stdout).toMatch(/the shards ran different simulator versions: .* \(shards 1, 2\), genz-ts\/0\.9\.0 \(shard 3\)/);
  });

  it('fails when a partial report has no shard file beside it', async () => {
    const bare = tempDir('genz-bare-');
    cpSync(path.join(shardDirs.get(2)!, 'report.json'), path.join(bare, 'report.json'));
    const r = await mergeRun([
      { name: 'genz-shard-1', from: shardDirs.get(1)! },
      { name: 'genz-shard-2', from: bare },
      { name: 'genz-shard-3', from: shardDirs.get(3)! },
    ]);
    expect(r.code).toBe(2);
    expect(r.stdout).toContain('report.shard.json is missing: a partial report needs the report.shard.json written beside it');
  });

  it('fails when nothing is found', async () => {
    const r = await mergeRun([]);
    expect(r.code).toBe(2);
    expect(r.stdout).toContain("no partial reports found at '");
  });
});
