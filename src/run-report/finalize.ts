/**
 * Finalizing a RunReport: the derived fields (summary, fail-on policy and its reasons, the verdict line) computed
 * from the scenario diffs, the same way by every mode (the pipeline, `mode: post` from an artifact, `mode: merge`
 * from shard reports). Nothing here trusts a derived field it is given.
 */
import { evaluatePolicy, summarize, type DiffSummary, type FailOnPolicy, type MetricDiff } from '../baselines/diff.js';
import { formatMetric, formatSignedPercent } from '../metrics/format.js';
import { POLICY_REASONS_LISTED, type RunReport, type ScenarioReport } from './contract.js';
import { worstRegressionOfRun } from './severity.js';
import { formatCount } from '../number-format.js';

/** A RunReport without its derived fields. */
export type RunReportDraft = Omit<RunReport, 'summary' | 'verdict' | 'policy'> & { policy: { failOn: FailOnPolicy } };

const count = (n: number, singular: string, pluralForm = `${singular}s`): string => `${formatCount(n)} ${n === 1 ? singular : pluralForm}`;

/** "TTFT +100.0%", "Fits in memory yes → no", "TPOT no value now". */
export function describeRegression(m: MetricDiff): string {
  if (m.verdict === 'missing') return `${m.label} no value now`;
  if (m.relDelta !== null) return `${m.label} ${formatSignedPercent(m.relDelta)}`;
  return `${m.label} ${formatMetric(m.key, m.baseline)} → ${formatMetric(m.key, m.current)}`;
}

/** The one-line verdict a reviewer reads first. */
export function verdictLine(summary: DiffSummary, scenarios: readonly ScenarioReport[]): string {
  const n = count(summary.total, 'scenario');
  if (summary.errors > 0) return `${formatCount(summary.errors)} of ${n} could not run`;
  if (summary.regressions > 0 || summary.sloViolations > 0) {
    const parts = [];
    if (summary.regressions > 0) parts.push(count(summary.regressions, 'regression'));
    if (summary.sloViolations > 0) parts.push(count(summary.sloViolations, 'SLO violation'));
    const worst = worstRegressionOfRun(scenarios);
    return `${parts.join(' and ')} in ${n}${worst ? ` (worst: ${describeRegression(worst.metric)} on ${worst.scenario.id})` : ''}`;
  }
  if (summary.changed > 0) return `${formatCount(summary.changed)} of ${n} changed, none worse`;
  return `No performance changes in ${n}`;
}

/** The report with summary, policy and verdict computed from its scenarios. */
export function finalizeReport(draft: RunReportDraft): RunReport {
  const summary = summarize(draft.scenarios);
  const failOn = draft.policy.failOn;
  const policy = evaluatePolicy(draft.scenarios, failOn, POLICY_REASONS_LISTED);
  return {
    schema: draft.schema,
    tool: draft.tool,
    runtime: draft.runtime,
    project: draft.project,
    policy: { failOn, fail: policy.fail, reasons: policy.reasons, reasonCount: policy.count },
    summary,
    verdict: verdictLine(summary, draft.scenarios),
    scenarios: draft.scenarios,
    shard: draft.shard,
  };
}
