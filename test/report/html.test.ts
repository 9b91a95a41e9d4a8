import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readRunReportFile } from '../../src/action/report-validation.js';
import { runCheck } from '../../src/pipeline/pipeline.js';
import { batchSweeps, escapeHtml, renderHtml } from '../../src/report/html.js';
import { LOAD_CURVE_MAX_POINTS, type LoadCurve, type RunReport } from '../../src/run-report/contract.js';
import { runReportFileText } from '../../src/run-report/compact.js';
import { validateRunReport } from '../../src/run-report/validate.js';
import { cleanReport, everythingReport, largeReport, oneRegressionReport } from '../fixtures/report/reports.js';
import { testTempDir } from '../support/temp.js';

describe('renderHtml', () => {
  const html = renderHtml(everythingReport());

  it('is one self-contained document: no script, no external resource', () => {
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect(html.trimEnd().endsWith('</html>')).toBe(true);
    expect(html).not.toMatch(/<script\b/i);
    expect(html).not.toMatch(/\b(src|href)="(https?:)?\/\//i);
    expect(html).not.toMatch(/@import|url\(/i);
  });

  it('has the overview, SLO, details, errors and unchanged sections, and a chart per primary latency', () => {
    for (const id of ['changed', 'slo', 'details', 'errors']) expect(html).toContain(`id="${id}"`);
    expect(html).toContain('<summary>5 unchanged scenarios</summary>');
    expect(html.match(/<svg /g)?.length).toBeGreaterThanOrEqual(3);
    expect(html).toContain('TTFT: top regressions');
    // One overview row per changed scenario, linking to its details.
    expect(html.match(/<a href="#s-/g)).toHaveLength(6);
  });

  it('escapes every user string', () => {
    expect(html).not.toContain('<script>alert(1)</script>');
    expect(html).toContain('llama|8b &lt;script&gt;alert(1)&lt;/script&gt;');
    expect(escapeHtml('<a href="x">\'&')).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;');
  });

  it('renders clean and large runs', () => {
    expect(renderHtml(cleanReport())).not.toContain('id="changed"');
    const big = renderHtml(largeReport({ unchanged: 500, regressed: 300, unfit: 40 }));
    expect(big.match(/<a href="#s-/g)).toHaveLength(300);
    expect(big).toContain('40 scenarios: do not fit in device memory');
  });
});

describe('latency vs batch', () => {
  it('groups scenarios that differ only in batch, in batch order', () => {
    const sweeps = batchSweeps(oneRegressionReport());
    expect(sweeps).toHaveLength(1);
    expect(sweeps[0].title).toBe('meta-llama/Llama-3.1-8B on H100_GPU · bf16 · TP1 · 1024→256 tokens');
    expect(sweeps[0].points.map((p) => [p.batch, p.scenario.id])).toEqual([
      [8, 'llama8b-tp1'],
      [32, 'llama8b-batch32'],
    ]);
    // TP2 and the 70B model differ in more than batch: no sweep of their own (one point each).
    expect(batchSweeps(cleanReport())).toEqual([]);
  });

  it('draws one panel per primary latency with a point per batch; the baseline only where it differs', () => {
    const html = renderHtml(oneRegressionReport());
    const section = html.slice(html.indexOf('<h2 id="batch">'), html.indexOf('<h2 id="details">'));
    expect(section).toContain('Latency vs batch (1 sweep)');
    expect(section.match(/<svg /g)).toHaveLength(3);
    for (const label of ['TTFT (ms)', 'TPOT (ms)', 'E2E latency (ms)']) expect(section).toContain(`>${label}</text>`);
    expect(section.match(/<circle /g)).toHaveLength(6);
    expect(section.match(/<polyline class="current"/g)).toHaveLength(3);
    // Both points are unchanged scenarios: nothing to compare.
    expect(section).not.toContain('class="baseline"');
    expect(section).toContain('batch 32: 301.5 ms (llama8b-batch32)');
  });

  it('dashes the baseline when a point moved', () => {
    const r = oneRegressionReport();
    const s = r.scenarios.find((x) => x.id === 'llama8b-tp1')!;
    const ttft = s.metrics.find((m) => m.key === 'ttft_ms')!;
    r.scenarios[r.scenarios.indexOf(s)] = {
      ...s,
      current: { ...s.current!, ttft_ms: 90 },
      metrics: s.metrics.map((m) => (m === ttft ? { ...m, current: 90 } : m)),
    };
    const html = renderHtml(r);
    expect(html.match(/<polyline class="baseline"/g)).toHaveLength(1);
  });
});

describe('per-operator breakdown', () => {
  const breakdown = [
    {
      phase: 'prefill',
      totalMs: 40,
      groups: [
        { group: 'FFN/experts', ms: 30, bound: 'compute' as const },
        { group: 'attention', ms: 10, bound: 'memory' as const },
      ],
    },
    { phase: 'decode', totalMs: 8, groups: [{ group: 'FFN/experts', ms: 8, bound: 'memory' as const }] },
  ];

  it('draws a stacked bar per phase, segments proportional to each group, with a legend', () => {
    const r = oneRegressionReport();
    const i = r.scenarios.findIndex((s) => s.id === 'llama8b-tp2');
    r.scenarios[i] = { ...r.scenarios[i], breakdown };
    const html = renderHtml(r);
    const fig = html.slice(html.indexOf('<figure class="breakdown">'), html.indexOf('</figure>', html.indexOf('<figure class="breakdown">')));
    const widths = [...fig.matchAll(/<rect class="op" x="[\d.]+" y="(\d+)" width="([\d.]+)"/g)].map((m) => [Number(m[1]), Number(m[2])]);
    expect(widths).toHaveLength(3);
    // Prefill: 30 of 40 ms and 10 of 40 ms of the same bar; decode: one full bar.
    expect(widths[0][1] / (widths[0][1] + widths[1][1])).toBeCloseTo(0.75, 2);
    expect(widths[0][1] + widths[1][1]).toBeCloseTo(widths[2][1], 0);
    expect(fig).toContain('prefill · attention: 10 ms (25%), memory-bound');
    expect(fig).toContain('FFN/experts 75% (compute)');
    expect(html.match(/<figure class="breakdown">/g)).toHaveLength(1);
  });

  it('is read back from a report file by the run-report schema', () => {
    const r = oneRegressionReport();
    r.scenarios[0] = { ...r.scenarios[0], breakdown };
    const read = validateRunReport(JSON.parse(JSON.stringify(r)), 'report.json');
    expect(read.scenarios[0].breakdown).toEqual(breakdown);
    r.scenarios[0] = { ...r.scenarios[0], breakdown: [{ ...breakdown[0], groups: [{ group: 'x', ms: 1, bound: 'gpu' as 'compute' }] }] };
    expect(() => validateRunReport(JSON.parse(JSON.stringify(r)), 'report.json')).toThrow(/breakdown\[0\]\.groups\[0\]\.bound/);
  });
});

describe('latency vs load', () => {
  // Given out of order on purpose: the chart sorts by rate.
  const curve: LoadCurve = {
    points: [
      { rateQps: 4, ttftP99Ms: 900, tpotP99Ms: 30, sloHolds: false },
      { rateQps: 0.5, ttftP99Ms: 200, tpotP99Ms: 10, sloHolds: true },
      { rateQps: 2, ttftP99Ms: 400, tpotP99Ms: 15, sloHolds: true },
      { rateQps: 3, ttftP99Ms: 700, tpotP99Ms: null, sloHolds: true },
    ],
    ttftP99BudgetMs: 800,
    tpotP99BudgetMs: null,
    maxRateQps: 3,
  };

  /** oneRegressionReport with a curve on a changed scenario (details section) and on an unchanged one. */
  function withCurves(): RunReport {
    const r = oneRegressionReport();
    const changed = r.scenarios.findIndex((s) => s.id === 'llama8b-tp2');
    const same = r.scenarios.findIndex((s) => s.classification === 'unchanged');
    r.scenarios[changed] = { ...r.scenarios[changed], loadCurve: curve };
    r.scenarios[same] = { ...r.scenarios[same], id: 'serve <b>"x"</b>', loadCurve: { ...curve, ttftP99BudgetMs: null, maxRateQps: null } };
    return r;
  }

  const figures = (html: string) => [...html.matchAll(/<figure class="load sweep">.*?<\/figure>/gs)].map((m) => m[0]);
  const xsOf = (svg: string) => [...svg.matchAll(/<circle cx="([\d.]+)"/g)].map((m) => Number(m[1]));

  it('draws one chart per serving scenario with a curve: p99 TTFT and TPOT panels, points rising in rate', () => {
    const html = renderHtml(withCurves());
    const figs = figures(html);
    expect(figs).toHaveLength(2);
    // The unchanged scenario's chart is in the load section, the changed one's in its details section.
    const [inLoad, inDetails] = figs;
    expect(html).toContain('<h2 id="load">Latency vs load (1 serving scenario)</h2>');
    expect(html.indexOf(inLoad)).toBeGreaterThan(html.indexOf('<h2 id="load">'));
    expect(html.indexOf(inLoad)).toBeLessThan(html.indexOf('<h2 id="details">'));
    expect(html.indexOf(inDetails)).toBeGreaterThan(html.indexOf('<h3 id="s-llama8b-tp2">'));
    const svgs = inDetails.match(/<svg .*?<\/svg>/gs)!;
    expect(svgs).toHaveLength(2);
    expect(svgs[0]).toContain('>Serving TTFT p99 (ms)</text>');
    expect(svgs[1]).toContain('>Serving TPOT p99 (ms)</text>');
    const ttftX = xsOf(svgs[0]);
    expect(ttftX).toHaveLength(4);
    expect(ttftX).toEqual([...ttftX].sort((a, b) => a - b));
    expect(new Set(ttftX).size).toBe(4);
    // TPOT has no value at 3 req/s: three points.
    expect(xsOf(svgs[1])).toHaveLength(3);
    // The rate where the SLO was missed is red, the others blue.
    expect(svgs[0].match(/fill="#cf222e"/g)).toHaveLength(1);
    expect(svgs[0]).toContain('4 req/s: 900 ms (SLO missed)');
    // The TTFT budget is dashed on the TTFT panel only; max rate on both, at x = 3 of 4 on the rate axis.
    expect(svgs[0].match(/class="budget"/g)).toHaveLength(1);
    expect(svgs[1]).not.toContain('class="budget"');
    const maxX = Number(/class="max-rate" x1="([\d.]+)"/.exec(svgs[0])![1]);
    expect((maxX - 50) / (ttftX[3] - 50)).toBeCloseTo(3 / 4, 2);
    expect(inDetails).toContain('max rate within SLO, 3 req/s');
    // Neither budget nor max rate on the second scenario's curve.
    expect(inLoad).not.toMatch(/class="(budget|max-rate)"/);
  });

  it('escapes the scenario id and draws nothing without a curve', () => {
    const html = renderHtml(withCurves());
    expect(html).not.toContain('<b>"x"</b>');
    expect(html).toContain('aria-label="Serving TTFT p99 vs request rate of serve &lt;b&gt;&quot;x&quot;&lt;/b&gt;"');
    expect(html).not.toMatch(/<script\b/i);
    expect(renderHtml(oneRegressionReport())).not.toContain('class="load');
  });

  it('survives report.json (compact encoding) and is bounded by the schema', () => {
    const dir = testTempDir('genz-load-curve');
    const r = withCurves();
    // Two neighbours with the same curve: the compact encoding leaves the second one out.
    const i = r.scenarios.findIndex((s) => s.loadCurve);
    r.scenarios[i + 1] = { ...r.scenarios[i + 1], loadCurve: curve };
    const file = path.join(dir, 'report.json');
    writeFileSync(file, runReportFileText(r));
    const read = readRunReportFile(file);
    expect(read.scenarios.map((s) => s.loadCurve ?? null)).toEqual(r.scenarios.map((s) => s.loadCurve ?? null));
    const bad = JSON.parse(JSON.stringify(r));
    bad.scenarios[i].loadCurve.points = Array.from({ length: LOAD_CURVE_MAX_POINTS + 1 }, (_, k) => ({ ...curve.points[0], rateQps: k }));
    expect(() => validateRunReport(bad, 'report.json')).toThrow(/loadCurve\.points/);
    bad.scenarios[i].loadCurve = { ...curve, points: [{ ...curve.points[0], sloHolds: 'yes' }] };
    expect(() => validateRunReport(bad, 'report.json')).toThrow(/loadCurve\.points\[0\]\.sloHolds/);
  });

  it('the pipeline fills it for serving scenarios only, from the max-rate search', async () => {
    const dir = testTempDir('genz-load-pipeline');
    mkdirSync(path.join(dir, 'perf'));
    writeFileSync(
      path.join(dir, 'perf', 'a.yaml'),
      [
        'version: 1',
        'defaults: { model: meta-llama/Llama-3.1-8B, hardware: H100_GPU, calibration: none }',
        'scenarios:',
        '  - id: static',
        '  - id: served',
        '    serving: { arrival: { rate_qps: 4 }, requests: 60, input_tokens: 512, output_tokens: 32 }',
        '    slo: { ttft_p99_ms: 300 }',
        '  - id: served-no-search',
        '    serving: { arrival: { rate_qps: 4 }, requests: 60, input_tokens: 512, output_tokens: 32, search_max_rate: false }',
        '    slo: { ttft_p99_ms: 300 }',
        '',
      ].join('\n'),
    );
    const { report } = await runCheck({ cwd: dir });
    const by = new Map(report.scenarios.map((s) => [s.id, s]));
    expect(by.get('static')!.loadCurve).toBeUndefined();
    expect(by.get('served-no-search')!.loadCurve).toBeUndefined();
    const c = by.get('served')!.loadCurve!;
    expect(c.points.length).toBeGreaterThan(2);
    expect(c.points.length).toBeLessThanOrEqual(LOAD_CURVE_MAX_POINTS);
    const rates = c.points.map((p) => p.rateQps);
    expect(rates).toEqual([...rates].sort((a, b) => a - b));
    expect(c.ttftP99BudgetMs).toBe(300);
    expect(c.tpotP99BudgetMs).toBeNull();
    expect(c.maxRateQps).toBe(by.get('served')!.current!.max_rate_qps);
    // Every point at or below the max rate that held has p99 TTFT within the budget; the answer is one of the rates.
    expect(rates).toContain(c.maxRateQps);
    for (const p of c.points) if (p.sloHolds) expect(p.ttftP99Ms!).toBeLessThanOrEqual(300);
    expect(validateRunReport(JSON.parse(JSON.stringify(report)), 'report.json').scenarios.find((s) => s.id === 'served')!.loadCurve).toEqual(c);
    expect(figures(renderHtml(report))).toHaveLength(1);
  });
});
