/**
 * The fuzz harness of issue 9: property-based mutations (fast-check, fixed seed) of manifests, configs,
 * baselines and run-report artifacts, each run in-process through the CLI (check, update, validate-manifests) or
 * the post-mode validation, in a fresh temporary repository beside an `outside` folder.
 *
 * Per case it records: a crash (an exception escaping, exit 3, or "internal error" printed), an exit code
 * outside {0, 1, 2}, an input error without a location (a problem line not of the form file:line:column), a
 * hang (longer than the generous per-case bound: a hang detector, not a speed assertion), and a write outside
 * the repository (anything changed in `outside` or beside the repository), and for `check` any write at all.
 *
 * `npm test` runs a short budget (test/fuzz/fuzz.test.ts); `npm run fuzz` the long one (test/fuzz/run.ts).
 */
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { stringify } from 'yaml';
import { retrustReport } from '../../src/action/post.js';
import { readRunReportFile } from '../../src/action/report-validation.js';
import type { CliIO } from '../../src/cli/io.js';
import { main } from '../../src/cli/main.js';
import { UserError } from '../../src/errors/index.js';
import { fitComment } from '../../src/report/render.js';

export const FUZZ_SEED = 0x9e3779b9;

export interface FuzzCounts {
  cases: number;
  crashes: number;
  hangs: number;
  writesOutside: number;
  badExitCodes: number;
  unlocated: number;
  byExit: Record<string, number>;
  /** The first few failures, for the report. */
  failures: string[];
}

const newCounts = (): FuzzCounts => ({ cases: 0, crashes: 0, hangs: 0, writesOutside: 0, badExitCodes: 0, unlocated: 0, byExit: {}, failures: [] });

// ---------------------------------------------------------------------------------------------------------------
// Values

const PROTO = ['__proto__', 'constructor', 'toString', 'valueOf', 'hasOwnProperty', 'prototype'];
const EVIL_TEXT = [
  'chat\n::error ::x\n::add-mask::y',
  '\u001b[31mred\u001b[0m',
  'https://github.com/o/r/issues/1 www.x.y GH-12',
  '@team #1',
  'a'.repeat(20_000),
  '',
  ' ',
  '../../etc/passwd',
  '/etc/passwd',
  '\u2028',
  '\u0000',
];
/** Huge and odd numbers. Token counts between 10^5 and the limit are valid but slow until decode cost is O(1). */
const NUMBERS = [0, -1, 1, 2, 3, 7, 64, 0.5, -0.5, 1e308, -1e308, 1e9, 2e7, 10_000_000_000, 2 ** 53, 2 ** 53 + 2, Infinity, -Infinity, NaN, 1e-308];

const nasty: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 8, arbitrary: fc.integer({ min: 1, max: 16 }) },
  { weight: 4, arbitrary: fc.constantFrom<unknown>(...NUMBERS) },
  { weight: 3, arbitrary: fc.integer({ min: -4, max: 4096 }) },
  { weight: 2, arbitrary: fc.constantFrom<unknown>(...EVIL_TEXT, ...PROTO) },
  { weight: 1, arbitrary: fc.constantFrom<unknown>(null, true, false, [], {}, [[[[[]]]]], { __proto__: 1 }) },
  { weight: 1, arbitrary: fc.string({ maxLength: 12 }) },
  { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 3 }) },
);

const FEATURES = [
  'memory_offload',
  'decode',
  'prefill',
  'full_request',
  'flash_attention',
  'bogus_feature',
  (v: unknown) => ({ speculative_decode: { draft_model: 'meta-llama/Llama-3.2-1B', acceptance_rate: 0.8, parallel_tokens: v } }),
  (v: unknown) => ({ chunked: { prefill_kv_sizes: [[v, 16]] } }),
  (v: unknown) => ({ lora: { rank: v } }),
  (v: unknown) => ({ tensor_parallel: { degree: v } }),
  (v: unknown) => ({ pipeline_parallel: { degree: v } }),
];

