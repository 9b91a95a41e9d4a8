/**
 * One serving scenario end to end (docs/serving.md): the KV capacity from the device memory, the
 * requests from the seed, the scheduler run, the metrics, and the max-rate search.
 */
import type { CommonArgs } from '../core/inference.js';
import type { IterationCalibration } from './calibrated.js';
import { IterationCost } from './cost.js';
import { type KvCapacity, runScheduler } from './scheduler.js';
import { type ServingStats, percentilesHold, servingStats } from './stats.js';
import type { ServingConfig } from './types.js';
import { type Requests, drawRequests, maxLength, poissonArrivals, unitGaps } from './workload.js';

/** A serving configuration the hardware cannot run (not enough memory for one request): an input error. */
export class ServingInputError extends Error {
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(message);
  }
}

export interface KvFigures {
  /** KV blocks and tokens the cache holds (null: the hardware states no memory size). */
  blocks: number | null;
  tokens: number | null;
  /** Memory per device (GB = 2^30 bytes): weights, KV cache and the reserve. */
  weightsGb: number;
  kvCacheGb: number | null;
  reserveGb: number | null;
}

export interface ServingResult {
  stats: ServingStats;
  /** The highest Poisson rate at which every percentile SLO holds; null when not searched. */
  maxRateQps: number | null;
  /** Rates the search tried and whether each held (latency-vs-load curve). */
  curve: { rateQps: number; ttftP99Ms: number | null; tpotP99Ms: number | null; holds: boolean }[];
  kv: KvFigures;
}

const MB_PER_GB = 1024;

/** KV blocks from device memory − weights − reserve (docs/serving.md "KV cache"). */
export function kvCapacity(cost: IterationCost, cfg: ServingConfig, pp: number): { cap: KvCapacity; fig: KvFigures } {
  const s = cfg.scheduler;
  const weightsGb = cost.weightsMb / pp / MB_PER_GB;
  if (!Number.isFinite(cost.deviceMb)) {
    return {
      cap: { blocks: Number.POSITIVE_INFINITY, fixedBlocksPerSeq: 0 },
      fig: { blocks: null, tokens: null, weightsGb, kvCacheGb: null, reserveGb: null },
    };
  }
  const free = cost.deviceMb - cost.weightsMb / pp;
  const reserveMb = s.free_memory_fraction !== undefined ? free * (1 - s.free_memory_fraction) : cost.deviceMb * (1 - s.memory_utilization);
  const kvMbPerDevice = cost.deviceMb - reserveMb - cost.weightsMb / pp;
  if (!(kvMbPerDevice > 0)) {
    throw new ServingInputError(
      'serving.scheduler.memory_utilization',
      `no memory left for the KV cache: the device has ${(cost.deviceMb / MB_PER_GB).toFixed(2)} GB, the weights take ${weightsGb.toFixed(2)} GB per device and the reserve ${(reserveMb / MB_PER_GB).toFixed(2)} GB; add tensor or pipeline parallelism, a smaller precision, or raise memory_utilization`,
    );
  }
  const perTokenMb = cost.kvPerTokenMb / pp;
  const blockMb = perTokenMb * s.block_size;
  const blocks = blockMb > 0 ? Math.floor(kvMbPerDevice / blockMb) : Number.POSITIVE_INFINITY;
  const fixed = blockMb > 0 ? Math.ceil(cost.kvPerSeqMb / pp / blockMb) : 0;
  return {
    cap: { blocks, fixedBlocksPerSeq: fixed },
    fig: {
      blocks: Number.isFinite(blocks) ? blocks : null,
      tokens: Number.isFinite(blocks) ? blocks * s.block_size : null,
      weightsGb,
      kvCacheGb: kvMbPerDevice / MB_PER_GB,
      reserveGb: reserveMb / MB_PER_GB,
    },
  };
}

export interface ServingSetup {
  cost: IterationCost;
  cap: KvCapacity;
  fig: KvFigures;
  requests: Requests;
}

/**
 * Builds the cost model, the capacity and the requests, checking that one request of the longest kind fits.
 * `calibration`: time the iterations with the calibrated model (docs/serving.md "Calibration"); null: raw.
 */
