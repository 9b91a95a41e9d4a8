/**
 * `npx tsx bench/load.bench.ts`: figures only, nothing here asserts on time.
 * Loading the manifests of bench/sweeps/1k (one matrix manifest, 1,000 scenarios) and bench/sweeps/100k (one
 * matrix manifest, 100,000 scenarios): the project config, then loadScenarios (discover, parse, validate, expand
 * the matrix, resolve models and hardware, check every scenario).
 * The loader is bundled from source (esbuild, which tsx brings) and run in a fresh `node` per sweep, as the
 * bundles run it: tsx itself wraps every function it creates (keepNames), which would weigh on the per-scenario
 * closures and misstate the figures. Printed per sweep: the first load in the process (functions compiled on
 * first use included: what one `genz` run pays), the median of the following loads (wall and CPU), and the heap
 * the loaded scenarios hold (heap used after a full GC with the result alive, minus before loading).
 * The machine may be shared: CPU time is the steadier figure.
 * Options: --json, --runs N (loads after the first; default 5 for 1k, 3 for 100k), --only 1k|100k.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { build } from 'esbuild';

const { values } = parseArgs({ options: { json: { type: 'boolean', default: false }, runs: { type: 'string' }, only: { type: 'string' } } });
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** The child: loads one sweep `1 + runs` times and prints its figures as JSON. */
const CHILD = `
import { loadProjectConfig, loadScenarios } from './src/manifests/index.ts';
const [dir, runsText] = process.argv.slice(2);
const runs = Number(runsText);
function loadOnce() {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  const config = loadProjectConfig({ cwd: dir });
  const r = loadScenarios({ root: config.root, manifests: config.manifests, modelsDir: config.modelsDir, hardwareDir: config.hardwareDir,
    fidelity: config.fidelity, limits: config.limits, calibration: config.calibration });
  const wallMs = performance.now() - t0;
  const c = process.cpuUsage(c0);
  return { scenarios: r.scenarios.length, errors: r.errors.length, wallMs, cpuMs: (c.user + c.system) / 1000, result: r };
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const first = loadOnce();
first.result = null;
const wall = [], cpu = [];
for (let i = 0; i < runs; i++) { const r = loadOnce(); wall.push(r.wallMs); cpu.push(r.cpuMs); }
globalThis.gc();
const before = process.memoryUsage().heapUsed;
const held = loadOnce();
globalThis.gc();
const heap = process.memoryUsage().heapUsed - before;
console.log(JSON.stringify({ scenarios: held.scenarios, errors: held.errors, firstWallMs: first.wallMs, firstCpuMs: first.cpuMs,
  wallMs: median(wall), cpuMs: median(cpu), runs, heapMb: heap / 2 ** 20, heapBytesPerScenario: held.scenarios > 0 ? heap / held.scenarios : 0 }));
held.result = null;
`;

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

const dir = mkdtempSync(path.join(tmpdir(), 'genz-load-bench-'));
try {
  const bundle = path.join(dir, 'load.mjs');
  await build({
    stdin: { contents: CHILD, resolveDir: root, loader: 'ts', sourcefile: 'load-bench-child.ts' },
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'es2022',
    outfile: bundle,
    logLevel: 'error',
    // CommonJS packages (yaml) require node builtins.
    banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
  });
  // The full validators are read beside the loader's module when a document fails the quick check.
  const validators = path.join(root, 'src/manifests/validators.generated.cjs');
  if (existsSync(validators)) copyFileSync(validators, path.join(dir, 'validators.generated.cjs'));
  const out: Figures[] = [];
  for (const [name, defaultRuns] of [
    ['1k', 5],
    ['100k', 3],
  ] as const) {
    if (values.only && values.only !== name) continue;
    const runs = values.runs ? Number(values.runs) : defaultRuns;
    const child = spawnSync(process.execPath, ['--expose-gc', bundle, path.join(root, 'bench/sweeps', name), String(runs)], { encoding: 'utf8' });
    if (child.status !== 0) throw new Error(`load bench (${name}) failed: ${child.stderr}`);
    out.push({ sweep: name, ...(JSON.parse(child.stdout) as Omit<Figures, 'sweep'>) });
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
} finally {
  rmSync(dir, { recursive: true, force: true });
}
