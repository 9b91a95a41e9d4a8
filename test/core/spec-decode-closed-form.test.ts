import { describe, expect, it } from 'vitest';
import { type SpecDecodeArgs, specDecode, specDecodeStepSum } from '../../src/core/index.js';

// The closed-form sum of speculative steps against stepping specDecode once per generated token.
const oracle = (args: SpecDecodeArgs, steps: number): number => {
  let sum = 0;
  for (let T = 1; T <= steps; T++) sum += specDecode({ ...args, output_tokens: T }).latencyMs;
  return sum;
};
const relErr = (a: number, b: number): number => (a === b ? 0 : Math.abs(a - b) / Math.max(Math.abs(a), Math.abs(b)));

describe('specDecodeStepSum (closed form)', () => {
  const same = { draft_system_config: {} };
  const cases: [string, SpecDecodeArgs, number][] = [
    [
      'same system',
      { model: 'meta-llama/Llama-3.1-8B', draft_model: 'meta-llama/Llama-3.2-1B', system_name: 'H100_GPU', batch_size: 4, input_tokens: 512, ...same },
      700,
    ],
    [
      'corrected fidelity, batch 64',
      {
        model: 'meta-llama/Llama-3.1-8B',
        draft_model: 'meta-llama/Llama-3.2-1B',
        system_name: 'H100_GPU',
        batch_size: 64,
        input_tokens: 128,
        fidelity: 'corrected',
        ...same,
      },
      1500,
    ],
    [
      'pipeline parallel with its own draft system',
      {
        model: 'meta-llama/Llama-3.1-8B',
        draft_model: 'meta-llama/Llama-3.2-1B',
        system_name: 'A100_80GB_GPU',
        batch_size: 6,
        input_tokens: 300,
        pipeline_parallel: 2,
        draft_system_config: { system: { flops: 312, offchip_mem_bw: 2039, off_chip_mem_size: 81920 }, tp: 1 },
      },
      257,
    ],
    ['few steps (stepped)', { model: 'meta-llama/Llama-3.1-8B', system_name: 'A100_40GB_GPU', input_tokens: 100, ...same }, 5],
    [
      'offloaded once the KV cache grows',
      {
        model: 'meta-llama/Llama-3.1-70B',
        draft_model: 'meta-llama/Llama-3.2-1B',
        system_name: 'A100_80GB_GPU',
        batch_size: 36,
        input_tokens: 2048,
        model_offload: true,
        tensor_parallel: 2,
        ...same,
      },
      400,
    ],
  ];
  it('the offload case fits at the first step and is offloaded at the last', () => {
    const args = cases[4][1];
    expect(specDecode({ ...args, output_tokens: 1 }).isOffload).toBe(false);
    expect(specDecode({ ...args, output_tokens: 400 }).isOffload).toBe(true);
  });

  it.each(cases)('%s: equals stepping within 1e-12 and is deterministic', (_name, args, steps) => {
    const fast = specDecodeStepSum(args, steps);
    expect(relErr(fast, oracle(args, steps))).toBeLessThan(1e-12);
    expect(specDecodeStepSum(args, steps)).toBe(fast);
  });

  it('throws what the first step that does not fit throws', () => {
    const args: SpecDecodeArgs = { model: 'meta-llama/Llama-3.1-70B', system_name: 'A100_40GB_GPU', input_tokens: 512, ...same };
    let expected: unknown;
    try {
      specDecode({ ...args, output_tokens: 1 });
    } catch (e) {
      expected = e;
    }
    expect(expected).toBeDefined();
    expect(() => specDecodeStepSum(args, 100)).toThrow((expected as Error).message);
  });

  it('is 0 for no steps', () => {
    expect(specDecodeStepSum({ model: 'meta-llama/Llama-3.1-8B', ...same }, 0)).toBe(0);
  });
});
