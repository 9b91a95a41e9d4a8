/**
 * Comparing scenario results with their baselines: per-metric verdicts, a classification per scenario, SLO
 * checks, the fail-on policy and a summary.
 *
 * Metric verdicts (both the scenario and its baseline present):
 *  - 'equal'        same value (numbers by ===, so 0 and -0 are equal; null = null);
 *  - 'within'       numbers that differ but pass the tolerance (./tolerance.ts);
 *  - 'regression'   out of tolerance in the worse direction (lower-better up, higher-better down), or a boolean
 *                   flipped to its worse value (fits_in_memory true → false);
 *  - 'improvement'  the opposite;
 *  - 'changed'      not directional: null ↔ value, or a value of another kind;
 *  - 'new'          the baseline has no value for the metric (or there is no baseline at all);
 *  - 'missing'      the current result has no value for the metric (or the scenario was removed).
 * Metrics absent from both sides are left out. Error scenarios have no metric rows.
 *
 * Scenario classification, first that applies (precedence):
 *   error > removed > new > inputs_changed > simulator_changed > mixed > regression > improvement > unchanged
 *  - 'error'              the scenario could not run (or produced a non-finite metric);
 *  - 'removed' / 'new'    baseline without scenario / scenario without baseline;
 *  - 'inputs_changed'     fingerprints differ; `changedInputs` lists dotted paths of the differing input fields;
 *  - 'simulator_changed'  same fingerprint, different simulator version;
 *  - 'mixed'              at least one regression and one improvement; else 'regression' / 'improvement';
 *  - 'unchanged'          every metric 'equal' or 'within'.
 * Metric verdicts are computed for inputs_changed and simulator_changed scenarios too, and the flags
 * `hasRegression` / `hasImprovement` are set from them whatever the classification, so a scenario whose inputs
 * changed AND got worse still counts as a regression for the fail-on policy.
 *
 * What counts towards `hasRegression`: every 'regression' verdict; and, only when the inputs are unchanged (same
 * fingerprint), 'changed' and 'missing' verdicts — with the same inputs a metric that became undefined (or
 * appeared from nothing) means the simulator broke. When the inputs changed, such shifts are expected
 * (output_tokens 1 makes TPOT undefined) and are only reported. 'new' never counts as a regression.
 *
 * SLO checks are independent of baselines (see {@link checkSlo}); an SLO violation is not a metric regression,
 * but it fails every policy except 'never' and makes the overall status 'regression'.
 */
import { METRICS, type MetricDefinition, type MetricDirection, type MetricKey, type MetricKind } from '../metrics/definitions.js';
import { type JsonObject, knownFingerprint } from './canonical-json.js';
import { fingerprintPending, settleFingerprint } from './columnar.js';
import type { BaselineFile, BaselineMetrics, BaselineScenario, MetricValue, StoredBaselineFile } from './file.js';
import { BASELINE_SCHEMA, isStoredBaselineFile, sameJson, storedBaselineFile } from './file.js';
import { isExact, toleranceResolver, withinTolerance, type ConfigError, type ResolvedTolerance, type ToleranceConfig } from './tolerance.js';

// ---------------------------------------------------------------------------------------------------------------
// Types

/** What one successful scenario run produced (the same fields a baseline entry stores). */
export interface ScenarioRun {
  fingerprint: string;
  simulator: string;
  /**
   * The normalised resolved inputs: JSON data (plain objects, arrays, strings, finite numbers, booleans, null).
   * Typed `object` so interfaces such as NormalizedConfig fit without a cast; checked when written to a file.
   */
  inputs: object;
  /** `Metrics` from the engine fits here; a missing key means "no value". */
  metrics: BaselineMetrics;
}

export interface ScenarioComparisonInput {
  id: string;
  /** The run's result; ignored when `error` is set. */
  current?: ScenarioRun | null;
  /** Why the scenario could not run. */
  error?: string | null;
  /** The committed baseline entry, if any. */
  baseline?: BaselineScenario | null;
  /** SLO budgets of the scenario, if any. */
  slo?: SloBudgets | null;
  /** Calibrated runs: each absolute metric's error band (fraction), for the SLO "at risk" verdict. */
  bands?: Partial<Record<MetricKey, number>> | null;
}

