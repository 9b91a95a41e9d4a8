/**
 * The published JSON Schemas (draft-07), built from the registries so they cannot drift from the code:
 * feature names and options come from src/simulation/features.ts, precisions from src/core/precision.ts,
 * presets and catalog models from data/. `schema/*.json` are these objects written out by
 * `npx tsx src/manifests/write-schemas.ts`; a test checks the files are current. The loaders validate
 * with the same objects.
 */
import { ENGINES } from '../calibration/names.js';
import { MODEL_NAMES } from '../core/model.js';
import { PRECISIONS } from '../core/precision.js';
import { PRESET_NAMES } from '../core/system.js';
import { METRICS } from '../metrics/definitions.js';
import { FEATURES, type FeatureDefinition, type FeatureOption } from '../simulation/features.js';
import { FAIL_ON_VALUES, SLO_METRICS } from './types.js';
import { servingSchema } from '../serving/config.js';
import { ARTIFACT_FIELD_LIMITS, DEFAULT_LIMITS, LIMIT_DESCRIPTIONS, LIMIT_KEYS, MAX_LIMIT } from '../limits.js';

export type JsonSchema = Record<string, unknown>;

const DRAFT = 'http://json-schema.org/draft-07/schema#';
export const SCHEMA_IDS = {
  manifest: 'urn:genz-action:schema:manifest:1',
  hardware: 'urn:genz-action:schema:hardware:1',
  model: 'urn:genz-action:schema:model:1',
  config: 'urn:genz-action:schema:config:1',
} as const;

/** Scenario ids: letters, digits, '.', '_', '-', starting with a letter or a digit. */
export const ID_PATTERN = '^[A-Za-z0-9][A-Za-z0-9._-]*$';
/** Precisions a manifest may name: GenZ's, plus `fp16` (read as bf16). */
export const MANIFEST_PRECISIONS: readonly string[] = [...PRECISIONS, 'fp16'];

const MATRIX_ID_DOC =
  'Scenario ids of a matrix: `<id>` followed, for every matrix key in the order written, by `.<name>-<value>`, where ' +
  '<name> is the last part of the dotted key (parallelism.tensor → tensor) and <value> the value with every run of ' +
  "characters other than letters, digits, '.', '_' and '-' replaced by '-' (lists: items joined by '-', [] → none; " +
  "mappings: key-value pairs joined by '-'). Example: llama8b-sweep with {parallelism.tensor: [1, 2], workload.batch: [1, 8]} gives " +
  'llama8b-sweep.tensor-1.batch-1, llama8b-sweep.tensor-1.batch-8, llama8b-sweep.tensor-2.batch-1, llama8b-sweep.tensor-2.batch-8 (in this order: ' +
  'the last key varies fastest).';

const int = (description: string, min = 1, extra: JsonSchema = {}): JsonSchema => ({ type: 'integer', minimum: min, description, ...extra });

function modelRef(description: string): JsonSchema {
  return { type: 'string', minLength: 1, description, examples: [...MODEL_NAMES] };
}
function hardwareRef(description: string): JsonSchema {
  return { type: 'string', minLength: 1, description, examples: [...PRESET_NAMES] };
}

const MODEL_DOC =
  'The model: a catalog name (case-insensitive, aliases accepted, e.g. meta-llama/Llama-3.1-8B); else a path, relative to the ' +
  'project root, to a model file in the repository (a Hugging Face config.json, or a YAML/JSON file of GenZ ModelConfig fields, ' +
  'see model.schema.json); else the name, without extension, of a .yaml/.yml/.json file in the models folder. Catalog names win.';
const HARDWARE_DOC =
  'The hardware: a preset name (case-sensitive: ' +
  PRESET_NAMES.join(', ') +
  '); else a path, relative to the project root, to a ' +
  'hardware file in the repository (see hardware.schema.json); else the name, without extension, of a .yaml/.yml/.json file in the hardware folder.';

