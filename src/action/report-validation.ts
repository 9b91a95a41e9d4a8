/**
 * Strict reading of a RunReport that came from elsewhere: the artifact of a `pull_request` run (possibly from a
 * fork, so written by anyone) read by `mode: post`, or the partial reports of shards read by `mode: merge`.
 *
 * The result is rebuilt field by field from what RunReport declares: unknown fields are dropped, every field
 * must have its declared type (enums checked against their values, numbers finite), strings and lists are
 * bounded, and the metric labels, units and directions the renderer prints come from our own metric
 * definitions, never from the file. What the file says is trusted only as data: numbers, verdicts and ids,
 * which the renderer escapes.
 */
import { readFileSync, statSync } from 'node:fs';
import { UserMessageError } from '../errors/index.js';
import { ARTIFACT_FIELD_LIMITS, DEFAULT_LIMITS, nestingTooDeep } from '../limits.js';
import {
  FAIL_ON_POLICIES,
  SCENARIO_CLASSIFICATIONS,
  type DiffSummary,
  type MetricDiff,
  type MetricVerdict,
  type ScenarioClassification,
  type SloBudgetKey,
  type SloCheck,
} from '../baselines/index.js';
import { METRIC_BY_KEY, METRIC_KEYS, type MetricKey, type Metrics } from '../metrics/definitions.js';
import { RUN_REPORT_SCHEMA, type ResolvedName, type RunReport, type ScenarioReport } from '../report/run-report.js';
import { readOptionalScenarioFields } from '../run-report/validate.js';
import { decodeRunReport } from '../run-report/compact.js';

/** Largest report file read (bytes): limits.artifact_bytes (src/limits.ts). */
export const MAX_REPORT_BYTES = DEFAULT_LIMITS.artifact_bytes;

/** The field bounds shared with the writer (src/limits.ts), so what `mode: report` writes `mode: post` accepts. */
export const REPORT_LIMITS = ARTIFACT_FIELD_LIMITS;

const METRIC_VERDICTS: readonly MetricVerdict[] = ['equal', 'within', 'regression', 'improvement', 'changed', 'new', 'missing'];
const SLO_BUDGETS: readonly SloBudgetKey[] = [
  'ttft_ms',
  'tpot_ms',
  'tpot_peak_ms',
  'e2e_ms',
  'prefill_throughput_tps',
  'decode_throughput_tps',
  'total_throughput_tps',
  'must_fit',
];
const SUMMARY_STATUSES: readonly DiffSummary['status'][] = ['clean', 'changed', 'regression', 'error'];

export class ReportValidationError extends UserMessageError {
  /** `where`: the report file; `fieldPath`: the field at fault, e.g. `report.scenarios[3].id`. */
  constructor(message: string, where = 'report', fieldPath = '') {
    super(message, where, { fieldPath });
    this.name = 'ReportValidationError';
  }
}

type Json = Record<string, unknown>;

class Reader {
  constructor(private readonly source: string) {}

  fail(path: string, what: string, value: unknown): never {
    return this.failWith(path, what, value === undefined ? 'it is missing' : `got ${describe(value)}`);
  }

  failWith(path: string, what: string, got: string): never {
    throw new ReportValidationError(`${this.source}: ${path} must be ${what}, but ${got}`, this.source, path);
  }

  object(v: unknown, path: string): Json {
    return typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Json) : this.fail(path, 'an object', v);
  }

  string(v: unknown, path: string, max: number = REPORT_LIMITS.text, options: { nonEmpty?: boolean } = {}): string {
    if (typeof v !== 'string') return this.fail(path, 'a string', v);
    if (v.length > max) this.failWith(path, `a string of at most ${max} characters`, `it has ${v.length}`);
    if (options.nonEmpty && v.length === 0) this.fail(path, 'a non-empty string', v);
    if (v.includes('\u0000')) this.failWith(path, 'a string without NUL characters', 'it has one');
    return v;
  }

  nullableString(v: unknown, path: string, max: number = REPORT_LIMITS.text): string | null {
    return v === null ? null : this.string(v, path, max);
  }

  boolean(v: unknown, path: string): boolean {
    return typeof v === 'boolean' ? v : this.fail(path, 'true or false', v);
  }

  number(v: unknown, path: string): number {
    return typeof v === 'number' && Number.isFinite(v) ? v : this.fail(path, 'a finite number', v);
  }

  nullableNumber(v: unknown, path: string): number | null {
    return v === null ? null : this.number(v, path);
  }

  integer(v: unknown, path: string, min = 0, max = Number.MAX_SAFE_INTEGER): number {
    if (typeof v !== 'number' || !Number.isSafeInteger(v) || v < min || v > max) return this.fail(path, `an integer from ${min} to ${max}`, v);
    return v;
  }

  nullableInteger(v: unknown, path: string): number | null {
    return v === null ? null : this.integer(v, path, 0);
  }

  oneOf<T extends string>(v: unknown, path: string, values: readonly T[]): T {
    return typeof v === 'string' && (values as readonly string[]).includes(v) ? (v as T) : this.fail(path, `one of ${values.join(', ')}`, v);
  }

  value(v: unknown, path: string): number | boolean | null {
    if (v === null || typeof v === 'boolean') return v;
    return this.number(v, path);
  }

  list<T>(v: unknown, path: string, max: number, item: (x: unknown, path: string) => T): T[] {
    if (!Array.isArray(v)) return this.fail(path, 'an array', v);
    if (v.length > max) this.failWith(path, `an array of at most ${max} items`, `it has ${v.length}`);
    return v.map((x, i) => item(x, `${path}[${i}]`));
  }
}