export interface RemovedScenarioInput {
  id: string;
  baseline: BaselineScenario;
}

export interface DiffInput {
  scenarios: readonly ScenarioComparisonInput[];
  /** Baseline entries whose scenario no longer exists (see {@link removedScenarios}). */
  removed?: readonly RemovedScenarioInput[];
  rules?: ToleranceConfig | null;
}

export type MetricVerdict = 'equal' | 'within' | 'regression' | 'improvement' | 'changed' | 'new' | 'missing';

export interface MetricDiff {
  key: MetricKey;
  label: string;
  unit: string;
  direction: MetricDirection;
  primary: boolean;
  kind: MetricKind;
  /** null when the metric is null or absent in the baseline (see verdict 'new'). */
  baseline: MetricValue;
  /** null when the metric is null or absent in the current result (see verdict 'missing'). */
  current: MetricValue;
  /** current − baseline when both are numbers, else null. */
  delta: number | null;
  /** delta / |baseline|; null when the baseline is 0, null or not a number. */
  relDelta: number | null;
  tolerance: ResolvedTolerance;
  verdict: MetricVerdict;
}

export type ScenarioClassification =
  | 'unchanged'
  | 'regression'
  | 'improvement'
  | 'mixed'
  | 'new'
  | 'removed'
  | 'inputs_changed'
  | 'simulator_changed'
  | 'error';

export const SCENARIO_CLASSIFICATIONS: readonly ScenarioClassification[] = [
  'error',
  'removed',
  'new',
  'inputs_changed',
  'simulator_changed',
  'mixed',
  'regression',
  'improvement',
  'unchanged',
];

export interface ScenarioDiff {
  id: string;
  classification: ScenarioClassification;
  /** A metric got worse (see the module comment for what counts), whatever the classification. */
  hasRegression: boolean;
  hasImprovement: boolean;
  /** Some metric verdict is neither 'equal' nor 'within'. */
  hasMetricChanges: boolean;
  inputsChanged: boolean;
  /** Dotted paths of input fields that differ, e.g. "parallelism.tensor", "features[0]"; sorted. */
  changedInputs: string[];
  simulatorChanged: boolean;
  baselineFingerprint: string | null;
  currentFingerprint: string | null;
  baselineSimulator: string | null;
  currentSimulator: string | null;
  /** Set for 'error'. */
  error: string | null;
  metrics: MetricDiff[];
  slo: SloCheck[];
  /** Some SLO check is violated. */
  sloViolated: boolean;
}

export interface DiffSummary {
  total: number;
  counts: Record<ScenarioClassification, number>;
  /** Scenarios with hasRegression. */
  regressions: number;
  /** Metric rows counted as regressions over all scenarios. */
  regressedMetrics: number;
  /** Scenarios with hasImprovement. */
  improvements: number;
  /** Scenarios whose classification is not 'unchanged'. */
  changed: number;
  /** Metric rows that differ but are within tolerance. */
  withinTolerance: number;
  /** Violated SLO checks over all scenarios. */
  sloViolations: number;
  errors: number;
  /**
   * 'error' if a scenario errored; else 'regression' if a scenario regressed or an SLO is violated; else
   * 'changed' if any scenario is not 'unchanged'; else 'clean' (differences within tolerance stay 'clean').
   */
  status: 'clean' | 'changed' | 'regression' | 'error';
}

export interface DiffResult {
  scenarios: ScenarioDiff[];
  summary: DiffSummary;
}

// ---------------------------------------------------------------------------------------------------------------
// SLO

/** Latency budgets are maxima, throughput budgets minima, `must_fit: true` requires fits_in_memory. */
export interface SloBudgets {
  ttft_ms?: number;
  tpot_ms?: number;
  tpot_peak_ms?: number;
  e2e_ms?: number;
  prefill_throughput_tps?: number;
  decode_throughput_tps?: number;
  total_throughput_tps?: number;
  must_fit?: boolean;
}
export type SloBudgetKey = keyof SloBudgets;

