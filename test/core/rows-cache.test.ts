/** A DecodeRowsCache shared by decodeStepSum and decodeStepPieces (rows and inferred context fields) changes no bit of their results. */
import { describe, expect, it } from 'vitest';
import { type DecodeArgs, type DecodeRowsCache, type OpRow, decodeStepPieces, decodeStepSum } from '../../src/core/index.js';

function mapCache(): DecodeRowsCache & { size: () => number } {
  const m = new Map<number, OpRow[]>();
  return { get: (T) => m.get(T), set: (T, rows) => void m.set(T, rows), size: () => m.size };
}

describe('decode rows cache', () => {
  it('gives the same sums and pieces as building the rows each time (MoE, MLA, sliding window, hybrid, offload)', () => {
    let hits = 0;
    // decodeStepSum infers the context fields over 1 … steps + 1 and decodeStepPieces reuses them.
    let shared = 0;
    for (const model of [
      'meta-llama/Llama-3.1-8B',
      'mistralai/Mixtral-8x7B',
      'deepseek-ai/DeepSeek-V3',
      'google/gemma-3-4B',
      'ai21labs/Jamba-v0.1',
      'openai/gpt-oss-20b',
    ])
      for (const fidelity of ['corrected', 'genz'] as const) {
        if (fidelity === 'genz' && model === 'ai21labs/Jamba-v0.1') continue;
        for (const [input, steps, offload] of [
          [128, 9, false],
          [3000, 700, false],
          [20000, 5000, true],
        ] as const) {
          const args: DecodeArgs = {
            model,
            system_name: 'H100_GPU',
            tensor_parallel: 8,
            batch_size: 16,
            input_tokens: input,
            Bb: 1,
            fidelity,
            model_offload: offload,
          };
          const cache = mapCache();
          let plain: unknown;
          let cached: unknown;
          try {
            plain = [decodeStepSum(args, steps), decodeStepPieces(args, steps + 1)];
          } catch (e) {
            plain = String(e);
          }
          try {
            cached = [decodeStepSum(args, steps, cache), decodeStepPieces(args, steps + 1, cache)];
          } catch (e) {
            cached = String(e);
          }
          expect(cached).toEqual(plain);
          if (cache.size() > 0) hits++;
          if (cache.fields?.to === steps + 1 && cache.fields.found !== null) shared++;
        }
      }
    expect(hits).toBeGreaterThan(10);
    expect(shared).toBeGreaterThan(10);
  });
});
