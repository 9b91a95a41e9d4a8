/**
 * Sums over decode steps in closed form (README, Metrics: "Decode in closed form").
 *
 * A request of o output tokens runs the decode steps T = 1 … o − 1; TPOT is the mean of their latencies.
 * Step T evaluates the same operator rows as every other step except for a few *context fields*: row
 * dimensions that follow the generated context (the per-beam "Suf" attention's N = T, or a sliding
 * window's N = clamp(T + offset, lo, hi)). Everything else is constant across steps.
 *
 * Within a range of T where every context field of a row is affine in T (no clamp switches inside),
 * the row's sizes are products of its dimensions, hence affine in T when only one field varies, and each
 * roofline term (compute, memory, communication time) is affine too. The row's time is the maximum of
 * those terms: a convex piecewise-affine function whose pieces meet where two terms cross. Summing it
 * over the integers of a piece where one term is the maximum is exact: Σ_{T=p}^{q} f(T) = n·(f(p)+f(q))/2.
 * So the sum over all steps costs O(rows × pieces), independent of o.
 *
 * Where that argument does not hold the code steps (evaluates every T of the piece), which is exact by
 * definition; each case is listed where it is decided:
 *  - a piece of at most SMALL_PIECE steps (cheaper to step than to split);
 *  - a row with two or more fields varying in the same piece (a product of two affine fields is quadratic);
 *  - a collective (Sync) row that varies (collective time is not known to be affine in its size);
 *  - sizes at or above 2^53, where the core switches to wrapped 64-bit products (spec §0.3);
 *  - compute that is zero at one end of a piece only (the zero-work rule switches memory off there);
 *  - a midpoint that does not match the piecewise-affine interpolation (a guard for row kinds whose
 *    terms are not multilinear in their dimensions, e.g. future calibration terms).
 * Stepping costs O(steps of the piece) row evaluations.
 *
 * API (for builders that add context-dependent rows, e.g. sliding-window attention):
 *  - `ContextField` describes one field as value(T) = clamp(offset + slope·T, lo, hi). An unclamped
 *    field has lo = −∞ and hi = +∞. Builders that know their fields may pass them explicitly to
 *    `sumStepLatencies`; `inferContextFields` finds them by building the rows at a few T (affine fields,
 *    and a clamp at one or both ends, which is the sliding-window shape).
 *  - `fieldCuts(f, from, to)` gives the T after which a field changes piece (its clamp breakpoints).
 *  - `sumRowExec(row, fields, ctx, from, to, extraCuts)` sums one row's time over a T range; extra
 *    breakpoints (any T after which the caller knows the row changes behaviour) may be passed.
 *  - `sumStepLatencies(rows, fields, ctx, from, to)` sums whole step latencies (ms) over a T range.
 *
 * Results are deterministic: the same inputs give the same float operations in the same order.
 * They equal the step-by-step sum (decodeStepLatencies, kept as the test oracle) within float rounding
 * (tests check 1e-12 relative).
 */
import { type EvalContext, type RowTerms, latencyContributions, newRowTerms, rowTerms } from './evaluate.js';
import type { OpRow } from './operators.js';

/** value(T) = clamp(offset + slope·T, lo, hi), an integer dimension of a row at decode step T. */
export interface ContextField {
  /** The row's field name, e.g. 'N'. */
  readonly field: string;
  readonly offset: number;
  readonly slope: number;
  /** Lower clamp (−Infinity for none). */
  readonly lo: number;
  /** Upper clamp (Infinity for none). */
  readonly hi: number;
}

/** Pieces this short are stepped: splitting costs about as much as three evaluations. */
const SMALL_PIECE = 3;
/** Products at or above this switch to wrapped 64-bit arithmetic (exact.ts), which is not affine. */
const EXACT_LIMIT = 2 ** 53;
/** Relative tolerance of the midpoint guard (the interpolation itself is exact up to rounding). */
const MIDPOINT_TOL = 1e-9;

export function fieldValue(f: ContextField, T: number): number {
  const v = f.offset + f.slope * T;
  return v < f.lo ? f.lo : Math.min(v, f.hi);
}

/**
 * The integer T in [from, to) after which the field enters another piece (a clamp starts or ends), so
 * that on every range between consecutive cuts the field is affine in T.
 */
export function fieldCuts(f: ContextField, from: number, to: number): number[] {
  if (f.slope === 0) return [];
  const cuts: number[] = [];
  addCut(cuts, f, f.lo, from, to);
  addCut(cuts, f, f.hi, from, to);
  return cuts;
}

function addCut(cuts: number[], f: ContextField, bound: number, from: number, to: number): void {
  if (!Number.isFinite(bound)) return;
  // offset + slope·t = bound; the piece changes between floor(t) and floor(t) + 1.
  const t = Math.floor((bound - f.offset) / f.slope);
  if (t >= from && t < to) cuts.push(t);
}

