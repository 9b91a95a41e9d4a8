/**
 * The industry-standard metrics from the core's passes (definitions in definitions.ts and the README).
 *
 * For a request with batch b, input tokens i and output tokens o: prefill emits the first token, each
 * of the o − 1 decode steps one more, so TPOT = (E2E − TTFT)/(o − 1), the mean of those steps.
 */
import { type MetricKey, type Metrics, SERVING_METRIC_KEYS } from './definitions.js';

const GB_IN_MB = 1024; // GB = 2^30 bytes, MB = 2^20 bytes

/** Per-device memory of the pass that holds the largest KV cache of the request. */
export interface PassFigures {
  weightsMb: number;
  kvCacheMb: number;
  /** What GenZ compared with the device: (weights + KV) / pipeline degree. */
  requiredMb: number;
  /** Infinity for hardware without a memory size. */
  deviceMb: number;
  isOffload: boolean;
}

export interface MetricInputs {
  mode: 'full' | 'prefill' | 'decode' | 'chunked';
  batch: number;
  inputTokens: number;
  outputTokens: number;
  /** Prefill latency of the batch, ms (null when prefill did not run). */
  ttftMs: number | null;
  /**
   * The latencies of decode steps 1 … o − 1 (ms per generated token) as their sum and count (null when
   * decode did not run). The core sums them in closed form (core/context-sum.ts).
   */
  decodeSteps: { sumMs: number; count: number } | null;
  /** The step at the full context (output_tokens = o). */
  peakStepMs: number | null;
  chunk: { latencyMs: number; throughput: number } | null;
  memory: PassFigures;
}

export function computeMetrics(m: MetricInputs): Metrics {
  const { batch: b, inputTokens: i, outputTokens: o } = m;
  const ttft = m.ttftMs;
  const tpot = m.decodeSteps && m.decodeSteps.count > 0 ? m.decodeSteps.sumMs / m.decodeSteps.count : null;
  const full = m.mode === 'full' && ttft !== null;
  // With o = 1 the request is prefill alone: E2E = TTFT.
  const e2e = full ? (o === 1 ? ttft : tpot === null ? null : ttft + (o - 1) * tpot) : null;
  const allTokens = (i + o) * b;
  const device = Number.isFinite(m.memory.deviceMb) ? m.memory.deviceMb / GB_IN_MB : null;
  const required = m.memory.requiredMb / GB_IN_MB;
  return {
    ttft_ms: ttft,
    tpot_ms: tpot,
    tpot_peak_ms: m.peakStepMs,
    e2e_ms: e2e,
    prefill_throughput_tps: ttft === null ? null : (i * b) / (ttft / 1000),
    decode_throughput_tps: tpot === null ? null : b / (tpot / 1000),
    total_throughput_tps: e2e === null ? null : allTokens / (e2e / 1000),
    tokens_per_ms: e2e === null ? null : allTokens / e2e,
    ms_per_token: e2e === null ? null : e2e / allTokens,
    chunk_latency_ms: m.chunk?.latencyMs ?? null,
    chunk_throughput_tps: m.chunk?.throughput ?? null,
    weights_gb: m.memory.weightsMb / GB_IN_MB,
    kv_cache_gb: m.memory.kvCacheMb / GB_IN_MB,
    total_memory_gb: required,
    device_memory_gb: device,
    fits_in_memory: !m.memory.isOffload,
    offloaded: m.memory.isOffload && device !== null ? Math.max(0, required - device) : 0,
    // The serving metrics (null without a serving block), written out in METRIC_KEYS order rather than spread
    // from noServingMetrics(): a spread after other properties copies through V8's slow generic path and the
    // copies outlived the scavenger (docs/performance.md). The Metrics type checks that every key is here.
    ttft_mean_ms: null,
    ttft_p50_ms: null,
    ttft_p90_ms: null,
    ttft_p99_ms: null,
    tpot_mean_ms: null,
    tpot_p50_ms: null,
    tpot_p90_ms: null,
    tpot_p99_ms: null,
    itl_mean_ms: null,
    itl_p50_ms: null,
    itl_p90_ms: null,
    itl_p99_ms: null,
    e2e_mean_ms: null,
    e2e_p50_ms: null,
    e2e_p90_ms: null,
    e2e_p99_ms: null,
    request_throughput_rps: null,
    output_throughput_tps: null,
    goodput_rps: null,
    kv_utilization: null,
    preemptions: null,
    max_rate_qps: null,
  };
}

/** Serving metrics of a scenario without a serving block: all null. */
export function noServingMetrics(): Record<(typeof SERVING_METRIC_KEYS)[number], null> {
  const out = {} as Record<MetricKey, null>;
  for (const k of SERVING_METRIC_KEYS) out[k] = null;
  return out;
}
