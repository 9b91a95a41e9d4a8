/**
 * The `serving:` block of a scenario as written (ServingInput), its JSON Schema, and its normalisation
 * into ServingConfig (every default applied, every bound checked). docs/serving.md documents each field.
 */
import { MAX_P99_OVER_MEAN } from './random.js';
import { POLICY_NAMES, type LengthDistribution, type ServingConfig, type ServingSlo, type TraceRequest } from './types.js';

export type LengthInput = number | { distribution: string; value?: number; mean?: number; p99?: number; min?: number; max?: number; bins?: unknown };

export interface ServingInput {
  arrival?: { rate_qps?: number; concurrency?: number; burst?: boolean; trace?: string };
  requests?: number;
  input_tokens?: LengthInput;
  output_tokens?: LengthInput;
  scheduler?: Partial<Record<'max_num_seqs' | 'max_batched_tokens' | 'block_size', number>> & {
    chunked_prefill?: boolean;
    memory_utilization?: number;
    policy?: string;
  };
  seed?: number;
  search_max_rate?: boolean;
  /** Filled by the manifest loader from the scenario's `slo:` (the serving keys); not written in `serving:`. */
  slo?: Record<string, number>;
  /** Filled by the manifest loader for `arrival.trace`: the requests read from the file. */
  trace_requests?: TraceRequest[];
}

/** The per-request latencies of a serving run and the statistics reported for each (docs/serving.md "Metrics"). */
export const SERVING_LATENCIES = ['ttft', 'tpot', 'itl', 'e2e'] as const;
export const SERVING_STATISTICS = ['mean', 'p50', 'p90', 'p99'] as const;
type ServingLatency = (typeof SERVING_LATENCIES)[number];
export type ServingLatencyKey = `${ServingLatency}_${(typeof SERVING_STATISTICS)[number]}_ms`;
/** Every latency metric key of a serving run, each latency's statistics together: ttft_mean_ms, ttft_p50_ms, … */
export const SERVING_LATENCY_KEYS: readonly ServingLatencyKey[] = SERVING_LATENCIES.flatMap((l) =>
  SERVING_STATISTICS.map((stat): ServingLatencyKey => `${l}_${stat}_ms`),
);
/** Serving metrics that can carry an SLO budget (maxima): the percentiles of each latency. */
export const SERVING_SLO_KEYS = SERVING_LATENCY_KEYS.filter((k): k is Exclude<ServingLatencyKey, `${ServingLatency}_mean_ms`> => !k.endsWith('_mean_ms'));

export const SERVING_DEFAULTS = Object.freeze({
  requests: 1000,
  seed: 1,
  max_num_seqs: 256,
  max_batched_tokens: 8192,
  chunked_prefill: true,
  block_size: 16,
  memory_utilization: 0.9,
  policy: 'fcfs',
  lognormal_min: 1,
});

/** Bounds of a serving run: requests and tokens are further bounded by the run's limits (src/limits.ts). */
export const SERVING_BOUNDS = Object.freeze({ max_rate_qps: 1_000_000, max_concurrency: 1_000_000, max_bins: 10_000 });

type Issue = { field: string; message: string };

const lengthSchema = (what: string): Record<string, unknown> => ({
  description: `${what} per request: a fixed number, or a distribution.`,
  anyOf: [
    { type: 'integer', minimum: 1, description: 'Every request has this many tokens.' },
    {
      type: 'object',
      additionalProperties: false,
      required: ['distribution', 'value'],
      properties: { distribution: { const: 'fixed', description: 'A fixed length.' }, value: { type: 'integer', minimum: 1, description: 'Tokens.' } },
    },
    {
      type: 'object',
      additionalProperties: false,
      required: ['distribution', 'mean', 'p99'],
      description: `Lognormal with this mean and 99th percentile (p99 at most ${MAX_P99_OVER_MEAN.toFixed(2)} × mean), rounded to integers and clamped to [min, max].`,
      properties: {
        distribution: { const: 'lognormal', description: 'A lognormal length.' },
        mean: { type: 'number', exclusiveMinimum: 0, description: 'Mean tokens (>= 1).' },
        p99: { type: 'number', exclusiveMinimum: 0, description: '99th percentile of tokens (> mean).' },
        min: { type: 'integer', minimum: 1, description: 'Default 1.' },
        max: { type: 'integer', minimum: 1, description: 'Default 8 × p99.' },
      },
    },
    {
      type: 'object',
      additionalProperties: false,
      required: ['distribution', 'bins'],
      description: 'Token counts with relative weights.',
      properties: {
        distribution: { const: 'histogram', description: 'Lengths drawn from weighted bins.' },
        bins: {
          type: 'array',
          minItems: 1,
          maxItems: SERVING_BOUNDS.max_bins,
          items: {
            type: 'array',
            minItems: 2,
            maxItems: 2,
            items: [
              { type: 'integer', minimum: 1 },
              { type: 'number', minimum: 0 },
            ],
          },
          description: '[tokens, weight] pairs; weights need not sum to 1.',
        },
      },
    },
  ],
});

