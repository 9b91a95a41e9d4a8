/**
 * Issue 9, cases 3 and 4: unbounded work and non-finite numbers are input errors naming the field and the limit,
 * found before any work; limits are raised in genz.config.yaml.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS, checkLimit, nestingTooDeep, resolveLimits, valueTooDeep } from '../../src/limits.js';
import { runCli } from '../support/cli.js';
import { FAST_MANIFEST, makeRepo } from './support.js';

const withScenario = (extra: string): string => `${FAST_MANIFEST}${extra}`;

async function refused(files: Record<string, string>, command: string[], expected: RegExp[]): Promise<void> {
  const { root } = makeRepo(files);
  const start = Date.now();
  const r = await runCli(command, { cwd: root });
  expect(r.stderr).not.toContain('internal error');
  expect(r.code).toBe(2);
  for (const e of expected) expect(r.stderr).toMatch(e);
  // A hang detector, not a speed assertion: the refusal comes before the work.
  expect(Date.now() - start).toBeLessThan(30_000);
}

describe('bounds before work (case 3)', () => {
  it('output_tokens 1e9 with memory_offload', () =>
    refused(
      { 'perf/a.yaml': withScenario('  - id: huge\n    workload: { output_tokens: 1000000000 }\n    features: [memory_offload]\n') },
      ['check'],
      [/perf\/a\.yaml:\d+:\d+: .*workload\.output_tokens is 1,000,000,000, over the limit of 16,777,216 \(limits\.tokens_per_request\)/],
    ));

  it('speculative parallel_tokens 1e7 is refused by validate-manifests too', () =>
    refused(
      {
        'perf/a.yaml': withScenario(
          '  - id: spec\n    features: [decode, { speculative_decode: { draft_model: meta-llama/Llama-3.2-1B, acceptance_rate: 0.8, parallel_tokens: 10000000 } }]\n',
        ),
      },
      ['validate-manifests'],
      [/speculative_decode\.parallel_tokens is 10,000,000, over the limit of 1,024 \(limits\.speculative_tokens\)/],
    ));

  it('a 3-key × 100-value matrix (10^6 scenarios) in a 16-line manifest', () => {
    const values = `[${Array.from({ length: 100 }, (_, i) => i + 1).join(', ')}]`;
    return refused(
      {
        'perf/a.yaml': withScenario(
          `  - id: sweep\n    matrix:\n      workload.batch: ${values}\n      workload.input_tokens: ${values}\n      workload.output_tokens: ${values}\n`,
        ),
      },
      ['check'],
      [/scenarios\[1\]\.matrix: this matrix expands to 1,000,000 scenarios.*over the limit of 100,000 scenarios per run \(limits\.scenarios/],
    );
  });

  it.each([
    ['a baseline', 'baselines/perf/a.json'],
    ['an artifact-like JSON manifest', 'perf/b.json'],
  ])('100,000 nested arrays in %s', (_, file) =>
    refused({ 'perf/a.yaml': FAST_MANIFEST, [file]: `${'['.repeat(100_000)}${']'.repeat(100_000)}` }, ['check'], [/nested deeper than 64 levels/]),
  );

  it('a baseline file over limits.baseline_bytes is not read', async () => {
    const { root } = makeRepo({ 'perf/a.yaml': FAST_MANIFEST });
    expect((await runCli(['update'], { cwd: root })).code).toBe(0);
    writeFileSync(path.join(root, 'genz.config.yaml'), 'limits: { baseline_bytes: 1000 }\n');
    const r = await runCli(['check'], { cwd: root });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(
      /baselines\/perf\/a\.json:1:1: invalid baseline file: the file has [\d,]+ bytes, over the limit of 1,000; it was not read \(limits\.baseline_bytes\)/,
    );
  });
});

describe('deep nesting (case 3): 100,000 nested arrays are refused at their position, not a stack overflow', () => {
  const nested = `{"schema": ${'['.repeat(100_000)}${']'.repeat(100_000)}}`;

  it('in a baseline file: check is an input error (exit 2) at the line and column', async () => {
    const { root } = makeRepo({ 'perf/a.yaml': FAST_MANIFEST });
    expect((await runCli(['update'], { cwd: root })).code).toBe(0);
    writeFileSync(path.join(root, 'baselines/perf/a.json'), nested);
    const r = await runCli(['check'], { cwd: root });
    expect(r.stderr).not.toContain('internal error');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/baselines\/perf\/a\.json:1:\d+: .*nested deeper than 64 levels/);
  });

  it('in a run-report artifact (mode: post, mode: merge)', async () => {
    const { root } = makeRepo({ 'report.json': nested });
    const { readRunReportFile, ReportValidationError } = await import('../../src/action/report-validation.js');
    let error: unknown;
    try {
      readRunReportFile(path.join(root, 'report.json'), 'report.json');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ReportValidationError);
    expect((error as InstanceType<typeof ReportValidationError>).problems[0]).toMatchObject({
      file: 'report.json',
      line: 1,
      column: 11 + 64,
      message: 'nested deeper than 64 levels (limits.nesting_depth)',
    });
  });
});

describe('non-finite and huge numbers (case 4)', () => {
  it.each([
    ['beam: 1e308', '  - id: b\n    workload: { beam: 1e308 }\n', /workload\.beam (is 1e\+308, over the limit|must be)/],
    ['parallelism.pipeline: 1e308', '  - id: p\n    parallelism: { pipeline: 1e308 }\n', /parallelism\.pipeline (is 1e\+308, over the limit|must be)/],
    ['batch: .inf', '  - id: i\n    workload: { batch: .inf }\n', /workload\.batch/],
  ])('%s is an input error in check and update, and nothing is written', async (_, scenario, message) => {
    for (const command of ['check', 'update']) {
      const { root } = makeRepo({ 'perf/a.yaml': withScenario(scenario) });
      const r = await runCli([command], { cwd: root });
      expect(r.stderr).not.toContain('internal error');
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(message);
      expect(() => readFileSync(path.join(root, 'baselines/perf/a.json'))).toThrow();
    }
  });
});

describe('limits are documented defaults a project raises', () => {
  it('the defaults admit 100,000 scenarios and millions of tokens', () => {
    expect(DEFAULT_LIMITS.scenarios).toBeGreaterThanOrEqual(100_000);
    expect(DEFAULT_LIMITS.tokens_per_request).toBeGreaterThanOrEqual(4_000_000);
    expect(checkLimit('tokens_per_request', 2_000_000, DEFAULT_LIMITS)).toBeNull();
    expect(checkLimit('beam', Infinity, DEFAULT_LIMITS)).toMatch(/finite/);
    expect(resolveLimits({ beam: 4096 }).beam).toBe(4096);
  });

  it('beam 2000 is refused by default and accepted with limits: { beam: 4096 }', async () => {
    const manifest = withScenario('  - id: wide\n    workload: { beam: 2000 }\n');
    const { root } = makeRepo({ 'perf/a.yaml': manifest });
    const r = await runCli(['validate-manifests'], { cwd: root });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("raise it with 'limits: { beam: N }' in genz.config.yaml");
    writeFileSync(path.join(root, 'genz.config.yaml'), 'limits: { beam: 4096 }\n');
    expect((await runCli(['validate-manifests'], { cwd: root })).code).toBe(0);
  });

  it('a lowered scenario limit refuses a small sweep; an unknown limit is a config error', async () => {
    const { root } = makeRepo({
      'perf/a.yaml': withScenario('  - id: s\n    matrix:\n      workload.batch: [1, 2, 3]\n'),
      'genz.config.yaml': 'limits: { scenarios: 3 }\n',
    });
    const r = await runCli(['validate-manifests'], { cwd: root });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/the run would have 4, over the limit of 3 scenarios/);
    writeFileSync(path.join(root, 'genz.config.yaml'), 'limits: { scenario: 3 }\n');
    const bad = await runCli(['validate-manifests'], { cwd: root });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/genz\.config\.yaml:1:\d+: limits/);
  });

  it('nesting is measured without recursion', () => {
    expect(nestingTooDeep('{"a": [1, {"b": "[[[["}]}', 3)).toBeNull();
    expect(nestingTooDeep('[[[[1]]]]', 3)).toBe(3);
    let deep: unknown = 1;
    for (let i = 0; i < 200_000; i++) deep = [deep];
    expect(valueTooDeep(deep, 64)).toBe(true);
  });
});
