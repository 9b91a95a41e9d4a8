/**
 * `npm run bench`: times a full simulate call of the core (totals, latency, throughput; no per-operator
 * table) in-process over the reference cases, warm, and compares with GenZ's Python timings recorded in
 * shared/reference/README.md. `npm run -s bench -- --json` prints one JSON object keyed by mode.
 * Figures only: nothing here asserts on time.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { simulate } from '../src/simulation/index.js';
import { type ReferenceCase, parseReferenceCases, runReferenceCase } from '../src/validate/reference.js';

/** Median per-case time of the Python reference (ms), from shared/reference/README.md. */
const PYTHON_MEDIAN_MS: Record<string, number> = { prefill: 44, decode: 57, chunked: 101, spec_decode: 52 };

const { values } = parseArgs({
  options: {
    json: { type: 'boolean', default: false },
    reference: { type: 'string' },
    'min-ms': { type: 'string', default: '2' },
  },
});
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const shared = path.resolve(root, '../shared/reference/genz-cases.jsonl');
const file = values.reference ?? process.env.GENZ_REFERENCE ?? (existsSync(shared) ? shared : path.join(root, 'test/fixtures/genz-reference/genz-cases.jsonl'));
const cases = parseReferenceCases(readFileSync(file, 'utf8'), file).filter((c) => c.error === undefined);
const minNs = BigInt(Math.round(Number(values['min-ms']) * 1e6));

let sink = 0; // keeps results alive so nothing is optimised away

/** Mean time of one call, in µs: repeat until at least min-ms has elapsed. */
function timeCase(c: ReferenceCase): number {
  let reps = 0;
  const start = process.hrtime.bigint();
  let elapsed = 0n;
  do {
    sink += runReferenceCase(c).latencyMs;
    reps++;
    elapsed = process.hrtime.bigint() - start;
  } while (elapsed < minNs);
  return Number(elapsed) / 1000 / reps;
}

const quantile = (sorted: number[], q: number): number => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)];

// Warm-up: every case a few times so the JIT has seen every path.
for (let i = 0; i < 3; i++) for (const c of cases) sink += runReferenceCase(c).latencyMs;

interface ModeFigures { cases: number; median_us: number; p95_us: number; cases_per_s: number; python_median_ms: number; speedup: number }
const figures: Record<string, ModeFigures> = {};
for (const mode of ['prefill', 'decode', 'chunked', 'spec_decode']) {
  const times = cases.filter((c) => c.mode === mode).map(timeCase).sort((a, b) => a - b);
  if (times.length === 0) continue;
  const median = quantile(times, 0.5);
  const total = times.reduce((a, b) => a + b, 0);
  figures[mode] = {
    cases: times.length,
    median_us: Number(median.toFixed(3)),
    p95_us: Number(quantile(times, 0.95).toFixed(3)),
    cases_per_s: Math.round((times.length / total) * 1e6),
    python_median_ms: PYTHON_MEDIAN_MS[mode],
    speedup: Math.round((PYTHON_MEDIAN_MS[mode] * 1000) / median),
  };
}

if (values.json) {
  process.stdout.write(JSON.stringify(figures) + '\n');
} else {
  const rows = Object.entries(figures).map(([mode, f]) => [
    mode, String(f.cases), f.median_us.toFixed(2), f.p95_us.toFixed(2), f.cases_per_s.toLocaleString('en-US'),
    `${f.python_median_ms} ms`, `${f.speedup.toLocaleString('en-US')}×`,
  ]);
  const header = ['mode', 'cases', 'median µs', 'p95 µs', 'cases/s', 'Python median', 'speed-up'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const fmt = (r: string[]): string => r.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  process.stdout.write(`Simulation core, warm, in-process (Node ${process.version}, ${file})\n\n`);
  process.stdout.write([fmt(header), fmt(widths.map((w) => '-'.repeat(w))), ...rows.map(fmt)].join('\n') + '\n');
}
if (!values.json) {
  // The product's unit of work: a full request (prefill + every one of the o − 1 decode steps).
  const config = { model: 'meta-llama/Llama-3.1-8B', hardware: 'A100_40GB_GPU', workload: { batch: 1, input_tokens: 1024, output_tokens: 256 } };
  for (let i = 0; i < 20; i++) sink += simulate(config).metrics!.e2e_ms!;
  const times: number[] = [];
  for (let i = 0; i < 200; i++) {
    const t0 = process.hrtime.bigint();
    sink += simulate(config).metrics!.e2e_ms!;
    times.push(Number(process.hrtime.bigint() - t0) / 1000);
  }
  times.sort((a, b) => a - b);
  process.stdout.write(`\nFull request through the engine (Llama-3.1-8B, A100_40GB_GPU, 1024 → 256 tokens: prefill + 255 decode steps):\n`);
  process.stdout.write(`median ${quantile(times, 0.5).toFixed(1)} µs, p95 ${quantile(times, 0.95).toFixed(1)} µs\n`);
}
if (sink === 42) process.stderr.write('');
