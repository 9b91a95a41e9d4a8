/**
 * Issue 9, case 8: what `mode: report` writes, `mode: post` and `mode: merge` accept — one JSON Schema
 * (src/run-report/schema.ts) and one table of bounds (ARTIFACT_FIELD_LIMITS) for the writer and the readers.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { decodeRunReport } from '../../src/run-report/compact.js';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { mergeReports } from '../../src/action/merge.js';
import { retrustReport } from '../../src/action/post.js';
import { ReportValidationError, artifactLimits, readRunReportFile, validateRunReport } from '../../src/action/report-validation.js';
import { readShardSidecar, shardSidecar, sidecarPath } from '../../src/action/shard.js';
import { formatProblem } from '../../src/errors/index.js';
import { ARTIFACT_FIELD_LIMITS, DEFAULT_LIMITS } from '../../src/limits.js';
import { type RunReport, finalizeReport } from '../../src/run-report/index.js';
import { runCli } from '../support/cli.js';
import { FAST_MANIFEST, makeRepo } from './support.js';

async function reportOf(manifest: string): Promise<{ root: string; report: RunReport; file: string }> {
  const { root } = makeRepo({ 'perf/a.yaml': manifest });
  const r = await runCli(['check', '--report-json', 'out/report.json'], { cwd: root });
  expect(r.code, r.stderr).toBe(1); // no baselines yet: every scenario is new
  const file = path.join(root, 'out/report.json');
  return { root, file, report: decodeRunReport(JSON.parse(readFileSync(file, 'utf8'))) as RunReport };
}

const problemsOf = (f: () => unknown): ReportValidationError['problems'] => {
  try {
    f();
  } catch (e) {
    if (e instanceof ReportValidationError) return e.problems;
    throw e;
  }
  return [];
};

describe('artifacts (case 8)', () => {
  it('a 20,000-character description passes report and post', async () => {
    const long = 'A legitimate, long description. '.repeat(625);
    expect(long.length).toBe(20_000);
    const { file } = await reportOf(FAST_MANIFEST.replace('description: a short turn', `description: "${long}"`));
    const report = retrustReport(readRunReportFile(file, 'report.json'), 'report.json');
    expect(report.scenarios[0].description).toBe(long);
  });

  it('a description over the shared bound is refused at the manifest, before any report is written', async () => {
    const { root } = makeRepo({
      'perf/a.yaml': FAST_MANIFEST.replace('description: a short turn', `description: "${'x'.repeat(ARTIFACT_FIELD_LIMITS.text + 1)}"`),
    });
    const r = await runCli(['check', '--report-json', 'out/report.json'], { cwd: root });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/perf\/a\.yaml:\d+:\d+: scenarios\[0\]\.description/);
  });

  it('the writer and the reader share one table of bounds', async () => {
    const { report } = await reportOf(FAST_MANIFEST);
    expect(() => validateRunReport(structuredClone(report), 'r.json')).not.toThrow();
    const over = structuredClone(report);
    over.scenarios[0].notes = ['n'.repeat(ARTIFACT_FIELD_LIMITS.text + 1)];
    expect(problemsOf(() => validateRunReport(over, 'r.json'))).toEqual([
      {
        file: 'r.json',
        line: 1,
        column: 1,
        fieldPath: 'scenarios[0].notes[0]',
        message: `must be a string of at most 100,000 characters, but it has 100,001`,
      },
    ]);
  });

  it('a large but legal report round-trips through post and, split in shards, through merge', async () => {
    const { root, report } = await reportOf(FAST_MANIFEST);
    // Every bound at its limit: 1,000 scenarios, an id of the longest legal length, a description of the
    // longest, as many notes as a list may hold, long changed-input paths.
    const base = report.scenarios[0];
    const scenarios = Array.from({ length: 1_000 }, (_, i) => ({
      ...structuredClone(base),
      id: i === 0 ? `a${'x'.repeat(ARTIFACT_FIELD_LIMITS.name - 1)}` : `s${String(i).padStart(5, '0')}`,
      description: i === 1 ? 'd'.repeat(ARTIFACT_FIELD_LIMITS.text) : base.description,
      notes: i === 2 ? Array.from({ length: ARTIFACT_FIELD_LIMITS.list }, (_, k) => `note ${k}`) : base.notes,
      changedInputs: i === 3 ? ['p'.repeat(ARTIFACT_FIELD_LIMITS.name)] : base.changedInputs,
    }));
    const big = finalizeReport({ ...report, policy: { failOn: report.policy.failOn }, scenarios, shard: null });
    const file = path.join(root, 'out/big.json');
    writeFileSync(file, JSON.stringify(big, null, 2));

    // mode: post
    const posted = retrustReport(readRunReportFile(file, 'big.json', artifactLimits(root)), 'big.json');
    // (Compared as JSON text: deep equality of 1,000 scenarios is slow in the test runner.)
    expect(JSON.stringify(posted) === JSON.stringify(big)).toBe(true);

    // mode: report with shard: i/3, then mode: merge
    const ids = big.scenarios.map((s) => s.id);
    const partials = [1, 2, 3].map((index) => {
      const sidecar = shardSidecar({ index, total: 3 }, ids);
      const mine = new Set(sidecar.selected);
      const part = finalizeReport({
        ...big,
        policy: { failOn: big.policy.failOn },
        scenarios: big.scenarios.filter((s) => mine.has(s.id)),
        shard: { index, total: 3 },
      });
      const partFile = path.join(root, `out/shard-${index}/report.json`);
      mkdirSync(path.dirname(partFile), { recursive: true });
      writeFileSync(partFile, JSON.stringify(part));
      writeFileSync(sidecarPath(partFile), JSON.stringify(sidecar));
      // What `mode: report` checks before writing is what merge checks when reading.
      expect(() => validateRunReport(structuredClone(part), 'part')).not.toThrow();
      return { file: partFile, report: readRunReportFile(partFile, partFile), shard: readShardSidecar(sidecarPath(partFile)) };
    });
    const merged = mergeReports(partials);
    expect(JSON.stringify(merged.scenarios) === JSON.stringify(posted.scenarios)).toBe(true);
    expect(merged.summary).toEqual(posted.summary);
  });

  it('a report over limits.scenarios is refused unless the project raised the limit', async () => {
    const { root, report } = await reportOf(FAST_MANIFEST);
    const scenarios = Array.from({ length: 3 }, (_, i) => ({ ...structuredClone(report.scenarios[0]), id: `s${i}` }));
    const three = finalizeReport({ ...report, policy: { failOn: report.policy.failOn }, scenarios, shard: null });
    const file = path.join(root, 'out/three.json');
    writeFileSync(file, JSON.stringify(three));
    const problems = problemsOf(() => readRunReportFile(file, 'three.json', { ...DEFAULT_LIMITS, scenarios: 2 }));
    const column = JSON.stringify(three).indexOf('"scenarios":[') + '"scenarios":'.length + 1;
    expect(problems.map(formatProblem)).toEqual([
      `three.json:1:${column}: scenarios: holds 3 scenarios, over the limit of 2 (limits.scenarios) (hint: the limit on scenarios in one run (matrix expansions included) is a safeguard; raise it with 'limits: { scenarios: N }' in genz.config.yaml if this is intended)`,
    ]);
    writeFileSync(path.join(root, 'genz.config.yaml'), 'limits:\n  scenarios: 3\n');
    expect(artifactLimits(root).scenarios).toBe(3);
    expect(() => readRunReportFile(file, 'three.json', artifactLimits(root))).not.toThrow();
  });

  it('every problem of a tampered artifact is listed at once, at its line and column, with its JSON path', async () => {
    const { root, report } = await reportOf(FAST_MANIFEST);
    const bad = structuredClone(report) as unknown as Record<string, any>;
    bad.scenarios[0].id = '';
    bad.scenarios[0].metrics[0].verdict = 'great';
    bad.summary.total = -1;
    const file = path.join(root, 'out/bad.json');
    const text = JSON.stringify(bad, null, 2);
    writeFileSync(file, text);
    const problems = problemsOf(() => readRunReportFile(file, 'bad.json'));
    expect(problems.map((p) => p.fieldPath).sort()).toEqual(['scenarios[0].id', 'scenarios[0].metrics[0].verdict', 'summary.total']);
    for (const p of problems) {
      // The line and column point at the offending value in the file.
      const line = text.split('\n')[p.line - 1];
      const key = String(p.fieldPath.split('.').pop());
      expect(line.slice(0, p.column - 1).trimStart(), formatProblem(p)).toBe(`"${key}": `);
    }
  });
});
