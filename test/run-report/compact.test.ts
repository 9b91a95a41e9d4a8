import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readRunReportFile, validateRunReport } from '../../src/action/report-validation.js';
import { RUN_REPORT_ENCODING, type RunReport, decodeRunReport, encodeRunReport, runReportFileText } from '../../src/run-report/index.js';
import { cleanReport, everythingReport, largeReport, oneRegressionReport } from '../fixtures/report/reports.js';

const roundTrip = (r: RunReport): unknown => decodeRunReport(JSON.parse(runReportFileText(r, { verify: true })));

describe('report.json encoding', () => {
  const reports: [string, RunReport][] = [
    ['clean', cleanReport()],
    ['one regression', oneRegressionReport()],
    ['everything', everythingReport()],
    ['large', largeReport({ unchanged: 300, regressed: 20, improved: 10, added: 5, unfit: 7 })],
  ];
  for (const [name, r] of reports) {
    it(`decodes back to the same report (${name})`, () => {
      expect(roundTrip(r)).toEqual(JSON.parse(JSON.stringify(r)));
      expect(validateRunReport(roundTrip(r), 'report.json')).toEqual(validateRunReport(JSON.parse(JSON.stringify(r)), 'report.json'));
    });
  }

  it('decodes back whatever the rows hold (property: rows edited at random, zeros, nulls, booleans, odd deltas)', () => {
    const pool = [...everythingReport().scenarios, ...largeReport({ unchanged: 6, regressed: 2, unfit: 1 }).scenarios];
    const edit = fc.record({
      scenario: fc.nat(),
      row: fc.nat(),
      field: fc.constantFrom('baseline', 'current', 'delta', 'relDelta', 'verdict', 'value'),
      value: fc.oneof(
        fc.constant(0),
        fc.constant(-0),
        fc.constant(null),
        fc.boolean(),
        fc.double({ noNaN: true, noDefaultInfinity: true }),
        fc.constant('within'),
      ),
    });
    fc.assert(
      fc.property(fc.array(fc.nat(pool.length - 1), { minLength: 1, maxLength: 12 }), fc.array(edit, { maxLength: 6 }), (picks, edits) => {
        const scenarios = picks.map((i, n) => ({ ...structuredClone(pool[i]), id: `${pool[i].id}-${n}` }));
        for (const e of edits) {
          const s = scenarios[e.scenario % scenarios.length];
          if (s.metrics.length === 0) continue;
          const row = s.metrics[e.row % s.metrics.length] as unknown as Record<string, unknown>;
          if (e.field === 'value') {
            row.baseline = e.value;
            row.current = e.value;
            if (s.current) s.current = { ...s.current, [row.key as string]: e.value as never };
          } else row[e.field] = e.value;
        }
        const r: RunReport = { ...everythingReport(), scenarios };
        const plain = JSON.parse(JSON.stringify(r));
        expect(decodeRunReport(JSON.parse(runReportFileText(r, { verify: true })))).toEqual(plain);
      }),
      { numRuns: 300, seed: 12 },
    );
  });

  it('leaves out trailing null metric values of a scenario and reads them back as null', () => {
    const r = largeReport({ unchanged: 3 });
    const keys = Object.keys(r.scenarios[0].current!);
    const last = keys[keys.length - 1];
    for (const s of r.scenarios) if (s.current) s.current = { ...s.current, [last]: null };
    r.scenarios[2].current = { ...r.scenarios[2].current!, [last]: 4.5 };
    const file = JSON.parse(runReportFileText(r));
    expect(file.scenarios[1].cur.length).toBeLessThan(keys.length);
    expect(file.scenarios[1].cur.at(-1)).not.toBeNull();
    expect(file.scenarios[2].cur).toHaveLength(keys.length);
    expect(decodeRunReport(file)).toEqual(JSON.parse(JSON.stringify(r)));
  });

  it('writes unchanged scenarios compactly, each with its classification, one per line', () => {
    const r = largeReport({ unchanged: 1000 });
    const plain = JSON.stringify(r, null, 2).length;
    const text = runReportFileText(r);
    expect(text.length).toBeLessThan(plain / 4);
    const file = JSON.parse(text);
    expect(file.encoding).toBe(RUN_REPORT_ENCODING);
    expect((decodeRunReport(file) as RunReport).scenarios.map((s) => s.id)).toEqual(r.scenarios.map((s) => s.id));
    // Ids sharing a long prefix with the one before are written as [shared length, rest].
    expect(file.scenarios[2].i).toEqual(['sweep-unchanged-'.length + 3, '2']);
    expect(file.scenarios.every((s: { classification: string }) => s.classification === 'unchanged')).toBe(true);
    expect(file.scenarios.slice(1).every((s: Record<string, unknown>) => s['~'] === 1 && s.metrics === undefined)).toBe(true);
    expect(text.split('\n').filter((l) => l.startsWith('    {')).length).toBe(1000);
  });

  it('is read by mode: post and mode: merge (readRunReportFile), plain reports too', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'genz-compact-'));
    const r = everythingReport();
    writeFileSync(path.join(dir, 'compact.json'), runReportFileText(r));
    writeFileSync(path.join(dir, 'plain.json'), JSON.stringify(r, null, 2));
    expect(readRunReportFile(path.join(dir, 'compact.json'))).toEqual(readRunReportFile(path.join(dir, 'plain.json')));
  });

  it('refuses what it cannot decode (unknown encoding, bad metric-row reference)', () => {
    const r = largeReport({ unchanged: 3 });
    const file = encodeRunReport(r);
    expect(() => validateRunReport(decodeRunReport({ ...file, encoding: 'genz-action/run-report-compact@9' }))).toThrow(/: schema: must be/);
    const bad = { ...file, scenarios: file.scenarios.map((s, i) => (i === 2 ? { ...s, m: 99 } : s)) };
    expect(() => validateRunReport(decodeRunReport(JSON.parse(JSON.stringify(bad))))).toThrow(/scenarios\[2\]: missing required field 'metrics'/);
  });
});
