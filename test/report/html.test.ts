import { describe, expect, it } from 'vitest';
import { escapeHtml, renderHtml } from '../../src/report/html.js';
import { cleanReport, everythingReport, largeReport } from '../fixtures/report/reports.js';

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
