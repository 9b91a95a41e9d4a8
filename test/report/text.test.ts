import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { renderRunTable, renderTextSummary } from '../../src/report/text.js';
import { metrics } from '../fixtures/report/build.js';
import { cleanReport, everythingReport, oneRegressionReport } from '../fixtures/report/reports.js';

const GOLDEN = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../fixtures/report/golden');

function golden(name: string, text: string): void {
  const file = path.join(GOLDEN, name);
  if (process.env.UPDATE_GOLDEN === '1') writeFileSync(file, text);
  expect(existsSync(file), `${file} is missing: run UPDATE_GOLDEN=1 npx vitest run test/report`).toBe(true);
  expect(text).toBe(readFileSync(file, 'utf8'));
}

describe('renderTextSummary', () => {
  it('matches the golden terminal summaries', () => {
    golden('one-regression.txt', renderTextSummary(oneRegressionReport()));
    golden('everything.txt', renderTextSummary(everythingReport()));
  });

  it('starts with the outcome and the verdict and ends with the fail-on policy', () => {
    const text = renderTextSummary(oneRegressionReport());
    const lines = text.trimEnd().split('\n');
    expect(lines[0]).toBe('FAIL  1 regression in 4 scenarios (worst: TTFT +12.3% on llama8b-tp2)');
    expect(lines[1]).toBe('4 scenarios: 1 regressed, 3 unchanged; 2 metric differences within tolerance');
    expect(lines[lines.length - 1]).toBe('fail-on regression: the check fails (4 reasons)');
    expect(text).toContain("  llama8b-tp2: npx --yes github:org/genz-action#v1 check --filter 'llama8b-tp2'");
    expect(renderTextSummary(cleanReport()).split('\n')[0]).toBe('OK  No performance changes in 5 scenarios');
  });

  it('aligns the metric columns', () => {
    const lines = renderTextSummary(everythingReport()).split('\n');
    const header = lines.findIndex((l) => l.startsWith('Scenario'));
    const table = lines.slice(header, lines.indexOf('', header));
    const end = table[0].indexOf('TTFT') + 'TTFT'.length;
    for (const row of table.slice(2)) expect(row[end - 1], row).toMatch(/[sm—]/);
    expect(table[0]).toMatch(/^Scenario +Status +Model on hardware +TTFT +TPOT +E2E latency +Total throughput +Change$/);
  });

  it('keeps user text on one line without terminal control sequences', () => {
    const report = oneRegressionReport();
    report.scenarios[1] = { ...report.scenarios[1], id: 'evil\n\u001b[2Jid' };
    const text = renderTextSummary(report);
    expect(text).not.toContain('\u001b');
    expect(text).toContain('evil  [2Jid');
  });
});

describe('renderRunTable', () => {
  it('aligns columns with units in the headers', () => {
    const table = renderRunTable([
      {
        id: 'llama8b-tp2',
        model: { requested: 'llama8b', resolved: 'meta-llama/Llama-3.1-8B', source: 'catalog', path: null },
        hardware: 'H100_GPU',
        metrics: metrics({ ttft: 41.87, tpot: 6.412 }),
      },
      { id: 'prefill-only', model: 'mistralai/Mistral-7B', hardware: 'A100_80GB_GPU', metrics: metrics({ ttft: 1234.5, tpot: null, output: 1 }) },
      { id: 'broken', model: null, hardware: null, metrics: null },
    ]);
    const lines = table.trimEnd().split('\n');
    expect(lines[0]).toMatch(
      /^Scenario +Model +Hardware +TTFT \(ms\) +TPOT \(ms\) +E2E \(ms\) +Prefill \(tokens\/s\) +Decode \(tokens\/s\) +Total \(tokens\/s\) +Memory \(GB\) +Fits$/,
    );
    // Right-aligned numbers: every line has the same length.
    expect(new Set(lines.map((l) => l.length)).size).toBe(1);
    expect(lines[2]).toMatch(/^llama8b-tp2 +llama8b → meta-llama\/Llama-3.1-8B +H100_GPU +41.87 +6.412 +1,677 +195,700 +1,248 +6,106 +8.73 +yes$/);
    expect(lines[3]).toMatch(/ 1,235 +n\/a +1,235 /);
    expect(lines[4]).toMatch(/^broken +— +— +— +— /);
  });

  it('adds the serving columns (p99 TTFT, p99 TPOT, goodput, max rate) when a serving scenario is present', () => {
    const serving = { ...metrics({ ttft: 30, tpot: 7 }), ttft_p99_ms: 571, tpot_p99_ms: 15.23, goodput_rps: 2.899, max_rate_qps: 3.642 };
    const table = renderRunTable([
      { id: 'static', model: 'm', hardware: 'h', metrics: metrics({ ttft: 10, tpot: 1 }) },
      { id: 'chat', model: 'm', hardware: 'h', metrics: serving, bands: { ttft_p99_ms: 0.28 } },
    ]);
    const lines = table.trimEnd().split('\n');
    expect(lines[0]).toMatch(/Fits +p99 TTFT \(ms\) +p99 TPOT \(ms\) +Goodput \(requests\/s\) +Max rate \(requests\/s\)$/);
    expect(lines[2]).toMatch(/ n\/a +n\/a +n\/a +n\/a$/);
    expect(lines[3]).toMatch(/ 571 ±28% +15.23 +2.899 +3.642$/);
    // Without a serving scenario the table keeps its static columns only.
    expect(renderRunTable([{ id: 'static', model: 'm', hardware: 'h', metrics: metrics({ ttft: 10, tpot: 1 }) }])).not.toMatch(/p99/);
  });

  it('adds an Error column when a scenario could not run', () => {
    const table = renderRunTable([
      { id: 'ok', model: 'm', hardware: 'h', metrics: metrics({ ttft: 10, tpot: 1 }), error: null },
      { id: 'broken', model: 'm', hardware: 'h', metrics: null, error: 'does not fit\nin memory' },
    ]);
    const lines = table.trimEnd().split('\n');
    expect(lines[0].endsWith('Fits  Error')).toBe(true);
    expect(lines[3]).toMatch(/^broken .* — +does not fit in memory$/);
  });
});
