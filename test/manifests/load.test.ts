import { describe, expect, it } from 'vitest';
import { loadProjectConfig, loadScenarios } from '../../src/manifests/index.js';
import type { Scenario } from '../../src/manifests/index.js';
import { normalizeConfig } from '../../src/simulation/normalize.js';
import { fixture } from './helpers.js';

function loadProject() {
  const cfg = loadProjectConfig({ cwd: fixture('project') });
  return loadScenarios({ root: cfg.root, manifests: cfg.manifests, modelsDir: cfg.modelsDir, hardwareDir: cfg.hardwareDir });
}

const byId = (list: Scenario[], id: string): Scenario => {
  const s = list.find((x) => x.id === id);
  if (!s) throw new Error(`no scenario ${id}`);
  return s;
};

describe('loadScenarios on a valid project', () => {
  const r = loadProject();

  it('finds the manifests sorted, with POSIX paths, and reports no errors', () => {
    expect(r.errors).toEqual([]);
    expect(r.files).toEqual(['perf/a-basic.yaml', 'perf/b-sweep.yaml', 'perf/c-files.json']);
  });

  it('keeps file order, scenario order and matrix order', () => {
    expect(r.scenarios.map((s) => s.id)).toEqual([
      'llama8b-prefill-512',
      'llama8b-fp16',
      'mixtral-ep',
      'llama8b-sweep.tensor-1.batch-1',
      'llama8b-sweep.tensor-1.batch-8',
      'llama8b-sweep.tensor-2.batch-1',
      'llama8b-sweep.tensor-2.batch-8',
      'models.model-meta-llama-Llama-3.1-8B.precision-bf16',
      'models.model-meta-llama-Llama-3.1-8B.precision-fp8',
      'models.model-models-hf-llama-config.json.precision-bf16',
      'models.model-models-hf-llama-config.json.precision-fp8',
      'hf-llama',
      'hf-mixtral',
      'hf-qwen2',
      'hf-mamba',
      'hf-qwen2-moe',
      'hf-deepseek-v2-lite',
      'hf-gpt2',
      'genz-yaml',
    ]);
  });

  it('merges defaults deeply (the scenario wins) and fills the documented defaults', () => {
    const s = byId(r.scenarios, 'llama8b-prefill-512');
    expect(s).toMatchObject({ description: 'Short-context prefill', manifest: 'perf/a-basic.yaml', line: 8, column: 5, matrix: null });
    expect(s.config).toEqual({
      model: 'meta-llama/Llama-3.1-8B',
      hardware: 'A100_40GB_GPU',
      precision: 'bf16',
      efficiency: 1,
      parallelism: { tensor: 1, pipeline: 1, expert: 1 },
      workload: { batch: 1, input_tokens: 512, output_tokens: 256, beam: 1 },
      features: ['prefill'],
      engine: 'generic',
      calibration: 'builtin',
    });
    // slo: defaults {ttft_ms: 500} merged with the scenario's budgets.
    expect(s.slo).toEqual({ ttft_ms: 500, tpot_ms: 20, must_fit: true });
    expect(s.modelSource).toEqual({ kind: 'catalog', name: 'meta-llama/Llama-3.1-8B', requested: 'meta-llama/Llama-3.1-8B' });
    expect(s.hardwareSource).toEqual({ kind: 'preset', name: 'A100_40GB_GPU' });
    expect(byId(r.scenarios, 'mixtral-ep').slo).toEqual({ ttft_ms: 500 });
  });

  it('accepts fp16, case-insensitive catalog aliases, slo: null and features with options', () => {
    const s = byId(r.scenarios, 'llama8b-fp16');
    expect(s.config.precision).toBe('fp16');
    expect(s.config.efficiency).toBe(0.8);
    expect(s.config.model).toBe('meta-llama/Llama-3.1-8B');
    expect(s.modelSource).toEqual({ kind: 'catalog', name: 'meta-llama/Llama-3.1-8B', requested: 'LLAMA-3.1-8B' });
    expect(s.slo).toBeNull();
    expect(s.config.features).toEqual([{ lora: { rank: 8, strategy: 'merged' } }, { flash_attention: { enabled: false } }, 'memory_offload']);
    expect(s.config.parallelism).toEqual({ tensor: 2, pipeline: 1, expert: 1 });
  });

  it('expands matrices over defaults and the scenario, recording the values', () => {
    const s = byId(r.scenarios, 'llama8b-sweep.tensor-2.batch-8');
    expect(s).toMatchObject({ manifest: 'perf/b-sweep.yaml', line: 7, column: 5, matrix: { 'parallelism.tensor': 2, 'workload.batch': 8 } });
    expect(s.config.parallelism).toEqual({ tensor: 2, pipeline: 1, expert: 1 });
    expect(s.config.workload).toEqual({ batch: 8, input_tokens: 2048, output_tokens: 256, beam: 1 });
    const m = byId(r.scenarios, 'models.model-models-hf-llama-config.json.precision-fp8');
    expect(m.modelSource).toEqual({ kind: 'file', path: 'models/hf-llama/config.json' });
    expect(m.config.precision).toBe('fp8');
    expect(m.config.workload?.batch).toBe(4); // from defaults
  });

  it('every loaded config is accepted by the simulation engine', () => {
    for (const s of r.scenarios) expect(() => normalizeConfig(s.config), s.id).not.toThrow();
  });
});