/** The JSON Schema of one feature option (its type, bounds and choices). */
export function optionSchema(o: FeatureOption): JsonSchema {
  const base: JsonSchema = { description: o.description };
  if (o.default !== undefined) base.default = o.default;
  const bounds: JsonSchema = {};
  if (o.min !== undefined) bounds.minimum = o.min;
  if (o.max !== undefined) bounds.maximum = o.max;
  switch (o.type) {
    case 'integer':
      return { type: 'integer', ...bounds, ...base };
    case 'number':
      return { type: 'number', ...bounds, ...base };
    case 'boolean':
      return { type: 'boolean', ...base };
    case 'string':
      return o.choices ? { type: 'string', enum: [...o.choices], ...base } : { type: 'string', ...base };
    case 'string[]':
      return { type: 'array', items: o.choices ? { type: 'string', enum: [...o.choices] } : { type: 'string' }, uniqueItems: true, ...base };
    case 'model':
      return { $ref: '#/definitions/model', ...base, description: `${o.description} Resolved like a scenario's model.` };
    case 'hardware':
      return { $ref: '#/definitions/hardware', ...base, description: `${o.description} Resolved like a scenario's hardware.` };
    case 'kv-list':
      return {
        type: 'array',
        items: {
          anyOf: [
            { type: 'integer', minimum: 0 },
            { type: 'array', items: { type: 'integer', minimum: 0 }, minItems: 2, maxItems: 4 },
          ],
        },
        ...base,
      };
  }
}

/**
 * Options without a default that are nevertheless optional: the registry documents them as "omitted = …".
 * Every other option without a default is required when its feature is on.
 */
const OPTIONAL_WITHOUT_DEFAULT: Readonly<Record<string, readonly string[]>> = {
  speculative_decode: ['draft_hardware', 'draft_tensor_parallel', 'draft_pipeline_parallel'],
};

/** Names of the options a feature cannot be switched on without. */
export function requiredOptions(f: FeatureDefinition): string[] {
  const optional = OPTIONAL_WITHOUT_DEFAULT[f.name] ?? [];
  return f.options.filter((o) => o.default === undefined && !optional.includes(o.name)).map((o) => o.name);
}

function featuresSchema(): JsonSchema {
  const byName: Record<string, JsonSchema> = {};
  for (const f of FEATURES) {
    const required = requiredOptions(f);
    const options: JsonSchema = {
      type: 'object',
      additionalProperties: false,
      properties: Object.fromEntries(f.options.map((o) => [o.name, optionSchema(o)])),
    };
    if (required.length > 0) options.required = required;
    const forms: JsonSchema[] = [options, { type: 'boolean', description: 'false: off; true: on with default options.' }];
    if (required.length === 0) forms.push({ type: 'null', description: 'On with default options.' });
    byName[f.name] = { description: `${f.description} (${f.category})`, anyOf: forms };
  }
  const bare = FEATURES.filter((f) => requiredOptions(f).length === 0).map((f) => f.name);
  return {
    type: 'array',
    description:
      'Features, each a name or {name: options} (true/null: on with defaults; false: off). Names: ' +
      FEATURES.map((f) => f.name).join(', ') +
      '. Options are checked here; combinations (incompatible features, a missing mode) are checked by the simulation engine.',
    items: {
      anyOf: [
        { type: 'string', enum: bare, description: 'A feature with its default options.' },
        {
          type: 'object',
          minProperties: 1,
          maxProperties: 1,
          additionalProperties: false,
          properties: byName,
          description: 'One feature name with its options.',
        },
      ],
    },
  };
}