export interface SloCheck {
  budget: SloBudgetKey;
  metric: MetricKey;
  kind: 'max' | 'min' | 'must_fit';
  limit: number | boolean;
  actual: number | boolean | null;
  /** 'not_applicable' when the metric is null (undefined for the scenario's mode): not a violation. */
  status: 'ok' | 'violated' | 'not_applicable';
  /** status !== 'violated'. */
  ok: boolean;
  /** limit − actual for max budgets, actual − limit for min budgets; negative when violated; null otherwise. */
  headroom: number | null;
  /** headroom / limit as a FRACTION (0.25 means 25 %); null when not numeric or the limit is 0. */
  headroomPct: number | null;
  /** The metric's calibration error band (fraction), when it has one. */
  band?: number | null;
  /** Passes, but the limit lies inside the band around the actual value: the verdict is uncertain. */
  atRisk?: boolean;
}

const SLO_NUMERIC: ReadonlyArray<{ budget: Exclude<SloBudgetKey, 'must_fit'>; kind: 'max' | 'min' }> = [
  { budget: 'ttft_ms', kind: 'max' },
  { budget: 'tpot_ms', kind: 'max' },
  { budget: 'tpot_peak_ms', kind: 'max' },
  { budget: 'e2e_ms', kind: 'max' },
  { budget: 'prefill_throughput_tps', kind: 'min' },
  { budget: 'decode_throughput_tps', kind: 'min' },
  { budget: 'total_throughput_tps', kind: 'min' },
];

/** SLO checks of one result, in a fixed order (latencies, throughputs, must_fit). `must_fit: false` checks nothing. */
export function checkSlo(metrics: BaselineMetrics, budgets: SloBudgets | null | undefined, bands?: Partial<Record<MetricKey, number>> | null): SloCheck[] {
  const checks: SloCheck[] = [];
  if (!budgets) return checks;
  for (const { budget, kind } of SLO_NUMERIC) {
    const limit = budgets[budget];
    if (limit === undefined) continue;
    const raw = metrics[budget];
    const actual = typeof raw === 'number' ? raw : null;
    if (actual === null) {
      checks.push({ budget, metric: budget, kind, limit, actual: null, status: 'not_applicable', ok: true, headroom: null, headroomPct: null });
      continue;
    }
    const headroom = kind === 'max' ? limit - actual : actual - limit;
    const ok = kind === 'max' ? actual <= limit : actual >= limit;
    const band = bands?.[budget] ?? null;
    checks.push({
      budget,
      metric: budget,
      kind,
      limit,
      actual,
      status: ok ? 'ok' : 'violated',
      ok,
      headroom,
      headroomPct: limit === 0 ? null : headroom / limit,
      ...(band !== null ? { band, atRisk: ok && Math.abs(limit - actual) <= band * Math.abs(actual) } : {}),
    });
  }
  if (budgets.must_fit === true) {
    const raw = metrics.fits_in_memory;
    const actual = typeof raw === 'boolean' ? raw : null;
    const status = actual === null ? 'not_applicable' : actual ? 'ok' : 'violated';
    checks.push({
      budget: 'must_fit',
      metric: 'fits_in_memory',
      kind: 'must_fit',
      limit: true,
      actual,
      status,
      ok: status !== 'violated',
      headroom: null,
      headroomPct: null,
    });
  }
  return checks;
}

