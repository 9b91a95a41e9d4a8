/**
 * How the names that benchmarks print map to this project's presets, catalog models and engine ids.
 * Measurements name parts the way their sources print them ("Nvidia A100 GPU", "H100-SXM5-80GB");
 * the calibration layer keys profiles by preset name.
 */
import { type ModelSpec, PRESET_NAMES, canonicalModelName, lookupPreset } from '../core/index.js';

export const ENGINES = ['vllm', 'trtllm', 'sglang', 'generic'] as const;
export type Engine = (typeof ENGINES)[number];

/** Serving-engine names as benchmarks print them (lower-cased), to the engine ids of scenarios. */
const ENGINE_ALIASES: Record<string, Engine> = {
  vllm: 'vllm',
  'tensorrt-llm': 'trtllm',
  tensorrt_llm: 'trtllm',
  trtllm: 'trtllm',
  'trt-llm': 'trtllm',
  sglang: 'sglang',
  generic: 'generic',
};

export function engineId(name: string): Engine | undefined {
  return ENGINE_ALIASES[name.trim().toLowerCase()];
}

/**
 * Hardware names of the measurement sources, each with the presets it may be known as (the first that
 * exists wins, so a preset added later is picked up without touching the data). A name that is itself
 * a preset maps to itself.
 */
const HARDWARE_ALIASES: Record<string, readonly string[]> = {
  'nvidia a100 gpu': ['A100_40GB_GPU'], // Argonne: the 40 GB SXM4 part
  'a100-sxm4-40gb': ['A100_40GB_GPU'],
  'a100-sxm4-80gb': ['A100_80GB_GPU'],
  'nvidia h100 gpu': ['H100_GPU'],
  'h100-sxm5-80gb': ['H100_GPU'],
  'nvidia gh200 gpu': ['GH200_GPU'],
  'gh200-120gb': ['GH200_120GB_GPU', 'GH200_GPU'],
  'amd mi300x gpu': ['MI300X'],
  'h200-sxm-141gb': ['H200_GPU', 'H200_SXM_GPU', 'H200'],
  'l40s-48gb': ['L40S_GPU', 'L40S_48GB_GPU', 'L40S'],
};

export function hardwarePreset(name: string): string | undefined {
  if (PRESET_NAMES.includes(name)) return name;
  const known = lookupPreset(name);
  if (known) return known;
  const candidates = HARDWARE_ALIASES[name.trim().toLowerCase()];
  return candidates?.find((p) => PRESET_NAMES.includes(p));
}

/** NVIDIA parts, for the per-vendor accuracy figures. */
export function isNvidia(preset: string): boolean {
  return /^(A100|H100|H200|GH200|B100|B200|GB200|L40S|L4|A10)/i.test(preset);
}

/**
 * Architectures that the benchmarks ran and the catalog lacks, as GenZ ModelConfig fields (from each
 * model's published config.json). Only the shapes matter: the runs use random token ids.
 */
const EXTRA_MODELS: Record<string, ModelSpec> = {
  // EleutherAI/gpt-j-6b config.json: n_embd 4096, n_layer 28, n_head 16, rotary_dim 64, n_inner null (4 × n_embd), vocab 50400.
  'eleutherai/gpt-j-6b': {
    model: 'EleutherAI/gpt-j-6b',
    vocab_size: 50400,
    hidden_size: 4096,
    intermediate_size: 16384,
    num_ffi: 1,
    num_decoder_layers: 28,
    num_attention_heads: 16,
    num_key_value_heads: 16,
    head_dim: 256,
  },
  // tiiuae/falcon-180B config.json: hidden_size 14848, num_hidden_layers 80, num_attention_heads 232, num_kv_heads 8, vocab 65024, ffn 4 × hidden.
  'tiiuae/falcon-180b': {
    model: 'tiiuae/falcon-180B',
    vocab_size: 65024,
    hidden_size: 14848,
    intermediate_size: 59392,
    num_ffi: 1,
    num_decoder_layers: 80,
    num_attention_heads: 232,
    num_key_value_heads: 8,
    head_dim: 64,
  },
};

/** Models the catalog has under another name with the same shapes (same architecture, other weights). */
const MODEL_ALIASES: Record<string, string> = {
  'meta-llama/meta-llama-3-8b': 'meta-llama/llama-3.1-8b',
  'meta-llama/meta-llama-3-70b': 'meta-llama/llama-3.1-70b',
  'meta-llama/llama-2-7b-hf': 'meta-llama/llama-2-7b',
  'meta-llama/llama-2-70b-hf': 'meta-llama/llama-2-70b',
  'mistralai/mistral-7b-v0.1': 'mistralai/mistral-7b',
  'mistralai/mixtral-8x7b-v0.1': 'mistralai/mixtral-8x7b',
};

export type ResolvedModel = { ref: string | ModelSpec; name: string };

/** A measurement's model (and an optional catalog hint) as a catalog name or inline spec. */
export function measuredModel(name: string, hint?: string | null): ResolvedModel | undefined {
  for (const n of [hint, name]) {
    if (!n) continue;
    const key = n.trim().toLowerCase();
    const canonical = canonicalModelName(key) ?? (MODEL_ALIASES[key] ? canonicalModelName(MODEL_ALIASES[key]) : undefined);
    if (canonical) return { ref: canonical, name: canonical };
    const extra = EXTRA_MODELS[key];
    if (extra) return { ref: extra, name: extra.model as string };
  }
  return undefined;
}

/** Precision names as benchmarks print them, to the core's precision ids. */
export function precisionId(name: string): string | undefined {
  const p = name.trim().toLowerCase();
  if (p === 'fp16' || p === 'bf16' || p === 'float16' || p === 'bfloat16' || p === 'half' || p === 'mixed' || p === 'auto') return 'bf16';
  if (p === 'fp8' || p === 'fp8_e4m3' || p === 'float8') return 'fp8';
  if (p === 'int8' || p === 'w8a8') return 'int8';
  if (p === 'int4' || p === 'w4a16' || p === 'awq' || p === 'gptq') return 'int4';
  if (p === 'fp32' || p === 'f32' || p === 'float32') return 'f32';
  return undefined;
}
