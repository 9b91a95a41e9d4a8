/**
 * Capacity within SLO budgets: the largest batch and the longest input that still meet every budget of a
 * scenario, found by search over the simulator (the other inputs as the scenario has them).
 *
 * The search probes powers of two up to a limit, then bisects between the largest power that meets the budgets
 * and the next one. It assumes that, above the smallest size meeting them, growing the batch or the input only
 * makes latencies worse (true of the roofline model: every operator's time grows with M, N and the context).
 * A size that cannot run (does not fit, invalid for the parallelism) misses the budgets.
 */
import { checkSlo, type SloBudgets } from '../baselines/diff.js';
import type { CapacityWithinSlo } from '../run-report/contract.js';
import { type NormalizedConfig, type SimulationResult, simulateNormalized } from '../simulation/index.js';

export const CAPACITY_LIMITS = { batch: 4096, input_tokens: 131_072 } as const;

/** The first budget a size misses, or null when it meets all. */
function missed(config: NormalizedConfig, budgets: SloBudgets): string | null {
  let result: SimulationResult;
  try {
    result = simulateNormalized(config);
  } catch {
    return 'invalid';
  }
  if (result.status !== 'ok' || !result.metrics) return result.error?.kind === 'does_not_fit' ? 'must_fit' : (result.error?.kind ?? 'error');
  for (const c of checkSlo(result.metrics, budgets)) if (c.status === 'violated') return c.budget;
  return null;
}

/** The largest n in [1, limit] meeting the budgets (0 when none does), and the budget that stops it. */
function largest(limit: number, probe: (n: number) => string | null): { value: number; binding: string | null } {
  let good = 0;
  let stop: string | null = null;
  let bad = 0;
  for (let n = 1; n <= limit; n *= 2) {
    const m = probe(n);
    if (m === null) good = n;
    else if (good > 0) {
      bad = n;
      stop = m;
      break;
    } else {
      stop ??= m;
      // Larger sizes only need more memory.
      if (m === 'must_fit') break;
    }
  }
  if (good === 0) return { value: 0, binding: stop };
  if (bad === 0) {
    if (good === limit) return { value: limit, binding: null };
    const m = probe(limit);
    if (m === null) return { value: limit, binding: null };
    bad = limit;
    stop = m;
  }
  while (bad - good > 1) {
    const mid = Math.floor((good + bad) / 2);
    const m = probe(mid);
    if (m === null) good = mid;
    else {
      bad = mid;
      stop = m;
    }
  }
  return { value: good, binding: stop };
}

/**
 * Capacity of a scenario with budgets; null without budgets, for chunked-prefill scenarios, and for serving
 * scenarios (their capacity is max_rate_qps, docs/serving.md).
 */
export function capacityWithinSlo(config: NormalizedConfig, budgets: SloBudgets | null | undefined): CapacityWithinSlo | null {
  if (!budgets || Object.keys(budgets).length === 0 || config.mode === 'chunked' || config.serving !== undefined) return null;
  const base = { ...config, notes: [] };
  const batch = largest(CAPACITY_LIMITS.batch, (b) => missed({ ...base, workload: { ...base.workload, batch: b } }, budgets));
  const input = largest(CAPACITY_LIMITS.input_tokens, (i) => missed({ ...base, workload: { ...base.workload, input_tokens: i } }, budgets));
  return {
    max_batch_within_slo: batch.value,
    max_input_tokens_within_slo: input.value,
    limits: { ...CAPACITY_LIMITS },
    binding: { batch: batch.binding, input_tokens: input.binding },
  };
}
