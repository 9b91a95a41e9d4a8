import { describe, expect, it } from 'vitest';
import { batchSweeps, escapeHtml, renderHtml } from '../../src/report/html.js';
import { validateRunReport } from '../../src/run-report/validate.js';
import { cleanReport, everythingReport, largeReport, oneRegressionReport } from '../fixtures/report/reports.js';

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
