/**
 * Consistency of a RunReport with itself: unique ids, and derived fields (summary, policy, verdict) equal to what
 * ./finalize.ts computes from the scenarios. Reading an untrusted report file field by field (types, sizes,
 * enums) is src/action/report-validation.ts; this is the check that a report, once read, tells one story.
 */
import { canonicalJson } from '../baselines/canonical-json.js';
import { METRIC_KEYS, type MetricKey } from '../metrics/definitions.js';
import type { Bound, CapacityWithinSlo, InputChange, PhaseBreakdown, RunReport, ScenarioReport, WhyLine } from './contract.js';
import { finalizeReport } from './finalize.js';

/** Problems, one sentence each; empty when the report is consistent. */
export function reportInconsistencies(report: RunReport): string[] {
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const s of report.scenarios) {
    if (seen.has(s.id)) problems.push(`scenario id ${JSON.stringify(s.id)} appears twice`);
    seen.add(s.id);
  }
  const expected = finalizeReport(report);
  if (canonicalJson(expected.summary as never) !== canonicalJson(report.summary as never)) problems.push('the summary does not match the scenarios');
  if (expected.policy.fail !== report.policy.fail || expected.policy.reasons.length !== report.policy.reasons.length) {
    problems.push(`the fail-on outcome does not match the scenarios under policy ${report.policy.failOn}`);
  }
  if (expected.verdict !== report.verdict) problems.push(`the verdict should read ${JSON.stringify(expected.verdict)}`);
  return problems;
}

// ---------------------------------------------------------------------------------------------------------------
// The optional scenario fields, read strictly from an untrusted report (artifacts of `mode: post`, shards of
// `mode: merge`): absent stays absent; present must have the declared shape. Strings are bounded; numbers finite.

export class OptionalFieldError extends Error {}

const BOUNDS: readonly Bound[] = ['compute', 'memory', 'interconnect'];
const LIMIT = { text: 1_000, list: 1_000 };

function bad(at: string, what: string): never {
  throw new OptionalFieldError(`${at}: expected ${what}`);
}
const obj = (v: unknown, at: string): Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : bad(at, 'an object');
const str = (v: unknown, at: string): string => (typeof v === 'string' && v.length <= LIMIT.text ? v : bad(at, `a string of at most ${LIMIT.text} characters`));
const num = (v: unknown, at: string): number => (typeof v === 'number' && Number.isFinite(v) ? v : bad(at, 'a finite number'));
const list = <T>(v: unknown, at: string, item: (x: unknown, at: string) => T): T[] =>
  Array.isArray(v) && v.length <= LIMIT.list ? v.map((x, i) => item(x, `${at}[${i}]`)) : bad(at, `a list of at most ${LIMIT.list} items`);
const nullable = <T>(v: unknown, at: string, read: (x: unknown, at: string) => T): T | null => (v === null ? null : read(v, at));
const oneOf = <T extends string>(v: unknown, at: string, values: readonly T[]): T =>
  values.includes(v as T) ? (v as T) : bad(at, `one of ${values.join(', ')}`);
/** A JSON scalar input value (objects are reported as "set" anyway): kept only when small. */
const inputValue = (v: unknown, at: string): unknown => {
  if (v === undefined || v === null || typeof v === 'boolean') return v ?? null;
  if (typeof v === 'number') return num(v, at);
  if (typeof v === 'string') return str(v, at);
  return {};
};

function why(v: unknown, at: string): WhyLine {
  const o = obj(v, at);
  return {
    metric: oneOf(o.metric, `${at}.metric`, METRIC_KEYS as readonly MetricKey[]),
    label: str(o.label, `${at}.label`),
    relDelta: nullable(o.relDelta, `${at}.relDelta`, num),
    bounds: list(o.bounds, `${at}.bounds`, (x, a) => {
      const b = obj(x, a);
      return { phase: str(b.phase, `${a}.phase`), bound: oneOf(b.bound, `${a}.bound`, BOUNDS) };
    }),
    shares: list(o.shares, `${at}.shares`, (x, a) => {
      const s = obj(x, a);
      return {
        phase: str(s.phase, `${a}.phase`),
        group: str(s.group, `${a}.group`),
        share: num(s.share, `${a}.share`),
        deltaMs: num(s.deltaMs, `${a}.deltaMs`),
        bound: oneOf(s.bound, `${a}.bound`, BOUNDS),
      };
    }),
  };
}

function capacity(v: unknown, at: string): CapacityWithinSlo {
  const o = obj(v, at);
  const limits = obj(o.limits, `${at}.limits`);
  const binding = obj(o.binding, `${at}.binding`);
  return {
    max_batch_within_slo: nullable(o.max_batch_within_slo, `${at}.max_batch_within_slo`, num),
    max_input_tokens_within_slo: nullable(o.max_input_tokens_within_slo, `${at}.max_input_tokens_within_slo`, num),
    limits: { batch: num(limits.batch, `${at}.limits.batch`), input_tokens: num(limits.input_tokens, `${at}.limits.input_tokens`) },
    binding: { batch: nullable(binding.batch, `${at}.binding.batch`, str), input_tokens: nullable(binding.input_tokens, `${at}.binding.input_tokens`, str) },
  };
}

/** The optional fields of a scenario of an untrusted report (only those present); throws OptionalFieldError. */
export function readOptionalScenarioFields(o: Record<string, unknown>, at: string): Partial<ScenarioReport> {
  const out: Partial<ScenarioReport> = {};
  if (o.errorKind !== undefined) out.errorKind = nullable(o.errorKind, `${at}.errorKind`, str);
  if (o.inputChanges !== undefined) {
    out.inputChanges = list(o.inputChanges, `${at}.inputChanges`, (x, a): InputChange => {
      const c = obj(x, a);
      return { path: str(c.path, `${a}.path`), baseline: inputValue(c.baseline, `${a}.baseline`), current: inputValue(c.current, `${a}.current`) };
    });
  }
  if (o.why !== undefined) out.why = list(o.why, `${at}.why`, why);
  if (o.capacity !== undefined) out.capacity = nullable(o.capacity, `${at}.capacity`, capacity);
  if (o.breakdown !== undefined) {
    out.breakdown = list(o.breakdown, `${at}.breakdown`, (x, a): PhaseBreakdown => {
      const b = obj(x, a);
      return {
        phase: str(b.phase, `${a}.phase`),
        totalMs: num(b.totalMs, `${a}.totalMs`),
        groups: list(b.groups, `${a}.groups`, (y, g) => {
          const e = obj(y, g);
          return { group: str(e.group, `${g}.group`), ms: num(e.ms, `${g}.ms`), bound: oneOf(e.bound, `${g}.bound`, BOUNDS) };
        }),
      };
    });
  }
  return out;
}
