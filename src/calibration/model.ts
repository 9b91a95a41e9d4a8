/**
 * The calibrated latency model (docs/calibration.md). It re-times the core's per-operator table: each
 * operator runs at an achieved fraction of peak compute (lower for small GEMMs, which cannot fill the
 * machine) or of peak bandwidth, whichever is slower; each collective pays a fixed latency on top of its
 * transfer at an achieved link bandwidth; every forward pass pays a fixed overhead plus one per layer
 * (kernel launches, scheduling, sampling). The core is never changed: it supplies the operator table.
 */
import {
  type Fidelity,
  GenzError,
  type InferenceResult,
  type OperatorTiming,
  type System,
  type SystemSpec,
  decode,
  decodeStepPieces,
  prefill,
  presetSpec,
} from '../core/index.js';
import type { ModelRef } from '../core/index.js';

/** The physical parameters of one profile. */
export interface CalibrationParams {
  /** Achieved fraction of the precision's peak compute rate, for large GEMMs. */
  eta_compute: number;
  /** GEMM rows (tokens) at which half of eta_compute is reached: eff(n) = eta_compute · n / (n + n_half). */
  gemm_half_tokens: number;
  /** Achieved fraction of peak memory bandwidth. */
  eta_memory: number;
  /**
   * Achieved fraction of the precision's peak compute rate in decode attention: the score and weighted-sum
   * products of one query token per sequence against its cache are matrix–vector work (per key/value
   * head, as many rows as query heads share it), which paged-attention kernels run on the vector units or
   * in mostly empty tensor-core tiles. Prefill attention (flash attention: many query rows) runs as a GEMM.
   */
  eta_attention: number;
  /** Achieved fraction of the link bandwidth in collectives. */
  eta_link: number;
  /** Fixed latency of one collective, µs (launch, synchronisation, small-message protocol). */
  collective_us: number;
  /** Fixed cost of one forward pass (prefill or decode step), µs: scheduling, sampling, host work. */
  pass_us: number;
  /** Fixed cost per transformer layer per forward pass, µs (kernel launches of the layer). */
  layer_us: number;
  /** Cost per sequence per forward pass, µs: the engine's host work that grows with the batch (sampling, logits processing, scheduler bookkeeping). */
  seq_us: number;
  /**
   * Fraction of device memory the engine can give to weights and KV cache (its memory utilisation less
   * activations and workspace). When the batch's KV cache needs more, the engine cannot keep every
   * sequence resident and decodes them in turns: decode time grows by the overcommit ratio.
   */
  memory_fraction: number;
}

export const PARAM_KEYS = [
  'eta_compute',
  'gemm_half_tokens',
  'eta_memory',
  'eta_attention',
  'eta_link',
  'collective_us',
  'pass_us',
  'layer_us',
  'seq_us',
  'memory_fraction',
] as const satisfies readonly (keyof CalibrationParams)[];
/** Fractions are at most 1 (the preset's peak); the rest are positive without an upper bound. */
export const PARAM_MAX: Readonly<Record<keyof CalibrationParams, number>> = {
  eta_compute: 1,
  gemm_half_tokens: 1e6,
  eta_memory: 1,
  eta_attention: 1,
  eta_link: 1,
  collective_us: 1e4,
  pass_us: 1e6,
  layer_us: 1e4,
  seq_us: 1e5,
  memory_fraction: 1,
};

/** One operator row of a pass, as the calibrated model needs it; times in ms, affine in the step T. */
export interface RowFeature {
  sync: boolean;
  /** Attention rows (Logit, Attend, Softmax). */
  attention: boolean;
  /** Attention of a single query token per sequence (decode): timed at eta_attention of the peak. */
  decodeAttention: boolean;
  /** Compute and memory time at peak (system_eff = 1): c0 + c1·T, m0 + m1·T. */
  c0: number;
  c1: number;
  m0: number;
  m1: number;
  /** Collective time as the core counts it (sync rows). */
  comm: number;
  /** Rows of the GEMM's activation (tokens) that set its achievable compute fraction. */
  tokens: number;
  /** How many times the row counts (layers). */
  mult: number;
}

