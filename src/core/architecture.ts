/**
 * The architecture of a model as the corrected model reads it (docs/model.md, "Layers"): one plan per
 * decoder layer (its mixer, attention window and FFN), the MLA shape, the expert widths, the Mamba
 * sizes, and the parameter counts that follow from them. GenZ's builders never read this; the corrected
 * builders (layered.ts) and the result figures do.
 */
import { GenzError } from './errors.js';
import type { ModelConfig, ModelSpec } from './model.js';

export type LayerMixer2 = 'attention' | 'mamba';
export type LayerFfn2 = 'dense' | 'moe' | 'none';

export interface LayerPlan {
  readonly mixer: LayerMixer2;
  /** Keys a query attends to and the cache keeps at most (sliding or chunked layers); null = full context. */
  readonly window: number | null;
  readonly ffn: LayerFfn2;
}

/** Multi-head latent attention (docs/model.md, "MLA"). */
export interface MlaShape {
  readonly qLoraRank: number;
  readonly kvLoraRank: number;
  readonly qkNopeHeadDim: number;
  readonly qkRopeHeadDim: number;
  readonly vHeadDim: number;
}

export interface LayerGroup {
  readonly plan: LayerPlan;
  readonly count: number;
}

export interface ParamCounts {
  /** Every weight matrix of the language model: embeddings, LM head, layers (norms and biases left out). */
  readonly total: number;
  /** What one token uses: total minus the routed experts it is not routed to. */
  readonly active: number;
}

export interface Architecture {
  readonly layers: readonly LayerPlan[];
  /** Distinct plans with how many layers have each, in order of first appearance. */
  readonly groups: readonly LayerGroup[];
  readonly mla: MlaShape | null;
  readonly tieEmbeddings: boolean;
  /** Dense FFN width (intermediate_size). */
  readonly denseWidth: number;
  /** One routed expert's width (moe_intermediate_size, else intermediate_size). */
  readonly expertWidth: number;
  /** All shared experts' width together (n_shared × their width). */
  readonly sharedWidth: number;
  /** Mamba inner width (expand × hidden) and state sizes. */
  readonly mambaInner: number;
  /** Weight precision the model's files state (quantization_config), if any; experts may differ. */
  readonly weightPrecision: string | null;
  readonly expertWeightPrecision: string | null;
  readonly params: ParamCounts;
}

/** Per-layer, per-token KV-cache elements of a plan (before any window clamp): K and V, or the MLA latent. */
export interface LayerCacheShape {
  /** Elements per cached token (all KV heads; 0 for Mamba). */
  readonly perToken: number;
  /** Fixed elements per sequence (Mamba conv and SSM state). */
  readonly fixed: number;
}

const SPEC_LAYER_TYPES = ['full_attention', 'sliding_attention', 'chunked_attention', 'mamba'] as const;
const SPEC_FFN_TYPES = ['dense', 'moe', 'none'] as const;

function fail(name: string, field: string, msg: string): never {
  throw new GenzError('invalid_model', 'ValueError', `model '${name}': ${msg}`, { field });
}

function optInt(spec: ModelSpec, key: string, name: string, min = 1): number | null {
  const v = spec[key];
  if (v === undefined || v === null) return null;
  if (typeof v !== 'number' || !Number.isInteger(v) || v < min) fail(name, key, `'${key}' must be an integer >= ${min}, got ${JSON.stringify(v)}`);
  return v;
}

function stringList(spec: ModelSpec, key: string, n: number, allowed: readonly string[], name: string): string[] | null {
  const v = spec[key];
  if (v === undefined || v === null) return null;
  if (!Array.isArray(v) || v.length !== n || v.some((x) => typeof x !== 'string' || !allowed.includes(x))) {
    fail(name, key, `'${key}' must list one of ${allowed.join(', ')} for each of the ${n} layers`);
  }
  return v as string[];
}

/** The inputs architecture() needs from the resolved GenZ fields. */
export type ResolvedBasics = Pick<
  ModelConfig,
  | 'name'
  | 'vocabSize'
  | 'hiddenSize'
  | 'intermediateSize'
  | 'numFfi'
  | 'numLayers'
  | 'numHeads'
  | 'numKvHeads'
  | 'headDim'
  | 'numExperts'
  | 'expertTopK'
  | 'isMamba'
  | 'mambaDState'
  | 'mambaDConv'
  | 'mambaExpand'
  | 'mambaDtRank'