/** Validates SLO budgets (undefined/null = none); errors carry field paths prefixed by `basePath`. */
export function validateSloBudgets(value: unknown, basePath = 'slo'): ConfigError[] {
  if (value === undefined || value === null) return [];
  if (typeof value !== 'object' || Array.isArray(value)) return [{ path: basePath, message: 'expected an object of budgets' }];
  const errors: ConfigError[] = [];
  const known = new Set<string>([...SLO_NUMERIC.map((s) => s.budget), 'must_fit']);
  for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
    const path = `${basePath}.${k}`;
    if (!known.has(k)) errors.push({ path, message: `unknown budget (expected ${[...known].join(', ')})` });
    else if (k === 'must_fit') {
      if (typeof v !== 'boolean') errors.push({ path, message: 'expected true or false' });
    } else if (typeof v !== 'number' || !Number.isFinite(v) || v < 0) {
      errors.push({ path, message: `expected a finite number ≥ 0, got ${JSON.stringify(v) ?? String(v)}` });
    }
  }
  return errors;
}

// ---------------------------------------------------------------------------------------------------------------
// Inputs

const SIMPLE_KEY = /^[A-Za-z0-9_-]+$/;

function childPath(parent: string, key: string): string {
  if (SIMPLE_KEY.test(key)) return parent === '' ? key : `${parent}.${key}`;
  return `${parent}[${JSON.stringify(key)}]`;
}

function isJsonObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/**
 * Dotted paths where two normalised input objects differ, sorted. Objects are compared key by key (a key on one
 * side only is a difference at its path); arrays element by element when they have the same length, otherwise
 * the array path itself is reported. A difference at the root is "(root)".
 */
export function diffInputs(before: unknown, after: unknown): string[] {
  return diffInputValues(before, after).map((c) => c.path);
}

/** The differing input fields with both values (undefined when absent on one side), sorted by path. */
export function diffInputValues(before: unknown, after: unknown): { path: string; baseline: unknown; current: unknown }[] {
  const out: { path: string; baseline: unknown; current: unknown }[] = [];
  const walk = (a: unknown, b: unknown, path: string): void => {
    if (a === b) return;
    if (isJsonObject(a) && isJsonObject(b)) {
      const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
      for (const k of keys) {
        const p = childPath(path, k);
        if (!(k in a) || !(k in b)) out.push({ path: p, baseline: a[k], current: b[k] });
        else walk(a[k], b[k], p);
      }
      return;
    }
    if (Array.isArray(a) && Array.isArray(b) && a.length === b.length) {
      for (let i = 0; i < a.length; i++) walk(a[i], b[i], `${path}[${i}]`);
      return;
    }
    out.push({ path: path === '' ? '(root)' : path, baseline: a, current: b });
  };
  walk(before, after, '');
  return out.sort((x, y) => (x.path < y.path ? -1 : x.path > y.path ? 1 : 0));
}

// ---------------------------------------------------------------------------------------------------------------
// Metrics

function compareMetric(def: MetricDefinition, b: MetricValue, c: MetricValue): MetricVerdict {
  if (b === c) return 'equal';
  if (b === null || c === null || typeof b !== typeof c) return 'changed';
  if (typeof b === 'boolean') {
    // Booleans: direction 'higher' means true is better.
    const better = def.direction === 'higher' ? c === true : c === false;
    return better ? 'improvement' : 'regression';
  }
  return 'changed';
}

type Tolerances = (metricKey: MetricKey) => ResolvedTolerance;

/**
 * METRICS as a plain array, for the loops that run once per scenario: V8 11 (Node 20) reads a frozen array
 * through a slow path, and `for … of` over one allocates its iterator results (docs/performance.md).
 */
const METRIC_LIST: readonly MetricDefinition[] = METRICS.slice();

