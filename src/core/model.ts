import catalog from '../../data/models.json' with { type: 'json' };
import { type Architecture, architecture } from './architecture.js';
import { GenzError } from './errors.js';

/**
 * The keyword arguments of GenZ's `ModelConfig(...)` (spec §4.1). Fields left out take GenZ's defaults.
 * Informational fields (max_model_len, hidden_act, …) are accepted and carried, never used in numbers.
 */
export interface ModelSpec {
  model?: string;
  vocab_size?: number;
  hidden_size?: number;
  intermediate_size?: number;
  num_ffi?: number;
  num_decoder_layers?: number;
  num_attention_heads?: number;
  num_key_value_heads?: number | null;
  head_dim?: number | null;
  num_experts?: number;
  expert_top_k?: number;
  moe_intermediate_size?: number | null;
  n_shared_experts?: number;
  shared_expert_intermediate_size?: number | null;
  ffn_implementation?: string;
  mamba_d_state?: number | null;
  mamba_d_conv?: number | null;
  mamba_expand?: number | null;
  mamba_dt_rank?: number | 'auto' | null;
  mamba_layer_period?: number;
  expert_layer_period?: number;
  expert_layer_offset?: number;
  attn_layer_period?: number;
  attn_layer_offset?: number;
  // Read only by the corrected model (docs/model.md); GenZ fidelity ignores them.
  q_lora_rank?: number | null;
  kv_lora_rank?: number | null;
  qk_nope_head_dim?: number | null;
  qk_rope_head_dim?: number | null;
  v_head_dim?: number | null;
  sliding_window?: number | null;
  attention_chunk_size?: number | null;
  /** One per layer: full_attention, sliding_attention, chunked_attention or mamba. */
  layer_types?: string[];
  /** One per layer: dense, moe or none. */
  ffn_types?: string[];
  tie_word_embeddings?: boolean;
  /** Weight precision stated by the model's files (quantization_config); experts may have their own. */
  weight_precision?: string | null;
  expert_weight_precision?: string | null;
  [informational: string]: unknown;
}

export type LayerMixer = 'MHA-global' | 'Mamba';
export type LayerFfn = 'Dense' | 'MoE';

/** A fully resolved model: every default applied and every derived value computed. Immutable. */
export interface ModelConfig {
  readonly name: string;
  readonly vocabSize: number;
  readonly hiddenSize: number;
  readonly intermediateSize: number;
  readonly numFfi: number;
  readonly numLayers: number;
  readonly numHeads: number;
  readonly numKvHeads: number;
  readonly headDim: number;
  readonly numExperts: number;
  readonly expertTopK: number;
  readonly moeIntermediateSize: number;
  readonly nSharedExperts: number;
  readonly sharedExpertIntermediateSize: number;
  readonly ffnImplementation: string;
  readonly isMoe: boolean;
  readonly isMamba: boolean;
  readonly mambaDState: number;
  readonly mambaDConv: number;
  readonly mambaExpand: number;
  readonly mambaDtRank: number;
  readonly uniqueLayers: number;
  readonly layerTypes: readonly (readonly [LayerMixer, LayerFfn])[];
  /** The per-layer architecture the corrected model builds from (architecture.ts). */
  readonly arch: Architecture;
}

/** ModelConfig keys that influence numbers (others are informational). */
export const MODEL_SPEC_KEYS: readonly string[] = [
  'model',
  'vocab_size',
  'hidden_size',
  'intermediate_size',
  'num_ffi',
  'num_decoder_layers',
  'num_attention_heads',
  'num_key_value_heads',
  'head_dim',
  'num_experts',
  'expert_top_k',
  'moe_intermediate_size',
  'n_shared_experts',
  'shared_expert_intermediate_size',
  'ffn_implementation',
  'mamba_d_state',
  'mamba_d_conv',
  'mamba_expand',
  'mamba_dt_rank',
  'mamba_layer_period',
  'expert_layer_period',
  'expert_layer_offset',
  'attn_layer_period',
  'attn_layer_offset',
  'q_lora_rank',
  'kv_lora_rank',
  'qk_nope_head_dim',
  'qk_rope_head_dim',
  'v_head_dim',
  'sliding_window',
  'attention_chunk_size',
  'layer_types',
  'ffn_types',
  'tie_word_embeddings',
  'weight_precision',
  'expert_weight_precision',
];