type Path = (string | number)[];
const MANIFEST_PATHS: Path[] = [
  ['version'],
  ['defaults', 'model'],
  ['defaults', 'hardware'],
  ['defaults', 'precision'],
  ['defaults', 'efficiency'],
  ['defaults', 'workload', 'batch'],
  ['defaults', 'workload', 'input_tokens'],
  ['defaults', 'workload', 'output_tokens'],
  ['defaults', 'workload', 'beam'],
  ['scenarios', 0, 'id'],
  ['scenarios', 1, 'id'],
  ['scenarios', 0, 'description'],
  ['scenarios', 0, 'parallelism', 'tensor'],
  ['scenarios', 0, 'parallelism', 'pipeline'],
  ['scenarios', 0, 'parallelism', 'expert'],
  ['scenarios', 1, 'workload', 'beam'],
  ['scenarios', 0, 'slo', 'ttft_ms'],
  ['scenarios', 0, 'slo'],
  ['scenarios', 0, 'model'],
  ['scenarios', 0, 'hardware'],
  ['scenarios', 2],
  ['defaults'],
  ['scenarios'],
  [],
  ['scenarios', 0, 'unknown_field'],
  ['scenarios', 0, '__proto__'],
];

const BASE_MANIFEST = {
  version: 1,
  defaults: { model: 'meta-llama/Llama-3.1-8B', hardware: 'A100_40GB_GPU', workload: { batch: 1, input_tokens: 128, output_tokens: 8 } },
  scenarios: [
    { id: 'chat', description: 'a short turn' },
    { id: 'batch', workload: { batch: 4 } },
  ],
};

function setAt(root: unknown, p: Path, value: unknown): unknown {
  if (p.length === 0) return value;
  const copy = (Array.isArray(root) ? [...root] : root !== null && typeof root === 'object' ? { ...root } : {}) as Record<string | number, unknown>;
  const [head, ...rest] = p;
  Object.defineProperty(copy, head, { value: setAt(copy[head], rest, value), enumerable: true, writable: true, configurable: true });
  return copy;
}

type Op =
  | { kind: 'set'; path: Path; value: unknown }
  | { kind: 'feature'; scenario: number; feature: number; value: unknown }
  | { kind: 'matrix'; scenario: number; keys: string[]; values: unknown[][] }
  | { kind: 'text'; at: number; insert: string; cut: number };

const op: fc.Arbitrary<Op> = fc.oneof(
  { weight: 5, arbitrary: fc.record({ kind: fc.constant('set' as const), path: fc.constantFrom(...MANIFEST_PATHS), value: nasty }) },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('feature' as const),
      scenario: fc.integer({ min: 0, max: 1 }),
      feature: fc.integer({ min: 0, max: FEATURES.length - 1 }),
      value: nasty,
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('matrix' as const),
      scenario: fc.integer({ min: 0, max: 1 }),
      keys: fc.uniqueArray(
        fc.constantFrom('workload.batch', 'workload.beam', 'parallelism.tensor', 'precision', 'workload.input_tokens', 'bogus.key', '__proto__'),
        { minLength: 1, maxLength: 3 },
      ),
      values: fc.array(fc.oneof(fc.array(nasty, { maxLength: 4 }), fc.constant(Array.from({ length: 100 }, (_, i) => i + 1))), { minLength: 3, maxLength: 3 }),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('text' as const),
      at: fc.nat(),
      insert: fc.oneof(
        fc.string({ maxLength: 8 }),
        fc.constantFrom(...EVIL_TEXT, '[[[[[[', '{', ': :', '\n  - ', '&a', '*a', '<<: *a', '!!js/function', '---\n'),
      ),
      cut: fc.nat({ max: 20 }),
    }),
  },
);

