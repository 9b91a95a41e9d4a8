/**
 * `genz simulate --scenario FILE` goes through the manifest schema and resolver: it takes every field a manifest
 * scenario takes, and a scenario copied out of the example manifests simulates to the pipeline's figures.
 */
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml, stringify } from 'yaml';
import { builtinProfiles } from '../../src/calibration/builtin.js';
import { serializeProfiles } from '../../src/calibration/profile.js';
import { buildManifestSchema } from '../../src/manifests/index.js';
import { runCli } from '../support/cli.js';
import { copyExampleProject } from '../support/project.js';

type Obj = Record<string, unknown>;

/** A value for every field of the manifest's scenario schema, each differing from its default. */
const EVERY_FIELD: Obj = {
  id: 'every-field',
  description: 'every field of a manifest scenario',
  model: 'mistralai/Mixtral-8x7B',
  hardware: 'acme-x1',
  precision: { bits: 'bf16', weights: 'fp8', expert_weights: 'int4', activations: 'bf16', kv_cache: 'fp8' },
  fidelity: 'corrected',
  efficiency: 0.9,
  parallelism: { tensor: 2, pipeline: 2, expert: 2 },
  workload: { input_tokens: 512, output_tokens: 64, beam: 1 },
  features: [{ lora: { rank: 8 } }, { flash_attention: false }],
  engine: 'vllm',
  calibration: 'profiles/mine.json',
  slo: { ttft_ms: 100000, tpot_ms: 100000, must_fit: false },
  matrix: { 'workload.batch': [8] },
};

describe('genz simulate --scenario', () => {
  it('accepts every field of the manifest scenario schema, and each one reaches the simulation', async () => {
    const scenarioSchema = (buildManifestSchema().properties as Obj).scenarios as { items: { properties: Obj } };
    // A field added to the manifest schema must be added here too.
    expect(Object.keys(EVERY_FIELD).sort()).toEqual(Object.keys(scenarioSchema.items.properties).sort());
    const dir = copyExampleProject();
    mkdirSync(path.join(dir, 'profiles'));
    writeFileSync(path.join(dir, 'profiles', 'mine.json'), serializeProfiles(builtinProfiles()));
    writeFileSync(path.join(dir, 'every.yaml'), stringify(EVERY_FIELD));
    const r = await runCli(['simulate', '--scenario', 'every.yaml', '--json'], { cwd: dir });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const c = JSON.parse(r.stdout).config;
    expect(c.model.name).toBe('mistralai/Mixtral-8x7B');
    expect(c.hardware.source).toBe('inline'); // the repository's hardware/acme-x1.yaml
    expect(c.hardware.name).toBe('Acme X1');
    expect(c.tensor_precision).toEqual({ weights: 'fp8', expert_weights: 'int4', activations: 'bf16', kv_cache: 'fp8' });
    expect(c.fidelity).toBe('corrected');
    expect(c.efficiency).toBe(0.9);
    expect(c.parallelism).toEqual({ tensor: 2, pipeline: 2, expert: 2 });
    expect(c.workload).toEqual({ batch: 8, input_tokens: 512, output_tokens: 64, beam: 1 }); // the matrix's one value
    expect(c.features.lora.rank).toBe(8);
    expect(c.features.flash_attention.enabled).toBe(false);
    expect(c.engine).toBe('vllm');
    expect(c.calibration.source).toBe('profiles/mine.json');
    // The text output checks the SLO budgets.
    const text = await runCli(['simulate', '--scenario', 'every.yaml'], { cwd: dir });
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(/SLO budgets:\n {2}ok {7}TTFT ≤ 100,000 ms/);
  });

  it('a scenario copied out of an example manifest simulates to the same metrics as the pipeline', async () => {
    const dir = copyExampleProject();
    const run = await runCli(['run', '--json', '--quiet'], { cwd: dir });
    expect(run.code).toBe(0);
    const byId = new Map<string, { metrics: Obj }>((JSON.parse(run.stdout) as { id: string; result: { metrics: Obj } }[]).map((o) => [o.id, o.result]));
    let compared = 0;
    for (const manifest of readdirSync(path.join(dir, 'perf')).filter((f) => f.endsWith('.yaml'))) {
      const m = parseYaml(readFileSync(path.join(dir, 'perf', manifest), 'utf8')) as { defaults?: Obj; scenarios: Obj[] };
      for (const s of m.scenarios) {
        // Defaults written out, as a person copying the scenario would; a matrix keeps its first value.
        const file: Obj = { ...(m.defaults ?? {}), ...s };
        for (const [k, v] of Object.entries(m.defaults ?? {})) {
          if (v && typeof v === 'object' && !Array.isArray(v) && s[k] && typeof s[k] === 'object') file[k] = { ...(v as Obj), ...(s[k] as Obj) };
        }
        let id = s.id as string;
        if (s.matrix) {
          const [key, values] = Object.entries(s.matrix as Record<string, unknown[]>)[0];
          file.matrix = { [key]: [values[0]] };
          // A matrix key overrides defaults; the copy leaves the default out.
          const [head, tail] = key.split('.');
          if (tail === undefined) delete file[head];
          else if (file[head]) file[head] = Object.fromEntries(Object.entries(file[head] as Obj).filter(([k]) => k !== tail));
          id = [...byId.keys()].find((x) => x.startsWith(`${id}.`) && x.endsWith(`-${String(values[0])}`))!;
        }
        writeFileSync(path.join(dir, 'copied.yaml'), stringify(file));
        const r = await runCli(['simulate', '--scenario', 'copied.yaml', '--json'], { cwd: dir });
        expect(r.stderr, `${manifest} ${id}`).toBe('');
        const expected = byId.get(id);
        expect(expected, id).toBeDefined();
        expect(JSON.parse(r.stdout).metrics, id).toEqual(expected!.metrics);
        compared++;
      }
    }
    expect(compared).toBeGreaterThanOrEqual(8);
  });

  it('reports problems at the file line and column with the field, and refuses a sweep', async () => {
    const dir = copyExampleProject();
    writeFileSync(path.join(dir, 'bad.yaml'), 'model: meta-llama/Llama-3.1-8B\nhardware: H100_GPU\nworkload: { batch: -4, bach: 2 }\n');
    const bad = await runCli(['simulate', '--scenario', 'bad.yaml'], { cwd: dir });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('bad.yaml:3:20: workload.batch: must be an integer >= 1, got -4');
    expect(bad.stderr).toMatch(/bad\.yaml:3:\d+: workload\.bach: unknown field; did you mean 'batch'\?/);
    writeFileSync(path.join(dir, 'sweep.yaml'), 'model: gpt-2\nhardware: H100_GPU\nmatrix: { workload.batch: [1, 2] }\n');
    const sweep = await runCli(['simulate', '--scenario', 'sweep.yaml'], { cwd: dir });
    expect(sweep.code).toBe(2);
    expect(sweep.stderr).toContain('its matrix makes 2 scenarios');
    writeFileSync(path.join(dir, 'list.yaml'), '- model: gpt-2\n');
    expect((await runCli(['simulate', '--scenario', 'list.yaml'], { cwd: dir })).stderr).toContain('expected one scenario');
  });
});
