/**
 * Calibrated timing of serving iterations (docs/serving.md "Calibration"): the calibrated model of
 * docs/calibration.md applied row by row, so that the iteration cost's families (body, head, prefill and
 * decode attention) can be timed by it exactly as they are by the raw roofline.
 *
 * A chunked pass's calibrated latency (apply.ts calibratedChunkMs: model.ts passFeatures, then
 * passLatencyMs with one step and one wave) is a sum over its operator rows of a per-row term, plus the
 * pass's fixed costs:
 *   row term = repeat × max(c·s_c / η_c, m·s_m / η_m)    (operators; η_c per row kind and tokens)
 *            = repeat × (t_coll + comm / η_link)          (collectives with a transfer)
 *   fixed    = (t_pass + t_layer · layers + t_seq · sequences) / 1000
 * calibratedRowMs() is the row term without the repeat, computed from the same roofline terms the
 * operator table is built from (evaluate.ts rowTerms) with the same float operations as passFeatures and
 * passLatencyMs, so each row's value is the one passLatencyMs adds; only the order of the additions
 * differs (a test checks the sum against calibratedChunkMs within 1e-9 relative).
 */
import type { EvalContext } from '../core/evaluate.js';
import { newRowTerms, rowTerms } from '../core/evaluate.js';
import type { OpRow } from '../core/operators.js';
import { type CalibrationParams, type PeakScale, computeEff } from '../calibration/model.js';
import { SERVING_LATENCY_KEYS } from './config.js';

/** What a serving run needs to time its iterations calibrated. */
export interface IterationCalibration {
  params: CalibrationParams;
  /** The scenario's precision: the datasheet peak the fractions refer to (model.ts peakScale). */
  precision: string;
}

/** A calibration with its peak scale resolved for the scenario's system. */
export interface ResolvedCalibration {
  params: CalibrationParams;
  /** The core's times → times at the datasheet peaks (model.ts peakScale). */
  scale: PeakScale;
}

const terms = newRowTerms();

/** The calibrated time of one operator row (ms, one repeat), as passLatencyMs counts it in a one-step pass. */
export function calibratedRowMs(row: OpRow, ctx: EvalContext, cal: ResolvedCalibration): number {
  if (row.kind === 'Repeat' || row.kind === 'EndRepeat') return 0;
  rowTerms(row, ctx, terms);
  const p = cal.params;
  if (row.kind === 'Sync') {
    const comm = terms.comm / 0.001;
    // A collective without transfer (one device) is not a row of the calibrated pass.
    return comm > 0 ? p.collective_us / 1000 + comm / p.eta_link : 0;
  }
  const c = terms.compute / 0.001;
  const m = terms.memory / 0.001;
  if (c === 0 && m === 0) return 0;
  const c0 = c * cal.scale.compute;
  const m0 = m * cal.scale.memory;
  if (row.kind === 'Logit' || row.kind === 'Attend' || row.kind === 'Softmax') {
    // Query rows of the attention: the sequences (beam-merged as the core sizes them) × query tokens.
    const b = row.beamMerge && ctx.beamMerge ? Math.trunc(ctx.batch / ctx.beamSize) : ctx.batch;
    const ec = row.M === 1 ? p.eta_attention : computeEff(p, b * row.M);
    return Math.max(c0 / ec, m0 / p.eta_memory);
  }
  const ec = computeEff(p, row.kind === 'GEMM' ? ctx.batch * row.N : Infinity);
  return Math.max(c0 / ec, m0 * (1 / p.eta_memory));
}

/** The fixed costs of one pass over `sequences` sequences (ms). */
export function passOverheadMs(p: CalibrationParams, layers: number, sequences: number): number {
  return (p.pass_us + p.layer_us * layers + p.seq_us * sequences) / 1000;
}

/** Serving metrics whose band comes from the profile's TTFT residuals; the other latencies and rates take E2E's. */
const SERVING_TTFT_BANDED = SERVING_LATENCY_KEYS.filter((k) => k.startsWith('ttft_'));
const SERVING_E2E_BANDED = [
  ...SERVING_LATENCY_KEYS.filter((k) => !k.startsWith('ttft_')),
  'request_throughput_rps',
  'output_throughput_tps',
  'goodput_rps',
  'max_rate_qps',
];

/**
 * Bands of the serving metrics (docs/serving.md "Calibration") from the static ones the profile gives:
 * TTFT percentiles carry the TTFT band (ttft_ms's), every other latency percentile, throughput, goodput
 * and max_rate_qps the E2E band (e2e_ms's). KV utilisation and preemptions carry none.
 */
export function servingBands(staticBands: Readonly<Record<string, number>>): Record<string, number> {
  const out: Record<string, number> = {};
  const ttft = staticBands.ttft_ms;
  const e2e = staticBands.e2e_ms;
  if (ttft !== undefined) for (const k of SERVING_TTFT_BANDED) out[k] = ttft;
  if (e2e !== undefined) for (const k of SERVING_E2E_BANDED) out[k] = e2e;
  return out;
}
