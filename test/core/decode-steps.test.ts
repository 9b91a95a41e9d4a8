import { describe, expect, it } from 'vitest';
import { type DecodeArgs, decode, decodeStepLatencies } from '../../src/core/index.js';
import { loraTransform, unfusedAttentionTransform, composeTransforms } from '../../src/simulation/transforms.js';

// decodeStepLatencies re-evaluates only the rows that depend on the generated context; every step must
// still be bit-identical to a full decode call at that step.
const cases: [string, DecodeArgs][] = [
  ['dense GQA', { model: 'meta-llama/Llama-3.1-8B', system_name: 'A100_40GB_GPU', batch_size: 4, input_tokens: 700, Bb: 1 }],
  ['beams', { model: 'llama2_7b', system_name: 'A100_40GB_GPU', batch_size: 2, input_tokens: 1024, Bb: 4 }],
  [
    'MoE with TP and EP',
    { model: 'mistralai/Mixtral-8x7B', system_name: 'H100_GPU', batch_size: 3, input_tokens: 512, tensor_parallel: 2, expert_parallel: 2, Bb: 1 },
  ],
  ['pipeline', { model: 'llama2_7b', system_name: 'A100_40GB_GPU', batch_size: 5, input_tokens: 300, pipeline_parallel: 3, Bb: 1 }],
  ['Mamba (no context-dependent rows)', { model: 'state-spaces/mamba-130m-hf', system_name: 'A100_40GB_GPU', batch_size: 2, input_tokens: 1000, Bb: 1 }],
  [
    'offload (every step in full)',
    { model: 'meta-llama/Llama-3.1-70B', system_name: 'A100_40GB_GPU', batch_size: 1, input_tokens: 512, model_offload: true, Bb: 1 },
  ],
  [
    'LoRA and unfused attention',
    {
      model: 'meta-llama/Llama-3.1-8B',
      system_name: 'H100_GPU',
      batch_size: 2,
      input_tokens: 256,
      Bb: 2,
      transformRows: composeTransforms([
        loraTransform({ rank: 8, strategy: 'dynamic', targets: ['q', 'v', 'down'], include_experts: false }),
        unfusedAttentionTransform,
      ]),
    },
  ],
];

describe('decodeStepLatencies', () => {
  it.each(cases)('%s: every step equals decode() at that step', (_name, args) => {
    const steps = 40;
    const fast = decodeStepLatencies(args, steps);
    expect(fast).toHaveLength(steps);
    for (let T = 1; T <= steps; T++) expect(fast[T - 1], `step ${T}`).toBe(decode({ ...args, output_tokens: T }).latencyMs);
  });
  it('is empty for no steps', () => {
    expect(decodeStepLatencies(cases[0][1], 0)).toEqual([]);
  });
});