function sloSchema(): JsonSchema {
  const props: Record<string, JsonSchema> = {};
  for (const key of SLO_METRICS) {
    const m = METRICS.find((d) => d.key === key)!;
    const bound = m.direction === 'lower' ? 'Maximum' : 'Minimum';
    props[key] = { type: 'number', exclusiveMinimum: 0, description: `${bound} ${m.label} (${m.unit}). ${m.definition}` };
  }
  props.must_fit = { type: 'boolean', description: 'The model must fit in device memory (no offload).' };
  return {
    type: ['object', 'null'],
    additionalProperties: false,
    properties: props,
    description: 'SLO budgets, checked independently of baselines: latencies are maxima, throughputs minima. null: no budgets.',
  };
}

/** The scenario fields that `defaults` may set and a matrix may sweep (dotted paths into these). */
function scenarioFields(): Record<string, JsonSchema> {
  return {
    model: { $ref: '#/definitions/model' },
    hardware: { $ref: '#/definitions/hardware' },
    precision: {
      anyOf: [
        { type: 'string', enum: [...MANIFEST_PRECISIONS], description: 'One precision for weights, activations, KV cache and collectives.' },
        {
          type: 'object',
          additionalProperties: false,
          description:
            'Per-tensor precision (fidelity corrected). A class left out takes bits; weights first take what the model states (quantization_config).',
          properties: {
            bits: { type: 'string', enum: [...MANIFEST_PRECISIONS], description: 'Every class not named here. Default bf16.' },
            weights: { type: 'string', enum: [...MANIFEST_PRECISIONS], description: 'Weights (default: what the model states, else bits).' },
            expert_weights: {
              type: 'string',
              enum: [...MANIFEST_PRECISIONS],
              description: 'Routed-expert weights (default: what the model states, else weights).',
            },
            activations: {
              type: 'string',
              enum: [...MANIFEST_PRECISIONS],
              description: 'Activations: the precision matrix products run at where the hardware has it natively.',
            },
            kv_cache: { type: 'string', enum: [...MANIFEST_PRECISIONS], description: 'KV cache (and Mamba state).' },
          },
        },
      ],
      description: 'Precision of weights, activations, KV cache and collectives (one for all, or per tensor); fp16 is read as bf16. Default bf16.',
    },
    fidelity: {
      type: 'string',
      enum: ['corrected', 'genz'],
      description:
        "corrected (default): the model of docs/model.md; genz: GenZ exactly (its blind spots included). Default: the project config's fidelity, else corrected.",
    },
    efficiency: { type: 'number', exclusiveMinimum: 0, maximum: 1, description: "GenZ's system_eff: compute and memory efficiency, 0 < e <= 1. Default 1." },
    parallelism: {
      type: 'object',
      additionalProperties: false,
      description: 'Parallel layout. Tensor × expert must divide the attention heads.',
      properties: {
        tensor: int('Tensor-parallel degree. Default 1.'),
        pipeline: int('Pipeline-parallel degree. Default 1.'),
        expert: int('Expert-parallel degree (MoE models; must divide the number of experts). Default 1.'),
      },
    },
    workload: {
      type: 'object',
      additionalProperties: false,
      description: 'The request.',
      properties: {
        batch: int('Concurrent sequences. Default 1.'),
        input_tokens: int('Prompt tokens per sequence (>= 1). Default 1024.'),
        output_tokens: int('Generated tokens per sequence (>= 1; the first comes from prefill). Default 256.'),
        beam: int('Beam size. Default 1.'),
      },
    },
    features: { $ref: '#/definitions/features' },
    engine: {
      type: 'string',
      enum: [...ENGINES],
      description: 'Serving engine: selects the calibration profile (hardware × engine × precision). generic: the generic profile. Default generic.',
    },
    calibration: {
      type: 'string',
      minLength: 1,
      description:
        "builtin (the profiles shipped with genz-action), none (the raw roofline), or a profile file written by genz calibrate, relative to the project root. Default: the project config's calibration, else builtin.",
    },
    serving: servingSchema(),
    slo: sloSchema(),
  };
}

