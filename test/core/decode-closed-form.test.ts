import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type DecodeArgs, type RowTransform, decode, decodeStepLatencies, decodeStepSum } from '../../src/core/index.js';
import { type ContextField, fieldCuts, fieldValue, inferContextFields, sumMaxAffine } from '../../src/core/context-sum.js';
import type { OpRow } from '../../src/core/operators.js';
import { buildLayeredRows } from '../../src/core/layered.js';
import { resolveModel } from '../../src/core/model.js';
import { composeTransforms, loraTransform, unfusedAttentionTransform } from '../../src/simulation/transforms.js';

// The closed-form decode sum against the step-by-step oracle (decodeStepLatencies, itself checked
// against decode() at every step in decode-steps.test.ts).
const oracle = (args: DecodeArgs, steps: number): number => decodeStepLatencies(args, steps).reduce((a, b) => a + b, 0);
const relErr = (a: number, b: number): number => (a === b ? 0 : Math.abs(a - b) / Math.max(Math.abs(a), Math.abs(b)));

/** A sliding-window stand-in: every per-beam ("Suf") attention row sees clamp(N + shift, lo, hi) context. */
const windowed =
  (shift: number, lo: number, hi: number): RowTransform =>
  (rows) =>
    rows.map((r) => ((r.kind === 'Logit' || r.kind === 'Attend') && r.name.endsWith('Suf') ? { ...r, N: Math.min(Math.max(r.N + shift, lo), hi) } : r));

const MODELS = [
  'meta-llama/Llama-3.1-8B',
  'meta-llama/Llama-2-7B',
  'mistralai/Mixtral-8x7B',
  'state-spaces/mamba-130m-hf',
  'google/gemma-2-2B',
  'ai21labs/AI21-Jamba-1.5-Mini',
  'microsoft/Phi-3-mini',
  'openai/gpt2',
];
const SYSTEMS = ['A100_40GB_GPU', 'H100_GPU', 'A100_80GB_GPU', 'MI300X', 'TPUv5e'];

