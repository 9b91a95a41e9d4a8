/**
 * Issue 9, case 8: what `mode: report` writes, `mode: post` accepts — the same validation and the same bounds.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { retrustReport } from '../../src/action/post.js';
import { readRunReportFile, validateRunReport } from '../../src/action/report-validation.js';
import { ARTIFACT_FIELD_LIMITS } from '../../src/limits.js';
import { runCli } from '../support/cli.js';
import { FAST_MANIFEST, makeRepo } from './support.js';

describe('artifacts (case 8)', () => {
  it('a 20,000-character description passes report and post', async () => {
    const long = 'A legitimate, long description. '.repeat(625);
    expect(long.length).toBe(20_000);
    const { root } = makeRepo({ 'perf/a.yaml': FAST_MANIFEST.replace('description: a short turn', `description: "${long}"`) });
    const r = await runCli(['check', '--report-json', 'out/report.json'], { cwd: root });
    expect(r.code).toBe(1);
    const file = path.join(root, 'out/report.json');
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
    const { root } = makeRepo({ 'perf/a.yaml': FAST_MANIFEST });
    await runCli(['check', '--report-json', 'out/report.json'], { cwd: root });
    const report = JSON.parse(readFileSync(path.join(root, 'out/report.json'), 'utf8'));
    expect(() => validateRunReport(report, 'r.json')).not.toThrow();
    report.scenarios[0].notes = ['n'.repeat(ARTIFACT_FIELD_LIMITS.text + 1)];
    expect(() => validateRunReport(report, 'r.json')).toThrow(`must be a string of at most ${ARTIFACT_FIELD_LIMITS.text} characters`);
  });
});
