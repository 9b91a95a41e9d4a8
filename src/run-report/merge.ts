/**
 * Combining RunReports of one run (the shards of a matrix) into the report one job would have written. The
 * action's `mode: merge` checks the shards belong together (src/action/merge.ts) and then calls this.
 */
import type { RunReport, ScenarioReport } from './contract.js';
import { finalizeReport } from './finalize.js';

/**
 * One report from `parts` with the scenarios in `order` (every id exactly once across the parts; throws
 * otherwise). Tool, runtime, project and policy come from the first part; derived fields are recomputed.
 */
export function mergeRunReports(parts: readonly RunReport[], order: readonly string[]): RunReport {
  if (parts.length === 0) throw new Error('no reports to merge');
  const byId = new Map<string, ScenarioReport>();
  for (const p of parts) {
    for (const s of p.scenarios) {
      if (byId.has(s.id)) throw new Error(`scenario ${JSON.stringify(s.id)} is in two reports`);
      byId.set(s.id, s);
    }
  }
  if (byId.size !== order.length) throw new Error(`the reports hold ${byId.size} scenarios, the run ${order.length}`);
  const scenarios = order.map((id) => {
    const s = byId.get(id);
    if (!s) throw new Error(`no report holds scenario ${JSON.stringify(id)}`);
    return s;
  });
  const first = parts[0];
  return finalizeReport({ ...first, policy: { failOn: first.policy.failOn }, scenarios, shard: null });
}
