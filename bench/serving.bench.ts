/**
 * `npm run bench` (serving part): figures only, nothing asserts on time (docs/serving.md "Speed").
 *  1. 10,000 requests of the issue's chat scenario (Llama-3.1-8B on one H100, Poisson 8 req/s, lognormal
 *     lengths 1024/8000 in, 256/1024 out, chunked prefill, 256 seqs, 8,192 tokens), end to end through
 *     simulateServing (cost model set-up, scheduler run, metrics), without the max-rate search; calibrated
 *     (the built-in H100 × vLLM bf16 profile, what a scenario with `engine: vllm` runs by default).
 *  2. The same at low load (2 req/s: each request decodes nearly alone, about a million iterations), at
 *     saturation (every request at t = 0), closed loop (64 clients), and raw (calibration none).
 *  3. The max_rate_qps search of the same scenario with 2,000 requests (SLO: p99 TTFT 800 ms, p99 TPOT 60 ms).
 * Each figure: median and min over 5 runs, wall and CPU time, in one warm process.
 */
import { simulateServing } from '../src/serving/run.js';
import type { ServingConfig } from '../src/serving/types.js';
import { servingSlo } from '../src/serving/config.js';
import type { IterationCalibration } from '../src/serving/calibrated.js';
import { builtinProfiles } from '../src/calibration/builtin.js';
import { selectProfile } from '../src/calibration/profile.js';

const args = { model: 'meta-llama/Llama-3.1-8B', system_name: 'H100_GPU', fidelity: 'corrected' as const };
const base: ServingConfig = {
  arrival: { kind: 'poisson', rate_qps: 8 },
  requests: 10_000,
  input_tokens: { distribution: 'lognormal', mean: 1024, p99: 8000, min: 1, max: 64000 },
  output_tokens: { distribution: 'lognormal', mean: 256, p99: 1024, min: 1, max: 8192 },
  scheduler: { max_num_seqs: 256, max_batched_tokens: 8192, chunked_prefill: true, block_size: 16, memory_utilization: 0.9, policy: 'fcfs' },
  seed: 1,
  search_max_rate: false,
  slo: servingSlo({ ttft_p99_ms: 800, tpot_p99_ms: 60 }),
};

const calibrated: IterationCalibration = { params: selectProfile(builtinProfiles(), 'H100_GPU', 'vllm', 'bf16').params, precision: 'bf16' };

function time(name: string, cfg: ServingConfig, runs = 5, calibration: IterationCalibration | null = calibrated): void {
  const wall: number[] = [];
  const cpu: number[] = [];
  let extra = '';
  for (let i = 0; i < runs; i++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    const r = simulateServing(args, cfg, calibration);
    wall.push(performance.now() - t0);
    const c = process.cpuUsage(c0);
    cpu.push((c.user + c.system) / 1000);
    extra = `${r.stats.iterations} iterations, ${r.stats.requestThroughput.toFixed(2)} req/s${r.maxRateQps !== null ? `, max_rate_qps ${r.maxRateQps.toFixed(3)} (${r.curve.length} rates simulated)` : ''}`;
  }
  const med = (x: number[]): number => [...x].sort((a, b) => a - b)[Math.floor(x.length / 2)];
  console.log(
    `${name.padEnd(50)} wall median ${med(wall).toFixed(0).padStart(5)} ms (min ${Math.min(...wall).toFixed(0)}), CPU median ${med(cpu).toFixed(0).padStart(5)} ms   ${extra}`,
  );
}

console.log('serving simulator (targets: 10,000 requests <= 500 ms; max-rate search of 2,000 requests <= 2,000 ms)');
time('10,000 requests, Poisson 8 req/s', base);
time('10,000 requests, Poisson 2 req/s', { ...base, arrival: { kind: 'poisson', rate_qps: 2 } });
time('10,000 requests, all at t = 0', { ...base, arrival: { kind: 'burst' } });
time('10,000 requests, closed loop of 64 clients', { ...base, arrival: { kind: 'concurrency', concurrency: 64 } });
time('10,000 requests, Poisson 8 req/s, raw roofline', base, 5, null);
time('max_rate_qps search, 2,000 requests', { ...base, requests: 2000, search_max_rate: true });
time('max_rate_qps search, 2,000 requests, raw roofline', { ...base, requests: 2000, search_max_rate: true }, 5, null);