function applyOps(ops: Op[]): string {
  let doc: unknown = BASE_MANIFEST;
  const textOps: Extract<Op, { kind: 'text' }>[] = [];
  for (const o of ops) {
    if (o.kind === 'set') doc = setAt(doc, o.path, o.value);
    else if (o.kind === 'feature') {
      const f = FEATURES[o.feature];
      doc = setAt(doc, ['scenarios', o.scenario, 'features'], [typeof f === 'function' ? f(o.value) : f]);
    } else if (o.kind === 'matrix') {
      doc = setAt(doc, ['scenarios', o.scenario, 'matrix'], Object.fromEntries(o.keys.map((k, i) => [k, o.values[i]])));
    } else textOps.push(o);
  }
  let text: string;
  try {
    text = stringify(doc);
  } catch {
    text = JSON.stringify(doc) ?? 'null';
  }
  for (const t of textOps) {
    const at = text.length === 0 ? 0 : t.at % text.length;
    text = text.slice(0, at) + t.insert + text.slice(at + t.cut);
  }
  return text;
}

export const manifestCases = (n: number, seed = FUZZ_SEED): { text: string; command: string; config: string | null }[] =>
  fc
    .sample(
      fc.record({
        ops: fc.array(op, { minLength: 1, maxLength: 2 }),
        command: fc.constantFrom('check', 'check', 'update', 'validate-manifests', 'run'),
        config: fc.oneof(
          { weight: 5, arbitrary: fc.constant(null) },
          {
            weight: 1,
            arbitrary: fc.oneof(
              fc.constantFrom(
                'limits: { scenarios: 5 }\n',
                'limits: { beam: 0 }\n',
                'limits: { nesting_depth: 2 }\n',
                'manifests: [../*]\n',
                'baselines: /tmp\n',
                'fail_on: sometimes\n',
                'limits: { __proto__: 1 }\n',
                '[[[[',
                'template: /etc/passwd\n',
              ),
              nasty.map((v) => stringify({ limits: { tokens_per_request: v } })),
            ),
          },
        ),
      }),
      { seed, numRuns: n },
    )
    .map((c) => ({ text: applyOps(c.ops), command: c.command, config: c.config }));

// ---------------------------------------------------------------------------------------------------------------
// Baselines and artifacts: JSON mutations of a valid document

type JsonOp = { path: number[]; value: unknown; key: string | null } | { text: true; at: number; insert: string; cut: number };

const jsonOp: fc.Arbitrary<JsonOp> = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.record({
      path: fc.array(fc.nat(), { minLength: 1, maxLength: 6 }),
      value: nasty,
      key: fc.option(fc.constantFrom(...PROTO, 'x', 'chat\n::error ::y', ''), { freq: 3 }),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      text: fc.constant(true as const),
      at: fc.nat(),
      insert: fc.constantFrom('[', ']', '{', '"', ',', 'NaN', '1e999', '\u0000', '\\u0000', `${'['.repeat(100_000)}`, ''),
      cut: fc.nat({ max: 40 }),
    }),
  },
);

/** Picks a node by indexes into its children (object entries or array items) and replaces it, or adds `key`. */
function mutateJson(doc: unknown, o: Extract<JsonOp, { path: number[] }>): unknown {
  const walk = (node: unknown, depth: number): unknown => {
    if (depth >= o.path.length || node === null || typeof node !== 'object') return o.value;
    const entries = Array.isArray(node) ? node.map((v, i) => [i, v] as const) : Object.entries(node as object);
    if (entries.length === 0) return o.value;
    const [k, v] = entries[o.path[depth] % entries.length];
    const copy = (Array.isArray(node) ? [...node] : { ...(node as object) }) as Record<string | number, unknown>;
    const next = depth === o.path.length - 1 && o.key !== null && !Array.isArray(node) ? undefined : walk(v, depth + 1);
    if (next === undefined && o.key !== null && !Array.isArray(node)) {
      Object.defineProperty(copy, o.key, { value: v, enumerable: true, writable: true, configurable: true });
    } else copy[k] = next;
    return copy;
  };
  return walk(doc, 0);
}

