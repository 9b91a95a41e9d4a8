import { describe, expect, it } from 'vitest';
import { expandMatrix, matrixIdFragment } from '../../src/manifests/index.js';
import { MatrixWalk } from '../../src/manifests/matrix.js';

describe('matrix expansion', () => {
  it('keys in the order written, values in order, the last key fastest', () => {
    const combos = expandMatrix({ 'parallelism.tensor': [1, 2], 'workload.batch': [1, 8], precision: ['bf16', 'fp8'] });
    expect(combos.map((c) => c.suffix)).toEqual([
      '.tensor-1.batch-1.precision-bf16',
      '.tensor-1.batch-1.precision-fp8',
      '.tensor-1.batch-8.precision-bf16',
      '.tensor-1.batch-8.precision-fp8',
      '.tensor-2.batch-1.precision-bf16',
      '.tensor-2.batch-1.precision-fp8',
      '.tensor-2.batch-8.precision-bf16',
      '.tensor-2.batch-8.precision-fp8',
    ]);
    expect(combos[5]).toEqual({
      values: { 'parallelism.tensor': 2, 'workload.batch': 1, precision: 'fp8' },
      indexes: { 'parallelism.tensor': 1, 'workload.batch': 0, precision: 1 },
      suffix: '.tensor-2.batch-1.precision-fp8',
    });
  });

  it('id fragments use only id-safe characters', () => {
    expect(matrixIdFragment('meta-llama/Llama-3.1-8B')).toBe('meta-llama-Llama-3.1-8B');
    expect(matrixIdFragment(0.75)).toBe('0.75');
    expect(matrixIdFragment(true)).toBe('true');
    expect(matrixIdFragment([])).toBe('none');
    expect(matrixIdFragment(['prefill', { lora: { rank: 8, strategy: 'merged' } }, { flash_attention: false }])).toBe(
      'prefill-lora-rank-8-strategy-merged-flash_attention-false',
    );
    expect(matrixIdFragment('a  b//c')).toBe('a-b-c');
    for (const v of ['x y', 'é', '../a', [[1, 2], 3]]) expect(matrixIdFragment(v)).toMatch(/^[A-Za-z0-9._-]+$/);
  });

  it('walks the combinations expandMatrix lists, in its order, one at a time', () => {
    const matrices: Record<string, unknown[]>[] = [
      { 'parallelism.tensor': [1, 2], 'workload.batch': [1, 8], precision: ['bf16', 'fp8'] },
      { model: ['a/b', 'c'], features: [['prefill'], [], [{ lora: { rank: 8 } }]], 'workload.beam': [1] },
      { 'workload.batch': [1, 2, 3] },
      { 'workload.batch': [1, 2], precision: [] },
      {},
    ];
    for (const m of matrices) {
      const walk = new MatrixWalk(m);
      const seen: { values: Record<string, unknown>; indexes: Record<string, number>; suffix: string }[] = [];
      while (walk.next()) seen.push({ values: walk.values, indexes: Object.fromEntries(walk.keys.map((k, j) => [k, walk.indexes[j]])), suffix: walk.suffix });
      expect(walk.next()).toBe(false);
      expect(seen).toEqual(expandMatrix(m));
    }
  });
});
