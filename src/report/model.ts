/**
 * What the renderers share: which section a scenario belongs to, how flagged scenarios rank by severity, which
 * metric rows a scenario shows and one-line descriptions of metric changes. Pure functions over a RunReport.
 */
import { type MetricDiff, SCENARIO_CLASSIFICATIONS, type ScenarioClassification, type SloCheck } from '../baselines/diff.js';
import { METRIC_BY_KEY, type MetricKey } from '../metrics/definitions.js';
import { formatMetric, formatNumber, formatSignedPercent, formatBand } from '../metrics/format.js';
import type { ResolvedName, RunReport, ScenarioReport } from '../run-report/contract.js';
import { isChange } from '../run-report/severity.js';
import { formatCount } from '../number-format.js';

// Severity and the worst regression have one definition, in src/run-report/severity.ts.
export {
  compareSeverity,
  countsAsRegression,
  hasAcceptedRegression,
  isChange,
  isFlagged,
  rankFlagged,
  worstRegression,
} from '../run-report/severity.js';

/** The metrics every scenario table shows (when the scenario has them), in this order. */
export const KEY_METRICS: readonly MetricKey[] = ['ttft_ms', 'tpot_ms', 'e2e_ms', 'prefill_throughput_tps', 'decode_throughput_tps', 'total_throughput_tps'];

/** Metrics the per-scenario tables leave out: they restate the total throughput (still in the JSON report). */
export const RESTATED_METRICS: readonly MetricKey[] = ['tokens_per_ms', 'ms_per_token'];

/**
 * Table rows of a scenario: the key metrics it has, then every other metric that changed (definition order),
 * without the ones that restate another (RESTATED_METRICS).
 */
export function metricRows(metrics: readonly MetricDiff[]): MetricDiff[] {
  const byKey = new Map(metrics.map((m) => [m.key, m]));
  const rows: MetricDiff[] = [];
  for (const key of KEY_METRICS) {
    const m = byKey.get(key);
    if (m) rows.push(m);
  }
  for (const m of metrics) if (!KEY_METRICS.includes(m.key) && !RESTATED_METRICS.includes(m.key) && isChange(m.verdict)) rows.push(m);
  return rows;
}

// ---------------------------------------------------------------------------------------------------------------
// Sections

export type SectionName = 'errors' | 'removed' | 'added' | 'regressions' | 'inputsChanged' | 'simulatorChanged' | 'improvements' | 'unchanged';

/**
 * The one section a scenario is listed in. Every scenario counted as a regression (`hasRegression`, also when its
 * inputs or the simulator changed) is under Regressions, so all of them are in one place with their reproduce
 * commands. SLO violations and regressions accepted in the PR are listed in their own sections in addition.
 */
export function sectionOf(s: ScenarioReport): SectionName {
  switch (s.classification) {
    case 'error':
      return 'errors';
    case 'removed':
      return 'removed';
    case 'new':
      return 'added';
    default:
      break;
  }
  if (s.hasRegression) return 'regressions';
  switch (s.classification) {
    case 'inputs_changed':
      return 'inputsChanged';
    case 'simulator_changed':
      return 'simulatorChanged';
    case 'improvement':
      return 'improvements';
    // 'mixed' and 'regression' always have hasRegression; listed defensively.
    case 'mixed':
    case 'regression':
      return 'regressions';
    default:
      return 'unchanged';
  }
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
  const budget = `${label} ${c.kind === 'max' ? '≤' : '≥'} ${formatMetric(c.metric, c.limit as number)}`;
  // Calibrated runs: a passing check whose limit lies inside the error band is not a safe pass.
  if (c.atRisk && typeof c.actual === 'number') return `${budget} ⚠️ at risk (${formatMetric(c.metric, c.actual)} ${formatBand(c.band)})`;
  return budget;
}

