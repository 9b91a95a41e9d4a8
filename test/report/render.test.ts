import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import Handlebars from 'handlebars';
import { describe, expect, it } from 'vitest';
import { buildContext, defaultUpdateCommand, fitComment, fitSummary, renderMarkdown, truncate } from '../../src/report/render.js';
import type { RunReport } from '../../src/run-report/index.js';
import { REPORT_TEMPLATE, SHORT_TEMPLATE } from '../../src/report/templates.js';
import { cleanReport, everythingReport, largeReport, oneRegressionReport } from '../fixtures/report/reports.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const bytes = (s: string): number => Buffer.byteLength(s, 'utf8');

describe('templates.ts embeds templates/*.md.hbs', () => {
  it('holds exactly the template files (run `node scripts/embed-templates.mjs` after editing a template)', () => {
    const read = (f: string): string => readFileSync(path.join(ROOT, f), 'utf8').replace(/\r\n?/g, '\n');
    expect(REPORT_TEMPLATE).toBe(read('templates/report.md.hbs'));
    expect(SHORT_TEMPLATE).toBe(read('templates/short.md.hbs'));
  });

  it('is what scripts/embed-templates.mjs generates', async () => {
    const script = (await import(pathToFileURL(path.join(ROOT, 'scripts/embed-templates.mjs')).href)) as { embed: () => string };
    expect(readFileSync(path.join(ROOT, 'src/report/templates.ts'), 'utf8')).toBe(script.embed());
  });
});

