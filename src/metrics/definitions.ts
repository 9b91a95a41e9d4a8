/**
 * The metrics genz-action reports, with unit, direction and definition. This list is the single source
 * for the README's metrics table, the baseline diff (direction, primary/secondary) and the reports.
 * JSON keys carry their unit.
 */
import { SERVING_LATENCY_KEYS } from '../serving/config.js';

export type MetricDirection = 'lower' | 'higher';
export type MetricKind = 'number' | 'boolean';

export interface MetricDefinition {
  readonly key: MetricKey;
  readonly label: string;
  readonly unit: string;
  /** Which way is better. Booleans: 'higher' means true is better. */
  readonly direction: MetricDirection;
  /** Primary metrics must match their baseline exactly unless a rule says otherwise. */
  readonly primary: boolean;
  readonly kind: MetricKind;
  readonly definition: string;
}

const SERVING_KEYS = [
  ...SERVING_LATENCY_KEYS,
  'request_throughput_rps',
  'output_throughput_tps',
  'goodput_rps',
  'kv_utilization',
  'preemptions',
  'max_rate_qps',
] as const;

export const METRIC_KEYS = [
  'ttft_ms',
  'tpot_ms',
  'tpot_peak_ms',
  'e2e_ms',
  'prefill_throughput_tps',
  'decode_throughput_tps',
  'total_throughput_tps',
  'tokens_per_ms',
  'ms_per_token',
  'chunk_latency_ms',
  'chunk_throughput_tps',
  'weights_gb',
  'kv_cache_gb',
  'total_memory_gb',
  'device_memory_gb',
  'fits_in_memory',
  'offloaded',
  ...SERVING_KEYS,
] as const;
/** The metrics of serving scenarios (docs/serving.md "Metrics"); null for every other scenario. */
export const SERVING_METRIC_KEYS = SERVING_KEYS;
export type MetricKey = (typeof METRIC_KEYS)[number];

/** Metric values of one scenario; null where a metric is not defined for its mode. */
export type Metrics = { [K in MetricKey]: K extends 'fits_in_memory' ? boolean | null : number | null };

const def = (
  key: MetricKey,
  label: string,
  unit: string,
  direction: MetricDirection,
  primary: boolean,
  definition: string,
  kind: MetricKind = 'number',
): MetricDefinition => Object.freeze({ key, label, unit, direction, primary, kind, definition });

