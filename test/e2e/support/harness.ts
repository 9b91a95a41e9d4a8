/**
 * Runs the committed bundle, dist/index.js, the way a GitHub runner does: `node dist/index.js` as a child
 * process with a clean environment (INPUT_* with hyphens kept, GITHUB_* pointing at a real webhook payload,
 * GITHUB_OUTPUT and GITHUB_STEP_SUMMARY files, RUNNER_TEMP), against the loopback GitHub REST server.
 */
import { execFileSync, spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as core from '@actions/core';
import { parse as parseYaml } from 'yaml';
import { run as runInProcess } from '../../../src/action/run.js';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
export const ACTION = path.join(REPO_ROOT, 'dist', 'index.js');
export const CLI = path.join(REPO_ROOT, 'dist', 'cli.js');
export const FIXTURES = path.join(REPO_ROOT, 'test', 'fixtures', 'e2e');
export const WORKFLOWS = path.join(REPO_ROOT, 'docs', 'workflows');

/** The repository of the webhook examples' pull_request payloads; every test repository is this one. */
export const REPO = 'Codertocat/Hello-World';
export const TOKEN = 'test-token';

// ---------------------------------------------------------------------------------------------------------------
// Temporary folders

const temps: string[] = [];

export function tempDir(prefix = 'genz-e2e-'): string {
  const dir = mkdtempSync(path.join(tmpdir(), prefix));
  temps.push(dir);
  return dir;
}

export function removeTemps(): void {
  for (const dir of temps.splice(0)) rmSync(dir, { recursive: true, force: true });
}

// ---------------------------------------------------------------------------------------------------------------
// Workspaces: a git repository holding a copy of the fixture project with baselines from the CLI

export interface Workspace {
  dir: string;
  /** The commit holding the project with its baselines (the pull request's base). */
  baseSha: string;
  /** HEAD (the base until `commit` is called). */
  headSha: string;
  /** Baseline file contents at the base commit, by repository path. */
  baselines: Record<string, string>;
}

function git(dir: string, ...args: string[]): string {
  return execFileSync('git', ['-c', 'user.name=genz e2e', '-c', 'user.email=e2e@example.com', '-c', 'init.defaultBranch=main', ...args], {
    cwd: dir,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  }).trim();
}

/** A copy of test/fixtures/e2e/project (plus extra files), baselines written by `node dist/cli.js update`, committed. */
function createWorkspace(extra: Record<string, string>): Workspace {
  const dir = path.join(tempDir('genz-ws-'), 'repo');
  cpSync(path.join(FIXTURES, 'project'), dir, { recursive: true });
  for (const [file, text] of Object.entries(extra)) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), text);
  }
  execFileSync(process.execPath, [CLI, 'update', '--quiet'], { cwd: dir, stdio: 'ignore', env: { PATH: process.env.PATH } });
  git(dir, 'init', '-q');
  git(dir, 'add', '-A');
  git(dir, 'commit', '-q', '-m', 'project with baselines');
  const sha = git(dir, 'rev-parse', 'HEAD');
  const baselines: Record<string, string> = {};
  for (const file of git(dir, 'ls-files', 'baselines').split('\n').filter(Boolean)) baselines[file] = readFileSync(path.join(dir, file), 'utf8');
  return { dir, baseSha: sha, headSha: sha, baselines };
}

/** The plain project's workspace, made once per test file; makeWorkspace() hands out copies of it. */
let template: Workspace | null = null;

/**
 * A workspace of its own for one test: a git repository holding the fixture project (plus `extra` files) and
 * its baselines, committed. Without extra files it is a copy (.git included, so the same commits) of one made
 * once per file, which saves a CLI run and three git runs per test.
 */
export function makeWorkspace(extra: Record<string, string> = {}): Workspace {
  if (Object.keys(extra).length > 0) return createWorkspace(extra);
  if (!template || !existsSync(template.dir)) template = createWorkspace({});
  const dir = path.join(tempDir('genz-ws-'), 'repo');
  cpSync(template.dir, dir, { recursive: true });
  return { dir, baseSha: template.baseSha, headSha: template.headSha, baselines: { ...template.baselines } };
}

export function editFile(ws: Workspace, file: string, edit: (text: string) => string): void {
  const abs = path.join(ws.dir, file);
  const before = readFileSync(abs, 'utf8');
  const after = edit(before);
  if (after === before) throw new Error(`editFile: ${file} did not change`);
  writeFileSync(abs, after);
}