export interface PassFeatures {
  rows: RowFeature[];
  layers: number;
  /** Sequences in the pass (batch × beams). */
  sequences: number;
}

/** The core's operator tables of a request, reduced to what the calibrated model reads. */
export interface RequestFeatures {
  prefill: PassFeatures;
  /** Decode steps 1 … steps, in pieces affine in T. */
  decode: DecodePiece[];
  steps: number;
  /** True when the core's memory count says the request does not fit (timed as if it did). */
  exceedsMemory: boolean;
  /** Per device at the largest context: weights and KV cache (MB) and the device's memory (MB, Infinity when unbounded). */
  weightsMb: number;
  kvMb: number;
  deviceMb: number;
}

/** Query tokens per sequence of an attention row (its query operand's third dimension). */
function queryLength(rec: OperatorTiming): number {
  const d = rec.Dimension as unknown;
  if (!Array.isArray(d)) return Infinity;
  const q = (rec['Op Type'] === 'Attend' ? d[2] : d[0]) as number[];
  return Array.isArray(q) && q.length === 4 ? q[2] : Infinity;
}

function tokensOf(rec: OperatorTiming): number {
  const d = rec.Dimension as unknown;
  if (!Array.isArray(d)) return Infinity;
  if (rec['Op Type'] === 'GEMM') {
    const a = (d as number[][][])[0]?.[0];
    return Array.isArray(a) ? a[0] * a[1] : Infinity;
  }
  if (rec['Op Type'] === 'Logit' || rec['Op Type'] === 'Attend' || rec['Op Type'] === 'Softmax') {
    const q = (rec['Op Type'] === 'Attend' ? d[2] : d[0]) as number[];
    return Array.isArray(q) ? q[0] * q[2] : Infinity;
  }
  return Infinity;
}

/**
 * Pass features from one operator table, or from two (steps `firstStep` and `firstStep + span`) for a
 * piece of decode steps on which every row is affine in T. `causal`: the pass is a prefill whose
 * attention the core counts over the full score matrix (GenZ fidelity); causal kernels compute only the
 * lower triangle, so the attention compute is halved there (the corrected fidelity counts causal pairs).
 */
export function passFeatures(
  first: readonly OperatorTiming[],
  layers: number,
  sequences: number,
  last?: readonly OperatorTiming[],
  span = 1,
  causal = false,
  scale: PeakScale = UNSCALED,
  firstStep = 1,
): PassFeatures {
  const rows: RowFeature[] = [];
  first.forEach((rec, i) => {
    if (rec.Repeat === 0) return; // repeat markers
    const comm = rec['Communication time (msec)'];
    const c = rec['Compute time (msec)'];
    const m = rec['Memory time (msec)'];
    if (rec['Op Type'] === 'Sync') {
      if (comm > 0) rows.push({ sync: true, attention: false, decodeAttention: false, c0: 0, c1: 0, m0: 0, m1: 0, comm, tokens: Infinity, mult: rec.Repeat });
      return;
    }
    let c1 = 0;
    let m1 = 0;
    if (last && span > 0) {
      const l = last[i];
      c1 = (l['Compute time (msec)'] - c) / span;
      m1 = (l['Memory time (msec)'] - m) / span;
    }
    if (c === 0 && m === 0 && c1 === 0 && m1 === 0) return;
    // The intercept is the value at T = 0.
    const kind = rec['Op Type'];
    const attention = kind === 'Logit' || kind === 'Attend' || kind === 'Softmax';
    const decodeAttention = attention && queryLength(rec) === 1;
    const cf = (causal && attention && !decodeAttention ? 0.5 : 1) * scale.compute;
    const mf = scale.memory;
    rows.push({
      sync: false,
      attention,
      decodeAttention,
      c0: (c - c1 * firstStep) * cf,
      c1: c1 * cf,
      m0: (m - m1 * firstStep) * mf,
      m1: m1 * mf,
      comm: 0,
      tokens: tokensOf(rec),
      mult: rec.Repeat,
    });
  });
  return { rows, layers, sequences };
}

/** Decode steps lo … hi, on which every operator row is affine in the step T. */
export interface DecodePiece {
  lo: number;
  hi: number;
  features: PassFeatures;
}

