/**
 * The JSON Schema of a RunReport artifact (draft-07), built from the TypeScript contract (./contract.ts) so the
 * two cannot drift: every object's properties are listed in a map typed `{ [K in keyof T]-?: schema }` and its
 * optional keys in a map typed by T's optional keys, so adding, removing or making optional a field of the
 * contract fails to compile until the schema follows. Enumerations come from the same constants the code uses
 * (metric keys, classifications, fail-on policies). The string and list bounds are ARTIFACT_FIELD_LIMITS
 * (src/limits.ts), the one table the writer (`mode: report`, `--report-json`) and the readers (`mode: post`,
 * `mode: merge`) share.
 *
 * `schema/run-report.schema.json` is this object written out, and src/run-report/validator.generated.js its
 * precompiled validator (`npx tsx src/manifests/write-schemas.ts`; a test fails while either is stale).
 * Bounds that depend on the project's limits (scenarios per report, file size) are checked in code
 * (./validate.ts), since a project may raise them.
 */
import { FAIL_ON_POLICIES, type FailOnPolicy, SCENARIO_CLASSIFICATIONS, type MetricVerdict, type SloBudgetKey } from '../baselines/index.js';
import type { DiffSummary, MetricDiff, SloCheck } from '../baselines/diff.js';
import type { ResolvedTolerance } from '../baselines/tolerance.js';
import { ARTIFACT_FIELD_LIMITS } from '../limits.js';
import { METRIC_KEYS } from '../metrics/definitions.js';
import {
  type CapacityWithinSlo,
  type InputChange,
  LOAD_CURVE_MAX_POINTS,
  type LoadCurve,
  type LoadPoint,
  type PhaseBreakdown,
  RUN_REPORT_SCHEMA,
  type ResolvedName,
  type RunReport,
  type ScenarioReport,
  type WhyLine,
  type WhyShare,
} from './contract.js';

export type JsonSchema = Record<string, unknown>;

export const RUN_REPORT_SCHEMA_ID = 'urn:genz-action:schema:run-report:1';

/** Every verdict of a metric row (a map, so the compiler checks it lists each member of the union). */
const VERDICTS: Record<MetricVerdict, true> = { equal: true, within: true, regression: true, improvement: true, changed: true, new: true, missing: true };
const SLO_BUDGETS: Record<SloBudgetKey, true> = {
  ttft_ms: true,
  tpot_ms: true,
  tpot_peak_ms: true,
  e2e_ms: true,
  prefill_throughput_tps: true,
  decode_throughput_tps: true,
  total_throughput_tps: true,
  must_fit: true,
};
const STATUSES: Record<DiffSummary['status'], true> = { clean: true, changed: true, regression: true, error: true };
const BOUNDS: Record<WhyShare['bound'], true> = { compute: true, memory: true, interconnect: true };
// A compile-time check that the constants list every policy.
const _policies: readonly FailOnPolicy[] = FAIL_ON_POLICIES;

// ---------------------------------------------------------------------------------------------------------------
// Builders

type OptionalKeys<T> = { [K in keyof T]-?: object extends Pick<T, K> ? K : never }[keyof T];

/**
 * An object schema with exactly T's properties: `props` must name every key of T, `optional` every optional
 * one. Unknown properties are not part of the shape (`additionalProperties: false`); the reader drops them.
 */
function object<T>(props: { [K in keyof T]-?: JsonSchema }, optional: Record<OptionalKeys<T>, true>): JsonSchema {
  const opt = new Set(Object.keys(optional));
  return {
    type: 'object',
    additionalProperties: false,
    required: Object.keys(props).filter((k) => !opt.has(k)),
    properties: props,
  };
}