describe('renderMarkdown', () => {
  it('is deterministic: same report, same bytes; the runtime and object identity do not matter', () => {
    const report = everythingReport();
    const first = renderMarkdown(report);
    expect(renderMarkdown(report)).toBe(first);
    const clone = JSON.parse(JSON.stringify(report)) as RunReport;
    clone.runtime = { node: 'v22.1.0', platform: 'win32', arch: 'arm64' };
    expect(renderMarkdown(clone)).toBe(first);
    expect(renderMarkdown(everythingReport())).toBe(first);
    expect(first).not.toMatch(/\d{4}-\d{2}-\d{2}T|v20\.19|linux|x64|actions\/runs/);
  });

  it('orders the sections and shows each only when non-empty', () => {
    const md = renderMarkdown(everythingReport());
    const headings = md.split('\n').filter((l) => l.startsWith('#### ')).map((l) => l.replace(/ \(\d+\)$/, ''));
    expect(headings).toEqual([
      '#### 🔴 Regressions', '#### 🎯 SLO violations', '#### 🔧 Inputs changed', '#### ⚠️ Accepted in this PR', '#### 🟢 Improvements',
      '#### 🆕 New scenarios', '#### 🗑️ Removed scenarios', '#### 🔁 Simulator changed', '#### 💥 Errors',
    ]);
    expect(md.indexOf('#### 💥 Errors')).toBeLessThan(md.indexOf('<details><summary>5 unchanged scenarios</summary>'));
    expect(renderMarkdown(cleanReport())).not.toContain('####');
  });

  it('starts with the verdict and ends with the footer', () => {
    const md = renderMarkdown(oneRegressionReport());
    expect(md.split('\n')[0]).toBe('### ❌ 1 regression in 4 scenarios (worst: TTFT +12.3% on llama8b-tp2)');
    expect(renderMarkdown(cleanReport()).split('\n')[0]).toBe('### ✅ No performance changes in 5 scenarios');
    expect(md).toContain('❌ **This check fails** under the fail-on policy `regression` (4 reasons).');
    expect(md).toContain('refresh the baselines with `npx --yes github:org/genz-action#v1 update`');
    expect(md.endsWith('</sub>\n')).toBe(true);
  });

  it('lists regressions most severe first, with the alias and the reproduce command of each', () => {
    const md = renderMarkdown(everythingReport());
    const order = ['**llama70b-tp4**', '**llama8b-tp2**', '**llama\\|8b', '**mixed-a\\_b\\*c**'].map((s) => md.indexOf(s));
    expect(order.every((i) => i >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(md).toContain('**llama8b-tp2** — llama8b → meta-llama/Llama-3.1-8B on h100 → H100\\_GPU · bf16 · TP2');
    expect(md).toContain('| **TTFT** | 41.87 ms | 47.02 ms | 🔴 ↑ +12.3% |');
    expect(md).toContain('| **TTFT** | 120.4 ms | 112.9 ms | 🟢 ↓ −6.23% |');
    expect(md).toContain("Reproduce: `npx --yes github:org/genz-action#v1 check --filter 'llama8b-tp2'`");
    expect(md).toContain('Inputs changed: `parallelism.tensor`');
  });

  it('shows SLO violations with limit, actual and headroom', () => {
    const md = renderMarkdown(everythingReport());
    expect(md).toContain('| llama8b-slo | llama8b → meta-llama/Llama-3.1-8B on H100\\_GPU | `ttft_ms` | ≤ 100 ms | 123.4 ms | −23.4 ms (−23.4%) |');
    expect(md).toContain('| `must_fit` | must fit | does not fit | — |');
  });

  it('shows regressions accepted in the PR against the base branch', () => {
    const md = renderMarkdown(everythingReport());
    expect(md).toContain('⚠️ 1 regression accepted in this pull request by refreshing baselines (see below).');
    expect(md).toContain('| Metric | Base branch | Current | Change |');
    expect(md).toContain('| **TPOT** | 11.92 ms | 12.6 ms | 🔴 ↑ +5.70% |');
  });

  it('uses a user template instead of the default, with the same helpers', () => {
    const template = [
      '# {{md report.verdict}}',
      '{{#each regressions}}',
      '- {{md scenario.id}}: {{#each changes}}{{#if (eq key "ttft_ms")}}{{label this}} {{metric key current}} {{arrow this}} {{pct relDelta}}{{/if}}{{/each}}',
      '{{/each}}',
      '{{plural report.summary.total "scenario"}}, {{plural 1 "entry" "entries"}}',
    ].join('\n');
    expect(renderMarkdown(oneRegressionReport(), { template })).toBe(
      '# 1 regression in 4 scenarios (worst: TTFT +12.3% on llama8b-tp2)\n- llama8b-tp2: **TTFT** 47.02 ms 🔴 ↑ +12.3%\n4 scenarios, 1 entry\n',
    );
  });

  it('reports template errors with a clear prefix and leaves the global Handlebars alone', () => {
    expect(() => renderMarkdown(cleanReport(), { template: '{{#each regressions}}' })).toThrow(/^report template: /);
    expect(() => renderMarkdown(cleanReport(), { template: '{{nosuchhelper report 1}}' })).toThrow(/^report template: .*nosuchhelper/);
    renderMarkdown(cleanReport());
    expect(Handlebars.helpers.md).toBeUndefined();
  });

  it('renders an empty report and a shard', () => {
    const r = cleanReport();
    r.scenarios = [];
    r.summary = { ...r.summary, total: 0, counts: { ...r.summary.counts, unchanged: 0 }, withinTolerance: 0 };
    r.verdict = 'No performance changes in 0 scenarios';
    r.shard = { index: 2, total: 4 };
    const md = renderMarkdown(r);
    expect(md).toContain('\n0 scenarios\n');
    expect(md).toContain('refresh the baselines with `npx genz update`');
    expect(md).toContain('· shard 2 of 4</sub>');
  });

  it('derives the update command from the reproduce commands, or takes it from the options', () => {
    expect(defaultUpdateCommand(oneRegressionReport())).toBe('npx --yes github:org/genz-action#v1 update');
    const r = oneRegressionReport();
    r.scenarios = r.scenarios.map((s) => ({ ...s, reproduce: `npx genz check --config perf/genz.yaml --filter '${s.id}'` }));
    expect(defaultUpdateCommand(r)).toBe('npx genz update --config perf/genz.yaml');
    expect(renderMarkdown(r, { updateCommand: 'npm run baseline:update' })).toContain('refresh the baselines with `npm run baseline:update`');
  });

  it('builds a context that sorts every scenario into one section', () => {
    const report = everythingReport();
    const ctx = buildContext(report);
    const ids = (list: { scenario: { id: string } }[]): string[] => list.map((e) => e.scenario.id);
    expect(ids(ctx.errors)).toEqual(['mixtral-8x22b']);
    expect(ids(ctx.removed)).toEqual(['old_scenario*1']);
    expect(ids(ctx.added)).toEqual(['phi3-mini-new']);
    expect(ids(ctx.inputsChanged)).toEqual(['mistral-prefill-only']);
    expect(ids(ctx.simulatorChanged)).toEqual(['qwen-sim']);
    expect(ids(ctx.improvements)).toEqual(['gemma-9b']);
    expect(ids(ctx.accepted)).toEqual(['llama8b-accepted']);
    const all = [ctx.errors, ctx.removed, ctx.added, ctx.regressions, ctx.inputsChanged, ctx.simulatorChanged, ctx.improvements, ctx.unchanged].flatMap(ids);
    expect(all.sort()).toEqual(report.scenarios.map((s) => s.id).sort());
  });
});

describe('fitComment and fitSummary', () => {
  it('keep a report that fits as is', () => {
    const report = everythingReport();
    expect(fitComment(report)).toEqual({ markdown: renderMarkdown(report), level: 'full' });
    expect(fitSummary(report).level).toBe('full');
  });

  it('collapse unchanged, improved and new scenarios to counts when the full report is too long', () => {
    const report = largeReport({ unchanged: 3000, improved: 200, added: 200, regressed: 2 });
    expect(renderMarkdown(report).length).toBeGreaterThan(65536);
    const { markdown, level } = fitComment(report);
    expect(level).toBe('collapsed');
    expect(markdown.length).toBeLessThanOrEqual(65536);
    expect(markdown).toContain('3,000 unchanged scenarios.');
    expect(markdown).toContain('200 scenarios improved; details left out to fit the size limit');
    expect(markdown).toContain('200 new scenarios without a baseline');
    expect(markdown).not.toContain('<details>');
    // Regressions keep their tables and reproduce commands.
    expect(markdown).toContain("Reproduce: `npx --yes github:org/genz-action#v1 check --filter 'sweep-regressed-0001'`");
    // The job summary has room for all of it.
    expect(fitSummary(report).level).toBe('full');
  });

  it('fall back to the short report, most severe first, when even the collapsed one is too long', () => {
    const report = largeReport({ unchanged: 10, regressed: 3000 });
    const comment = fitComment(report);
    expect(comment.level).toBe('short');
    expect(comment.markdown.length).toBeLessThanOrEqual(65536);
    expect(comment.markdown).toContain('#### Most severe (25 of 3,000)');
    expect(comment.markdown).toContain('- … and 2,975 more');
    expect(comment.markdown).toContain("- **sweep-regressed-2999** — llama8b → meta-llama/Llama-3.1-8B on H100\\_GPU: TTFT +31.0% · `npx --yes github:org/genz-action#v1 check --filter 'sweep-regressed-2999'`");
    expect(comment.markdown.indexOf('sweep-regressed-2999')).toBeLessThan(comment.markdown.indexOf('sweep-regressed-2998'));
    expect(comment.markdown).toContain("The full report is too long for this comment: see this run's job summary or the report JSON");
    expect(comment.markdown).toContain('3,000 regressed · 10 unchanged');

    const summary = fitSummary(report);
    expect(bytes(renderMarkdown(report))).toBeGreaterThan(1024 * 1024);
    expect(summary.level).toBe('short');
    expect(bytes(summary.markdown)).toBeLessThanOrEqual(1024 * 1024);
    expect(summary.markdown).toContain('The full report is too long for this job summary: see the report JSON');
  });

  it('list fewer scenarios in the short report when 25 do not fit', () => {
    const report = largeReport({ regressed: 3000 });
    const top25 = fitComment(report).markdown.length;
    const { markdown, level } = fitComment(report, top25 - 1);
    expect(level).toBe('short');
    expect(markdown).toContain('#### Most severe (12 of 3,000)');
  });

  it('also take the options (template, limit) as the second argument', () => {
    const template = '{{md report.verdict}} ({{level}})';
    expect(fitComment(oneRegressionReport(), { template })).toEqual({
      markdown: '1 regression in 4 scenarios (worst: TTFT +12.3% on llama8b-tp2) (full)\n', level: 'full',
    });
    expect(fitSummary(oneRegressionReport(), { template, limit: 10 }).markdown.length).toBeLessThanOrEqual(10);
    expect(fitComment(oneRegressionReport(), 10, { template }).level).toBe('truncated');
  });

  it('truncate hard as a last resort, always within the limit', () => {
    const report = largeReport({ regressed: 3000 });
    for (const limit of [400, 123, 20, 1, 0]) {
      const { markdown, level } = fitComment(report, limit);
      expect(level).toBe('truncated');
      expect(markdown.length).toBeLessThanOrEqual(limit);
      const s = fitSummary(report, limit);
      expect(bytes(s.markdown)).toBeLessThanOrEqual(limit);
    }
    expect(fitComment(report, 400).markdown.endsWith('\n\n… (truncated)\n')).toBe(true);
    expect(renderMarkdown(report, { maxLength: 400 }).length).toBeLessThanOrEqual(400);
  });

  it('never cut a surrogate pair', () => {
    const text = 'ab🔴🟢c🆕'.repeat(5);
    for (let limit = 0; limit <= text.length + 2; limit++) {
      for (const size of [(s: string) => s.length, bytes]) {
        const cut = truncate(text, limit, size);
        expect(size(cut)).toBeLessThanOrEqual(limit);
        expect(cut.replace(/\n\n… \(truncated\)\n$/, '')).not.toMatch(/[\ud800-\udbff]$/);
        expect(text.startsWith(cut.replace(/\n\n… \(truncated\)\n$/, ''))).toBe(true);
      }
    }
  });
});
