/**
 * Serving metrics from a run (docs/serving.md "Metrics"). Percentiles are nearest-rank: the p-th
 * percentile of n values is the ⌈p·n/100⌉-th smallest, a value that occurred, computed on sorted copies,
 * so the figures are exact functions of the run.
 */
import type { Trace } from './scheduler.js';
import type { ServingSlo } from './types.js';

export interface Summary {
  mean: number | null;
  p50: number | null;
  p90: number | null;
  p99: number | null;
}

export interface ServingStats {
  requests: number;
  ttft: Summary;
  tpot: Summary;
  itl: Summary;
  e2e: Summary;
  /** Requests, output tokens and SLO-meeting requests per second of the run (first arrival to last token). */
  requestThroughput: number;
  outputThroughput: number;
  goodput: number;
  /** Mean fraction of KV blocks in use over the busy time. */
  kvUtilization: number;
  preemptions: number;
  makespanMs: number;
  iterations: number;
}

function rank(sorted: Float64Array, p: number): number {
  const k = Math.max(1, Math.ceil((p * sorted.length) / 100));
  return sorted[k - 1];
}

export function summarize(values: Float64Array): Summary {
  if (values.length === 0) return { mean: null, p50: null, p90: null, p99: null };
  const s = Float64Array.from(values).sort();
  let sum = 0;
  for (let i = 0; i < values.length; i++) sum += values[i];
  return { mean: sum / values.length, p50: rank(s, 50), p90: rank(s, 90), p99: rank(s, 99) };
}

/**
 * The values whose cumulative weight first reaches each k of `ks` when the values are sorted (weighted
 * nearest rank), by one multi-quickselect that reorders `v` and `w` in place (expected O(n log |ks|); ties
 * resolved by value, so each result is exact: the same value whatever the partition order).
 */
function weightedSelect(v: Float64Array, w: Float64Array, ks: readonly number[]): number[] {
  const out = new Array<number>(ks.length).fill(Number.NaN);
  // Ranges still to partition: [lo, hi], the weight below lo, and the targets that fall in the range.
  const stack: { lo: number; hi: number; before: number; targets: number[] }[] = [{ lo: 0, hi: v.length - 1, before: 0, targets: ks.map((_, i) => i) }];
  while (stack.length > 0) {
    const { lo, hi, before, targets } = stack.pop()!;
    if (lo >= hi) {
      for (const t of targets) out[t] = v[lo];
      continue;
    }
    const pivot = v[lo + ((hi - lo) >> 1)];
    // Three-way partition: [lo, lt) < pivot, [lt, gt] == pivot, (gt, hi] > pivot.
    let lt = lo;
    let gt = hi;
    let i = lo;
    while (i <= gt) {
      if (v[i] < pivot) {
        swap(v, w, lt++, i++);
      } else if (v[i] > pivot) {
        swap(v, w, i, gt--);
      } else i++;
    }
    let below = 0;
    for (let j = lo; j < lt; j++) below += w[j];
    let equal = 0;
    for (let j = lt; j <= gt; j++) equal += w[j];
    const left: number[] = [];
    const right: number[] = [];
    for (const t of targets) {
      const need = ks[t] - before;
      if (need <= below) left.push(t);
      else if (need <= below + equal) out[t] = pivot;
      else right.push(t);
    }
    if (left.length > 0) stack.push({ lo, hi: lt - 1, before, targets: left });
    if (right.length > 0) stack.push({ lo: gt + 1, hi, before: before + below + equal, targets: right });
  }
  return out;
}

function swap(v: Float64Array, w: Float64Array, a: number, b: number): void {
  const x = v[a];
  v[a] = v[b];
  v[b] = x;
  const y = w[a];
  w[a] = w[b];
  w[b] = y;
}

