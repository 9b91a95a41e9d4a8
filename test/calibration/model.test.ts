import { describe, expect, it } from 'vitest';
import { decode, prefill } from '../../src/core/index.js';
import { ROOFLINE, UNSCALED, passFeatures, passLatencyMs, predictRequest, requestFeatures, sumMaxAffine } from '../../src/calibration/model.js';

describe('calibrated model', () => {
  it('sums the maximum of two affine functions exactly', () => {
    const cases: [number, number, number, number, number, number][] = [
      [1, 2, 5, 1, 1, 10],
      [5, -1, 0, 1, 1, 20],
      [3, 0, 3, 0, 1, 4],
      [0, 1, 10, 0, 0, 30],
      [2, 0.5, 1, 0.7, 3, 3],
      [1, 1, 2, 2, 5, 4],
    ];
    for (const [a0, a1, b0, b1, lo, hi] of cases) {
      let brute = 0;
      for (let T = lo; T <= hi; T++) brute += Math.max(a0 + a1 * T, b0 + b1 * T);
      expect(sumMaxAffine(a0, a1, b0, b1, lo, hi)).toBeCloseTo(brute, 9);
    }
  });

  it("at η = 1 without overheads, a decode step is the core's step (the features are affine in T)", () => {
    const args = { model: 'meta-llama/llama-2-7b', system_name: 'H100_GPU', bits: 'bf16', tensor_parallel: 2, batch_size: 8, input_tokens: 512, Bb: 1 };
    const first = decode({ ...args, output_tokens: 1 }).operators();
    const last = decode({ ...args, output_tokens: 300 }).operators();
    const f = passFeatures(first, 32, 8, last, 299, false, UNSCALED);
    for (const T of [1, 2, 150, 300]) {
      expect(passLatencyMs(f, ROOFLINE, T, T)).toBeCloseTo(decode({ ...args, output_tokens: T }).latencyMs, 9);
    }
    // A prefill pass without causal halving is the core's prefill.
    const p = prefill(args);
    expect(passLatencyMs(passFeatures(p.operators(), 32, 8), ROOFLINE)).toBeCloseTo(p.latencyMs, 9);
  });

  it('overheads, fractions and collectives slow a request down the way their physics says', () => {
    const f = requestFeatures({ model: 'meta-llama/llama-2-7b', hardware: 'H100_GPU', precision: 'bf16', tp: 2, batch: 4, inputTokens: 256, outputTokens: 64 });
    const base = { ...ROOFLINE, memory_fraction: 1 };
    const raw = predictRequest(f, base);
    // A per-pass overhead adds once per forward pass: prefill plus 63 decode steps.
    const withPass = predictRequest(f, { ...base, pass_us: 1000 });
    expect(withPass.e2eMs - raw.e2eMs).toBeCloseTo(64, 6);
    // Halving the bandwidth fraction doubles a memory-bound decode (batch 4 is memory-bound on H100).
    const half = predictRequest(f, { ...base, eta_memory: 0.5 });
    expect(half.decodeMs / raw.decodeMs).toBeGreaterThan(1.8);
    // A collective latency costs 2 all-reduces per layer per pass at TP2 (+ the classifier gather).
    const coll = predictRequest(f, { ...base, collective_us: 10 });
    // (prefill also has the embedding all-reduce: one more collective there.)
    expect(coll.e2eMs - raw.e2eMs).toBeCloseTo(64 * (2 * 32 + 1) * 0.01 + 0.01, 6);
  });
});
