/**
 * Iteration latency of a mixed batch (docs/serving.md "Iteration latency"): one forward pass over
 * prefill chunks and decode tokens, as the core's chunked-prefill model (corrected fidelity) times it,
 * without running the core per iteration.
 *
 * The chunked pass's rows split into four families whose times add up to the pass's latency:
 *  - the body: every row that depends only on the iteration's token count (projections, FFN, experts,
 *    collectives, embeddings, Mamba), a function body(tokens);
 *  - the head: the LM head rows, a function of the sequences that sample (logits);
 *  - the prefill attention of each chunk (keys after p cached tokens, n new ones): prefillAttention(p, n);
 *  - the decode attention of each decoding sequence at its context: decodeAttention(context).
 * body, head and decodeAttention are single-variable families whose row fields are affine in the
 * variable up to window clamps: the core's inferContextFields finds and checks those fields, and values
 * are cached in tables, filled on first use. prefillAttention has a quadratic field (the causal pairs):
 * its rows are rebuilt from a template by substitution (checked against the builder at several shapes
 * when the model is set up), cached per (p, n). Storage rows carry no time.
 *
 * The sum is the chunked pass's latency up to float rounding (the order of additions differs); a test
 * compares it with the core's chunked() on random batches.
 */
import { inferContextFields, rowAt, type ContextField } from '../core/context-sum.js';
import { type EvalContext, latencyContributions, memoryTotals, operatorTable, rowLatencyMs, summarize } from '../core/evaluate.js';
import { calibratedChunkMs } from '../calibration/apply.js';
import { type ChunkedPassBuilder, type CommonArgs, chunkedPassBuilder } from '../core/inference.js';
import { causalPairs } from '../core/layered.js';
import type { OpRow } from '../core/operators.js';
import { type IterationCalibration, type ResolvedCalibration, calibratedRowMs, passOverheadMs } from './calibrated.js';
import { peakScale } from '../calibration/model.js';

const PREFILL_ENTRY = new Set(['KV up', 'Logit Pre', 'Attend Pre', 'Softmax Pre']);
const DECODE_ENTRY = new Set(['Logit Dec', 'Attend Dec', 'Softmax Dec']);
const HEAD = new Set(['classifier', 'classifier_AG']);
const isMarker = (r: OpRow): boolean => r.kind === 'Repeat' || r.kind === 'EndRepeat';

/** Time of one row (ms, one repeat): the raw roofline's or the calibrated model's. */
type RowTime = (row: OpRow) => number;

/** A function of one integer variable on [1, max], cached in a table. */
class Family {
  private readonly table: Float64Array;
  private readonly value: (x: number) => number;
  constructor(
    private readonly time: RowTime,
    ctx: EvalContext,
    rowsAt: (x: number) => OpRow[],
    readonly max: number,
  ) {
    this.table = new Float64Array(max + 1).fill(Number.NaN);
    const found = max >= 6 ? inferContextFields(rowsAt, 1, max) : null;
    if (found === null) {
      // Rows that change other than by affine/clamped fields: evaluate the built rows per value.
      this.value = (x) => sumRows(rowsAt(x), ctx, time);
      return;
    }
    const { rows, fields } = found;
    const { mult } = latencyContributions(rows, ctx);
    let constant = 0;
    const varying: { row: OpRow; fields: ContextField[]; mult: number }[] = [];
    rows.forEach((row, i) => {
      if (isMarker(row)) return;
      const f = fields[i];
      if (f === null) constant += time(row) * mult[i];
      else varying.push({ row, fields: f, mult: mult[i] });
    });
    this.value = (x) => {
      let s = constant;
      for (const v of varying) s += this.time(rowAt(v.row, v.fields, x)) * v.mult;
      return s;
    };
  }
  at(x: number): number {
    if (x > this.max) return this.value(x);
    let v = this.table[x];
    if (Number.isNaN(v)) {
      v = this.value(x);
      this.table[x] = v;
    }
    return v;
  }
}

function sumRows(rows: readonly OpRow[], ctx: EvalContext, time: RowTime): number {
  const { mult } = latencyContributions(rows, ctx);
  let s = 0;
  for (let i = 0; i < rows.length; i++) if (!isMarker(rows[i])) s += time(rows[i]) * mult[i];
  return s;
}

/** Sentinels of the prefill template: no model dimension or window equals them. */
const P0 = 3;
const N0 = 4_194_319;

