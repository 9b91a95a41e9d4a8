/**
 * The serving block of a scenario (docs/serving.md), normalised: every default applied. The manifest
 * schema (src/manifests/schema-defs.ts) checks the written form; normalizeServing() (config.ts) turns it
 * into this.
 */

/** A length distribution of input or output tokens. */
export type LengthDistribution =
  | { distribution: 'fixed'; value: number }
  | { distribution: 'lognormal'; mean: number; p99: number; min: number; max: number }
  | { distribution: 'histogram'; bins: [tokens: number, weight: number][] };

/** One request of a trace: when it arrives (seconds from the start) and its lengths. */
export interface TraceRequest {
  arrival_s: number;
  input_tokens: number;
  output_tokens: number;
}

export type Arrival =
  | { kind: 'poisson'; rate_qps: number }
  | { kind: 'concurrency'; concurrency: number }
  | { kind: 'burst' }
  | { kind: 'trace'; path: string; requests: TraceRequest[] };

export interface SchedulerConfig {
  /** Sequences in the running batch at most (vLLM max_num_seqs). */
  max_num_seqs: number;
  /** Tokens of one iteration at most, prefill chunks and decode tokens together (vLLM max_num_batched_tokens). */
  max_batched_tokens: number;
  chunked_prefill: boolean;
  /** Tokens per KV-cache block (vLLM block_size). */
  block_size: number;
  /** Fraction of device memory the engine may use for weights and KV cache; the rest is the reserve. */
  memory_utilization: number;
  /** Which waiting request is admitted next. */
  policy: PolicyName;
  /**
   * TensorRT-LLM's sizing instead of vLLM's (not a manifest field; the in-flight accuracy rows use it):
   * the KV cache takes this fraction of the memory left after the weights.
   */
  free_memory_fraction?: number;
}

export type PolicyName = 'fcfs' | 'shortest-prompt-first';
export const POLICY_NAMES: readonly PolicyName[] = ['fcfs', 'shortest-prompt-first'];

/** Latency budgets the goodput and the max-rate search check, per request (ms). */
export interface ServingSlo {
  ttft_ms: number | null;
  tpot_ms: number | null;
  e2e_ms: number | null;
  /** Percentile budgets (metric key → bound), all of which must hold for a rate to count as sustainable. */
  percentiles: Record<string, number>;
}

export interface ServingConfig {
  arrival: Arrival;
  requests: number;
  input_tokens: LengthDistribution;
  output_tokens: LengthDistribution;
  scheduler: SchedulerConfig;
  seed: number;
  /** Search max_rate_qps (needs at least one latency SLO); default true when the scenario has serving SLOs. */
  search_max_rate: boolean;
  slo: ServingSlo;
}