/** The JSON Schema of the `serving:` block (manifests). */
export function servingSchema(): Record<string, unknown> {
  return {
    type: 'object',
    additionalProperties: false,
    description: 'Serving under load (docs/serving.md): a stream of requests through a continuous-batching scheduler.',
    properties: {
      arrival: {
        type: 'object',
        additionalProperties: false,
        minProperties: 1,
        maxProperties: 1,
        description: 'How requests arrive: exactly one of rate_qps, concurrency, burst, trace.',
        properties: {
          rate_qps: { type: 'number', exclusiveMinimum: 0, maximum: SERVING_BOUNDS.max_rate_qps, description: 'Poisson arrivals at this rate (requests/s).' },
          concurrency: {
            type: 'integer',
            minimum: 1,
            maximum: SERVING_BOUNDS.max_concurrency,
            description: 'Closed loop: this many clients, each sending its next request when the last finishes.',
          },
          burst: { const: true, description: 'Every request arrives at t = 0 (offline throughput runs).' },
          trace: {
            type: 'string',
            minLength: 1,
            description: 'A JSONL file (relative to the project root) of {arrival_s, input_tokens, output_tokens} per line.',
          },
        },
      },
      requests: {
        type: 'integer',
        minimum: 1,
        description: `Requests simulated (not with trace). Default ${SERVING_DEFAULTS.requests}; at most limits.serving_requests.`,
      },
      input_tokens: lengthSchema('Prompt tokens'),
      output_tokens: lengthSchema('Generated tokens (the first comes from prefill)'),
      scheduler: {
        type: 'object',
        additionalProperties: false,
        description: 'The continuous-batching scheduler (vLLM-style names).',
        properties: {
          max_num_seqs: { type: 'integer', minimum: 1, description: `Sequences in the running batch at most. Default ${SERVING_DEFAULTS.max_num_seqs}.` },
          max_batched_tokens: { type: 'integer', minimum: 1, description: `Tokens per iteration at most. Default ${SERVING_DEFAULTS.max_batched_tokens}.` },
          chunked_prefill: { type: 'boolean', description: 'Split prompts across iterations. Default true.' },
          block_size: { type: 'integer', minimum: 1, maximum: 4096, description: `Tokens per KV-cache block. Default ${SERVING_DEFAULTS.block_size}.` },
          memory_utilization: {
            type: 'number',
            exclusiveMinimum: 0,
            maximum: 1,
            description: `Fraction of device memory for weights and KV cache; the rest is the reserve (activations, runtime). Default ${SERVING_DEFAULTS.memory_utilization}.`,
          },
          policy: { type: 'string', enum: [...POLICY_NAMES], description: 'Admission order of waiting requests. Default fcfs.' },
        },
      },
      seed: { type: 'integer', minimum: 0, maximum: 4294967295, description: `Seed of the lengths and arrival gaps. Default ${SERVING_DEFAULTS.seed}.` },
      search_max_rate: { type: 'boolean', description: 'Search max_rate_qps (needs a percentile SLO). Default true.' },
    },
  };
}

