/**
 * The memo of shared passes (src/simulation/memo.ts) must not change a single bit: every scenario gives
 * the same result whether its passes come from the memo or are computed from scratch.
 */
import { describe, expect, it } from 'vitest';
import { type SimulationConfig, simulate } from '../../src/simulation/index.js';
import { MEMO_MAX, clearPassMemo, passGroupKey } from '../../src/simulation/memo.js';
import { normalizeConfig } from '../../src/simulation/normalize.js';

/** The result as JSON (or the error), computed with nothing in the memo. */
function fromScratch(c: SimulationConfig): string {
  clearPassMemo();
  return outcome(c);
}

function outcome(c: SimulationConfig): string {
  try {
    return JSON.stringify(simulate(c));
  } catch (e) {
    return `throws ${String(e)}`;
  }
}

const MODELS = [
  'meta-llama/Llama-3.1-8B', // dense, GQA
  'mistralai/Mixtral-8x7B', // MoE
  'deepseek-ai/DeepSeek-V3', // MLA, MoE with shared experts, fp8 weights
  'google/gemma-3-4B', // sliding-window layers
  'ai21labs/Jamba-v0.1', // hybrid attention + Mamba, MoE
  'openai/gpt-oss-20b', // sliding window, fp4 experts
];

/** Scenarios that differ only in output_tokens (one memo group), for several structures. */
function groups(): SimulationConfig[][] {
  const out: SimulationConfig[][] = [];
  let k = 0;
  for (const model of MODELS) {
    for (const variant of ['plain', 'offload', 'unfused', 'fp8-kv', 'genz', 'uncalibrated', 'decode-only', 'beam'] as const) {
      {
        k++;
        const hardware = k % 2 === 0 ? 'H100_GPU' : 'A100_40GB_GPU';
        const batch = [1, 8, 64][k % 3];
        const input_tokens = [128, 3000, 20000][(k >> 1) % 3];
        const tensor = [1, 2, 8][(k >> 2) % 3];
        const base: SimulationConfig = {
          model,
          hardware,
          calibration: variant === 'uncalibrated' ? 'none' : 'builtin',
          fidelity: variant === 'genz' ? 'genz' : 'corrected',
          parallelism: { tensor },
          features:
            variant === 'offload'
              ? ['memory_offload']
              : variant === 'unfused'
                ? [{ flash_attention: { enabled: false } }]
                : variant === 'decode-only'
                  ? ['decode']
                  : [],
          ...(variant === 'fp8-kv' ? { precision: { bits: 'bf16', kv_cache: 'fp8' } } : {}),
        };
        out.push(
          [1, 2, 9, 300, 1500].map((output_tokens) => ({ ...base, workload: { batch, input_tokens, output_tokens, beam: variant === 'beam' ? 2 : 1 } })),
        );
      }
    }
  }
  return out;
}

describe('memo of shared passes', () => {
  it('gives bit-identical results to computing every pass from scratch (MoE, MLA, sliding window, hybrid, offload)', () => {
    let memoised = 0;
    for (const group of groups()) {
      const expected = group.map(fromScratch);
      clearPassMemo();
      // Forwards and backwards: each scenario after others of its group filled the memo.
      const order = [...group.keys(), ...[...group.keys()].reverse()];
      for (const i of order) expect(outcome(group[i])).toBe(expected[i]);
      if (passGroupKey(normalizeConfig(group[0]), false) !== null) memoised++;
    }
    expect(memoised).toBeGreaterThan(30);
  });

  it('keys every argument that shapes a pass, and skips what it cannot key', () => {
    const base: SimulationConfig = { model: 'meta-llama/Llama-3.1-8B', hardware: 'H100_GPU', workload: { batch: 4, input_tokens: 512, output_tokens: 64 } };
    const key = (c: SimulationConfig, ops = false): string | null => passGroupKey(normalizeConfig(c), ops);
    const k0 = key(base);
    expect(k0).not.toBeNull();
    expect(key({ ...base, workload: { ...base.workload, output_tokens: 65 } })).toBe(k0);
    for (const changed of [
      { ...base, workload: { ...base.workload, batch: 5 } },
      { ...base, workload: { ...base.workload, input_tokens: 513 } },
      { ...base, workload: { ...base.workload, beam: 2 } },
      { ...base, parallelism: { tensor: 2 } },
      { ...base, parallelism: { pipeline: 2 } },
      { ...base, hardware: 'A100_80GB_GPU' },
      { ...base, model: 'meta-llama/Llama-2-7B' },
      { ...base, precision: 'fp8' },
      { ...base, precision: { bits: 'bf16', kv_cache: 'fp8' } },
      { ...base, efficiency: 0.9 },
      { ...base, fidelity: 'genz' as const },
      { ...base, features: ['memory_offload'] },
      { ...base, features: [{ flash_attention: { enabled: false } }] },
    ]) {
      const k = key(changed);
      expect(k).not.toBeNull();
      expect(k).not.toBe(k0);
    }
    expect(key(base, true)).toBeNull();
    expect(key({ ...base, features: [{ lora: { rank: 8 } }] })).toBeNull();
    expect(key({ ...base, hardware: { flops: 300, offchip_mem_bw: 1200, off_chip_mem_size: 40960 } })).toBeNull();
    expect(key({ ...base, model: { hidden_size: 1024, num_attention_heads: 8, num_decoder_layers: 4 } })).toBeNull();
  });

  it('stays bounded: a sweep longer than the memo gives the same results as from scratch', () => {
    const configs: SimulationConfig[] = [];
    for (let b = 1; b <= 2 * MEMO_MAX; b++)
      configs.push({ model: 'mistralai/Mistral-7B', hardware: 'MI300X', workload: { batch: b, input_tokens: 256, output_tokens: 32 } });
    const expected = configs.map(fromScratch);
    clearPassMemo();
    configs.forEach((c, i) => expect(outcome(c)).toBe(expected[i]));
    configs.forEach((c, i) => expect(outcome(c)).toBe(expected[i]));
  });
});