type Sub = { field: string; kind: 'n' | 'keys' | 'pairs' | 'end' }[];

export interface CostLimits {
  /** Largest token count of an iteration. */
  maxTokens: number;
  /** Largest number of sequences in an iteration. */
  maxSeqs: number;
  /** Largest context of a sequence. */
  maxContext: number;
}

export class IterationCost {
  readonly builder: ChunkedPassBuilder;
  private readonly body: Family;
  private readonly head: Family;
  private readonly decode: Family;
  private readonly pre = new Map<number, number>();
  private readonly preRows: { row: OpRow; mult: number; w: number | null; subs: Sub }[] | null;
  /** Weights per device (MB, all pipeline stages) and KV per token and per sequence (MB, all stages). */
  readonly weightsMb: number;
  readonly kvPerTokenMb: number;
  readonly kvPerSeqMb: number;
  readonly deviceMb: number;
  /** The calibration the iterations are timed with (null: the raw roofline). */
  readonly calibration: ResolvedCalibration | null;
  private readonly time: RowTime;
  /** Layers of the model (the calibrated pass's per-layer cost). */
  private readonly layers: number;

  constructor(args: CommonArgs, limits: CostLimits, calibration: IterationCalibration | null = null) {
    const b = chunkedPassBuilder(args);
    this.builder = b;
    const { ctx } = b;
    const cal = calibration === null ? null : { params: calibration.params, scale: peakScale(b.system, calibration.precision) };
    this.calibration = cal;
    this.layers = b.model.numLayers;
    this.time = cal === null ? (row) => rowLatencyMs(row, ctx) : (row) => calibratedRowMs(row, ctx, cal);
    const keep = (names: Set<string>) => (rows: OpRow[]) => rows.filter((r) => isMarker(r) || names.has(r.name));
    const bodyRows = (rows: OpRow[]) => rows.filter((r) => isMarker(r) || !(PREFILL_ENTRY.has(r.name) || DECODE_ENTRY.has(r.name) || HEAD.has(r.name)));
    this.body = new Family(this.time, ctx, (x) => bodyRows(b.rows([[0, x]], [])), Math.max(limits.maxTokens, 8));
    this.head = new Family(this.time, ctx, (x) => keep(HEAD)(b.rows([], new Array<number>(x).fill(1))), Math.max(limits.maxSeqs, 8));
    this.decode = new Family(this.time, ctx, (x) => keep(DECODE_ENTRY)(b.rows([], [x])), Math.max(limits.maxContext, 8));
    this.preRows = this.prefillTemplate(keep(PREFILL_ENTRY));
    // Memory: weights, and the cache of one sequence at 1 and 2 tokens (per-token slope and fixed state).
    const m1 = memoryTotals(b.rows([[0, 1]], []), ctx);
    const m2 = memoryTotals(b.rows([[0, 2]], []), ctx);
    this.weightsMb = m1.weightsMb;
    this.kvPerTokenMb = m2.kvCacheMb - m1.kvCacheMb;
    this.kvPerSeqMb = Math.max(0, m1.kvCacheMb - this.kvPerTokenMb);
    this.deviceMb = b.system.offChipMemBytes / (1024 * 1024);
  }

  /** Rows of one prefill entry as substitutions into a template, or null when the builder's rows do not follow it. */
  private prefillTemplate(filter: (rows: OpRow[]) => OpRow[]): { row: OpRow; mult: number; w: number | null; subs: Sub }[] | null {
    const b = this.builder;
    const rows = filter(b.rows([[P0, N0]], []));
    const { mult } = latencyContributions(rows, b.ctx);
    const out: { row: OpRow; mult: number; w: number | null; subs: Sub }[] = [];
    rows.forEach((row, i) => {
      if (isMarker(row)) return;
      const rec = row as unknown as Record<string, unknown>;
      const keys = typeof rec.N === 'number' ? rec.N : P0 + N0;
      const w = keys === P0 + N0 ? null : keys;
      const subs: Sub = [];
      for (const [k, v] of Object.entries(rec)) {
        if (typeof v !== 'number') continue;
        if (k === 'pairs') subs.push({ field: k, kind: 'pairs' });
        else if (v === N0) subs.push({ field: k, kind: 'n' });
        else if (v === P0 + N0) subs.push({ field: k, kind: 'end' });
        else if (k === 'N' && w !== null && v === w) subs.push({ field: k, kind: 'keys' });
      }
      out.push({ row, mult: mult[i], w, subs });
    });
    // Check the substitution against the builder, across window edges.
    const windows = [...new Set(out.map((r) => r.w).filter((w): w is number => w !== null))];
    const shapes: [number, number][] = [
      [0, 1],
      [0, 777],
      [129, 64],
      [5000, 3],
    ];
    for (const w of windows) shapes.push([Math.max(0, w - 10), 20], [w + 5, 7], [0, w + 1]);
    for (const [p, n] of shapes) {
      const built = filter(b.rows([[p, n]], [])).filter((r) => !isMarker(r));
      if (built.length !== out.length) return null;
      for (let i = 0; i < built.length; i++) if (!sameRow(substitute(out[i], p, n), built[i])) return null;
    }
    return out;
  }

