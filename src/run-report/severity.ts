/**
 * Severity: which scenarios are flagged, how they rank, and the one definition of "the worst regression" of a
 * scenario and of a run. The verdict line, the report's section order, the short report, the terminal summary
 * and the annotations all use these functions, so they agree.
 */
import { countsAsRegression, type MetricDiff, type MetricVerdict } from '../baselines/diff.js';
import type { ScenarioReport } from './contract.js';

export { countsAsRegression };

/** A verdict other than 'equal' and 'within': the metric changed beyond its tolerance (or appeared/vanished). */
export function isChange(verdict: MetricVerdict): boolean {
  return verdict !== 'equal' && verdict !== 'within';
}

/** Errors, regressions and SLO violations: what makes a check fail under the 'regression' policy. */
export function isFlagged(s: Pick<ScenarioReport, 'classification' | 'hasRegression' | 'sloViolated'>): boolean {
  return s.classification === 'error' || s.hasRegression || s.sloViolated;
}

/** A regression accepted in the PR: its baseline was refreshed and the base branch's comparison regressed. */
export function hasAcceptedRegression(s: Pick<ScenarioReport, 'accepted'>): boolean {
  return s.accepted !== null && s.accepted !== undefined && s.accepted.hasRegression;
}

/** Magnitude of a regressed metric: |relDelta|, or Infinity when it has none (flipped boolean, vanished value). */
function magnitude(m: MetricDiff): number {
  return m.relDelta === null ? Number.POSITIVE_INFINITY : Math.abs(m.relDelta);
}

type Regressed = Pick<ScenarioReport, 'metrics' | 'inputsChanged' | 'hasRegression'>;

function worstMagnitude(s: Regressed, primary: boolean): number {
  let worst = -1;
  if (!s.hasRegression) return worst;
  for (const m of s.metrics) if (m.primary === primary && countsAsRegression(m, s.inputsChanged)) worst = Math.max(worst, magnitude(m));
  return worst;
}

/** How far the worst violated SLO check is over its budget, as a fraction (Infinity for must_fit); -1 when none. */
function worstSlo(s: Pick<ScenarioReport, 'slo'>): number {
  let worst = -1;
  for (const c of s.slo) {
    if (c.status !== 'violated') continue;
    worst = Math.max(worst, c.headroomPct === null ? Number.POSITIVE_INFINITY : -c.headroomPct);
  }
  return worst;
}

type Ranked = Pick<ScenarioReport, 'id' | 'classification' | 'hasRegression' | 'sloViolated' | 'metrics' | 'inputsChanged' | 'slo'>;

function tier(s: Ranked): number {
  if (s.classification === 'error') return 0;
  if (s.hasRegression || s.sloViolated) return 1;
  return 2;
}

/**
 * Severity order (most severe first): errors; then scenarios with regressions or SLO violations by the largest
 * relative regression of a primary metric, then of a secondary metric, then by how far the worst SLO check is
 * over budget; then the rest. Ties by id, so the order never depends on the input order.
 */
export function compareSeverity(a: Ranked, b: Ranked): number {
  return (
    tier(a) - tier(b) ||
    worstMagnitude(b, true) - worstMagnitude(a, true) ||
    worstMagnitude(b, false) - worstMagnitude(a, false) ||
    worstSlo(b) - worstSlo(a) ||
    (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
  );
}

/** Flagged scenarios (errors, regressions, SLO violations), most severe first. */
export function rankFlagged<T extends Ranked>(scenarios: readonly T[]): T[] {
  return scenarios.filter(isFlagged).sort(compareSeverity);
}

/**
 * The worst regression of a scenario: the metric row that best explains it. Primary metrics first, then the
 * largest relative change (a flipped or vanished value counts as infinite); on (near) ties the first in
 * definition order (TPOT before TPOT peak). null without `hasRegression`.
 */
export function worstRegression(s: Regressed): MetricDiff | null {
  if (!s.hasRegression) return null;
  let worst: MetricDiff | null = null;
  for (const m of s.metrics) {
    if (!countsAsRegression(m, s.inputsChanged)) continue;
    if (worst === null || (m.primary && !worst.primary) || (m.primary === worst.primary && magnitude(m) > magnitude(worst) * (1 + 1e-9))) worst = m;
  }
  return worst;
}

/**
 * The worst regression of a run: that of the most severe scenario with a regression (the first the report
 * lists under Regressions), or null when none regressed.
 */
export function worstRegressionOfRun<T extends Ranked>(scenarios: readonly T[]): { scenario: T; metric: MetricDiff } | null {
  const regressed = scenarios.filter((s) => s.hasRegression && s.classification !== 'removed' && s.classification !== 'error').sort(compareSeverity);
  for (const s of regressed) {
    const metric = worstRegression(s);
    if (metric) return { scenario: s, metric };
  }
  return null;
}
