import { describe, expect, it } from 'vitest';
import { decode, prefill, type OperatorRecord } from '../../src/core/index.js';
import { METRICS, METRIC_KEYS } from '../../src/metrics/definitions.js';
import {
  ConfigError,
  FEATURES,
  FEATURE_NAMES,
  type SimulationConfig,
  parseResult,
  serializeResult,
  simulate as simulateAny,
} from '../../src/simulation/index.js';

/** These tests check the engine against GenZ's entry points, so they run the GenZ fidelity. */
const simulate: typeof simulateAny = (config, options) => simulateAny({ fidelity: 'genz', ...config }, options);

const LLAMA8 = 'meta-llama/Llama-3.1-8B';
const A100 = 'A100_40GB_GPU';
const base: SimulationConfig = { model: LLAMA8, hardware: A100, workload: { batch: 1, input_tokens: 1024, output_tokens: 256 } };

/** Σ column × repeat over the rows a predicate selects (the expanded table of spec §9.3). */
const total = (ops: OperatorRecord[], column: keyof OperatorRecord, pick: (o: OperatorRecord) => boolean): number =>
  ops.filter(pick).reduce((acc, o) => acc + (o[column] as number) * o.Repeat, 0);

describe('metrics of a full request', () => {
  const r = simulate(base);
  const m = r.metrics!;

  it('TTFT is the core prefill latency of the batch; TPOT peak the core decode step at o', () => {
    expect(m.ttft_ms).toBe(prefill({ model: LLAMA8, system_name: A100, batch_size: 1, input_tokens: 1024 }).latencyMs);
    expect(m.tpot_peak_ms).toBe(decode({ model: LLAMA8, system_name: A100, batch_size: 1, input_tokens: 1024, output_tokens: 256, Bb: 1 }).latencyMs);
  });

  it('TPOT is the mean of the core decode steps 1 … o−1, each computed one by one', () => {
    let sum = 0;
    for (let T = 1; T < 256; T++) sum += decode({ model: LLAMA8, system_name: A100, batch_size: 1, input_tokens: 1024, output_tokens: T, Bb: 1 }).latencyMs;
    expect(m.tpot_ms).toBe(sum / 255);
    expect(m.tpot_ms!).toBeLessThan(m.tpot_peak_ms!);
  });

  it('satisfies the metric identities', () => {
    expect(m.e2e_ms).toBe(m.ttft_ms! + 255 * m.tpot_ms!);
    expect(m.prefill_throughput_tps).toBe(1024 / (m.ttft_ms! / 1000));
    expect(m.decode_throughput_tps).toBe(1 / (m.tpot_ms! / 1000));
    expect(m.total_throughput_tps).toBe(1280 / (m.e2e_ms! / 1000));
    expect(m.tokens_per_ms! * m.ms_per_token!).toBeCloseTo(1, 14);
    expect(m.total_memory_gb).toBe(m.weights_gb! + m.kv_cache_gb!);
    expect(m.fits_in_memory).toBe(true);
    expect(m.offloaded).toBe(0);
    expect(m.chunk_latency_ms).toBeNull();
  });

  it('takes memory from the decode pass at context i + o', () => {
    const peak = decode({ model: LLAMA8, system_name: A100, batch_size: 1, input_tokens: 1024, output_tokens: 256, Bb: 1 });
    expect(m.kv_cache_gb).toBe(peak.summary['KV Cache (MB)'] / 1024);
    expect(m.weights_gb).toBe(peak.summary['Total Weights (MB)'] / 1024);
    expect(m.device_memory_gb).toBe(40);
  });

  it('has a value or null for every metric, in METRIC_KEYS order, and each metric a unit, direction and definition', () => {
    expect(Object.keys(m)).toEqual([...METRIC_KEYS]);
    for (const d of METRICS) {
      expect(d.definition.length).toBeGreaterThan(20);
      expect(['lower', 'higher']).toContain(d.direction);
    }
  });

  it('round-trips through JSON losslessly', () => {
    const withOps = simulate(base, { operators: true });
    expect(parseResult(serializeResult(withOps))).toEqual(withOps);
    expect(() => parseResult('{"schema": "other"}')).toThrow(/not a simulation result/);
  });
});