>;

export function architecture(spec: ModelSpec, m: ResolvedBasics): Architecture {
  const name = m.name;
  const n = m.numLayers;
  const isMoe = m.numExperts > 1;
  const window = optInt(spec, 'sliding_window', name);
  const chunk = optInt(spec, 'attention_chunk_size', name);
  const types = stringList(spec, 'layer_types', n, SPEC_LAYER_TYPES, name);
  const ffnTypes = stringList(spec, 'ffn_types', n, SPEC_FFN_TYPES, name);
  const attnPeriod = optInt(spec, 'attn_layer_period', name);
  const attnOffset = optInt(spec, 'attn_layer_offset', name, 0) ?? 0;
  const mambaPeriod = optInt(spec, 'mamba_layer_period', name) ?? 1;
  const expertPeriod = optInt(spec, 'expert_layer_period', name) ?? 1;
  const expertOffset = optInt(spec, 'expert_layer_offset', name, 0) ?? 0;
  const hasFfn = m.intermediateSize > 0 && m.numFfi > 0;

  const layers: LayerPlan[] = [];
  for (let i = 0; i < n; i++) {
    let mixer: LayerMixer2 = 'attention';
    let w: number | null = null;
    if (types !== null) {
      const t = types[i];
      if (t === 'mamba') mixer = 'mamba';
      else if (t === 'sliding_attention') {
        if (window === null) fail(name, 'sliding_window', `layer ${i} is 'sliding_attention' but no sliding_window is given`);
        w = window;
      } else if (t === 'chunked_attention') {
        if (chunk === null) fail(name, 'attention_chunk_size', `layer ${i} is 'chunked_attention' but no attention_chunk_size is given`);
        w = chunk;
      }
    } else if (m.isMamba) {
      // Jamba-style schedule: attention every attn_layer_period layers at attn_layer_offset; without a
      // period, GenZ's rule (Mamba where i % mamba_layer_period == 0, attention elsewhere).
      const attention = attnPeriod !== null ? i % attnPeriod === attnOffset : i % mambaPeriod !== 0;
      mixer = attention ? 'attention' : 'mamba';
      if (attention) w = window;
    } else {
      w = window;
    }
    let ffn: LayerFfn2;
    if (ffnTypes !== null) ffn = ffnTypes[i] as LayerFfn2;
    else if (isMoe && i % expertPeriod === expertOffset) ffn = 'moe';
    else ffn = hasFfn ? 'dense' : 'none';
    if (ffn === 'moe' && !isMoe) fail(name, 'ffn_types', `layer ${i} is 'moe' but the model has no experts`);
    layers.push(Object.freeze({ mixer, window: w, ffn }));
  }

  const groups: { plan: LayerPlan; count: number }[] = [];
  for (const p of layers) {
    const g = groups.find((x) => x.plan.mixer === p.mixer && x.plan.window === p.window && x.plan.ffn === p.ffn);
    if (g) g.count++;
    else groups.push({ plan: p, count: 1 });
  }

  const kvr = optInt(spec, 'kv_lora_rank', name);
  let mla: MlaShape | null = null;
  if (kvr !== null) {
    const need = (k: string): number => optInt(spec, k, name) ?? fail(name, k, `MLA (kv_lora_rank given) needs '${k}'`);
    mla = Object.freeze({
      qLoraRank: optInt(spec, 'q_lora_rank', name) ?? 0,
      kvLoraRank: kvr,
      qkNopeHeadDim: need('qk_nope_head_dim'),
      qkRopeHeadDim: need('qk_rope_head_dim'),
      vHeadDim: need('v_head_dim'),
    });
  }

  const moeWidth = optInt(spec, 'moe_intermediate_size', name, 0);
  const expertWidth = moeWidth ?? m.intermediateSize;
  const nShared = optInt(spec, 'n_shared_experts', name, 0) ?? 0;
  const sharedEach = optInt(spec, 'shared_expert_intermediate_size', name, 0) ?? expertWidth;
  const tie = spec.tie_word_embeddings === true;
  const prec = (k: string): string | null => (typeof spec[k] === 'string' ? (spec[k] as string) : null);

  const base = {
    layers: Object.freeze(layers),
    groups: Object.freeze(groups.map((g) => Object.freeze({ ...g }))),
    mla,
    tieEmbeddings: tie,
    denseWidth: m.intermediateSize,
    expertWidth,
    sharedWidth: nShared * sharedEach,
    mambaInner: m.hiddenSize * m.mambaExpand,
    weightPrecision: prec('weight_precision'),
    expertWeightPrecision: prec('expert_weight_precision') ?? prec('weight_precision'),
  };
  const params = countParams(m, base);
  return Object.freeze({ ...base, params });
}