  /** Body rows at `tokens` tokens in the iteration (ms). */
  bodyMs(tokens: number): number {
    return this.body.at(tokens);
  }
  /**
   * LM head rows for `logits` sequences in the iteration (ms); calibrated, with the pass's fixed costs
   * (per pass, per layer and per sequence: they depend on the same count).
   */
  headMs(logits: number): number {
    const p = this.calibration?.params;
    return p === undefined ? this.head.at(logits) : this.head.at(logits) + passOverheadMs(p, this.layers, logits);
  }
  /** Attention of one decoding sequence whose new token sees `context` keys (ms). */
  decodeAttentionMs(context: number): number {
    return this.decode.at(context);
  }
  /** Attention of one prefill chunk of n tokens after p cached ones (ms). */
  prefillAttentionMs(p: number, n: number): number {
    const key = p * 16_777_259 + n;
    let v = this.pre.get(key);
    if (v === undefined) {
      if (this.preRows !== null) {
        v = 0;
        for (const r of this.preRows) v += this.time(substitute(r, p, n)) * r.mult;
      } else {
        v = sumRows(
          this.builder.rows([[p, n]], []).filter((r) => isMarker(r) || PREFILL_ENTRY.has(r.name)),
          this.builder.ctx,
          this.time,
        );
      }
      if (this.pre.size > 1_000_000) this.pre.clear();
      this.pre.set(key, v);
    }
    return v;
  }

  /** Latency (ms) of one iteration, computed from the parts (for tests: the core's own evaluation is `coreMs`). */
  iterationMs(prefill: readonly [number, number][], decodeContexts: readonly number[]): number {
    let tokens = decodeContexts.length;
    let ms = 0;
    for (const [p, n] of prefill) {
      tokens += n;
      ms += this.prefillAttentionMs(p, n);
    }
    for (const c of decodeContexts) ms += this.decodeAttentionMs(c);
    return this.bodyMs(tokens) + this.headMs(prefill.length + decodeContexts.length) + ms;
  }

  /**
   * The same iteration timed in full (for tests): the core's chunked pass, or with a calibration its
   * operator table timed by the calibrated model (apply.ts calibratedChunkMs).
   */
  coreMs(prefill: readonly [number, number][], decodeContexts: readonly number[]): number {
    const rows = this.builder.rows(prefill, decodeContexts);
    const cal = this.calibration;
    if (cal === null) return summarize(rows, this.builder.ctx).summary['Latency (msec)'];
    const table = operatorTable(rows, this.builder.ctx);
    return calibratedChunkMs(table, this.layers, prefill.length + decodeContexts.length, cal.scale, 'corrected', cal.params);
  }
}

function substitute(t: { row: OpRow; w: number | null; subs: Sub }, p: number, n: number): OpRow {
  const copy = { ...t.row } as unknown as Record<string, unknown>;
  const end = p + n;
  const keys = t.w === null ? end : Math.min(end, t.w);
  for (const s of t.subs) {
    copy[s.field] = s.kind === 'n' ? n : s.kind === 'end' ? end : s.kind === 'keys' ? keys : causalPairs(p, n, t.w);
  }
  return copy as unknown as OpRow;
}

function sameRow(a: OpRow, b: OpRow): boolean {
  const x = a as unknown as Record<string, unknown>;
  const y = b as unknown as Record<string, unknown>;
  const ka = Object.keys(x);
  if (ka.length !== Object.keys(y).length) return false;
  for (const k of ka) if (x[k] !== y[k]) return false;
  return true;
}