/** Dotted matrix keys → the schema of one value. */
export function matrixValueSchemas(): Record<string, JsonSchema> {
  const fields = scenarioFields();
  const out: Record<string, JsonSchema> = {};
  for (const [name, schema] of Object.entries(fields)) {
    const props = schema.properties as Record<string, JsonSchema> | undefined;
    if (props) for (const [sub, s] of Object.entries(props)) out[`${name}.${sub}`] = s;
    else out[name] = schema;
  }
  return out;
}

export function buildManifestSchema(): JsonSchema {
  const fields = scenarioFields();
  const matrixProps = Object.fromEntries(
    Object.entries(matrixValueSchemas()).map(([k, s]) => [k, { type: 'array', minItems: 1, items: s, description: `Values of ${k}, in order.` }]),
  );
  return {
    $schema: DRAFT,
    $id: SCHEMA_IDS.manifest,
    title: 'genz-action scenario manifest',
    description: 'Inference scenarios that genz-action simulates and compares with the committed baselines.',
    type: 'object',
    additionalProperties: false,
    required: ['version', 'scenarios'],
    properties: {
      $schema: { type: 'string', description: 'Schema reference for editors; ignored.' },
      version: { const: 1, description: 'Manifest format version: 1.' },
      defaults: {
        type: 'object',
        additionalProperties: false,
        properties: fields,
        description:
          'Values for every scenario of this file (any scenario field except id, description and matrix). Merged deeply; the scenario wins; lists are replaced, not merged.',
      },
      scenarios: {
        type: 'array',
        minItems: 1,
        description: 'The scenarios.',
        items: {
          type: 'object',
          additionalProperties: false,
          required: ['id'],
          description: 'One scenario (or a sweep, with matrix).',
          properties: {
            id: {
              type: 'string',
              pattern: ID_PATTERN,
              maxLength: ARTIFACT_FIELD_LIMITS.name,
              description:
                "Stable id, unique across all manifests of a run: letters, digits, '.', '_', '-', starting with a letter or digit. Baselines are keyed by it.",
            },
            description: { type: 'string', maxLength: ARTIFACT_FIELD_LIMITS.text, description: 'Short human description, shown in reports.' },
            ...fields,
            matrix: {
              type: 'object',
              additionalProperties: false,
              minProperties: 1,
              properties: matrixProps,
              description: `A sweep: one scenario per combination of the listed values (dotted paths into the scenario fields). ${MATRIX_ID_DOC} A key may not also be set by the scenario itself; it overrides defaults.`,
            },
          },
        },
      },
    },
    definitions: { model: modelRef(MODEL_DOC), hardware: hardwareRef(HARDWARE_DOC), features: featuresSchema() },
  };
}

/** Hardware file fields: name → [GenZ System argument, description with unit]. */
export const HARDWARE_FIELDS = {
  flops_tflops: ['flops', 'Peak dense compute at bf16 in TFLOPS (10^12 FLOP/s). Required.'],
  memory_bandwidth_gbps: ['offchip_mem_bw', 'Off-chip (HBM) memory bandwidth in GB/s, GB = 2^30 bytes (gigabytes, not gigabits). Required.'],
  memory_size_gb: ['off_chip_mem_size', 'Off-chip memory per device in GB = 2^30 bytes; stored as memory_size_gb × 1024 MB. Required.'],
  interconnect_bandwidth_gbps: ['interchip_link_bw', 'Per-device interconnect link bandwidth in GB/s (2^30 bytes). Default 150.'],
  interconnect_latency_us: ['interchip_link_latency', 'Interconnect link latency in microseconds. Default 1.'],
  onchip_bandwidth_gbps: ['onchip_mem_bw', 'On-chip memory (SRAM) bandwidth in GB/s (2^30 bytes). Default 18000.'],
  offload_bandwidth_gbps: ['external_mem_bw', 'Host link bandwidth used by memory_offload, in GB/s (2^30 bytes). Default 128.'],
  frequency_mhz: ['frequency', 'Clock frequency in MHz (cycle columns of the operator table only). Default 1000.'],
  compute_efficiency: ['compute_efficiency', "Compute efficiency, 0 < e <= 1. Note: GenZ's entry points replace it with the scenario's efficiency."],
  memory_efficiency: ['memory_efficiency', "Memory efficiency, 0 < e <= 1. Note: GenZ's entry points replace it with the scenario's efficiency."],
  comm_efficiency: ['comm_efficiency', 'Interconnect efficiency, 0 < e <= 1. Default 1.'],
} as const satisfies Record<string, readonly [string, string]>;

