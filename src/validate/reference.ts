/**
 * The parity harness: runs GenZ reference cases (shared/reference/README.md format) through the core and
 * compares every output they record. Pure: takes parsed cases, returns a structured report.
 */
import { GenzError } from '../core/errors.js';
import { type InferenceResult, chunked, decode, prefill, specDecode } from '../core/inference.js';

export const REFERENCE_MODES = ['prefill', 'decode', 'chunked', 'spec_decode'] as const;
export type ReferenceMode = (typeof REFERENCE_MODES)[number];

export interface ReferenceCase {
  id: string;
  mode: ReferenceMode;
  tags?: Record<string, unknown>;
  inputs: Record<string, unknown>;
  outputs?: Record<string, unknown>;
  error?: string;
  error_kind?: string;
  operators?: Record<string, unknown>[];
}

export class ReferenceFormatError extends Error {}

/** Parses JSON Lines; every problem names the line. Non-finite numbers arrive as the strings GenZ wrote. */
export function parseReferenceCases(text: string, file = 'reference'): ReferenceCase[] {
  const cases: ReferenceCase[] = [];
  const lines = text.split('\n');
  lines.forEach((line, i) => {
    if (line.trim() === '') return;
    let obj: unknown;
    try {
      obj = JSON.parse(line);
    } catch (e) {
      throw new ReferenceFormatError(`${file}:${i + 1}: not valid JSON (${(e as Error).message})`);
    }
    const c = obj as Partial<ReferenceCase>;
    if (typeof c !== 'object' || c === null || typeof c.id !== 'string') throw new ReferenceFormatError(`${file}:${i + 1}: a case needs a string "id"`);
    if (!REFERENCE_MODES.includes(c.mode as ReferenceMode))
      throw new ReferenceFormatError(`${file}:${i + 1}: case ${c.id}: "mode" must be one of ${REFERENCE_MODES.join(', ')}`);
    if (typeof c.inputs !== 'object' || c.inputs === null) throw new ReferenceFormatError(`${file}:${i + 1}: case ${c.id}: "inputs" must be an object`);
    if (c.outputs === undefined && c.error === undefined) throw new ReferenceFormatError(`${file}:${i + 1}: case ${c.id}: needs "outputs" or "error"`);
    cases.push(c as ReferenceCase);
  });
  return cases;
}

/** Runs one case's inputs through the matching entry point. */
export function runReferenceCase(c: ReferenceCase): InferenceResult {
  const args = c.inputs as never;
  switch (c.mode) {
    case 'prefill':
      return prefill(args);
    case 'decode':
      return decode(args);
    case 'chunked':
      return chunked(args);
    case 'spec_decode':
      return specDecode(args);
  }
}

/** The outputs of a result in the reference's shape, so comparison is one walk over the expected keys. */
export function referenceOutputs(r: InferenceResult): Record<string, unknown> {
  const s = r.summary;
  const out: Record<string, unknown> = {
    latency_ms: r.latencyMs,
    throughput: r.throughput,
    runtime_breakdown: r.breakdown,
    is_offload: r.isOffload,
    memory: {
      weights_mb: s['Total Weights (MB)'],
      kv_cache_mb: s['KV Cache (MB)'],
      unused_weights_mb: s['Unused Weights (MB)'],
      total_mb: s['Total Weights (MB)'] + s['KV Cache (MB)'],
    },
    summary_table: [s],
  };
  if (r.tokensGenerated !== undefined) out.tokens_generated = r.tokensGenerated;
  return out;
}

export interface Mismatch {
  path: string;
  expected: unknown;
  actual: unknown;
  relError?: number;
}

export interface CaseOutcome {
  id: string;
  mode: ReferenceMode | 'errors';
  passed: boolean;
  values: number;
  maxRelError: number;
  mismatches: Mismatch[];
  /** For error cases: what the core raised. */
  raised?: { kind: string; genzType: string; message: string };
}

const NON_FINITE: Record<string, number> = { Infinity: Infinity, '-Infinity': -Infinity, NaN: NaN };

interface Walk {
  tolerance: number;
  absZero: number;
  values: number;
  maxRel: number;
  mismatches: Mismatch[];
}

