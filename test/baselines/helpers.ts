/** Shared helpers for the baseline tests. */
import type { BaselineMetrics } from '../../src/baselines/file.js';
import type { Metrics } from '../../src/metrics/definitions.js';

/** The next double above x (x finite). */
export function nextUp(x: number): number {
  if (Number.isNaN(x) || x === Infinity) return x;
  if (x === 0) return Number.MIN_VALUE;
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, x);
  const bits = view.getBigUint64(0);
  view.setBigUint64(0, x > 0 ? bits + 1n : bits - 1n);
  return view.getFloat64(0);
}

/** The next double below x (x finite). */
export function nextDown(x: number): number {
  return -nextUp(-x);
}

/** A plausible metric set of a full-mode scenario. */
export function metrics(overrides: Partial<Metrics> = {}): BaselineMetrics {
  return {
    ttft_ms: 100,
    tpot_ms: 10,
    tpot_peak_ms: 12,
    e2e_ms: 2650,
    prefill_throughput_tps: 10240,
    decode_throughput_tps: 100,
    total_throughput_tps: 483.0188679245283,
    tokens_per_ms: 0.4830188679245283,
    ms_per_token: 2.0703125,
    chunk_latency_ms: null,
    chunk_throughput_tps: null,
    weights_gb: 12.5,
    kv_cache_gb: 0.625,
    total_memory_gb: 13.125,
    device_memory_gb: 80,
    fits_in_memory: true,
    offloaded: 0,
    ...overrides,
  };
}

export const FP_A = 'sha256:' + 'a'.repeat(64);
export const FP_B = 'sha256:' + 'b'.repeat(64);