const NO_NUL = '^[^\\u0000]*$';
/** A string of at most `max` characters, without NUL. */
const str = (max: number = ARTIFACT_FIELD_LIMITS.text, min = 0): JsonSchema => ({
  type: 'string',
  ...(min > 0 ? { minLength: min } : {}),
  maxLength: max,
  pattern: NO_NUL,
});
const name = (): JsonSchema => str(ARTIFACT_FIELD_LIMITS.name);
const nullable = (s: JsonSchema): JsonSchema => ({ anyOf: [{ type: 'null' }, s] });
const num = (): JsonSchema => ({ type: 'number' });
const nullableNum = (): JsonSchema => ({ type: ['number', 'null'] });
const bool = (): JsonSchema => ({ type: 'boolean' });
const count = (): JsonSchema => ({ type: 'integer', minimum: 0, maximum: Number.MAX_SAFE_INTEGER });
const nullableCount = (): JsonSchema => ({ type: ['integer', 'null'], minimum: 0, maximum: Number.MAX_SAFE_INTEGER });
const oneOf = (values: readonly string[]): JsonSchema => ({ type: 'string', enum: [...values] });
const list = (items: JsonSchema, max: number = ARTIFACT_FIELD_LIMITS.list): JsonSchema => ({ type: 'array', maxItems: max, items });
const metricValue = (): JsonSchema => ({ type: ['number', 'boolean', 'null'] });
/** metric key → a value of `value`'s schema; keys other than metric keys are not part of the shape. */
const metricMap = (value: JsonSchema): JsonSchema => ({
  type: 'object',
  additionalProperties: false,
  properties: Object.fromEntries(METRIC_KEYS.map((k) => [k, value])),
});

function metricDiff(): JsonSchema {
  return object<MetricDiff>(
    {
      key: oneOf(METRIC_KEYS),
      // Read, then replaced by our own metric definitions (./validate.ts): never printed from the file.
      label: name(),
      unit: name(),
      direction: oneOf(['lower', 'higher']),
      primary: bool(),
      kind: oneOf(['number', 'boolean']),
      baseline: metricValue(),
      current: metricValue(),
      delta: nullableNum(),
      relDelta: nullableNum(),
      tolerance: object<ResolvedTolerance>({ rel: num(), abs: num(), source: name() }, {}),
      verdict: oneOf(Object.keys(VERDICTS)),
    },
    {},
  );
}

function sloCheck(): JsonSchema {
  return object<SloCheck>(
    {
      budget: oneOf(Object.keys(SLO_BUDGETS)),
      metric: oneOf(METRIC_KEYS),
      kind: oneOf(['max', 'min', 'must_fit']),
      limit: { type: ['number', 'boolean'] },
      actual: metricValue(),
      status: oneOf(['ok', 'violated', 'not_applicable']),
      ok: bool(),
      headroom: nullableNum(),
      headroomPct: nullableNum(),
      band: nullableNum(),
      atRisk: bool(),
    },
    { band: true, atRisk: true },
  );
}

function resolvedName(): JsonSchema {
  return nullable(
    object<ResolvedName>(
      {
        requested: name(),
        resolved: name(),
        source: oneOf(['catalog', 'preset', 'file']),
        path: nullable(name()),
      },
      {},
    ),
  );
}

/** An input's value as the baseline recorded it: any JSON value (strings bounded); the report only describes objects. */
function inputValue(): JsonSchema {
  return { anyOf: [{ type: ['null', 'boolean', 'number', 'object', 'array'] }, str()] };
}

function whyLine(): JsonSchema {
  return object<WhyLine>(
    {
      metric: oneOf(METRIC_KEYS),
      label: str(),
      relDelta: nullableNum(),
      bounds: list(object<WhyLine['bounds'][number]>({ phase: name(), bound: oneOf(Object.keys(BOUNDS)) }, {})),
      shares: list(
        object<WhyShare>(
          {
            phase: name(),
            group: name(),
            share: num(),
            deltaMs: num(),
            bound: oneOf(Object.keys(BOUNDS)),
          },
          {},
        ),
      ),
    },
    {},
  );
}

function capacity(): JsonSchema {
  return nullable(
    object<CapacityWithinSlo>(
      {
        max_batch_within_slo: nullableNum(),
        max_input_tokens_within_slo: nullableNum(),
        limits: object<CapacityWithinSlo['limits']>({ batch: num(), input_tokens: num() }, {}),
        binding: object<CapacityWithinSlo['binding']>({ batch: nullable(name()), input_tokens: nullable(name()) }, {}),
      },
      {},
    ),
  );
}