function compareValue(expected: unknown, actual: unknown, path: string, w: Walk): void {
  if (typeof expected === 'string' && expected in NON_FINITE) expected = NON_FINITE[expected];
  if (typeof expected === 'number') {
    w.values++;
    if (typeof actual !== 'number') {
      w.mismatches.push({ path, expected, actual });
      return;
    }
    if (!Number.isFinite(expected) || !Number.isFinite(actual)) {
      if (!Object.is(expected, actual)) w.mismatches.push({ path, expected, actual, relError: Infinity });
      return;
    }
    if (expected === 0) {
      if (Math.abs(actual) > w.absZero) w.mismatches.push({ path, expected, actual });
      return;
    }
    const rel = Math.abs(actual - expected) / Math.abs(expected);
    if (rel > w.maxRel) w.maxRel = rel;
    if (!(rel <= w.tolerance)) w.mismatches.push({ path, expected, actual, relError: rel });
    return;
  }
  if (Array.isArray(expected)) {
    if (!Array.isArray(actual) || actual.length !== expected.length) {
      w.values++;
      w.mismatches.push({ path, expected: `array of ${expected.length}`, actual: Array.isArray(actual) ? `array of ${actual.length}` : actual });
      return;
    }
    expected.forEach((e, i) => compareValue(e, actual[i], `${path}[${i}]`, w));
    return;
  }
  if (expected !== null && typeof expected === 'object') {
    if (actual === null || typeof actual !== 'object') {
      w.values++;
      w.mismatches.push({ path, expected: 'object', actual });
      return;
    }
    for (const [k, v] of Object.entries(expected)) compareValue(v, (actual as Record<string, unknown>)[k], path ? `${path}.${k}` : k, w);
    return;
  }
  // strings, booleans, null: exact
  w.values++;
  if (expected !== actual) w.mismatches.push({ path, expected, actual });
}

export interface CompareOptions {
  /** Relative tolerance (default 1e-9). */
  tolerance?: number;
  /** Absolute tolerance where the expected value is 0 (default 1e-12). */
  absZero?: number;
}

/** Runs and compares one case. Never throws for a simulation error: that is an outcome. */
export function checkReferenceCase(c: ReferenceCase, opts: CompareOptions = {}): CaseOutcome {
  const w: Walk = { tolerance: opts.tolerance ?? 1e-9, absZero: opts.absZero ?? 1e-12, values: 0, maxRel: 0, mismatches: [] };
  const expectError = c.error !== undefined;
  let result: InferenceResult | undefined;
  let raised: CaseOutcome['raised'];
  try {
    result = runReferenceCase(c);
  } catch (e) {
    if (!(e instanceof GenzError)) throw e;
    raised = { kind: e.kind, genzType: e.genzType, message: e.message };
  }
  if (expectError) {
    w.values++;
    if (!raised) w.mismatches.push({ path: 'error', expected: c.error, actual: 'no error' });
    return { id: c.id, mode: 'errors', passed: w.mismatches.length === 0, values: w.values, maxRelError: 0, mismatches: w.mismatches, raised };
  }
  if (!result) {
    w.values++;
    w.mismatches.push({ path: 'error', expected: 'outputs', actual: `${raised!.genzType}: ${raised!.message}` });
  } else {
    compareValue(c.outputs, referenceOutputs(result), '', w);
    if (c.operators) {
      const table = result.operators();
      compareValue(c.operators, table, 'operators', w);
    }
  }
  return { id: c.id, mode: c.mode, passed: w.mismatches.length === 0, values: w.values, maxRelError: w.maxRel, mismatches: w.mismatches, raised };
}

export interface ModeSummary {
  mode: ReferenceMode | 'errors';
  passed: boolean;
  cases: number;
  failedCases: number;
  values: number;
  maxRelError: number;
  maxRelErrorCase: string | null;
}

export interface ValidationReport {
  tolerance: number;
  passed: boolean;
  cases: number;
  failedCases: number;
  values: number;
  maxRelError: number;
  maxRelErrorCase: string | null;
  modes: ModeSummary[];
  failures: CaseOutcome[];
}

/** Runs every case and summarises per mode (prefill, decode, chunked, spec_decode, errors). */
export function validateReference(cases: readonly ReferenceCase[], opts: CompareOptions = {}): ValidationReport {
  const tolerance = opts.tolerance ?? 1e-9;
  const modes = new Map<string, ModeSummary>();
  for (const m of [...REFERENCE_MODES, 'errors'] as const) {
    modes.set(m, { mode: m, passed: true, cases: 0, failedCases: 0, values: 0, maxRelError: 0, maxRelErrorCase: null });
  }
  const failures: CaseOutcome[] = [];
  for (const c of cases) {
    const o = checkReferenceCase(c, opts);
    const m = modes.get(o.mode)!;
    m.cases++;
    m.values += o.values;
    // The case is named only where some error occurred: with every value exact there is no "worst" case.
    if (o.maxRelError > m.maxRelError) {
      m.maxRelError = o.maxRelError;
      m.maxRelErrorCase = o.id;
    }
    if (!o.passed) {
      m.failedCases++;
      m.passed = false;
      failures.push(o);
    }
  }
  const list = [...modes.values()].filter((m) => m.cases > 0);
  let worst: ModeSummary | undefined;
  for (const m of list) if (!worst || m.maxRelError > worst.maxRelError) worst = m;
  return {
    tolerance,
    passed: failures.length === 0,
    cases: cases.length,
    failedCases: failures.length,
    values: list.reduce((a, m) => a + m.values, 0),
    maxRelError: worst?.maxRelError ?? 0,
    maxRelErrorCase: worst?.maxRelErrorCase ?? null,
    modes: list,
    failures,
  };
}
