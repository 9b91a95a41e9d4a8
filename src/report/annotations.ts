/**
 * GitHub annotations for flagged scenarios, pointing at the scenario in its manifest.
 *
 *  - error:   regressions (hasRegression, whatever the classification), SLO violations, scenarios that could not run;
 *  - warning: changed inputs, new, removed, improved and simulator-changed scenarios with metric changes, and
 *             regressions accepted in the pull request by refreshing baselines;
 *  - notice:  one, when some were left out: GitHub shows at most 10 error and 10 warning annotations per step.
 *
 * Errors rank by severity (scenarios that could not run, then by the largest relative regression of a primary
 * metric; see compareSeverity), warnings by classification then id. Titles and messages are plain text.
 */
import type { ScenarioClassification } from '../baselines/diff.js';
import { plainText } from './escape.js';
import {
  compareSeverity,
  countsAsRegression,
  describeChangeFully,
  describeTarget,
  describeViolation,
  hasAcceptedRegression,
  isChange,
  isFlagged,
  plural,
} from './model.js';
import type { RunReport, ScenarioReport } from '../run-report/contract.js';

export interface Annotation {
  level: 'error' | 'warning' | 'notice';
  /** Repo-relative manifest path; null when unknown (the annotation then has no location). */
  file: string | null;
  line: number | null;
  column: number | null;
  title: string;
  message: string;
}

export interface AnnotationLimits {
  /** At most this many error annotations (GitHub shows 10 per step). */
  maxErrors?: number;
  /** At most this many warning annotations (GitHub shows 10 per step). */
  maxWarnings?: number;
}

/** How many metric changes a message lists. */
const MAX_CHANGES = 4;

const WARNING_ORDER: readonly ScenarioClassification[] = [
  'inputs_changed',
  'removed',
  'new',
  'simulator_changed',
  'improvement',
  'mixed',
  'regression',
  'unchanged',
  'error',
];

function isWarning(s: ScenarioReport): boolean {
  if (isFlagged(s)) return false;
  switch (s.classification) {
    case 'inputs_changed':
    case 'new':
    case 'removed':
    case 'improvement':
      return true;
    case 'simulator_changed':
      return s.hasMetricChanges;
    default:
      return hasAcceptedRegression(s);
  }
}

function compareWarnings(a: ScenarioReport, b: ScenarioReport): number {
  return WARNING_ORDER.indexOf(a.classification) - WARNING_ORDER.indexOf(b.classification) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

function location(s: ScenarioReport): Pick<Annotation, 'file' | 'line' | 'column'> {
  return { file: s.manifest, line: s.manifest ? s.line : null, column: s.manifest && s.line !== null ? s.column : null };
}

function changeLines(s: ScenarioReport, regressionsOnly: boolean): string[] {
  const rows = s.metrics.filter((m) => (regressionsOnly ? countsAsRegression(m, s.inputsChanged) : isChange(m.verdict)));
  // Primary metrics first, then the definition order.
  rows.sort((a, b) => Number(b.primary) - Number(a.primary));
  const lines = rows.slice(0, MAX_CHANGES).map(describeChangeFully);
  if (rows.length > MAX_CHANGES) lines.push(`… and ${plural(rows.length - MAX_CHANGES, 'more metric')}`);
  return lines;
}

function header(s: ScenarioReport): string {
  const target = describeTarget(s);
  return target ? `${plainText(s.id)} (${plainText(target)})` : plainText(s.id);
}

function errorAnnotation(s: ScenarioReport): Annotation {
  const id = plainText(s.id);
  const lines: string[] = [];
  let title: string;
  if (s.classification === 'error') {
    title = `Scenario could not run: ${id}`;
    lines.push(`${header(s)} could not run: ${plainText(s.error ?? 'unknown error')}`);
  } else {
    title = s.hasRegression ? `Performance regression: ${id}` : `SLO violated: ${id}`;
    lines.push(`${header(s)}${s.hasRegression ? ` regressed${s.inputsChanged ? ' (its inputs changed too)' : ''}` : ''}:`);
    if (s.hasRegression) lines.push(...changeLines(s, true));
    for (const c of s.slo) if (c.status === 'violated') lines.push(`SLO violated: ${describeViolation(c)}`);
  }
  lines.push(`Reproduce: ${plainText(s.reproduce)}`);
  return { level: 'error', ...location(s), title, message: lines.join('\n') };
}

function warningAnnotation(s: ScenarioReport): Annotation {
  const id = plainText(s.id);
  const lines: string[] = [];
  let title: string;
  if (s.classification === 'new') {
    title = `New scenario without a baseline: ${id}`;
    lines.push(`${header(s)} has no baseline yet; refresh the baselines to record it.`);
  } else if (s.classification === 'removed') {
    title = `Removed scenario: ${id}`;
    lines.push(`${header(s)} no longer exists but its baseline entry remains; refresh the baselines to delete it.`);
  } else if (s.classification === 'inputs_changed') {
    title = `Inputs changed: ${id}`;
    lines.push(`${header(s)}: inputs differ from the baseline (${s.changedInputs.map(plainText).join(', ') || 'unknown fields'}).`);
    lines.push(...changeLines(s, false));
  } else if (s.classification === 'simulator_changed') {
    title = `Simulator changed: ${id}`;
    lines.push(`${header(s)}: simulator ${plainText(s.baselineSimulator)} → ${plainText(s.currentSimulator)}.`);
    lines.push(...changeLines(s, false));
  } else if (s.classification === 'improvement') {
    title = `Performance improvement: ${id}`;
    lines.push(`${header(s)} improved; refresh the baselines to lock it in:`);
    lines.push(...changeLines(s, false));
  } else {
    title = `Regression accepted in this pull request: ${id}`;
    lines.push(`${header(s)} regressed against the base branch; the regression was accepted by refreshing baselines:`);
    const accepted = s.accepted!;
    lines.push(...changeLines({ ...s, metrics: accepted.metrics, inputsChanged: accepted.classification === 'inputs_changed' }, true));
  }
  if (s.classification !== 'removed') lines.push(`Reproduce: ${plainText(s.reproduce)}`);
  return { level: 'warning', ...location(s), title, message: lines.join('\n') };
}

/** Annotations for the flagged scenarios of a report, errors first, within GitHub's per-step caps (see the module comment). */
export function annotationsFor(report: RunReport, limits: AnnotationLimits = {}): Annotation[] {
  const maxErrors = Math.max(0, limits.maxErrors ?? 10);
  const maxWarnings = Math.max(0, limits.maxWarnings ?? 10);
  const errors = report.scenarios.filter(isFlagged).sort(compareSeverity);
  const warnings = report.scenarios.filter(isWarning).sort(compareWarnings);
  const out = [...errors.slice(0, maxErrors).map(errorAnnotation), ...warnings.slice(0, maxWarnings).map(warningAnnotation)];
  const moreErrors = Math.max(0, errors.length - maxErrors);
  const moreWarnings = Math.max(0, warnings.length - maxWarnings);
  if (moreErrors + moreWarnings > 0) {
    const parts = [moreErrors > 0 ? plural(moreErrors, 'error') : '', moreWarnings > 0 ? plural(moreWarnings, 'warning') : ''].filter(Boolean);
    out.push({
      level: 'notice',
      file: null,
      line: null,
      column: null,
      title: 'More flagged scenarios',
      message:
        `${plural(moreErrors + moreWarnings, 'more flagged scenario')} not annotated (${parts.join(', ')}): ` +
        `at most ${plural(maxErrors, 'error')} and ${plural(maxWarnings, 'warning')} are annotated per step. See the job summary for the full report.`,
    });
  }
  return out;
}
