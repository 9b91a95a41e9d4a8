/**
 * Adds catalog entries from published Hugging Face configs (the facts below, each checked against a second
 * public copy; the sources are recorded in each entry's `source`). Run: `npx tsx scripts/catalog-add.ts`.
 * The entries go through the same import as a user's config.json, so the catalog and the import agree.
 */
import fs from 'node:fs';
import { hfConfigToSpec } from '../src/manifests/hf-config.js';
import { parseSource } from '../src/manifests/source.js';

const HF = (id: string): string => `https://huggingface.co/${id}/blob/main/config.json`;
const fixture = (f: string): Record<string, unknown> => JSON.parse(fs.readFileSync(`test/fixtures/hf-configs/${f}`, 'utf8'));
const ds = fixture('DeepSeek-V3.json');
const oss = fixture('gpt-oss-120b.json');
const scout = fixture('Llama-4-Scout-17B-16E.json');
const gemma27 = fixture('Gemma-3-27B.json');
const gemmaText = (o: Record<string, unknown>): Record<string, unknown> => ({ ...gemma27, text_config: { ...(gemma27.text_config as object), ...o } });

const ENTRIES: [string, Record<string, unknown>, string][] = [
  ['deepseek-ai/DeepSeek-V3', ds, `${HF('deepseek-ai/DeepSeek-V3')}; second source: DeepSeek-V3 technical report, table of hyper-parameters`],
  ['deepseek-ai/DeepSeek-R1', ds, `${HF('deepseek-ai/DeepSeek-R1')} (same architecture as DeepSeek-V3); second source: DeepSeek-V3 technical report`],
  ['moonshotai/Kimi-K2-Instruct', { ...ds, n_routed_experts: 384, num_attention_heads: 64, num_key_value_heads: 64, first_k_dense_replace: 1, vocab_size: 163840, n_group: 1, topk_group: 1, max_position_embeddings: 131072 },
    `${HF('moonshotai/Kimi-K2-Instruct')}; second source: the Kimi K2 technical report (384 experts, 64 heads, 1 dense layer)`],
  ['Qwen/Qwen3-30B-A3B', fixture('Qwen3-30B-A3B.json'), `${HF('Qwen/Qwen3-30B-A3B')}; second source: Qwen3 technical report, MoE architecture table`],
  ['Qwen/Qwen3-235B-A22B', { ...fixture('Qwen3-30B-A3B.json'), hidden_size: 4096, intermediate_size: 12288, moe_intermediate_size: 1536, num_hidden_layers: 94, num_attention_heads: 64, num_key_value_heads: 4, max_window_layers: 94 },
    `${HF('Qwen/Qwen3-235B-A22B')}; second source: Qwen3 technical report, MoE architecture table`],
  ['openai/gpt-oss-120b', oss, `${HF('openai/gpt-oss-120b')}; second source: gpt-oss model card (36 layers, 128 experts, 116.8B total)`],
  ['openai/gpt-oss-20b', { ...oss, num_hidden_layers: 24, num_local_experts: 32, layer_types: (oss.layer_types as string[]).slice(0, 24) },
    `${HF('openai/gpt-oss-20b')}; second source: gpt-oss model card (24 layers, 32 experts, 20.9B total)`],
  ['meta-llama/Llama-4-Scout-17B-16E-Instruct', scout, `${HF('meta-llama/Llama-4-Scout-17B-16E-Instruct')}; second source: Llama 4 model card (16 experts, 109B total with vision)`],
  ['meta-llama/Llama-4-Maverick-17B-128E-Instruct', { ...scout, text_config: { ...(scout.text_config as object), num_local_experts: 128, interleave_moe_layer_step: 2, moe_layers: Array.from({ length: 24 }, (_, i) => 2 * i + 1), max_position_embeddings: 1048576 } },
    `${HF('meta-llama/Llama-4-Maverick-17B-128E-Instruct')}; second source: Llama 4 model card (128 experts, MoE every other layer, 400B total with vision)`],
  ['google/gemma-3-27b-it', gemma27, `${HF('google/gemma-3-27b-it')}; second source: Gemma 3 technical report, parameter table`],
  ['google/gemma-3-12b-it', gemmaText({ hidden_size: 3840, intermediate_size: 15360, num_hidden_layers: 48, num_attention_heads: 16, num_key_value_heads: 8, head_dim: 256, query_pre_attn_scalar: 256 }),
    `${HF('google/gemma-3-12b-it')}; second source: Gemma 3 technical report, parameter table`],
  ['google/gemma-3-4b-it', gemmaText({ hidden_size: 2560, intermediate_size: 10240, num_hidden_layers: 34, num_attention_heads: 8, num_key_value_heads: 4, head_dim: 256, query_pre_attn_scalar: 256 }),
    `${HF('google/gemma-3-4b-it')}; second source: Gemma 3 technical report, parameter table`],
  ['mistralai/Mistral-Small-24B-Instruct-2501', { architectures: ['MistralForCausalLM'], model_type: 'mistral', head_dim: 128, hidden_act: 'silu', hidden_size: 5120, intermediate_size: 32768, max_position_embeddings: 32768, num_attention_heads: 32, num_hidden_layers: 40, num_key_value_heads: 8, rope_theta: 100000000.0, sliding_window: null, tie_word_embeddings: false, vocab_size: 131072 },
    `${HF('mistralai/Mistral-Small-24B-Instruct-2501')}; second source: the Mistral Small 3.1 text config (same text model)`],
  ['microsoft/phi-4', { architectures: ['Phi3ForCausalLM'], model_type: 'phi3', hidden_act: 'silu', hidden_size: 5120, intermediate_size: 17920, max_position_embeddings: 16384, num_attention_heads: 40, num_hidden_layers: 40, num_key_value_heads: 10, rope_theta: 250000, sliding_window: null, tie_word_embeddings: false, vocab_size: 100352 },
    `${HF('microsoft/phi-4')}; second source: Phi-4 technical report (40 layers, 5120 wide, 14.7B)`],
];

const path = 'data/models.json';
const catalog = JSON.parse(fs.readFileSync(path, 'utf8'));
for (const [name, cfg, source] of ENTRIES) {
  const src = parseSource(JSON.stringify(cfg), `${name}/config.json`);
  const r = hfConfigToSpec(src, src.data as Record<string, unknown>, name);
  if (!r.spec) throw new Error(`${name}: ${r.errors.map((e) => e.message).join('; ')}`);
  const spec: Record<string, unknown> = { ...r.spec, model: name, source };
  if (spec.import_warnings) {
    spec.notes = spec.import_warnings;
    delete spec.import_warnings;
  }
  catalog.models[name] = spec;
  catalog.aliases[name.toLowerCase()] = name;
  const short = name.slice(name.indexOf('/') + 1).toLowerCase();
  if (!(short in catalog.aliases)) catalog.aliases[short] = name;
}
catalog.model_count = Object.keys(catalog.models).length;
catalog.alias_count = Object.keys(catalog.aliases).length;
fs.writeFileSync(path, JSON.stringify(catalog, null, 2) + '\n');
console.log(`${ENTRIES.length} entries written; ${catalog.model_count} models`);
