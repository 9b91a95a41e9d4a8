import { describe, expect, it } from 'vitest';
import { checkSlo } from '../../src/baselines/diff.js';
import { CAPACITY_LIMITS, capacityWithinSlo } from '../../src/pipeline/capacity.js';
import { normalizeConfig, simulateNormalized } from '../../src/simulation/index.js';

const config = normalizeConfig({
  model: 'meta-llama/Llama-3.1-8B',
  hardware: 'A100_80GB_GPU',
  workload: { batch: 4, input_tokens: 1024, output_tokens: 16 },
});
const meets = (batch: number, input: number, budgets: object) => {
  const r = simulateNormalized({ ...config, workload: { ...config.workload, batch, input_tokens: input } });
  return r.status === 'ok' && checkSlo(r.metrics!, budgets).every((c) => c.ok);
};

describe('capacityWithinSlo', () => {
  it('finds the largest batch and input meeting every budget: one more misses', () => {
    const budgets = { ttft_ms: 400, tpot_ms: 20 };
    const cap = capacityWithinSlo(config, budgets)!;
    const b = cap.max_batch_within_slo!;
    const i = cap.max_input_tokens_within_slo!;
    expect(b).toBeGreaterThan(1);
    expect(meets(b, 1024, budgets)).toBe(true);
    expect(meets(b + 1, 1024, budgets)).toBe(false);
    expect(meets(4, i, budgets)).toBe(true);
    expect(meets(4, i + 1, budgets)).toBe(false);
    expect(cap.binding.batch).toMatch(/^(ttft_ms|tpot_ms)$/);
  });

  it('says none, and why, when even the smallest size misses; the limit when nothing stops it', () => {
    expect(capacityWithinSlo(config, { ttft_ms: 0.001 })).toMatchObject({ max_batch_within_slo: 0, binding: { batch: 'ttft_ms' } });
    const free = capacityWithinSlo({ ...config, workload: { ...config.workload, output_tokens: 2 } }, { ttft_ms: 1e12, must_fit: true })!;
    expect(free.binding.batch === 'must_fit' || free.max_batch_within_slo === CAPACITY_LIMITS.batch).toBe(true);
  });

  it('is null without budgets', () => {
    expect(capacityWithinSlo(config, null)).toBeNull();
    expect(capacityWithinSlo(config, {})).toBeNull();
  });
});
