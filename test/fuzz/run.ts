/** `npm run fuzz`: the long budget of the fuzz harness (10,000 manifest, 2,000 baseline and 2,000 artifact mutations). */
import { runFuzz } from './harness.js';

const scale = Number(process.env.GENZ_FUZZ_SCALE ?? 1);
const budget = { manifests: Math.round(10_000 * scale), baselines: Math.round(2_000 * scale), artifacts: Math.round(2_000 * scale) };
const start = Date.now();
let last = 0;
const result = await runFuzz({
  ...budget,
  onProgress: (kind, done, total) => {
    if (Date.now() - last > 10_000 || done === total) {
      last = Date.now();
      process.stderr.write(`${kind}: ${done}/${total} (${Math.round((Date.now() - start) / 1000)} s)\n`);
    }
  },
});
let bad = 0;
for (const [kind, c] of Object.entries(result)) {
  bad += c.crashes + c.hangs + c.writesOutside + c.badExitCodes + c.unlocated;
  const exits = Object.entries(c.byExit)
    .map(([k, v]) => `exit ${k}: ${v}`)
    .join(', ');
  console.log(
    `${kind.padEnd(9)} ${String(c.cases).padStart(6)} cases  crashes ${c.crashes}  hangs ${c.hangs}  writes outside ${c.writesOutside}  other exit codes ${c.badExitCodes}  unlocated input errors ${c.unlocated}  (${exits})`,
  );
  for (const f of c.failures.slice(0, 5)) console.log(`  ${f.split('\n')[0].slice(0, 300)}`);
}
console.log(`total ${Math.round((Date.now() - start) / 1000)} s`);
process.exitCode = bad === 0 ? 0 : 1;
