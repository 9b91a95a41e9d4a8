/**
 * `npx tsx bench/simulate-sweep.bench.ts`: figures only, nothing here asserts on time.
 * Per-scenario cost of `simulate()` (src/simulation, calibration on: the default) on the sweep projects'
 * scenarios, loaded through `loadProject` as `genz check` loads them (loading is not timed):
 *  - bench/sweeps/1k: all 1,000 scenarios;
 *  - bench/sweeps/100k: a slice of ~10,000 (every tenth run of 10 consecutive matrix scenarios, so every
 *    model, accelerator and degree appears and each run varies the innermost matrix axis).
 * Each set is simulated once cold (the first simulate() calls of the process for the 1k set: JIT, catalog
 * and preset resolution) and then in warm passes; µs per scenario in CPU and wall time. The machine may be
 * shared with other work: CPU time is the steadier figure.
 * Options: --passes N (warm passes, default 3), --slice N (scenarios of the 100k slice, default 10,000), --json.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import type { Scenario } from '../src/manifests/types.js';
import { loadProject } from '../src/pipeline/pipeline.js';
import { simulate } from '../src/simulation/index.js';

const { values } = parseArgs({
  options: {
    passes: { type: 'string', default: '3' },
    slice: { type: 'string', default: '10000' },
    json: { type: 'boolean', default: false },
  },
});
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const warmPasses = Math.max(1, Number(values.passes));
let sink = 0; // keeps results alive so nothing is optimised away

function load(name: string): Scenario[] {
  return loadProject({ cwd: path.join(root, 'bench/sweeps', name) }).scenarios;
}

interface PassFigures {
  cpu_us: number;
  wall_us: number;
  total_wall_ms: number;
}

function pass(scenarios: readonly Scenario[]): PassFigures {
  const cpu0 = process.cpuUsage();
  const t0 = process.hrtime.bigint();
  for (const s of scenarios) {
    const r = simulate(s.config);
    sink += r.status === 'ok' ? 1 : 0;
  }
  const wallUs = Number(process.hrtime.bigint() - t0) / 1000;
  const cpu = process.cpuUsage(cpu0);
  return { cpu_us: (cpu.user + cpu.system) / scenarios.length, wall_us: wallUs / scenarios.length, total_wall_ms: wallUs / 1000 };
}

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor((s.length - 1) / 2)];
};

function measure(label: string, scenarios: readonly Scenario[]): Record<string, unknown> {
  const first = pass(scenarios);
  const warm: PassFigures[] = [];
  for (let i = 0; i < warmPasses; i++) warm.push(pass(scenarios));
  const out = {
    scenarios: scenarios.length,
    first,
    warm_median: { cpu_us: median(warm.map((w) => w.cpu_us)), wall_us: median(warm.map((w) => w.wall_us)) },
    warm,
  };
  if (!values.json) {
    const f = (p: { cpu_us: number; wall_us: number }): string => `${p.cpu_us.toFixed(1)} µs CPU, ${p.wall_us.toFixed(1)} µs wall`;
    process.stdout.write(
      `${label}: ${scenarios.length.toLocaleString('en-US')} scenarios\n` +
        `  first pass  ${f(first)} per scenario (${first.total_wall_ms.toFixed(0)} ms wall in all)\n` +
        `  warm passes ${f(out.warm_median)} per scenario (median of ${warmPasses}: ${warm.map((w) => w.cpu_us.toFixed(1)).join(', ')} µs CPU)\n`,
    );
  }
  return out;
}

const s1k = load('1k');
const all100k = load('100k');
const want = Math.max(10, Number(values.slice));
// Runs of 10 consecutive scenarios, one run in every ten, until the slice is full.
const slice = all100k.filter((_, i) => Math.floor(i / 10) % 10 === 0).slice(0, want);
const result = {
  node: process.version,
  sweep_1k: measure('bench/sweeps/1k', s1k),
  sweep_100k_slice: measure(`bench/sweeps/100k slice (${slice.length} of ${all100k.length})`, slice),
};
if (values.json) process.stdout.write(JSON.stringify(result) + '\n');
if (sink === -1) process.stderr.write('');