function scenario(): JsonSchema {
  const classification = oneOf(SCENARIO_CLASSIFICATIONS);
  const metrics = list(metricDiff(), METRIC_KEYS.length);
  return object<ScenarioReport>(
    {
      id: str(ARTIFACT_FIELD_LIMITS.name, 1),
      classification,
      hasRegression: bool(),
      hasImprovement: bool(),
      hasMetricChanges: bool(),
      inputsChanged: bool(),
      changedInputs: list(name()),
      simulatorChanged: bool(),
      baselineFingerprint: nullable(name()),
      currentFingerprint: nullable(name()),
      baselineSimulator: nullable(name()),
      currentSimulator: nullable(name()),
      error: nullable(str()),
      metrics,
      slo: list(sloCheck(), Object.keys(SLO_BUDGETS).length),
      sloViolated: bool(),
      description: nullable(str()),
      manifest: nullable(name()),
      line: nullableCount(),
      column: nullableCount(),
      model: resolvedName(),
      hardware: resolvedName(),
      setup: nullable(str()),
      current: nullable(metricMap(metricValue())),
      reproduce: str(),
      notes: list(str()),
      accepted: nullable(
        object<NonNullable<ScenarioReport['accepted']>>(
          {
            classification,
            hasRegression: bool(),
            metrics,
          },
          {},
        ),
      ),
      errorKind: nullable(name()),
      inputChanges: list(object<InputChange>({ path: name(), baseline: inputValue(), current: inputValue() }, { baseline: true, current: true })),
      why: list(whyLine()),
      capacity: capacity(),
      bands: nullable(metricMap(num())),
      breakdown: list(
        object<PhaseBreakdown>(
          {
            phase: name(),
            totalMs: num(),
            groups: list(object<PhaseBreakdown['groups'][number]>({ group: name(), ms: num(), bound: oneOf(Object.keys(BOUNDS)) }, {})),
          },
          {},
        ),
      ),
      loadCurve: object<LoadCurve>(
        {
          points: list(
            object<LoadPoint>({ rateQps: { type: 'number', minimum: 0 }, ttftP99Ms: nullableNum(), tpotP99Ms: nullableNum(), sloHolds: bool() }, {}),
            LOAD_CURVE_MAX_POINTS,
          ),
          ttftP99BudgetMs: nullableNum(),
          tpotP99BudgetMs: nullableNum(),
          maxRateQps: nullableNum(),
        },
        {},
      ),
    },
    { errorKind: true, inputChanges: true, why: true, capacity: true, bands: true, breakdown: true, loadCurve: true },
  );
}

/** The schema of a RunReport artifact. */
export function buildRunReportSchema(): JsonSchema {
  const counts = object<DiffSummary['counts']>(
    Object.fromEntries(SCENARIO_CLASSIFICATIONS.map((c) => [c, count()])) as { [K in keyof DiffSummary['counts']]: JsonSchema },
    {},
  );
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: RUN_REPORT_SCHEMA_ID,
    title: 'genz-action run report',
    description: 'The RunReport artifact that mode: report writes (report.json) and mode: post and mode: merge read. Unknown properties are dropped when read.',
    ...object<RunReport>(
      {
        schema: { const: RUN_REPORT_SCHEMA },
        tool: object<RunReport['tool']>({ name: { const: 'genz-action' }, version: name(), simulator: name() }, {}),
        runtime: object<RunReport['runtime']>({ node: name(), platform: name(), arch: name() }, {}),
        project: object<RunReport['project']>({ config: nullable(name()), manifests: list(name()), baselines: name() }, {}),
        policy: object<RunReport['policy']>(
          { failOn: oneOf(_policies), fail: bool(), reasons: list(str(), ARTIFACT_FIELD_LIMITS.reasons), reasonCount: count() },
          {},
        ),
        summary: object<DiffSummary>(
          {
            total: count(),
            counts,
            regressions: count(),
            regressedMetrics: count(),
            improvements: count(),
            changed: count(),
            withinTolerance: count(),
            sloViolations: count(),
            errors: count(),
            status: oneOf(Object.keys(STATUSES)),
          },
          {},
        ),
        verdict: str(),
        // No maxItems: a project may raise limits.scenarios, so the count is checked against the run's limits.
        scenarios: { type: 'array', items: scenario() },
        shard: nullable(
          object<NonNullable<RunReport['shard']>>(
            {
              index: { type: 'integer', minimum: 1, maximum: ARTIFACT_FIELD_LIMITS.shardTotal },
              total: { type: 'integer', minimum: 1, maximum: ARTIFACT_FIELD_LIMITS.shardTotal },
            },
            {},
          ),
        ),
      },
      {},
    ),
  };
}