function metricRows(baseline: BaselineMetrics | null, current: BaselineMetrics | null, tolerances: Tolerances): MetricDiff[] {
  const rows: MetricDiff[] = [];
  for (const def of METRIC_LIST) {
    const hasB = baseline !== null && baseline[def.key] !== undefined;
    const hasC = current !== null && current[def.key] !== undefined;
    if (!hasB && !hasC) continue;
    const b: MetricValue = hasB ? (baseline![def.key] as MetricValue) : null;
    const c: MetricValue = hasC ? (current![def.key] as MetricValue) : null;
    // A metric that does not apply on either side (null in both: a serving metric of a static scenario, decode
    // figures of a prefill-only one) has nothing to compare or show: no row.
    if (hasB && hasC && b === null && c === null) continue;
    const tolerance = tolerances(def.key);
    const numeric = typeof b === 'number' && typeof c === 'number';
    const delta = numeric ? (c as number) - (b as number) : null;
    const relDelta = delta !== null && b !== 0 ? delta / Math.abs(b as number) : null;
    let verdict: MetricVerdict;
    if (!hasB) verdict = 'new';
    else if (!hasC) verdict = 'missing';
    else if (numeric) {
      const bn = b as number;
      const cn = c as number;
      if (bn === cn) verdict = 'equal';
      else if (withinTolerance(bn, cn, tolerance)) verdict = 'within';
      else verdict = (def.direction === 'lower') === cn > bn ? 'regression' : 'improvement';
    } else verdict = compareMetric(def, b, c);
    rows.push({
      key: def.key,
      label: def.label,
      unit: def.unit,
      direction: def.direction,
      primary: def.primary,
      kind: def.kind,
      baseline: b,
      // One number object for equal values (most rows of a sweep): half the numbers a large report holds.
      current: Object.is(b, c) ? b : c,
      delta,
      relDelta: relDelta === 0 ? 0 : relDelta,
      tolerance,
      verdict,
    });
  }
  return rows;
}

function nonFiniteMetric(metrics: BaselineMetrics): string | null {
  for (const def of METRIC_LIST) {
    const v = metrics[def.key];
    if (typeof v === 'number' && !Number.isFinite(v)) return `metric ${def.key} is ${v}`;
  }
  return null;
}

// ---------------------------------------------------------------------------------------------------------------
// Scenarios

function emptyDiff(id: string): ScenarioDiff {
  return {
    id,
    classification: 'unchanged',
    hasRegression: false,
    hasImprovement: false,
    hasMetricChanges: false,
    inputsChanged: false,
    changedInputs: [],
    simulatorChanged: false,
    baselineFingerprint: null,
    currentFingerprint: null,
    baselineSimulator: null,
    currentSimulator: null,
    error: null,
    metrics: [],
    slo: [],
    sloViolated: false,
  };
}

/** Compares one scenario with its baseline (see the module comment). */
export function diffScenario(input: ScenarioComparisonInput, rules?: ToleranceConfig | null): ScenarioDiff {
  return compareScenario(input, toleranceResolver(rules)(input.id));
}

function compareScenario(input: ScenarioComparisonInput, tolerances: Tolerances): ScenarioDiff {
  const d = emptyDiff(input.id);
  const baseline = input.baseline ?? null;
  // A columnar entry derives its fingerprint from its inputs when read. When they equal the run's, whose
  // fingerprint sha256Fingerprint computed from those very inputs, it is the run's: no second hash.
  const ran = input.error != null ? null : (input.current ?? null);
  if (baseline !== null && ran !== null && fingerprintPending(baseline)) {
    const known = typeof ran.inputs === 'object' && ran.inputs !== null ? knownFingerprint(ran.inputs) : undefined;
    if (known !== undefined && known === ran.fingerprint && sameJson(baseline.inputs, ran.inputs)) settleFingerprint(baseline, known);
  }
  d.baselineFingerprint = baseline?.fingerprint ?? null;
  d.baselineSimulator = baseline?.simulator ?? null;
  const current = input.error != null ? null : (input.current ?? null);
  const error = input.error != null ? input.error : current === null ? 'the scenario produced no result' : nonFiniteMetric(current.metrics);
  if (error !== null) {
    d.classification = 'error';
    d.error = error;
    d.currentFingerprint = current?.fingerprint ?? null;
    d.currentSimulator = current?.simulator ?? null;
    return d;
  }
  const run = current!;
  d.currentFingerprint = run.fingerprint;
  d.currentSimulator = run.simulator;
  d.slo = checkSlo(run.metrics, input.slo, input.bands);
  d.sloViolated = d.slo.some((s) => s.status === 'violated');
  d.metrics = metricRows(baseline ? baseline.metrics : null, run.metrics, tolerances);
  d.hasMetricChanges = d.metrics.some((m) => m.verdict !== 'equal' && m.verdict !== 'within');
  if (baseline === null) {
    d.classification = 'new';
    return d;
  }
  d.inputsChanged = baseline.fingerprint !== run.fingerprint;
  d.changedInputs = d.inputsChanged ? diffInputs(baseline.inputs, run.inputs) : [];
  d.simulatorChanged = baseline.simulator !== run.simulator;
  d.hasRegression = d.metrics.some((m) => countsAsRegression(m, d.inputsChanged));
  d.hasImprovement = d.metrics.some((m) => m.verdict === 'improvement');
  if (d.inputsChanged) d.classification = 'inputs_changed';
  else if (d.simulatorChanged) d.classification = 'simulator_changed';
  else if (d.hasRegression && d.hasImprovement) d.classification = 'mixed';
  else if (d.hasRegression) d.classification = 'regression';
  else if (d.hasImprovement) d.classification = 'improvement';
  else d.classification = 'unchanged';
  return d;
}