function length(v: LengthInput | undefined, field: string, fallback: number, issues: Issue[]): LengthDistribution {
  if (v === undefined) return { distribution: 'fixed', value: fallback };
  if (typeof v === 'number') {
    if (!Number.isInteger(v) || v < 1) issues.push({ field, message: `must be an integer >= 1, got ${v}` });
    return { distribution: 'fixed', value: v };
  }
  if (v === null || typeof v !== 'object') {
    issues.push({ field, message: 'must be a number or a distribution' });
    return { distribution: 'fixed', value: fallback };
  }
  if (v.distribution === 'fixed') {
    if (!Number.isInteger(v.value) || (v.value as number) < 1) issues.push({ field: `${field}.value`, message: 'must be an integer >= 1' });
    return { distribution: 'fixed', value: v.value as number };
  }
  if (v.distribution === 'lognormal') {
    const mean = v.mean as number;
    const p99 = v.p99 as number;
    if (!(typeof mean === 'number' && mean >= 1)) issues.push({ field: `${field}.mean`, message: 'must be a number >= 1' });
    if (!(typeof p99 === 'number' && p99 > mean))
      issues.push({ field: `${field}.p99`, message: `must be greater than the mean (${mean}); for a fixed length write the number` });
    else if (p99 / mean > MAX_P99_OVER_MEAN)
      issues.push({
        field: `${field}.p99`,
        message: `a lognormal's p99 is at most ${MAX_P99_OVER_MEAN.toFixed(2)} × its mean; got ${(p99 / mean).toFixed(2)} ×`,
      });
    const min = v.min ?? SERVING_DEFAULTS.lognormal_min;
    const max = v.max ?? Math.max(min, Math.ceil(8 * (p99 || 1)));
    if (!(Number.isInteger(min) && min >= 1)) issues.push({ field: `${field}.min`, message: 'must be an integer >= 1' });
    if (!(Number.isInteger(max) && max >= min)) issues.push({ field: `${field}.max`, message: `must be an integer >= min (${min})` });
    return { distribution: 'lognormal', mean, p99, min, max };
  }
  if (v.distribution === 'histogram') {
    const bins = v.bins;
    const ok =
      Array.isArray(bins) &&
      bins.length > 0 &&
      bins.length <= SERVING_BOUNDS.max_bins &&
      bins.every(
        (b) => Array.isArray(b) && b.length === 2 && Number.isInteger(b[0]) && b[0] >= 1 && typeof b[1] === 'number' && b[1] >= 0 && Number.isFinite(b[1]),
      ) &&
      bins.some((b) => (b as number[])[1] > 0);
    if (!ok) {
      issues.push({ field: `${field}.bins`, message: `must be 1 to ${SERVING_BOUNDS.max_bins} [tokens >= 1, weight >= 0] pairs with a positive weight` });
      return { distribution: 'fixed', value: fallback };
    }
    return { distribution: 'histogram', bins: (bins as [number, number][]).map(([t, w]) => [t, w]) };
  }
  issues.push({ field: `${field}.distribution`, message: `must be fixed, lognormal or histogram, got ${JSON.stringify(v.distribution)}` });
  return { distribution: 'fixed', value: fallback };
}

/**
 * Normalises a serving block. `defaults` gives the fixed lengths used when input_tokens/output_tokens are
 * not written (the scenario's workload); `maxRequests` and `maxTokens` are the run's limits.
 */
