import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUILTIN_MEASUREMENTS, BUILTIN_PROFILE_PATH } from '../../src/calibration/builtin.js';
import { runCli } from '../support/cli.js';
import { REPO_ROOT } from '../support/reference.js';
import { testTempDir } from '../support/temp.js';

describe('genz calibrate', () => {
  it('regenerates the built-in profiles from the shipped data byte for byte', async () => {
    const dir = testTempDir('calibrate');
    const out = path.join(dir, 'builtin.json');
    const r = await runCli(['calibrate', '--measurements', ...BUILTIN_MEASUREMENTS, '--out', out]);
    expect(r.stderr).toContain('wrote');
    expect(r.code).toBe(0);
    // Cross-validated figures, never in-sample: every group is listed with who predicted it.
    expect(r.stdout).toMatch(/Leave-one-group-out/);
    expect(r.stdout).toMatch(/meta-llama\/Llama-2-7B\|H100_GPU\|vllm\|tp1\s+profile/);
    expect(readFileSync(out, 'utf8')).toBe(readFileSync(path.join(REPO_ROOT, BUILTIN_PROFILE_PATH), 'utf8'));
  }, 900_000);
});

describe('genz accuracy', () => {
  const generic = (rows: object[]): string => {
    const dir = testTempDir('accuracy');
    const file = path.join(dir, 'bench.jsonl');
    writeFileSync(file, rows.map((r) => JSON.stringify(r)).join('\n') + '\n');
    return file;
  };
  const row = {
    model: 'meta-llama/Llama-2-7b-hf',
    hardware: 'H100-SXM5-80GB',
    engine: 'vllm',
    precision: 'fp16',
    tp: 1,
    batch: 16,
    input_tokens: 1024,
    output_tokens: 1024,
    e2e_ms: 13169,
  };

  it("--json prints the issue's shape, per hardware × engine, with skipped rows counted", async () => {
    const file = generic([row, { ...row, hardware: 'Nvidia Z9000' }, { ...row, batch: 1, input_tokens: 128, output_tokens: 128, e2e_ms: 1 }]);
    const r = await runCli(['accuracy', '--measurements', file, '--json']);
    expect(r.code).toBe(0);
    const j = JSON.parse(r.stdout);
    expect(Object.keys(j)).toEqual(['rows', 'skipped', 'mape', 'gmr', 'groups']);
    expect(j.rows).toBe(1);
    expect(j.skipped).toBe(2);
    expect(Object.keys(j.groups)).toEqual(['H100_GPU|vllm']);
    expect(Object.keys(j.groups['H100_GPU|vllm'])).toEqual(['rows', 'mape', 'gmr']);
    expect(j.mape).toBeLessThan(10);
  });

  it('lists skipped rows with their reasons and compares with the raw roofline', async () => {
    const file = generic([row, { ...row, hardware: 'Nvidia Z9000' }, { ...row, batch: 1, input_tokens: 128, output_tokens: 128, e2e_ms: 1 }]);
    const r = await runCli(['accuracy', '--measurements', file]);
    expect(r.stdout).toMatch(/unknown hardware 'Nvidia Z9000'/);
    expect(r.stdout).toMatch(/implausible measurement: faster than the raw roofline/);
    const raw = JSON.parse((await runCli(['accuracy', '--measurements', file, '--json', '--calibration', 'none'])).stdout);
    expect(raw.gmr).toBeLessThan(0.7); // the roofline is optimistic
  });

  it('--fail-above exits 1 when the MAPE exceeds it', async () => {
    const file = generic([{ ...row, e2e_ms: 9000 }]);
    expect((await runCli(['accuracy', '--measurements', file, '--fail-above', '20'])).code).toBe(1);
    expect((await runCli(['accuracy', '--measurements', file, '--fail-above', '500'])).code).toBe(0);
  });

  it('reads vLLM benchmark JSON with settings from a file beside it', async () => {
    const dir = testTempDir('vllm');
    writeFileSync(path.join(dir, 'lat.json'), JSON.stringify({ avg_latency: 13.2, latencies: [13.1, 13.3], percentiles: { 50: 13.2 } }));
    writeFileSync(
      path.join(dir, 'lat.settings.yaml'),
      'model: meta-llama/Llama-2-7b-hf\nhardware: H100_GPU\nengine: vllm\nbatch: 16\ninput_tokens: 1024\noutput_tokens: 1024\n',
    );
    writeFileSync(
      path.join(dir, 'serve.json'),
      JSON.stringify({
        backend: 'vllm',
        model_id: 'meta-llama/Llama-2-7b-hf',
        completed: 16,
        total_input_tokens: 16384,
        total_output_tokens: 16384,
        max_concurrency: 16,
        mean_ttft_ms: 420,
        mean_tpot_ms: 12.5,
        mean_e2el_ms: 13200,
      }),
    );
    const r = await runCli(['accuracy', '--measurements', path.join(dir, 'lat.json'), path.join(dir, 'serve.json'), '--hardware', 'H100_GPU', '--json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).rows).toBe(2);
  });

  it('a malformed measurement file is an input error (exit 2)', async () => {
    const dir = testTempDir('bad');
    writeFileSync(path.join(dir, 'x.jsonl'), '{"foo": 1}\n');
    const r = await runCli(['accuracy', '--measurements', path.join(dir, 'x.jsonl')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/x\.jsonl: not a measurement/);
  });
});