/** Commits the workspace's changes (the pull request's head). */
export function commit(ws: Workspace, message: string): string {
  git(ws.dir, 'add', '-A');
  git(ws.dir, 'commit', '-q', '-m', message);
  ws.headSha = git(ws.dir, 'rev-parse', 'HEAD');
  return ws.headSha;
}

export function resetWorkspace(ws: Workspace): void {
  git(ws.dir, 'checkout', '-q', '--', '.');
}

/** The scenario `id`'s tensor degree in perf/serving.yaml, from `from` to `to`. */
export function setTensor(ws: Workspace, id: string, from: number, to: number): void {
  editFile(ws, 'perf/serving.yaml', (text) =>
    text.replace(new RegExp(`(- id: ${id}\\n(?:    .*\\n)*?    parallelism: \\{ tensor: )${from}( \\})`), `$1${to}$2`),
  );
}

// ---------------------------------------------------------------------------------------------------------------
// Webhook payloads from @octokit/webhooks-examples

interface ExampleGroup {
  name: string;
  examples: Array<Record<string, any>>;
}

const require = createRequire(import.meta.url);
let examples: ExampleGroup[] | null = null;

export function webhookExample(event: string, predicate: (payload: any) => boolean = () => true): any {
  examples ??= JSON.parse(readFileSync(require.resolve('@octokit/webhooks-examples/api.github.com/index.json'), 'utf8')) as ExampleGroup[];
  const found = examples.find((g) => g.name === event)?.examples.find(predicate);
  if (!found) throw new Error(`no ${event} example matches`);
  return structuredClone(found);
}

/**
 * pull_request.opened, adapted: number, base and head SHAs (the workspace's commits) and, for a fork, the head
 * repository. The repository stays the example's Codertocat/Hello-World.
 */
export function pullRequestEvent(o: { number: number; baseSha: string; headSha: string; headRef?: string; fork?: boolean }): any {
  const p = webhookExample('pull_request', (e) => e.action === 'opened');
  p.number = o.number;
  p.pull_request.number = o.number;
  p.pull_request.base.sha = o.baseSha;
  p.pull_request.head.sha = o.headSha;
  if (o.headRef) p.pull_request.head.ref = o.headRef;
  if (o.fork) p.pull_request.head.repo = { ...p.pull_request.head.repo, full_name: 'contributor/Hello-World', fork: true };
  return p;
}

/**
 * workflow_run.completed (the example with a pull request), adapted: the repository is REPO, the upstream run
 * was a pull_request run for `headSha`; `pullRequests: false` empties the list as GitHub does for forks.
 */
export function workflowRunEvent(o: { headSha: string; number?: number; fork?: boolean; conclusion?: string }): any {
  const p = webhookExample('workflow_run', (e) => e.action === 'completed' && e.workflow_run.pull_requests.length > 0);
  p.repository.full_name = REPO;
  p.workflow_run.event = 'pull_request';
  p.workflow_run.head_sha = o.headSha;
  p.workflow_run.conclusion = o.conclusion ?? 'failure';
  p.workflow_run.head_repository = { ...p.workflow_run.head_repository, full_name: o.fork ? 'contributor/Hello-World' : REPO };
  if (o.fork || o.number === undefined) p.workflow_run.pull_requests = [];
  else {
    const pr = p.workflow_run.pull_requests[0];
    pr.number = o.number;
    pr.head.sha = o.headSha;
  }
  return p;
}

/** issue_comment.created on a pull request (the examples' comments are on issues: `issue.pull_request` added). */
export function issueCommentEvent(o: { number: number; body: string; login: string; commentId: number; association?: string }): any {
  const p = webhookExample('issue_comment', (e) => e.action === 'created');
  p.issue.number = o.number;
  p.issue.pull_request = { url: `https://api.github.com/repos/${REPO}/pulls/${o.number}`, html_url: `https://github.com/${REPO}/pull/${o.number}` };
  p.comment.id = o.commentId;
  p.comment.body = o.body;
  p.comment.user = { ...p.comment.user, login: o.login };
  p.comment.author_association = o.association ?? 'OWNER';
  return p;
}

/** workflow_dispatch (the example), with its inputs. */
export function workflowDispatchEvent(inputs: Record<string, string>, ref = 'refs/heads/main'): any {
  const p = webhookExample('workflow_dispatch');
  p.ref = ref;
  p.inputs = inputs;
  return p;
}