/** A copy of `row` with its context fields set to their values at step T. */
export function rowAt(row: OpRow, fields: readonly ContextField[], T: number): OpRow {
  const copy = { ...row } as unknown as Record<string, unknown>;
  for (const f of fields) copy[f.field] = fieldValue(f, T);
  return copy as unknown as OpRow;
}

const scratchA = newRowTerms();
const scratchB = newRowTerms();
const scratchM = newRowTerms();

/** Σ exec(T) over T = p … q by evaluating every step (exact; O(q − p) row evaluations). */
function stepRange(row: OpRow, fields: readonly ContextField[], ctx: EvalContext, p: number, q: number): number {
  let sum = 0;
  for (let T = p; T <= q; T++) sum += rowTerms(rowAt(row, fields, T), ctx, scratchM).exec;
  return sum;
}

/** Sorts finite numbers ascending in place: insertion sort, as the lists here hold a handful (no copy, unlike Array.prototype.sort). */
function sortAscending(xs: number[]): void {
  for (let i = 1; i < xs.length; i++) {
    const x = xs[i];
    let j = i - 1;
    while (j >= 0 && xs[j] > x) {
      xs[j + 1] = xs[j];
      j--;
    }
    xs[j + 1] = x;
  }
}

/** Value at T of the affine function through (p, a) and (q, b). Exact at both ends. */
function lerp(a: number, b: number, p: number, q: number, T: number): number {
  return a + (b - a) * ((T - p) / (q - p));
}

/**
 * Σ_{T=p}^{q} max_k f_k(T) for affine f_k given by their values at p (`at`) and q (`bt`): split at the
 * integers where the maximising term changes, then sum each segment with the trapezoid rule, which is
 * exact for an affine function over consecutive integers.
 */
export function sumMaxAffine(p: number, q: number, at: readonly number[], bt: readonly number[]): number {
  const cuts = [p - 1, q];
  for (let i = 0; i < at.length; i++) {
    for (let j = i + 1; j < at.length; j++) {
      const dp = at[i] - at[j];
      const dq = bt[i] - bt[j];
      if ((dp > 0 && dq < 0) || (dp < 0 && dq > 0)) {
        const k = Math.floor(p + (q - p) * (dp / (dp - dq)));
        if (k >= p && k < q) cuts.push(k);
      }
    }
  }
  sortAscending(cuts);
  let sum = 0;
  for (let c = 0; c + 1 < cuts.length; c++) {
    const s0 = cuts[c] + 1;
    const s1 = cuts[c + 1];
    if (s0 > s1) continue;
    // No two terms cross strictly inside the segment: the term largest at its middle is largest throughout.
    const mid = (s0 + s1) / 2;
    let best = 0;
    let bestVal = -Infinity;
    for (let k = 0; k < at.length; k++) {
      const v = lerp(at[k], bt[k], p, q, mid);
      if (v > bestVal) {
        bestVal = v;
        best = k;
      }
    }
    sum += ((s1 - s0 + 1) * (lerp(at[best], bt[best], p, q, s0) + lerp(at[best], bt[best], p, q, s1))) / 2;
  }
  return sum;
}

function maxAffineAt(a: RowTerms, b: RowTerms, p: number, q: number, T: number): number {
  return Math.max(lerp(a.compute, b.compute, p, q, T), lerp(a.memory, b.memory, p, q, T), lerp(a.comm, b.comm, p, q, T));
}

/** Σ exec(T) over one piece [p, q] on which every field is affine (no clamp switches inside). */
function sumPiece(row: OpRow, fields: readonly ContextField[], ctx: EvalContext, p: number, q: number): number {
  const n = q - p + 1;
  if (n <= SMALL_PIECE) return stepRange(row, fields, ctx, p, q);
  let varying = 0;
  for (const f of fields) if (fieldValue(f, p) !== fieldValue(f, q)) varying++;
  if (varying === 0) return n * rowTerms(rowAt(row, fields, p), ctx, scratchA).exec;
  // Two varying fields multiply into a quadratic; collective times are not known to be affine.
  if (varying > 1 || row.kind === 'Sync') return stepRange(row, fields, ctx, p, q);
  const a = rowTerms(rowAt(row, fields, p), ctx, scratchA);
  const b = rowTerms(rowAt(row, fields, q), ctx, scratchB);
  // Sizes are monotone in the one varying field, so both ends bound the piece.
  if (!(a.largest < EXACT_LIMIT && b.largest < EXACT_LIMIT) || (a.macs === 0) !== (b.macs === 0)) return stepRange(row, fields, ctx, p, q);
  const m = p + Math.floor(n / 2);
  const mid = rowTerms(rowAt(row, fields, m), ctx, scratchM).exec;
  const predicted = maxAffineAt(a, b, p, q, m);
  if (!(Math.abs(mid - predicted) <= MIDPOINT_TOL * Math.abs(mid))) return stepRange(row, fields, ctx, p, q);
  return sumMaxAffine(p, q, [a.compute, a.memory, a.comm], [b.compute, b.memory, b.comm]);
}

