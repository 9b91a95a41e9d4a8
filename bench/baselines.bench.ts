/**
 * `npm run bench:baselines`: figures only, nothing here asserts on time.
 *
 * For the sweeps bench/sweeps/1k and bench/sweeps/100k, in this process: the scenarios are simulated once
 * (not timed), then, each repeated and printed as the median (wall and CPU time):
 *  - fingerprint: sha256Fingerprint of every scenario's inputs (what simulateScenarios does per run);
 *  - write: the baseline file's bytes (serializeBaselineFile: layout choice, derivation checks, rows);
 *    bytes per scenario, lines, longest line;
 *  - read: parseBaselineFile of those bytes, and the heap it keeps (after a full GC) and its peak;
 *  - lookup: get(id) of every entry (expansion), and reading every entry's fingerprint;
 *  - diff: diffScenarios of every run against its entry (what `genz check` compares), and its heap.
 * Options: --skip-100k, --repeat N (default 3), --v1 FILE (also time reading a `baseline-columnar@1` file,
 * e.g. one written by an older `genz update`), --json.
 * The machine may be shared: CPU time is the steadier figure; wall time includes waiting.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import v8 from 'node:v8';
import { runInNewContext } from 'node:vm';
import { type ScenarioRun, buildBaselineFile, diffScenarios, parseBaselineFile, serializeBaselineFile, sha256Fingerprint } from '../src/baselines/index.js';
import { loadProject, simulateScenarios } from '../src/pipeline/pipeline.js';

v8.setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

const { values } = parseArgs({
  options: {
    'skip-100k': { type: 'boolean', default: false },
    repeat: { type: 'string', default: '3' },
    v1: { type: 'string' },
    json: { type: 'boolean', default: false },
  },
});
const REPEAT = Math.max(1, Number(values.repeat));
const HERE = path.dirname(fileURLToPath(import.meta.url));

interface Timing {
  wallMs: number;
  cpuMs: number;
}

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

/** Median wall and CPU time of `fn` over `n` runs (a GC before each); the last result is returned. */
function time<T>(n: number, fn: () => T): { timing: Timing; result: T } {
  const walls: number[] = [];
  const cpus: number[] = [];
  let result!: T;
  for (let i = 0; i < n; i++) {
    gc();
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    result = fn();
    walls.push(performance.now() - t0);
    const c = process.cpuUsage(c0);
    cpus.push((c.user + c.system) / 1000);
  }
  return { timing: { wallMs: median(walls), cpuMs: median(cpus) }, result };
}

/** Heap kept by `fn`'s result (after a full GC) and the heap's peak above the start while it ran (sampled). */
function heapOf<T>(fn: () => T): { retainedMb: number; peakMb: number; result: T } {
  gc();
  const before = process.memoryUsage().heapUsed;
  let peak = before;
  const sample = (): void => {
    peak = Math.max(peak, process.memoryUsage().heapUsed);
  };
  const timer = setInterval(sample, 1);
  const result = fn();
  sample();
  clearInterval(timer);
  gc();
  const after = process.memoryUsage().heapUsed;
  return { retainedMb: (after - before) / 2 ** 20, peakMb: (peak - before) / 2 ** 20, result };
}

function fmt(t: Timing): string {
  return `${t.wallMs.toFixed(0).padStart(6)} ms wall ${t.cpuMs.toFixed(0).padStart(6)} ms CPU`;
}

