import { describe, expect, it } from 'vitest';
import { explainChange, operatorGroup } from '../../src/run-report/explain.js';
import { simulate } from '../../src/simulation/index.js';

const run = (batch: number, tensor = 1) =>
  simulate(
    {
      model: 'meta-llama/Llama-3.1-8B',
      hardware: 'A100_80GB_GPU',
      parallelism: { tensor },
      workload: { batch, input_tokens: 1024, output_tokens: 64 },
    },
    { operators: true },
  );

describe('explainChange', () => {
  it('splits a batch doubling by phase and operator group; shares add up to 1', () => {
    const base = run(16);
    const cur = run(32);
    const why = explainChange(base, cur, [
      { key: 'ttft_ms', label: 'TTFT', relDelta: cur.metrics!.ttft_ms! / base.metrics!.ttft_ms! - 1 },
      { key: 'e2e_ms', label: 'E2E latency', relDelta: 0.5 },
    ]);
    expect(why.map((w) => w.metric)).toEqual(['ttft_ms', 'e2e_ms']);
    const ttft = why[0];
    expect(ttft.bounds).toEqual([{ phase: 'prefill', bound: 'compute' }]);
    expect(ttft.shares[0].group).toBe('FFN/experts');
    expect(ttft.shares.every((s) => s.phase === 'prefill')).toBe(true);
    const sum = ttft.shares.reduce((a, s) => a + s.share, 0);
    expect(sum).toBeGreaterThan(0.95);
    expect(sum).toBeLessThanOrEqual(1 + 1e-9);
    // The prefill latency change equals the sum of the group changes.
    const delta = ttft.shares.reduce((a, s) => a + s.deltaMs, 0);
    expect(delta).toBeCloseTo(cur.phases.prefill!.latency_ms - base.phases.prefill!.latency_ms, 3);
    expect(new Set(why[1].shares.map((s) => s.phase))).toEqual(new Set(['prefill', 'decode']));
  });

  it('names collectives when tensor parallelism appears', () => {
    const why = explainChange(run(8, 1), run(8, 2), [{ key: 'tpot_ms', label: 'TPOT', relDelta: -0.4 }]);
    expect(why[0].shares.some((s) => s.group === 'collectives' && s.share < 0)).toBe(true);
  });

  it('groups operators by name', () => {
    expect(operatorGroup({ 'Layer Name': 'up+gate', 'Op Type': 'GEMM' })).toBe('FFN/experts');
    expect(operatorGroup({ 'Layer Name': 'MHA AR', 'Op Type': 'Sync' })).toBe('collectives');
    expect(operatorGroup({ 'Layer Name': 'Logit', 'Op Type': 'Logit' })).toBe('attention');
    expect(operatorGroup({ 'Layer Name': 'classifier', 'Op Type': 'GEMM' })).toBe('LM head/embeddings');
  });
});
