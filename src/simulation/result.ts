/**
 * SimulationResult: everything one scenario's simulation produced, as plain JSON-safe data, so it
 * serialises to JSON and back losslessly (numbers are finite doubles; JSON's shortest form reads back
 * bit-exact).
 */
import type { OperatorRecord, RuntimeBreakdown, SummaryTable } from '../core/evaluate.js';
import type { MetricKey, Metrics } from '../metrics/definitions.js';
import type { NormalizedConfig, SimulationMode } from './normalize.js';

export const RESULT_SCHEMA = 'genz-action/simulation-result@1';

/** One core pass (prefill, the decode step at the full context, a chunk, or a speculative step). */
export interface PhaseResult {
  /** GenZ's Latency for this pass, ms. */
  latency_ms: number;
  /** GenZ's Throughput for this pass, tokens/s as GenZ counts them. */
  throughput_tps: number;
  runtime_breakdown: RuntimeBreakdown;
  summary: SummaryTable;
  is_offload: boolean;
  /** The per-operator table, present only when asked for (e.g. `simulate --operators`). */
  operators?: OperatorRecord[];
}

export interface FeatureMetrics {
  tensor_parallel: { degree: number; enabled: boolean };
  pipeline_parallel: { degree: number; enabled: boolean };
  expert_parallel: { degree: number; enabled: boolean };
  lora: { enabled: boolean; rank: number | null; strategy: string | null; targets: string[] };
  flash_attention: { enabled: boolean };
  memory_offload: { enabled: boolean; offloaded: boolean };
  speculative_decode: {
    enabled: boolean;
    acceptance_rate: number | null;
    draft_model: string | null;
    tokens_per_step: number | null;
    parallel_tokens: number | null;
  };
}

/** Facts of the simulated model, present whether or not the scenario fits (docs/model.md "Figures"). */
export interface ModelFigures {
  /** Every weight matrix of the language model (embeddings and LM head included). */
  total_params: number;
  /** Parameters one token uses (routed experts it is not sent to left out). */
  active_params: number;
  /** Bytes of KV cache (and Mamba state) of all sequences at the final context, whole model, KV precision. */
  kv_cache_bytes: number;
  /** The context it is counted at (input + output tokens) and the sequences (batch × beam). */
  kv_cache_context: number;
  kv_cache_sequences: number;
  /** Bytes of all weights at their precision, whole model. */
  weight_bytes: number;
}

export interface SimulationError {
  kind: string;
  message: string;
  /** does-not-fit errors: what one device would need and what it has (GB = 2^30 bytes). */
  required_memory_gb: number | null;
  device_memory_gb: number | null;
}

/** How the metrics were calibrated (docs/calibration.md); null in the result when the raw roofline was used. */
export interface CalibrationResult {
  /** 'builtin' or the profile file's path. */
  source: string;
  /** Identity of the profile set (hash of its canonical JSON). */
  id: string;
  /** hardware|engine|precision, or 'generic'. */
  profile: string;
  /** True when no fitted profile matched and the generic one (wider band) applied. */
  fallback: boolean;
  /** Error band per absolute metric, as a fraction (0.14 = ±14 %): the 90th percentile of cross-validated |error|. */
  bands: Partial<Record<MetricKey, number>>;
  /** How many times over the batch's KV cache overcommits the memory the engine has (1 when it fits). */
  kv_overcommit: number;
}

export interface SimulationResult {
  schema: typeof RESULT_SCHEMA;
  simulator: string;
  status: 'ok' | 'error';
  error: SimulationError | null;
  mode: SimulationMode;
  config: NormalizedConfig;
  phases: { prefill?: PhaseResult; decode?: PhaseResult; chunked?: PhaseResult; speculative?: PhaseResult };
  metrics: Metrics | null;
  /** Calibrated runs: the raw roofline's metrics beside the calibrated ones in `metrics`. */
  roofline_metrics?: Metrics | null;
  calibration?: CalibrationResult | null;
  feature_metrics: FeatureMetrics;
  model_figures: ModelFigures;
  /** Serving scenarios only (docs/serving.md): the run's size, the KV cache, and the rates the max-rate search tried. */
  serving?: ServingSummary;
  notes: string[];
}

export interface ServingSummary {
  requests: number;
  iterations: number;
  /** First arrival to last token, s. */
  duration_s: number;
  /** KV-cache blocks and tokens (null when the hardware states no memory size), memory for it and the reserve per device (GB). */
  kv_blocks: number | null;
  kv_tokens: number | null;
  kv_cache_gb: number | null;
  reserve_gb: number | null;
  /** Latency against load: every rate the max-rate search simulated, in rising order. */
  load_curve: { rate_qps: number; ttft_p99_ms: number | null; tpot_p99_ms: number | null; slo_holds: boolean }[];
}

export function serializeResult(result: SimulationResult): string {
  return JSON.stringify(result);
}

/** Reads a serialised result back, checking its schema tag and shape. */
export function parseResult(text: string): SimulationResult {
  const value = JSON.parse(text) as Partial<SimulationResult>;
  if (value === null || typeof value !== 'object' || value.schema !== RESULT_SCHEMA) {
    throw new Error(`not a simulation result (expected schema ${RESULT_SCHEMA})`);
  }
  for (const key of ['simulator', 'status', 'mode', 'config', 'phases', 'feature_metrics', 'notes'] as const) {
    if (value[key] === undefined) throw new Error(`simulation result lacks '${key}'`);
  }
  return value as SimulationResult;
}
