import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../support/cli.js';
import { copyExampleProject, editFile } from '../support/project.js';
import { REPO_ROOT } from '../support/reference.js';
import { decodeRunReport } from '../../src/run-report/index.js';
import { compareScenarios, loadProject, readBaselines } from '../../src/pipeline/pipeline.js';
import { EQUAL_ROWS, FAIL_ON_POLICIES, evaluatePolicy, scenarioDiffer, summarize } from '../../src/baselines/diff.js';

/** report.json as the code reads it (decoded from its compact encoding). */
const readReportJson = (file: string): ReturnType<typeof JSON.parse> => decodeRunReport(JSON.parse(readFileSync(file, 'utf8')));

const hashBaselines = (dir: string): Record<string, string> => {
  const out: Record<string, string> = {};
  for (const f of readdirSync(path.join(dir, 'baselines/perf')).sort()) {
    out[f] = createHash('sha256')
      .update(readFileSync(path.join(dir, 'baselines/perf', f)))
      .digest('hex');
  }
  return out;
};

describe('the example project', () => {
  it('dry-run prints the report of the committed example (golden file)', async () => {
    const r = await runCli(['dry-run'], { cwd: REPO_ROOT });
    expect(r.code).toBe(0);
    const golden = path.join(REPO_ROOT, 'test/fixtures/pipeline/example-dry-run.md');
    if (process.env.UPDATE_GOLDEN) writeFileSync(golden, r.stdout);
    expect(r.stdout).toBe(readFileSync(golden, 'utf8'));
    expect(r.stdout).toMatch(/^### ✅ No performance changes in 18 scenarios$/m);
  });

  it('unchanged scenarios rebuild their equal metric rows on read: the same rows the diff gave', async () => {
    const dir = copyExampleProject();
    const project = loadProject({ cwd: dir });
    const baselines = await readBaselines(project);
    const { report } = compareScenarios(project, baselines, { cwd: dir });
    const differ = scenarioDiffer(project.tolerances);
    let viewed = 0;
    for (const s of report.scenarios) {
      const accessor = Object.getOwnPropertyDescriptor(s, 'metrics')?.get !== undefined;
      if (accessor) viewed++;
      expect(accessor).toBe(s.classification === 'unchanged' && s.current !== null);
      const scenario = project.scenarios.find((x) => x.id === s.id)!;
      const run = { fingerprint: s.currentFingerprint!, simulator: s.currentSimulator!, inputs: {}, metrics: s.current! };
      const again = differ({
        id: s.id,
        current: run,
        baseline: baselines.get(scenario.manifest)!.scenarios.get(s.id)!,
        slo: scenario.slo,
        bands: s.bands ?? null,
      });
      expect(s.metrics).toEqual(again.metrics);
      expect(JSON.parse(JSON.stringify(s)).metrics).toEqual(JSON.parse(JSON.stringify(again.metrics)));
      expect({ ...s }.metrics).toEqual(again.metrics);
    }
    expect(viewed).toBeGreaterThan(10);
    // Counts and fail-on reasons skip the rows of reports marked EQUAL_ROWS: the same as reading every row.
    const plain = JSON.parse(JSON.stringify(report.scenarios)) as typeof report.scenarios;
    expect(report.scenarios.filter((s) => EQUAL_ROWS in s)).toHaveLength(viewed);
    expect(plain.some((s) => EQUAL_ROWS in s)).toBe(false);
    expect(summarize(report.scenarios)).toEqual(summarize(plain));
    for (const policy of FAIL_ON_POLICIES) expect(evaluatePolicy(report.scenarios, policy)).toEqual(evaluatePolicy(plain, policy));
  });

  it('check exits 0 on the committed baselines', async () => {
    const r = await runCli(['check'], { cwd: copyExampleProject() });
    expect(r.code).toBe(0);
  });
});

describe('check → update → check', () => {
  it('a tensor-parallel edit fails check naming the scenario, the changed input and the deltas; update makes it pass', async () => {
    const dir = copyExampleProject();
    editFile(path.join(dir, 'perf/parallelism.yaml'), 'parallelism: { tensor: 2 }\n  - id: mixtral-tp4', 'parallelism: { tensor: 4 }\n  - id: mixtral-tp4');
    const check = await runCli(['check', '--report-json', 'out/report.json'], { cwd: dir });
    expect(check.code).toBe(1);
    expect(check.stdout).toContain('llama13b-tp2');
    expect(check.stdout).toContain('| 🔧 | llama13b-tp2 | TP 2 → 4 |');
    expect(check.stdout).toMatch(/\*\*TTFT\*\* \| [\d.,]+\u00a0ms \| [\d.,]+\u00a0ms \| 🟢 ↓ −\d/); // TP4 is faster: a change, not a regression
    expect(check.stdout).toMatch(/- TTFT −[\d.]+%: TP 2 → 4; prefill is compute-bound; /);
    const report = readReportJson(path.join(dir, 'out/report.json'));
    expect(report.schema).toBe('genz-action/run-report@1');
    const s = report.scenarios.find((x: { id: string }) => x.id === 'llama13b-tp2');
    expect(s.classification).toBe('inputs_changed');
    expect(s.changedInputs).toContain('parallelism.tensor');
    expect(s.metrics.find((m: { key: string }) => m.key === 'ttft_ms').delta).toBeLessThan(0);
    expect(report.policy.fail).toBe(true);

    const update = await runCli(['update'], { cwd: dir });
    expect(update.code).toBe(0);
    expect(update.stdout).toContain('updated   baselines/perf/parallelism.json (1 changed)');
    expect(update.stdout).toContain('  ~ llama13b-tp2');
    expect((await runCli(['check'], { cwd: dir })).code).toBe(0);
  });

  it('a worse scenario is a regression under fail-on regression; dry-run still exits 0', async () => {
    const dir = copyExampleProject();
    editFile(path.join(dir, 'genz.config.yaml'), 'fail_on: mismatch', 'fail_on: regression');
    editFile(
      path.join(dir, 'perf/serving.yaml'),
      'workload: { batch: 8, input_tokens: 1024 }',
      'workload: { batch: 8, input_tokens: 1024 }\n    precision: f32',
    );
    const check = await runCli(['check'], { cwd: dir });
    expect(check.code).toBe(1);
    // The README shows this report as the example of a regression.
    const golden = path.join(REPO_ROOT, 'test/fixtures/pipeline/example-regression.md');
    if (process.env.UPDATE_GOLDEN) writeFileSync(golden, check.stdout);
    expect(check.stdout).toBe(readFileSync(golden, 'utf8'));
    expect(check.stdout).toMatch(/^### ❌ .*regression/m);
    expect(check.stdout).toContain("check --filter 'llama8b-batch-prefill'");
    expect(check.stderr).toContain("fail-on 'regression'");
    expect((await runCli(['dry-run'], { cwd: dir })).code).toBe(0);
  });

  it('new and removed scenarios are flagged under mismatch', async () => {
    const dir = copyExampleProject();
    editFile(path.join(dir, 'perf/custom.yaml'), 'id: acme7b-on-x1', 'id: acme7b-on-x1-renamed');
    const check = await runCli(['check', '--report-json', 'r.json'], { cwd: dir });
    expect(check.code).toBe(1);
    const report = readReportJson(path.join(dir, 'r.json'));
    const byId = Object.fromEntries(report.scenarios.map((s: { id: string; classification: string }) => [s.id, s.classification]));
    expect(byId['acme7b-on-x1-renamed']).toBe('new');
    expect(byId['acme7b-on-x1']).toBe('removed');
  });

  it('SLO budgets are checked independently of baselines', async () => {
    const dir = copyExampleProject();
    editFile(path.join(dir, 'perf/serving.yaml'), 'slo: { ttft_ms: 50 }', 'slo: { ttft_ms: 20 }');
    const check = await runCli(['check', '--report-json', 'r.json'], { cwd: dir });
    expect(check.code).toBe(1);
    const s = readReportJson(path.join(dir, 'r.json')).scenarios.find((x: { id: string }) => x.id === 'llama8b-prefill-512');
    expect(s.sloViolated).toBe(true);
    expect(s.slo[0].headroom).toBeLessThan(0);
    expect(check.stdout).toContain('SLO');
  });
});

describe('update', () => {
  it('is idempotent: a second run leaves every file byte-identical', async () => {
    const dir = copyExampleProject();
    const before = hashBaselines(dir);
    const first = await runCli(['update'], { cwd: dir });
    expect(first.stdout).toContain('Baselines are up to date.');
    expect(hashBaselines(dir)).toEqual(before);
  });

  it('--filter rewrites only the selected entries', async () => {
    const dir = copyExampleProject();
    editFile(path.join(dir, 'perf/parallelism.yaml'), 'workload: { batch: 4,', 'workload: { batch: 2,');
    const r = await runCli(['update', '--filter', 'llama8b-tp.*'], { cwd: dir });
    expect(r.stdout).toContain('  ~ llama8b-tp.tensor-1');
    expect(r.stdout).not.toContain('llama13b-tp2');
    const check = await runCli(['check', '--report-json', 'r.json'], { cwd: dir });
    const report = readReportJson(path.join(dir, 'r.json'));
    const changed = report.scenarios.filter((s: { classification: string }) => s.classification !== 'unchanged').map((s: { id: string }) => s.id);
    expect(changed.sort()).toEqual(['llama13b-tp2', 'mixtral-tp4']);
    expect(check.code).toBe(1);
  });

  it('bad input writes nothing and names file, line, column and field', async () => {
    const dir = copyExampleProject();
    const before = hashBaselines(dir);
    editFile(path.join(dir, 'perf/serving.yaml'), 'workload: { input_tokens: 512, output_tokens: 1 }', 'workload: { input_tokens: 0, output_tokens: 1 }');
    editFile(path.join(dir, 'perf/features.yaml'), 'hardware: H100_GPU', 'hardware: H100');
    for (const command of ['update', 'check', 'dry-run', 'run', 'validate-manifests']) {
      const r = await runCli([command], { cwd: dir });
      expect(r.code, command).toBe(2);
      expect(r.stdout, command).toBe('');
      expect(r.stderr).toMatch(/perf\/serving\.yaml:\d+:\d+: scenarios\[0\]\.workload\.input_tokens: /);
      expect(r.stderr).toMatch(/perf\/features\.yaml:\d+:\d+: defaults\.hardware: .*H100_GPU/);
    }
    expect(hashBaselines(dir)).toEqual(before);
  });

  it('a corrupt baseline file is rejected with its name', async () => {
    const dir = copyExampleProject();
    const file = path.join(dir, 'baselines/perf/custom.json');
    writeFileSync(file, readFileSync(file, 'utf8').slice(0, 200));
    const r = await runCli(['check'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('baselines/perf/custom.json');
  });
});

describe('run and validate-manifests', () => {
  it('run prints a table of every scenario', async () => {
    const r = await runCli(['run', '--filter', 'llama8b-*'], { cwd: REPO_ROOT });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('llama8b-prefill-512');
    expect(r.stdout).not.toContain('mixtral-tp4');
    const json = await runCli(['run', '--json', '--filter', 'mixtral-tp4'], { cwd: REPO_ROOT });
    expect(JSON.parse(json.stdout)[0].result.metrics.ttft_ms).toBeGreaterThan(0);
  });
  it('validate-manifests counts the scenarios', async () => {
    const r = await runCli(['validate-manifests'], { cwd: REPO_ROOT });
    expect(r).toMatchObject({ code: 0, stdout: '18 scenarios in 5 manifests: OK\n' });
  });
});

describe('run table', () => {
  it('gets a chunk-latency column when a chunked-prefill scenario is in the run', async () => {
    const chunked = await runCli(['run', '--filter', 'chunked-prefill-mix'], { cwd: REPO_ROOT });
    expect(chunked.stdout.split('\n')[0]).toContain('Chunk (ms)');
    expect(chunked.stdout).toMatch(/chunked-prefill-mix .* 27\.37 /);
    const plain = await runCli(['run', '--filter', 'llama8b-prefill-512'], { cwd: REPO_ROOT });
    expect(plain.stdout).not.toContain('Chunk (ms)');
  });
});

describe('configuration mistakes', () => {
  it('manifest globs that match nothing are an input error, not a green run of zero scenarios', async () => {
    const dir = copyExampleProject();
    editFile(path.join(dir, 'genz.config.yaml'), '  - perf/**/*.yaml', '  - perf/**/*.yml');
    const r = await runCli(['check'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("genz.config.yaml:1:1: manifests: no manifest matches 'perf/**/*.yml'");
  });
});

describe('calibrated example', () => {
  it('an SLO that passes with its limit inside the calibration band is flagged at risk', async () => {
    const dir = copyExampleProject();
    const check = await runCli(['check', '--report-json', 'r.json'], { cwd: dir });
    const s = readReportJson(path.join(dir, 'r.json')).scenarios.find((x: { id: string }) => x.id === 'llama8b-prefill-512');
    expect(s.sloViolated).toBe(false);
    expect(s.slo[0].band).toBeGreaterThan(0);
    expect(s.slo[0].atRisk).toBe(true);
    expect(check.stdout).toMatch(/at risk/);
  });
});