/** Values of the optional hardware fields when omitted: those GenZ gives a preset or dict system. */
export const HARDWARE_DEFAULTS = {
  interconnect_bandwidth_gbps: 150,
  interconnect_latency_us: 1,
  onchip_bandwidth_gbps: 18000,
  offload_bandwidth_gbps: 128,
  frequency_mhz: 1000,
  comm_efficiency: 1,
} as const;

export function buildHardwareSchema(): JsonSchema {
  const props: Record<string, JsonSchema> = {
    $schema: { type: 'string', description: 'Schema reference for editors; ignored.' },
    name: { type: 'string', minLength: 1, description: 'Name shown in reports; default: the file name without extension.' },
  };
  for (const [key, [genz, doc]] of Object.entries(HARDWARE_FIELDS)) {
    const isEff = key.endsWith('_efficiency');
    const bounds: JsonSchema = isEff
      ? { exclusiveMinimum: 0, maximum: 1 }
      : key.startsWith('interconnect') || key.startsWith('offload')
        ? { minimum: 0 }
        : { exclusiveMinimum: 0 };
    props[key] = { type: 'number', ...bounds, description: `${doc} (GenZ System argument ${genz})` };
  }
  return {
    $schema: DRAFT,
    $id: SCHEMA_IDS.hardware,
    title: 'genz-action hardware file',
    description: 'One accelerator, with units in the field names (GB = 2^30 bytes). Converted exactly to GenZ System arguments.',
    type: 'object',
    additionalProperties: false,
    required: ['flops_tflops', 'memory_bandwidth_gbps', 'memory_size_gb'],
    properties: props,
  };
}

