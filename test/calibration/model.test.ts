import { describe, expect, it } from 'vitest';
import { builtinProfiles } from '../../src/calibration/builtin.js';
import { parseProfiles } from '../../src/calibration/profile.js';
import { decode, prefill } from '../../src/core/index.js';
import { NOMINAL } from '../../src/calibration/fit.js';
import { calibratedFigures, calibratedStepsMs, type PassTables } from '../../src/calibration/apply.js';
import { ROOFLINE, UNSCALED, passFeatures, passLatencyMs, peakScale, predictRequest, requestFeatures, sumMaxAffine } from '../../src/calibration/model.js';

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
    // A collective latency costs 2 all-reduces per layer per pass at TP2, plus the embedding all-reduce
    // and the classifier gather of every pass.
    const coll = predictRequest(f, { ...base, collective_us: 10 });
    expect(coll.e2eMs - raw.e2eMs).toBeCloseTo(64 * (2 * 32 + 2) * 0.01, 6);
  });

  it('sums windowed and hybrid decode steps exactly, piece by piece (against stepping every T)', () => {
    // Gemma 3 1B: sliding-window layers (512 keys) among global ones; the window fills during decode and
    // the prompt part of it then shrinks, so the rows are affine only piecewise. Jamba: Mamba + attention.
    const cases = [
      { model: 'google/gemma-3-1B', tp: 1, batch: 4, inputTokens: 300, outputTokens: 700 },
      { model: 'ai21labs/AI21-Jamba-1.5-Mini', tp: 2, batch: 2, inputTokens: 64, outputTokens: 90 },
    ];
    const p = { ...NOMINAL, memory_fraction: 1 };
    for (const c of cases) {
      const f = requestFeatures({ ...c, hardware: 'H100_GPU', precision: 'bf16' });
      const steps = c.outputTokens - 1;
      const args = {
        model: c.model,
        system_name: 'H100_GPU',
        bits: 'bf16',
        tensor_parallel: c.tp,
        batch_size: c.batch,
        input_tokens: c.inputTokens,
        Bb: 1,
        fidelity: 'corrected' as const,
      };
      const first = decode({ ...args, output_tokens: 1 });
      const scale = peakScale(first.system, 'bf16');
      const layers = first.model.numLayers;
      let stepped = 0;
      for (let T = 1; T <= steps; T++)
        stepped += passLatencyMs(passFeatures(decode({ ...args, output_tokens: T }).operators(), layers, c.batch, undefined, 1, false, scale), p);
      const closed = predictRequest(f, p).decodeMs;
      expect(closed / stepped - 1).toBeCloseTo(0, 9);
      if (c.model === 'google/gemma-3-1B') {
        // The windowed case has more than one piece, and extrapolating from steps 1 and o − 1 would be wrong.
        expect(f.decode.length).toBeGreaterThan(1);
        const affine = passFeatures(first.operators(), layers, c.batch, decode({ ...args, output_tokens: steps }).operators(), steps - 1, false, scale);
        expect(Math.abs(passLatencyMs(affine, p, 1, steps) / stepped - 1)).toBeGreaterThan(1e-3);
      }
    }
  }, 120_000);
});

describe('calibrated figures of a scenario', () => {
  it('sums the decode steps in closed form, equal to stepping every T within 1e-12 relative', () => {
    // Dense (every row affine in T, crossovers between compute and memory bound as the context grows),
    // windowed (several pieces), a KV-overcommitted batch (waves > 1) and a one-step decode.
    const cases = [
      { model: 'meta-llama/Llama-3.1-8B', tp: 1, batch: 64, input: 1024, output: 2048, deviceMb: 80 * 1024 },
      { model: 'meta-llama/Llama-3.1-8B', tp: 2, batch: 1, input: 128, output: 513, deviceMb: 80 * 1024 },
      { model: 'google/gemma-3-1B', tp: 1, batch: 4, input: 300, output: 700, deviceMb: Infinity },
      { model: 'meta-llama/Llama-3.1-8B', tp: 1, batch: 8, input: 64, output: 2, deviceMb: Infinity },
    ];
    const p = builtinProfiles().generic.params;
    for (const c of cases) {
      const decodeArgs = { model: c.model, system_name: 'H100_GPU', bits: 'bf16', tensor_parallel: c.tp, batch_size: c.batch, input_tokens: c.input, Bb: 1 };
      const peak = decode({ ...decodeArgs, output_tokens: c.output });
      const t: PassTables = {
        prefill: prefill(decodeArgs).operators(),
        decodeArgs,
        fidelity: 'corrected',
        steps: c.output - 1,
        layers: peak.model.numLayers,
        batch: c.batch,
        beam: 1,
        weightsMb: peak.fitWeightsMb,
        kvMb: c.deviceMb === Infinity ? peak.fitKvCacheMb : peak.fitKvCacheMb * 4,
        deviceMb: c.deviceMb,
        scale: peakScale(peak.system, 'bf16'),
      };
      const fig = calibratedFigures(t, p);
      const steps = calibratedStepsMs(t, p)!;
      let stepped = 0;
      for (const x of steps) stepped += x;
      expect(fig.decodeSteps!.count).toBe(steps.length);
      expect(Math.abs(fig.decodeSteps!.sumMs / stepped - 1)).toBeLessThanOrEqual(1e-12);
      if (c.deviceMb !== Infinity && c.batch > 1) expect(fig.kvOvercommit).toBeGreaterThan(1);
    }
  }, 60_000);
});

describe('profile files', () => {
  it('refuses a profile of the earlier schema, whose eta_attention meant something else', () => {
    const old = JSON.stringify({ ...builtinProfiles(), schema: 'genz-action/calibration-profiles@1' });
    expect(() => parseProfiles(old)).toThrow(/another version.*fit it again with genz calibrate/);
    expect(parseProfiles(JSON.stringify(builtinProfiles())).schema).toBe('genz-action/calibration-profiles@2');
  });
});
