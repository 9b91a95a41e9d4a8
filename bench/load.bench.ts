/**
 * `npx tsx bench/load.bench.ts`: figures only, nothing here asserts on time.
 * Loading the manifests of bench/sweeps/1k (one matrix manifest, 1,000 scenarios) and bench/sweeps/100k (one
 * matrix manifest, 100,000 scenarios) in this process, from source: the project config, then loadScenarios
 * (discover, parse, validate, expand the matrix, resolve models and hardware, check every scenario).
 * Printed per sweep: the first load in the process (modules compiled lazily on first use included), the median
 * of the following loads (wall and CPU), and the heap the loaded scenarios hold (heap used after a full GC with
 * the result alive, minus before loading). The machine may be shared: CPU time is the steadier figure.
 * Options: --json, --runs N (loads after the first; default 5 for 1k, 3 for 100k), --only 1k|100k.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { loadProjectConfig, loadScenarios } from '../src/manifests/index.js';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

const { values } = parseArgs({ options: { json: { type: 'boolean', default: false }, runs: { type: 'string' }, only: { type: 'string' } } });
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

function loadOnce(dir: string): { scenarios: number; errors: number; wallMs: number; cpuMs: number; result: unknown } {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  const config = loadProjectConfig({ cwd: dir });
  const r = loadScenarios({
    root: config.root,
    manifests: config.manifests,
    modelsDir: config.modelsDir,
    hardwareDir: config.hardwareDir,
    fidelity: config.fidelity,
    limits: config.limits,
    calibration: config.calibration,
  });
  const wallMs = performance.now() - t0;
  const c = process.cpuUsage(c0);
  return { scenarios: r.scenarios.length, errors: r.errors.length, wallMs, cpuMs: (c.user + c.system) / 1000, result: r };
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

interface Figures {
  sweep: string;
  scenarios: number;
  errors: number;
  firstWallMs: number;
  firstCpuMs: number;
  wallMs: number;
  cpuMs: number;
  runs: number;
  heapMb: number;
  heapBytesPerScenario: number;
}

function bench(name: string, runs: number): Figures {
  const dir = path.join(root, 'bench/sweeps', name);
  const first = loadOnce(dir);
  first.result = null;
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < runs; i++) {
    const r = loadOnce(dir);
    wall.push(r.wallMs);
    cpu.push(r.cpuMs);
  }
  gc();
  const before = process.memoryUsage().heapUsed;
  const held = loadOnce(dir);
  gc();
  const heap = process.memoryUsage().heapUsed - before;
  const figures: Figures = {
    sweep: name,
    scenarios: held.scenarios,
    errors: held.errors,
    firstWallMs: first.wallMs,
    firstCpuMs: first.cpuMs,
    wallMs: median(wall),
    cpuMs: median(cpu),
    runs,
    heapMb: heap / 2 ** 20,
    heapBytesPerScenario: held.scenarios > 0 ? heap / held.scenarios : 0,
  };
  held.result = null;
  return figures;
}

const out: Figures[] = [];
for (const [name, defaultRuns] of [
  ['1k', 5],
  ['100k', 3],
] as const) {
  if (values.only && values.only !== name) continue;
  out.push(bench(name, values.runs ? Number(values.runs) : defaultRuns));
}
if (values.json) console.log(JSON.stringify(out, null, 2));
else {
  for (const f of out) {
    console.log(
      `${f.sweep.padEnd(5)} ${f.scenarios} scenarios, ${f.errors} errors: first load ${f.firstWallMs.toFixed(1)} ms wall / ${f.firstCpuMs.toFixed(1)} ms CPU; ` +
        `then median of ${f.runs}: ${f.wallMs.toFixed(1)} ms wall / ${f.cpuMs.toFixed(1)} ms CPU; ` +
        `heap held ${f.heapMb.toFixed(1)} MB (${Math.round(f.heapBytesPerScenario)} B/scenario)`,
    );
  }
}