function describe(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

function metricDiff(r: Reader, v: unknown, path: string): MetricDiff {
  const o = r.object(v, path);
  const key = r.oneOf(o.key, `${path}.key`, METRIC_KEYS);
  const def = METRIC_BY_KEY.get(key)!;
  const t = r.object(o.tolerance, `${path}.tolerance`);
  return {
    key,
    // Printed as they are: ours, not the file's.
    label: def.label,
    unit: def.unit,
    direction: def.direction,
    primary: def.primary,
    kind: def.kind,
    baseline: r.value(o.baseline, `${path}.baseline`),
    current: r.value(o.current, `${path}.current`),
    delta: r.nullableNumber(o.delta, `${path}.delta`),
    relDelta: r.nullableNumber(o.relDelta, `${path}.relDelta`),
    tolerance: {
      rel: r.number(t.rel, `${path}.tolerance.rel`),
      abs: r.number(t.abs, `${path}.tolerance.abs`),
      source: r.string(t.source, `${path}.tolerance.source`, REPORT_LIMITS.name),
    },
    verdict: r.oneOf(o.verdict, `${path}.verdict`, METRIC_VERDICTS),
  };
}

function sloCheck(r: Reader, v: unknown, path: string): SloCheck {
  const o = r.object(v, path);
  const limit = o.limit;
  return {
    budget: r.oneOf(o.budget, `${path}.budget`, SLO_BUDGETS),
    metric: r.oneOf(o.metric, `${path}.metric`, METRIC_KEYS),
    kind: r.oneOf(o.kind, `${path}.kind`, ['max', 'min', 'must_fit'] as const),
    limit: typeof limit === 'boolean' ? limit : r.number(limit, `${path}.limit`),
    actual: r.value(o.actual, `${path}.actual`),
    status: r.oneOf(o.status, `${path}.status`, ['ok', 'violated', 'not_applicable'] as const),
    ok: r.boolean(o.ok, `${path}.ok`),
    headroom: r.nullableNumber(o.headroom, `${path}.headroom`),
    headroomPct: r.nullableNumber(o.headroomPct, `${path}.headroomPct`),
    ...(o.band !== undefined ? { band: r.nullableNumber(o.band, `${path}.band`) } : {}),
    ...(o.atRisk !== undefined ? { atRisk: r.boolean(o.atRisk, `${path}.atRisk`) } : {}),
  };
}

function resolvedName(r: Reader, v: unknown, path: string): ResolvedName | null {
  if (v === null) return null;
  const o = r.object(v, path);
  return {
    requested: r.string(o.requested, `${path}.requested`, REPORT_LIMITS.name),
    resolved: r.string(o.resolved, `${path}.resolved`, REPORT_LIMITS.name),
    source: r.oneOf(o.source, `${path}.source`, ['catalog', 'preset', 'file'] as const),
    path: r.nullableString(o.path, `${path}.path`, REPORT_LIMITS.name),
  };
}

function metrics(r: Reader, v: unknown, path: string): Metrics | null {
  if (v === null) return null;
  const o = r.object(v, path);
  const out: Partial<Record<MetricKey, number | boolean | null>> = {};
  for (const [key, value] of Object.entries(o)) {
    const k = r.oneOf(key, `${path} key`, METRIC_KEYS);
    out[k] = r.value(value, `${path}.${k}`);
  }
  return out as Metrics;
}

/** Calibration bands: metric key → a number (fraction). */
function bands(r: Reader, v: unknown, path: string): Partial<Record<MetricKey, number>> | null {
  if (v === null) return null;
  const o = r.object(v, path);
  const out: Partial<Record<MetricKey, number>> = {};
  for (const [key, value] of Object.entries(o)) out[r.oneOf(key, `${path} key`, METRIC_KEYS)] = r.number(value, `${path}.${key}`);
  return out;
}

function scenario(r: Reader, v: unknown, path: string): ScenarioReport {
  const o = r.object(v, path);
  const p = (k: string) => `${path}.${k}`;
  const classification = (x: unknown, at: string): ScenarioClassification => r.oneOf(x, at, SCENARIO_CLASSIFICATIONS);
  const metricList = (x: unknown, at: string) => r.list(x, at, METRIC_KEYS.length, (m, mp) => metricDiff(r, m, mp));
  let accepted: ScenarioReport['accepted'] = null;
  if (o.accepted !== null) {
    const a = r.object(o.accepted, p('accepted'));
    accepted = {
      classification: classification(a.classification, `${path}.accepted.classification`),
      hasRegression: r.boolean(a.hasRegression, `${path}.accepted.hasRegression`),
      metrics: metricList(a.metrics, `${path}.accepted.metrics`),
    };
  }
  return {
    id: r.string(o.id, p('id'), REPORT_LIMITS.name, { nonEmpty: true }),
    classification: classification(o.classification, p('classification')),
    hasRegression: r.boolean(o.hasRegression, p('hasRegression')),
    hasImprovement: r.boolean(o.hasImprovement, p('hasImprovement')),
    hasMetricChanges: r.boolean(o.hasMetricChanges, p('hasMetricChanges')),
    inputsChanged: r.boolean(o.inputsChanged, p('inputsChanged')),
    changedInputs: r.list(o.changedInputs, p('changedInputs'), REPORT_LIMITS.list, (x, at) => r.string(x, at, REPORT_LIMITS.name)),
    simulatorChanged: r.boolean(o.simulatorChanged, p('simulatorChanged')),
    baselineFingerprint: r.nullableString(o.baselineFingerprint, p('baselineFingerprint'), REPORT_LIMITS.name),
    currentFingerprint: r.nullableString(o.currentFingerprint, p('currentFingerprint'), REPORT_LIMITS.name),
    baselineSimulator: r.nullableString(o.baselineSimulator, p('baselineSimulator'), REPORT_LIMITS.name),
    currentSimulator: r.nullableString(o.currentSimulator, p('currentSimulator'), REPORT_LIMITS.name),
    error: r.nullableString(o.error, p('error')),
    metrics: metricList(o.metrics, p('metrics')),
    slo: r.list(o.slo, p('slo'), SLO_BUDGETS.length, (x, at) => sloCheck(r, x, at)),
    sloViolated: r.boolean(o.sloViolated, p('sloViolated')),
    description: r.nullableString(o.description, p('description')),
    manifest: r.nullableString(o.manifest, p('manifest'), REPORT_LIMITS.name),
    line: r.nullableInteger(o.line, p('line')),
    column: r.nullableInteger(o.column, p('column')),
    model: resolvedName(r, o.model, p('model')),
    hardware: resolvedName(r, o.hardware, p('hardware')),
    setup: r.nullableString(o.setup, p('setup')),
    current: metrics(r, o.current, p('current')),
    ...(o.bands !== undefined ? { bands: bands(r, o.bands, p('bands')) } : {}),
    reproduce: r.string(o.reproduce, p('reproduce')),
    notes: r.list(o.notes, p('notes'), REPORT_LIMITS.list, (x, at) => r.string(x, at)),
    accepted,
    ...optionalFields(o, path),
  };
}

/** Why lines, capacity, changed input values and error kinds: read by src/run-report/validate.ts. */
function optionalFields(o: Record<string, unknown>, path: string): Partial<ScenarioReport> {
  try {
    return readOptionalScenarioFields(o, path);
  } catch (e) {
    throw new ReportValidationError(`the report is invalid: ${(e as Error).message}`);
  }
}

function summary(r: Reader, v: unknown, path: string): DiffSummary {
  const o = r.object(v, path);
  const counts = r.object(o.counts, `${path}.counts`);
  const count = (x: unknown, at: string) => r.integer(x, at, 0);
  return {
    total: count(o.total, `${path}.total`),
    counts: Object.fromEntries(SCENARIO_CLASSIFICATIONS.map((c) => [c, count(counts[c], `${path}.counts.${c}`)])) as DiffSummary['counts'],
    regressions: count(o.regressions, `${path}.regressions`),
    regressedMetrics: count(o.regressedMetrics, `${path}.regressedMetrics`),
    improvements: count(o.improvements, `${path}.improvements`),
    changed: count(o.changed, `${path}.changed`),
    withinTolerance: count(o.withinTolerance, `${path}.withinTolerance`),
    sloViolations: count(o.sloViolations, `${path}.sloViolations`),
    errors: count(o.errors, `${path}.errors`),
    status: r.oneOf(o.status, `${path}.status`, SUMMARY_STATUSES),
  };
}

/** A RunReport rebuilt from untrusted JSON data; throws ReportValidationError naming the first bad field. */
export function validateRunReport(value: unknown, source = 'the report'): RunReport {
  const r = new Reader(source);
  const o = r.object(value, 'report');
  if (o.schema !== RUN_REPORT_SCHEMA) {
    r.fail('report.schema', `"${RUN_REPORT_SCHEMA}" (a RunReport written by this version of genz-action)`, o.schema);
  }
  const tool = r.object(o.tool, 'report.tool');
  const runtime = r.object(o.runtime, 'report.runtime');
  const project = r.object(o.project, 'report.project');
  const policy = r.object(o.policy, 'report.policy');
  let shard: RunReport['shard'] = null;
  if (o.shard !== null) {
    const s = r.object(o.shard, 'report.shard');
    const total = r.integer(s.total, 'report.shard.total', 1, REPORT_LIMITS.shardTotal);
    shard = { index: r.integer(s.index, 'report.shard.index', 1, total), total };
  }
  const name = (x: unknown, at: string) => r.string(x, at, REPORT_LIMITS.name);
  const scenarios = r.list(o.scenarios, 'report.scenarios', REPORT_LIMITS.scenarios, (x, at) => scenario(r, x, at));
  const seen = new Set<string>();
  for (const [i, s] of scenarios.entries()) {
    if (seen.has(s.id)) r.fail(`report.scenarios[${i}].id`, 'unique', s.id);
    seen.add(s.id);
  }
  return {
    schema: RUN_REPORT_SCHEMA,
    tool: {
      name: r.oneOf(tool.name, 'report.tool.name', ['genz-action'] as const),
      version: name(tool.version, 'report.tool.version'),
      simulator: name(tool.simulator, 'report.tool.simulator'),
    },
    runtime: {
      node: name(runtime.node, 'report.runtime.node'),
      platform: name(runtime.platform, 'report.runtime.platform'),
      arch: name(runtime.arch, 'report.runtime.arch'),
    },
    project: {
      config: r.nullableString(project.config, 'report.project.config', REPORT_LIMITS.name),
      manifests: r.list(project.manifests, 'report.project.manifests', REPORT_LIMITS.list, name),
      baselines: name(project.baselines, 'report.project.baselines'),
    },
    policy: {
      failOn: r.oneOf(policy.failOn, 'report.policy.failOn', FAIL_ON_POLICIES),
      fail: r.boolean(policy.fail, 'report.policy.fail'),
      reasons: r.list(policy.reasons, 'report.policy.reasons', REPORT_LIMITS.reasons, (x, at) => r.string(x, at)),
    },
    summary: summary(r, o.summary, 'report.summary'),
    verdict: r.string(o.verdict, 'report.verdict'),
    scenarios,
    shard,
  };
}

/** Reads, size-checks, parses and validates a report file. */
export function readRunReportFile(file: string, label = file, maxBytes: number = MAX_REPORT_BYTES): RunReport {
  let size: number;
  try {
    const st = statSync(file);
    if (!st.isFile()) throw new ReportValidationError(`${label} is not a file`);
    size = st.size;
  } catch (e) {
    if (e instanceof ReportValidationError) throw e;
    throw new ReportValidationError(`cannot read the report ${label}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
  if (size > maxBytes) throw new ReportValidationError(`${label} is ${size} bytes; a report may have at most ${maxBytes} (limits.artifact_bytes)`, label);
  let data: unknown;
  try {
    const text = readFileSync(file, 'utf8');
    if (nestingTooDeep(text, DEFAULT_LIMITS.nesting_depth) !== null) {
      throw new ReportValidationError(`${label} is nested deeper than ${DEFAULT_LIMITS.nesting_depth} levels (limits.nesting_depth)`, label);
    }
    data = decodeRunReport(JSON.parse(text));
  } catch (e) {
    if (e instanceof ReportValidationError) throw e;
    throw new ReportValidationError(`${label} is not valid JSON: ${(e as Error).message}`, label);
  }
  return validateRunReport(data, label);
}