function gcd(a: number, b: number): number {
  while (b !== 0) [a, b] = [b, a % b];
  return a;
}
const lcm = (a: number, b: number): number => (a / gcd(a, b)) * b;

function int(spec: ModelSpec, key: string, fallback: number, name: string, min = 0): number {
  const v = spec[key];
  if (v === undefined || v === null) return fallback;
  if (typeof v !== 'number' || !Number.isInteger(v) || v < min) {
    throw new GenzError('invalid_model', 'TypeError', `model '${name}': '${key}' must be an integer >= ${min}, got ${JSON.stringify(v)}`, { field: key });
  }
  return v;
}

/** GenZ's `ModelConfig.__init__` defaults and derivations (spec §4.1). */
export function buildModel(spec: ModelSpec): ModelConfig {
  if (spec === null || typeof spec !== 'object' || Array.isArray(spec)) {
    throw new GenzError('invalid_model', 'TypeError', `model must be a catalog name or an object of ModelConfig fields, got ${JSON.stringify(spec)}`);
  }
  const name = typeof spec.model === 'string' ? spec.model : 'dummy';
  const hiddenSize = int(spec, 'hidden_size', 4096, name, 1);
  const numHeads = int(spec, 'num_attention_heads', 32, name, 1);
  const intermediateSize = int(spec, 'intermediate_size', 11008, name);
  const numExperts = int(spec, 'num_experts', 1, name, 1);
  const dState = spec.mamba_d_state;
  const isMamba = dState !== undefined && dState !== null;
  const isMoe = numExperts > 1;
  const mambaLayerPeriod = int(spec, 'mamba_layer_period', 1, name, 1);
  const expertLayerPeriod = int(spec, 'expert_layer_period', 1, name, 1);
  const expertLayerOffset = int(spec, 'expert_layer_offset', 0, name);
  const attnLayerPeriod = int(spec, 'attn_layer_period', 1, name, 1);
  const numLayers = int(spec, 'num_decoder_layers', 32, name, 1);
  let uniqueLayers = 1;
  if (isMamba && isMoe) uniqueLayers = lcm(lcm(mambaLayerPeriod, expertLayerPeriod), attnLayerPeriod);
  else if (isMamba) uniqueLayers = mambaLayerPeriod;
  else if (isMoe) uniqueLayers = expertLayerPeriod;
  if (numLayers % uniqueLayers !== 0) {
    throw new GenzError(
      'invalid_model',
      'AssertionError',
      `model '${name}': num_decoder_layers ${numLayers} is not a multiple of the ${uniqueLayers} unique layer types`,
      { field: 'num_decoder_layers' },
    );
  }
  const layerTypes: (readonly [LayerMixer, LayerFfn])[] = [];
  for (let i = 0; i < uniqueLayers; i++) {
    const mixer: LayerMixer = isMamba && i % mambaLayerPeriod === 0 ? 'Mamba' : 'MHA-global';
    const ffn: LayerFfn = isMoe && i % expertLayerPeriod === expertLayerOffset ? 'MoE' : 'Dense';
    layerTypes.push(Object.freeze([mixer, ffn] as const));
  }
  const dtRank = spec.mamba_dt_rank;
  const ffnImplementation = spec.ffn_implementation ?? 'default';
  if (typeof ffnImplementation !== 'string') {
    throw new GenzError('invalid_model', 'TypeError', `model '${name}': 'ffn_implementation' must be a string`, { field: 'ffn_implementation' });
  }
  const basics = {
    name,
    vocabSize: int(spec, 'vocab_size', 32000, name),
    hiddenSize,
    intermediateSize,
    numFfi: int(spec, 'num_ffi', 1, name),
    numLayers,
    numHeads,
    numKvHeads: int(spec, 'num_key_value_heads', numHeads, name, 1),
    headDim: int(spec, 'head_dim', Math.floor(hiddenSize / numHeads), name, 1),
    numExperts,
    expertTopK: int(spec, 'expert_top_k', 1, name, 1),
    moeIntermediateSize: int(spec, 'moe_intermediate_size', intermediateSize, name),
    nSharedExperts: int(spec, 'n_shared_experts', 0, name),
    sharedExpertIntermediateSize: int(spec, 'shared_expert_intermediate_size', intermediateSize, name),
    ffnImplementation,
    isMoe,
    isMamba,
    mambaDState: isMamba ? int(spec, 'mamba_d_state', 0, name) : 0,
    mambaDConv: int(spec, 'mamba_d_conv', 0, name),
    mambaExpand: int(spec, 'mamba_expand', 1, name),
    mambaDtRank: dtRank === undefined || dtRank === null || dtRank === 'auto' ? Math.ceil(hiddenSize / 16) : int(spec, 'mamba_dt_rank', 0, name),
  };
  return Object.freeze({
    ...basics,
    uniqueLayers,
    layerTypes: Object.freeze(layerTypes),
    arch: architecture(spec, basics),
  });
}

