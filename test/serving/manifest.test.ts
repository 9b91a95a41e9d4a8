import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadScenarios } from '../../src/manifests/index.js';
import { TraceError, parseTrace } from '../../src/serving/trace.js';
import { ConfigError, simulate } from '../../src/simulation/index.js';
import { runCli } from '../support/cli.js';
import { testTempDir } from '../support/temp.js';

function project(manifest: string, files: Record<string, string> = {}): string {
  const dir = testTempDir('serving-manifest');
  mkdirSync(path.join(dir, 'perf'), { recursive: true });
  writeFileSync(path.join(dir, 'perf', 'a.yaml'), manifest);
  for (const [f, text] of Object.entries(files)) writeFileSync(path.join(dir, f), text);
  return dir;
}

const HEAD = 'version: 1\nscenarios:\n  - id: s\n    model: meta-llama/Llama-3.1-8B\n    hardware: H100_GPU\n';

describe('serving block in manifests', () => {
  it('schema problems name file, line, column and field', () => {
    const dir = project(`${HEAD}    serving:\n      arrival: { rate_qps: 8, concurrency: 3 }\n      requestz: 5\n`);
    const r = loadScenarios({ root: dir, manifests: ['perf/*.yaml'] });
    const lines = r.errors.map((e) => `${e.file}:${e.line}:${e.column}: ${e.fieldPath}: ${e.message}`);
    expect(lines).toContain('perf/a.yaml:7:16: scenarios[0].serving.arrival: must NOT have more than 1 properties');
    expect(lines.some((l) => l.startsWith('perf/a.yaml:8:7: scenarios[0].serving.requestz: unknown field'))).toBe(true);
  });

  it('copies the serving SLO budgets into the block, reads traces, and bounds the requests by limits.serving_requests', () => {
    const trace = '{"arrival_s": 0.5, "input_tokens": 100, "output_tokens": 10}\n{"timestamp": 100, "input_length": 50, "output_length": 5}\n';
    const dir = project(`${HEAD}    serving:\n      arrival: { trace: t.jsonl }\n    slo: { ttft_p99_ms: 100, ttft_ms: 5 }\n`, { 't.jsonl': trace });
    const r = loadScenarios({ root: dir, manifests: ['perf/*.yaml'] });
    expect(r.errors).toEqual([]);
    const serving = r.scenarios[0].config.serving!;
    expect(serving.slo).toEqual({ ttft_p99_ms: 100 });
    expect(serving.trace_requests).toEqual([
      { arrival_s: 0.1, input_tokens: 50, output_tokens: 5 },
      { arrival_s: 0.5, input_tokens: 100, output_tokens: 10 },
    ]);
    const over = project(`${HEAD}    serving:\n      requests: 300000\n`);
    const e = loadScenarios({ root: over, manifests: ['perf/*.yaml'] }).errors;
    expect(e[0].message).toMatch(/over the limit of 200,000 \(limits\.serving_requests\)/);
  });

  it('semantic problems are input errors naming the field', () => {
    const run =
      (serving: object, extra: object = {}) =>
      () =>
        simulate({ model: 'meta-llama/Llama-3.1-8B', hardware: 'H100_GPU', calibration: 'none', serving, ...extra } as never);
    expect(run({ input_tokens: { distribution: 'lognormal', mean: 1024, p99: 500 } })).toThrow(/serving\.input_tokens\.p99: must be greater than the mean/);
    expect(run({ input_tokens: { distribution: 'lognormal', mean: 100, p99: 5000 } })).toThrow(/at most 14\.97 × its mean/);
    expect(run({ requests: 5 }, { fidelity: 'genz' })).toThrow(ConfigError);
    expect(run({ requests: 5, input_tokens: 20000, scheduler: { chunked_prefill: false } })).toThrow(/max_batched_tokens/);
    expect(run({ requests: 5, input_tokens: 300000, output_tokens: 300000 })).toThrow(/KV cache holds/);
  });

  it("with calibration on, the iterations are calibrated and the serving metrics carry the profile's bands", () => {
    const base = {
      model: 'meta-llama/Llama-3.1-8B',
      hardware: 'H100_GPU',
      engine: 'vllm',
      workload: { batch: 1, input_tokens: 512, output_tokens: 64 },
      serving: { requests: 60, arrival: { rate_qps: 4 }, input_tokens: 512, output_tokens: 64, seed: 3, search_max_rate: false },
    };
    const raw = simulate({ ...base, calibration: 'none' } as never);
    const cal = simulate({ ...base, calibration: 'builtin' } as never);
    expect(raw.calibration).toBeNull();
    expect(cal.calibration?.profile).toBe('H100_GPU|vllm|bf16');
    expect(cal.notes.some((n) => /serving/.test(n))).toBe(false);
    const r = raw.metrics!;
    const c = cal.metrics!;
    // Calibrated passes are slower than the roofline's, static and serving figures alike.
    expect(c.ttft_ms!).toBeGreaterThan(r.ttft_ms!);
    expect(c.ttft_p50_ms!).toBeGreaterThan(r.ttft_p50_ms!);
    expect(c.tpot_p50_ms!).toBeGreaterThan(r.tpot_p50_ms!);
    // At this low load a request's TTFT is close to the calibrated single-request prefill.
    expect(c.ttft_p50_ms! / c.ttft_ms!).toBeGreaterThan(0.9);
    expect(c.ttft_p50_ms! / c.ttft_ms!).toBeLessThan(1.5);
    const bands = cal.calibration!.bands as Record<string, number>;
    expect(bands.ttft_p99_ms).toBe(bands.ttft_ms);
    expect(bands.tpot_p99_ms).toBe(bands.e2e_ms);
    expect(bands.max_rate_qps).toBe(bands.e2e_ms);
    expect(bands.preemptions).toBeUndefined();
  });

  it('genz simulate --scenario prints the percentile table', async () => {
    const dir = testTempDir('serving-cli');
    writeFileSync(
      path.join(dir, 's.yaml'),
      'id: x\nmodel: meta-llama/Llama-3.1-8B\nhardware: H100_GPU\nserving:\n  arrival: { rate_qps: 4 }\n  requests: 100\n  input_tokens: 512\n  output_tokens: 64\nslo: { ttft_p99_ms: 500 }\n',
    );
    const r = await runCli(['simulate', '--scenario', 's.yaml'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/latency \(ms\)\s+mean\s+p50\s+p90\s+p99/);
    expect(r.stdout).toMatch(/^TTFT\s+[\d.]+\s+[\d.]+\s+[\d.]+\s+[\d.]+$/m);
    expect(r.stdout).toMatch(/max rate within SLO [\d.,]+ req\/s/);
  });
});

describe('trace files', () => {
  it('reads both forms, sorts by arrival, and says which line is wrong', () => {
    expect(
      parseTrace('\n{"arrival_s": 2, "input_tokens": 1, "output_tokens": 1}\n{"arrival_s": 1, "input_tokens": 2, "output_tokens": 2}\n', 10, 100).map(
        (r) => r.arrival_s,
      ),
    ).toEqual([1, 2]);
    expect(() => parseTrace('{"arrival_s": 1, "input_tokens": 0, "output_tokens": 1}', 10, 100)).toThrow(/line 1: input_tokens must be an integer/);
    expect(() => parseTrace('nope', 10, 100)).toThrow(TraceError);
    expect(() => parseTrace('', 10, 100)).toThrow(/no requests/);
    expect(() => parseTrace('{"arrival_s":0,"input_tokens":1,"output_tokens":1}\n'.repeat(3), 2, 100)).toThrow(/more than 2 requests/);
  });
});
