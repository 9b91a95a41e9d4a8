/**
 * Figures for the report's size: the comment of a generated 1,000-scenario sweep with 300 changes (150 worse,
 * 150 better) and 43 scenarios that do not fit, and of the README's example regression.
 *   npx tsx bench/measure-report.ts
 */
import { readFileSync } from 'node:fs';
import { fitComment } from '../src/report/render.js';
import { largeReport } from '../test/fixtures/report/reports.js';

for (const counts of [
  { unchanged: 700, regressed: 150, improved: 150 },
  { unchanged: 657, regressed: 150, improved: 150, unfit: 43 },
]) {
  const t = performance.now();
  const f = fitComment(largeReport(counts));
  const rows = f.markdown.split('\n').filter((l) => /^\| (🔴|🟢) \|/.test(l)).length;
  const more = /… and ([\d,]+) more changed scenarios/.exec(f.markdown)?.[1] ?? '0';
  console.log(
    `${JSON.stringify(counts)}: ${f.level}, ${f.markdown.length.toLocaleString('en-US')} chars, ${rows} overview rows + ${more} counted, ${(performance.now() - t).toFixed(0)} ms`,
  );
}
console.log(`README example regression: ${readFileSync('test/fixtures/pipeline/example-regression.md', 'utf8').length.toLocaleString('en-US')} chars`);