type CatalogEntry = (typeof catalog.models)[keyof typeof catalog.models];
const MODELS = catalog.models as Record<string, CatalogEntry>;
const ALIASES = catalog.aliases as Record<string, string>;

/**
 * Catalog models resolved once each, on first use (building all of them at start-up was a good part of the
 * action's cold start); they are frozen, so sharing them is safe.
 */
const RESOLVED = new Map<string, ModelConfig>();
function resolvedCatalogModel(canonical: string): ModelConfig {
  let m = RESOLVED.get(canonical);
  if (m === undefined) {
    m = buildModel(MODELS[canonical] as unknown as ModelSpec);
    RESOLVED.set(canonical, m);
  }
  return m;
}

/** Canonical catalog names, in catalog order. */
export const MODEL_NAMES: readonly string[] = Object.freeze(Object.keys(MODELS));
/** Every lookup key (lower-cased) a user may type, aliases included. */
export const MODEL_ALIASES: readonly string[] = Object.freeze(Object.keys(ALIASES));

/**
 * Names as given → canonical names (only names that resolve), so a mixed-case name is lower-cased once,
 * not per call. Bounded: cleared when it reaches CANONICAL_MEMO_MAX entries.
 */
const CANONICAL_MEMO = new Map<string, string>();
const CANONICAL_MEMO_MAX = 1024;

/** The canonical catalog name for a user's model name (case-insensitive, aliases), or undefined. */
export function canonicalModelName(name: string): string | undefined {
  const known = CANONICAL_MEMO.get(name);
  if (known !== undefined) return known;
  // Own keys only: a model named `constructor` or `__proto__` is unknown, not Object's.
  const key = name.toLowerCase();
  if (!Object.prototype.hasOwnProperty.call(ALIASES, key)) return undefined;
  const canonical = ALIASES[key];
  if (CANONICAL_MEMO.size >= CANONICAL_MEMO_MAX) CANONICAL_MEMO.clear();
  CANONICAL_MEMO.set(name, canonical);
  return canonical;
}

/** The raw catalog entry (GenZ's resolved fields, including informational ones), or undefined. */
export function catalogModelSpec(name: string): ModelSpec | undefined {
  const canonical = canonicalModelName(name);
  return canonical === undefined ? undefined : (MODELS[canonical] as unknown as ModelSpec);
}

export type ModelRef = string | ModelSpec;

/** GenZ's `get_configs` (spec §4.2): a config passes through; a name is looked up case-insensitively. */
export function resolveModel(ref: ModelRef): ModelConfig {
  if (typeof ref === 'string') {
    const canonical = canonicalModelName(ref);
    if (canonical === undefined) {
      throw new GenzError('unknown_model', 'ValueError', `unknown model '${ref}': not in the catalog of ${MODEL_NAMES.length} models`, { name: ref });
    }
    return resolvedCatalogModel(canonical);
  }
  return buildModel(ref);
}
