/**
 * Hugging Face `config.json` → GenZ ModelConfig fields (`ModelSpec`).
 *
 * The architecture family decides the FFN shape, not the activation name (GPT-2's gelu is a plain MLP,
 * Gemma's gelu_pytorch_tanh is gated):
 *
 * | model_type (architectures)                                      | num_ffi | notes |
 * |---|---|---|
 * | llama, mistral, qwen2, qwen3, gemma, gemma2, gemma3_text (gemma3 via text_config), phi3, granite, olmo2 | 2 | gated MLP (SwiGLU/GeGLU) |
 * | mixtral, qwen3_moe, phimoe                                      | 2 | MoE: num_local_experts / num_experts, num_experts_per_tok |
 * | qwen2_moe                                                       | 2 | MoE with one shared expert of shared_expert_intermediate_size |
 * | deepseek, deepseek_v2, deepseek_v3                              | 2 | MoE, n_routed_experts, n_shared_experts; ffn_implementation deepseek |
 * | jamba                                                           | 2 | Mamba/attention/MoE hybrid (mamba_* and *_layer_period/offset as named) |
 * | gpt2, gpt_bigcode, opt, falcon, gpt_neox, gptj, bloom, starcoder2, phi | 1 | plain MLP; width defaults to 4 × hidden |
 * | mamba, falcon_mamba                                             | 0 | pure Mamba: no attention, no FFN (heads 1, intermediate 0) |
 *
 * Fields (first one present wins): hidden_size|n_embd|d_model → hidden_size; num_attention_heads|n_head|
 * num_heads → num_attention_heads; num_hidden_layers|n_layer|num_layers → num_decoder_layers;
 * num_key_value_heads|num_kv_heads|n_head_kv → num_key_value_heads (multi-query models: 1);
 * intermediate_size|ffn_dim|n_inner|ffn_hidden_size → intermediate_size; vocab_size|padded_vocab_size;
 * num_local_experts|num_experts|n_routed_experts → num_experts; num_experts_per_tok → expert_top_k; head_dim,
 * moe_intermediate_size, n_shared_experts, shared_expert_intermediate_size as named; state_size → mamba_d_state,
 * conv_kernel → mamba_d_conv, expand → mamba_expand, time_step_rank → mamba_dt_rank; hidden_act|
 * hidden_activation|activation_function → hidden_act and max_position_embeddings|n_positions → max_model_len
 * (informational). The model name is `_name_or_path`, else the file name (for `config.json`, its folder's name).
 */
import type { ModelSpec } from '../core/model.js';
import { type Segment, show } from './errors.js';
import { type SourceFile, errorAt } from './source.js';
import type { Problem } from '../errors/index.js';

type Kind = 'gated' | 'plain' | 'mamba';
interface Family {
  readonly kind: Kind;
  readonly architectures: readonly string[];
  readonly deepseek?: boolean;
  readonly hybrid?: boolean;
  /** tie_word_embeddings when the config leaves it out (the model class's default). */
  readonly tied?: boolean;
}