describe('comparisons the product must get right', () => {
  it('tensor parallel 2 against 1 lowers TTFT and raises prefill throughput', () => {
    const tp1 = simulate(base).metrics!;
    const tp2 = simulate({ ...base, parallelism: { tensor: 2 } }).metrics!;
    expect(tp2.ttft_ms!).toBeLessThan(tp1.ttft_ms!);
    expect(tp2.prefill_throughput_tps!).toBeGreaterThan(tp1.prefill_throughput_tps!);
  });
  it('the 13B model has a higher TPOT than the 8B', () => {
    const m8 = simulate(base).metrics!;
    const m13 = simulate({ ...base, model: 'meta-llama/Llama-2-13B' }).metrics!;
    expect(m13.tpot_ms!).toBeGreaterThan(m8.tpot_ms!);
  });
  it('prefill-only and decode-only runs give null for what they do not compute', () => {
    const p = simulate({ ...base, features: ['prefill'] }).metrics!;
    expect(p.ttft_ms).not.toBeNull();
    expect([p.tpot_ms, p.e2e_ms, p.decode_throughput_tps]).toEqual([null, null, null]);
    const d = simulate({ ...base, features: ['decode'] }).metrics!;
    expect(d.ttft_ms).toBeNull();
    expect(d.tpot_ms).not.toBeNull();
    expect(d.e2e_ms).toBeNull();
  });
  it('chunked runs report the chunk latency and throughput as the core computes them', () => {
    const r = simulate({
      model: LLAMA8,
      hardware: 'H100_GPU',
      parallelism: { tensor: 2 },
      features: [
        {
          chunked: {
            prefill_kv_sizes: [
              [1024, 511],
              [0, 100],
            ],
            decode_kv_sizes: [1600, [2, 700], [2, 3, 500, 20]],
          },
        },
      ],
    });
    expect(r.metrics!.chunk_latency_ms).toBe(6.5927208043735); // spec §14 example 7
    expect(r.metrics!.chunk_throughput_tps).toBe(93133.02022325635);
    expect(r.metrics!.ttft_ms).toBeNull();
  });
  it('o = 1: TPOT is undefined and E2E is TTFT', () => {
    const m = simulate({ ...base, workload: { output_tokens: 1 } }).metrics!;
    expect(m.tpot_ms).toBeNull();
    expect(m.e2e_ms).toBe(m.ttft_ms);
  });
});

