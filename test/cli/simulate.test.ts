import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { decode, prefill } from '../../src/core/index.js';
import { parseFeatureFlag } from '../../src/cli/simulate-command.js';
import { runCli } from '../support/cli.js';
import { testTempDir } from '../support/temp.js';

// The raw roofline (calibrated figures: test/calibration).
const DONE_WHEN = [
  'simulate',
  '--model',
  'meta-llama/Llama-3.1-8B',
  '--hardware',
  'A100_40GB_GPU',
  '--batch',
  '1',
  '--input-tokens',
  '1024',
  '--output-tokens',
  '256',
  '--calibration',
  'none',
];

describe('genz simulate', () => {
  it("--json prints one SimulationResult with every metric (the issue's done-when command)", async () => {
    const r = await runCli([...DONE_WHEN, '--json']);
    expect(r.code).toBe(0);
    const result = JSON.parse(r.stdout);
    // The CLI's default fidelity is the corrected model.
    const args = { model: 'meta-llama/Llama-3.1-8B', system_name: 'A100_40GB_GPU', batch_size: 1, input_tokens: 1024, fidelity: 'corrected' as const };
    expect(result.metrics.ttft_ms).toBe(prefill(args).latencyMs);
    expect(result.metrics.tpot_peak_ms).toBe(decode({ ...args, output_tokens: 256, Bb: 1 }).latencyMs);
    let sum = 0;
    for (let T = 1; T <= 255; T++) sum += decode({ ...args, output_tokens: T, Bb: 1 }).latencyMs;
    expect(result.metrics.tpot_ms).toBe(sum / 255);
    expect(Object.values(result.metrics).filter((v) => v === undefined)).toEqual([]);
  });

  it('prints a readable table with units', async () => {
    const r = await runCli(DONE_WHEN);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^TTFT\s+47\.31 ms\s+primary$/m);
    expect(r.stdout).toMatch(/^Prefill throughput\s+21,650 tokens\/s/m);
    expect(r.stdout).toMatch(/fidelity corrected/);
    expect(r.stdout).toMatch(/^model: 8\.03B parameters \(8\.03B active per token\), weights 14\.96 GiB/m);
  });

  it("--fidelity genz prints GenZ's figures", async () => {
    const r = await runCli([...DONE_WHEN, '--fidelity', 'genz']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^TTFT\s+54\.47 ms\s+primary$/m);
    expect(r.stdout).toMatch(/^Prefill throughput\s+18,800 tokens\/s/m);
  });

  it('exits 1 with the memory figures when the scenario does not fit', async () => {
    const r = await runCli(['simulate', '--model', 'meta-llama/Llama-3.1-70B', '--hardware', 'A100_40GB_GPU']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/needs 1\d\d\.\d\d GB per device, the device has 40\.00 GB/);
  });

  it('exits 2 naming the flag and suggesting the nearest catalog name', async () => {
    const r = await runCli(['simulate', '--model', 'llama-3.1-8c', '--hardware', 'H100']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("--model (model): unknown model 'llama-3.1-8c'; did you mean 'meta-llama/Llama-3.1-8B'");
    expect(r.stderr).toContain("--hardware (hardware): unknown hardware 'H100'; did you mean 'H100_GPU'");
    expect((await runCli(['simulate', '--model', 'gpt-2', '--hardware', 'H100_GPU', '--batch', 'x'])).stderr).toContain('--batch must be an integer');
    expect((await runCli(['simulate', '--hardware', 'H100_GPU'])).code).toBe(2);
  });

  it('reads one scenario from a YAML file', async () => {
    const dir = testTempDir('genz-sim-');
    writeFileSync(
      path.join(dir, 's.yaml'),
      'id: x\nmodel: gpt-2\nhardware: H100_GPU\nworkload: { input_tokens: 128, output_tokens: 4 }\nfeatures:\n  - lora: { rank: 8 }\n',
    );
    const r = await runCli(['simulate', '--scenario', 's.yaml', '--json'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).feature_metrics.lora.rank).toBe(8);
    writeFileSync(path.join(dir, 'bad.yaml'), 'model: gpt-2\nhardware: H100_GPU\nworkload: { input_tokens: 0 }\n');
    const bad = await runCli(['simulate', '--scenario', 'bad.yaml'], { cwd: dir });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('bad.yaml:3:27: workload.input_tokens: must be an integer >= 1, got 0');
  });

  it('parses --feature specs', () => {
    expect(parseFeatureFlag('prefill')).toBe('prefill');
    expect(parseFeatureFlag('flash_attention=off')).toEqual({ flash_attention: false });
    expect(parseFeatureFlag('lora:rank=16,strategy=dynamic')).toEqual({ lora: { rank: 16, strategy: 'dynamic' } });
    expect(parseFeatureFlag('chunked:prefill_kv_sizes=[[1024,511],[0,100]],decode_kv_sizes=[1600]')).toEqual({
      chunked: {
        prefill_kv_sizes: [
          [1024, 511],
          [0, 100],
        ],
        decode_kv_sizes: [1600],
      },
    });
  });

  it('features lists every feature with its options', async () => {
    const r = await runCli(['features']);
    expect(r.code).toBe(0);
    for (const name of [
      'prefill',
      'decode',
      'chunked',
      'tensor_parallel',
      'pipeline_parallel',
      'expert_parallel',
      'lora',
      'flash_attention',
      'memory_offload',
      'speculative_decode',
    ]) {
      expect(r.stdout).toMatch(new RegExp(`^${name}  \\[`, 'm'));
    }
    expect(r.stdout).toContain('rank (integer, >= 1; default 16)');
  });
});
