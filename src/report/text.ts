/**
 * Plain-terminal renderings for the CLI: a check summary of a RunReport and the metrics table of `genz run`.
 * No colours, no Markdown; user strings are reduced to one line without control characters.
 */
import type { MetricValue } from '../baselines/file.js';
import { renderTable, type Column } from './table.js';
import { METRIC_BY_KEY, type MetricKey, type Metrics } from '../metrics/definitions.js';
import { formatBand, formatMetric, formatNumber } from '../metrics/format.js';
import { plainText } from './escape.js';
import {
  classificationCounts,
  classificationLabel,
  describeChange,
  describeName,
  describeTarget,
  describeViolation,
  hasAcceptedRegression,
  isChange,
  plural,
  rankFlagged,
  worstRegression,
} from './model.js';
import type { ResolvedName, RunReport, ScenarioReport } from '../run-report/contract.js';

const SUMMARY_METRICS: readonly MetricKey[] = ['ttft_ms', 'tpot_ms', 'e2e_ms', 'total_throughput_tps'];

function valueOf(s: ScenarioReport, key: MetricKey): MetricValue {
  if (s.current) return s.current[key];
  const row = s.metrics.find((m) => m.key === key);
  return row ? row.current : null;
}

function status(s: ScenarioReport): string {
  let text = classificationLabel(s.classification);
  if (s.hasRegression && s.classification !== 'regression' && s.classification !== 'mixed') text += ', worse';
  if (s.sloViolated) text += ', SLO';
  return text;
}

/** The change worth a column: the worst regression, else the largest other change (primary metrics first). */
function mainChange(s: ScenarioReport): string {
  const worst = worstRegression(s);
  if (worst) return describeChange(worst);
  if (s.classification === 'new' || s.classification === 'removed' || s.classification === 'error') return '';
  const changes = s.metrics.filter((m) => isChange(m.verdict));
  changes.sort((a, b) => Number(b.primary) - Number(a.primary) || Math.abs(b.relDelta ?? 0) - Math.abs(a.relDelta ?? 0));
  return changes.length > 0 ? describeChange(changes[0]) : '';
}

function cell(s: ScenarioReport, key: MetricKey): string {
  if (s.classification === 'removed' || s.classification === 'error') return '—';
  return formatMetric(key, valueOf(s, key));
}

function outcomeLine(report: RunReport): string {
  const p = report.policy;
  const reasons = p.reasonCount > 0 ? ` (${plural(p.reasonCount, 'reason')})` : '';
  return `fail-on ${p.failOn}: the check ${p.fail ? 'fails' : 'passes'}${reasons}`;
}

/**
 * A check summary for a terminal: verdict, counts, one row per scenario (status, model on hardware, current TTFT,
 * TPOT, E2E and total throughput, the main change), then SLO violations, errors, accepted regressions, reproduce
 * commands of flagged scenarios and the fail-on outcome.
 */
export function renderTextSummary(report: RunReport): string {
  const lines: string[] = [];
  const mark = report.policy.fail ? 'FAIL' : report.summary.status === 'clean' ? 'OK' : 'WARN';
  lines.push(`${mark}  ${plainText(report.verdict)}`);
  const extra = [
    report.summary.sloViolations > 0 ? plural(report.summary.sloViolations, 'SLO violation') : '',
    report.summary.withinTolerance > 0 ? `${plural(report.summary.withinTolerance, 'metric difference')} within tolerance` : '',
  ].filter(Boolean);
  lines.push(`${plural(report.summary.total, 'scenario')}: ${classificationCounts(report).join(', ')}${extra.length ? `; ${extra.join(', ')}` : ''}`);
  if (report.shard) lines.push(`shard ${report.shard.index} of ${report.shard.total}`);
  if (report.scenarios.length > 0) {
    const columns: Column[] = [
      { header: 'Scenario' },
      { header: 'Status' },
      { header: 'Model on hardware' },
      ...SUMMARY_METRICS.map((k): Column => ({ header: METRIC_BY_KEY.get(k)!.label, align: 'right' })),
      { header: 'Change' },
    ];
    const rows = report.scenarios.map((s) => [
      plainText(s.id),
      status(s),
      plainText(describeTarget(s)),
      ...SUMMARY_METRICS.map((k) => cell(s, k)),
      mainChange(s),
    ]);
    lines.push('', renderTable(columns, rows).trimEnd());
  }
  const section = (title: string, items: string[]): void => {
    if (items.length === 0) return;
    lines.push('', `${title}:`, ...items.map((i) => `  ${i}`));
  };
  section(
    'SLO violations',
    report.scenarios.flatMap((s) => s.slo.filter((c) => c.status === 'violated').map((c) => `${plainText(s.id)}: ${describeViolation(c)}`)),
  );
  section(
    'Errors',
    report.scenarios.filter((s) => s.classification === 'error').map((s) => `${plainText(s.id)}: ${plainText(s.error ?? 'unknown error')}`),
  );
  section(
    'Regressions accepted in this pull request by refreshing baselines',
    report.scenarios.filter(hasAcceptedRegression).map((s) => {
      const accepted = s.accepted!;
      const worst = worstRegression({ metrics: accepted.metrics, inputsChanged: accepted.classification === 'inputs_changed', hasRegression: true });
      return `${plainText(s.id)}${worst ? `: ${describeChange(worst)}` : ''}`;
    }),
  );
  section(
    'Changed inputs',
    report.scenarios.filter((s) => s.inputsChanged).map((s) => `${plainText(s.id)}: ${s.changedInputs.map(plainText).join(', ')}`),
  );
  section(
    'Reproduce',
    rankFlagged(report.scenarios).map((s) => `${plainText(s.id)}: ${plainText(s.reproduce)}`),
  );
  lines.push('', outcomeLine(report));
  return `${lines.join('\n')}\n`;
}

