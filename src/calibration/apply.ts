/**
 * Calibrated figures of a simulated scenario, from the per-operator tables of the core passes the
 * simulation engine ran (so LoRA, unfused attention and every other row transform are included).
 */
import { type DecodeArgs, type DecodeRowsCache, type Fidelity, type OperatorTiming, decode, decodeStepPieces } from '../core/index.js';
import {
  type CalibrationParams,
  type DecodePiece,
  type PeakScale,
  type RequestFeatures,
  decodeLatencyMs,
  decodePieces,
  kvOvercommit,
  passFeatures,
  passLatencyMs,
} from './model.js';
import type { Band, SelectedProfile } from './profile.js';

export interface PassTables {
  /** Prefill pass (absent in decode-only mode). */
  prefill?: readonly OperatorTiming[];
  /** The core's arguments of a decode step (output_tokens is set per step; absent in prefill-only mode). */
  decodeArgs?: DecodeArgs;
  /** The core's table of the decode step at the full context (output_tokens = steps + 1), when the caller has it already. */
  peakTable?: readonly OperatorTiming[];
  /** The decode rows of `decodeArgs` by context, when the caller shares them (core DecodeRowsCache). */
  decodeRows?: DecodeRowsCache;
  /** The core's model the tables come from: GenZ's prefill counts the full score matrix (halved here). */
  fidelity: Fidelity;
  /** Decode steps after the first token: output_tokens − 1. */
  steps: number;
  layers: number;
  batch: number;
  beam: number;
  /** Per device, at the largest context; deviceMb Infinity when unbounded or when the scenario offloads. */
  weightsMb: number;
  kvMb: number;
  deviceMb: number;
  /** The core's times → times at the datasheet peaks (model.ts peakScale). */
  scale: PeakScale;
}

export interface CalibratedFigures {
  ttftMs: number | null;
  /**
   * Sum and count of the decode steps 1 … steps (null without decode): TPOT is their mean. The sum is
   * taken in closed form per affine piece and operator row (model.ts sumMaxAffine: each row's step time
   * is a maximum of two terms affine in T, summed exactly on either side of their crossover), so its cost
   * is O(pieces × rows), independent of the output length. `calibratedStepsMs` is the step-by-step oracle.
   */
  decodeSteps: { sumMs: number; count: number } | null;
  /** The step at the full context (output_tokens = steps + 1). */
  peakStepMs: number | null;
  /** How many times over the KV cache overcommits the engine's memory (1 when it fits). */
  kvOvercommit: number;
}

interface CalibratedSetup {
  pieces: DecodePiece[];
  features: RequestFeatures;
  waves: number;
}

function setup(t: PassTables, p: CalibrationParams): CalibratedSetup {
  // The decode steps 1 … steps and the peak step steps + 1, in pieces affine in T (model.ts decodePieces).
  const peak = t.steps + 1;
  const args = t.decodeArgs;
  const pieces = args
    ? decodePieces(
        (T) => (T === peak && t.peakTable ? t.peakTable : decode(Object.assign({}, args, { output_tokens: T }), t.decodeRows).timings()),
        decodeStepPieces(args, peak, t.decodeRows),
        t.layers,
        t.batch * t.beam,
        t.scale,
      )
    : [];
  const features: RequestFeatures = {
    prefill: t.prefill
      ? passFeatures(t.prefill, t.layers, t.batch, undefined, 1, t.fidelity === 'genz', t.scale)
      : { rows: [], layers: t.layers, sequences: t.batch },
    decode: pieces,
    steps: t.steps,
    exceedsMemory: false,
    weightsMb: t.weightsMb,
    kvMb: t.kvMb,
    deviceMb: t.deviceMb,
  };
  return { pieces, features, waves: kvOvercommit(features, p) };
}

export function calibratedFigures(t: PassTables, p: CalibrationParams): CalibratedFigures {
  const { pieces, features, waves } = setup(t, p);
  const ttftMs = t.prefill ? passLatencyMs(features.prefill, p) : null;
  if (!t.decodeArgs) return { ttftMs, decodeSteps: null, peakStepMs: null, kvOvercommit: waves };
  const peak = t.steps + 1;
  const sumMs = t.steps > 0 ? decodeLatencyMs(pieces, p, 1, t.steps, waves) : 0;
  return { ttftMs, decodeSteps: { sumMs, count: t.steps }, peakStepMs: decodeLatencyMs(pieces, p, peak, peak, waves), kvOvercommit: waves };
}

/**
 * The decode steps 1 … steps one at a time (ms each; null without decode): the oracle the closed-form
 * sum of `calibratedFigures` is tested against (O(steps × rows), not used by the simulation).
 */
export function calibratedStepsMs(t: PassTables, p: CalibrationParams): number[] | null {
  if (!t.decodeArgs) return null;
  const { pieces, waves } = setup(t, p);
  const out: number[] = [];
  for (let T = 1; T <= t.steps; T++) out.push(decodeLatencyMs(pieces, p, T, T, waves));
  return out;
}

/**
 * Calibrated latency of one chunked-prefill iteration (ms): a single forward pass whose prefill pieces
 * are many-query attention and GEMM rows and whose decode entries are one-query attention, timed like
 * any other pass; `sequences` counts the chunk's entries (per-sequence host work).
 */
export function calibratedChunkMs(
  table: readonly OperatorTiming[],
  layers: number,
  sequences: number,
  scale: PeakScale,
  fidelity: Fidelity,
  p: CalibrationParams,
): number {
  return passLatencyMs(passFeatures(table, layers, sequences, undefined, 1, fidelity === 'genz', scale), p);
}

/** Metrics whose band comes from the TTFT residuals; every other absolute latency or throughput uses E2E's. */
const TTFT_BANDED = new Set(['ttft_ms', 'prefill_throughput_tps']);
export const BANDED_METRICS = [
  'ttft_ms',
  'tpot_ms',
  'tpot_peak_ms',
  'e2e_ms',
  'prefill_throughput_tps',
  'decode_throughput_tps',
  'total_throughput_tps',
  'tokens_per_ms',
  'ms_per_token',
] as const;

/**
 * The band (a fraction: 0.14 = ±14 %) of every absolute metric, from the profile's cross-validated
 * residuals (a profile fitted on too few TTFT rows carries the pooled TTFT band of all profiles).
 */
export function metricBands(sel: SelectedProfile, genericBands: { e2e: Band | null; ttft: Band | null }): Readonly<Record<string, number>> {
  // One frozen object per pair of band sets (they belong to a loaded profile set): every scenario of a profile
  // carries the same bands, and reports keep them once (src/pipeline).
  let byGeneric = bandsMemo.get(sel.bands);
  if (byGeneric === undefined) {
    byGeneric = new WeakMap();
    bandsMemo.set(sel.bands, byGeneric);
  }
  const hit = byGeneric.get(genericBands);
  if (hit !== undefined) return hit;
  const e2e = sel.bands.e2e ?? genericBands.e2e;
  const ttft = sel.bands.ttft ?? genericBands.ttft ?? e2e;
  const out: Record<string, number> = {};
  for (const k of BANDED_METRICS) {
    const b = TTFT_BANDED.has(k) ? ttft : e2e;
    if (b) out[k] = b.p90;
  }
  const frozen = Object.freeze(out);
  byGeneric.set(genericBands, frozen);
  return frozen;
}

const bandsMemo = new WeakMap<object, WeakMap<object, Readonly<Record<string, number>>>>();
