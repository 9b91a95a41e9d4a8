import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import Handlebars from 'handlebars';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  LIST_MAX,
  buildContext,
  defaultUpdateCommand,
  fitComment,
  fitSummary,
  loadTemplateCompiler,
  renderMarkdown,
  truncate,
} from '../../src/report/render.js';
import type { RunReport } from '../../src/run-report/index.js';
import { REPORT_TEMPLATE, SHORT_TEMPLATE } from '../../src/report/templates.js';
import { cleanReport, everythingReport, largeReport, oneRegressionReport } from '../fixtures/report/reports.js';

// Some tests render templates of their own, which need Handlebars' compiler (the default templates do not).
beforeAll(loadTemplateCompiler);

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const bytes = (s: string): number => Buffer.byteLength(s, 'utf8');

describe('templates.ts embeds templates/*.md.hbs', () => {
  it('holds exactly the template files (run `node scripts/embed-templates.mjs` after editing a template)', () => {
    const read = (f: string): string => readFileSync(path.join(ROOT, f), 'utf8').replace(/\r\n?/g, '\n');
    expect(REPORT_TEMPLATE).toBe(read('templates/report.md.hbs'));
    expect(SHORT_TEMPLATE).toBe(read('templates/short.md.hbs'));
  });

  it('has its precompiled templates as scripts/embed-templates.mjs generates them', async () => {
    const script = (await import(pathToFileURL(path.join(ROOT, 'scripts/embed-templates.mjs')).href)) as { precompiled: () => string };
    expect(readFileSync(path.join(ROOT, 'src/report/templates.precompiled.js'), 'utf8')).toBe(script.precompiled());
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

  it('orders: verdict, overview of changed scenarios, SLO violations, details (collapsed), then the rest', () => {
    const md = renderMarkdown(everythingReport());
    const headings = md
      .split('\n')
      .filter((l) => l.startsWith('#### '))
      .map((l) => l.replace(/ \([\d,]+\)$/, ''));
    expect(headings).toEqual(['#### Changed scenarios', '#### 🎯 SLO violations', '#### ⚠️ Accepted in this PR', '#### 💥 Errors']);
    const at = (t: string) => md.indexOf(t);
    expect(at('#### Changed scenarios')).toBeLessThan(at('#### 🎯 SLO violations'));
    expect(at('#### 🎯 SLO violations')).toBeLessThan(at('<details><summary>Details of 6 changed scenarios</summary>'));
    expect(at('#### 💥 Errors')).toBeLessThan(at('<details><summary>5 unchanged scenarios</summary>'));
    expect(md).toContain('<details><summary>🆕 1 new scenario without a baseline</summary>');
    expect(md).toContain('<details><summary>🗑️ 1 removed scenario (baseline entries remain until refreshed)</summary>');
    expect(md).toContain('<details><summary>🔁 1 scenario with another simulator version, metrics within tolerance</summary>');
    expect(renderMarkdown(cleanReport())).not.toContain('####');
  });

  it('has one overview row per changed scenario, worst first, with baseline → current (change) and units joined by NBSP', () => {
    const md = renderMarkdown(everythingReport());
    const rows = md.split('\n').filter((l) => /^\| (🔴|🟢|🔧|🔁) \|/.test(l));
    expect(rows.map((r) => r.split(' | ')[1])).toEqual([
      'llama70b-tp4',
      'llama8b-tp2',
      'llama\\|8b &lt;script&gt;alert(1)&lt;/script&gt;',
      'mixed-a\\_b\\*c',
      'mistral-prefill-only',
      'gemma-9b',
    ]);
    expect(rows[0]).toBe(
      '| 🔴 | llama70b-tp4 | parallelism.tensor | 97.4 → 171.3\u00a0ms (🔴 +75.9%) | 14.06 → 25.77\u00a0ms (🔴 +83.3%) | 3,683 → 6,743\u00a0ms (🔴 +83.1%) | 2,781 → 1,519\u00a0tokens/s (🔴 −45.4%) |',
    );
    // Unchanged metrics show the value only; a vanished one says so.
    expect(rows[1]).toContain('| 6.412\u00a0ms |');
    expect(rows[4]).toContain('| 10.4\u00a0ms → n/a |');
  });

  it('charts the top regressions (mermaid xychart: worst metric as % of baseline), with user ids made inert', () => {
    const md = renderMarkdown(everythingReport());
    const chart = md.slice(md.indexOf('```mermaid'), md.indexOf('```', md.indexOf('```mermaid') + 3) + 3);
    expect(chart).toContain('xychart-beta');
    expect(chart).toContain('x-axis ["llama70b-tp4 · TPOT", "llama8b-tp2 · TTFT", "llama 8b script alert(1) /s… · TPOT", "mixed-a_b*c · TPOT"]');
    expect(chart).toContain('bar [183.3, 112.3, 110.2, 105.6]');
    expect(chart).not.toMatch(/<|>(?!\s*\d)/);
    expect(renderMarkdown(cleanReport())).not.toContain('mermaid');
  });

  it('drops tokens/ms and ms/token from the per-scenario tables', () => {
    const md = renderMarkdown(everythingReport());
    expect(md).not.toContain('Tokens per ms');
    expect(md).not.toContain('ms per token');
  });

  it('groups errors by cause, with the fix and the ids collapsed beneath', () => {
    const md = renderMarkdown(largeReport({ unchanged: 3, unfit: 43 }));
    expect(md).toContain('**43 scenarios: do not fit in device memory.** Raise tensor or pipeline parallelism');
    expect(md).toContain('<details><summary>43 scenarios</summary>');
    expect(md).toContain('- sweep-unfit-0042: model does not fit in device memory (needs 142.0 GB &gt; 80 GB)');
    expect(md.match(/Raise tensor or pipeline parallelism/g)).toHaveLength(1);
  });

  it('gives the refresh command only when baselines differ', () => {
    expect(renderMarkdown(oneRegressionReport())).toContain('refresh the baselines with');
    expect(renderMarkdown(cleanReport())).not.toContain('refresh the baselines');
    // Errors alone, SLO violations alone: refreshing cannot help.
    expect(renderMarkdown(largeReport({ unchanged: 3, unfit: 2 }))).not.toContain('refresh the baselines');
    const slo = everythingReport();
    slo.scenarios = slo.scenarios.filter((s) => s.id === 'llama8b-slo');
    expect(renderMarkdown(slo)).not.toContain('refresh the baselines');
  });

  it('starts with the verdict and ends with the footer', () => {
    const md = renderMarkdown(oneRegressionReport());
    expect(md.split('\n')[0]).toBe('### ❌ 1 regression in 4 scenarios (worst: TTFT +12.3% on llama8b-tp2)');
    expect(renderMarkdown(cleanReport()).split('\n')[0]).toBe('### ✅ No performance changes in 5 scenarios');
    expect(md).toContain('❌ **This check fails** under the fail-on policy `regression` (4 reasons).');
    expect(md).toContain('refresh the baselines with `npx --yes github:org/genz-action#v1 update`');
    expect(md.endsWith('</sub>\n')).toBe(true);
  });

  it('details each changed scenario, most severe first, with the alias and the reproduce command', () => {
    const md = renderMarkdown(everythingReport());
    const order = ['**llama70b-tp4**', '**llama8b-tp2**', '**llama\\|8b', '**mixed-a\\_b\\*c**'].map((s) => md.indexOf(s));
    expect(order.every((i) => i >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(md).toContain('**llama8b-tp2** — llama8b → meta-llama/Llama-3.1-8B on h100 → H100\\_GPU · bf16 · TP2');
    expect(md).toContain('| **TTFT** | 41.87\u00a0ms | 47.02\u00a0ms | 🔴 ↑ +12.3% |');
    expect(md).toContain('| **TTFT** | 120.4\u00a0ms | 112.9\u00a0ms | 🟢 ↓ −6.23% |');
    expect(md).toContain("Reproduce: `npx --yes github:org/genz-action#v1 check --filter 'llama8b-tp2'`");
    expect(md).toContain('Inputs changed: parallelism.tensor');
  });

  it('shows SLO violations one row per scenario, with the headroom', () => {
    const md = renderMarkdown(everythingReport());
    expect(md).toContain(
      '| llama8b-slo | TTFT 123.4\u00a0ms > 100\u00a0ms<br>Total throughput 6,332\u00a0tokens/s < 12,000\u00a0tokens/s | −23.4\u00a0ms (−23.4%)<br>−5,668\u00a0tokens/s (−47.2%) | — | — |',
    );
    expect(md).toContain('| llama405b-offload | does not fit in memory | — | — | — |');
  });

  it('shows regressions accepted in the PR against the base branch', () => {
    const md = renderMarkdown(everythingReport());
    expect(md).toContain('⚠️ 1 regression accepted in this pull request by refreshing baselines (see below).');
    expect(md).toContain('| Metric | Base branch | Current | Change |');
    expect(md).toContain('| **TPOT** | 11.92\u00a0ms | 12.6\u00a0ms | 🔴 ↑ +5.70% |');
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
      '# 1 regression in 4 scenarios (worst: TTFT +12.3% on llama8b-tp2)\n- llama8b-tp2: **TTFT** 47.02\u00a0ms 🔴 ↑ +12.3%\n4 scenarios, 1 entry\n',
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
    expect(md).not.toContain('refresh the baselines');
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

describe('long lists', () => {
  it(`list at most ${LIST_MAX.toLocaleString('en-US')} entries each and count the rest`, () => {
    const report = largeReport({ unchanged: LIST_MAX + 1500, added: LIST_MAX + 2, regressed: LIST_MAX + 3 });
    const md = renderMarkdown(report);
    const rowsOf = (prefix: string): number => md.split('\n').filter((l) => l.startsWith(`| ${prefix}`)).length;
    expect(rowsOf('sweep-unchanged-')).toBe(LIST_MAX);
    expect(md).toContain(`<summary>${(LIST_MAX + 1500).toLocaleString('en-US')} unchanged scenarios</summary>`);
    expect(md).toContain('… and 1,500 more (every scenario is in report.json).');
    expect(rowsOf('sweep-new-')).toBe(LIST_MAX);
    expect(md).toContain('… and 2 more (every scenario is in report.json).');
    // Details: the first LIST_MAX changed scenarios, worst first; the overview still has a row for every one.
    expect(md).toContain(`Details of ${LIST_MAX.toLocaleString('en-US')} changed scenarios (the first; 3 more in report.json)`);
    expect(md.split('\n').filter((l) => /^\| 🔴 \|/.test(l))).toHaveLength(LIST_MAX + 3);
    // Small reports list everything, as before.
    expect(renderMarkdown(largeReport({ unchanged: 5 }))).not.toContain('more (every scenario');
  });
});

describe('fitComment and fitSummary', () => {
  it('keep a report that fits as is', () => {
    const report = everythingReport();
    expect(fitComment(report)).toEqual({ markdown: renderMarkdown(report), level: 'full' });
    expect(fitSummary(report).level).toBe('full');
  });

  it('collapse details, unchanged and new scenarios when the full report is too long', () => {
    const report = largeReport({ unchanged: 3000, improved: 200, added: 200, regressed: 2 });
    expect(renderMarkdown(report).length).toBeGreaterThan(65536);
    const { markdown, level } = fitComment(report);
    expect(level).toBe('collapsed');
    expect(markdown.length).toBeLessThanOrEqual(65536);
    expect(markdown).toContain('3,000 unchanged scenarios.');
    expect(markdown).toContain('🆕 200 new scenarios without a baseline.');
    expect(markdown).toContain('#### Changed scenarios (202)');
    expect(markdown.split('\n').filter((l) => /^\| (🔴|🟢) \|/.test(l))).toHaveLength(202);
    expect(markdown).not.toContain('<details><summary>Details');
    // The job summary has room for all of it.
    expect(fitSummary(report).level).toBe('full');
  });

  it('a 1,000-scenario sweep with 300 changes fits in a comment with every change counted', () => {
    const report = largeReport({ unchanged: 657, regressed: 150, improved: 150, unfit: 43 });
    const { markdown, level } = fitComment(report);
    expect(markdown.length).toBeLessThan(65536);
    expect(['collapsed', 'capped']).toContain(level);
    expect(markdown).toContain('#### Changed scenarios (300)');
    const rows = markdown.split('\n').filter((l) => /^\| (🔴|🟢) \|/.test(l)).length;
    const more = /… and ([\d,]+) more changed scenarios/.exec(markdown);
    expect(rows + (more ? Number(more[1].replace(/,/g, '')) : 0)).toBe(300);
    expect(markdown).toContain('**43 scenarios: do not fit in device memory.**');
    // Worst first: the largest regression is the first row.
    expect(markdown.indexOf('sweep-regressed-0149')).toBeLessThan(markdown.indexOf('sweep-regressed-0000'));
  });

  it('cap the overview, most severe first, counting the rest, when even the collapsed report is too long', () => {
    const report = largeReport({ unchanged: 10, regressed: 3000 });
    const comment = fitComment(report);
    expect(comment.level).toBe('capped');
    expect(comment.markdown.length).toBeLessThanOrEqual(65536);
    const rows = comment.markdown.split('\n').filter((l) => /^\| 🔴 \|/.test(l)).length;
    expect(rows).toBeGreaterThan(100);
    expect(comment.markdown).toContain(
      `… and ${(3000 - rows).toLocaleString('en-US')} more changed scenarios (${(3000 - rows).toLocaleString('en-US')} worse), left out to fit the size limit: see this run's job summary or the report JSON`,
    );
    expect(comment.markdown.indexOf('sweep-regressed-2999')).toBeLessThan(comment.markdown.indexOf('sweep-regressed-2998'));
  });

  it('fall back to the short report, most severe first, when one overview row does not fit', () => {
    const report = largeReport({ unchanged: 10, regressed: 3000 });
    const comment = fitComment(report, 700);
    expect(['short', 'truncated']).toContain(comment.level);
    expect(comment.markdown.length).toBeLessThanOrEqual(700);
    expect(comment.markdown).toContain('3,000 regressed');
    const short = fitComment(report, 2000);
    if (short.level === 'short') expect(short.markdown).toContain('The full report is too long for this comment');
  });

  it('skip rendering a level whose rows alone exceed the limit: every scenario has a row of its id at the full level, every changed one at the collapsed', () => {
    // The bound fit() relies on: the default template's full level is at least Σ (id + 3) over all scenarios,
    // the collapsed level at least that over the changed ones (rows of every section: tables, lists, errors).
    for (const report of [everythingReport(), largeReport({ unchanged: 50, regressed: 20, improved: 20, added: 10, unfit: 7 })]) {
      const bound = (list: readonly { id: string }[]): number => list.reduce((n, s) => n + s.id.length + 3, 0);
      const full = renderMarkdown(report);
      for (const s of report.scenarios) expect(full).toContain(/^[A-Za-z0-9.-]*/.exec(s.id)![0]);
      expect(full.length).toBeGreaterThanOrEqual(bound(report.scenarios));
      const changed = report.scenarios.filter((s) => ['regression', 'mixed', 'improvement', 'inputs_changed'].includes(s.classification));
      const collapsed = fitComment(report, Math.max(bound(changed), 1) + 20_000);
      if (collapsed.level === 'collapsed') expect(collapsed.markdown.length).toBeGreaterThanOrEqual(bound(changed));
    }
    // A sweep whose rows exceed the limit gets the same comment as before (the collapsed or capped level).
    const big = largeReport({ unchanged: 3000, improved: 200, added: 200, regressed: 2 });
    expect(fitComment(big).level).toBe('collapsed');
    expect(fitSummary(big).level).toBe('full');
  });

  it('also take the options (template, limit) as the second argument', () => {
    const template = '{{md report.verdict}} ({{level}})';
    expect(fitComment(oneRegressionReport(), { template })).toEqual({
      markdown: '1 regression in 4 scenarios (worst: TTFT +12.3% on llama8b-tp2) (full)\n',
      level: 'full',
    });
    expect(fitSummary(oneRegressionReport(), { template, limit: 10 }).markdown.length).toBeLessThanOrEqual(10);
    expect(fitComment(oneRegressionReport(), 10, { template }).level).toBe('truncated');
  });

  it('truncate hard as a last resort, always within the limit', () => {
    const report = largeReport({ regressed: 300 });
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
