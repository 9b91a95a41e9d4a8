/**
 * The nine published configs of issue 10, imported as a user would: parameter counts, KV-cache bytes and
 * weight bytes. Every expected number is worked out by hand from the config below (not by the code under
 * test); the formulas are those of docs/model.md.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { hfConfigToSpec } from '../../src/manifests/hf-config.js';
import { parseSource } from '../../src/manifests/source.js';
import { simulate } from '../../src/simulation/engine.js';
import type { ModelSpec } from '../../src/core/model.js';

const DIR = path.join(import.meta.dirname, '..', 'fixtures', 'hf-configs');

function load(file: string): ModelSpec {
  const text = fs.readFileSync(path.join(DIR, file), 'utf8');
  const src = parseSource(text, file);
  const r = hfConfigToSpec(src, src.data as Record<string, unknown>, file.replace(/\.json$/, ''));
  expect(r.errors).toEqual([]);
  return r.spec!;
}

/** A device large enough for any of them. */
const BIG = { flops: 1000, offchip_mem_bw: 5000, off_chip_mem_size: 1024 * 1024 * 1024, system_name: 'big' };

function run(spec: ModelSpec, context: number) {
  return simulate({ model: spec, hardware: BIG, workload: { batch: 1, input_tokens: context - 1, output_tokens: 1 } });
}

// Hand-worked per-layer parameter counts (elements).
const gqa = (D: number, H: number, Hkv: number, hd: number): number => D * H * hd + 2 * D * Hkv * hd + H * hd * D;
const gated = (D: number, W: number): number => 3 * D * W;
const GiB = 2 ** 30;

interface Case {
  file: string;
  context: number;
  total: number;
  active: number;
  /** The model card's total, and how far it is rounded. */
  card: number;
  cardTolerance: number;
  kvBytes: number;
  weightBytes: number;
  note?: RegExp;
}

const llamaLayer = gqa(4096, 32, 8, 128) + gated(4096, 14336);
const llamaTotal = 32 * llamaLayer + 2 * 128256 * 4096;
const qwenLayer = gqa(2048, 32, 4, 128) + 128 * 2048 + 128 * gated(2048, 768);
const qwenTotal = 48 * qwenLayer + 2 * 151936 * 2048;
const qwenActive = qwenTotal - 48 * 120 * gated(2048, 768);
// DeepSeek-V3 MLA: q_a 7168·1536, q_b 1536·128·192, kv_a 7168·576, kv_b 512·128·256, o 128·128·7168.
const dsAttn = 7168 * 1536 + 1536 * 128 * 192 + 7168 * 576 + 512 * 128 * 256 + 128 * 128 * 7168;
const dsDense = gated(7168, 18432);
const dsMoeShared = 256 * 7168 + gated(7168, 2048);
const dsExperts = 256 * gated(7168, 2048);
const dsTotal = 61 * dsAttn + 3 * dsDense + 58 * (dsMoeShared + dsExperts) + 2 * 129280 * 7168;
const dsActive = dsTotal - 58 * 248 * gated(7168, 2048);
// gpt-oss-120b: 64 heads × 64, 8 KV heads; 128 experts of width 2880 (MXFP4), top 4.
const ossAttn = gqa(2880, 64, 8, 64);
const ossExperts = 128 * gated(2880, 2880);
const ossTotal = 36 * (ossAttn + 128 * 2880 + ossExperts) + 2 * 201088 * 2880;
const ossActive = ossTotal - 36 * 124 * gated(2880, 2880);
// Llama 4 Scout: every layer MoE, 16 experts of 8192 + one shared expert of 8192, top 1.
const scoutLayer = gqa(5120, 40, 8, 128) + 16 * 5120 + gated(5120, 8192) + 16 * gated(5120, 8192);
const scoutTotal = 48 * scoutLayer + 2 * 202048 * 5120;
const scoutActive = scoutTotal - 48 * 15 * gated(5120, 8192);
// Gemma 3 27B: tied embeddings, vocabulary 262208 (the config class's default).
const gemmaTotal = 62 * (gqa(5376, 32, 16, 128) + gated(5376, 21504)) + 262208 * 5376;
// Jamba 1.5 Mini: attention at layers 4, 12, 20, 28; experts at odd layers; Mamba inner 8192, state 16, conv 4, dt rank 256.
const jambaMamba = 4096 * 2 * 8192 + 8192 * 4 + 8192 * (256 + 32) + 256 * 8192 + 8192 * 16 + 8192 + 8192 * 4096;
const jambaTotal = 4 * gqa(4096, 32, 8, 128) + 28 * jambaMamba + 16 * gated(4096, 14336) + 16 * (16 * 4096 + 16 * gated(4096, 14336)) + 2 * 65536 * 4096;
const jambaActive = jambaTotal - 16 * 14 * gated(4096, 14336);
// Falcon-Mamba 7B: inner 8192 (intermediate_size), not expand 16 × 4096.
const falconLayer = 4096 * 2 * 8192 + 8192 * 4 + 8192 * (256 + 32) + 256 * 8192 + 8192 * 16 + 8192 + 8192 * 4096;
const falconTotal = 64 * falconLayer + 2 * 65024 * 4096;
const mistralTotal = 32 * (gqa(4096, 32, 8, 128) + gated(4096, 14336)) + 2 * 32000 * 4096;

