import { describe, expect, it } from 'vitest';
import { fitParams, type Sample } from '../../src/calibration/fit.js';
import { type CalibrationParams, PARAM_KEYS, predictRequest, requestFeatures } from '../../src/calibration/model.js';

/** Known parameters, unlike the prior the fit starts from. */
const TRUE: CalibrationParams = {
  eta_compute: 0.55,
  gemm_half_tokens: 120,
  eta_memory: 0.82,
  eta_attention: 0.01,
  eta_link: 0.45,
  collective_us: 12,
  pass_us: 400,
  layer_us: 25,
  seq_us: 60,
  memory_fraction: 0.9,
};
// The prior's decode-attention fraction leaves the 70B rows' decode attention compute-bound, as the
// truth does: a max(compute, memory) term gives no gradient to a fraction whose side never binds.
const PRIOR: CalibrationParams = {
  eta_compute: 0.3,
  gemm_half_tokens: 40,
  eta_memory: 0.6,
  eta_attention: 0.015,
  eta_link: 0.8,
  collective_us: 4,
  pass_us: 1500,
  layer_us: 60,
  seq_us: 15,
  memory_fraction: 0.9,
};

function synthetic(): Sample[] {
  const samples: Sample[] = [];
  const configs = [
    { model: 'meta-llama/llama-2-7b', tps: [1, 2, 4] },
    { model: 'mistralai/mistral-7b', tps: [1, 2] },
    { model: 'meta-llama/llama-2-70b', tps: [4, 8] },
  ];
  for (const { model, tps } of configs) {
    for (const tp of tps) {
      for (const batch of [1, 16, 64]) {
        for (const io of [128, 1024]) {
          const features = requestFeatures({ model, hardware: 'H100_GPU', precision: 'bf16', tp, batch, inputTokens: io, outputTokens: io === 128 ? 128 : 64 });
          const p = predictRequest(features, TRUE);
          samples.push({ features, e2eMs: p.e2eMs, ttftMs: batch === 1 || batch === 16 ? p.ttftMs : null, tpotMs: null });
        }
      }
    }
  }
  return samples;
}

describe('fitting synthetic measurements', () => {
  it('recovers the parameters that generated them', () => {
    const samples = synthetic();
    // KV capacity never binds here, so memory_fraction is not identifiable: held at its prior.
    const fit = fitParams(samples, PRIOR, { priorWeight: 1e-6, fixed: ['memory_fraction'], maxIterations: 200 });
    for (const k of PARAM_KEYS) expect(fit[k] / TRUE[k], k).toBeGreaterThan(0.97);
    for (const k of PARAM_KEYS) expect(fit[k] / TRUE[k], k).toBeLessThan(1.03);
    // And a parameter the data cannot see stays where the prior puts it.
    expect(fit.memory_fraction).toBe(PRIOR.memory_fraction);
  }, 120_000);

  it('is deterministic', () => {
    const samples = synthetic().slice(0, 20);
    const a = fitParams(samples, PRIOR, { priorWeight: 0.1, maxIterations: 20 });
    const b = fitParams(samples, PRIOR, { priorWeight: 0.1, maxIterations: 20 });
    expect(a).toEqual(b);
  }, 60_000);
});