export function jsonCases(valid: string, n: number, seed: number): string[] {
  const base = JSON.parse(valid);
  return fc.sample(fc.array(jsonOp, { minLength: 1, maxLength: 3 }), { seed, numRuns: n }).map((ops) => {
    let doc: unknown = base;
    const texts: Extract<JsonOp, { text: true }>[] = [];
    for (const o of ops)
      if ('text' in o) texts.push(o);
      else doc = mutateJson(doc, o);
    let text = JSON.stringify(doc, (_k, v) => (typeof v === 'number' && !Number.isFinite(v) ? String(v) : v)) ?? 'null';
    for (const t of texts) {
      const at = t.at % (text.length || 1);
      text = text.slice(0, at) + t.insert + text.slice(at + t.cut);
    }
    return text;
  });
}

// ---------------------------------------------------------------------------------------------------------------
// Running a case

function snapshot(dir: string): string {
  const h = createHash('sha256');
  const walk = (d: string): void => {
    for (const name of readdirSync(d).sort()) {
      const p = path.join(d, name);
      const st = statSync(p, { throwIfNoEntry: false });
      h.update(`${p}\0${st?.size}\0${st?.mtimeMs}\n`);
      if (st?.isDirectory()) walk(p);
      else if (st?.isFile()) h.update(readFileSync(p));
    }
  };
  walk(dir);
  return h.digest('hex');
}

const LOCATED = /^ {2}\S.*:\d+:\d+: /;

async function runCase(counts: FuzzCounts, label: string, files: Record<string, string>, command: string, hangMs: number): Promise<void> {
  const base = mkdtempSync(path.join(os.tmpdir(), 'genz-fuzz-'));
  const root = path.join(base, 'repo');
  const outside = path.join(base, 'outside');
  try {
    mkdirSync(outside, { recursive: true });
    writeFileSync(path.join(outside, 'sentinel.txt'), 'unchanged\n');
    for (const [rel, text] of Object.entries(files)) {
      mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
      writeFileSync(path.join(root, rel), text);
    }
    const beforeOutside = snapshot(outside);
    const beforeRepo = snapshot(root);
    let stderr = '';
    const io: CliIO = {
      stdout: () => undefined,
      stderr: (t) => {
        stderr += t;
      },
      cwd: root,
      env: {},
      isTTY: false,
    };
    const start = Date.now();
    let code: number;
    try {
      code = await main([command], io);
    } catch (e) {
      counts.crashes++;
      counts.failures.push(`${label}: uncaught ${(e as Error)?.stack ?? e}`);
      return;
    }
    const ms = Date.now() - start;
    counts.cases++;
    counts.byExit[code] = (counts.byExit[code] ?? 0) + 1;
    if (ms > hangMs) {
      counts.hangs++;
      counts.failures.push(`${label}: ${ms} ms`);
    }
    if (code === 3 || stderr.includes('internal error')) {
      counts.crashes++;
      counts.failures.push(`${label}: ${stderr.slice(0, 300)}`);
    } else if (![0, 1, 2].includes(code)) {
      counts.badExitCodes++;
      counts.failures.push(`${label}: exit ${code}`);
    }
    if (code === 2) {
      const lines = stderr
        .split('\n')
        .slice(1)
        .filter((l) => l.startsWith('  '));
      const first = stderr.split('\n')[0];
      const located =
        lines.length > 0
          ? lines.every((l) => LOCATED.test(l))
          : /: \S.*:\d+:\d+: |^genz [\w-]+: (--|unknown|the command line)/.test(first) || / problem/.test(first);
      if (!located) {
        counts.unlocated++;
        counts.failures.push(`${label}: unlocated: ${stderr.slice(0, 300)}`);
      }
    }
    const besides = readdirSync(base).sort().join(',');
    if (snapshot(outside) !== beforeOutside || besides !== 'outside,repo') {
      counts.writesOutside++;
      counts.failures.push(`${label}: wrote outside the repository (${besides})`);
    }
    if ((command === 'check' || command === 'validate-manifests' || command === 'run') && snapshot(root) !== beforeRepo) {
      counts.writesOutside++;
      counts.failures.push(`${label}: ${command} changed the repository`);
    }
  } finally {
    rmSync(base, { recursive: true, force: true });
  }
}