const CASES: Case[] = [
  {
    file: 'Llama-3.1-8B.json',
    context: 32768,
    total: llamaTotal,
    active: llamaTotal,
    card: 8.03e9,
    cardTolerance: 0.005e9,
    // 32 layers × 2 (K, V) × 8 heads × 128 × 32768 tokens × 2 bytes.
    kvBytes: 32 * 2 * 8 * 128 * 32768 * 2,
    weightBytes: llamaTotal * 2,
    note: /rope_scaling ignored/,
  },
  {
    file: 'Qwen3-30B-A3B.json',
    context: 32768,
    total: qwenTotal,
    active: qwenActive,
    card: 30.5e9,
    cardTolerance: 0.05e9,
    kvBytes: 48 * 2 * 4 * 128 * 32768 * 2,
    weightBytes: qwenTotal * 2,
  },
  {
    file: 'DeepSeek-V3.json',
    context: 32768,
    total: dsTotal,
    active: dsActive,
    card: 671e9,
    cardTolerance: 0.5e9,
    // MLA latent: 512 + 64 elements per token per layer.
    kvBytes: 61 * 576 * 32768 * 2,
    weightBytes: dsTotal * 1,
    note: /quantization_config \(fp8\): weights at fp8/,
  },
  {
    file: 'gpt-oss-120b.json',
    context: 32768,
    total: ossTotal,
    active: ossActive,
    card: 116.8e9,
    cardTolerance: 0.05e9,
    // 18 sliding layers hold 128 tokens, 18 full layers 32768.
    kvBytes: 18 * 2 * 8 * 64 * 128 * 2 + 18 * 2 * 8 * 64 * 32768 * 2,
    weightBytes: (ossTotal - 36 * ossExperts) * 2 + 36 * ossExperts * 0.5,
    note: /attention sinks/,
  },
  {
    file: 'Llama-4-Scout-17B-16E.json',
    context: 32768,
    total: scoutTotal,
    active: scoutActive,
    // The card's "109B total" counts the vision encoder and projector too (about 1B, not simulated).
    card: 109e9,
    cardTolerance: 1.3e9,
    // 36 chunked layers hold 8192 tokens, 12 global layers 32768.
    kvBytes: 36 * 2 * 8 * 128 * 8192 * 2 + 12 * 2 * 8 * 128 * 32768 * 2,
    weightBytes: scoutTotal * 2,
    note: /vision tower is not simulated/,
  },
  {
    file: 'Gemma-3-27B.json',
    context: 32768,
    total: gemmaTotal,
    active: gemmaTotal,
    card: 27e9,
    cardTolerance: 0.5e9,
    // Layers 5, 11, …, 59 (10 of 62) are global; 52 local layers hold 1024 tokens.
    kvBytes: 52 * 2 * 16 * 128 * 1024 * 2 + 10 * 2 * 16 * 128 * 32768 * 2,
    weightBytes: gemmaTotal * 2,
    note: /vision tower is not simulated/,
  },
  {
    file: 'AI21-Jamba-1.5-Mini.json',
    context: 32768,
    total: jambaTotal,
    active: jambaActive,
    card: 51.6e9,
    cardTolerance: 0.05e9,
    // 4 attention layers; 28 Mamba layers keep 8192 × (16 + 4) elements of state.
    kvBytes: 4 * 2 * 8 * 128 * 32768 * 2 + 28 * 8192 * (16 + 4) * 2,
    weightBytes: jambaTotal * 2,
  },
  {
    file: 'falcon-mamba-7b.json',
    context: 32768,
    total: falconTotal,
    active: falconTotal,
    card: 7.27e9,
    cardTolerance: 0.005e9,
    kvBytes: 64 * 8192 * (16 + 4) * 2,
    weightBytes: falconTotal * 2,
    note: /expand 16 ignored/,
  },
  {
    file: 'Mistral-7B-v0.1.json',
    context: 32768,
    total: mistralTotal,
    active: mistralTotal,
    card: 7.24e9,
    cardTolerance: 0.005e9,
    // sliding_window 4096 on every layer.
    kvBytes: 32 * 2 * 8 * 128 * 4096 * 2,
    weightBytes: mistralTotal * 2,
  },
];