type ArchBase = Omit<Architecture, 'params'>;

/** Weights of one layer's mixer (unsharded), in elements. */
export function mixerParams(m: ResolvedBasics, a: ArchBase, plan: LayerPlan): number {
  const D = m.hiddenSize;
  if (plan.mixer === 'mamba') {
    const F = a.mambaInner;
    const S = m.mambaDState;
    const R = m.mambaDtRank;
    // in_proj, conv, x_proj (dt, B, C), dt_proj, A, D, out_proj.
    return D * 2 * F + F * m.mambaDConv + F * (R + 2 * S) + R * F + F * S + F + F * D;
  }
  const H = m.numHeads;
  if (a.mla) {
    const { qLoraRank: qr, kvLoraRank: kvr, qkNopeHeadDim: nope, qkRopeHeadDim: rope, vHeadDim: v } = a.mla;
    const q = qr > 0 ? D * qr + qr * H * (nope + rope) : D * H * (nope + rope);
    return q + D * (kvr + rope) + kvr * H * (nope + v) + H * v * D;
  }
  const hd = m.headDim;
  return D * (H + 2 * m.numKvHeads) * hd + H * hd * D;
}

/** FFN weights of one layer (unsharded): dense, or router + all routed experts + shared experts. */
export function ffnParams(m: ResolvedBasics, a: ArchBase, plan: LayerPlan): { dense: number; experts: number; perExpert: number } {
  const D = m.hiddenSize;
  const mats = m.numFfi + 1;
  if (plan.ffn === 'none') return { dense: 0, experts: 0, perExpert: 0 };
  if (plan.ffn === 'dense') return { dense: mats * D * a.denseWidth, experts: 0, perExpert: 0 };
  const perExpert = mats * D * a.expertWidth;
  return { dense: m.numExperts * D + mats * D * a.sharedWidth, experts: m.numExperts * perExpert, perExpert };
}

function countParams(m: ResolvedBasics, a: ArchBase): ParamCounts {
  const embed = m.vocabSize * m.hiddenSize;
  let total = a.tieEmbeddings ? embed : 2 * embed;
  let active = total;
  for (const plan of a.layers) {
    const f = ffnParams(m, a, plan);
    const mixer = mixerParams(m, a, plan);
    total += mixer + f.dense + f.experts;
    active += mixer + f.dense + Math.min(m.expertTopK, m.numExperts) * f.perExpert;
  }
  return Object.freeze({ total, active });
}

/** Cache elements of one layer (all heads, one sequence): per cached token, and fixed (Mamba state). */
export function layerCache(m: ResolvedBasics, a: ArchBase, plan: LayerPlan): LayerCacheShape {
  if (plan.mixer === 'mamba') return { perToken: 0, fixed: a.mambaInner * (m.mambaDState + m.mambaDConv) };
  if (a.mla) return { perToken: a.mla.kvLoraRank + a.mla.qkRopeHeadDim, fixed: 0 };
  return { perToken: 2 * m.numKvHeads * m.headDim, fixed: 0 };
}

/** Tokens a layer caches at a context: the whole context, or at most its window (an explicit clamp). */
export const cachedTokens = (plan: LayerPlan, context: number): number => (plan.window === null ? context : Math.min(context, plan.window));

/** KV-cache elements of the whole model for one sequence at a context (docs/model.md, "KV cache"). */
export function kvCacheElements(m: ResolvedBasics, a: ArchBase, context: number): number {
  let total = 0;
  // Indexed: `for … of` over the frozen plans allocates its iterator results in V8 11 (a call per scenario).
  for (let i = 0; i < a.layers.length; i++) {
    const plan = a.layers[i];
    const c = layerCache(m, a, plan);
    total += c.perToken * cachedTokens(plan, context) + c.fixed;
  }
  return total;
}
