/**
 * The feature registry: every feature a scenario may name, with its category, options (type and
 * default) and compatibility rules. Validation, the `features` CLI command, the manifest schema test
 * and the README all read this one table.
 */

export type FeatureCategory = 'mode' | 'parallelism' | 'optimization' | 'memory';
export type OptionType = 'integer' | 'number' | 'boolean' | 'string' | 'string[]' | 'model' | 'hardware' | 'kv-list';

export interface FeatureOption {
  readonly name: string;
  readonly type: OptionType;
  /** undefined = required when the feature is on. */
  readonly default?: unknown;
  readonly choices?: readonly string[];
  readonly min?: number;
  readonly max?: number;
  readonly description: string;
}

export interface FeatureDefinition {
  readonly name: FeatureName;
  readonly category: FeatureCategory;
  readonly description: string;
  readonly options: readonly FeatureOption[];
  /** Features that cannot be on together with this one. */
  readonly incompatible: readonly FeatureName[];
  /** At least one of these must be on (or, for the mode features, a full request). */
  readonly requiresOneOf?: readonly (FeatureName | 'full_request')[];
  /** On unless switched off. */
  readonly defaultOn?: boolean;
}

export const FEATURE_NAMES = [
  'prefill',
  'decode',
  'chunked',
  'tensor_parallel',
  'pipeline_parallel',
  'expert_parallel',
  'lora',
  'flash_attention',
  'memory_offload',
  'speculative_decode',
] as const;
export type FeatureName = (typeof FEATURE_NAMES)[number];

export const LORA_TARGETS = ['q', 'k', 'v', 'o', 'gate', 'up', 'down'] as const;
export type LoraTarget = (typeof LORA_TARGETS)[number];

const f = (d: FeatureDefinition): FeatureDefinition => Object.freeze(d);

export const FEATURES: readonly FeatureDefinition[] = Object.freeze([
  f({
    name: 'prefill',
    category: 'mode',
    description: 'Simulate only the prefill pass (TTFT); no decode.',
    options: [],
    incompatible: ['decode', 'chunked', 'speculative_decode'],
  }),
  f({
    name: 'decode',
    category: 'mode',
    description: 'Simulate only decode: every step of the generation (TPOT), no prefill.',
    options: [],
    incompatible: ['prefill', 'chunked'],
  }),
  f({
    name: 'chunked',
    category: 'mode',
    description: 'Chunked prefill: one iteration over a mix of prefill pieces and decode requests.',
    options: [
      { name: 'prefill_kv_sizes', type: 'kv-list', default: [[1024, 511]], description: 'Prefill pieces as [past_tokens, new_tokens] pairs.' },
      {
        name: 'decode_kv_sizes',
        type: 'kv-list',
        default: [1600, 1601, 1602],
        description: 'Decode entries: a context length, [batches, context] or [prefill_beams, decode_beams, prefill_context, decode_context].',
      },
    ],
    incompatible: ['prefill', 'decode', 'speculative_decode'],
  }),
  f({
    name: 'tensor_parallel',
    category: 'parallelism',
    description: 'Shard heads and FFN width over `degree` devices (all-reduce after attention and FFN).',
    options: [{ name: 'degree', type: 'integer', default: 1, min: 1, description: 'Tensor-parallel degree (same as parallelism.tensor).' }],
    incompatible: [],
  }),
  f({
    name: 'pipeline_parallel',
    category: 'parallelism',
    description: 'Split the layers into `degree` stages; latencies are one micro-batch through all stages.',
    options: [{ name: 'degree', type: 'integer', default: 1, min: 1, description: 'Pipeline-parallel degree (same as parallelism.pipeline).' }],
    incompatible: [],
  }),
  f({
    name: 'expert_parallel',
    category: 'parallelism',
    description: 'Spread MoE experts over `degree` devices (all-to-all dispatch and collect).',
    options: [{ name: 'degree', type: 'integer', default: 1, min: 1, description: 'Expert-parallel degree (same as parallelism.expert); MoE models only.' }],
    incompatible: [],
  }),
  f({
    name: 'lora',
    category: 'optimization',
    description: 'LoRA adapters on the targeted projections: merged (free) or dynamic (two extra GEMMs per target).',
    options: [
      { name: 'rank', type: 'integer', default: 16, min: 1, description: 'Adapter rank r.' },
      {
        name: 'strategy',
        type: 'string',
        default: 'dynamic',
        choices: ['dynamic', 'merged'],
        description: 'merged: folded into the weights; dynamic: unmerged adapters as multi-adapter servers run them.',
      },
      { name: 'targets', type: 'string[]', default: ['q', 'k', 'v', 'o'], choices: LORA_TARGETS, description: 'Projections that carry an adapter.' },
      {
        name: 'include_experts',
        type: 'boolean',
        default: false,
        description: 'MoE models: also adapt the expert FFNs named in targets (gate, up, down); by default only dense FFNs are.',
      },
    ],
    incompatible: [],
  }),
  f({
    name: 'flash_attention',
    category: 'optimization',
    description: 'Fused attention (on by default, GenZ parity); off writes and re-reads the score matrix with a softmax pass.',
    options: [{ name: 'enabled', type: 'boolean', default: true, description: 'Use the fused attention kernels.' }],
    incompatible: [],
    defaultOn: true,
  }),
  f({
    name: 'memory_offload',
    category: 'memory',
    description: 'Run a model that does not fit by streaming the excess over the host link (GenZ offload).',
    options: [],
    incompatible: [],
  }),
  f({
    name: 'speculative_decode',
    category: 'optimization',
    description: 'Draft tokens with a small model and verify them in one pass of the full model.',
    options: [
      { name: 'draft_model', type: 'model', description: 'Draft model: a catalog name or a model file.' },
      { name: 'acceptance_rate', type: 'number', default: 0.7, min: 0, max: 1, description: 'Probability that a drafted token is accepted.' },
      { name: 'parallel_tokens', type: 'integer', default: 4, min: 2, description: 'Tokens drafted per step (N).' },
      { name: 'draft_hardware', type: 'hardware', description: 'Hardware of the draft model; omitted = the main hardware and layout.' },
      { name: 'draft_tensor_parallel', type: 'integer', min: 1, description: 'Tensor-parallel degree of the draft (with draft_hardware).' },
      { name: 'draft_pipeline_parallel', type: 'integer', min: 1, description: 'Pipeline-parallel degree of the draft (with draft_hardware).' },
    ],
    incompatible: ['prefill', 'chunked'],
    requiresOneOf: ['decode', 'full_request'],
  }),
]);

export const FEATURE_BY_NAME: ReadonlyMap<FeatureName, FeatureDefinition> = new Map(FEATURES.map((d) => [d.name, d]));