/** Whether a metric row counts towards `hasRegression`: every regression; changed or vanished values only when the inputs are the same. */
export function countsAsRegression(m: MetricDiff, inputsChanged: boolean): boolean {
  if (m.verdict === 'regression') return true;
  return !inputsChanged && (m.verdict === 'changed' || m.verdict === 'missing');
}

/** The diff of a scenario whose baseline entry exists but which no longer exists. */
export function diffRemoved(removed: RemovedScenarioInput, tolerances: Tolerances = toleranceResolver(null)(removed.id)): ScenarioDiff {
  const d = emptyDiff(removed.id);
  d.classification = 'removed';
  d.baselineFingerprint = removed.baseline.fingerprint;
  d.baselineSimulator = removed.baseline.simulator;
  d.metrics = metricRows(removed.baseline.metrics, null, tolerances);
  d.hasMetricChanges = d.metrics.length > 0;
  return d;
}

/** Baseline entries of `baseline` whose ids are not among `currentIds`, in id order. */
export function removedScenarios(baseline: BaselineFile | StoredBaselineFile | null | undefined, currentIds: Iterable<string>): RemovedScenarioInput[] {
  if (!baseline) return [];
  const ids = new Set(currentIds);
  const stored = isStoredBaselineFile(baseline) ? baseline : storedBaselineFile(baseline);
  const out: RemovedScenarioInput[] = [];
  for (const id of stored.scenarios.ids()) if (!ids.has(id)) out.push({ id, baseline: stored.scenarios.get(id)! });
  return out;
}

/**
 * {@link diffScenario} for the scenarios of one run, one at a time (a check streams them): tolerances are resolved
 * once per set of matching rules, as in {@link diffScenarios}.
 */
export function scenarioDiffer(rules?: ToleranceConfig | null): (input: ScenarioComparisonInput) => ScenarioDiff {
  const tolerancesOf = toleranceResolver(rules);
  return (input) => compareScenario(input, tolerancesOf(input.id));
}

/** Compares every scenario (in input order, then the removed ones) and summarises. Throws on duplicate ids. */
export function diffScenarios(input: DiffInput): DiffResult {
  const seen = new Set<string>();
  const check = (id: string): void => {
    if (seen.has(id)) throw new Error(`duplicate scenario id ${JSON.stringify(id)} in the diff input`);
    seen.add(id);
  };
  const scenarios: ScenarioDiff[] = [];
  // Tolerances resolved once per set of matching rules, not per scenario and metric.
  const tolerancesOf = toleranceResolver(input.rules);
  for (const s of input.scenarios) {
    check(s.id);
    scenarios.push(compareScenario(s, tolerancesOf(s.id)));
  }
  const removedTolerances = toleranceResolver(null)('');
  for (const r of input.removed ?? []) {
    check(r.id);
    scenarios.push(diffRemoved(r, removedTolerances));
  }
  return { scenarios, summary: summarize(scenarios) };
}