/** GenZ ModelConfig fields of our own model files, with their JSON types and descriptions. */
const MODEL_FIELDS: Record<string, JsonSchema> = {
  model: { type: 'string', minLength: 1, description: 'Model name shown in reports; default: the file name.' },
  vocab_size: int('Vocabulary size V. Default 32000.', 1),
  hidden_size: int('Hidden size D. Required.'),
  intermediate_size: int('FFN width Df. Default 11008.', 0),
  num_ffi: int('FFN up-projection multiplier: 2 for gated (SwiGLU-style) FFNs, 1 otherwise, 0 for none. Default 1.', 0),
  num_decoder_layers: int('Decoder layers. Required.'),
  num_attention_heads: int('Attention (query) heads H. Required.'),
  num_key_value_heads: int('Key/value heads Hkv (GQA/MQA); H must be a multiple. Default H.'),
  head_dim: int('Head dimension. Default floor(D / H).'),
  num_experts: int('Experts (MoE when > 1). Default 1.'),
  expert_top_k: int('Experts per token. Default 1.'),
  moe_intermediate_size: int('Expert FFN width (deepseek FFN). Default intermediate_size.', 0),
  n_shared_experts: int('Shared experts (deepseek FFN). Default 0.', 0),
  shared_expert_intermediate_size: int('Shared expert FFN width (deepseek FFN). Default intermediate_size.', 0),
  ffn_implementation: { type: 'string', enum: ['default', 'deepseek'], description: 'FFN builder: default or deepseek (shared experts). Default default.' },
  mamba_d_state: int('Mamba state size S; set for Mamba models.'),
  mamba_d_conv: int('Mamba convolution kernel size.'),
  mamba_expand: int('Mamba expansion factor. Default 1.'),
  mamba_dt_rank: { anyOf: [{ type: 'integer', minimum: 1 }, { const: 'auto' }], description: 'Mamba Δ rank; auto = ceil(D / 16). Default auto.' },
  mamba_layer_period: int('Every n-th layer is Mamba (hybrids). Default 1.'),
  expert_layer_period: int('Every n-th layer is MoE (hybrids). Default 1.'),
  expert_layer_offset: int('Offset of the MoE layers. Default 0.', 0),
  attn_layer_period: int('Attention layer period (hybrids). Default 1.'),
  attn_layer_offset: int('Attention layer offset (hybrids). Default 0.', 0),
  q_lora_rank: {
    anyOf: [{ type: 'integer', minimum: 1 }, { type: 'null' }],
    description: 'MLA query low-rank (corrected model; docs/model.md). null: no query compression.',
  },
  kv_lora_rank: int('MLA latent rank; makes attention MLA (corrected model).'),
  qk_nope_head_dim: int('MLA per-head key width without RoPE.'),
  qk_rope_head_dim: int('MLA RoPE key width, shared by the heads.'),
  v_head_dim: int('MLA per-head value width.'),
  sliding_window: {
    anyOf: [{ type: 'integer', minimum: 1 }, { type: 'null' }],
    description: 'Keys a sliding layer attends to and caches (every layer without layer_types).',
  },
  attention_chunk_size: { anyOf: [{ type: 'integer', minimum: 1 }, { type: 'null' }], description: 'Chunk of chunked-attention layers (Llama 4).' },
  layer_types: {
    type: 'array',
    items: { type: 'string', enum: ['full_attention', 'sliding_attention', 'chunked_attention', 'mamba'] },
    description: 'One per layer (corrected model).',
  },
  ffn_types: {
    type: 'array',
    items: { type: 'string', enum: ['dense', 'moe', 'none'] },
    description: 'One per layer (corrected model): which layers have experts.',
  },
  tie_word_embeddings: { type: 'boolean', description: 'Input embedding shared with the LM head (not counted twice). Default false.' },
  weight_precision: { type: 'string', enum: [...PRECISIONS], description: 'Precision the weights are stored at (a scenario may override it).' },
  expert_weight_precision: { type: 'string', enum: [...PRECISIONS], description: "Precision of the routed experts' weights." },
  hidden_act: { type: 'string', description: 'Activation (informational).' },
  max_model_len: int('Maximum context (informational).'),
};
export const MODEL_FILE_KEYS: readonly string[] = Object.keys(MODEL_FIELDS);

export function buildModelSchema(): JsonSchema {
  return {
    $schema: DRAFT,
    $id: SCHEMA_IDS.model,
    title: 'genz-action model file (GenZ ModelConfig fields)',
    description: "A model as GenZ's ModelConfig keyword arguments. A file with model_type or architectures is read as a Hugging Face config.json instead.",
    type: 'object',
    additionalProperties: false,
    required: ['hidden_size', 'num_attention_heads', 'num_decoder_layers'],
    properties: { $schema: { type: 'string', description: 'Schema reference for editors; ignored.' }, ...MODEL_FIELDS },
  };
}

