/**
 * Issue 9: the short fuzz budget of `npm test` (the long one is `npm run fuzz`). Fixed seed; the same harness.
 */
import { describe, expect, it } from 'vitest';
import { runFuzz } from './harness.js';

describe('fuzzing (short budget)', () => {
  it('mutated manifests, configs, baselines and artifacts: no crash, no hang, no write outside, located input errors', async () => {
    const r = await runFuzz({ manifests: 120, baselines: 45, artifacts: 150 });
    for (const c of Object.values(r)) {
      expect(c.failures).toEqual([]);
      expect(c.crashes + c.hangs + c.writesOutside + c.badExitCodes + c.unlocated).toBe(0);
    }
    // The mutations reach every outcome, not only refusals.
    expect(Object.keys(r.manifests.byExit).sort()).toEqual(['0', '1', '2']);
    expect(r.baselines.byExit[2]).toBeGreaterThan(0);
    expect(r.artifacts.byExit[2]).toBeGreaterThan(0);
  }, 300_000);
});
