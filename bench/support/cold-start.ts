/**
 * The action's cold start as a runner sees it: `node dist/index.js` spawned with INPUT_* and GITHUB_*
 * set (mode report on a push event, a one-scenario project). The preloaded rusage.mjs notes, when the
 * action prints its `::debug::genz: first scenario simulated` line, the wall time since the process
 * started (Node's own start-up included) and the CPU time used so far.
 * The bundle runs from a copy of its folder in a temporary directory, as a runner has it (the action's
 * checkout: dist/ without node_modules): run inside this repository, a bundled package's optional
 * `require` of another (fdir's of picomatch) would find and load node_modules, which no runner has.
 */
import { spawn } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parse as parseYaml } from 'yaml';

const HOOK = pathToFileURL(path.join(path.dirname(fileURLToPath(import.meta.url)), 'rusage.mjs')).href;

function workspace(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'genz-cold-'));
  mkdirSync(path.join(dir, 'perf'));
  writeFileSync(path.join(dir, 'genz.config.yaml'), 'manifests:\n  - perf/*.yaml\nbaselines: baselines\n');
  writeFileSync(
    path.join(dir, 'perf', 'one.yaml'),
    [
      'version: 1',
      'scenarios:',
      '  - id: one',
      '    model: meta-llama/Llama-3.1-8B',
      '    hardware: H100_GPU',
      '    workload: { batch: 1, input_tokens: 512, output_tokens: 128 }',
      '',
    ].join('\n'),
  );
  writeFileSync(path.join(dir, 'event.json'), '{}');
  writeFileSync(path.join(dir, 'output.txt'), '');
  writeFileSync(path.join(dir, 'summary.md'), '');
  return dir;
}

function actionDefaults(root: string): Record<string, string> {
  const action = parseYaml(readFileSync(path.join(root, 'action.yml'), 'utf8')) as { inputs: Record<string, { default?: string }> };
  const out: Record<string, string> = {};
  for (const [name, spec] of Object.entries(action.inputs)) {
    if (spec.default !== undefined) out[name] = String(spec.default).replace(/\$\{\{\s*github\.token\s*\}\}/g, 'bench-token');
  }
  return out;
}

/** One cold start: wall and CPU ms from process start to the first simulation (NaN when it never came). */
function once(bundle: string, root: string, dir: string, i: number): Promise<{ wallMs: number; cpuMs: number }> {
  const rusage = path.join(dir, `rusage-${i}.json`);
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '/usr/bin:/bin',
    HOME: dir,
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_REPOSITORY: 'octo/bench',
    GITHUB_EVENT_NAME: 'push',
    GITHUB_EVENT_PATH: path.join(dir, 'event.json'),
    GITHUB_OUTPUT: path.join(dir, 'output.txt'),
    GITHUB_STEP_SUMMARY: path.join(dir, 'summary.md'),
    GITHUB_WORKSPACE: dir,
    GITHUB_API_URL: 'http://127.0.0.1:9',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_SHA: '0'.repeat(40),
    GITHUB_REF: 'refs/heads/main',
    RUNNER_TEMP: dir,
    RUNNER_DEBUG: '1',
    GENZ_BENCH_RUSAGE: rusage,
  };
  for (const [name, value] of Object.entries({ ...actionDefaults(root), mode: 'report', 'report-dir': 'out' })) env[`INPUT_${name.toUpperCase()}`] = value;
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', HOOK, bundle], { cwd: dir, env, stdio: 'ignore' });
    child.on('error', reject);
    child.on('close', () => {
      const r = JSON.parse(readFileSync(rusage, 'utf8')) as { firstSimulation: { wallMs: number; cpuMs: number } | null };
      resolve(r.firstSimulation ?? { wallMs: NaN, cpuMs: NaN });
    });
  });
}

/** A copy of the bundle's folder in `dir` (as a runner's checkout of the action has it); the copied bundle's path. */
function runnerCopy(bundle: string, dir: string): string {
  const target = path.join(dir, path.basename(path.dirname(bundle)));
  cpSync(path.dirname(bundle), target, { recursive: true });
  return path.join(target, path.basename(bundle));
}

/** Medians of `runs` cold starts of `bundle` (the repository root holds action.yml). */
export async function coldStart(bundle: string, root: string, runs = 9): Promise<{ wallMs: number; cpuMs: number; minWallMs: number }> {
  const dir = workspace();
  const checkout = mkdtempSync(path.join(tmpdir(), 'genz-action-'));
  try {
    const copy = runnerCopy(bundle, checkout);
    const times: { wallMs: number; cpuMs: number }[] = [];
    for (let i = 0; i < runs; i++) times.push(await once(copy, root, dir, i));
    const med = (xs: number[]): number => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)];
    return { wallMs: med(times.map((t) => t.wallMs)), cpuMs: med(times.map((t) => t.cpuMs)), minWallMs: Math.min(...times.map((t) => t.wallMs)) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
    rmSync(checkout, { recursive: true, force: true });
  }
}

/** Medians of `runs` whole runs of `node <bundle> <args>` (e.g. `genz --version`): wall and CPU ms. */
export async function startTime(bundle: string, args: string[], runs = 9): Promise<{ wallMs: number; cpuMs: number }> {
  const dir = mkdtempSync(path.join(tmpdir(), 'genz-start-'));
  try {
    const times: { wallMs: number; cpuMs: number }[] = [];
    for (let i = 0; i < runs; i++) {
      const rusage = path.join(dir, `rusage-${i}.json`);
      const t0 = process.hrtime.bigint();
      await new Promise<void>((resolve, reject) => {
        const child = spawn(process.execPath, ['--import', HOOK, bundle, ...args], {
          cwd: dir,
          env: { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: dir, GENZ_BENCH_RUSAGE: rusage },
          stdio: 'ignore',
        });
        child.on('error', reject);
        child.on('close', () => resolve());
      });
      const wallMs = Number(process.hrtime.bigint() - t0) / 1e6;
      times.push({ wallMs, cpuMs: (JSON.parse(readFileSync(rusage, 'utf8')) as { cpuMs: number }).cpuMs });
    }
    const med = (xs: number[]): number => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)];
    return { wallMs: med(times.map((t) => t.wallMs)), cpuMs: med(times.map((t) => t.cpuMs)) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