export function buildConfigSchema(): JsonSchema {
  const tol: JsonSchema = {
    type: 'object',
    additionalProperties: false,
    description: 'A tolerance: |current − baseline| <= abs + rel × |baseline|.',
    properties: {
      rel: { type: 'number', minimum: 0, description: 'Relative tolerance, a fraction of |baseline| (0.01 = 1 %). Default 0.' },
      abs: { type: 'number', minimum: 0, description: "Absolute tolerance in the metric's unit. Default 0." },
    },
  };
  const metricMap: JsonSchema = {
    type: 'object',
    additionalProperties: false,
    description: 'Tolerances by metric key (boolean metrics are always exact).',
    properties: Object.fromEntries(
      METRICS.filter((m) => m.kind === 'number').map((m) => [m.key, { $ref: '#/definitions/tolerance', description: `${m.label} (${m.unit}).` }]),
    ),
  };
  const path = (description: string): JsonSchema => ({
    type: 'string',
    minLength: 1,
    description: `${description} Relative to the project root (the folder of this file); must stay inside it.`,
  });
  return {
    $schema: DRAFT,
    $id: SCHEMA_IDS.config,
    title: 'genz-action project config (genz.config.yaml)',
    description: 'Project settings. Every field is optional.',
    type: 'object',
    additionalProperties: false,
    properties: {
      $schema: { type: 'string', description: 'Schema reference for editors; ignored.' },
      manifests: {
        type: 'array',
        minItems: 1,
        items: path('A glob of scenario manifests.'),
        description: 'Globs of scenario manifests. Default ["perf/**/*.yaml", "perf/**/*.yml", "perf/**/*.json"].',
      },
      baselines: path('Folder of the committed baselines. Default baselines.'),
      models: path('Folder of custom model files, referable by file name without extension. Default models.'),
      hardware: path('Folder of custom hardware files, referable by file name without extension. Default hardware.'),
      fail_on: {
        type: 'string',
        enum: [...FAIL_ON_VALUES],
        description:
          'When the check fails: mismatch (any change), regression (a change in the worse direction), slo (a broken SLO budget), never. Default mismatch.',
      },
      fidelity: {
        type: 'string',
        enum: ['corrected', 'genz'],
        description: 'Default fidelity of every scenario: corrected (the model of docs/model.md) or genz (GenZ exactly). Default corrected.',
      },
      calibration: {
        type: 'string',
        minLength: 1,
        description:
          'Default calibration of every scenario: builtin (default), none (the raw roofline), or a profile file written by genz calibrate (relative to the project root).',
      },
      template: {
        anyOf: [path('A Handlebars template replacing the default report.'), { type: 'null' }],
        description: 'A Handlebars template replacing the default report; null: the built-in one. Default null.',
      },
      limits: limitsSchema(),
      tolerances: {
        type: 'object',
        additionalProperties: false,
        description: 'Tolerance rules (primary metrics are exact unless a rule names them). Interpreted by the baselines module.',
        properties: {
          default: { $ref: '#/definitions/tolerance', description: 'Tolerance of secondary metrics.' },
          metrics: { $ref: '#/definitions/metricTolerances' },
          scenarios: {
            type: 'array',
            description: 'Per-scenario rules; later rules win.',
            items: {
              type: 'object',
              additionalProperties: false,
              required: ['match', 'metrics'],
              properties: {
                match: { type: 'string', minLength: 1, description: 'Glob over scenario ids (* and ?).' },
                metrics: { $ref: '#/definitions/metricTolerances' },
              },
            },
          },
        },
      },
    },
    definitions: { tolerance: tol, metricTolerances: metricMap },
  };
}

/** `limits:` of genz.config.yaml: each a positive integer raising (or lowering) a default of src/limits.ts. */
function limitsSchema(): JsonSchema {
  return {
    type: 'object',
    additionalProperties: false,
    description: 'Safeguards against runaway work and oversized files (docs/security.md); each key raises or lowers one default.',
    properties: Object.fromEntries(
      LIMIT_KEYS.map((k) => [
        k,
        {
          type: 'integer',
          minimum: 1,
          maximum: MAX_LIMIT,
          description: `Most ${LIMIT_DESCRIPTIONS[k]}. Default ${DEFAULT_LIMITS[k]}.`,
        },
      ]),
    ),
  };
}

export const SCHEMA_FILES = {
  'manifest.schema.json': buildManifestSchema,
  'hardware.schema.json': buildHardwareSchema,
  'model.schema.json': buildModelSchema,
  'config.schema.json': buildConfigSchema,
} as const;