export const HF_FAMILIES: Readonly<Record<string, Family>> = {
  llama: { kind: 'gated', architectures: ['LlamaForCausalLM'] },
  mistral: { kind: 'gated', architectures: ['MistralForCausalLM'] },
  mixtral: { kind: 'gated', architectures: ['MixtralForCausalLM'] },
  qwen2: { kind: 'gated', architectures: ['Qwen2ForCausalLM'] },
  qwen2_moe: { kind: 'gated', architectures: ['Qwen2MoeForCausalLM'] },
  qwen3: { kind: 'gated', architectures: ['Qwen3ForCausalLM'] },
  qwen3_moe: { kind: 'gated', architectures: ['Qwen3MoeForCausalLM'] },
  gemma: { kind: 'gated', architectures: ['GemmaForCausalLM'], tied: true },
  gemma2: { kind: 'gated', architectures: ['Gemma2ForCausalLM'], tied: true },
  gemma3_text: { kind: 'gated', architectures: ['Gemma3ForCausalLM'], tied: true },
  gpt_oss: { kind: 'gated', architectures: ['GptOssForCausalLM'] },
  llama4_text: { kind: 'gated', architectures: ['Llama4ForCausalLM'] },
  phi3: { kind: 'gated', architectures: ['Phi3ForCausalLM'] },
  phimoe: { kind: 'gated', architectures: ['PhiMoEForCausalLM'] },
  granite: { kind: 'gated', architectures: ['GraniteForCausalLM'] },
  olmo2: { kind: 'gated', architectures: ['Olmo2ForCausalLM'] },
  deepseek: { kind: 'gated', architectures: ['DeepseekForCausalLM'], deepseek: true },
  deepseek_v2: { kind: 'gated', architectures: ['DeepseekV2ForCausalLM'], deepseek: true },
  deepseek_v3: { kind: 'gated', architectures: ['DeepseekV3ForCausalLM'], deepseek: true },
  jamba: { kind: 'gated', architectures: ['JambaForCausalLM'], hybrid: true },
  gpt2: { kind: 'plain', architectures: ['GPT2LMHeadModel'], tied: true },
  gpt_bigcode: { kind: 'plain', architectures: ['GPTBigCodeForCausalLM'] },
  opt: { kind: 'plain', architectures: ['OPTForCausalLM'] },
  falcon: { kind: 'plain', architectures: ['FalconForCausalLM', 'RWForCausalLM'] },
  gpt_neox: { kind: 'plain', architectures: ['GPTNeoXForCausalLM'] },
  gptj: { kind: 'plain', architectures: ['GPTJForCausalLM'] },
  bloom: { kind: 'plain', architectures: ['BloomForCausalLM'] },
  starcoder2: { kind: 'plain', architectures: ['Starcoder2ForCausalLM'] },
  phi: { kind: 'plain', architectures: ['PhiForCausalLM'] },
  mamba: { kind: 'mamba', architectures: ['MambaForCausalLM'], tied: true },
  falcon_mamba: { kind: 'mamba', architectures: ['FalconMambaForCausalLM'], tied: true },
};
/** Defaults of the Hugging Face config classes for fields published configs leave out. */
const FAMILY_DEFAULTS: Readonly<Record<string, Obj>> = {
  gemma3_text: { vocab_size: 262208, sliding_window_pattern: 6, tie_word_embeddings: true },
};

/** Older names of a model_type. */
const MODEL_TYPE_ALIASES: Readonly<Record<string, string>> = { RefinedWeb: 'falcon', RefinedWebModel: 'falcon' };

export const HF_MODEL_TYPES: readonly string[] = Object.keys(HF_FAMILIES);

