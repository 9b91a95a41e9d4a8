import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { catalogModelSpec } from '../../src/core/model.js';
import { servingSlo } from '../../src/serving/config.js';
import { IterationCost } from '../../src/serving/cost.js';
import { lognormalParams, makeRng, normal } from '../../src/serving/random.js';
import { type ServingSetup, setupServing, simulateServing } from '../../src/serving/run.js';
import { runScheduler } from '../../src/serving/scheduler.js';
import { requestLatencies, servingStats } from '../../src/serving/stats.js';
import type { ServingConfig } from '../../src/serving/types.js';
import { simulate } from '../../src/simulation/index.js';
import { builtinProfiles } from '../../src/calibration/builtin.js';
import { selectProfile } from '../../src/calibration/profile.js';

const LLAMA = { model: 'meta-llama/Llama-3.1-8B', system_name: 'H100_GPU', fidelity: 'corrected' as const };

function config(over: Partial<ServingConfig> = {}, sched: Partial<ServingConfig['scheduler']> = {}): ServingConfig {
  return {
    arrival: { kind: 'poisson', rate_qps: 4 },
    requests: 200,
    input_tokens: { distribution: 'lognormal', mean: 512, p99: 3000, min: 1, max: 8000 },
    output_tokens: { distribution: 'lognormal', mean: 128, p99: 600, min: 1, max: 2000 },
    seed: 7,
    search_max_rate: false,
    slo: servingSlo({}),
    ...over,
    scheduler: { max_num_seqs: 64, max_batched_tokens: 2048, chunked_prefill: true, block_size: 16, memory_utilization: 0.9, policy: 'fcfs', ...sched },
  };
}

describe('iteration latency', () => {
  const models = [
    ['Llama-3.1-8B', LLAMA],
    [
      'DeepSeek-V3 (MLA, MoE) fp8 TP8',
      { model: 'deepseek-ai/DeepSeek-V3', system_name: 'H100_GPU', fidelity: 'corrected' as const, tensor_parallel: 8, bits: 'fp8' },
    ],
    [
      'Jamba 1.5 Mini (Mamba hybrid) TP2',
      { model: 'ai21labs/ai21-jamba-1.5-mini', system_name: 'H100_GPU', fidelity: 'corrected' as const, tensor_parallel: 2 },
    ],
    [
      'sliding windows on alternate layers',
      {
        model: {
          ...catalogModelSpec('meta-llama/Llama-3.1-8B'),
          sliding_window: 300,
          layer_types: Array.from({ length: 32 }, (_, i) => (i % 2 ? 'full_attention' : 'sliding_attention')),
        } as never,
        system_name: 'H100_GPU',
        fidelity: 'corrected' as const,
      },
    ],
  ] as const;
  for (const [name, args] of models) {
    it(`equals the core's chunked pass for random batches: ${name}`, () => {
      const cost = new IterationCost(args, { maxTokens: 4096, maxSeqs: 64, maxContext: 20000 });
      fc.assert(
        fc.property(
          fc.array(fc.tuple(fc.integer({ min: 0, max: 6000 }), fc.integer({ min: 1, max: 700 })), { maxLength: 3 }),
          fc.array(fc.integer({ min: 1, max: 12000 }), { maxLength: 40 }),
          (prefill, decode) => {
            fc.pre(prefill.length + decode.length > 0);
            const ours = cost.iterationMs(prefill, decode);
            const core = cost.coreMs(prefill, decode);
            expect(Math.abs(ours - core) / core).toBeLessThan(1e-12);
          },
        ),
        { numRuns: 40, seed: 11 },
      );
    });
  }
});