export function setupServing(args: CommonArgs, cfg: ServingConfig, calibration: IterationCalibration | null = null): ServingSetup {
  const requests = drawRequests(cfg.arrival, cfg.requests, cfg.input_tokens, cfg.output_tokens, cfg.seed);
  let maxIn = 0;
  let maxCtx = 0;
  for (let i = 0; i < requests.input.length; i++) {
    maxIn = Math.max(maxIn, requests.input[i]);
    maxCtx = Math.max(maxCtx, requests.input[i] + requests.output[i]);
  }
  if (cfg.arrival.kind !== 'trace') maxCtx = Math.max(maxCtx, maxLength(cfg.input_tokens) + maxLength(cfg.output_tokens));
  const s = cfg.scheduler;
  if (!s.chunked_prefill && maxIn > s.max_batched_tokens)
    throw new ServingInputError(
      'serving.scheduler.max_batched_tokens',
      `a prompt of ${maxIn} tokens does not fit max_batched_tokens ${s.max_batched_tokens} without chunked prefill; raise max_batched_tokens or set chunked_prefill: true`,
    );
  const cost = new IterationCost(args, { maxTokens: s.max_batched_tokens, maxSeqs: s.max_num_seqs, maxContext: maxCtx + 1 }, calibration);
  const { cap, fig } = kvCapacity(cost, cfg, args.pipeline_parallel ?? 1);
  const need = Math.ceil(maxCtx / s.block_size) + cap.fixedBlocksPerSeq;
  if (need > cap.blocks)
    throw new ServingInputError(
      'serving',
      `the KV cache holds ${cap.blocks} blocks of ${s.block_size} tokens, the longest request (${maxCtx} tokens) needs ${need}; shorten the requests, add parallelism or raise memory_utilization`,
    );
  return { cost, cap, fig, requests };
}

function runAt(setup: ServingSetup, cfg: ServingConfig, requests: Requests): ServingStats {
  const concurrency = cfg.arrival.kind === 'concurrency' ? cfg.arrival.concurrency : 0;
  return servingStats(runScheduler(requests, cfg.scheduler, setup.cost, setup.cap, concurrency), cfg.slo);
}

/** Bisection steps of the max-rate search: the rate is found to within 1/2^STEPS of the saturated throughput. */
export const SEARCH_STEPS = 12;

/**
 * max_rate_qps (docs/serving.md "Max rate"): the saturated request throughput R (every request at t = 0)
 * bounds the search; rates double from R while the SLO holds (at most 6 times), then bisection between
 * the last rate that held and the first that did not, SEARCH_STEPS times. Every rate uses the same
 * lengths and the same unit-rate Poisson gaps (common random numbers). 0 when the SLO fails even at
 * R/2^SEARCH_STEPS (an idle server).
 */
export function searchMaxRate(setup: ServingSetup, cfg: ServingConfig, curve: ServingResult['curve']): number {
  const base = setup.requests;
  const unit = unitGaps(cfg.seed, base.input.length);
  const at = (rate: number): boolean => {
    const r: Requests = { arrivalMs: poissonArrivals(unit, rate), input: base.input, output: base.output };
    const st = runAt(setup, { ...cfg, arrival: { kind: 'poisson', rate_qps: rate } }, r);
    const holds = percentilesHold(st, cfg.slo);
    curve.push({ rateQps: rate, ttftP99Ms: st.ttft.p99, tpotP99Ms: st.tpot.p99, holds });
    return holds;
  };
  const burst: Requests = { arrivalMs: new Float64Array(base.input.length), input: base.input, output: base.output };
  const sat = runAt(setup, { ...cfg, arrival: { kind: 'burst' } }, burst).requestThroughput;
  if (!(sat > 0)) return 0;
  let lo = sat / 2 ** SEARCH_STEPS;
  if (!at(lo)) return 0;
  let hi = sat;
  let doublings = 0;
  while (at(hi)) {
    lo = hi;
    if (++doublings > 6) return lo;
    hi *= 2;
  }
  for (let i = 0; i < SEARCH_STEPS; i++) {
    const mid = (lo + hi) / 2;
    if (at(mid)) lo = mid;
    else hi = mid;
  }
  return lo;
}

export function simulateServing(args: CommonArgs, cfg: ServingConfig, calibration: IterationCalibration | null = null): ServingResult {
  const setup = setupServing(args, cfg, calibration);
  const stats = runAt(setup, cfg, setup.requests);
  const curve: ServingResult['curve'] = [];
  const search = cfg.search_max_rate && Object.keys(cfg.slo.percentiles).length > 0;
  const maxRateQps = search ? searchMaxRate(setup, cfg, curve) : null;
  curve.sort((a, b) => a.rateQps - b.rateQps);
  return { stats, maxRateQps, curve, kv: setup.fig };
}