export function normalizeServing(
  s: ServingInput,
  defaults: { input_tokens: number; output_tokens: number },
  bounds: { maxRequests: number; maxTokens: number },
  issues: Issue[],
): ServingConfig | null {
  const start = issues.length;
  if (s === null || typeof s !== 'object' || Array.isArray(s)) {
    issues.push({ field: 'serving', message: 'must be a mapping' });
    return null;
  }
  const known = ['arrival', 'requests', 'input_tokens', 'output_tokens', 'scheduler', 'seed', 'search_max_rate', 'slo', 'trace_requests'];
  for (const k of Object.keys(s))
    if (!known.includes(k)) issues.push({ field: `serving.${k}`, message: `unknown field (fields: ${known.slice(0, 7).join(', ')})` });
  const a = s.arrival ?? { rate_qps: 1 };
  const forms = Object.keys(a);
  let arrival: ServingConfig['arrival'] = { kind: 'burst' };
  if (forms.length !== 1) issues.push({ field: 'serving.arrival', message: 'must set exactly one of rate_qps, concurrency, burst, trace' });
  else if (a.rate_qps !== undefined) {
    if (!(typeof a.rate_qps === 'number' && a.rate_qps > 0 && a.rate_qps <= SERVING_BOUNDS.max_rate_qps))
      issues.push({ field: 'serving.arrival.rate_qps', message: `must be a number in (0, ${SERVING_BOUNDS.max_rate_qps}]` });
    arrival = { kind: 'poisson', rate_qps: a.rate_qps };
  } else if (a.concurrency !== undefined) {
    if (!(Number.isInteger(a.concurrency) && a.concurrency >= 1 && a.concurrency <= SERVING_BOUNDS.max_concurrency))
      issues.push({ field: 'serving.arrival.concurrency', message: `must be an integer in [1, ${SERVING_BOUNDS.max_concurrency}]` });
    arrival = { kind: 'concurrency', concurrency: a.concurrency };
  } else if (a.burst !== undefined) {
    if (a.burst !== true) issues.push({ field: 'serving.arrival.burst', message: 'must be true (every request at t = 0)' });
  } else if (a.trace !== undefined) {
    if (!Array.isArray(s.trace_requests))
      issues.push({ field: 'serving.arrival.trace', message: 'the trace file was not read (traces are read by the manifest loader)' });
    else arrival = { kind: 'trace', path: a.trace, requests: s.trace_requests };
  } else issues.push({ field: 'serving.arrival', message: 'must set one of rate_qps, concurrency, burst, trace' });

  const requests = arrival.kind === 'trace' ? arrival.requests.length : (s.requests ?? SERVING_DEFAULTS.requests);
  if (!(Number.isInteger(requests) && requests >= 1)) issues.push({ field: 'serving.requests', message: 'must be an integer >= 1' });
  else if (requests > bounds.maxRequests)
    issues.push({
      field: 'serving.requests',
      message: `${requests} requests is over the limit of ${bounds.maxRequests} (limits.serving_requests in genz.config.yaml)`,
    });
  const input_tokens = length(s.input_tokens, 'serving.input_tokens', defaults.input_tokens, issues);
  const output_tokens = length(s.output_tokens, 'serving.output_tokens', defaults.output_tokens, issues);
  const sc = s.scheduler ?? {};
  const int = (v: unknown, field: string, dflt: number, max = Number.MAX_SAFE_INTEGER): number => {
    if (v === undefined) return dflt;
    if (!(Number.isInteger(v) && (v as number) >= 1 && (v as number) <= max))
      issues.push({ field: `serving.scheduler.${field}`, message: `must be an integer in [1, ${max}]` });
    return v as number;
  };
  const scheduler = {
    max_num_seqs: int(sc.max_num_seqs, 'max_num_seqs', SERVING_DEFAULTS.max_num_seqs, 1_000_000),
    max_batched_tokens: int(sc.max_batched_tokens, 'max_batched_tokens', SERVING_DEFAULTS.max_batched_tokens, bounds.maxTokens),
    chunked_prefill: sc.chunked_prefill ?? SERVING_DEFAULTS.chunked_prefill,
    block_size: int(sc.block_size, 'block_size', SERVING_DEFAULTS.block_size, 4096),
    memory_utilization: sc.memory_utilization ?? SERVING_DEFAULTS.memory_utilization,
    policy: (sc.policy ?? SERVING_DEFAULTS.policy) as ServingConfig['scheduler']['policy'],
  };
  if (typeof scheduler.chunked_prefill !== 'boolean') issues.push({ field: 'serving.scheduler.chunked_prefill', message: 'must be true or false' });
  if (!(typeof scheduler.memory_utilization === 'number' && scheduler.memory_utilization > 0 && scheduler.memory_utilization <= 1))
    issues.push({ field: 'serving.scheduler.memory_utilization', message: 'must be a number in (0, 1]' });
  if (!POLICY_NAMES.includes(scheduler.policy)) issues.push({ field: 'serving.scheduler.policy', message: `must be one of ${POLICY_NAMES.join(', ')}` });
  const maxLen = (d: LengthDistribution): number =>
    d.distribution === 'fixed' ? d.value : d.distribution === 'lognormal' ? d.max : Math.max(...d.bins.map((b) => b[0]));
  for (const [d, f] of [
    [input_tokens, 'serving.input_tokens'],
    [output_tokens, 'serving.output_tokens'],
  ] as const)
    if (issues.length === start && maxLen(d) > bounds.maxTokens)
      issues.push({ field: f, message: `up to ${maxLen(d)} tokens is over the limit of ${bounds.maxTokens} tokens per request (limits.tokens_per_request)` });
  const seed = s.seed ?? SERVING_DEFAULTS.seed;
  if (!(Number.isInteger(seed) && seed >= 0 && seed <= 4294967295)) issues.push({ field: 'serving.seed', message: 'must be an integer in [0, 2^32 − 1]' });
  const slo = servingSlo(s.slo ?? {});
  if (issues.length > start) return null;
  return { arrival, requests, input_tokens, output_tokens, scheduler, seed, search_max_rate: s.search_max_rate ?? true, slo };
}

/** The per-request budgets (the tightest percentile budget of each metric) and the percentile budgets. */
export function servingSlo(budgets: Record<string, number>): ServingSlo {
  const percentiles: Record<string, number> = {};
  const tightest = (metric: string): number | null => {
    let b: number | null = null;
    for (const [k, v] of Object.entries(budgets)) if (k.startsWith(`${metric}_p`) && typeof v === 'number') b = b === null ? v : Math.min(b, v);
    return b;
  };
  for (const k of SERVING_SLO_KEYS) if (typeof budgets[k] === 'number') percentiles[k] = budgets[k];
  return { ttft_ms: tightest('ttft'), tpot_ms: tightest('tpot'), e2e_ms: tightest('e2e'), percentiles };
}