describe('calibrated iteration latency', () => {
  const set = builtinProfiles();
  const cases = [
    ['Llama-3.1-8B, H100 × vLLM bf16', { model: 'meta-llama/Llama-3.1-8B', system_name: 'H100_GPU', fidelity: 'corrected' as const }, 'vllm', 'bf16'],
    [
      'Llama-3.1-70B TP4 fp8, H100 × TensorRT-LLM',
      { model: 'meta-llama/Llama-3.1-70B', system_name: 'H100_GPU', fidelity: 'corrected' as const, tensor_parallel: 4, bits: 'fp8' },
      'trtllm',
      'fp8',
    ],
    [
      'DeepSeek-V3 (MLA, MoE) fp8 TP8, generic profile',
      { model: 'deepseek-ai/DeepSeek-V3', system_name: 'H100_GPU', fidelity: 'corrected' as const, tensor_parallel: 8, bits: 'fp8' },
      'generic',
      'fp8',
    ],
    [
      'Jamba 1.5 Mini (Mamba hybrid) TP2, A100 × TensorRT-LLM',
      { model: 'ai21labs/ai21-jamba-1.5-mini', system_name: 'A100_80GB_GPU', fidelity: 'corrected' as const, tensor_parallel: 2 },
      'trtllm',
      'bf16',
    ],
    [
      'sliding windows, MI300X × vLLM',
      {
        model: {
          ...catalogModelSpec('meta-llama/Llama-3.1-8B'),
          sliding_window: 300,
          layer_types: Array.from({ length: 32 }, (_, i) => (i % 2 ? 'full_attention' : 'sliding_attention')),
        } as never,
        system_name: 'MI300X',
        fidelity: 'corrected' as const,
      },
      'vllm',
      'bf16',
    ],
  ] as const;
  for (const [name, args, engine, precision] of cases) {
    it(`equals calibratedChunkMs of the core's chunked pass for random batches: ${name}`, () => {
      const params = selectProfile(set, args.system_name, engine, precision).params;
      const raw = new IterationCost(args, { maxTokens: 4096, maxSeqs: 64, maxContext: 20000 });
      const cost = new IterationCost(args, { maxTokens: 4096, maxSeqs: 64, maxContext: 20000 }, { params, precision });
      fc.assert(
        fc.property(
          fc.array(fc.tuple(fc.integer({ min: 0, max: 6000 }), fc.integer({ min: 1, max: 700 })), { maxLength: 3 }),
          fc.array(fc.integer({ min: 1, max: 12000 }), { maxLength: 40 }),
          (prefill, decode) => {
            fc.pre(prefill.length + decode.length > 0);
            const ours = cost.iterationMs(prefill, decode);
            const core = cost.coreMs(prefill, decode);
            expect(Math.abs(ours - core) / core).toBeLessThan(1e-9);
            // Calibration only slows a pass down (fractions of peak, overheads on top).
            expect(ours).toBeGreaterThan(raw.iterationMs(prefill, decode));
          },
        ),
        { numRuns: 30, seed: 5 },
      );
    });
  }
});

describe('decode windows', () => {
  it('give the same trace as running every iteration through the general pass, to the last bit', () => {
    const cases: [Partial<ServingConfig>, Partial<ServingConfig['scheduler']>][] = [
      [{ arrival: { kind: 'poisson', rate_qps: 0.5 }, requests: 60 }, {}],
      [{ arrival: { kind: 'poisson', rate_qps: 20 }, requests: 150 }, { memory_utilization: 0.22 }],
      [
        { arrival: { kind: 'burst' }, requests: 150 },
        { memory_utilization: 0.21, max_num_seqs: 32 },
      ],
      [
        { arrival: { kind: 'burst' }, requests: 120 },
        { policy: 'shortest-prompt-first', max_batched_tokens: 512, chunked_prefill: true },
      ],
      [{ arrival: { kind: 'concurrency', concurrency: 8 }, requests: 80 }, { max_num_seqs: 4 }],
    ];
    for (const [over, sched] of cases) {
      const cfg = config(over, sched);
      const setup = setupServing(LLAMA, cfg);
      const conc = cfg.arrival.kind === 'concurrency' ? cfg.arrival.concurrency : 0;
      const fast = runScheduler(setup.requests, cfg.scheduler, setup.cost, setup.cap, conc);
      const slow = runScheduler(setup.requests, cfg.scheduler, setup.cost, setup.cap, conc, false);
      expect(fast.iterations).toBe(slow.iterations);
      expect(JSON.stringify(fast, (_k, v) => (ArrayBuffer.isView(v) ? Array.from(v as Float64Array) : v))).toBe(
        JSON.stringify(slow, (_k, v) => (ArrayBuffer.isView(v) ? Array.from(v as Float64Array) : v)),
      );
    }
  });
});