/**
 * The decode steps 1 … steps as affine pieces: the core splits them where a context field changes
 * piece (a sliding window fills up, the prompt part of a window shrinks; core decodeStepPieces, the
 * closed-form machinery of context-sum.ts), and each piece is read from the core's tables at its two
 * ends, so a windowed or hybrid model is summed exactly, not extrapolated from the first piece.
 */
export function decodePieces(
  tableAt: (T: number) => readonly OperatorTiming[],
  ends: readonly number[],
  layers: number,
  sequences: number,
  scale: PeakScale,
): DecodePiece[] {
  const pieces: DecodePiece[] = [];
  const tables = new Map<number, readonly OperatorTiming[]>();
  const at = (T: number): readonly OperatorTiming[] => {
    let t = tables.get(T);
    if (t === undefined) {
      t = tableAt(T);
      tables.set(T, t);
    }
    return t;
  };
  // A row whose work is zero at one end of a piece only (a window's prompt part shrinking to nothing) is
  // not on the affine line there (the core's zero-work rule): that end step becomes its own piece.
  const zero = (t: readonly OperatorTiming[], i: number): boolean =>
    t[i]['Op Type'] !== 'Sync' && t[i]['Compute time (msec)'] === 0 && t[i]['Memory time (msec)'] === 0;
  const add = (lo: number, hi: number): void => {
    const first = at(lo);
    if (hi > lo) {
      const last = at(hi);
      const n = Math.min(first.length, last.length);
      for (let i = 0; i < n; i++) {
        if (zero(first, i) === zero(last, i)) continue;
        if (zero(last, i)) {
          add(lo, hi - 1);
          add(hi, hi);
        } else {
          add(lo, lo);
          add(lo + 1, hi);
        }
        return;
      }
    }
    pieces.push({ lo, hi, features: passFeatures(first, layers, sequences, hi > lo ? at(hi) : undefined, hi - lo, false, scale, lo) });
  };
  let lo = 1;
  for (const hi of ends) {
    add(lo, hi);
    lo = hi + 1;
  }
  return pieces;
}

/** Σ of decode steps lo … hi (ms) over the pieces. */
export function decodeLatencyMs(pieces: readonly DecodePiece[], p: CalibrationParams, lo: number, hi: number, waves = 1): number {
  let total = 0;
  for (const q of pieces) {
    const a = Math.max(lo, q.lo);
    const b = Math.min(hi, q.hi);
    if (a <= b) total += passLatencyMs(q.features, p, a, b, waves);
  }
  return total;
}

/**
 * Factors that turn the core's compute and memory times into times at the device's datasheet peaks:
 * the calibrated fractions are fractions of what the part can really do at that precision (e.g. no fp8
 * tensor rate on A100, so fp8 computes at the bf16 rate; GenZ's GH200 preset counts the sparse rate).
 */
export interface PeakScale {
  compute: number;
  memory: number;
}
export const UNSCALED: PeakScale = Object.freeze({ compute: 1, memory: 1 });

/** Lower precisions without a native datasheet rate run at the 16-bit rate. */
const FALLBACK_RATE: Readonly<Record<string, string>> = { fp8: 'bf16', int8: 'bf16', fp6: 'bf16', fp4: 'fp8', int4: 'int8', int2: 'int8' };

export function peakScale(system: System, precision: string, offloaded = false): PeakScale {
  const peaks = system.peakFlopsByPrecision;
  let compute = 1;
  if (peaks) {
    let p: string | undefined = precision;
    while (p !== undefined && peaks[p] === undefined) p = FALLBACK_RATE[p];
    if (p !== undefined && peaks[p] > 0) {
      // Core: macs × computeMultiplier / opPerSec (opPerSec = flops / 2); datasheet: 2 × macs / peak.
      compute = (2 * system.opPerSec) / (system.computeMultiplier * peaks[p]);
    }
  }
  const memory = !offloaded && system.memoryBwDatasheet ? system.offchipBw / system.memoryBwDatasheet : 1;
  return { compute, memory };
}

