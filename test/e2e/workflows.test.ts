/**
 * Every workflow file this repository ships (docs/workflows/*.yml, ready to copy, and its own
 * .github/workflows/*.yml) parses, declares its permissions, and passes this action only inputs action.yml
 * declares; the self-test workflow's step runs on the repository's own example project.
 */
import { cpSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { useGitHubApiServer } from '../support/use-github-api-server.js';
import {
  REPO,
  REPO_ROOT,
  WORKFLOWS,
  type Workflow,
  genzSteps,
  pullRequestEvent,
  removeTemps,
  runActionInProcess,
  stepInputs,
  tempDir,
} from './support/harness.js';

afterAll(removeTemps);

const action = parseYaml(readFileSync(path.join(REPO_ROOT, 'action.yml'), 'utf8')) as {
  inputs: Record<string, { description: string; default?: string }>;
  outputs: Record<string, { description: string }>;
  runs: { using: string; main: string };
};

const ownWorkflows = path.join(REPO_ROOT, '.github', 'workflows');
const files = [
  ...readdirSync(WORKFLOWS)
    .filter((f) => f.endsWith('.yml'))
    .map((f) => path.join(WORKFLOWS, f)),
  ...readdirSync(ownWorkflows)
    .filter((f) => f.endsWith('.yml'))
    .map((f) => path.join(ownWorkflows, f)),
];
const load = (file: string) => parseYaml(readFileSync(file, 'utf8')) as Workflow;

describe('action.yml', () => {
  it('runs the bundle on node24 and documents every input and output', () => {
    expect(action.runs).toEqual({ using: 'node24', main: 'dist/index.js' });
    expect(Object.keys(action.inputs)).toEqual([
      'mode',
      'config',
      'manifests',
      'baselines-dir',
      'github-token',
      'comment',
      'comment-key',
      'comment-author',
      'fail-on',
      'template',
      'summary',
      'report-dir',
      'report',
      'reports',
      'shard',
      'branch',
    ]);
    expect(Object.keys(action.outputs)).toEqual([
      'status',
      'regressions',
      'slo-violations',
      'changed',
      'report-json',
      'html-report',
      'report-dir',
      'markdown',
      'comment-id',
    ]);
    for (const [name, spec] of [...Object.entries(action.inputs), ...Object.entries(action.outputs)]) expect(spec.description, name).toMatch(/\w/);
    expect(action.inputs.mode.description).toMatch(/check:.*report:.*post:.*merge:.*update:.*refresh:/s);
  });
});

describe.each(files.map((f) => [path.relative(REPO_ROOT, f), f]))('%s', (_, file) => {
  const wf = load(file);

  it('has a name, triggers and a least-privilege permissions block', () => {
    expect(wf.name).toMatch(/\w/);
    expect(Object.keys(wf.on).length).toBeGreaterThan(0);
    expect(wf.permissions).toBeDefined();
    for (const [scope, level] of Object.entries(wf.permissions!)) {
      expect(['contents', 'pull-requests', 'actions', 'issues']).toContain(scope);
      expect(['read', 'write']).toContain(level);
    }
  });

  it('passes this action only declared inputs', () => {
    for (const step of genzSteps(wf)) for (const name of Object.keys(step.with ?? {})) expect(Object.keys(action.inputs)).toContain(name);
  });

  it('pins every third-party action to a major version', () => {
    for (const job of Object.values(wf.jobs)) {
      for (const step of job.steps) {
        if (step.uses && step.uses !== './') expect(step.uses).toMatch(/^[\w.-]+\/[\w.-]+@v\d+$/);
      }
    }
  });
});

describe('.github/workflows/ci.yml', () => {
  const wf = () => load(path.join(ownWorkflows, 'ci.yml'));

  it('runs on Node 20 and 24', () => {
    const job = wf().jobs.test;
    expect(job.strategy?.matrix.node).toEqual([20, 24]);
    expect(job.steps.find((s) => s.uses?.startsWith('actions/setup-node@'))?.with).toMatchObject({ 'node-version': '${{ matrix.node }}' });
  });

  it('installs, lints, builds, checks that dist/ is fresh and only then tests', () => {
    const steps = wf().jobs.test.steps;
    const at = (needle: string) => steps.findIndex((s) => (s.run ?? '').includes(needle));
    for (const needle of ['npm ci', 'tsc --noEmit', 'npm run -s lint', 'npm run -s build', 'git diff --exit-code', 'npm test'])
      expect(at(needle), needle).toBeGreaterThanOrEqual(0);
    expect(at('npm ci')).toBeLessThan(at('npm run -s build'));
    expect(at('npm run -s build')).toBeLessThan(at('git diff --exit-code'));
    expect(at('git diff --exit-code')).toBeLessThan(at('npm test'));
    // A stale dist/ stops the job before the tests and leaves the expected dist/ as an artifact.
    const upload = steps.findIndex((s) => s.uses?.startsWith('actions/upload-artifact@'));
    expect(upload).toBeGreaterThan(at('git diff --exit-code'));
    expect(steps[upload].if).toContain('failure()');
    expect(steps[upload].with).toMatchObject({ path: 'dist/' });
  });
});

describe('.github/workflows/self-test.yml', () => {
  const gh = useGitHubApiServer(REPO);

  it('runs this repository’s action (uses: ./) on its example project, which is clean', async () => {
    const wf = load(path.join(ownWorkflows, 'self-test.yml'));
    expect(Object.keys(wf.on)).toEqual(['pull_request']);
    const [step] = genzSteps(wf);
    expect(step.uses).toBe('./');
    const ws = path.join(tempDir('genz-self-'), 'repo');
    for (const entry of ['genz.config.yaml', 'perf', 'baselines', 'hardware', 'models'])
      cpSync(path.join(REPO_ROOT, entry), path.join(ws, entry), { recursive: true });
    gh.repo.addPullRequest({ number: 4, headSha: 'a'.repeat(40) });
    const r = await runActionInProcess({
      workspace: ws,
      inputs: stepInputs(step, {}),
      apiUrl: gh.server.url,
      eventName: 'pull_request',
      event: pullRequestEvent({ number: 4, baseSha: 'b'.repeat(40), headSha: 'a'.repeat(40) }),
    });
    expect(r.code, r.stdout).toBe(0);
    expect(r.outputs.status).toBe('clean');
    const [comment] = gh.repo.commentsOn(4);
    expect(comment.body.startsWith('<!-- genz-action:comment-key=self-test -->\n### ✅ No performance changes')).toBe(true);
  });
});