describe('decodeStepSum (closed form)', () => {
  const named: [string, DecodeArgs, number][] = [
    ['dense GQA, compute/memory crossing', { model: 'meta-llama/Llama-3.1-8B', system_name: 'H100_GPU', batch_size: 64, input_tokens: 128, Bb: 1 }, 2047],
    ['beams', { model: 'llama2_7b', system_name: 'A100_40GB_GPU', batch_size: 2, input_tokens: 1024, Bb: 4 }, 500],
    [
      'MoE with TP and EP',
      { model: 'mistralai/Mixtral-8x7B', system_name: 'H100_GPU', batch_size: 3, input_tokens: 512, tensor_parallel: 2, expert_parallel: 2, Bb: 1 },
      300,
    ],
    ['pipeline', { model: 'llama2_7b', system_name: 'A100_40GB_GPU', batch_size: 5, input_tokens: 300, pipeline_parallel: 3, Bb: 1 }, 257],
    ['Mamba', { model: 'state-spaces/mamba-130m-hf', system_name: 'A100_40GB_GPU', batch_size: 2, input_tokens: 1000, Bb: 1 }, 100],
    [
      'offload from the first step',
      { model: 'meta-llama/Llama-3.1-70B', system_name: 'A100_40GB_GPU', batch_size: 1, input_tokens: 512, model_offload: true, Bb: 1 },
      60,
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
      400,
    ],
    [
      'window clamped above',
      { model: 'meta-llama/Llama-3.1-8B', system_name: 'H100_GPU', batch_size: 16, input_tokens: 64, Bb: 2, transformRows: windowed(0, 0, 150) },
      400,
    ],
    [
      'window clamped on both sides',
      { model: 'meta-llama/Llama-3.1-8B', system_name: 'H100_GPU', batch_size: 16, input_tokens: 64, Bb: 2, transformRows: windowed(-40, 7, 200) },
      400,
    ],
  ];
  it.each(named)('%s: equals the step-by-step sum within 1e-12', (_n, args, steps) => {
    const fast = decodeStepSum(args, steps);
    expect(relErr(fast, oracle(args, steps))).toBeLessThan(1e-12);
    // Deterministic: the same inputs give the same bits.
    expect(decodeStepSum(args, steps)).toBe(fast);
  });

  it('offload that starts part-way: the fitting prefix in closed form, the rest stepped', () => {
    // Llama-3.1-8B on an A100 40GB at batch 8 and 4k prompt: KV outgrows the device after some steps.
    const args: DecodeArgs = { model: 'meta-llama/Llama-3.1-8B', system_name: 'A100_40GB_GPU', batch_size: 24, input_tokens: 8000, model_offload: true, Bb: 1 };
    const steps = 1200;
    expect(decode({ ...args, output_tokens: 1 }).isOffload).toBe(false);
    expect(decode({ ...args, output_tokens: steps }).isOffload).toBe(true);
    expect(relErr(decodeStepSum(args, steps), oracle(args, steps))).toBeLessThan(1e-12);
  });

  it('is 0 for no steps and costs no more for 10^8 steps than for 10^3', () => {
    // A device without a memory size, so that 10^8 tokens of context fit.
    const system = { flops: 989, offchip_mem_bw: 3350, onchip_mem_bw: 30000, off_chip_mem_size: null, system_name: 'unbounded' };
    const args: DecodeArgs = { model: 'meta-llama/Llama-3.1-8B', system_name: system, batch_size: 1, input_tokens: 128, Bb: 1 };
    expect(decodeStepSum(args, 0)).toBe(0);
    expect(relErr(decodeStepSum(args, 1000), oracle(args, 1000))).toBeLessThan(1e-12);
    // The mean over 10^8 steps lies between the first and the last step (latency grows with context).
    const mean = decodeStepSum(args, 1e8) / 1e8;
    expect(mean).toBeGreaterThan(decode({ ...args, output_tokens: 1 }).latencyMs);
    expect(mean).toBeLessThan(decode({ ...args, output_tokens: 1e8 }).latencyMs);
  });

  it('random configurations equal the step-by-step sum within 1e-12', () => {
    fc.assert(
      fc.property(
        fc.record({
          model: fc.constantFrom(...MODELS),
          system_name: fc.constantFrom(...SYSTEMS),
          batch_size: fc.integer({ min: 1, max: 256 }),
          input_tokens: fc.integer({ min: 0, max: 8192 }),
          Bb: fc.constantFrom(1, 1, 2, 4),
          tensor_parallel: fc.constantFrom(1, 2, 4),
          model_offload: fc.boolean(),
          bits: fc.constantFrom('bf16', 'int8', 'fp32'),
          window: fc.option(fc.tuple(fc.integer({ min: -50, max: 50 }), fc.integer({ min: 0, max: 100 }), fc.integer({ min: 1, max: 300 })), {
            nil: undefined,
          }),
        }),
        fc.integer({ min: 1, max: 400 }),
        (cfg, steps) => {
          const { window, ...rest } = cfg;
          const args: DecodeArgs = { ...rest, transformRows: window ? windowed(window[0], window[1], window[1] + window[2]) : undefined };
          let expected: number;
          try {
            expected = oracle(args, steps);
          } catch (e) {
            // Configurations the core rejects (does not fit, heads not divisible) must be rejected alike.
            expect(() => decodeStepSum(args, steps)).toThrow((e as Error).message);
            return;
          }
          expect(relErr(decodeStepSum(args, steps), expected)).toBeLessThan(1e-12);
        },
      ),
      { numRuns: 150, seed: 12 },
    );
  });
});