describe('LoRA', () => {
  const rank = 16;
  const D = 4096,
    Dq = 128,
    H = 32,
    Hkv = 8,
    L = 1024,
    layers = 32;
  const run = (strategy: string, extra: Record<string, unknown> = {}) =>
    simulate({ ...base, features: ['prefill', { lora: { rank, strategy, ...extra } }] }, { operators: true });
  const plain = simulate({ ...base, features: ['prefill'] }, { operators: true });

  it('dynamic adds exactly x·A then ·B for q, k, v and o (MACs and weights)', () => {
    const r = run('dynamic');
    const ops = r.phases.prefill!.operators!;
    const lora = (o: OperatorRecord) => o['Layer Name'].startsWith('LoRA');
    // Per layer and token: q: r·(D + H·Dq), k and v: r·(D + Hkv·Dq), o: r·(H·Dq + D).
    const macsPerLayer = L * rank * (D + H * Dq + 2 * (D + Hkv * Dq) + (H * Dq + D));
    const expectedMflop = (2 * macsPerLayer * layers) / 1e6;
    expect(total(ops, 'Num ops (MFLOP)', lora)).toBeCloseTo(expectedMflop, 6);
    const weightsMb = (rank * (D + H * Dq + 2 * (D + Hkv * Dq) + (H * Dq + D)) * 2 * layers) / 2 ** 20;
    expect(r.phases.prefill!.summary['Total Weights (MB)'] - plain.phases.prefill!.summary['Total Weights (MB)']).toBe(weightsMb);
    expect(total(ops, 'Input_w (MB)', lora)).toBe(weightsMb);
    expect(r.metrics!.ttft_ms!).toBeGreaterThan(plain.metrics!.ttft_ms!);
    // Counted with their projection: the FFN figures do not move.
    expect(r.phases.prefill!.runtime_breakdown.FFN).toBe(plain.phases.prefill!.runtime_breakdown.FFN);
    expect(r.phases.prefill!.runtime_breakdown.QKVO_layers).toBeGreaterThan(plain.phases.prefill!.runtime_breakdown.QKVO_layers);
  });

  it('dynamic shards A and B like the projection under tensor parallelism', () => {
    const r = simulate({ ...base, parallelism: { tensor: 2 }, features: ['prefill', { lora: { rank, targets: ['q', 'o'] } }] }, { operators: true });
    const rows = r.phases.prefill!.operators!.filter((o) => o['Layer Name'].startsWith('LoRA'));
    const shape = (name: string) => (rows.find((o) => o['Layer Name'] === name)!.Dimension as number[][][])[0][1];
    expect(shape('LoRA q A')).toEqual([rank, D]); // column-parallel: A whole
    expect(shape('LoRA q B')).toEqual([(H / 2) * Dq, rank]); // B split
    expect(shape('LoRA o A')).toEqual([rank, (H / 2) * Dq]); // row-parallel: A split
    expect(shape('LoRA o B')).toEqual([D, rank]); // B whole
  });

  it('targets the dense FFN projections when asked', () => {
    const r = simulate({ ...base, features: ['prefill', { lora: { rank, targets: ['gate', 'up', 'down'] } }] }, { operators: true });
    const names = new Set(r.phases.prefill!.operators!.filter((o) => o['Layer Name'].startsWith('LoRA')).map((o) => o['Layer Name']));
    expect([...names].sort()).toEqual(['LoRA down A', 'LoRA down B', 'LoRA gate A', 'LoRA gate B', 'LoRA up A', 'LoRA up B']);
  });

  it('leaves MoE experts alone unless include_experts', () => {
    const moe = { model: 'mistralai/Mixtral-8x7B', hardware: 'H100_GPU', parallelism: { tensor: 4 }, workload: { input_tokens: 512, output_tokens: 8 } };
    const off = simulate({ ...moe, features: [{ lora: { targets: ['up', 'down'] } }] }, { operators: true });
    expect(off.phases.prefill!.operators!.some((o) => o['Layer Name'].startsWith('LoRA'))).toBe(false);
    const on = simulate({ ...moe, features: [{ lora: { targets: ['up', 'down'], include_experts: true } }] }, { operators: true });
    expect(on.phases.prefill!.operators!.some((o) => o['Layer Name'] === 'LoRA up A')).toBe(true);
  });

  it('merged adds no rows, no time and no memory', () => {
    const r = run('merged');
    expect(r.phases.prefill!.operators!.some((o) => o['Layer Name'].startsWith('LoRA'))).toBe(false);
    expect(r.metrics).toEqual(plain.metrics);
    expect(r.feature_metrics.lora).toEqual({ enabled: true, rank, strategy: 'merged', targets: ['q', 'k', 'v', 'o'] });
  });
});

describe('flash attention', () => {
  const fused = simulate({ ...base, features: ['prefill'] }, { operators: true });
  const unfused = simulate({ ...base, features: ['prefill', { flash_attention: { enabled: false } }] }, { operators: true });

  it("is on by default: default results are GenZ's", () => {
    expect(fused.metrics!.ttft_ms).toBe(prefill({ model: LLAMA8, system_name: A100, batch_size: 1, input_tokens: 1024 }).latencyMs);
    expect(fused.feature_metrics.flash_attention.enabled).toBe(true);
  });

  it('off: the score matrix goes through memory and a softmax pass reads and writes it', () => {
    const scoresMb = (32 * 1024 * 1024 * 2) / 2 ** 20; // heads × L × L × 2 bytes, per layer
    const f = fused.phases.prefill!;
    const u = unfused.phases.prefill!;
    // The softmax pass adds one read and one write of the scores per layer; nothing else changes size.
    expect(u.summary['Total Data (MB)'] - f.summary['Total Data (MB)']).toBe(2 * scoresMb * 32);
    const softmax = u.operators!.filter((o) => o['Op Type'] === 'Softmax');
    expect(softmax.length).toBe(1);
    expect(softmax[0]['Num ops (MFLOP)']).toBe((5 * 32 * 1024 * 1024) / 1e6);
    expect(softmax[0]['Latency (msec)']).toBeGreaterThan(0);
    // The Logit now writes its output off chip: its memory time grows by scores/offchip − scores/onchip.
    const logit = (ops: OperatorRecord[]) => ops.find((o) => o['Layer Name'] === 'Logit')!['Memory time (msec)'];
    const bytes = scoresMb * 2 ** 20;
    const expected = (bytes / (1600 * 2 ** 30) - bytes / (18000 * 2 ** 30)) / 0.001;
    expect(logit(u.operators!) - logit(f.operators!)).toBeCloseTo(expected, 12);
    expect(u.runtime_breakdown.Softmax).toBeGreaterThan(0);
    expect(unfused.metrics!.ttft_ms!).toBeGreaterThan(fused.metrics!.ttft_ms!);
  });
});