/** A valid baseline and run report of the base manifest, made once by the CLI itself. */
async function validDocuments(): Promise<{ baseline: string; report: string }> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'genz-fuzz-seed-'));
  try {
    mkdirSync(path.join(dir, 'perf'));
    writeFileSync(path.join(dir, 'perf/a.yaml'), stringify(BASE_MANIFEST));
    const io: CliIO = { stdout: () => undefined, stderr: () => undefined, cwd: dir, env: {}, isTTY: false };
    if ((await main(['update'], io)) !== 0) throw new Error('fuzz seed: update failed');
    const baseline = readFileSync(path.join(dir, 'baselines/perf/a.json'), 'utf8');
    writeFileSync(path.join(dir, 'perf/a.yaml'), stringify(setAt(BASE_MANIFEST, ['scenarios', 0, 'workload'], { batch: 2 })));
    await main(['check', '--report-json', 'report.json'], io);
    return { baseline, report: readFileSync(path.join(dir, 'report.json'), 'utf8') };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Post-mode validation of an artifact, in-process: a UserError or a report that renders. */
function runArtifactCase(counts: FuzzCounts, label: string, text: string, hangMs: number): void {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'genz-fuzz-art-'));
  const start = Date.now();
  try {
    const file = path.join(dir, 'report.json');
    writeFileSync(file, text);
    counts.cases++;
    try {
      const report = retrustReport(readRunReportFile(file, 'report.json'), 'report.json');
      fitComment(report, { limit: 65_000 });
      counts.byExit[0] = (counts.byExit[0] ?? 0) + 1;
    } catch (e) {
      if (e instanceof UserError) {
        counts.byExit[2] = (counts.byExit[2] ?? 0) + 1;
        if (!e.problems.every((p) => p.file && p.line >= 1 && p.column >= 1)) counts.unlocated++;
      } else {
        counts.crashes++;
        counts.failures.push(`${label}: ${(e as Error)?.stack ?? e}`);
      }
    }
    if (Date.now() - start > hangMs) {
      counts.hangs++;
      counts.failures.push(`${label}: ${Date.now() - start} ms`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export interface FuzzBudget {
  manifests: number;
  baselines: number;
  artifacts: number;
  /** Generous per-case bound: a hang detector, not a speed assertion. */
  hangMs?: number;
  seed?: number;
  onProgress?: (kind: string, done: number, total: number) => void;
}

export async function runFuzz(budget: FuzzBudget): Promise<Record<'manifests' | 'baselines' | 'artifacts', FuzzCounts>> {
  const seed = budget.seed ?? FUZZ_SEED;
  const hangMs = budget.hangMs ?? 60_000;
  const out = { manifests: newCounts(), baselines: newCounts(), artifacts: newCounts() };
  const manifests = manifestCases(budget.manifests, seed);
  for (const [i, c] of manifests.entries()) {
    const files: Record<string, string> = { 'perf/a.yaml': c.text };
    if (c.config !== null) files['genz.config.yaml'] = c.config;
    await runCase(out.manifests, `manifest #${i} (${c.command})`, files, c.command, hangMs);
    budget.onProgress?.('manifests', i + 1, manifests.length);
  }
  const valid = await validDocuments();
  const baselines = jsonCases(valid.baseline, budget.baselines, seed + 1);
  for (const [i, text] of baselines.entries()) {
    const command = i % 3 === 2 ? 'update' : 'check';
    await runCase(out.baselines, `baseline #${i} (${command})`, { 'perf/a.yaml': stringify(BASE_MANIFEST), 'baselines/perf/a.json': text }, command, hangMs);
    budget.onProgress?.('baselines', i + 1, baselines.length);
  }
  const artifacts = jsonCases(valid.report, budget.artifacts, seed + 2);
  for (const [i, text] of artifacts.entries()) {
    runArtifactCase(out.artifacts, `artifact #${i}`, text, hangMs);
    budget.onProgress?.('artifacts', i + 1, artifacts.length);
  }
  return out;
}