describe('published configs (issue 10, "Done when")', () => {
  for (const c of CASES) {
    it(`${c.file}: parameters, KV-cache bytes and weights`, () => {
      const r = run(load(c.file), c.context);
      expect(r.status).toBe('ok');
      const f = r.model_figures;
      expect(Math.abs(f.total_params - c.total) / c.total).toBeLessThan(0.005);
      expect(Math.abs(f.total_params - c.card)).toBeLessThanOrEqual(c.cardTolerance);
      expect(Math.abs(f.active_params - c.active) / c.active).toBeLessThan(0.005);
      expect(f.kv_cache_bytes).toBe(c.kvBytes);
      expect(f.kv_cache_context).toBe(c.context);
      // The memory the run counted: weights at their precision, the cache at its per-layer length.
      expect((r.metrics!.weights_gb ?? Number.NaN) * GiB).toBeCloseTo(c.weightBytes, -3);
      expect((r.metrics!.kv_cache_gb ?? Number.NaN) * GiB).toBeCloseTo(c.kvBytes, -3);
      if (c.note) expect(r.notes.join('\n')).toMatch(c.note);
    });
  }

  it('keeps the figures in a does-not-fit result', () => {
    const r = simulate({
      model: load('Qwen3-30B-A3B.json'),
      hardware: { ...BIG, off_chip_mem_size: 1024 },
      workload: { batch: 1, input_tokens: 32767, output_tokens: 1 },
    });
    expect(r.status).toBe('error');
    expect(r.model_figures.total_params).toBeCloseTo(qwenTotal, -6);
    expect(r.model_figures.kv_cache_bytes).toBe(48 * 2 * 4 * 128 * 32768 * 2);
  });

  it('Qwen3-30B-A3B at TP2 on 80 GB devices fits (GenZ fidelity: 219 GB per device)', () => {
    const hw = { flops: 989, offchip_mem_bw: 3350, off_chip_mem_size: 81920, system_name: 'h100-like' };
    const corrected = simulate({
      model: load('Qwen3-30B-A3B.json'),
      hardware: hw,
      parallelism: { tensor: 2 },
      workload: { input_tokens: 1024, output_tokens: 256 },
    });
    expect(corrected.status).toBe('ok');
    // Per device: (total − embeddings) / 2 + embeddings / 2 … all sharded by 2, bf16.
    expect(corrected.metrics!.weights_gb).toBeLessThan(30);
    const genz = simulate({
      model: load('Qwen3-30B-A3B.json'),
      hardware: hw,
      parallelism: { tensor: 2 },
      fidelity: 'genz',
      workload: { input_tokens: 1024, output_tokens: 256 },
    });
    expect(genz.status).toBe('error');
    expect(genz.error!.required_memory_gb).toBeGreaterThan(200);
  });
});