describe('feature validation', () => {
  const issues = (config: SimulationConfig): string[] => {
    try {
      simulate(config);
    } catch (e) {
      if (e instanceof ConfigError) return e.issues.map((i) => `${i.field}: ${i.message}`);
      throw e;
    }
    return [];
  };

  const pairs = FEATURES.flatMap((f) => f.incompatible.map((o) => [f.name, o] as const));
  it.each(pairs)('%s with %s is rejected, naming both', (a, b) => {
    const extra = a === 'speculative_decode' || b === 'speculative_decode' ? { draft_model: 'meta-llama/Llama-3.2-1B' } : {};
    const feats = [a, b].map((n) => (n === 'speculative_decode' ? { speculative_decode: extra } : n));
    const found = issues({ ...base, features: feats });
    expect(found.some((m) => m.includes(`'${a}'`) && m.includes(`'${b}'`))).toBe(true);
  });

  it('speculative_decode needs decode or a full request, and a draft model', () => {
    expect(issues({ ...base, features: [{ speculative_decode: { draft_model: 'meta-llama/Llama-3.2-1B' } }] })).toEqual([]);
    expect(issues({ ...base, features: ['decode', { speculative_decode: { draft_model: 'meta-llama/Llama-3.2-1B' } }] })).toEqual([]);
    expect(issues({ ...base, features: ['speculative_decode'] })).toContain(
      'features.speculative_decode.draft_model: is required (a catalog model name or model fields)',
    );
    expect(issues({ ...base, features: ['chunked', { speculative_decode: { draft_model: 'meta-llama/Llama-3.2-1B' } }] }).join('\n')).toMatch(
      /'speculative_decode' needs 'decode' or a full request/,
    );
  });

  it('names unknown features, options and bad values', () => {
    expect(issues({ ...base, features: ['lorra'] })[0]).toMatch(/unknown feature 'lorra'; did you mean 'lora'/);
    expect(issues({ ...base, features: [{ lora: { rnk: 4 } }] })[0]).toMatch(/features\[0\]\.lora\.rnk: unknown option/);
    expect(issues({ ...base, features: [{ lora: { strategy: 'fused' } }] })[0]).toMatch(/one of dynamic, merged/);
    expect(issues({ ...base, features: [{ lora: { rank: 0 } }] })[0]).toMatch(/rank: must be >= 1/);
    expect(issues({ ...base, features: ['lora', 'lora'] })[0]).toMatch(/listed twice/);
  });

  it('rejects missing and impossible inputs, naming the field', () => {
    expect(issues({ hardware: A100 } as SimulationConfig)).toContain('model: is required');
    expect(issues({ ...base, workload: { input_tokens: 0 } })).toContain('workload.input_tokens: must be an integer >= 1, got 0');
    expect(issues({ ...base, precision: 'fp32' })[0]).toMatch(/valid: bf16, f32, fp8/);
    expect(issues({ ...base, parallelism: { tensor: 3 } })[0]).toMatch(/^parallelism.tensor: tensor parallelism 3 does not divide the \d+ attention heads/);
    expect(issues({ ...base, parallelism: { tensor: 2 }, features: [{ tensor_parallel: { degree: 4 } }] })[0]).toMatch(
      /parallelism.tensor: is 2 but feature 'tensor_parallel' says degree 4/,
    );
  });

  it('every registry feature is known to the validator', () => {
    expect(FEATURES.map((f) => f.name)).toEqual([...FEATURE_NAMES]);
  });
});