describe('workload', () => {
  it('a lognormal from mean and p99 has that mean and p99', () => {
    const p = lognormalParams(1024, 8000)!;
    const rng = makeRng(3);
    const n = 200_000;
    const xs = new Float64Array(n);
    let sum = 0;
    for (let i = 0; i < n; i++) {
      xs[i] = Math.exp(p.mu + p.sigma * normal(rng));
      sum += xs[i];
    }
    xs.sort();
    expect(sum / n / 1024).toBeCloseTo(1, 1);
    expect(xs[Math.ceil(0.99 * n) - 1] / 8000).toBeCloseTo(1, 1);
    expect(lognormalParams(100, 2000)).toBeNull(); // p99 more than 14.97 × the mean
  });
});

describe('serving simulation', () => {
  it('is deterministic for a seed, to the last bit, and changes with the seed', () => {
    const a = simulateServing(LLAMA, config());
    const b = simulateServing(LLAMA, config());
    expect(JSON.stringify(b)).toBe(JSON.stringify(a));
    const c = simulateServing(LLAMA, config({ seed: 8 }));
    expect(c.stats.ttft.p99).not.toBe(a.stats.ttft.p99);
  });

  it('at very low load: TTFT is the single-request prefill and TPOT the batch-1 decode step', () => {
    const cfg = config({
      arrival: { kind: 'poisson', rate_qps: 0.001 },
      requests: 20,
      input_tokens: { distribution: 'fixed', value: 1024 },
      output_tokens: { distribution: 'fixed', value: 256 },
    });
    const r = simulateServing(LLAMA, cfg);
    const single = simulate({ model: LLAMA.model, hardware: 'H100_GPU', workload: { batch: 1, input_tokens: 1024, output_tokens: 256 }, calibration: 'none' });
    const m = single.metrics!;
    // Every request runs alone: all percentiles agree.
    expect(r.stats.ttft.p99! / r.stats.ttft.p50!).toBeCloseTo(1, 9);
    expect(r.stats.ttft.p50! / m.ttft_ms!).toBeCloseTo(1, 3);
    expect(r.stats.tpot.p50! / m.tpot_ms!).toBeCloseTo(1, 2);
    expect(r.stats.preemptions).toBe(0);
  });

  it('at saturation, throughput approaches the best static-batch throughput that fits in memory', () => {
    const fixed = { input: 512, output: 128 };
    const cfg = config(
      {
        arrival: { kind: 'burst' },
        requests: 1024,
        input_tokens: { distribution: 'fixed', value: fixed.input },
        output_tokens: { distribution: 'fixed', value: fixed.output },
      },
      { max_num_seqs: 256, max_batched_tokens: 8192 },
    );
    const r = simulateServing(LLAMA, cfg);
    let best = 0;
    for (const batch of [1, 8, 32, 64, 128, 256]) {
      const s = simulate({
        model: LLAMA.model,
        hardware: 'H100_GPU',
        workload: { batch, ...{ input_tokens: fixed.input, output_tokens: fixed.output } },
        calibration: 'none',
      });
      if (s.status !== 'ok' || !s.metrics!.fits_in_memory) continue;
      best = Math.max(best, batch / (s.metrics!.e2e_ms! / 1000));
    }
    const ratio = r.stats.requestThroughput / best;
    // Continuous batching overlaps prefill with decode, so it may beat static batches a little; it gets close.
    expect(ratio).toBeGreaterThan(0.85);
    expect(ratio).toBeLessThan(1.15);
  });

  it("obeys Little's law: time-average requests in the system = throughput × mean latency", () => {
    const setup = setupServing(LLAMA, config());
    const t = runScheduler(setup.requests, config().scheduler, setup.cost, setup.cap);
    const st = servingStats(t, servingSlo({}));
    // Integrate the number in the system over time from the arrival and finish events.
    const events: [number, number][] = [];
    for (let i = 0; i < t.arrivalMs.length; i++) events.push([t.arrivalMs[i], 1], [t.finishMs[i], -1]);
    events.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
    let inSystem = 0;
    let area = 0;
    let last = events[0][0];
    for (const [time, d] of events) {
      area += inSystem * (time - last);
      last = time;
      inSystem += d;
    }
    const L = area / st.makespanMs;
    const W = st.e2e.mean!; // ms
    const lambda = st.requestThroughput / 1000; // per ms
    expect(L / (lambda * W)).toBeCloseTo(1, 9);
  });

  it('at a fixed rate below saturation, preemptions never increase when KV memory grows', () => {
    const cfg = (u: number) =>
      config(
        {
          arrival: { kind: 'poisson', rate_qps: 10 },
          requests: 300,
          input_tokens: { distribution: 'fixed', value: 6000 },
          output_tokens: { distribution: 'fixed', value: 1500 },
        },
        { memory_utilization: u, max_num_seqs: 256, max_batched_tokens: 8192 },
      );
    let previous = Number.POSITIVE_INFINITY;
    const seen: number[] = [];
    for (const u of [0.3, 0.35, 0.4, 0.5, 0.7, 0.9]) {
      const p = simulateServing(LLAMA, cfg(u)).stats.preemptions;
      seen.push(p);
      expect(p).toBeLessThanOrEqual(previous);
      previous = p;
    }
    expect(seen[0]).toBeGreaterThan(0); // the tightest cache does preempt: the law is exercised
  });

  it('invariants hold for random workloads and schedulers (property)', () => {
    fc.assert(
      fc.property(
        fc.record({
          rate: fc.double({ min: 0.5, max: 200, noNaN: true }),
          requests: fc.integer({ min: 1, max: 60 }),
          input: fc.integer({ min: 1, max: 3000 }),
          output: fc.integer({ min: 1, max: 300 }),
          seqs: fc.integer({ min: 1, max: 32 }),
          tokens: fc.integer({ min: 64, max: 4096 }),
          chunked: fc.boolean(),
          util: fc.double({ min: 0.25, max: 0.95, noNaN: true }),
          seed: fc.integer({ min: 0, max: 1000 }),
          policy: fc.constantFrom('fcfs' as const, 'shortest-prompt-first' as const),
        }),
        (p) => {
          const cfg = config(
            {
              arrival: { kind: 'poisson', rate_qps: p.rate },
              requests: p.requests,
              input_tokens: {
                distribution: 'histogram',
                bins: [
                  [Math.min(p.input, p.tokens), 1],
                  [Math.max(1, Math.min(p.input >> 2, p.tokens)), 2],
                ],
              },
              output_tokens: { distribution: 'fixed', value: p.output },
              seed: p.seed,
            },
            { max_num_seqs: p.seqs, max_batched_tokens: p.tokens, chunked_prefill: p.chunked, memory_utilization: p.util, policy: p.policy },
          );
          const setup: ServingSetup = setupServing(LLAMA, cfg);
          const t = runScheduler(setup.requests, cfg.scheduler, setup.cost, setup.cap);
          const lat = requestLatencies(t);
          for (let i = 0; i < p.requests; i++) {
            expect(t.firstTokenMs[i]).toBeGreaterThan(t.arrivalMs[i]);
            expect(t.finishMs[i]).toBeGreaterThanOrEqual(t.firstTokenMs[i]);
            expect(lat.e2e[i]).toBeGreaterThanOrEqual(lat.ttft[i]);
          }
          const s = servingStats(t, servingSlo({}));
          for (const x of [s.ttft, s.e2e, s.itl, s.tpot]) {
            if (x.p50 === null) continue;
            expect(x.p50).toBeLessThanOrEqual(x.p90!);
            expect(x.p90).toBeLessThanOrEqual(x.p99!);
          }
          expect(s.kvUtilization).toBeGreaterThanOrEqual(0);
          expect(s.kvUtilization).toBeLessThanOrEqual(1);
          // Every gap is counted once: ITL gaps = Σ (output − 1).
          let gaps = t.otherGaps.length;
          for (const g of t.iterRegularGaps) gaps += g;
          let expected = 0;
          for (const o of t.output) expected += o - 1;
          expect(gaps).toBe(expected);
        },
      ),
      { numRuns: 30, seed: 5 },
    );
  });

  it('searches max_rate_qps: the SLO holds at the rate found and fails just above it', () => {
    const cfg = config({ requests: 300, search_max_rate: true, slo: servingSlo({ ttft_p99_ms: 400, tpot_p99_ms: 30 }) });
    const r = simulateServing(LLAMA, cfg);
    expect(r.maxRateQps).toBeGreaterThan(0);
    const at = r.curve.find((c) => c.rateQps === r.maxRateQps)!;
    expect(at.holds).toBe(true);
    const above = r.curve.filter((c) => c.rateQps > r.maxRateQps!);
    expect(above.length).toBeGreaterThan(0);
    expect(above[0].holds).toBe(false);
    // An unreachable SLO gives 0.
    expect(simulateServing(LLAMA, { ...cfg, slo: servingSlo({ ttft_p99_ms: 0.001 }) }).maxRateQps).toBe(0);
  });

  it('closed-loop arrivals keep at most `concurrency` requests in the system', () => {
    const cfg = config({ arrival: { kind: 'concurrency', concurrency: 5 }, requests: 40 });
    const setup = setupServing(LLAMA, cfg);
    const t = runScheduler(setup.requests, cfg.scheduler, setup.cost, setup.cap, 5);
    for (let i = 0; i < 40; i++) {
      let inSystem = 0;
      for (let j = 0; j < 40; j++) if (t.arrivalMs[j] <= t.arrivalMs[i] && t.finishMs[j] > t.arrivalMs[i]) inSystem++;
      expect(inSystem).toBeLessThanOrEqual(5);
    }
  });
});

