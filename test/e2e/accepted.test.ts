/**
 * A pull request that makes a scenario slower and refreshes its baselines in the same change: against
 * the PR's own baselines nothing changed, but the report still compares with the base branch's
 * baselines and shows the regression as "accepted in this PR". The base baselines come from git when
 * the base commit is in the checkout, otherwise from the contents API at the base SHA. In process
 * (runActionInProcess).
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { useGitHubApiServer } from '../support/use-github-api-server.js';
import {
  CLI,
  REPO,
  type Workspace,
  commit,
  genzSteps,
  makeWorkspace,
  pullRequestEvent,
  readWorkflow,
  removeTemps,
  runActionInProcess,
  setTensor,
  stepInputs,
} from './support/harness.js';
import { decodeRunReport } from '../../src/run-report/index.js';

/** report.json as the code reads it (decoded from its compact encoding). */
const readReportJson = (file: string): ReturnType<typeof JSON.parse> => decodeRunReport(JSON.parse(readFileSync(file, 'utf8')));

const PR = 11;
const gh = useGitHubApiServer(REPO);
afterAll(removeTemps);

/** Regress chat-tp2 (two GPUs → one) and refresh the baselines in the same commit. */
function regressAndRefresh(ws: Workspace): void {
  setTensor(ws, 'chat-tp2', 2, 1);
  execFileSync(process.execPath, [CLI, 'update', '--quiet'], { cwd: ws.dir, stdio: 'ignore', env: { PATH: process.env.PATH } });
  commit(ws, 'chat-tp2 on one GPU, baselines refreshed');
}

async function run(ws: Workspace, baseSha: string) {
  const [step] = genzSteps(readWorkflow('basic.yml'));
  gh.repo.addPullRequest({ number: PR, headSha: ws.headSha, baseSha, headRef: 'accept' });
  return runActionInProcess({
    workspace: ws.dir,
    inputs: { ...stepInputs(step, { 'github.token': 'test-token' }), 'fail-on': 'regression' },
    eventName: 'pull_request',
    event: pullRequestEvent({ number: PR, baseSha, headSha: ws.headSha, headRef: 'accept' }),
    apiUrl: gh.server.url,
  });
}

function acceptedScenario(reportJson: string): { id: string; classification: string; accepted: { hasRegression: boolean } | null } {
  const report = readReportJson(reportJson);
  return report.scenarios.find((s: { id: string }) => s.id === 'chat-tp2');
}

describe('regressions accepted by refreshing baselines in the pull request', () => {
  it('are shown from the base commit in git, without API reads', async () => {
    const ws = makeWorkspace();
    regressAndRefresh(ws);
    const r = await run(ws, ws.baseSha);
    // Against the PR's own baselines the scenario is unchanged, so fail-on regression passes ...
    expect(r.code).toBe(0);
    const s = acceptedScenario(r.outputs['report-json']);
    expect(s.classification).toBe('unchanged');
    // ... but the comparison with the base branch's baselines is there, and it is a regression.
    expect(s.accepted?.hasRegression).toBe(true);
    expect(r.summary).toMatch(/accepted/i);
    expect(r.summary).toContain('chat-tp2');
    const comment = gh.repo.commentsOn(PR).at(-1)!;
    expect(comment.body).toMatch(/accepted/i);
    expect(gh.server.requestsFor('getContent')).toEqual([]);
  });

  it('come from the contents API at the base SHA when the base commit is not in the checkout', async () => {
    const ws = makeWorkspace();
    regressAndRefresh(ws);
    const missingBase = 'f'.repeat(40); // not in this clone, as with a shallow checkout
    for (const [file, text] of Object.entries(ws.baselines)) gh.repo.setFile(missingBase, file, text);
    const r = await run(ws, missingBase);
    expect(r.code).toBe(0);
    expect(acceptedScenario(r.outputs['report-json']).accepted?.hasRegression).toBe(true);
    const reads = gh.server.requestsFor('getContent');
    expect(reads.length).toBeGreaterThan(0);
    expect(reads.every((q) => q.query.ref === missingBase)).toBe(true);
  });

  it('are not looked for when the pull request leaves the baselines alone', async () => {
    const ws = makeWorkspace();
    setTensor(ws, 'chat-tp2', 2, 1);
    commit(ws, 'regress without refreshing');
    const r = await run(ws, ws.baseSha);
    expect(r.code).toBe(1);
    expect(acceptedScenario(r.outputs['report-json']).accepted).toBeNull();
  });
});