export interface RequestArgs {
  model: ModelRef;
  hardware: string | SystemSpec;
  precision: string;
  tp: number;
  pp?: number;
  ep?: number;
  batch: number;
  inputTokens: number;
  outputTokens: number;
  beam?: number;
  /** The core's model the tables come from (default corrected, the model scenarios run). */
  fidelity?: Fidelity;
}

function unbounded(hardware: string | SystemSpec): SystemSpec {
  const spec = typeof hardware === 'string' ? presetSpec(hardware) : hardware;
  return { ...spec, off_chip_mem_size: null, system_name: typeof hardware === 'string' ? hardware : (spec?.system_name ?? 'custom system') };
}

/**
 * Features of a static batch (prefill, then output − 1 decode steps), from the core's operator tables.
 * A request the core says does not fit is timed on the same hardware without the memory limit (the
 * benchmarks ran such configurations; the engine paged or recomputed, which this model does not see).
 */
export function requestFeatures(a: RequestArgs): RequestFeatures {
  const fidelity = a.fidelity ?? 'corrected';
  const common = {
    model: a.model,
    bits: a.precision,
    tensor_parallel: a.tp,
    pipeline_parallel: a.pp ?? 1,
    expert_parallel: a.ep ?? 1,
    batch_size: a.batch,
    input_tokens: a.inputTokens,
    fidelity,
  };
  const steps = Math.max(a.outputTokens - 1, 0);
  const run = (system: string | SystemSpec): Omit<RequestFeatures, 'weightsMb' | 'kvMb' | 'deviceMb'> & { mem: InferenceResult } => {
    const p = prefill({ ...common, system_name: system });
    const layers = p.model.numLayers;
    const scale = peakScale(p.system, a.precision);
    const pre = passFeatures(p.timings(), layers, a.batch, undefined, 1, fidelity === 'genz', scale);
    if (steps === 0) return { prefill: pre, decode: [], steps, exceedsMemory: false, mem: p };
    const decodeArgs = { ...common, system_name: system, Bb: a.beam ?? 1 };
    const last = decode({ ...decodeArgs, output_tokens: steps });
    const tableAt = (T: number): readonly OperatorTiming[] => (T === steps ? last : decode({ ...decodeArgs, output_tokens: T })).timings();
    const pieces = decodePieces(tableAt, decodeStepPieces(decodeArgs, steps), layers, a.batch * (a.beam ?? 1), scale);
    return { prefill: pre, decode: pieces, steps, exceedsMemory: false, mem: last };
  };
  const finish = (r: ReturnType<typeof run>, exceeds: boolean, deviceMb: number): RequestFeatures => {
    const pp = a.pp ?? 1;
    const { mem, ...rest } = r;
    return { ...rest, exceedsMemory: exceeds, weightsMb: mem.fitWeightsMb / pp, kvMb: mem.fitKvCacheMb / pp, deviceMb };
  };
  try {
    const r = run(a.hardware);
    return finish(r, false, r.mem.deviceMemoryMb);
  } catch (e) {
    if (!(e instanceof GenzError) || e.kind !== 'does_not_fit') throw e;
    return finish(run(unbounded(a.hardware)), true, (e.details as { deviceMemoryMb: number }).deviceMemoryMb);
  }
}

/** Achieved compute fraction of a row of `tokens` activation rows. */
export function computeEff(p: CalibrationParams, tokens: number): number {
  return tokens === Infinity ? p.eta_compute : (p.eta_compute * tokens) / (tokens + p.gemm_half_tokens);
}

/** Σ_{T=lo}^{hi} max(a0 + a1·T, b0 + b1·T), exactly (the maximum of two affine functions). */
export function sumMaxAffine(a0: number, a1: number, b0: number, b1: number, lo: number, hi: number): number {
  if (hi < lo) return 0;
  const sumAff = (x0: number, x1: number, from: number, to: number): number =>
    to < from ? 0 : x0 * (to - from + 1) + (x1 * (from + to) * (to - from + 1)) / 2;
  const d0 = a0 - b0;
  const d1 = a1 - b1;
  if (d1 === 0) return d0 >= 0 ? sumAff(a0, a1, lo, hi) : sumAff(b0, b1, lo, hi);
  // a ≥ b where d0 + d1·T ≥ 0.
  const cross = -d0 / d1;
  if (d1 > 0) {
    const first = Math.min(Math.max(Math.ceil(cross), lo), hi + 1);
    return sumAff(b0, b1, lo, first - 1) + sumAff(a0, a1, first, hi);
  }
  const lastA = Math.max(Math.min(Math.floor(cross), hi), lo - 1);
  return sumAff(a0, a1, lo, lastA) + sumAff(b0, b1, lastA + 1, hi);
}

