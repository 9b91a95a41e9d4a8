import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { METRICS } from '../../src/metrics/definitions.js';
import { FEATURES } from '../../src/simulation/features.js';
import { REPO_ROOT } from '../support/reference.js';

// The README is documentation a person acts on: these checks keep it in step with the code.
const readme = readFileSync(path.join(REPO_ROOT, 'README.md'), 'utf8');
const doc = (name: string): string => readFileSync(path.join(REPO_ROOT, 'docs', name), 'utf8');

describe('README', () => {
  it('docs/report.md shows the example report exactly as `npm run dry-run` prints it', () => {
    const golden = readFileSync(path.join(REPO_ROOT, 'test/fixtures/pipeline/example-dry-run.md'), 'utf8');
    expect(doc('report.md')).toContain(golden.trimEnd());
    expect(existsSync(path.join(REPO_ROOT, 'docs/images/html-report.png'))).toBe(true);
  });

  it('shows the example regression report exactly as `check` prints it', () => {
    const golden = readFileSync(path.join(REPO_ROOT, 'test/fixtures/pipeline/example-regression.md'), 'utf8');
    expect(readme).toContain(golden.trimEnd());
  });

  it('docs/metrics.md has a metrics table row for every metric with its key, unit and direction', () => {
    for (const m of METRICS) {
      expect(doc('metrics.md')).toContain(`| ${m.label} | \`${m.key}\` | ${m.unit || '—'} | ${m.direction} | ${m.primary ? 'yes' : 'no'} |`);
    }
  });

  it('documents every feature', () => {
    const docs = doc('manifests.md') + doc('metrics.md');
    for (const f of FEATURES) expect(docs).toContain(`\`${f.name}\``);
  });

  it('docs/workflows.md contains every ready-to-copy workflow verbatim', () => {
    const dir = path.join(REPO_ROOT, 'docs/workflows');
    const files = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.yml')) : [];
    expect(files.length).toBeGreaterThan(0);
    for (const f of files) expect(doc('workflows.md'), f).toContain(readFileSync(path.join(dir, f), 'utf8').trimEnd());
  });

  it('holds the inputs and outputs tables generated from action.yml', async () => {
    const script = (await import(pathToFileURL(path.join(REPO_ROOT, 'scripts/action-table.mjs')).href)) as { currentTables: () => string };
    expect(readme).toContain(script.currentTables());
  });

  it('stays short: quick start, a uses: snippet and the inputs table come first; under 15 KB', () => {
    expect(Buffer.byteLength(readme)).toBeLessThan(15 * 1024);
    const at = (t: string) => readme.indexOf(t);
    expect(at('## Quick start')).toBeGreaterThan(0);
    expect(at('uses: OWNER/genz-action@v1')).toBeGreaterThan(at('## Quick start'));
    expect(at('## Inputs and outputs')).toBeGreaterThan(at('uses: OWNER/genz-action@v1'));
    expect(at('## Inputs and outputs')).toBeLessThan(at('## What a pull request sees'));
    // One placeholder, said to be one.
    expect(readme.match(/OWNER\/genz-action/g)?.length).toBeGreaterThanOrEqual(1);
    expect(readme).toContain('is the one placeholder');
    expect(readme).not.toContain('org/genz-action');
  });

  it('links only to documents that exist', () => {
    for (const [, target] of readme.matchAll(/\]\((docs\/[^)#]+)/g)) expect(existsSync(path.join(REPO_ROOT, target)), target).toBe(true);
  });

  it('starts with the two quick-start commands', () => {
    expect(readme).toContain('npm ci && npm run dry-run');
    expect(readme).toMatch(/^npm test\b/m);
  });
});