// ---------------------------------------------------------------------------------------------------------------
// genz run

export interface RunTableRow {
  id: string;
  /** The model (a name, or the resolved name with what was requested). */
  model: string | ResolvedName | null;
  hardware: string | ResolvedName | null;
  /** null when the scenario could not run. */
  metrics: Partial<Metrics> | null;
  /** Why the scenario could not run; an Error column appears when some row has one. */
  error?: string | null;
  /** Calibrated runs: error band (fraction) per absolute metric, shown as "±14%" after the value. */
  bands?: Partial<Record<MetricKey, number>> | null;
}

const RUN_COLUMNS: ReadonlyArray<{ key: MetricKey; header: string }> = [
  { key: 'ttft_ms', header: 'TTFT' },
  { key: 'tpot_ms', header: 'TPOT' },
  { key: 'e2e_ms', header: 'E2E' },
  { key: 'prefill_throughput_tps', header: 'Prefill' },
  { key: 'decode_throughput_tps', header: 'Decode' },
  { key: 'total_throughput_tps', header: 'Total' },
  { key: 'total_memory_gb', header: 'Memory' },
  { key: 'fits_in_memory', header: 'Fits' },
];

const SERVING_COLUMNS: ReadonlyArray<{ key: MetricKey; header: string }> = [
  { key: 'ttft_p99_ms', header: 'p99 TTFT' },
  { key: 'tpot_p99_ms', header: 'p99 TPOT' },
  { key: 'goodput_rps', header: 'Goodput' },
  { key: 'max_rate_qps', header: 'Max rate' },
];

function nameCell(n: string | ResolvedName | null): string {
  if (n === null) return '—';
  return plainText(typeof n === 'string' ? n : describeName(n));
}

function runCell(key: MetricKey, metrics: Partial<Metrics> | null, bands?: Partial<Record<MetricKey, number>> | null): string {
  if (metrics === null) return '—';
  const v = metrics[key];
  if (v === undefined || v === null) return 'n/a';
  if (typeof v === 'boolean') return v ? 'yes' : 'no';
  const band = bands?.[key];
  return band === undefined ? formatNumber(v) : `${formatNumber(v)} ${formatBand(band)}`;
}

/**
 * The metrics table of `genz run`: one row per scenario, numbers right-aligned with the unit in the header
 * ("TTFT (ms)"); "n/a" for a metric undefined in the scenario's mode, "—" when the scenario could not run (then
 * an Error column gives the reason, when rows carry one).
 */
export function renderRunTable(scenarios: readonly RunTableRow[]): string {
  // Chunked-prefill scenarios have no TTFT/TPOT; their own figure gets a column when one is present.
  const withChunks = scenarios.some((s) => typeof s.metrics?.chunk_latency_ms === 'number');
  const staticColumns = withChunks ? [...RUN_COLUMNS.slice(0, 3), { key: 'chunk_latency_ms' as const, header: 'Chunk' }, ...RUN_COLUMNS.slice(3)] : RUN_COLUMNS;
  // Serving scenarios (docs/serving.md): their percentiles, goodput and max rate, when one is present.
  const withServing = scenarios.some((s) => typeof s.metrics?.ttft_p99_ms === 'number');
  const metricColumns = withServing ? [...staticColumns, ...SERVING_COLUMNS] : staticColumns;
  const columns: Column[] = [
    { header: 'Scenario' },
    { header: 'Model' },
    { header: 'Hardware' },
    ...metricColumns.map(({ key, header }): Column => {
      const unit = METRIC_BY_KEY.get(key)?.unit ?? '';
      return { header: unit ? `${header} (${unit})` : header, align: 'right' };
    }),
  ];
  const withErrors = scenarios.some((s) => s.error);
  if (withErrors) columns.push({ header: 'Error' });
  const rows = scenarios.map((s) => [
    plainText(s.id),
    nameCell(s.model),
    nameCell(s.hardware),
    ...metricColumns.map(({ key }) => runCell(key, s.metrics, s.bands)),
    ...(withErrors ? [plainText(s.error ?? '')] : []),
  ]);
  return renderTable(columns, rows);
}