describe('context-sum pieces', () => {
  it('sums the maximum of affine terms exactly', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 1000 }),
        fc.integer({ min: 1, max: 500 }),
        fc.array(fc.tuple(fc.double({ min: 0, max: 10, noNaN: true }), fc.double({ min: 0, max: 10, noNaN: true })), { minLength: 1, maxLength: 4 }),
        (p, len, terms) => {
          const q = p + len;
          const f = (k: number, T: number): number => terms[k][0] + ((terms[k][1] - terms[k][0]) * (T - p)) / (q - p);
          let direct = 0;
          for (let T = p; T <= q; T++) direct += Math.max(...terms.map((_, k) => f(k, T)));
          const closed = sumMaxAffine(
            p,
            q,
            terms.map((t) => t[0]),
            terms.map((t) => t[1]),
          );
          expect(Math.abs(closed - direct)).toBeLessThanOrEqual(1e-12 * Math.max(1, direct));
        },
      ),
      { numRuns: 300, seed: 7 },
    );
  });

  it('cuts a clamped field where the clamp starts or ends', () => {
    const f: ContextField = { field: 'N', offset: -10, slope: 1, lo: 5, hi: 40 };
    const cuts = fieldCuts(f, 1, 100);
    expect(cuts).toEqual([15, 50]);
    expect([fieldValue(f, 15), fieldValue(f, 16), fieldValue(f, 50), fieldValue(f, 51)]).toEqual([5, 6, 40, 40]);
  });

  it('infers affine and clamped fields, and refuses rows that change otherwise', () => {
    const build =
      (n: (T: number) => number) =>
      (T: number): OpRow[] => [{ kind: 'Logit', name: 'Logit Suf', H: 8, M: 1, N: n(T), D: 64, Hkv: 8, res: 5, beamMerge: false }];
    const clamp = inferContextFields(
      build((T) => Math.min(Math.max(T - 10, 5), 40)),
      1,
      100,
    );
    expect(clamp?.fields[0]).toEqual([{ field: 'N', offset: -10, slope: 1, lo: 5, hi: 40 }]);
    const affine = inferContextFields(
      build((T) => 3 * T + 7),
      1,
      100,
    );
    expect(affine?.fields[0]).toEqual([{ field: 'N', offset: 7, slope: 3, lo: -Infinity, hi: Infinity }]);
    expect(
      inferContextFields(
        build((T) => T * T),
        1,
        100,
      ),
    ).toBeNull();
    expect(
      inferContextFields(
        build((T) => (T === 50 ? 0 : T)),
        1,
        100,
      ),
    ).toBeNull();
  });
});

describe('decodeStepSum on the corrected model (per-layer windows, MLA, fine-grained MoE)', () => {
  // Windowed layers make the prompt part of the keys shrink (slope −1) while the generated part grows,
  // and the cache rows move by a whole row of elements per step: all must be summed in closed form.
  const cases: [string, DecodeArgs, number][] = [
    [
      'Gemma 3 local:global windows, window filling inside the run',
      { model: 'google/gemma-3-27B', system_name: 'B200_GPU', batch_size: 8, input_tokens: 700, tensor_parallel: 4, Bb: 1, fidelity: 'corrected' },
      1500,
    ],
    [
      'Gemma 3, prompt longer than the window',
      { model: 'google/gemma-3-4B', system_name: 'H100_GPU', batch_size: 2, input_tokens: 3000, Bb: 1, fidelity: 'corrected' },
      1200,
    ],
    [
      'DeepSeek-V3 MLA + experts',
      {
        model: 'deepseek-ai/DeepSeek-V3-Base',
        system_name: 'B200_GPU',
        batch_size: 4,
        input_tokens: 1024,
        tensor_parallel: 8,
        Bb: 1,
        fidelity: 'corrected',
        bits: 'fp8',
      },
      600,
    ],
    [
      'Qwen3-30B-A3B',
      { model: 'Qwen/Qwen3-30B-A3B', system_name: 'H200_GPU', batch_size: 16, input_tokens: 512, tensor_parallel: 2, Bb: 1, fidelity: 'corrected' },
      700,
    ],
  ];
  it.each(cases)('%s: equals the step-by-step sum within 1e-12', (_name, args, steps) => {
    expect(relErr(decodeStepSum(args, steps), oracle(args, steps))).toBeLessThan(1e-12);
  });
  it('describes every windowed field of the Gemma 3 builder (no fallback to stepping)', () => {
    const model = resolveModel('google/gemma-3-27B');
    const par = { tp: 4, pp: 1, ep: 1 };
    const found = inferContextFields((T) => buildLayeredRows(model, par, { kind: 'decode', L: 700, T }), 1, 1500);
    expect(found).not.toBeNull();
    const slopes = new Set(found!.fields.flatMap((f) => (f ?? []).map((x) => Math.sign(x.slope))));
    expect([...slopes].sort()).toEqual([-1, 1]);
  });
});