// ---------------------------------------------------------------------------------------------------------------
// Running the action

export interface ActionResult {
  code: number;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
  runnerTemp: string;
}

export interface RunActionOptions {
  workspace: string;
  /** Input name (hyphens kept) → value. */
  inputs: Record<string, string>;
  eventName: string;
  event?: unknown;
  apiUrl: string;
  env?: Record<string, string>;
  /** RUNNER_TEMP (default: a new temporary folder), for workflows whose inputs use `${{ runner.temp }}`. */
  runnerTemp?: string;
}

/** action.yml's input defaults, `${{ github.token }}` resolved: the runner sets INPUT_* for inputs a step does not give. */
export function actionDefaults(token = TOKEN): Record<string, string> {
  const action = parseYaml(readFileSync(path.join(REPO_ROOT, 'action.yml'), 'utf8')) as { inputs: Record<string, { default?: string }> };
  const out: Record<string, string> = {};
  for (const [name, spec] of Object.entries(action.inputs)) {
    if (spec.default !== undefined) out[name] = String(spec.default).replace(/\$\{\{\s*github\.token\s*\}\}/g, token);
  }
  return out;
}

/** `name<<DELIMITER\nvalue\nDELIMITER` blocks (and `name=value` lines) of a GITHUB_OUTPUT file. */
export function parseOutputFile(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (line === '') continue;
    const heredoc = /^([^=<]+)<<(.+)$/.exec(line);
    if (heredoc) {
      const [, name, delimiter] = heredoc;
      const value: string[] = [];
      for (i++; i < lines.length && lines[i] !== delimiter; i++) value.push(lines[i]);
      if (i >= lines.length) throw new Error(`output ${name}: no closing delimiter`);
      out[name] = value.join('\n');
    } else {
      const eq = line.indexOf('=');
      if (eq < 0) throw new Error(`unparseable output line: ${line}`);
      out[line.slice(0, eq)] = line.slice(eq + 1);
    }
  }
  return out;
}

/** runAction (the bundle in a child process) or runActionInProcess (the same handler in this process). */
export type ActionRunner = (o: RunActionOptions) => Promise<ActionResult>;

interface PreparedRun {
  env: Record<string, string>;
  runnerTemp: string;
  outputFile: string;
  summaryFile: string;
}

/** The runner's side of a step: RUNNER_TEMP with empty GITHUB_OUTPUT and GITHUB_STEP_SUMMARY files, the event file, the environment. */
function prepareRun(o: RunActionOptions): PreparedRun {
  const runnerTemp = o.runnerTemp ?? tempDir('genz-runner-');
  const outputFile = path.join(runnerTemp, 'output.txt');
  const summaryFile = path.join(runnerTemp, 'summary.md');
  const eventFile = path.join(runnerTemp, 'event.json');
  writeFileSync(outputFile, '');
  writeFileSync(summaryFile, '');
  writeFileSync(eventFile, JSON.stringify(o.event ?? {}));
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '/usr/bin:/bin',
    HOME: runnerTemp,
    GITHUB_ACTIONS: 'true',
    CI: 'true',
    GITHUB_REPOSITORY: REPO,
    GITHUB_EVENT_NAME: o.eventName,
    GITHUB_EVENT_PATH: eventFile,
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    GITHUB_WORKSPACE: o.workspace,
    GITHUB_API_URL: o.apiUrl,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_ACTION_REPOSITORY: 'org/genz-action',
    GITHUB_ACTION_REF: 'v1',
    RUNNER_TEMP: runnerTemp,
    GENZ_GITHUB_RETRY_UNIT_MS: '1',
    ...o.env,
  };
  for (const [name, value] of Object.entries({ ...actionDefaults(), ...o.inputs })) env[`INPUT_${name.toUpperCase()}`] = value;
  return { env, runnerTemp, outputFile, summaryFile };
}

function collect(p: PreparedRun, code: number, stdout: string, stderr: string): ActionResult {
  return {
    code,
    stdout,
    stderr,
    outputs: parseOutputFile(readFileSync(p.outputFile, 'utf8')),
    summary: readFileSync(p.summaryFile, 'utf8'),
    runnerTemp: p.runnerTemp,
  };
}

/**
 * The committed bundle as a runner starts it: `node dist/index.js` in a child process with a clean environment.
 * Costs a Node start and the bundle's load per run: keep it for what only the bundle can show (see docs/development.md).
 */
