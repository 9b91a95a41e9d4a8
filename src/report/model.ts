/**
 * What the renderers share: which section a scenario belongs to, how flagged scenarios rank by severity, which
 * metric rows a scenario shows and one-line descriptions of metric changes. Pure functions over a RunReport.
 */
import type { MetricDiff, MetricVerdict, ScenarioClassification, SloCheck } from '../baselines/diff.js';
import { METRIC_BY_KEY, type MetricKey } from '../metrics/definitions.js';
import { formatMetric, formatNumber, formatSignedPercent } from '../metrics/format.js';
import type { ResolvedName, RunReport, ScenarioReport } from './run-report.js';

/** The metrics every scenario table shows (when the scenario has them), in this order. */
export const KEY_METRICS: readonly MetricKey[] = [
  'ttft_ms', 'tpot_ms', 'e2e_ms', 'prefill_throughput_tps', 'decode_throughput_tps', 'total_throughput_tps',
];

/** A verdict other than 'equal' and 'within': the metric changed beyond its tolerance (or appeared/vanished). */
export function isChange(verdict: MetricVerdict): boolean {
  return verdict !== 'equal' && verdict !== 'within';
}

/** Whether a metric row counts towards `hasRegression` (the rule of src/baselines/diff.ts). */
export function countsAsRegression(m: MetricDiff, inputsChanged: boolean): boolean {
  if (m.verdict === 'regression') return true;
  return !inputsChanged && (m.verdict === 'changed' || m.verdict === 'missing');
}

/** Table rows of a scenario: the key metrics it has, then every other metric that changed (definition order). */
export function metricRows(metrics: readonly MetricDiff[]): MetricDiff[] {
  const byKey = new Map(metrics.map((m) => [m.key, m]));
  const rows: MetricDiff[] = [];
  for (const key of KEY_METRICS) {
    const m = byKey.get(key);
    if (m) rows.push(m);
  }
  for (const m of metrics) if (!KEY_METRICS.includes(m.key) && isChange(m.verdict)) rows.push(m);
  return rows;
}

// ---------------------------------------------------------------------------------------------------------------
// Sections

export type SectionName =
  | 'errors' | 'removed' | 'added' | 'regressions' | 'inputsChanged' | 'simulatorChanged' | 'improvements' | 'unchanged';

/**
 * The one section a scenario is listed in. Every scenario counted as a regression (`hasRegression`, also when its
 * inputs or the simulator changed) is under Regressions, so all of them are in one place with their reproduce
 * commands. SLO violations and regressions accepted in the PR are listed in their own sections in addition.
 */
export function sectionOf(s: ScenarioReport): SectionName {
  switch (s.classification) {
    case 'error': return 'errors';
    case 'removed': return 'removed';
    case 'new': return 'added';
    default: break;
  }
  if (s.hasRegression) return 'regressions';
  switch (s.classification) {
    case 'inputs_changed': return 'inputsChanged';
    case 'simulator_changed': return 'simulatorChanged';
    case 'improvement': return 'improvements';
    // 'mixed' and 'regression' always have hasRegression; listed defensively.
    case 'mixed': case 'regression': return 'regressions';
    default: return 'unchanged';
  }
}

/** Errors, regressions and SLO violations: what makes a check fail under the 'regression' policy. */
export function isFlagged(s: ScenarioReport): boolean {
  return s.classification === 'error' || s.hasRegression || s.sloViolated;
}

/** A regression accepted in the PR: its baseline was refreshed and the base branch's comparison regressed. */
export function hasAcceptedRegression(s: ScenarioReport): boolean {
  return s.accepted !== null && s.accepted.hasRegression;
}

// ---------------------------------------------------------------------------------------------------------------
// Severity

/** Magnitude of a regressed metric: |relDelta|, or Infinity when it has none (flipped boolean, vanished value). */
function magnitude(m: MetricDiff): number {
  return m.relDelta === null ? Number.POSITIVE_INFINITY : Math.abs(m.relDelta);
}

function worstMagnitude(s: ScenarioReport, primary: boolean): number {
  let worst = -1;
  if (!s.hasRegression) return worst;
  for (const m of s.metrics) if (m.primary === primary && countsAsRegression(m, s.inputsChanged)) worst = Math.max(worst, magnitude(m));
  return worst;
}