describe('memory', () => {
  it('a model that does not fit is an error result naming what it needs and what the device has', () => {
    const r = simulate({ model: 'meta-llama/Llama-3.1-70B', hardware: A100 });
    expect(r.status).toBe('error');
    expect(r.error!.kind).toBe('does_not_fit');
    expect(r.error!.message).toMatch(/needs \d+\.\d+ GB per device, the device has 40\.00 GB/);
    expect(r.error!.device_memory_gb).toBe(40);
    expect(r.metrics).toBeNull();
  });
  it('memory_offload makes it run, in prefill too, and reports what was offloaded', () => {
    const r = simulate({ model: 'meta-llama/Llama-3.1-70B', hardware: A100, workload: { output_tokens: 4 }, features: ['memory_offload'] });
    expect(r.status).toBe('ok');
    expect(r.phases.prefill!.is_offload).toBe(true);
    expect(r.metrics!.fits_in_memory).toBe(false);
    expect(r.metrics!.offloaded).toBeCloseTo(r.metrics!.total_memory_gb! - 40, 12);
    expect(r.feature_metrics.memory_offload).toEqual({ enabled: true, offloaded: true });
  });
  it('fp16 runs as bf16, with a note', () => {
    const r = simulate({ ...base, precision: 'fp16' });
    expect(r.config.precision).toBe('bf16');
    expect(r.notes.join(' ')).toMatch(/fp16 is simulated as bf16/);
    expect(r.metrics).toEqual(simulate(base).metrics);
  });
});

describe('speculative decoding', () => {
  it('reports tokens per step and a TPOT of step latency per accepted token', () => {
    const r = simulate({
      ...base,
      model: LLAMA8,
      hardware: 'H100_GPU',
      workload: { batch: 2, input_tokens: 512, output_tokens: 128 },
      features: [{ speculative_decode: { draft_model: 'meta-llama/Llama-3.2-1B', acceptance_rate: 0.8, parallel_tokens: 4 } }],
    });
    expect(r.feature_metrics.speculative_decode.tokens_per_step).toBe(3.3616);
    expect(r.metrics!.tpot_peak_ms).toBe(7.2120699165693285 / 3.3616); // spec §14 example 11
  });
});

describe('chunked options', () => {
  it('a malformed chunk entry names its place in the scenario', () => {
    try {
      simulate({ ...base, features: [{ chunked: { prefill_kv_sizes: [[1024, -1]] } }] });
      expect.unreachable('a negative chunk size must be rejected');
    } catch (e) {
      expect(e).toBeInstanceOf(ConfigError);
      expect((e as ConfigError).issues[0].field).toBe('features.chunked.prefill_kv_sizes[0][1]');
    }
  });
});

describe('speculative decoding memory', () => {
  it('reports the memory the fit check counted: both models when they share the device', () => {
    const m = simulate({
      model: LLAMA8,
      hardware: 'H100_GPU',
      workload: { batch: 1, input_tokens: 512, output_tokens: 16 },
      features: [{ speculative_decode: { draft_model: 'meta-llama/Llama-3.2-1B' } }],
    }).metrics!;
    const full = decode({ model: LLAMA8, system_name: 'H100_GPU', batch_size: 1, input_tokens: 512, output_tokens: 16, Bb: 1 });
    const draft = decode({ model: 'meta-llama/Llama-3.2-1B', system_name: 'H100_GPU', batch_size: 1, input_tokens: 512, output_tokens: 16, Bb: 1 });
    expect(m.weights_gb).toBe((full.summary['Total Weights (MB)'] + draft.summary['Total Weights (MB)']) / 1024);
    expect(m.kv_cache_gb).toBe((full.summary['KV Cache (MB)'] + draft.summary['KV Cache (MB)']) / 1024);
    expect(m.total_memory_gb).toBeCloseTo(m.weights_gb! + m.kv_cache_gb!, 12);
  });
});

describe('catalog models with import notes', () => {
  it('simulates them (the shared catalog spec is frozen) and says the notes in every run', () => {
    for (const model of ['deepseek-ai/DeepSeek-V3', 'openai/gpt-oss-20b']) {
      for (let run = 0; run < 2; run++) {
        const r = simulateAny({ model, hardware: 'H100_GPU', parallelism: { tensor: 8 }, workload: { batch: 1, input_tokens: 256, output_tokens: 16 } });
        expect(r.status).toBe('ok');
        expect(r.notes.some((n) => n.startsWith('quantization_config'))).toBe(true);
        expect(r.config.model.spec.import_warnings).toBeUndefined();
      }
    }
  });
});