export const METRICS: readonly MetricDefinition[] = Object.freeze([
  def('ttft_ms', 'TTFT', 'ms', 'lower', true, 'Time to first token: prefill latency of the whole batch (prefill emits the first token).'),
  def(
    'tpot_ms',
    'TPOT',
    'ms',
    'lower',
    true,
    'Time per output token: mean of the o − 1 decode steps after the first token, every step computed; null when o = 1.',
  ),
  def('tpot_peak_ms', 'TPOT peak', 'ms', 'lower', true, "GenZ's own decode step at the full context (output_tokens = o): an upper bound of TPOT."),
  def('e2e_ms', 'E2E latency', 'ms', 'lower', true, 'End-to-end request latency: TTFT + (o − 1) × TPOT.'),
  def('prefill_throughput_tps', 'Prefill throughput', 'tokens/s', 'higher', true, 'Prompt tokens processed per second: input_tokens × batch / TTFT.'),
  def('decode_throughput_tps', 'Decode throughput', 'tokens/s', 'higher', true, 'Generated tokens per second during decode: batch / TPOT.'),
  def('total_throughput_tps', 'Total throughput', 'tokens/s', 'higher', true, 'All tokens of the request per second: (input + output tokens) × batch / E2E.'),
  def('tokens_per_ms', 'Tokens per ms', 'tokens/ms', 'higher', false, 'All tokens of the batch (input + output) per millisecond of E2E latency.'),
  def('ms_per_token', 'ms per token', 'ms/token', 'lower', false, 'E2E latency divided by all tokens of the batch (input + output).'),
  def('chunk_latency_ms', 'Chunk latency', 'ms', 'lower', false, 'Chunked prefill: latency of one chunked iteration (prefill pieces plus decode entries).'),
  def(
    'chunk_throughput_tps',
    'Chunk throughput',
    'tokens/s',
    'higher',
    false,
    "Chunked prefill: GenZ's chunk throughput, (new prefill tokens + decode entries) / chunk latency.",
  ),
  def('weights_gb', 'Weights', 'GB', 'lower', false, 'Model weights per device (GB = 2^30 bytes).'),
  def('kv_cache_gb', 'KV cache', 'GB', 'lower', false, 'KV cache per device at the largest context of the request, input + output tokens (GB = 2^30 bytes).'),
  def(
    'total_memory_gb',
    'Memory',
    'GB',
    'lower',
    false,
    'Weights + KV cache per device, as GenZ compares it with device memory (activations not counted; GB = 2^30 bytes).',
  ),
  def('device_memory_gb', 'Device memory', 'GB', 'higher', false, 'Memory of one device (GB = 2^30 bytes).'),
  def(
    'fits_in_memory',
    'Fits in memory',
    '',
    'higher',
    false,
    'Whether weights + KV fit on the device; false only when memory_offload made the scenario run anyway.',
    'boolean',
  ),
  def(
    'offloaded',
    'Offloaded',
    'GB',
    'lower',
    false,
    'Memory per device that did not fit and was offloaded over the host link (GB = 2^30 bytes); 0 when it fits.',
  ),
  def(
    'ttft_mean_ms',
    'Serving TTFT mean',
    'ms',
    'lower',
    false,
    'Serving: mean of the time to first token: arrival to the end of the iteration that samples the first token.',
  ),
  def(
    'ttft_p50_ms',
    'Serving TTFT p50',
    'ms',
    'lower',
    true,
    'Serving: median (nearest rank) of the time to first token: arrival to the end of the iteration that samples the first token.',
  ),
  def(
    'ttft_p90_ms',
    'Serving TTFT p90',
    'ms',
    'lower',
    true,
    'Serving: 90th percentile (nearest rank) of the time to first token: arrival to the end of the iteration that samples the first token.',
  ),
  def(
    'ttft_p99_ms',
    'Serving TTFT p99',
    'ms',
    'lower',
    true,
    'Serving: 99th percentile (nearest rank) of the time to first token: arrival to the end of the iteration that samples the first token.',
  ),
  def(
    'tpot_mean_ms',
    'Serving TPOT mean',
    'ms',
    'lower',
    false,
    'Serving: mean of the time per output token of a request: (last token − first token) / (output tokens − 1), requests with more than one output token.',
  ),
  def(
    'tpot_p50_ms',
    'Serving TPOT p50',
    'ms',
    'lower',
    true,
    'Serving: median (nearest rank) of the time per output token of a request: (last token − first token) / (output tokens − 1), requests with more than one output token.',
  ),
  def(
    'tpot_p90_ms',
    'Serving TPOT p90',
    'ms',
    'lower',
    true,
    'Serving: 90th percentile (nearest rank) of the time per output token of a request: (last token − first token) / (output tokens − 1), requests with more than one output token.',
  ),
  def(
    'tpot_p99_ms',
    'Serving TPOT p99',
    'ms',
    'lower',
    true,
    'Serving: 99th percentile (nearest rank) of the time per output token of a request: (last token − first token) / (output tokens − 1), requests with more than one output token.',
  ),
  def(
    'itl_mean_ms',
    'Serving ITL mean',
    'ms',
    'lower',
    false,
    'Serving: mean of the inter-token latency: the gap between consecutive tokens of a request, over every gap of every request.',
  ),
  def(
    'itl_p50_ms',
    'Serving ITL p50',
    'ms',
    'lower',
    false,
    'Serving: median (nearest rank) of the inter-token latency: the gap between consecutive tokens of a request, over every gap of every request.',
  ),
  def(
    'itl_p90_ms',
    'Serving ITL p90',
    'ms',
    'lower',
    false,
    'Serving: 90th percentile (nearest rank) of the inter-token latency: the gap between consecutive tokens of a request, over every gap of every request.',
  ),
  def(
    'itl_p99_ms',
    'Serving ITL p99',
    'ms',
    'lower',
    true,
    'Serving: 99th percentile (nearest rank) of the inter-token latency: the gap between consecutive tokens of a request, over every gap of every request.',
  ),
  def('e2e_mean_ms', 'Serving E2E mean', 'ms', 'lower', false, 'Serving: mean of the end-to-end latency: arrival to the last token.'),
  def('e2e_p50_ms', 'Serving E2E p50', 'ms', 'lower', true, 'Serving: median (nearest rank) of the end-to-end latency: arrival to the last token.'),
  def('e2e_p90_ms', 'Serving E2E p90', 'ms', 'lower', true, 'Serving: 90th percentile (nearest rank) of the end-to-end latency: arrival to the last token.'),
  def('e2e_p99_ms', 'Serving E2E p99', 'ms', 'lower', true, 'Serving: 99th percentile (nearest rank) of the end-to-end latency: arrival to the last token.'),
  def(
    'request_throughput_rps',
    'Request throughput',
    'requests/s',
    'higher',
    true,
    'Serving: requests completed per second, from the first arrival to the last token.',
  ),
  def(
    'output_throughput_tps',
    'Output throughput',
    'tokens/s',
    'higher',
    true,
    'Serving: output tokens generated per second, from the first arrival to the last token.',
  ),
  def(
    'goodput_rps',
    'Goodput',
    'requests/s',
    'higher',
    true,
    "Serving: requests per second whose TTFT, TPOT and E2E each meet the scenario's tightest budget for that metric (all requests without serving SLOs).",
  ),
  def('kv_utilization', 'KV utilisation', 'fraction', 'lower', false, 'Serving: mean fraction of the KV-cache blocks in use, weighted by iteration time.'),
  def('preemptions', 'Preemptions', 'count', 'lower', true, 'Serving: requests evicted from the KV cache (recomputed later) during the run.'),
  def(
    'max_rate_qps',
    'Max rate',
    'requests/s',
    'higher',
    true,
    'Serving: the highest Poisson arrival rate at which every percentile SLO of the scenario holds, found by search (docs/serving.md); null without such SLOs.',
  ),
]);

export const METRIC_BY_KEY: ReadonlyMap<MetricKey, MetricDefinition> = new Map(METRICS.map((m) => [m.key, m]));
export const PRIMARY_METRICS: readonly MetricKey[] = METRICS.filter((m) => m.primary).map((m) => m.key);