/** Whether a parsed model file is a Hugging Face config (rather than GenZ ModelConfig fields). */
export function isHfConfig(data: unknown): boolean {
  return data !== null && typeof data === 'object' && !Array.isArray(data) && ('model_type' in data || 'architectures' in data);
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => v !== null && typeof v === 'object' && !Array.isArray(v);

function familyOf(cfg: Obj): string | undefined {
  const mt = cfg.model_type;
  if (typeof mt === 'string') {
    const t = MODEL_TYPE_ALIASES[mt] ?? mt;
    if (HF_FAMILIES[t]) return t;
  }
  if (Array.isArray(cfg.architectures)) {
    for (const a of cfg.architectures) {
      const hit = Object.entries(HF_FAMILIES).find(([, f]) => f.architectures.includes(String(a)));
      if (hit) return hit[0];
    }
  }
  return undefined;
}

export interface HfResult {
  spec: ModelSpec | null;
  errors: Problem[];
}

/** Maps a Hugging Face config to a ModelSpec; errors point at the offending field of the file. */
export function hfConfigToSpec(src: SourceFile, data: Obj, defaultName: string): HfResult {
  let cfg = data;
  let base: Segment[] = [];
  let family = familyOf(cfg);
  const warnings: string[] = [];
  if (isObj(cfg.text_config) && familyOf(cfg.text_config) !== undefined && (family === undefined || cfg.model_type === 'llama4')) {
    // Multimodal wrappers (gemma3, llama4) keep the language model in text_config.
    for (const k of ['vision_config', 'audio_config']) {
      if (isObj(cfg[k])) warnings.push(`${k}: the ${k === 'vision_config' ? 'vision' : 'audio'} tower is not simulated (the language model in text_config is)`);
    }
    cfg = cfg.text_config;
    base = ['text_config'];
    family = familyOf(cfg);
  }
  if (family === undefined) {
    const where = 'model_type' in data ? ['model_type'] : ['architectures'];
    const got =
      [
        typeof data.model_type === 'string' ? `model_type '${data.model_type}'` : null,
        Array.isArray(data.architectures) ? `architectures ${data.architectures.map(String).join(', ')}` : null,
      ]
        .filter((x) => x !== null)
        .join(', ') || 'no model_type';
    return {
      spec: null,
      errors: [errorAt(src, where, `unsupported Hugging Face architecture (${got}); supported model_type values: ${HF_MODEL_TYPES.join(', ')}`)],
    };
  }
  const fam = HF_FAMILIES[family];
  const errors: Problem[] = [];
  // Fields the model class fills in when a config leaves them out (e.g. Gemma 3's vocabulary).
  const defaults = FAMILY_DEFAULTS[family];
  if (defaults) cfg = { ...defaults, ...cfg };

  /** The first present key's value, checked to be an integer >= min. */
  const pick = (keys: readonly string[], min = 1): number | undefined => {
    for (const k of keys) {
      const v = cfg[k];
      if (v === undefined || v === null) continue;
      if (typeof v !== 'number' || !Number.isInteger(v) || v < min) {
        errors.push(errorAt(src, [...base, k], `must be an integer >= ${min}, got ${show(v)}`));
        return undefined;
      }
      return v;
    }
    return undefined;
  };
  const need = (keys: readonly string[], label: string): number | undefined => {
    const present = keys.some((k) => cfg[k] !== undefined && cfg[k] !== null);
    if (!present) {
      errors.push(errorAt(src, base, `missing ${keys.join(' or ')} (the ${label}) in this ${family} config`));
      return undefined;
    }
    return pick(keys);
  };
  const str = (keys: readonly string[]): string | undefined => {
    for (const k of keys) if (typeof cfg[k] === 'string') return cfg[k] as string;
    return undefined;
  };

  const name = typeof data._name_or_path === 'string' && data._name_or_path.trim() !== '' ? data._name_or_path : defaultName;
  const spec: ModelSpec = { model: name };
  const set = (key: string, v: unknown): void => {
    if (v !== undefined) spec[key] = v;
  };

  const hidden = need(['hidden_size', 'n_embd', 'd_model'], 'hidden size');
  const layers = need(['num_hidden_layers', 'n_layer', 'num_layers'], 'number of layers');
  set('vocab_size', pick(['vocab_size', 'padded_vocab_size']));
  set('hidden_size', hidden);

  if (fam.kind === 'mamba') {
    set('intermediate_size', 0);
    set('num_ffi', 0);
    set('num_decoder_layers', layers);
    set('num_attention_heads', 1);
    set('num_key_value_heads', 1);
    set('head_dim', hidden);
    set('mamba_d_state', need(['state_size'], 'Mamba state size'));
    set('mamba_d_conv', pick(['conv_kernel']));
    // The inner width is intermediate_size where the config states it (falcon-mamba: 8192 = 2 × 4096,
    // while its `expand` says 16); else expand × hidden.
    const inner = pick(['intermediate_size'], 1);
    if (inner !== undefined && hidden !== undefined && inner % hidden === 0) {
      set('mamba_expand', inner / hidden);
      if (typeof cfg.expand === 'number' && cfg.expand * hidden !== inner)
        warnings.push(`expand ${String(cfg.expand)} ignored: intermediate_size ${inner} gives the Mamba inner width (expand ${inner / hidden})`);
    } else {
      set('mamba_expand', pick(['expand']));
    }
    const rank = cfg.time_step_rank;
    set('mamba_dt_rank', rank === 'auto' ? 'auto' : pick(['time_step_rank']));
  } else {
    const heads = need(['num_attention_heads', 'n_head', 'num_heads'], 'number of attention heads');
    let kv = pick(['num_key_value_heads', 'num_kv_heads', 'n_head_kv']);
    const multiQuery = cfg.multi_query === true || (family === 'gpt_bigcode' && cfg.multi_query !== false);
    if (family === 'falcon' && cfg.new_decoder_architecture !== true) kv = multiQuery ? 1 : undefined;
    else if (kv === undefined && multiQuery) kv = 1;
    let intermediate = pick(['intermediate_size', 'ffn_dim', 'n_inner', 'ffn_hidden_size'], 0);
    if (intermediate === undefined && fam.kind === 'plain' && hidden !== undefined) intermediate = 4 * hidden;
    set('intermediate_size', intermediate);
    set('num_ffi', fam.kind === 'gated' ? 2 : 1);
    set('num_decoder_layers', layers);
    set('num_attention_heads', heads);
    set('num_key_value_heads', kv);
    set('head_dim', pick(['head_dim']));
    if (heads !== undefined && kv !== undefined && heads % kv !== 0) {
      const key = ['num_key_value_heads', 'num_kv_heads', 'n_head_kv'].find((k) => k in cfg) ?? 'num_key_value_heads';
      errors.push(errorAt(src, [...base, key], `${heads} attention heads are not a multiple of ${kv} key/value heads`));
    }
    const experts = pick(['num_local_experts', 'num_experts', 'n_routed_experts']);
    if (experts !== undefined && experts > 1) {
      set('num_experts', experts);
      set('expert_top_k', pick(['num_experts_per_tok', 'moe_topk']));
      set('moe_intermediate_size', pick(['moe_intermediate_size'], 0));
      const sharedSize = pick(['shared_expert_intermediate_size'], 0);
      set('shared_expert_intermediate_size', sharedSize);
      let shared = pick(['n_shared_experts'], 0);
      if (shared === undefined && family === 'qwen2_moe' && sharedSize !== undefined && sharedSize > 0) shared = 1;
      set('n_shared_experts', shared);
      if (fam.deepseek) set('ffn_implementation', 'deepseek');
    }
    if (fam.hybrid) {
      for (const k of ['mamba_d_state', 'mamba_d_conv', 'mamba_expand', 'attn_layer_period', 'expert_layer_period']) set(k, pick([k]));
      for (const k of ['attn_layer_offset', 'expert_layer_offset']) set(k, pick([k], 0));
      const rank = cfg.mamba_dt_rank;
      set('mamba_dt_rank', rank === 'auto' ? 'auto' : pick(['mamba_dt_rank']));
    }
  }
  set('hidden_act', str(['hidden_act', 'hidden_activation', 'activation_function']));
  set('max_model_len', pick(['max_position_embeddings', 'n_positions']));
  if (errors.length === 0 && layers !== undefined) extendSpec({ src, base, cfg, data, family, fam, spec, layers, warnings, errors, pick });
  if (warnings.length > 0) spec.import_warnings = warnings;
  return errors.length > 0 ? { spec: null, errors } : { spec, errors };
}

interface ExtendArgs {
  src: SourceFile;
  base: Segment[];
  cfg: Obj;
  data: Obj;
  family: string;
  fam: Family;
  spec: ModelSpec;
  layers: number;
  warnings: string[];
  errors: Problem[];
  pick: (keys: readonly string[], min?: number) => number | undefined;
}

/** HF layer_types values and what the corrected model runs for them. */
const HF_LAYER_TYPES: Readonly<Record<string, string>> = {
  full_attention: 'full_attention',
  sliding_attention: 'sliding_attention',
  chunked_attention: 'chunked_attention',
  attention: 'full_attention',
  mamba: 'mamba',
};

/**
 * Fields that change performance but that the model does not simulate, with the reason (docs/hf-fields.md).
 * A field is reported only when present with a value that matters.
 */
const IGNORED: readonly (readonly [string, (v: unknown) => boolean, string])[] = [
  ['rope_scaling', (v) => v !== null && v !== undefined, 'rope_scaling ignored: no effect on the roofline (position encoding costs no matrix work)'],
  [
    'num_nextn_predict_layers',
    (v) => typeof v === 'number' && v > 0,
    'num_nextn_predict_layers: the multi-token-prediction layers are not simulated (nor counted)',
  ],
  ['n_group', (v) => typeof v === 'number' && v > 1, 'n_group/topk_group: group-limited routing is simulated as uniform routing over all experts'],
  ['attn_logit_softcapping', (v) => v !== null && v !== undefined, 'attn_logit_softcapping ignored: element-wise, no effect on the roofline'],
  ['final_logit_softcapping', (v) => v !== null && v !== undefined, 'final_logit_softcapping ignored: element-wise, no effect on the roofline'],
  ['attention_bias', (v) => v === true, 'attention_bias: biases are not counted (under 0.1% of the weights)'],
  ['mlp_bias', (v) => v === true, 'mlp_bias: biases are not counted (under 0.1% of the weights)'],
  ['swiglu_limit', (v) => v !== null && v !== undefined, 'swiglu_limit ignored: element-wise, no effect on the roofline'],
  ['no_rope_layers', (v) => Array.isArray(v), 'no_rope_layers: used only to find the global-attention layers (every other layer is chunked)'],
  ['cross_attention_layers', (v) => Array.isArray(v) && v.length > 0, 'cross_attention_layers: cross-attention to image tokens is not simulated'],
];

/** quantization_config → weight precision (and expert-only precision where the method leaves the rest). */
function quantization(q: Obj, warnings: string[]): { weights?: string; experts?: string } {
  const method = typeof q.quant_method === 'string' ? q.quant_method.toLowerCase() : '';
  const bits = typeof q.bits === 'number' ? q.bits : typeof q.w_bit === 'number' ? q.w_bit : undefined;
  const byBits = (b: number | undefined): string | undefined => (b === 4 ? 'int4' : b === 8 ? 'int8' : b === 2 ? 'int2' : undefined);
  let out: { weights?: string; experts?: string } = {};
  if (method === 'fp8' || method === 'fbgemm_fp8') out = { weights: 'fp8' };
  else if (method === 'mxfp4') {
    // gpt-oss: the experts are MXFP4; modules_to_not_convert (attention, router, embeddings, head) stay bf16.
    out = { experts: 'fp4' };
  } else if (['awq', 'gptq', 'hqq', 'quanto', 'eetq', 'aqlm', 'exl2'].includes(method)) {
    const p = byBits(bits);
    if (p) out = { weights: p };
  } else if (method === 'bitsandbytes') {
    if (q.load_in_4bit === true) out = { weights: 'int4' };
    else if (q.load_in_8bit === true) out = { weights: 'int8' };
  } else if (method === 'compressed-tensors') {
    const groups = isObj(q.config_groups) ? Object.values(q.config_groups) : [];
    const w = groups.length > 0 && isObj(groups[0]) && isObj(groups[0].weights) ? groups[0].weights : undefined;
    if (w && typeof w.num_bits === 'number') {
      if (w.type === 'float' && w.num_bits === 8) out = { weights: 'fp8' };
      else if (w.type === 'float' && w.num_bits === 4) out = { weights: 'fp4' };
      else out = { weights: byBits(w.num_bits) };
    }
  }
  const stated = out.weights ?? out.experts;
  if (stated) warnings.push(`quantization_config (${method}): ${out.experts && !out.weights ? 'expert weights' : 'weights'} at ${stated}`);
  else warnings.push(`quantization_config (${method || 'unknown method'}) not understood: weights take the scenario's precision`);
  return out;
}

/** The corrected model's fields: per-layer schedule, windows, MLA, embeddings, quantization, warnings. */
function extendSpec(x: ExtendArgs): void {
  const { src, base, cfg, data, family, fam, spec, layers: n, warnings, errors, pick } = x;
  const num = (k: string): number | undefined => (typeof cfg[k] === 'number' ? (cfg[k] as number) : undefined);
  const tie =
    typeof cfg.tie_word_embeddings === 'boolean'
      ? cfg.tie_word_embeddings
      : typeof data.tie_word_embeddings === 'boolean'
        ? data.tie_word_embeddings
        : fam.tied === true;
  spec.tie_word_embeddings = tie;

  // MLA.
  if (num('kv_lora_rank') !== undefined) {
    for (const k of ['kv_lora_rank', 'qk_nope_head_dim', 'qk_rope_head_dim', 'v_head_dim']) spec[k] = pick([k]);
    spec.q_lora_rank = cfg.q_lora_rank === null ? null : pick(['q_lora_rank']);
  }

  // Windows and per-layer attention.
  let window = num('sliding_window');
  if (cfg.use_sliding_window === true && typeof cfg.max_window_layers === 'number') {
    warnings.push('max_window_layers ignored: the sliding window is applied to every layer');
  }
  if (window !== undefined && cfg.use_sliding_window === false) {
    warnings.push('sliding_window ignored: use_sliding_window is false');
    window = undefined;
  }
  const chunk = num('attention_chunk_size');
  let types: string[] | undefined;
  if (Array.isArray(cfg.layer_types)) {
    if (cfg.layer_types.length !== n) {
      errors.push(errorAt(src, [...base, 'layer_types'], `lists ${cfg.layer_types.length} layers, the model has ${n}`));
      return;
    }
    types = [];
    for (const [i, t] of cfg.layer_types.entries()) {
      const mapped = typeof t === 'string' ? HF_LAYER_TYPES[t] : undefined;
      if (mapped === undefined) {
        errors.push(errorAt(src, [...base, 'layer_types', i], `unknown layer type ${show(t)} (known: ${Object.keys(HF_LAYER_TYPES).join(', ')})`));
        return;
      }
      types.push(mapped);
    }
  } else if (family === 'gemma2' && window !== undefined) {
    types = Array.from({ length: n }, (_, i) => (i % 2 === 0 ? 'sliding_attention' : 'full_attention'));
  } else if (family === 'gemma3_text' && window !== undefined) {
    const pattern = num('sliding_window_pattern') ?? 6;
    types = Array.from({ length: n }, (_, i) => ((i + 1) % pattern === 0 ? 'full_attention' : 'sliding_attention'));
  } else if (family === 'llama4_text' && chunk !== undefined) {
    // Layers with RoPE use chunked attention; every no_rope_layer_interval-th (NoPE) layer is global.
    const noRope = Array.isArray(cfg.no_rope_layers) && cfg.no_rope_layers.length === n ? cfg.no_rope_layers : null;
    const interval = num('no_rope_layer_interval') ?? 4;
    types = Array.from({ length: n }, (_, i) => ((noRope ? noRope[i] !== 0 : (i + 1) % interval !== 0) ? 'chunked_attention' : 'full_attention'));
  } else if (fam.hybrid) {
    const period = num('attn_layer_period') ?? 1;
    const offset = num('attn_layer_offset') ?? 0;
    types = Array.from({ length: n }, (_, i) => (i % period === offset ? (window !== undefined ? 'sliding_attention' : 'full_attention') : 'mamba'));
  }
  if (types?.includes('sliding_attention') || (types === undefined && window !== undefined)) {
    if (window === undefined) {
      errors.push(errorAt(src, [...base, 'layer_types'], 'has sliding_attention layers but no sliding_window'));
      return;
    }
    spec.sliding_window = window;
  }
  if (types?.includes('chunked_attention')) {
    if (chunk === undefined) {
      errors.push(errorAt(src, [...base, 'layer_types'], 'has chunked_attention layers but no attention_chunk_size'));
      return;
    }
    spec.attention_chunk_size = chunk;
  }
  if (types) spec.layer_types = types;

  // Which layers have experts.
  const experts = typeof spec.num_experts === 'number' && spec.num_experts > 1;
  if (experts) {
    let moe: ((i: number) => boolean) | undefined;
    if (fam.deepseek) {
      const k = num('first_k_dense_replace') ?? 0;
      const freq = num('moe_layer_freq') ?? 1;
      moe = (i) => i >= k && i % freq === 0;
    } else if (family === 'qwen2_moe' || family === 'qwen3_moe') {
      const step = num('decoder_sparse_step') ?? 1;
      const dense = new Set(Array.isArray(cfg.mlp_only_layers) ? cfg.mlp_only_layers : []);
      moe = (i) => !dense.has(i) && (i + 1) % step === 0;
    } else if (family === 'llama4_text') {
      const step = num('interleave_moe_layer_step') ?? 1;
      const listed = Array.isArray(cfg.moe_layers) ? new Set(cfg.moe_layers) : null;
      moe = (i) => (listed ? listed.has(i) : i % step === step - 1);
      // One shared expert as wide as a routed one; dense layers use intermediate_size_mlp.
      spec.moe_intermediate_size = num('intermediate_size');
      spec.n_shared_experts = 1;
      spec.shared_expert_intermediate_size = num('intermediate_size');
      const mlp = num('intermediate_size_mlp');
      if (mlp !== undefined) spec.intermediate_size = mlp;
    } else if (fam.hybrid) {
      const period = num('expert_layer_period') ?? 1;
      const offset = num('expert_layer_offset') ?? 0;
      moe = (i) => i % period === offset;
    }
    if (moe) spec.ffn_types = Array.from({ length: n }, (_, i) => (moe(i) ? 'moe' : 'dense'));
    if (family === 'gpt_oss') spec.expert_top_k = pick(['num_experts_per_tok', 'experts_per_token']);
  }

  // Quantization.
  const q = isObj(cfg.quantization_config) ? cfg.quantization_config : isObj(data.quantization_config) ? data.quantization_config : undefined;
  if (q) {
    const p = quantization(q, warnings);
    if (p.weights) spec.weight_precision = p.weights;
    if (p.experts) spec.expert_weight_precision = p.experts;
  }

  for (const [field, matters, why] of IGNORED) if (matters(cfg[field])) warnings.push(why);
  if (family === 'gpt_oss') warnings.push('attention sinks (gpt-oss) not simulated: one extra logit per head, no effect on the roofline');
}