export async function runAction(o: RunActionOptions): Promise<ActionResult> {
  const p = prepareRun(o);
  const child = spawn(process.execPath, [ACTION], { cwd: o.workspace, env: p.env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const code = await new Promise<number>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (c) => resolve(c ?? -1));
  });
  return collect(p, code, stdout, stderr);
}

/** Variables of the test process that would reach the action in process: the runner's and proxies. */
const RUNNER_VARIABLE = /^(INPUT_|GITHUB_|RUNNER_|ACTIONS_|GENZ_)|^(https?|no|all)_proxy$/i;

let inProcessBusy = false;

/**
 * The same step in this process: src/action/run.ts's `run` with the same environment, inputs, event file and
 * loopback GitHub server (a real client, every request checked against GitHub's OpenAPI description). What
 * @actions/core reads from process.env (inputs, GITHUB_OUTPUT, GITHUB_STEP_SUMMARY) is set for the run and
 * restored after it; what it writes to stdout (log lines, workflow commands) is captured; the exit code is the
 * process.exitCode the run set. One run at a time (tests in a file run one after another).
 */
export async function runActionInProcess(o: RunActionOptions): Promise<ActionResult> {
  if (inProcessBusy) throw new Error('runActionInProcess: one run at a time');
  inProcessBusy = true;
  const p = prepareRun(o);
  const savedEnv = { ...process.env };
  const savedExitCode = process.exitCode;
  const write = process.stdout.write;
  let stdout = '';
  try {
    for (const name of Object.keys(process.env)) if (RUNNER_VARIABLE.test(name)) delete process.env[name];
    // HOME and PATH stay the test process's own (git reads HOME's config; nothing else uses them).
    for (const [name, value] of Object.entries(p.env)) if (name !== 'HOME' && name !== 'PATH') process.env[name] = value;
    process.exitCode = undefined;
    // @actions/core remembers the summary file of the first write; each run has its own.
    const summary = core.summary as unknown as { _filePath?: string; emptyBuffer(): unknown };
    summary._filePath = undefined;
    summary.emptyBuffer();
    process.stdout.write = ((chunk: string | Uint8Array) => {
      stdout += typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString();
      return true;
    }) as typeof process.stdout.write;
    await runInProcess(p.env);
    const code = typeof process.exitCode === 'number' ? process.exitCode : Number(process.exitCode ?? 0);
    return collect(p, code, stdout, '');
  } finally {
    process.stdout.write = write;
    process.exitCode = savedExitCode;
    for (const name of Object.keys(process.env)) if (!(name in savedEnv)) delete process.env[name];
    Object.assign(process.env, savedEnv);
    inProcessBusy = false;
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Workflow files

export interface WorkflowStep {
  uses?: string;
  id?: string;
  if?: string;
  with?: Record<string, unknown>;
  run?: string;
}

export interface Workflow {
  name: string;
  on: Record<string, unknown>;
  permissions?: Record<string, string>;
  concurrency?: string | { group: string; 'cancel-in-progress'?: boolean };
  jobs: Record<
    string,
    {
      if?: string;
      needs?: string | string[];
      'runs-on': string;
      permissions?: Record<string, string>;
      strategy?: { matrix: Record<string, unknown[]> };
      steps: WorkflowStep[];
    }
  >;
}

export function readWorkflow(file: string): Workflow {
  return parseYaml(readFileSync(path.join(WORKFLOWS, file), 'utf8')) as Workflow;
}

/** The steps that use this action (`org/genz-action@v1` or `./`). */
export function genzSteps(wf: Workflow, job?: string): WorkflowStep[] {
  const jobs = job ? [wf.jobs[job]] : Object.values(wf.jobs);
  return jobs.flatMap((j) => j.steps).filter((s) => s.uses === 'org/genz-action@v1' || s.uses === './');
}

/**
 * A step's `with:` as action inputs, each `${{ expression }}` replaced from `vars` (expression text → value).
 * An expression the test did not provide fails loudly, so a workflow edit cannot slip past the tests.
 */
export function stepInputs(step: WorkflowStep, vars: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, raw] of Object.entries(step.with ?? {})) {
    out[name] = String(raw).replace(/\$\{\{\s*(.*?)\s*\}\}/g, (_, expr: string) => {
      if (!(expr in vars)) throw new Error(`input ${name}: no value for the expression \${{ ${expr} }}`);
      return vars[expr];
    });
  }
  return out;
}
