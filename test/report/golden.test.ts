/**
 * Golden Markdown reports, compared byte for byte. After an intended change to the template or the renderer,
 * regenerate with `UPDATE_GOLDEN=1 npx vitest run test/report` and review the diff of test/fixtures/report/golden/.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '../../src/report/render.js';
import type { RunReport } from '../../src/run-report/index.js';
import { cleanReport, everythingReport, oneRegressionReport } from '../fixtures/report/reports.js';

const GOLDEN = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../fixtures/report/golden');
const UPDATE = process.env.UPDATE_GOLDEN === '1';

const CASES: ReadonlyArray<[string, () => RunReport]> = [
  ['clean', cleanReport],
  ['one-regression', oneRegressionReport],
  ['everything', everythingReport],
];

describe('golden Markdown reports', () => {
  for (const [name, build] of CASES) {
    it(`${name}.md`, () => {
      const file = path.join(GOLDEN, `${name}.md`);
      const markdown = renderMarkdown(build());
      if (UPDATE) {
        mkdirSync(GOLDEN, { recursive: true });
        writeFileSync(file, markdown);
      }
      expect(existsSync(file), `${file} is missing: run UPDATE_GOLDEN=1 npx vitest run test/report`).toBe(true);
      const expected = readFileSync(file, 'utf8');
      // Byte for byte; on failure the diff shows where.
      expect(markdown).toBe(expected);
    });
  }
});