describe('in-flight accuracy rows', () => {
  it('simulates a TensorRT-LLM max-throughput row as a burst and compares output tokens per second', async () => {
    const { parseMeasurements } = await import('../../src/calibration/measurements.js');
    const { inflightAccuracy } = await import('../../src/serving/inflight.js');
    const row = {
      id: 't1',
      batching: 'inflight',
      engine: 'TensorRT-LLM',
      engine_version: '0.10.0',
      benchmark_tool: 'gptManagerBenchmark (engine: trtllm-build --max_batch_size 256 --max_num_tokens 2048)',
      gpu: 'H100-SXM5-80GB',
      gpu_count: 1,
      tp: 1,
      pp: 1,
      model: 'meta-llama/Llama-2-7b-hf',
      precision: 'FP16',
      num_requests: 300,
      input_len: 128,
      output_len: 128,
      out_tok_s: 10000,
    };
    const ms = parseMeasurements(`${JSON.stringify(row)}\n`, 'x.jsonl');
    expect(ms[0].skip).toMatch(/in-flight/);
    const r = inflightAccuracy(ms, null);
    expect(r.rows).toHaveLength(1);
    expect(r.rows[0].requests).toBe(300);
    expect(r.rows[0].predicted).toBeGreaterThan(0);
    expect(r.overall.gmr).toBeCloseTo(r.rows[0].predicted / 10000, 3);
    // Calibrated (the H100 × TensorRT-LLM bf16 profile): slower passes, lower throughput.
    const c = inflightAccuracy(ms, builtinProfiles());
    expect(c.rows[0].predicted).toBeLessThan(r.rows[0].predicted);
  });
});