function benchSweep(name: string): Record<string, unknown> {
  const cwd = path.join(HERE, 'sweeps', name);
  const project = loadProject({ cwd });
  const outcomes = simulateScenarios(project, { cwd });
  const runs: Record<string, ScenarioRun> = {};
  for (const o of outcomes) if (o.run) runs[o.scenario.id] = o.run;
  const n = Object.keys(runs).length;
  const manifest = project.manifests[0];

  const fingerprint = time(REPEAT, () => {
    let x = 0;
    for (const id in runs) x += sha256Fingerprint(runs[id].inputs).length;
    return x;
  });
  const file = buildBaselineFile(manifest, runs);
  const write = time(REPEAT, () => serializeBaselineFile(file));
  const bytes = write.result;
  const text = bytes.toString('utf8');
  const lines = text.split('\n');
  const read = time(REPEAT, () => parseBaselineFile(text, 'sweep.json'));
  const heap = heapOf(() => parseBaselineFile(text, 'sweep.json'));
  const stored = heap.result;
  const lookup = time(REPEAT, () => {
    let x = 0;
    for (const id in runs) x += stored.scenarios.get(id)!.simulator.length;
    return x;
  });
  const fingerprints = time(1, () => {
    let x = 0;
    for (const id in runs) x += stored.scenarios.get(id)!.fingerprint.length;
    return x;
  });
  const diffInput = () => ({
    scenarios: outcomes.map((o) => ({
      id: o.scenario.id,
      current: o.run,
      error: o.run ? null : 'could not run',
      baseline: stored.scenarios.get(o.scenario.id) ?? null,
    })),
    rules: project.tolerances,
  });
  const diff = time(REPEAT, () => diffScenarios(diffInput()));
  const diffHeap = heapOf(() => diffScenarios(diffInput()));
  const unchanged = diffHeap.result.summary.counts.unchanged;

  const figures = {
    sweep: name,
    scenarios: outcomes.length,
    entries: n,
    fingerprintUsPerScenario: (fingerprint.timing.cpuMs * 1000) / n,
    fingerprint: fingerprint.timing,
    bytes: bytes.length,
    bytesPerEntry: bytes.length / n,
    lines: lines.length - 1,
    longestLine: Math.max(...lines.map((l) => Buffer.byteLength(l))),
    write: write.timing,
    read: read.timing,
    readHeapRetainedMb: heap.retainedMb,
    readHeapPeakMb: heap.peakMb,
    lookupAll: lookup.timing,
    fingerprintAll: fingerprints.timing,
    diff: diff.timing,
    diffHeapRetainedMb: diffHeap.retainedMb,
    diffHeapPeakMb: diffHeap.peakMb,
    unchanged,
  };
  if (!values.json) {
    console.log(`\n${name}: ${outcomes.length} scenarios, ${n} baseline entries (${unchanged} unchanged in the diff)`);
    console.log(`  fingerprint runs   ${fmt(fingerprint.timing)}  (${figures.fingerprintUsPerScenario.toFixed(1)} µs CPU per scenario)`);
    console.log(
      `  write              ${fmt(write.timing)}  ${bytes.length} bytes = ${figures.bytesPerEntry.toFixed(1)} bytes/entry, ${figures.lines} lines, longest ${figures.longestLine} bytes`,
    );
    console.log(`  read               ${fmt(read.timing)}  heap kept ${heap.retainedMb.toFixed(1)} MB, peak +${heap.peakMb.toFixed(1)} MB`);
    console.log(`  get every entry    ${fmt(lookup.timing)}`);
    console.log(`  every fingerprint  ${fmt(fingerprints.timing)}  (first read of each: sha256 of the inputs)`);
    console.log(`  diff               ${fmt(diff.timing)}  heap kept ${diffHeap.retainedMb.toFixed(1)} MB, peak +${diffHeap.peakMb.toFixed(1)} MB`);
  }
  return figures;
}

function benchV1(file: string): Record<string, unknown> {
  const text = readFileSync(file, 'utf8');
  const read = time(REPEAT, () => parseBaselineFile(text, file));
  const heap = heapOf(() => parseBaselineFile(text, file));
  const n = heap.result.scenarios.size;
  if (!values.json) {
    console.log(`\n@1 file ${file}: ${n} entries, ${text.length} bytes = ${(text.length / n).toFixed(1)} bytes/entry`);
    console.log(`  read               ${fmt(read.timing)}  heap kept ${heap.retainedMb.toFixed(1)} MB, peak +${heap.peakMb.toFixed(1)} MB`);
  }
  return { file, entries: n, bytes: text.length, read: read.timing, readHeapRetainedMb: heap.retainedMb, readHeapPeakMb: heap.peakMb };
}

const out: Record<string, unknown>[] = [benchSweep('1k')];
if (!values['skip-100k']) out.push(benchSweep('100k'));
if (values.v1) out.push(benchV1(values.v1));
if (values.json) console.log(JSON.stringify(out, null, 2));