/** "TTFT 123.4 ms, budget ≤ 100 ms (−23.4 ms, −23.4%)" / "does not fit in memory". */
export function describeViolation(c: SloCheck): string {
  if (c.kind === 'must_fit') return 'does not fit in memory (must_fit)';
  const label = METRIC_BY_KEY.get(c.metric)?.label ?? c.metric;
  const actual = typeof c.actual === 'number' ? formatMetric(c.metric, c.actual) : 'n/a';
  const headroom =
    c.headroom === null
      ? ''
      : `, headroom ${formatSignedMetric(c.metric, c.headroom)}${c.headroomPct === null ? '' : ` (${formatSignedPercent(c.headroomPct)})`}`;
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
export { formatCount };

/** "1 scenario", "3,000 scenarios"; the plural defaults to singular + "s". */
export function plural(n: number, singular: string, pluralForm = `${singular}s`): string {
  return `${formatCount(n)} ${n === 1 ? singular : pluralForm}`;
}

/** Non-zero classification counts in precedence order: ["1 error", "2 regressed", "7 unchanged"]. */
export function classificationCounts(report: Pick<RunReport, 'summary'>): string[] {
  const out: string[] = [];
  for (const c of SCENARIO_CLASSIFICATIONS) {
    const n = report.summary.counts[c] ?? 0;
    if (n > 0) out.push(`${formatCount(n)} ${CLASSIFICATION_LABEL[c][n === 1 ? 0 : 1]}`);
  }
  return out;
}

/** The human name of a classification ("inputs changed"). */
export function classificationLabel(c: ScenarioClassification): string {
  return CLASSIFICATION_LABEL[c][0];
}

// ---------------------------------------------------------------------------------------------------------------
// Inputs changed

const INPUT_LABELS: Readonly<Record<string, string>> = {
  'parallelism.tensor': 'TP',
  'parallelism.pipeline': 'PP',
  'parallelism.expert': 'EP',
  'workload.batch': 'batch',
  'workload.input_tokens': 'input tokens',
  'workload.output_tokens': 'output tokens',
  'workload.beam': 'beam',
};

function inputValue(v: unknown): string {
  if (v === undefined || v === null) return 'none';
  if (typeof v === 'string') return v;
  if (typeof v === 'number') return formatNumber(v);
  if (typeof v === 'boolean') return v ? 'on' : 'off';
  return 'set';
}

function inputLabel(p: string): string {
  if (INPUT_LABELS[p]) return INPUT_LABELS[p];
  const spec = /^(model|hardware)\.spec\.(.+)$/.exec(p);
  if (spec) return `${spec[1]} ${spec[2]}`;
  const feature = /^features\.(.+?)(?:\.enabled)?$/.exec(p);
  if (feature) return feature[1].replace(/_/g, ' ');
  return p;
}

/**
 * Changed inputs as "batch 16 → 32", "precision bf16 → fp8", "model A → B" (a model or hardware swap is one
 * change, not one per field of its spec). Plain text: callers escape it. Falls back to the paths alone.
 */
export function describeInputChanges(s: Pick<ScenarioReport, 'changedInputs' | 'inputChanges'>): string[] {
  const changes = s.inputChanges ?? [];
  if (changes.length === 0) return s.changedInputs.slice();
  const swapped = new Set<string>();
  const out: string[] = [];
  for (const side of ['model', 'hardware'] as const) {
    const named = changes.find((c) => c.path === `${side}.name`);
    if (named) {
      swapped.add(side);
      out.push(`${side} ${inputValue(named.baseline)} → ${inputValue(named.current)}`);
    }
  }
  for (const c of changes) {
    const root = c.path.split(/[.[]/)[0];
    if (swapped.has(root)) continue;
    if (/^(model|hardware)\.(source|spec\.(model|system_name))$/.test(c.path)) continue;
    const b = c.baseline;
    const a = c.current;
    const isObj = (v: unknown) => typeof v === 'object' && v !== null;
    if (isObj(b) || isObj(a))
      out.push(`${inputLabel(c.path)} ${b === null || b === undefined ? 'off → on' : a === null || a === undefined ? 'on → off' : 'changed'}`);
    else out.push(`${inputLabel(c.path)} ${inputValue(b)} → ${inputValue(a)}`);
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------------------
// Why it moved

const BOUND_WORDS: Readonly<Record<string, string>> = { compute: 'compute-bound', memory: 'memory-bandwidth-bound', interconnect: 'interconnect-bound' };

/**
 * One plain-text line per explained primary metric: "TTFT +100.0%: batch 16 → 32; prefill is compute-bound;
 * FFN/experts 64%, attention 31% of the change". Shares below 5% are left out.
 */
export function describeWhy(s: Pick<ScenarioReport, 'why' | 'changedInputs' | 'inputChanges' | 'inputsChanged'>): string[] {
  const causes = s.inputsChanged ? describeInputChanges(s).slice(0, 3) : [];
  return (s.why ?? []).map((w) => {
    const parts: string[] = [];
    if (causes.length > 0) parts.push(causes.join(', '));
    const bounds = w.bounds.map((b) => `${b.phase} is ${BOUND_WORDS[b.bound] ?? b.bound}`);
    if (bounds.length > 0) parts.push(bounds.join(', '));
    const phases = new Set(w.shares.map((x) => x.phase));
    const shares = w.shares
      .filter((x) => Math.abs(x.share) >= 0.05)
      .slice(0, 3)
      .map((x) => `${phases.size > 1 ? `${x.phase} ` : ''}${x.group} ${Math.round(x.share * 100)}%`);
    if (shares.length > 0) parts.push(`${shares.join(', ')} of the change`);
    const change = w.relDelta === null ? w.label : `${w.label} ${formatSignedPercent(w.relDelta)}`;
    return parts.length > 0 ? `${change}: ${parts.join('; ')}` : change;
  });
}
