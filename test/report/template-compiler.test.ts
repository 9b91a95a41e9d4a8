/**
 * Handlebars' compiler is loaded only for a template of the project's own (src/report/render.ts
 * loadTemplateCompiler): the default templates are precompiled and render with the runtime alone.
 */
import { describe, expect, it, vi } from 'vitest';
import { oneRegressionReport } from '../fixtures/report/reports.js';

describe('the template compiler', () => {
  it('is not needed by the default templates, and a template of your own before it is loaded is a programming error', async () => {
    // A fresh copy of the renderer: test files share loaded modules (vitest.config.ts), and another may have
    // loaded the compiler already.
    vi.resetModules();
    const { fitComment, loadTemplateCompiler, renderMarkdown } = await import('../../src/report/render.js');
    const report = oneRegressionReport();
    const defaultMarkdown = renderMarkdown(report);
    expect(defaultMarkdown).toContain(report.scenarios[0].id);
    expect(fitComment(report, 65536).markdown).toBe(defaultMarkdown);
    expect(() => renderMarkdown(report, { template: '{{level}}' })).toThrow(/template compiler is not loaded/);

    await loadTemplateCompiler();
    // The report helpers are registered in the compiling environment too.
    expect(renderMarkdown(report, { template: '{{level}} {{md "a*b"}}' })).toBe('full a\\*b\n');
    // The default templates render the same once the compiler is loaded.
    expect(renderMarkdown(report)).toBe(defaultMarkdown);
  });
});
