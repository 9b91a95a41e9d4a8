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
import type { ManifestError } from './types.js';

type Kind = 'gated' | 'plain' | 'mamba';
interface Family {
  readonly kind: Kind;
  readonly architectures: readonly string[];
  readonly deepseek?: boolean;
  readonly hybrid?: boolean;
}

export const HF_FAMILIES: Readonly<Record<string, Family>> = {
  llama: { kind: 'gated', architectures: ['LlamaForCausalLM'] },
  mistral: { kind: 'gated', architectures: ['MistralForCausalLM'] },
  mixtral: { kind: 'gated', architectures: ['MixtralForCausalLM'] },
  qwen2: { kind: 'gated', architectures: ['Qwen2ForCausalLM'] },
  qwen2_moe: { kind: 'gated', architectures: ['Qwen2MoeForCausalLM'] },
  qwen3: { kind: 'gated', architectures: ['Qwen3ForCausalLM'] },
  qwen3_moe: { kind: 'gated', architectures: ['Qwen3MoeForCausalLM'] },
  gemma: { kind: 'gated', architectures: ['GemmaForCausalLM'] },
  gemma2: { kind: 'gated', architectures: ['Gemma2ForCausalLM'] },
  gemma3_text: { kind: 'gated', architectures: ['Gemma3ForCausalLM'] },
  phi3: { kind: 'gated', architectures: ['Phi3ForCausalLM'] },
  phimoe: { kind: 'gated', architectures: ['PhiMoEForCausalLM'] },
  granite: { kind: 'gated', architectures: ['GraniteForCausalLM'] },
  olmo2: { kind: 'gated', architectures: ['Olmo2ForCausalLM'] },
  deepseek: { kind: 'gated', architectures: ['DeepseekForCausalLM'], deepseek: true },
  deepseek_v2: { kind: 'gated', architectures: ['DeepseekV2ForCausalLM'], deepseek: true },
  deepseek_v3: { kind: 'gated', architectures: ['DeepseekV3ForCausalLM'], deepseek: true },
  jamba: { kind: 'gated', architectures: ['JambaForCausalLM'], hybrid: true },
  gpt2: { kind: 'plain', architectures: ['GPT2LMHeadModel'] },
  gpt_bigcode: { kind: 'plain', architectures: ['GPTBigCodeForCausalLM'] },
  opt: { kind: 'plain', architectures: ['OPTForCausalLM'] },
  falcon: { kind: 'plain', architectures: ['FalconForCausalLM', 'RWForCausalLM'] },
  gpt_neox: { kind: 'plain', architectures: ['GPTNeoXForCausalLM'] },
  gptj: { kind: 'plain', architectures: ['GPTJForCausalLM'] },
  bloom: { kind: 'plain', architectures: ['BloomForCausalLM'] },
  starcoder2: { kind: 'plain', architectures: ['Starcoder2ForCausalLM'] },
  phi: { kind: 'plain', architectures: ['PhiForCausalLM'] },
  mamba: { kind: 'mamba', architectures: ['MambaForCausalLM'] },
  falcon_mamba: { kind: 'mamba', architectures: ['FalconMambaForCausalLM'] },
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
  errors: ManifestError[];
}

/** Maps a Hugging Face config to a ModelSpec; errors point at the offending field of the file. */
export function hfConfigToSpec(src: SourceFile, data: Obj, defaultName: string): HfResult {
  let cfg = data;
  let base: Segment[] = [];
  let family = familyOf(cfg);
  if (family === undefined && isObj(cfg.text_config) && familyOf(cfg.text_config) !== undefined) {
    // Multimodal wrappers (e.g. gemma3) keep the language model in text_config.
    cfg = cfg.text_config;
    base = ['text_config'];
    family = familyOf(cfg);
  }
  if (family === undefined) {
    const where = 'model_type' in data ? ['model_type'] : ['architectures'];
    const got = [
      typeof data.model_type === 'string' ? `model_type '${data.model_type}'` : null,
      Array.isArray(data.architectures) ? `architectures ${data.architectures.map(String).join(', ')}` : null,
    ].filter((x) => x !== null).join(', ') || 'no model_type';
    return {
      spec: null,
      errors: [errorAt(src, where, `unsupported Hugging Face architecture (${got}); supported model_type values: ${HF_MODEL_TYPES.join(', ')}`)],
    };
  }
  const fam = HF_FAMILIES[family];
  const errors: ManifestError[] = [];

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
    set('mamba_expand', pick(['expand']));
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
  return errors.length > 0 ? { spec: null, errors } : { spec, errors };
}
