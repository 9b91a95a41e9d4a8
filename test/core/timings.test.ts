/** InferenceResult.timings(): the timing columns of operators(), value for value, before or after the table is built. */
import { describe, expect, it } from 'vitest';
import { type InferenceResult, type OperatorTiming, chunked, decode, prefill } from '../../src/core/index.js';

const SHAPED = new Set(['GEMM', 'Logit', 'Attend', 'Softmax']);

function project(table: readonly OperatorTiming[]): unknown[] {
  return table.map((rec) => ({
    'Op Type': rec['Op Type'],
    Dimension: SHAPED.has(rec['Op Type']) ? rec.Dimension : null,
    'Compute time (msec)': rec['Compute time (msec)'],
    'Memory time (msec)': rec['Memory time (msec)'],
    'Communication time (msec)': rec['Communication time (msec)'],
    Repeat: rec.Repeat,
  }));
}

describe('timings()', () => {
  const cases: (() => InferenceResult)[] = [];
  for (const model of ['meta-llama/Llama-3.1-8B', 'mistralai/Mixtral-8x7B', 'deepseek-ai/DeepSeek-V3', 'google/gemma-3-4B', 'ai21labs/Jamba-v0.1'])
    for (const fidelity of ['genz', 'corrected'] as const) {
      if (fidelity === 'genz' && model === 'ai21labs/Jamba-v0.1') continue;
      const common = { model, system_name: 'H100_GPU', tensor_parallel: 8, pipeline_parallel: 2, fidelity, model_offload: true };
      cases.push(() => prefill({ ...common, batch_size: 4, input_tokens: 3000 }));
      cases.push(() => decode({ ...common, batch_size: 16, input_tokens: 3000, output_tokens: 700, Bb: 1 }));
      cases.push(() => chunked({ ...common, prefill_kv_sizes: [[100, 412]], decode_kv_sizes: [900, 901] }));
    }

  it('equals the projection of operators(), computed first or second', () => {
    for (const make of cases) {
      const a = make();
      // Projected on both sides: a timings() row builds its Dimension when first read (a getter, not an own field).
      const first = project(a.timings());
      expect(project(a.operators())).toEqual(first);
      // Once the full table exists, timings() is that table (its timing columns have the same values).
      const b = make();
      const table = b.operators();
      expect(b.timings()).toBe(table);
      expect(project(b.timings())).toEqual(first);
      expect(first.length).toBeGreaterThan(0);
    }
  });
});