/** Percentiles of values given with integer weights (each value counted weight times), plus values of weight 1. */
export function summarizeWeighted(values: Float64Array, weights: Int32Array, extra: Float64Array): Summary {
  let m = 0;
  for (let i = 0; i < values.length; i++) if (weights[i] > 0) m++;
  const v = new Float64Array(m + extra.length);
  const w = new Float64Array(m + extra.length);
  let total = 0;
  let sum = 0;
  let j = 0;
  for (let i = 0; i < values.length; i++) {
    if (weights[i] === 0) continue;
    v[j] = values[i];
    w[j++] = weights[i];
    total += weights[i];
    sum += values[i] * weights[i];
  }
  for (let i = 0; i < extra.length; i++) {
    v[j] = extra[i];
    w[j++] = 1;
    total += 1;
    sum += extra[i];
  }
  if (total === 0) return { mean: null, p50: null, p90: null, p99: null };
  const rank = (p: number): number => Math.max(1, Math.ceil((p * total) / 100));
  const [p50, p90, p99] = weightedSelect(v, w, [rank(50), rank(90), rank(99)]);
  return { mean: sum / total, p50, p90, p99 };
}

/** Per-request TTFT, TPOT (requests with more than one output token) and E2E, in ms. */
export function requestLatencies(t: Trace): { ttft: Float64Array; tpot: Float64Array; e2e: Float64Array; tpotOf: Float64Array } {
  const n = t.arrivalMs.length;
  const ttft = new Float64Array(n);
  const e2e = new Float64Array(n);
  const tpotOf = new Float64Array(n).fill(Number.NaN);
  const tpot: number[] = [];
  for (let i = 0; i < n; i++) {
    ttft[i] = t.firstTokenMs[i] - t.arrivalMs[i];
    e2e[i] = t.finishMs[i] - t.arrivalMs[i];
    if (t.output[i] > 1) {
      tpotOf[i] = (t.finishMs[i] - t.firstTokenMs[i]) / (t.output[i] - 1);
      tpot.push(tpotOf[i]);
    }
  }
  return { ttft, tpot: Float64Array.from(tpot), e2e, tpotOf };
}

/** Whether request i meets every per-request budget (TTFT, TPOT, E2E) the SLO sets. */
export function meetsSlo(slo: ServingSlo, ttft: number, tpot: number, e2e: number): boolean {
  if (slo.ttft_ms !== null && !(ttft <= slo.ttft_ms)) return false;
  if (slo.tpot_ms !== null && !Number.isNaN(tpot) && !(tpot <= slo.tpot_ms)) return false;
  if (slo.e2e_ms !== null && !(e2e <= slo.e2e_ms)) return false;
  return true;
}

export function servingStats(t: Trace, slo: ServingSlo): ServingStats {
  const n = t.arrivalMs.length;
  const lat = requestLatencies(t);
  let first = Number.POSITIVE_INFINITY;
  let last = 0;
  let outTokens = 0;
  let good = 0;
  for (let i = 0; i < n; i++) {
    first = Math.min(first, t.arrivalMs[i]);
    last = Math.max(last, t.finishMs[i]);
    outTokens += t.output[i];
    if (meetsSlo(slo, lat.ttft[i], lat.tpotOf[i], lat.e2e[i])) good++;
  }
  const makespanMs = last - first;
  const perS = (x: number): number => (makespanMs > 0 ? x / (makespanMs / 1000) : 0);
  return {
    requests: n,
    ttft: summarize(lat.ttft),
    tpot: summarize(lat.tpot),
    itl: summarizeWeighted(t.iterLatencyMs, t.iterRegularGaps, t.otherGaps),
    e2e: summarize(lat.e2e),
    requestThroughput: perS(n),
    outputThroughput: perS(outTokens),
    goodput: perS(good),
    kvUtilization: Number.isFinite(t.blocks) && t.busyMs > 0 ? t.blockMsUsed / (t.blocks * t.busyMs) : 0,
    preemptions: t.preemptions,
    makespanMs,
    iterations: t.iterations,
  };
}

/** The value of a percentile metric key (e.g. ttft_p99_ms) in the stats, or undefined for another key. */
export function percentileValue(s: ServingStats, key: string): number | null | undefined {
  const m = /^(ttft|tpot|itl|e2e)_(mean|p50|p90|p99)_ms$/.exec(key);
  if (m === null) return undefined;
  return s[m[1] as 'ttft' | 'tpot' | 'itl' | 'e2e'][m[2] as keyof Summary];
}

/** Whether every percentile budget of the SLO holds. */
export function percentilesHold(s: ServingStats, slo: ServingSlo): boolean {
  for (const [key, bound] of Object.entries(slo.percentiles)) {
    const v = percentileValue(s, key);
    if (v === undefined) continue;
    if (v !== null && !(v <= bound)) return false;
  }
  return true;
}
