import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { METRICS } from '../../src/metrics/definitions.js';
import { FEATURES } from '../../src/simulation/features.js';
import { REPO_ROOT } from '../support/reference.js';

// The README is documentation a person acts on: these checks keep it in step with the code.
const readme = readFileSync(path.join(REPO_ROOT, 'README.md'), 'utf8');

describe('README', () => {
  it('shows the example report exactly as `npm run dry-run` prints it', () => {
    const golden = readFileSync(path.join(REPO_ROOT, 'test/fixtures/pipeline/example-dry-run.md'), 'utf8');
    expect(readme).toContain(golden.trimEnd());
  });

  it('shows the example regression report exactly as `check` prints it', () => {
    const golden = readFileSync(path.join(REPO_ROOT, 'test/fixtures/pipeline/example-regression.md'), 'utf8');
    expect(readme).toContain(golden.trimEnd());
  });

  it('has a metrics table row for every metric with its key, unit and direction', () => {
    for (const m of METRICS) {
      expect(readme).toContain(`| ${m.label} | \`${m.key}\` | ${m.unit || '—'} | ${m.direction} | ${m.primary ? 'yes' : 'no'} |`);
    }
  });

  it('documents every feature', () => {
    for (const f of FEATURES) expect(readme).toContain(`\`${f.name}\``);
  });

  it('contains every ready-to-copy workflow verbatim', () => {
    const dir = path.join(REPO_ROOT, 'docs/workflows');
    const files = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.yml')) : [];
    expect(files.length).toBeGreaterThan(0);
    for (const f of files) expect(readme, f).toContain(readFileSync(path.join(dir, f), 'utf8').trimEnd());
  });

  it('starts with the two quick-start commands', () => {
    expect(readme).toContain('npm ci && npm run dry-run');
    expect(readme).toMatch(/^npm test\b/m);
  });
});