/**
 * Set, to the shapes of its rows, on a scenario diff or report whose metric rows all have the verdict 'equal' and
 * are rebuilt on each read of `metrics` (src/pipeline withEqualRowsView): counts of regressed and within-tolerance
 * rows and the fail-on reasons, which only equal rows never feed, skip its rows instead of building them.
 */
export const EQUAL_ROWS: unique symbol = Symbol('genz-action: equal metric rows');

/** Whether every metric row of `s` is known to be 'equal' without reading them (see {@link EQUAL_ROWS}). */
function rowsAllEqual(s: ScenarioDiff): boolean {
  return (s as ScenarioDiff & { [EQUAL_ROWS]?: unknown })[EQUAL_ROWS] !== undefined;
}

/** Counts and overall status of a set of scenario diffs. */
export function summarize(scenarios: readonly ScenarioDiff[]): DiffSummary {
  const counts = Object.fromEntries(SCENARIO_CLASSIFICATIONS.map((c) => [c, 0])) as Record<ScenarioClassification, number>;
  let regressedMetrics = 0;
  let withinTol = 0;
  let sloViolations = 0;
  let regressions = 0;
  let improvements = 0;
  let changed = 0;
  // One pass, no intermediate arrays (100,000 scenarios × a dozen metric rows).
  for (const s of scenarios) {
    counts[s.classification]++;
    if (s.hasRegression) regressions++;
    if (s.hasImprovement) improvements++;
    if (s.classification !== 'unchanged') changed++;
    if (!rowsAllEqual(s))
      for (const m of s.metrics) {
        if (s.classification !== 'removed' && countsAsRegression(m, s.inputsChanged)) regressedMetrics++;
        if (m.verdict === 'within') withinTol++;
      }
    for (const c of s.slo) if (c.status === 'violated') sloViolations++;
  }
  const errors = counts.error;
  const status: DiffSummary['status'] = errors > 0 ? 'error' : regressions > 0 || sloViolations > 0 ? 'regression' : changed > 0 ? 'changed' : 'clean';
  return {
    total: scenarios.length,
    counts,
    regressions,
    regressedMetrics,
    improvements,
    changed,
    withinTolerance: withinTol,
    sloViolations,
    errors,
    status,
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Fail-on policy

export type FailOnPolicy = 'mismatch' | 'regression' | 'slo' | 'never';
export const FAIL_ON_POLICIES: readonly FailOnPolicy[] = ['mismatch', 'regression', 'slo', 'never'];

export interface PolicyResult {
  fail: boolean;
  /** Every reason, counted (reasons may list fewer: see evaluatePolicy's `listed`). */
  count: number;
  /** One line per reason, e.g. `llama-tp2: TTFT (ttft_ms) regression 12.5 → 13 ms (+4.00 %), tolerance exact (primary)`. */
  reasons: string[];
}

function fmt(v: MetricValue | boolean): string {
  if (v === null) return 'null';
  if (typeof v === 'boolean') return String(v);
  if (Number.isInteger(v)) return String(v);
  return String(Number(v.toPrecision(6)));
}

function metricReason(id: string, m: MetricDiff): string {
  const unit = m.unit ? ` ${m.unit}` : '';
  let change = `${fmt(m.baseline)} → ${fmt(m.current)}${m.kind === 'number' && m.baseline !== null && m.current !== null ? unit : ''}`;
  if (m.verdict === 'new') change = `no baseline value, now ${fmt(m.current)}`;
  if (m.verdict === 'missing') change = `baseline ${fmt(m.baseline)}, no value now`;
  const pct = m.relDelta !== null ? ` (${m.relDelta >= 0 ? '+' : ''}${(m.relDelta * 100).toFixed(2)} %)` : '';
  const t = m.tolerance;
  const tol =
    m.kind === 'number' && (m.verdict === 'regression' || m.verdict === 'improvement')
      ? `, tolerance ${isExact(t) ? t.source : `rel ${t.rel}, abs ${t.abs} (${t.source})`}`
      : '';
  return `${id}: ${m.label} (${m.key}) ${m.verdict} ${change}${pct}${tol}`;
}

function sloReason(id: string, c: SloCheck): string {
  if (c.kind === 'must_fit') return `${id}: SLO must_fit violated: the scenario does not fit in device memory`;
  const op = c.kind === 'max' ? '≤' : '≥';
  return `${id}: SLO ${c.budget} ${op} ${fmt(c.limit as number)} violated: actual ${fmt(c.actual as number)}`;
}

/**
 * Whether the run fails under `policy`, with the reasons:
 *  - 'mismatch':   any metric verdict other than 'equal'/'within' (primary metrics are exact unless a rule gives
 *                  them a tolerance), any new or removed scenario, any SLO violation, any error. A changed
 *                  fingerprint or simulator version alone, with all metrics equal/within, does not fail;
 *  - 'regression': metrics counted as regressions (hasRegression, whatever the classification), SLO violations,
 *                  errors;
 *  - 'slo':        SLO violations and errors;
 *  - 'never':      never fails; no reasons.
 */
export function evaluatePolicy(results: readonly ScenarioDiff[] | DiffResult, policy: FailOnPolicy, listed = Number.POSITIVE_INFINITY): PolicyResult {
  if (!FAIL_ON_POLICIES.includes(policy)) throw new Error(`unknown fail-on policy ${JSON.stringify(policy)} (expected ${FAIL_ON_POLICIES.join(', ')})`);
  if (policy === 'never') return { fail: false, count: 0, reasons: [] };
  const scenarios = Array.isArray(results) ? (results as readonly ScenarioDiff[]) : (results as DiffResult).scenarios;
  const reasons: string[] = [];
  let count = 0;
  // Reasons past `listed` are counted, not written out (a sweep can have millions).
  const add = (reason: () => string): void => {
    if (count++ < listed) reasons.push(reason());
  };
  for (const s of scenarios) {
    if (s.classification === 'error') {
      add(() => `${s.id}: could not run: ${s.error ?? 'unknown error'}`);
      continue;
    }
    if (policy === 'mismatch') {
      if (s.classification === 'new') add(() => `${s.id}: new scenario without a baseline`);
      else if (s.classification === 'removed') add(() => `${s.id}: removed scenario (its baseline entry remains)`);
      else if (!rowsAllEqual(s)) for (const m of s.metrics) if (m.verdict !== 'equal' && m.verdict !== 'within') add(() => metricReason(s.id, m));
    } else if (policy === 'regression' && s.classification !== 'new' && s.classification !== 'removed' && !rowsAllEqual(s)) {
      for (const m of s.metrics) if (countsAsRegression(m, s.inputsChanged)) add(() => metricReason(s.id, m));
    }
    for (const c of s.slo) if (c.status === 'violated') add(() => sloReason(s.id, c));
  }
  return { fail: count > 0, count, reasons };
}

// ---------------------------------------------------------------------------------------------------------------
// Building baseline files

/**
 * A baseline file from successful runs (scenario id → run). Only known metric keys with a defined value are
 * kept. Which scenarios to include (e.g. keeping old entries of scenarios that errored) is the caller's choice.
 */
export function buildBaselineFile(manifest: string, runs: Readonly<Record<string, ScenarioRun>>): BaselineFile {
  // Null prototype: any id, `__proto__` and `constructor` included, is an ordinary key.
  const scenarios: Record<string, BaselineScenario> = Object.create(null);
  for (const id of Object.keys(runs).sort()) {
    const run = runs[id];
    const metrics: BaselineMetrics = {};
    for (const def of METRICS) {
      const v = run.metrics[def.key];
      if (v !== undefined) (metrics as Record<string, MetricValue>)[def.key] = v;
    }
    scenarios[id] = { fingerprint: run.fingerprint, simulator: run.simulator, inputs: run.inputs as JsonObject, metrics };
  }
  return { schema: BASELINE_SCHEMA, manifest, scenarios };
}