describe('Hugging Face config.json mapping', () => {
  const r = loadProject();
  const model = (id: string): unknown => byId(r.scenarios, id).config.model;

  it('Llama-style: gated FFN, GQA, name from _name_or_path', () => {
    expect(model('hf-llama')).toEqual({
      model: 'TinyLlama/TinyLlama-1.1B-Chat-v1.0',
      vocab_size: 32000,
      hidden_size: 2048,
      intermediate_size: 5632,
      num_ffi: 2,
      num_decoder_layers: 22,
      num_attention_heads: 32,
      num_key_value_heads: 4,
      hidden_act: 'silu',
      max_model_len: 2048,
      tie_word_embeddings: false,
    });
    expect(byId(r.scenarios, 'hf-llama').modelSource).toEqual({ kind: 'file', path: 'models/hf-llama/config.json' });
  });

  it('Mixtral-style MoE: num_local_experts and num_experts_per_tok', () => {
    expect(model('hf-mixtral')).toEqual({
      model: 'hf-mixtral',
      vocab_size: 32000,
      hidden_size: 4096,
      intermediate_size: 14336,
      num_ffi: 2,
      num_decoder_layers: 32,
      num_attention_heads: 32,
      num_key_value_heads: 8,
      num_experts: 8,
      expert_top_k: 2,
      hidden_act: 'silu',
      max_model_len: 32768,
      tie_word_embeddings: false,
    });
    expect(byId(r.scenarios, 'hf-mixtral').config.parallelism?.expert).toBe(8);
  });

  it('Qwen2-style: gated FFN, 14 heads over 2 KV heads', () => {
    expect(model('hf-qwen2')).toEqual({
      model: 'hf-qwen2',
      vocab_size: 151936,
      hidden_size: 896,
      intermediate_size: 4864,
      num_ffi: 2,
      num_decoder_layers: 24,
      num_attention_heads: 14,
      num_key_value_heads: 2,
      hidden_act: 'silu',
      max_model_len: 131072,
      tie_word_embeddings: true,
      import_warnings: ['sliding_window ignored: use_sliding_window is false'],
    });
  });

  it('Mamba: state_size, conv_kernel, expand, time_step_rank; no attention and no FFN', () => {
    expect(model('hf-mamba')).toEqual({
      model: 'hf-mamba',
      vocab_size: 50280,
      hidden_size: 768,
      intermediate_size: 0,
      num_ffi: 0,
      num_decoder_layers: 24,
      num_attention_heads: 1,
      num_key_value_heads: 1,
      head_dim: 768,
      mamba_d_state: 16,
      mamba_d_conv: 4,
      mamba_expand: 2,
      mamba_dt_rank: 48,
      hidden_act: 'silu',
      tie_word_embeddings: true,
    });
    // Tensor parallel 2 is fine: a pure Mamba model has no attention heads to split.
    expect(byId(r.scenarios, 'hf-mamba').config.parallelism?.tensor).toBe(2);
  });

  it('Qwen2-MoE (one shared expert) and DeepSeek-V2 (deepseek FFN)', () => {
    expect(model('hf-qwen2-moe')).toMatchObject({
      num_experts: 60,
      expert_top_k: 4,
      moe_intermediate_size: 1408,
      n_shared_experts: 1,
      shared_expert_intermediate_size: 5632,
      num_ffi: 2,
    });
    expect(model('hf-deepseek-v2-lite')).toMatchObject({
      num_experts: 64,
      expert_top_k: 6,
      moe_intermediate_size: 1408,
      n_shared_experts: 2,
      ffn_implementation: 'deepseek',
      num_decoder_layers: 27,
    });
  });

  it('GPT-2-style: n_embd/n_head/n_layer, plain MLP of 4 × hidden', () => {
    expect(model('hf-gpt2')).toEqual({
      model: 'hf-gpt2',
      vocab_size: 50257,
      hidden_size: 768,
      intermediate_size: 3072,
      num_ffi: 1,
      num_decoder_layers: 12,
      num_attention_heads: 12,
      hidden_act: 'gelu_new',
      max_model_len: 1024,
      tie_word_embeddings: true,
    });
  });

  it('our own YAML model format, also as a speculative draft model', () => {
    const s = byId(r.scenarios, 'genz-yaml');
    const tiny = {
      model: 'tiny-genz',
      vocab_size: 32000,
      hidden_size: 1024,
      intermediate_size: 2816,
      num_ffi: 2,
      num_decoder_layers: 8,
      num_attention_heads: 16,
      num_key_value_heads: 4,
    };
    expect(s.config.model).toEqual(tiny);
    expect(s.modelSource).toEqual({ kind: 'file', path: 'models/tiny-genz.yaml' });
    const spec = (s.config.features![0] as Record<string, Record<string, unknown>>).speculative_decode;
    expect(spec.draft_model).toEqual(tiny);
    expect(spec.draft_hardware).toMatchObject({ system_name: 'minimal', off_chip_mem_size: 512 });
  });
});