/** How far the worst violated SLO check is over its budget, as a fraction (Infinity for must_fit); -1 when none. */
function worstSlo(s: ScenarioReport): number {
  let worst = -1;
  for (const c of s.slo) {
    if (c.status !== 'violated') continue;
    worst = Math.max(worst, c.headroomPct === null ? Number.POSITIVE_INFINITY : -c.headroomPct);
  }
  return worst;
}

function tier(s: ScenarioReport): number {
  if (s.classification === 'error') return 0;
  if (s.hasRegression || s.sloViolated) return 1;
  return 2;
}

function byId(a: ScenarioReport, b: ScenarioReport): number {
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/**
 * Severity order (most severe first): errors; then scenarios with regressions or SLO violations by the largest
 * relative regression of a primary metric, then of a secondary metric, then by how far the worst SLO check is
 * over budget; then the rest. Ties by id, so the order never depends on the input order.
 */
export function compareSeverity(a: ScenarioReport, b: ScenarioReport): number {
  return tier(a) - tier(b)
    || worstMagnitude(b, true) - worstMagnitude(a, true)
    || worstMagnitude(b, false) - worstMagnitude(a, false)
    || worstSlo(b) - worstSlo(a)
    || byId(a, b);
}

/** Flagged scenarios (errors, regressions, SLO violations), most severe first. */
export function rankFlagged(scenarios: readonly ScenarioReport[]): ScenarioReport[] {
  return scenarios.filter(isFlagged).sort(compareSeverity);
}

/**
 * The metric row that best explains a scenario's regression: primary metrics first, then the largest relative
 * change; on (near) ties the first in definition order (TPOT before TPOT peak). null without `hasRegression`.
 */
export function worstRegression(s: Pick<ScenarioReport, 'metrics' | 'inputsChanged' | 'hasRegression'>): MetricDiff | null {
  if (!s.hasRegression) return null;
  let worst: MetricDiff | null = null;
  for (const m of s.metrics) {
    if (!countsAsRegression(m, s.inputsChanged)) continue;
    if (worst === null || (m.primary && !worst.primary) || (m.primary === worst.primary && magnitude(m) > magnitude(worst) * (1 + 1e-9))) worst = m;
  }
  return worst;
}

// ---------------------------------------------------------------------------------------------------------------
// Plain-text descriptions (callers escape them for their medium; labels and numbers are ours)

/** "TTFT +12.3%", "Fits in memory yes → no", "TPOT no value now", "KV cache 0 GB → 1.5 GB". */
export function describeChange(m: MetricDiff): string {
  if (m.verdict === 'new') return `${m.label} new (${formatMetric(m.key, m.current)})`;
  if (m.verdict === 'missing') return `${m.label} no value now (was ${formatMetric(m.key, m.baseline)})`;
  if (m.relDelta !== null && (m.verdict === 'regression' || m.verdict === 'improvement' || m.verdict === 'within')) {
    return `${m.label} ${formatSignedPercent(m.relDelta)}`;
  }
  return `${m.label} ${formatMetric(m.key, m.baseline)} → ${formatMetric(m.key, m.current)}`;
}

/** "TTFT 12.35 ms → 13.87 ms (+12.3%)". */
export function describeChangeFully(m: MetricDiff): string {
  const values = `${formatMetric(m.key, m.baseline)} → ${formatMetric(m.key, m.current)}`;
  if (m.verdict === 'new') return `${m.label} new: ${formatMetric(m.key, m.current)}`;
  if (m.verdict === 'missing') return `${m.label} no value now (was ${formatMetric(m.key, m.baseline)})`;
  return m.relDelta !== null ? `${m.label} ${values} (${formatSignedPercent(m.relDelta)})` : `${m.label} ${values}`;
}

/** A number with an explicit sign ("+1.5", "−20", "0"), the minus a true minus sign like formatSignedPercent. */
export function formatSigned(x: number): string {
  if (x === 0) return '0';
  return `${x > 0 ? '+' : '−'}${formatNumber(Math.abs(x))}`;
}

/** A signed metric delta with its unit ("+1.5 ms", "−120 tokens/s"). */
export function formatSignedMetric(key: MetricKey, x: number): string {
  const unit = METRIC_BY_KEY.get(key)?.unit ?? '';
  return unit ? `${formatSigned(x)} ${unit}` : formatSigned(x);
}

/** An SLO check as text: its budget ("TTFT ≤ 100 ms", "must fit in memory"). */
export function describeBudget(c: SloCheck): string {
  if (c.kind === 'must_fit') return 'must fit in memory';
  const label = METRIC_BY_KEY.get(c.metric)?.label ?? c.metric;
  return `${label} ${c.kind === 'max' ? '≤' : '≥'} ${formatMetric(c.metric, c.limit as number)}`;
}

/** "TTFT 123.4 ms, budget ≤ 100 ms (−23.4 ms, −23.4%)" / "does not fit in memory". */
export function describeViolation(c: SloCheck): string {
  if (c.kind === 'must_fit') return 'does not fit in memory (must_fit)';
  const label = METRIC_BY_KEY.get(c.metric)?.label ?? c.metric;
  const actual = typeof c.actual === 'number' ? formatMetric(c.metric, c.actual) : 'n/a';
  const headroom = c.headroom === null ? '' : `, headroom ${formatSignedMetric(c.metric, c.headroom)}${c.headroomPct === null ? '' : ` (${formatSignedPercent(c.headroomPct)})`}`;
  return `${label} ${actual}, budget ${c.kind === 'max' ? '≤' : '≥'} ${formatMetric(c.metric, c.limit as number)}${headroom}`;
}

/** "llama8b → Llama-3.1-8B" when the alias differs from the canonical name, else the name. */
export function describeName(n: ResolvedName | null): string {
  if (n === null) return '';
  return n.requested === n.resolved ? n.resolved : `${n.requested} → ${n.resolved}`;
}

/** "llama8b → Llama-3.1-8B on H100" (either side may be missing; '' when both are). */
export function describeTarget(s: Pick<ScenarioReport, 'model' | 'hardware'>): string {
  const model = describeName(s.model);
  const hardware = describeName(s.hardware);
  if (model && hardware) return `${model} on ${hardware}`;
  if (hardware) return `on ${hardware}`;
  return model;
}

// ---------------------------------------------------------------------------------------------------------------
// Counts

const CLASSIFICATION_ORDER: readonly ScenarioClassification[] = [
  'error', 'removed', 'new', 'inputs_changed', 'simulator_changed', 'mixed', 'regression', 'improvement', 'unchanged',
];
const CLASSIFICATION_LABEL: Readonly<Record<ScenarioClassification, [string, string]>> = {
  error: ['error', 'errors'],
  removed: ['removed', 'removed'],
  new: ['new', 'new'],
  inputs_changed: ['inputs changed', 'inputs changed'],
  simulator_changed: ['simulator changed', 'simulator changed'],
  mixed: ['mixed', 'mixed'],
  regression: ['regressed', 'regressed'],
  improvement: ['improved', 'improved'],
  unchanged: ['unchanged', 'unchanged'],
};

/** "3,000" */
export function formatCount(n: number): string {
  return n.toLocaleString('en-US');
}

/** "1 scenario", "3,000 scenarios"; the plural defaults to singular + "s". */
export function plural(n: number, singular: string, pluralForm = `${singular}s`): string {
  return `${formatCount(n)} ${n === 1 ? singular : pluralForm}`;
}

/** Non-zero classification counts in precedence order: ["1 error", "2 regressed", "7 unchanged"]. */
export function classificationCounts(report: Pick<RunReport, 'summary'>): string[] {
  const out: string[] = [];
  for (const c of CLASSIFICATION_ORDER) {
    const n = report.summary.counts[c] ?? 0;
    if (n > 0) out.push(`${formatCount(n)} ${CLASSIFICATION_LABEL[c][n === 1 ? 0 : 1]}`);
  }
  return out;
}

/** The human name of a classification ("inputs changed"). */
export function classificationLabel(c: ScenarioClassification): string {
  return CLASSIFICATION_LABEL[c][0];
}