/**
 * Σ_{T=from}^{to} of one row's time (seconds, exec as summarize() computes it) with its context fields
 * set per step. `extraCuts` are further T after which the caller knows the row changes piece.
 */
export function sumRowExec(row: OpRow, fields: readonly ContextField[], ctx: EvalContext, from: number, to: number, extraCuts: readonly number[] = []): number {
  if (to < from) return 0;
  const cuts = [from - 1, to];
  for (const f of fields) {
    if (f.slope === 0) continue;
    addCut(cuts, f, f.lo, from, to);
    addCut(cuts, f, f.hi, from, to);
  }
  for (const c of extraCuts) if (c >= from && c < to) cuts.push(c);
  sortAscending(cuts);
  let sum = 0;
  for (let i = 0; i + 1 < cuts.length; i++) {
    const p = cuts[i] + 1;
    const q = cuts[i + 1];
    if (p <= q) sum += sumPiece(row, fields, ctx, p, q);
  }
  return sum;
}

/**
 * Σ_{T=from}^{to} of the step latency (ms) of `rows`, whose row i has the context fields `fields[i]`
 * (null or empty: constant across steps). Equal to summing summarize(rows at T).latency per step within
 * float rounding; cost O(rows × pieces).
 */
export function sumStepLatencies(
  rows: readonly OpRow[],
  fields: readonly (readonly ContextField[] | null)[],
  ctx: EvalContext,
  from: number,
  to: number,
): number {
  if (to < from) return 0;
  const n = to - from + 1;
  // Constant rows: their contributions (ms × repeat multiplier) at any step; varying rows are re-summed.
  const { contrib, mult } = latencyContributions(rows, ctx);
  let total = 0;
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i];
    if (row.kind === 'Repeat' || row.kind === 'EndRepeat') continue;
    const f = fields[i];
    total += f === null || f.length === 0 ? contrib[i] * n : (sumRowExec(row, f, ctx, from, to) / 0.001) * mult[i];
  }
  return total;
}

/** Object.keys(o).length without building the array (the rows are compared thousands of times per scenario). */
function ownKeyCount(o: Record<string, unknown>): number {
  let n = 0;
  for (const k in o) if (Object.hasOwn(o, k)) n++;
  return n;
}

/**
 * Whether `b` equals `rowAt(a, fields, T)` (same own keys, each value ===), without building the copy:
 * `keys` are a's own keys; every field of `fields` is one of them.
 */
function matchesAt(a: OpRow, keys: readonly string[], fields: readonly ContextField[] | null, T: number, b: OpRow): boolean {
  if (a === b && fields === null) return true;
  const ra = a as unknown as Record<string, unknown>;
  const rb = b as unknown as Record<string, unknown>;
  if (ownKeyCount(rb) !== keys.length) return false;
  for (let j = 0; j < keys.length; j++) {
    const k = keys[j];
    let expected = ra[k];
    if (fields !== null) for (let f = 0; f < fields.length; f++) if (fields[f].field === k) expected = fieldValue(fields[f], T);
    if (expected !== rb[k]) return false;
  }
  return true;
}

/**
 * Finds the context fields of the rows `rowsAt(T)` builds for T in [from, to] (to − from ≥ 4), by
 * building them at a few T: each field that changes must be affine, clamp(T + c, lo, ∞),
 * clamp(T + c, −∞, hi) or clamp(T + c, lo, hi) (slopes other than 1 only unclamped). The guess is then
 * checked against the rows built at every probe and at each side of each breakpoint. Returns the rows at
 * `from` with their fields, or null when the rows change in any other way (the caller then steps).
 * Cost: about 6 + 2·(clamped fields) + log2(to − from) row builds.
 */
