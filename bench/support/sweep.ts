/**
 * Times `genz check` of a sweep project (bench/sweeps/<name>) with a given CLI bundle, the way a user
 * runs it: one process that loads the manifests, simulates, reads and diffs the baselines and renders
 * the report (plus report.json). The baselines are written first by `genz update` (not timed) in a
 * temporary copy of the project. Prints nothing; returns wall, CPU, peak memory and file sizes.
 */
import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const HOOK = pathToFileURL(path.join(path.dirname(fileURLToPath(import.meta.url)), 'rusage.mjs')).href;

export interface SweepFigures {
  scenarios: number;
  wallMs: number;
  cpuMs: number;
  maxRssMb: number;
  baselineBytes: number;
  /** Scenario entries in the baseline files (scenarios that could not run have none). */
  baselineEntries: number;
  reportJsonBytes: number;
  exitCode: number;
}

function run(cli: string, args: string[], cwd: string, rusageFile?: string): Promise<{ code: number; wallMs: number }> {
  return new Promise((resolve, reject) => {
    const env: Record<string, string> = { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: cwd };
    if (rusageFile) env.GENZ_BENCH_RUSAGE = rusageFile;
    const t0 = process.hrtime.bigint();
    const child = spawn(process.execPath, ['--import', HOOK, cli, ...args], { cwd, env, stdio: 'ignore' });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? -1, wallMs: Number(process.hrtime.bigint() - t0) / 1e6 }));
  });
}

/** Scenario entries of the baseline files under `dir` (either layout). */
function entriesOf(dir: string): number {
  let total = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) total += entriesOf(p);
    else if (e.name.endsWith('.json')) {
      const doc = JSON.parse(readFileSync(p, 'utf8')) as { scenarios: unknown[] | Record<string, unknown> };
      total += Array.isArray(doc.scenarios) ? doc.scenarios.length : Object.keys(doc.scenarios).length;
    }
  }
  return total;
}

/** Total bytes of the files under `dir`. */
function sizeOf(dir: string): number {
  let total = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    total += e.isDirectory() ? sizeOf(p) : statSync(p).size;
  }
  return total;
}

/**
 * `scenarios` is how many the manifest expands to (for the per-scenario figures). With `reportJson`,
 * check also writes report.json (its size is reported; 0 without).
 */
export async function timeSweep(cli: string, project: string, scenarios: number, runs = 1, reportJson = true): Promise<SweepFigures> {
  const dir = path.join(mkdtempSync(path.join(tmpdir(), 'genz-sweep-')), 'project');
  cpSync(project, dir, { recursive: true });
  try {
    const update = await run(cli, ['update', '--quiet'], dir);
    if (update.code !== 0) throw new Error(`genz update failed in ${dir} (exit ${update.code})`);
    let best: SweepFigures | undefined;
    for (let i = 0; i < runs; i++) {
      const rusage = path.join(dir, '..', `rusage-${i}.json`);
      const report = path.join(dir, '..', 'report.json');
      const { code, wallMs } = await run(cli, ['check', '--quiet', ...(reportJson ? ['--report-json', report] : [])], dir, rusage);
      const r = JSON.parse(readFileSync(rusage, 'utf8')) as { cpuMs: number; maxRssMb: number };
      const fig: SweepFigures = {
        scenarios,
        wallMs,
        cpuMs: r.cpuMs,
        maxRssMb: r.maxRssMb,
        baselineBytes: sizeOf(path.join(dir, 'baselines')),
        baselineEntries: entriesOf(path.join(dir, 'baselines')),
        reportJsonBytes: reportJson ? statSync(report).size : 0,
        exitCode: code,
      };
      if (!best || fig.wallMs < best.wallMs) best = fig;
    }
    return best!;
  } finally {
    rmSync(path.dirname(dir), { recursive: true, force: true });
  }
}
