import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtinProfiles } from '../../src/calibration/builtin.js';
import { profileSetId, serializeProfiles } from '../../src/calibration/profile.js';
import { runCli } from '../support/cli.js';
import { copyExampleProject, editFile } from '../support/project.js';
import { simulate } from '../../src/simulation/index.js';
import { decodeRunReport } from '../../src/run-report/index.js';

/** report.json as the code reads it (decoded from its compact encoding). */
const readReportJson = (file: string): ReturnType<typeof JSON.parse> => decodeRunReport(JSON.parse(readFileSync(file, 'utf8')));

describe('engine and calibration in manifests', () => {
  it('baselines record the profile set and profile; a new profile file shows as an input change', async () => {
    const dir = copyExampleProject();
    const baseline = JSON.parse(readFileSync(path.join(dir, 'baselines/perf/serving.json'), 'utf8'));
    const entry = baseline.scenarios['llama8b-prefill-512'];
    expect(entry.inputs.engine).toBe('vllm');
    expect(entry.inputs.calibration).toEqual({
      source: 'builtin',
      id: profileSetId(builtinProfiles()),
      profile: 'A100_40GB_GPU|vllm|bf16',
      fallback: false,
      applied: true,
    });
    // The same profiles with one parameter changed, referenced from the project config.
    const changed = structuredClone(builtinProfiles());
    changed.profiles['A100_40GB_GPU|vllm|bf16'].params.pass_us *= 2;
    writeFileSync(path.join(dir, 'my-profile.json'), serializeProfiles(changed));
    editFile(path.join(dir, 'genz.config.yaml'), 'fail_on: mismatch', 'fail_on: mismatch\ncalibration: my-profile.json');
    const check = await runCli(['check', '--report-json', 'r.json'], { cwd: dir });
    const s = readReportJson(path.join(dir, 'r.json')).scenarios.find((x: { id: string }) => x.id === 'llama8b-prefill-512');
    expect(s.inputsChanged).toBe(true);
    expect(s.changedInputs.join(' ')).toMatch(/calibration/);
    expect(check.code).toBe(1);
  });

  it('a missing profile file is an input error naming file, line and field', async () => {
    const dir = copyExampleProject();
    editFile(path.join(dir, 'perf/serving.yaml'), '  engine: vllm\n', '  engine: vllm\n  calibration: nowhere.json\n');
    const r = await runCli(['check'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/perf\/serving\.yaml:\d+:\d+.*calibration.*nowhere\.json.*not found/);
  });

  it('an unknown engine is an input error; calibration none gives the raw roofline', async () => {
    const dir = copyExampleProject();
    editFile(path.join(dir, 'perf/serving.yaml'), '  engine: vllm\n', '  engine: tgi\n');
    const bad = await runCli(['check'], { cwd: dir });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/engine/);
    const raw = await runCli(['simulate', '--model', 'meta-llama/Llama-3.1-8B', '--hardware', 'A100_40GB_GPU', '--calibration', 'none', '--json']);
    const cal = await runCli(['simulate', '--model', 'meta-llama/Llama-3.1-8B', '--hardware', 'A100_40GB_GPU', '--engine', 'vllm', '--json']);
    const r0 = JSON.parse(raw.stdout);
    const r1 = JSON.parse(cal.stdout);
    expect(r0.calibration).toBeNull();
    expect(r1.calibration.profile).toBe('A100_40GB_GPU|vllm|bf16');
    expect(r1.roofline_metrics.e2e_ms).toBe(r0.metrics.e2e_ms);
    expect(r1.metrics.e2e_ms).toBeGreaterThan(1.3 * r0.metrics.e2e_ms);
    expect(r1.calibration.bands.e2e_ms).toBeGreaterThan(0);
  });

  it('chunked prefill is calibrated (one pass, slower than the roofline); speculative decoding stays raw, with a note', () => {
    const chunk = { chunked: { prefill_kv_sizes: [[1024, 511]] as [number, number][], decode_kv_sizes: [1600, 1601, 1602] } };
    const base = { model: 'meta-llama/Llama-3.1-8B', hardware: 'H100_GPU', engine: 'vllm', calibration: 'builtin' as const };
    const r = simulate({ ...base, features: [chunk] });
    expect(r.calibration?.profile).toBe('H100_GPU|vllm|bf16');
    const raw = r.roofline_metrics!.chunk_latency_ms!;
    const cal = r.metrics!.chunk_latency_ms!;
    expect(cal).toBeGreaterThan(1.2 * raw);
    // Throughput is the same tokens over the calibrated latency.
    expect(r.metrics!.chunk_throughput_tps! * cal).toBeCloseTo(r.roofline_metrics!.chunk_throughput_tps! * raw, 6);
    const spec = simulate({ ...base, features: [{ speculative_decode: { draft_model: 'meta-llama/Llama-3.2-1B' } }] });
    expect(spec.calibration).toBeNull();
    expect(spec.notes.join(' ')).toMatch(/does not cover speculative decoding/);
  });
});