export function inferContextFields(rowsAt: (T: number) => OpRow[], from: number, to: number): { rows: OpRow[]; fields: (ContextField[] | null)[] } | null {
  const built = new Map<number, OpRow[]>();
  const at = (T: number): OpRow[] => {
    let r = built.get(T);
    if (r === undefined) {
      r = rowsAt(T);
      built.set(T, r);
    }
    return r;
  };
  const first = at(from);
  const second = at(from + 1);
  const penult = at(to - 1);
  const last = at(to);
  const midT = from + Math.floor((to - from) / 2);
  const middle = at(midT);
  const count = first.length;
  if (second.length !== count || penult.length !== count || last.length !== count || middle.length !== count) return null;
  const fields: (ContextField[] | null)[] = [];
  const rowKeys: string[][] = [];
  for (let i = 0; i < count; i++) {
    const a = first[i] as unknown as Record<string, unknown>;
    const ka = Object.keys(a);
    rowKeys.push(ka);
    const b0 = second[i] as unknown as Record<string, unknown>;
    const b1 = penult[i] as unknown as Record<string, unknown>;
    const b2 = last[i] as unknown as Record<string, unknown>;
    const b3 = middle[i] as unknown as Record<string, unknown>;
    const n = ka.length;
    if (
      (b0 !== a && ownKeyCount(b0) !== n) ||
      (b1 !== a && ownKeyCount(b1) !== n) ||
      (b2 !== a && ownKeyCount(b2) !== n) ||
      (b3 !== a && ownKeyCount(b3) !== n)
    )
      return null;
    // The keys that differ at any probe (their order does not matter: each becomes one field of the row).
    let keys: Set<string> | undefined;
    for (let j = 0; j < n; j++) {
      const k = ka[j];
      const v = a[k];
      if (v !== b0[k] || v !== b1[k] || v !== b2[k] || v !== b3[k]) {
        if (keys === undefined) keys = new Set<string>();
        keys.add(k);
      }
    }
    if (keys === undefined) {
      fields.push(null);
      continue;
    }
    const rowFields: ContextField[] = [];
    for (const k of keys) {
      const v = (T: number): number => {
        const x = (at(T)[i] as unknown as Record<string, unknown>)[k];
        return typeof x === 'number' && Number.isInteger(x) ? x : NaN;
      };
      const f1 = v(from);
      const s0 = v(from + 1) - f1;
      const fn = v(to);
      const s1 = fn - v(to - 1);
      if (!Number.isInteger(s0) || !Number.isInteger(s1)) return null;
      let f: ContextField;
      if (s0 === s1 && f1 + s0 * (to - from) === fn) {
        f = { field: k, offset: f1 - s0 * from, slope: s0, lo: -Infinity, hi: Infinity };
      } else if (s0 !== 0 && s1 === 0) {
        // Affine, then clamped from some step on (e.g. a window filling up, or the prompt part of a
        // window shrinking to make room for generated keys).
        const offset = f1 - s0 * from;
        f = s0 > 0 ? { field: k, offset, slope: s0, lo: -Infinity, hi: fn } : { field: k, offset, slope: s0, lo: fn, hi: Infinity };
      } else if (s0 === 0 && s1 !== 0) {
        // Clamped, then affine.
        const offset = fn - s1 * to;
        f = s1 > 0 ? { field: k, offset, slope: s1, lo: f1, hi: Infinity } : { field: k, offset, slope: s1, lo: -Infinity, hi: f1 };
      } else if (s0 === 0 && s1 === 0 && fn !== f1) {
        // Clamped at both ends: bisect for the first T past the first clamp; the slope is the step after it.
        let lo = from;
        let hi = to;
        while (hi - lo > 1) {
          const m = lo + Math.floor((hi - lo) / 2);
          if (v(m) !== f1) hi = m;
          else lo = m;
        }
        const slope = hi + 1 <= to && v(hi + 1) !== fn ? v(hi + 1) - v(hi) : fn - f1;
        if (slope === 0 || Math.sign(slope) !== Math.sign(fn - f1)) return null;
        const offset = v(hi) - slope * hi;
        f = slope > 0 ? { field: k, offset, slope, lo: f1, hi: fn } : { field: k, offset, slope, lo: fn, hi: f1 };
      } else {
        return null;
      }
      rowFields.push(f);
    }
    fields.push(rowFields);
  }
  // Check the description at every probe and on both sides of every breakpoint.
  const checkAt = new Set<number>([from, from + 1, midT, to - 1, to]);
  for (const rf of fields) {
    if (rf === null) continue;
    for (const f of rf) for (const c of fieldCuts(f, from, to)) for (const T of [c - 1, c, c + 1, c + 2]) if (T >= from && T <= to) checkAt.add(T);
  }
  // At the probes, the rows without fields were compared in full above (every key equal, same key count).
  const probes = new Set<number>([from, from + 1, midT, to - 1, to]);
  for (const T of checkAt) {
    const rows = at(T);
    if (rows.length !== count) return null;
    const probed = probes.has(T);
    for (let i = 0; i < count; i++) {
      const rf = fields[i];
      if (rf === null && probed) continue;
      if (!matchesAt(first[i], rowKeys[i], rf, T, rows[i])) return null;
    }
  }
  return { rows: first, fields };
}