/**
 * Sum of a pass's latency over steps lo … hi (ms); a prefill pass is the single step lo = hi = 0.
 * `waves` > 1: the batch runs in that many turns (KV cache overcommitted): each turn reads the weights
 * and pays the fixed costs again, while attention, per-sequence work and total compute stay the same.
 */
export function passLatencyMs(f: PassFeatures, p: CalibrationParams, lo = 0, hi = 0, waves = 1): number {
  if (hi < lo) return 0;
  const n = hi - lo + 1;
  let total = 0;
  const em = p.eta_memory;
  const collMs = p.collective_us / 1000;
  for (const r of f.rows) {
    if (r.sync) {
      total += r.mult * n * (waves * collMs + r.comm / p.eta_link);
      continue;
    }
    if (r.attention) {
      // Attention reads the cache at the achieved bandwidth; its compute runs at the decode-attention
      // fraction (one query token) or as a GEMM of its query rows (prefill).
      const ec = r.decodeAttention ? p.eta_attention : computeEff(p, r.tokens);
      if (r.c1 === 0 && r.m1 === 0) total += r.mult * n * Math.max(r.c0 / ec, r.m0 / em);
      else total += r.mult * sumMaxAffine(r.c0 / ec, r.c1 / ec, r.m0 / em, r.m1 / em, lo, hi);
      continue;
    }
    const ec = computeEff(p, r.tokens / waves);
    const wm = waves / em;
    if (r.c1 === 0 && r.m1 === 0) total += r.mult * n * Math.max(r.c0 / ec, r.m0 * wm);
    else total += r.mult * sumMaxAffine(r.c0 / ec, r.c1 / ec, r.m0 * wm, r.m1 * wm, lo, hi);
  }
  return total + (n * (waves * (p.pass_us + p.layer_us * f.layers) + p.seq_us * f.sequences)) / 1000;
}

export interface RequestPrediction {
  ttftMs: number;
  /** Sum of the decode steps 1 … steps, ms. */
  decodeMs: number;
  steps: number;
  e2eMs: number;
  /** Mean decode step (null without decode steps). */
  tpotMs: number | null;
}

/** How many times over the batch's KV cache overcommits the memory the engine has for it (≥ 1). */
export function kvOvercommit(f: RequestFeatures, p: CalibrationParams): number {
  if (!Number.isFinite(f.deviceMb) || f.kvMb <= 0) return 1;
  // At least 5 % of the device is left for KV cache, so a request whose weights alone overflow stays finite.
  const room = Math.max(p.memory_fraction * f.deviceMb - f.weightsMb, 0.05 * f.deviceMb);
  return Math.max(1, f.kvMb / room);
}

export function predictRequest(f: RequestFeatures, p: CalibrationParams): RequestPrediction {
  const ttftMs = passLatencyMs(f.prefill, p);
  const decodeMs = f.steps > 0 ? decodeLatencyMs(f.decode, p, 1, f.steps, kvOvercommit(f, p)) : 0;
  return { ttftMs, decodeMs, steps: f.steps, e2eMs: ttftMs + decodeMs, tpotMs: f.steps > 0 ? decodeMs / f.steps : null };
}

/** The raw roofline's figures from the same features (η = 1, no overheads, the core's collectives). */
export const ROOFLINE: CalibrationParams = Object.freeze({
  eta_compute: 1,
  gemm_half_tokens: 0,
  eta_memory: 1,
  eta_attention: 1,
  eta_link: 1,
  collective_us: 0,
  pass_us: 0,
  layer_us: 0,
  seq_us: 0,
  memory_fraction: Infinity,
});