describe('hardware files', () => {
  const r = loadProject();

  it('converts units exactly to GenZ System arguments', () => {
    const s = byId(r.scenarios, 'hf-llama');
    expect(s.hardwareSource).toEqual({ kind: 'file', path: 'hardware/accel-x.yaml' });
    expect(s.config.hardware).toEqual({
      system_name: 'Accel-X',
      flops: 400,
      offchip_mem_bw: 2000,
      off_chip_mem_size: 96 * 1024,
      interchip_link_bw: 200,
      interchip_link_latency: 1.5,
      onchip_mem_bw: 20000,
      external_mem_bw: 64,
      frequency: 1500,
      compute_efficiency: 0.9,
      memory_efficiency: 0.85,
      comm_efficiency: 0.8,
    });
  });

  it('fills omitted fields with the values GenZ gives presets; names default to the file name', () => {
    const s = byId(r.scenarios, 'hf-qwen2');
    expect(s.hardwareSource).toEqual({ kind: 'file', path: 'hardware/minimal.yml' });
    expect(s.config.hardware).toEqual({
      system_name: 'minimal',
      flops: 12.5,
      offchip_mem_bw: 100,
      off_chip_mem_size: 512, // 0.5 GB × 1024 = 512 MB = 2^29 bytes
      interchip_link_bw: 150,
      interchip_link_latency: 1,
      onchip_mem_bw: 18000,
      external_mem_bw: 128,
      frequency: 1000,
      comm_efficiency: 1,
    });
  });
});
